"""What the store hands back: stored documents and provisions, ingest summaries, search hits.

A :class:`StoredDocument` is a :class:`~accord.model.Document` (so every stage accepts it) whose
provisions are :class:`StoredProvision` s: a provision with its stable ``id`` and review
``status``.
"""

from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel

from accord.model import Document, Provision

Status = Literal["extracted", "confirmed", "corrected", "added", "deleted"]


class StoredProvision(Provision):
    """A provision as stored: ``id`` stays the same across re-extraction and review."""

    id: int
    status: Status = "extracted"
    reviewer: str | None = None
    reviewed_at: dt.datetime | None = None

    def plain(self) -> Provision:
        """The provision without its store fields."""
        return Provision.model_validate(self.model_dump(include=set(Provision.model_fields)))


class StoredDocument(Document):
    """A stored document: its id, when it was added, and its provisions with ids and status."""

    id: int
    added_at: dt.datetime
    provisions: list[StoredProvision] = []  # type: ignore[assignment]  # noqa: RUF012

    @property
    def reviewed(self) -> bool:
        """Whether a person has confirmed, corrected, deleted or added any provision."""
        return any(p.status != "extracted" for p in self.provisions)

    def plain(self) -> Document:
        """The document with its live (not deleted) provisions as plain :class:`Provision` s."""
        return Document(
            meta=self.meta,
            text=self.text,
            provisions=[p.plain() for p in self.provisions if p.status != "deleted"],
            facts=self.facts,
        )


class Failure(BaseModel):
    """A source that could not be ingested, and why (one line)."""

    path: str
    error: str


class IngestSummary(BaseModel):
    """What an ingest did: documents added, already stored (same content), re-extracted, failed."""

    added: int = 0
    unchanged: int = 0
    updated: int = 0
    failed: int = 0
    failures: list[Failure] = []


class ProvisionHit(BaseModel):
    """A provision found by a search, with the document it comes from."""

    document_id: int
    document: str
    title: str | None = None
    date: dt.date | None = None
    round: str | None = None
    provision: StoredProvision


class AgreementHit(BaseModel):
    """A PA-X agreement found by a search, with the categories it addresses (code → 1..3)."""

    agt_id: int
    name: str
    date: dt.date | None = None
    country: str | None = None
    stage: str | None = None
    codes: dict[str, int] = {}
    description: str = ""


class DocumentHit(BaseModel):
    """A document whose text matches a full-text query; ``snippet`` marks the words [so]."""

    id: int
    name: str
    title: str | None = None
    date: dt.date | None = None
    snippet: str = ""


class SearchResult(BaseModel):
    """Provisions from the user's documents and PA-X agreements that match the same filters."""

    provisions: list[ProvisionHit] = []
    agreements: list[AgreementHit] = []
