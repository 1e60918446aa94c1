"""The working state of one extraction: sentences, mentions, issue hits and candidates.

Stages read and write an :class:`Analysis`; the last stage turns its candidates into the
provisions and facts of a :class:`~accord.model.Document`. These types are internal to the
extractor: the public vocabulary is :mod:`accord.model`.
"""

from __future__ import annotations

from collections import ChainMap
from dataclasses import dataclass, field

from accord.model import Document, DocumentMeta, Fact


@dataclass
class Sentence:
    """A sentence (or heading, or list item) at ``text[start:end]``."""

    start: int
    end: int
    text: str
    paragraph: int = 0
    heading: bool = False
    item: bool = False
    background: str | None = None
    summary: bool = False
    attitude: bool = False
    #: a heading that opens a section (``accord.find_sections``), and who speaks in it
    section: bool = False
    voice: str | None = None
    #: a question ("Q: Will the talks resume?"): it states no position
    question: bool = False
    #: inside a section headed as background ("## Background", "Context"): facts, no positions
    backdrop: bool = False


@dataclass
class Mention:
    """A party or place named at ``text[start:end]``.

    ``form`` is ``name`` ("Russia"), ``adjective`` ("Russian"), ``person`` ("Putin") or ``group``
    ("Russian negotiators") for parties, ``place`` for places; ``codes`` holds a place's codes.
    """

    start: int
    end: int
    text: str
    code: str
    form: str
    codes: tuple[str, ...] = ()


@dataclass
class Speaker:
    """A holder named in a sentence at ``start:end``, found by ``rule``."""

    start: int
    end: int
    code: str
    rule: str
    cue: str
    post: bool = False
    subject: str | None = None


@dataclass
class Hit:
    """An issue cue matched at ``text[start:end]`` in sentence ``sentence``."""

    issue: str
    start: int
    end: int
    cue: str
    sentence: int
    stance: str = "support"
    negations: list[str] = field(default_factory=list)
    condition_of: int | None = None
    goal: bool = False
    conditions: list[str] = field(default_factory=list)
    holder: str | None = None
    holder_rule: str = ""
    holder_cue: str = ""
    subject: str | None = None
    objects: list[str] = field(default_factory=list)
    modality: str = "position"
    modality_cue: str = ""
    score: float | None = None
    nearest: str = ""


@dataclass
class Analysis:
    """Everything the stages know about one text."""

    text: str
    meta: DocumentMeta
    explain: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    parties: list[Mention] = field(default_factory=list)
    places: list[Mention] = field(default_factory=list)
    speakers: dict[int, list[Speaker]] = field(default_factory=dict)
    hits: list[Hit] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    agreement: bool = False
    document: Document | None = None
    #: kinds (``state``, ``organisation``, ``group``) of the parties this text defines itself,
    #: over the gazetteer's (see ``accord.define_parties.v1``)
    party_kinds: dict[str, str] = field(default_factory=dict)

    def kinds(self, base: dict[str, str]) -> dict[str, str] | ChainMap[str, str]:
        """The party kinds to use: this text's own over ``base`` (the gazetteer's)."""
        return ChainMap(self.party_kinds, base) if self.party_kinds else base

    def sentence_of(self, pos: int) -> int:
        """Index of the sentence that holds character ``pos`` (the last one before it)."""
        lo, hi = 0, len(self.sentences)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.sentences[mid].start <= pos:
                lo = mid + 1
            else:
                hi = mid
        return max(lo - 1, 0)

    def by_sentence(self, items: list) -> dict[int, list]:
        """``items`` (anything with ``start`` and ``end``) grouped by the sentence that holds them.

        One binary search per item, so long texts stay linear-logarithmic.
        """
        out: dict[int, list] = {}
        for m in items:
            i = self.sentence_of(m.start)
            if self.sentences and m.end <= self.sentences[i].end:
                out.setdefault(i, []).append(m)
        return out
