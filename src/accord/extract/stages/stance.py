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
    r"agree[sd]?|supports?|maintain\w*|advocat\w*|accept(?:s|ed)?|urg\w*|pledg\w*|commit\w*)\b",
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
        if _INTRANSITIVE.match(window, m.end()):
            continue  # "until the aggression stops and food enters": the verb has no object
        if other_hits and any(a <= lo + m.start() < b for a, b in other_hits):
            continue
        between = window[m.end() :]
        words = between.split()
        if (has_action_verb(between) or _NEG_RESETTERS.search(between)) and _COORD.search(between):
            continue
        if _COORD.search(between) and lex.cue("negation").search(between):
            continue  # "prevent expansion and deny accession": each verb negates its own object
        if _NEW_ARGUMENT.search(between):
            continue  # "refrain from force against ... territorial integrity"
        if (
            cue_is_verb
            and len([w for w in words if w.lower() != "to"]) >= 2
            and _COORD.search(between)
        ):
            continue
        found.append(m.group())
    return found


_LEAVE = re.compile(
    r"\b(?:withdraw|withdrawn|leave|pull out|pull back|depart|be removed|go home)\b", re.I
)
_LEAVE_BEFORE = re.compile(
    r"\b(?:withdrawal|withdraw|pull-?out|removal|departure|expulsion|exit)"
    r"(?: of)?(?: all| the| any)*\s*$",
    re.I,
)
_INTRANSITIVE = re.compile(r"\s*(?:and\b|or\b|,|;)")
_COORD = re.compile(r",|;|\b(?:and|or|but|then|while|as well as)\b", re.I)
_NEW_ARGUMENT = re.compile(r"\b(?:against|towards?)\b", re.I)
_INNER_NEG = re.compile(r"\b(?:not|never|no longer|cannot|won't|n't)\b", re.I)


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
    negs.extend(m.group() for m in _INNER_NEG.finditer(hit.cue, inner_from))
    after = sentence[hit.end - offset : clause_end(sentence, hit.end - offset)]
    post = lex.cue("post_negation").search(after[:60]) or lex.cue("post_undo").search(after[:25])
    if post and not any(
        hit.end - offset < a < hit.end - offset + post.start() for a, _ in spans
    ):  # "troops withdrawn and the guarantor system abolished": the verdict is the nearer cue's
        negs.append(post.group())
    elif hit.issue == "forces.foreign_presence":
        # "foreign forces ... withdraw from the region", "withdrawal of all foreign forces": the
        # codebook reads these as forces.withdrawal, which its own cue finds; here they say nothing
        leave = _LEAVE.search(after[:80]) or _LEAVE_BEFORE.search(sentence[max(0, rel - 40) : rel])
        if leave:
            hit.goal = True
            negs.append(leave.group())
    flip = len(negs) % 2 == 1
    base = hit.stance
    if flip:
        return ("oppose" if base == "support" else "support"), negs
    return base, negs


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
