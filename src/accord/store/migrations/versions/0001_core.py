"""Core tables: documents, provisions, facts, corrections, cases and runs.

Revision ID: 0001
Revises:
Create Date: 2026-11-27
"""

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None

TZ = sa.DateTime(timezone=True)


def upgrade() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False, unique=True),
        sa.Column("name", sa.String(500), nullable=False),
        sa.Column("title", sa.String(1000)),
        sa.Column("date", sa.Date, index=True),
        sa.Column("source", sa.String(500)),
        sa.Column("round", sa.String(200)),
        sa.Column("author", sa.String(100)),
        sa.Column("format", sa.String(20), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("added_at", TZ, nullable=False),
        sa.Column("extracted_at", TZ, nullable=False),
    )
    op.create_table(
        "provisions",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("key", sa.String(80), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("holder", sa.String(100), nullable=False),
        sa.Column("issue", sa.String(100), nullable=False),
        sa.Column("stance", sa.String(10), nullable=False),
        sa.Column("subject", sa.String(100)),
        sa.Column("objects", sa.JSON, nullable=False),
        sa.Column("modality", sa.String(20), nullable=False),
        sa.Column("conditions", sa.JSON, nullable=False),
        sa.Column("ev_start", sa.Integer, nullable=False),
        sa.Column("ev_end", sa.Integer, nullable=False),
        sa.Column("ev_text", sa.Text, nullable=False),
        sa.Column("explanation", sa.JSON),
        sa.Column("extracted", sa.JSON),
        sa.Column("reviewer", sa.String(200)),
        sa.Column("reviewed_at", TZ),
        sa.UniqueConstraint("document_id", "key"),
    )
    op.create_index("ix_provisions_issue_holder", "provisions", ["issue", "holder"])
    op.create_table(
        "facts",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("seq", sa.Integer, nullable=False),
        sa.Column("kind", sa.String(100), nullable=False),
        sa.Column("text", sa.Text, nullable=False),
        sa.Column("parties", sa.JSON, nullable=False),
        sa.Column("objects", sa.JSON, nullable=False),
        sa.Column("ev_start", sa.Integer, nullable=False),
        sa.Column("ev_end", sa.Integer, nullable=False),
        sa.Column("ev_text", sa.Text, nullable=False),
    )
    op.create_table(
        "corrections",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "document_id",
            sa.Integer,
            sa.ForeignKey("documents.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column(
            "provision_id",
            sa.Integer,
            sa.ForeignKey("provisions.id", ondelete="CASCADE"),
            nullable=False,
            index=True,
        ),
        sa.Column("provision_key", sa.String(80), nullable=False),
        sa.Column("action", sa.String(16), nullable=False),
        sa.Column("changes", sa.JSON, nullable=False),
        sa.Column("reviewer", sa.String(200), nullable=False),
        sa.Column("at", TZ, nullable=False),
    )
    op.create_table(
        "cases",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("name", sa.String(500), nullable=False, index=True),
        sa.Column("data", sa.JSON, nullable=False),
        sa.Column("document_ids", sa.JSON, nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )
    op.create_table(
        "runs",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column(
            "case_id",
            sa.Integer,
            sa.ForeignKey("cases.id", ondelete="SET NULL"),
            index=True,
        ),
        sa.Column("kind", sa.String(50), nullable=False, index=True),
        sa.Column("params", sa.JSON, nullable=False),
        sa.Column("result", sa.JSON, nullable=False),
        sa.Column("version", sa.String(50), nullable=False),
        sa.Column("created_at", TZ, nullable=False),
    )


def downgrade() -> None:
    for table in ("runs", "cases", "corrections", "facts", "provisions", "documents"):
        op.drop_table(table)
