"""Stage ``accord.find_conditions.v1``: condition clauses and the positions they govern.

Reads ``sentences``, ``hits``; writes ``Hit.condition_of`` (the hit lies in a condition clause:
it gives no provision of its own) and ``Hit.conditions`` (issue codes of the condition clause
that governs the hit). A condition clause opens at a marker ("contingent on", "only if",
"provided that", "in exchange for") and runs to the end of its clause; a marker that opens the
sentence ("Only if ..., ...") governs what follows its clause instead.

>>> from accord.extract.lexicon import default_lexicon
>>> from accord.extract.stages.issues import find_hits
>>> s = "Kyiv is open to lifting sanctions contingent on a verifiable ceasefire."
>>> hits = find_hits(default_lexicon(), s)
>>> link_conditions(default_lexicon(), s, 0, hits)
>>> [(h.issue, h.condition_of is not None) for h in hits]
[('economy.sanctions_relief', False), ('ceasefire.general', True), ('ceasefire.monitoring', True)]
>>> hits[0].conditions
['ceasefire.general', 'ceasefire.monitoring']
"""

from __future__ import annotations

import re

from accord.extract.analysis import Analysis, Hit
from accord.extract.clauses import ACTION_VERBS, clause_end, clause_start
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages

_NEXT_VERB = re.compile(rf"\s*(?:(?:and|or)\s+)?(?:{ACTION_VERBS})\b", re.I)
_BEFORE = re.compile(r"\b(?:before|until|till)\b", re.I)
_ONLY_OR_NOT = re.compile(r"\b(?:only|not|never|no)\b|n't\b", re.I)


def link_conditions(lex: Lexicon, sentence: str, offset: int, hits: list[Hit]) -> None:
    """Mark the condition hits of one sentence and attach their issues to the hits they govern."""
    markers = list(lex.cue("conditions").finditer(sentence))
    deadlines = set()
    for m in _BEFORE.finditer(sentence):
        # "would not hand over their weapons before a new constitution ...": a condition only
        # where "only" or a negation earlier in the clause makes it one
        if _ONLY_OR_NOT.search(sentence, clause_start(sentence, m.start()), m.start()):
            markers.append(m)
            deadlines.add(m.start())
    for m in markers:
        for h in hits:
            if h.start - offset < m.start() < h.end - offset:
                h.goal = (
                    True  # a cue does not run across a condition: "resume fighting if the talks"
                )
    for m in sorted(markers, key=lambda m: m.start()):
        lo = m.end()
        preposed = (
            sentence[: m.start()].strip(" ,\"“'") == ""
            or sentence[m.start() - 2 : m.start()] == ". "
        )
        hi = clause_end(sentence, lo)
        comma = sentence.find(",", lo)
        # "if it agreed to withdraw, release the prisoners, and accept ...": a list of verbs
        # stays inside the condition; any other comma ends it
        while comma != -1 and comma < hi and _NEXT_VERB.match(sentence, comma + 1):
            comma = sentence.find(",", comma + 1)
        if comma != -1:
            hi = min(hi, comma)
        inside = [
            h
            for h in hits
            if m.start() <= h.start - offset < hi and h.end - offset > lo and h.condition_of is None
        ]
        if not inside:
            continue
        codes = list(dict.fromkeys(h.issue for h in inside))
        if preposed:
            governed = [h for h in hits if h.start - offset >= hi]
        else:
            start = clause_start(sentence, m.start())
            governed = [h for h in hits if start <= h.start - offset < m.start()]
            if not governed:
                governed = [h for h in hits if h.start - offset < m.start()][-1:]
        governed = [h for h in governed if h not in inside]
        if not governed and m.start() in deadlines and m.group().lower() == "until":
            # "will not regard the file as closed until the Kuwaitis are released": nothing is
            # held back but the deadline itself, which is what the speaker asks for
            continue
        for h in inside:
            h.condition_of = m.start() + offset
        for h in governed:
            h.conditions.extend(c for c in codes if c not in h.conditions and c != h.issue)


@stages.register(
    "accord.find_conditions.v1",
    requires=("sentences", "hits"),
    assigns=("hits.condition_of", "hits.conditions"),
)
def make_find_conditions(lexicon: Lexicon):
    """Link condition clauses to the positions they govern."""

    def conditions_stage(a: Analysis) -> Analysis:
        by_sentence: dict[int, list[Hit]] = {}
        for h in a.hits:
            by_sentence.setdefault(h.sentence, []).append(h)
        for i, hits in by_sentence.items():
            s = a.sentences[i]
            link_conditions(lexicon, s.text, s.start, hits)
        return a

    return conditions_stage
