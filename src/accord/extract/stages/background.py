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


#: the constitution named as the frame of something else, not as a text to change: "in line with
#: the constitution", "under the constitution", "as the federal constitution provides", "what the
#: Constitution already grants", "the dates set in each constitution" ("within the existing
#: constitution" keeps it unchanged: the stance stage reads that as an oppose)
_CONSTITUTION = "governance.constitution"
_BARE_CONSTITUTION = ("constitution", "constitutions")
_FRAME_BEFORE = re.compile(
    r"\b(?:under|in line with|in accordance with|in conformity with|consistent with|according to|"
    r"compatible with|through|in keeping with|(?:provided|guaranteed|laid down|enshrined|set|"
    r"foreseen|stipulated|recogni[sz]ed) (?:for )?(?:in|by)|framework of|provisions of|"
    r"bounds of|limits of|basis of|within)\s+(?!(?:the\s+)?(?:existing|current|present)\b)"
    r"(?:(?:the|its|their|each|our|a)\s+)?(?:(?-i:[A-Z][\w-]+)\s+|federal\s+|national\s+){0,2}$",
    re.I,
)
_FRAME_AFTER = re.compile(
    r"\s*(?:already\s+|now\s+|itself\s+)?(?:provides|grants|allows|guarantees|says|stipulates|states|"
    r"permits|requires|prescribes|recogni[sz]es|envisages|foresees)\b",
    re.I,
)


_ACTS_UNDER = re.compile(
    r"\b(?:steps|measures|procedures?|amendments?|changes|process)\s+(?:[\w-]+\s+){0,2}"
    r"(?:under|by|in)\s+(?:(?:the|its|their)\s+)?$",
    re.I,
)


def is_constitution_frame(sentence: str, start: int, end: int) -> bool:
    """Whether the constitution cue at ``start:end`` only names the frame of something else.

    >>> s = "Any arrangement must stay within the framework of the Thai constitution."
    >>> is_constitution_frame(s, s.index("constitution"), s.index("constitution") + 12)
    True
    >>> s = "The rebels demand a new constitution."
    >>> is_constitution_frame(s, s.index("constitution"), s.index("constitution") + 12)
    False
    """
    before = sentence[max(0, start - 80) : start]
    if _ACTS_UNDER.search(before):
        return False  # "the steps required under its constitution": constitutional procedure
    return bool(_FRAME_BEFORE.search(before) or _FRAME_AFTER.match(sentence, end))


#: a numbered resolution ("Security Council resolution 598", "resolution 2216 of 2015") already
#: exists: citing, accepting or following it does not make the settlement a treaty endorsed by the
#: Council, which a new, unnumbered resolution would
_NUMBERED = re.compile(r"\s*(?:No\.?\s*|number\s+|\()?\d{2,4}\b", re.I)


#: who took part in the talks, or walked out of them, told as an event in a sentence that states
#: no attitude: "The Afghan government did not take part in the talks", "JEM walked out of the
#: process months ago" are facts about the talks, not positions on them
_TALKS_EVENT = re.compile(
    r"\b(?:(?:did not|didn't|never|had not|hadn't) (?:take|took) part|took part|(?:had )?"
    r"(?:attended|walked out|stormed out|pulled out|withdrew|quit|left|broke off|boycotted|"
    r"abandoned|suspended|joined|rejoined|returned to))\b",
    re.I,
)


#: a deal that is the subject of its own failure is history: "The first ceasefire, agreed in
#: January 2014, was violated within hours", "the 2015 truce, signed in Addis Ababa, collapsed"
_FAILED_AFTER = re.compile(
    r"(?:\s+(?!(?:and|but|or|before|after|because|if|unless|when|until|while|so|since|as|that)\b)"
    r"[\w-]+){0,5}(?:,[^,.;]{3,80},)?\s+(?:(?:was|were|had been|has been|have been)\s+"
    r"(?:\w+ly\s+)?(?:violated|broken|breached|abandoned|ignored|shattered|scrapped)|"
    r"(?:had\s+)?(?:collapsed|broke down|fell apart|failed|lapsed|unravell?ed|crumbled))\b",
    re.I,
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
        a.agreement = is_agreement(lexicon, a)
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
            if (
                h.issue == _CONSTITUTION
                and h.cue.lower() in _BARE_CONSTITUTION
                and is_constitution_frame(s.text, rel, h.end - s.start)
            ):
                h.goal = True  # "in line with the constitution": a frame, not an amendment
            if (
                h.issue == "process.negotiations"
                and not s.attitude
                and not a.agreement
                and _TALKS_EVENT.search(s.text, max(0, rel - 40), h.end - s.start)
            ):
                h.goal = True  # "X did not take part in the talks": an event, a fact
            if (
                h.issue == "process.binding_treaty"
                and h.cue.lower().endswith("resolution")
                and _NUMBERED.match(s.text, h.end - s.start)
            ):
                h.goal = True  # "in accordance with resolution 425": an existing text, cited
            if _FAILED_AFTER.match(s.text, h.end - s.start):
                h.goal = True  # "The first ceasefire, agreed in 2014, was violated": history
            for m in _ASIDE.finditer(s.text):
                if m.start() <= rel < m.end() and (
                    _PAST_ASIDE.search(m.group()) or not modality.search(m.group())
                ):
                    h.goal = True  # "Russia, which kept peacekeepers there until 2024, said"
        return a

    return background_stage
