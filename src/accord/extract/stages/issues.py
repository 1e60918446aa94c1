"""Stage ``accord.find_issues.v1``: issue cues (package data ``issues.yaml``) matched in each sentence.

Reads ``text``, ``sentences``; writes ``hits``. A hit carries the issue, the matched cue and the
stance its pattern states (``support`` unless the pattern says otherwise). Headings give no hits.
Where two hits of one issue overlap, the longer one is kept.

>>> from accord.extract.lexicon import default_lexicon
>>> [(h.issue, h.cue) for h in find_hits(default_lexicon(), "They want a truce and NATO membership.")]
[('ceasefire.general', 'truce'), ('alignment.alliance_membership', 'NATO membership')]
"""

from __future__ import annotations

from accord.extract.analysis import Analysis, Hit
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages


def find_hits(lex: Lexicon, text: str, offset: int = 0, sentence: int = 0) -> list[Hit]:
    """Issue hits in ``text`` (offsets shifted by ``offset``), sorted by position."""
    hits: list[Hit] = []
    for ip in lex.issues:
        found: list[Hit] = []
        for m in ip.regex.finditer(text):
            i = int(m.lastgroup[1:]) if m.lastgroup else 0
            found.append(
                Hit(
                    ip.code,
                    offset + m.start(),
                    offset + m.end(),
                    m.group(),
                    sentence,
                    ip.stances[i],
                )
            )
        # keep the longest of overlapping hits of one issue
        found.sort(key=lambda h: (h.start, -(h.end - h.start)))
        kept: list[Hit] = []
        for h in found:
            if kept and h.start < kept[-1].end:
                if h.end - h.start > kept[-1].end - kept[-1].start:
                    kept[-1] = h
                continue
            kept.append(h)
        hits.extend(kept)
    hits.sort(key=lambda h: (h.start, h.issue))
    return hits


@stages.register("accord.find_issues.v1", requires=("sentences",), assigns=("hits",))
def make_find_issues(lexicon: Lexicon):
    """Match the issue cue patterns sentence by sentence."""

    def issues_stage(a: Analysis) -> Analysis:
        a.hits = []
        for i, s in enumerate(a.sentences):
            if s.heading:
                continue
            a.hits.extend(find_hits(lexicon, s.text, s.start, i))
        return a

    return issues_stage
