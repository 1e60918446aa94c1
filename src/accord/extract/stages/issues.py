"""Stage ``accord.find_issues.v1``: issue cues (package data ``issues.yaml``) matched in the text.

Reads ``text``, ``sentences``; writes ``hits``. A hit carries the issue, the matched cue and the
stance its pattern states (``support`` unless the pattern says otherwise). Headings give no hits,
and a cue never runs over the end of its sentence. Where two hits of one issue overlap, the longer
one is kept. One zero-width scan finds every position where some pattern may start; each issue's
patterns are then tried only there (see :func:`accord.extract.lexicon.default_lexicon`).

>>> from accord.extract.lexicon import default_lexicon
>>> hits = find_hits(default_lexicon(), "They want a truce and NATO membership.")
>>> [(h.issue, h.cue) for h in hits]
[('ceasefire.general', 'truce'), ('alignment.alliance_membership', 'NATO membership')]
"""

from __future__ import annotations

import bisect
import re

from accord.extract.analysis import Analysis, Hit
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages


def _longest(found: list[Hit]) -> list[Hit]:
    """Of overlapping hits (of one issue), keep the longest; hits that overlap none are all kept.

    Hits are grouped into clusters of overlapping spans first, so a long text stays linear.
    """
    found.sort(key=lambda h: h.start)
    kept: list[Hit] = []
    cluster: list[Hit] = []
    reach = -1
    for h in [*found, None]:
        if h is not None and h.start < reach:
            cluster.append(h)
            reach = max(reach, h.end)
            continue
        chosen: list[Hit] = []
        for c in sorted(cluster, key=lambda c: (-(c.end - c.start), c.start)):
            if all(c.end <= k.start or k.end <= c.start for k in chosen):
                chosen.append(c)
        kept.extend(sorted(chosen, key=lambda c: c.start))
        if h is not None:
            cluster, reach = [h], h.end
    return kept


def _inside(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of the sorted ``spans``."""
    i = bisect.bisect_right(spans, (start, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= start and end <= spans[i][1]


# A cue nested with a cue of a shadowing issue (that opens with its verb, where one is given) is
# that cue's object, not an issue of its own: "recognises Jordanian sovereignty over the area"
# recognises a claim (territory.recognition), not the speaker's own sovereignty
# (territory.integrity); "so that it may compete in elections" brings a movement into politics
# (governance.power_sharing) and does not ask for a vote (governance.elections); "the release of
# detainees held by the security services" or "a blanket release of detainees" frees civilians or
# pardons (humanitarian.civilian_release, justice.amnesty), not prisoners of war. "Crimea is an
# integral part of Russia" keeps both, and so does a cue that names its own kind (``_KEPT``:
# "Prisoners of war and civilian internees are to be released", "combatants and civilians alike").
_RECOGNISE = re.compile(r"(?:(?:not|never|no longer) )?(?:recogni|acknowledg|accept)", re.I)
_RUN = re.compile(r"(?:compet|run|stand|contest)", re.I)  # "take part in the elections" keeps both
_SHADOWED_BY: dict[str, list[tuple[str, re.Pattern[str] | None]]] = {
    "territory.integrity": [("territory.recognition", _RECOGNISE)],
    "governance.elections": [("governance.power_sharing", _RUN)],
    "humanitarian.prisoner_exchange": [
        ("humanitarian.civilian_release", None),
        ("justice.amnesty", None),
    ],
}
_KEPT = {
    "humanitarian.prisoner_exchange": re.compile(
        r"prisoners? of war|\bPOWs?\b|hostage|combatants|soldiers|fighters", re.I
    )
}


def _drop_shadowed(hits: list[Hit]) -> list[Hit]:
    """Hits minus those nested with a hit that shadows theirs (``_SHADOWED_BY``)."""

    def shadows(k: Hit, h: Hit) -> bool:
        if h.issue in _KEPT and _KEPT[h.issue].search(h.cue):
            return False
        nested = (k.start <= h.start and h.end <= k.end) or (h.start <= k.start and k.end <= h.end)
        return nested and any(
            k.issue == issue and (verb is None or verb.match(k.cue) is not None)
            for issue, verb in _SHADOWED_BY.get(h.issue, ())
        )

    return [h for h in hits if not any(shadows(k, h) for k in hits)]


def find_hits(lex: Lexicon, text: str, offset: int = 0, sentence: int = 0) -> list[Hit]:
    """Issue hits in ``text`` (offsets shifted by ``offset``), sorted by position."""
    low = text.lower()
    fast = lex.issue_starts is not None and len(low) == len(text)
    starts = [m.start() for m in lex.issue_starts.finditer(low)] if fast else []
    hits: list[Hit] = []
    for ip in lex.issues:
        if fast and ip.lower is not None:
            matches = [m for pos in starts if (m := ip.lower.match(low, pos))]
        else:  # lower-casing changed the length (rare scripts): match case-insensitively
            matches = list(ip.regex.finditer(text))
        found = []
        for m in matches:
            i = int(m.lastgroup[1:]) if m.lastgroup else 0
            found.append(
                Hit(
                    ip.code,
                    offset + m.start(),
                    offset + m.end(),
                    text[m.start() : m.end()],
                    sentence,
                    ip.stances[i],
                )
            )
        hits.extend(_longest(found))
    hits = _drop_shadowed(hits)
    hits.sort(key=lambda h: (h.start, h.issue))
    return hits


@stages.register("accord.find_issues.v1", requires=("text", "sentences"), assigns=("hits",))
def make_find_issues(lexicon: Lexicon):
    """Match the issue cue patterns over the text, then keep those inside a sentence."""

    def issues_stage(a: Analysis) -> Analysis:
        a.hits = []
        if not a.sentences:
            return a
        names = sorted((m.start, m.end) for m in a.parties if " " in m.text)
        for h in find_hits(lexicon, a.text):
            i = a.sentence_of(h.start)
            s = a.sentences[i]
            if s.heading or h.start < s.start or h.end > s.end:
                continue
            if _inside(names, h.start, h.end):
                continue  # "Federation" in "the Russian Federation" names a party, not an issue
            h.sentence = i
            a.hits.append(h)
        return a

    return issues_stage
