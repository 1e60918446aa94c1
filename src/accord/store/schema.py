"""The tables of the store, as SQLAlchemy 2 declarative models.

The migrations in ``migrations/versions`` create these tables (and the full-text indexes, which
are not mapped here: SQLite FTS5 tables and PostgreSQL ``tsvector`` columns are written by the
database itself). A provision row holds the *current* values (extracted, or as a reviewer left
them); ``extracted`` keeps the extractor's own version and ``corrections`` the reviewers' log.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, ClassVar

from sqlalchemy import (
    JSON,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship


def utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Base(DeclarativeBase):
    type_annotation_map: ClassVar = {dict[str, Any]: JSON, list[Any]: JSON}


class DocumentRow(Base):
    __tablename__ = "documents"

    id: Mapped[int] = mapped_column(primary_key=True)
    sha256: Mapped[str] = mapped_column(String(64), unique=True)
    name: Mapped[str] = mapped_column(String(500))
    title: Mapped[str | None] = mapped_column(String(1000))
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    source: Mapped[str | None] = mapped_column(String(500))
    round: Mapped[str | None] = mapped_column(String(200))
    author: Mapped[str | None] = mapped_column(String(100))
    format: Mapped[str] = mapped_column(String(20), default="text")
    text: Mapped[str] = mapped_column(Text)
    added_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)
    extracted_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)

    provisions: Mapped[list[ProvisionRow]] = relationship(
        back_populates="document", cascade="all, delete-orphan", order_by="ProvisionRow.seq"
    )
    facts: Mapped[list[FactRow]] = relationship(
        cascade="all, delete-orphan", order_by="FactRow.seq"
    )


class ProvisionRow(Base):
    __tablename__ = "provisions"
    __table_args__ = (
        UniqueConstraint("document_id", "key"),
        Index("ix_provisions_issue_holder", "issue", "holder"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    seq: Mapped[int] = mapped_column(Integer)
    key: Mapped[str] = mapped_column(String(80))
    status: Mapped[str] = mapped_column(String(16), default="extracted")
    holder: Mapped[str] = mapped_column(String(100))
    issue: Mapped[str] = mapped_column(String(100))
    stance: Mapped[str] = mapped_column(String(10))
    subject: Mapped[str | None] = mapped_column(String(100))
    objects: Mapped[list[Any]] = mapped_column(default=list)
    modality: Mapped[str] = mapped_column(String(20))
    conditions: Mapped[list[Any]] = mapped_column(default=list)
    ev_start: Mapped[int] = mapped_column(Integer)
    ev_end: Mapped[int] = mapped_column(Integer)
    ev_text: Mapped[str] = mapped_column(Text, default="")
    explanation: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    extracted: Mapped[dict[str, Any] | None] = mapped_column(JSON)
    reviewer: Mapped[str | None] = mapped_column(String(200))
    reviewed_at: Mapped[dt.datetime | None] = mapped_column(DateTime(timezone=True))

    document: Mapped[DocumentRow] = relationship(back_populates="provisions")


class FactRow(Base):
    __tablename__ = "facts"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    seq: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(100))
    text: Mapped[str] = mapped_column(Text)
    parties: Mapped[list[Any]] = mapped_column(default=list)
    objects: Mapped[list[Any]] = mapped_column(default=list)
    ev_start: Mapped[int] = mapped_column(Integer)
    ev_end: Mapped[int] = mapped_column(Integer)
    ev_text: Mapped[str] = mapped_column(Text, default="")


class CorrectionRow(Base):
    """One reviewer action on one provision: confirm, correct, delete or add."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(primary_key=True)
    document_id: Mapped[int] = mapped_column(
        ForeignKey("documents.id", ondelete="CASCADE"), index=True
    )
    provision_id: Mapped[int] = mapped_column(
        ForeignKey("provisions.id", ondelete="CASCADE"), index=True
    )
    provision_key: Mapped[str] = mapped_column(String(80))
    action: Mapped[str] = mapped_column(String(16))
    changes: Mapped[dict[str, Any]] = mapped_column(default=dict)
    reviewer: Mapped[str] = mapped_column(String(200))
    at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class CaseRow(Base):
    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(500), index=True)
    data: Mapped[dict[str, Any]] = mapped_column()
    document_ids: Mapped[list[Any]] = mapped_column(default=list)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class RunRow(Base):
    """One analysis run (bargain, forecast, simulate ...): its parameters and result."""

    __tablename__ = "runs"

    id: Mapped[int] = mapped_column(primary_key=True)
    case_id: Mapped[int | None] = mapped_column(
        ForeignKey("cases.id", ondelete="SET NULL"), index=True
    )
    kind: Mapped[str] = mapped_column(String(50), index=True)
    params: Mapped[dict[str, Any]] = mapped_column(default=dict)
    result: Mapped[dict[str, Any]] = mapped_column(default=dict)
    version: Mapped[str] = mapped_column(String(50))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime(timezone=True), default=utcnow)


class PaxAgreementRow(Base):
    """One agreement of the PA-X dataset (release-independent: keyed by PA-X ``AgtId``)."""

    __tablename__ = "pax_agreements"

    id: Mapped[int] = mapped_column(primary_key=True)
    agt_id: Mapped[int] = mapped_column(Integer, unique=True)
    version: Mapped[int | None] = mapped_column(Integer)
    name: Mapped[str] = mapped_column(Text)
    date: Mapped[dt.date | None] = mapped_column(Date, index=True)
    country: Mapped[str | None] = mapped_column(String(500))
    region: Mapped[str | None] = mapped_column(String(200))
    process: Mapped[str | None] = mapped_column(String(500))
    stage: Mapped[str | None] = mapped_column(String(20), index=True)
    stage_sub: Mapped[str | None] = mapped_column(String(20))
    agreement_type: Mapped[str | None] = mapped_column(String(50))
    status: Mapped[str | None] = mapped_column(String(200))
    loc1: Mapped[str | None] = mapped_column(String(3))
    loc2: Mapped[str | None] = mapped_column(String(3))
    description: Mapped[str] = mapped_column(Text, default="")

    codes: Mapped[list[PaxCodeRow]] = relationship(cascade="all, delete-orphan")


class PaxCodeRow(Base):
    """A PA-X category an agreement addresses (value 1-3; zeros are not stored)."""

    __tablename__ = "pax_codes"
    __table_args__ = (Index("ix_pax_codes_code", "code", "value"),)

    agreement_id: Mapped[int] = mapped_column(
        ForeignKey("pax_agreements.id", ondelete="CASCADE"), primary_key=True
    )
    code: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[int] = mapped_column(Integer)
