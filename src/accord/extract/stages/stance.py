"""Stage ``accord.detect_stance.v1``: support or oppose, from negations around each cue.

Reads ``hits``, ``sentences``; writes ``Hit.stance`` and ``Hit.negations``. A negation
("relinquish", "a halt to", "prohibits", "no", "refused to") before the cue in its clause flips the
stance the cue's pattern states, and so does a verdict after it ("... is unacceptable"). A
negation does not reach past another verb ("rejects neutrality and demands NATO membership").

>>> from accord.extract.lexicon import default_lexicon
>>> lex = default_lexicon()
>>> s = "Russia insists that Ukraine adopt neutrality and relinquish aspirations to join NATO."
>>> [(h.issue, h.stance) for h in stances_of(lex, s)]
[('alignment.neutrality', 'support'), ('alignment.alliance_membership', 'oppose')]
"""

from __future__ import annotations

import re

from accord.extract.analysis import Analysis, Hit
from accord.extract.clauses import clause_end, clause_start, has_action_verb, is_action_verb
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages

_FALSE_NEG = re.compile(
    r"^(?:no (?:later|more than|less|sooner|earlier|fewer|doubt|longer)|not only|without (?:delay|"
    r"preconditions|conditions)|against (?:each other|one another|the other|its|their|his|her)\b)",
    re.I,
)
_FIRST_WORD = re.compile(r"[\w'’-]+")
_NEG_RESETTERS = re.compile(
    r"\b(?:demand(?:s|ed|ing)?|calls? for|insist\w*|seek\w*|wants?|propos(?:e|es|ed|ing)|"
    r"offer(?:ed|ing)|"
    r"agree[sd]?|supports?|maintain\w*|advocat\w*|accept(?:s|ed)?|urg\w*|pledg\w*|commit\w*|"
    r"said|says|stated|added|announced)\b",
    re.I,
)


def negations_before(
    lex: Lexicon,
    sentence: str,
    hit_start: int,
    hit_text: str,
    other_hits: list[tuple[int, int]] | None = None,
) -> list[str]:
    """The negations that reach the cue at ``hit_start`` (offset into ``sentence``).

    Negation words inside ``other_hits`` (spans of other cues: "military operations suspended")
    belong to those cues and are skipped.
    """
    lo = clause_start(sentence, hit_start)
    window = sentence[lo:hit_start]
    first = _FIRST_WORD.match(hit_text)
    cue_is_verb = bool(first and is_action_verb(first.group()))
    found = []
    for m in lex.cue("negation").finditer(window):
        if _FALSE_NEG.match(window[m.start() :]):
            continue
        if m.group()[:1].isupper() and re.search(r"[a-z,]\s+$", sentence[: lo + m.start()]):
            continue  # a capitalised word mid-sentence is a name: "the Prevention of Terrorism Act"
        if _INTRANSITIVE.match(window, m.end()):
            continue  # "until the aggression stops and food enters": the verb has no object
        if other_hits and any(a <= lo + m.start() < b for a, b in other_hits):
            continue
        between = window[m.end() :]
        words = between.split()
        if (
            (has_action_verb(between) or _NEG_RESETTERS.search(between))
            and _COORD.search(between)
            and not (
                (_COORD_VERBS.match(between) or _modal_verb_list(m.group(), between))
                and not _NEG_RESETTERS.search(between)
            )
        ):
            continue
        if m.group().lower() == "without" and re.search(r",\s+(?:and|or)\s", between):
            continue  # "occupied without consent, and payment for ...": a list item ends it
        if _COORD.search(between) and lex.cue("negation").search(between):
            continue  # "prevent expansion and deny accession": each verb negates its own object
        if _MODAL_NEG.fullmatch(m.group()) and _NEW_SUBJECT.search(between):
            continue  # "stay in camps and not move armed, and a monitoring group is to ...":
            # a verb's own "not" ends where a new subject opens a coordinated clause
        if _NEW_ARGUMENT.search(between):
            continue  # "refrain from force against ... territorial integrity"
        if (
            cue_is_verb
            and len([w for w in words if w.lower() != "to"]) >= 2
            and _COORD.search(between)
            and not _COORD_VERBS.match(between)
            and not _modal_verb_list(m.group(), between)
        ):
            continue
        found.append(m.group())
    if not found and _AND_VERB.match(sentence, lo):
        # "refused to canton and demobilise": the clause of the cue coordinates with a negated
        # infinitive just before it, whose negation covers both verbs
        prev = sentence[max(0, lo - 80) : lo]
        for m in lex.cue("negation").finditer(prev):
            if _NEG_TO_VERB.fullmatch(prev, m.end()) or (
                _MODAL_NEG.fullmatch(m.group()) and _BARE_VERBS.fullmatch(prev, m.end())
            ):
                found.append(m.group())
    return found


_NEW_SUBJECT = re.compile(
    r",\s+(?:and|or|while)\s+(?:a|an|the|all|any|each)\s+(?:[\w-]+\s+){0,2}$", re.I
)
_AND_VERB = re.compile(r"\s*(?:and|or)\s+\w+", re.I)
_BARE_VERBS = re.compile(r"\s+[a-z]+(?:,\s*[a-z]+){0,2}\s*")
_NEG_TO_VERB = re.compile(r"\s+to\s+[\w-]+\s*", re.I)


_NEW_VERB_CLAUSE = re.compile(r",\s+and\s+(?:also\s+)?[a-z]+ed\b")
_LEAVE = re.compile(
    r"\b(?:withdraw|withdrawn|leave|pull out|pull back|depart|be removed|go home)\b", re.I
)
_LEAVE_BEFORE = re.compile(
    r"\b(?:withdrawal|withdraw|pull-?out|removal|departure|expulsion|exit|reduc\w*|scal\w* down)"
    r"(?: of)?(?: all| the| any| its| their)*\s*$",
    re.I,
)
_INTRANSITIVE = re.compile(r"\s*(?:and\b|or\b|,|;)")
_COORD = re.compile(r",|;|\b(?:and|or|but|then|while|as well as)\b", re.I)
_NEW_ARGUMENT = re.compile(
    r"\b(?:against|towards?|interference|meddling|attacks? on|threats? to|violations? of|"
    r"obstruction of|undermining|sabotage of)\b",
    re.I,
)
_INNER_NEG = re.compile(
    r"\b(?:not(?! (?:to )?exceed)|never|no longer|cannot|won't|n't|"
    r"no(?! (?:later|more than|less|sooner|earlier|fewer|doubt|longer)\b))\b",
    re.I,
)
#: "refused to canton and demobilise": one negated verb coordinated with another keeps its scope
#: "shall not acquire, produce or host nuclear weapons": one negated modal over a list of verbs
_MODAL_NEG = re.compile(r"not|never|cannot|can't|won't|no longer", re.I)
_VERB_LIST = re.compile(r"^\s*(?:[a-z]+(?:,\s*|\s+(?:or|and|nor)\s+)){1,3}(?:[a-z]+\s+)?$")


def _modal_verb_list(negation: str, between: str) -> bool:
    """ "shall not acquire, produce or host": a negated modal governs a short list of verbs."""
    return bool(_MODAL_NEG.fullmatch(negation) and _VERB_LIST.match(between))


#: issues whose proposition is itself an undoing: "dissolved", "dismantled" after their cue agree
_UNDOING_ISSUES = frozenset({"forces.disarmament", "forces.demobilization"})

_COORD_VERBS = re.compile(r"^\s*to \w+ (?:and|or) $", re.I)


# what a holder defends by keeping it out of the talks: "our unity is not negotiable"
_ENTRENCHED = frozenset({"territory.integrity"})
_NOT_NEGOTIABLE = re.compile(
    r"\bnot (?:on (?:the|our|its|their) (?:agenda|table|cards)|negotiable|"
    r"open (?:to|for) (?:discussion|negotiation)|"
    r"up for (?:discussion|negotiation|debate))|\boff the table|\bnon-?negotiable",
    re.I,
)


#: a constitution kept as it is: "fits within the existing constitution", "leaves the constitution
#: untouched" oppose amending it
_BARE_CONSTITUTION = ("constitution", "constitutions")
_KEPT_CONSTITUTION_BEFORE = re.compile(
    r"\bwithin (?:the )?(?:framework of )?(?:the )?(?:existing|current|present) $", re.I
)
_KEPT_CONSTITUTION_AFTER = re.compile(
    r"\s*(?:untouched|unchanged|intact|unamended|as it (?:is|stands))\b", re.I
)


def stance_of(
    lex: Lexicon, sentence: str, hit: Hit, offset: int, others: list[Hit] | None = None
) -> tuple[str, list[str]]:
    """The stance of one hit and the negations that set it (``others``: the sentence's hits)."""
    rel = hit.start - offset
    spans = [
        (o.start - offset, o.end - offset)
        for o in others or []
        if o is not hit and (o.end <= hit.start or hit.end <= o.start)
    ]
    negs = negations_before(lex, sentence, rel, hit.cue, spans)
    first = _FIRST_WORD.match(hit.cue)
    inner_from = first.end() if first else 0
    negs.extend(
        m.group()
        for m in _INNER_NEG.finditer(hit.cue, inner_from)
        if not _COORD.search(hit.cue, inner_from, m.start())  # "dismantled, and no group"
    )
    after = sentence[hit.end - offset : clause_end(sentence, hit.end - offset)]
    post = lex.cue("post_negation").search(after[:60]) or (
        # "be disarmed and dissolved": undoing an armed group is what disarmament proposes
        None
        if hit.issue in _UNDOING_ISSUES
        else lex.cue("post_undo").search(_CONTRAST.split(_before_condition(lex, after[:45]))[0])
    )
    if post and hit.issue in _ENTRENCHED and _NOT_NEGOTIABLE.search(post.group()):
        pass  # "The unity of Mali is not on the table": not up for talks, so defended
    elif post and not any(
        hit.end - offset < a < hit.end - offset + post.start() for a, _ in spans
    ):  # "troops withdrawn and the guarantor system abolished": the verdict is the nearer cue's
        negs.append(post.group())
    elif hit.issue == "forces.foreign_presence":
        # "foreign forces ... withdraw from the region", "withdrawal of all foreign forces": the
        # codebook reads these as forces.withdrawal, which its own cue finds; here they say nothing
        seg = after[:80]
        cut = _NEW_VERB_CLAUSE.search(seg)  # "..., and pledged to withdraw their own units"
        seg = seg[: cut.start()] if cut else seg
        leave = _LEAVE.search(seg) or _LEAVE_BEFORE.search(sentence[max(0, rel - 40) : rel])
        if leave:
            hit.goal = True
            negs.append(leave.group())
    if hit.issue == "governance.constitution" and hit.cue.lower() in _BARE_CONSTITUTION:
        kept = _KEPT_CONSTITUTION_BEFORE.search(sentence[max(0, rel - 60) : rel])
        kept = kept or _KEPT_CONSTITUTION_AFTER.match(sentence, hit.end - offset)
        if kept:
            negs.append(kept.group().strip())
    flip = len(negs) % 2 == 1
    base = hit.stance
    if flip:
        return ("oppose" if base == "support" else "support"), negs
    return base, negs


# ", not a frozen conflict": what follows a contrast is another thing, not the cue undone
_CONTRAST = re.compile(r"[,;]\s*(?:not|rather than|instead of)\b", re.I)


def _before_condition(lex: Lexicon, text: str) -> str:
    """``text`` up to a condition marker ("only once the group has been dismantled")."""
    m = lex.cue("conditions").search(text)
    return text[: m.start()] if m else text


def stances_of(lex: Lexicon, sentence: str) -> list[Hit]:
    """The hits of ``sentence`` with their stances (for examples and tests)."""
    from accord.extract.stages.issues import find_hits

    hits = find_hits(lex, sentence)
    for h in hits:
        h.stance, h.negations = stance_of(lex, sentence, h, 0, hits)
    return hits


@stages.register(
    "accord.detect_stance.v1", requires=("hits", "sentences"), assigns=("hits.stance",)
)
def make_detect_stance(lexicon: Lexicon):
    """Set each hit's stance from the negations around it."""

    def stance_stage(a: Analysis) -> Analysis:
        by_sentence: dict[int, list[Hit]] = {}
        for h in a.hits:
            by_sentence.setdefault(h.sentence, []).append(h)
        for h in a.hits:
            s = a.sentences[h.sentence]
            h.stance, h.negations = stance_of(lexicon, s.text, h, s.start, by_sentence[h.sentence])
        return a

    return stance_stage
