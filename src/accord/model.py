"""The shared vocabulary of accord: documents, provisions, gaps and cases.

Every stage takes and returns these types; the faces (CLI, web, reports) render them and the
store persists them. The fields of :class:`Provision` are those of the coding rules
(``docs/codebook.md``).
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

Stance = Literal["support", "oppose"]
Modality = Literal["demand", "offer", "commitment", "position"]
GapStatus = Literal["conflict", "agreement", "one_sided"]

#: The holder of what all signatories of a text agree on together.
JOINT = "JOINT"


class Evidence(BaseModel):
    """A span of a document: ``text`` is the sentence (or clause) at ``start:end``.

    ``document`` names the document (``DocumentMeta.name``) where a gap table gathers provisions
    from several documents; it is ``None`` inside a single document.
    """

    model_config = ConfigDict(frozen=True)

    start: int = Field(ge=0)
    end: int = Field(ge=0)
    text: str = ""
    document: str | None = None

    @model_validator(mode="after")
    def _ordered(self) -> Evidence:
        if self.end < self.start:
            raise ValueError(f"evidence end {self.end} is before start {self.start}")
        return self


class Explanation(BaseModel):
    """Why the extractor produced a provision: the rule that fired, its cues and a score."""

    rule: str
    cues: list[str] = []
    score: float = 1.0
    notes: list[str] = []


class Provision(BaseModel):
    """One party's position on one issue, as a text states it."""

    holder: str
    issue: str
    stance: Stance
    subject: str | None = None
    objects: list[str] = []
    modality: Modality = "position"
    conditions: list[str] = []
    evidence: Evidence
    explanation: Explanation | None = None


class Fact(BaseModel):
    """A statement that is not a position: control of a region, a venue, a casualty figure."""

    kind: str
    text: str
    parties: list[str] = []
    objects: list[str] = []
    evidence: Evidence


class DocumentMeta(BaseModel):
    """What is known about a document besides its text (front matter, file name, hash)."""

    name: str = "-"
    title: str | None = None
    date: dt.date | None = None
    source: str | None = None
    round: str | None = None
    author: str | None = None
    format: str = "text"
    sha256: str | None = None


class Document(BaseModel):
    """A text and what was extracted from it; evidence offsets index into ``text``."""

    meta: DocumentMeta = DocumentMeta()
    text: str
    provisions: list[Provision] = []
    facts: list[Fact] = []

    @property
    def parties(self) -> list[str]:
        """Holders of provisions, in order of first appearance."""
        return list(dict.fromkeys(p.holder for p in self.provisions))


class PartyPosition(BaseModel):
    """One party's stance on one issue in a gap table, with the provisions behind it."""

    stance: Stance | Literal["mixed"]
    modality: Modality
    provisions: list[Provision]


class GapRow(BaseModel):
    """One issue that some party addressed, each party's stance and the resulting status."""

    issue: str
    status: GapStatus
    positions: dict[str, PartyPosition]


class Tension(BaseModel):
    """A cross-issue clash: ``a_party`` on ``a_issue`` against ``b_party`` on ``b_issue``."""

    a_party: str
    a_issue: str
    a_stance: Stance
    b_party: str
    b_issue: str
    b_stance: Stance
    why: str


class GapTable(BaseModel):
    """The comparison of parties' positions, issue by issue and across issues."""

    parties: list[str]
    rows: list[GapRow]
    tensions: list[Tension] = []


# ---------------------------------------------------------------------------------------------
# Cases: the negotiation model used by bargain/, forecast/ and simulate/.


class CaseParty(BaseModel):
    """A side of the negotiation; ``reservation`` is its utility of no deal (0..1)."""

    model_config = ConfigDict(extra="forbid")

    name: str
    reservation: float = Field(0.0, ge=0.0, le=1.0)
    capability: float | None = Field(None, ge=0.0)
    description: str | None = None


class CaseIssue(BaseModel):
    """An issue with its options; on an ``ordered`` issue options lie on a line in list order."""

    model_config = ConfigDict(extra="forbid")

    name: str
    options: list[str] = Field(min_length=1)
    ordered: bool = True
    description: str | None = None

    @model_validator(mode="after")
    def _distinct(self) -> CaseIssue:
        if len(set(self.options)) != len(self.options):
            raise ValueError(f"issue {self.name!r} lists an option twice")
        return self


class Preference(BaseModel):
    """A party's preferences: a weight (salience) per issue and a value per option.

    ``values[issue][option]`` in 0..1 gives option values directly; ``ideal[issue]`` names the
    best option of an ordered issue, and values then fall off linearly with distance to it.
    An issue with neither is indifferent to the party (value 0 everywhere, weight ignored).
    """

    model_config = ConfigDict(extra="forbid")

    weights: dict[str, float] = {}
    values: dict[str, dict[str, float]] = {}
    ideal: dict[str, str] = {}


class Actor(BaseModel):
    """A forecast stakeholder: capability, and per issue a position (case scale) and salience."""

    model_config = ConfigDict(extra="forbid")

    name: str
    capability: float = Field(ge=0.0)
    positions: dict[str, float]
    salience: dict[str, float] = {}
    description: str | None = None


class Case(BaseModel):
    """The negotiation model: parties, issues × options, preferences, and optional stakeholders."""

    model_config = ConfigDict(extra="forbid")

    name: str = "case"
    description: str | None = None
    parties: list[CaseParty] = []
    issues: list[CaseIssue] = []
    preferences: dict[str, Preference] = {}
    actors: list[Actor] = []
    scale: tuple[float, float] = (0.0, 100.0)
