"""Stage ``accord.mark_background.v1``: what kind of sentence each one is, and the document's voice.

Reads ``sentences``, ``hits``, ``meta``; writes ``Sentence.attitude`` (an attitude cue such as
"demands", "agreed", "must" is present), ``Sentence.background`` (a history, casualty, control or
venue sentence), ``Sentence.summary`` (it only restates), ``Hit.goal`` (the cue names a goal of the
talks: "prerequisites for a ceasefire") and ``agreement`` (the text is an agreement whose
signatories speak jointly: a title such as "Ceasefire Agreement" and numbered articles or "the
Parties shall/agree").

>>> from accord.extract.lexicon import default_lexicon
>>> kind_of(default_lexicon(), "More than 6,000 people were killed in 2023.")
'casualty'
>>> kind_of(default_lexicon(), "Russia demands a ceasefire.") is None
True
"""

from __future__ import annotations

import re

from accord.extract.analysis import Analysis
from accord.extract.lexicon import Lexicon
from accord.extract.registry import stages

_SHALL = re.compile(r"\b(?:shall|agree[sd]?|undertakes?|commits?|will)\b", re.I)
_NOT_A = re.compile(
    r"\b(?:is|was|are|were)\s+(?:\w+ly\s+)?not\s+(?:a|an|the)\s+(?:[\w-]+\s+)?$", re.I
)
# what a text leaves out is no one's position: "Amnesty ... are not addressed"
_NOT_ADDRESSED = re.compile(
    r"[^.;:,]{0,60}?\b(?:is|are|was|were|remains?|has been|have been) (?:not|never|nowhere) "
    r"(?:addressed|mentioned|covered|included|dealt with|discussed|tackled|settled|resolved)\b",
    re.I,
)
_ASIDE = re.compile(r",\s+(?:which|who|whose)\s[^,;]{3,160},", re.I)
_PAST_ASIDE = re.compile(
    r"\b(?:\w+ed|had|was|were|kept|held|fought|led|took|began|(?:19|20)\d\d)\b", re.I
)
_PAST = re.compile(
    r"\b\w+ed\b|\b(?:was|were|had|took|met|fled|began|held|fought|won|lost|made)\b", re.I
)


def kind_of(lex: Lexicon, sentence: str) -> str | None:
    """The background kind of a sentence with no attitude cue, else ``None``."""
    if lex.cue("modality").search(sentence):
        return None
    m = lex.cue("background").search(sentence)
    return m.lastgroup if m else None


def is_agreement(lex: Lexicon, a: Analysis) -> bool:
    """Whether the text reads as an agreement in the voice of all its signatories."""
    if not a.sentences or (a.meta.author and a.meta.author != "JOINT"):
        return False
    first = a.sentences[0]
    title = first.text if first.heading else (a.meta.title or "")
    if a.meta.title:
        title = a.meta.title
    if not lex.cue("agreement_title").search(title):
        return False
    if re.search(
        r"\b(?:memorandum|plan|proposals?|demands|talks|report|draft|response|reply|answer)\b",
        title,
        re.I,
    ) and not re.search(r"memorandum of understanding", title, re.I):
        return False
    items = sum(1 for s in a.sentences if s.item)
    joint = sum(1 for s in a.sentences if lex.cue("joint").search(s.text) and _SHALL.search(s.text))
    between = re.search(r"\bbetween\b.+\band\b", title, re.I)  # "Agreement ... between X and Y"
    return items >= 3 or joint >= 2 or bool(between)


@stages.register(
    "accord.mark_background.v1",
    requires=("sentences", "hits", "parties"),
    assigns=(
        "sentences.attitude",
        "sentences.background",
        "sentences.summary",
        "hits.goal",
        "agreement",
    ),
)
def make_mark_background(lexicon: Lexicon):
    """Tell positions from background, summaries and goals; find the document's voice."""
    modality = lexicon.cue("modality")
    summary = lexicon.cue("summary")
    goal = lexicon.cue("goal_frames")

    def background_stage(a: Analysis) -> Analysis:
        for s in a.sentences:
            s.attitude = bool(modality.search(s.text))
            s.background = None if s.heading else kind_of(lexicon, s.text)
            s.summary = bool(summary.search(s.text))
        names_by = a.by_sentence(a.parties)
        for h in a.hits:
            s = a.sentences[h.sentence]
            before = s.text[max(0, h.start - s.start - 80) : h.start - s.start]
            h.goal = bool(goal.search(before)) or bool(_NOT_A.search(before))
            if _NOT_ADDRESSED.match(s.text, h.end - s.start):
                h.goal = True  # "Amnesty and accountability ... are not addressed": a gap
            if any(m.start <= h.start and h.end <= m.end for m in names_by.get(h.sentence, [])):
                h.goal = True  # "National Unity Government" names a party, it proposes nothing
            rel = h.start - s.start
            for m in _ASIDE.finditer(s.text):
                if m.start() <= rel < m.end() and (
                    _PAST_ASIDE.search(m.group()) or not modality.search(m.group())
                ):
                    h.goal = True  # "Russia, which kept peacekeepers there until 2024, said"
        a.agreement = is_agreement(lexicon, a)
        return a

    return background_stage
