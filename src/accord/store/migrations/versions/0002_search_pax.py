"""Full-text search (SQLite FTS5 / PostgreSQL tsvector + GIN) and the PA-X agreement tables.

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-27

Existing rows are indexed as part of the upgrade, so a database from 0001 is searchable at once.
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# (table, FTS columns) indexed by full text.
INDEXED = {
    "provisions": ("ev_text",),
    "documents": ("title", "text"),
    "pax_agreements": ("name", "description"),
}


def _sqlite_fts(table: str, columns: tuple[str, ...]) -> None:
    fts = f"{table}_fts"
    cols = ", ".join(columns)
    new = ", ".join(f"new.{c}" for c in columns)
    old = ", ".join(f"old.{c}" for c in columns)
    op.execute(
        f"CREATE VIRTUAL TABLE {fts} USING fts5({cols}, content='{table}', "
        "content_rowid='id', tokenize='porter unicode61')"
    )
    op.execute(
        f"CREATE TRIGGER {table}_fts_ai AFTER INSERT ON {table} BEGIN "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_fts_ad AFTER DELETE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); END"
    )
    op.execute(
        f"CREATE TRIGGER {table}_fts_au AFTER UPDATE ON {table} BEGIN "
        f"INSERT INTO {fts}({fts}, rowid, {cols}) VALUES ('delete', old.id, {old}); "
        f"INSERT INTO {fts}(rowid, {cols}) VALUES (new.id, {new}); END"
    )
    op.execute(f"INSERT INTO {fts}({fts}) VALUES ('rebuild')")


#: PostgreSQL refuses a tsvector above 1 MB: index the first 200,000 characters of each column.
PG_INDEXED_CHARS = 200_000


def _pg_fts(table: str, columns: tuple[str, ...]) -> None:
    doc = " || ' ' || ".join(f"left(coalesce({c}, ''), {PG_INDEXED_CHARS})" for c in columns)
    op.execute(
        f"ALTER TABLE {table} ADD COLUMN tsv tsvector "
        f"GENERATED ALWAYS AS (to_tsvector('english', {doc})) STORED"
    )
    op.execute(f"CREATE INDEX ix_{table}_tsv ON {table} USING GIN (tsv)")


def upgrade() -> None:
    op.create_table(
        "pax_agreements",
        sa.Column("id", sa.Integer, primary_key=True),
        sa.Column("agt_id", sa.Integer, nullable=False, unique=True),
        sa.Column("version", sa.Integer),
        sa.Column("name", sa.Text, nullable=False),
        sa.Column("date", sa.Date, index=True),
        sa.Column("country", sa.String(500)),
        sa.Column("region", sa.String(200)),
        sa.Column("process", sa.String(500)),
        sa.Column("stage", sa.String(20), index=True),
        sa.Column("stage_sub", sa.String(20)),
        sa.Column("agreement_type", sa.String(50)),
        sa.Column("status", sa.String(200)),
        sa.Column("loc1", sa.String(3)),
        sa.Column("loc2", sa.String(3)),
        sa.Column("description", sa.Text, nullable=False),
    )
    op.create_table(
        "pax_codes",
        sa.Column(
            "agreement_id",
            sa.Integer,
            sa.ForeignKey("pax_agreements.id", ondelete="CASCADE"),
            primary_key=True,
        ),
        sa.Column("code", sa.String(40), primary_key=True),
        sa.Column("value", sa.Integer, nullable=False),
    )
    op.create_index("ix_pax_codes_code", "pax_codes", ["code", "value"])
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table, columns in INDEXED.items():
        (_sqlite_fts if sqlite else _pg_fts)(table, columns)


def downgrade() -> None:
    sqlite = op.get_bind().dialect.name == "sqlite"
    for table in INDEXED:
        if sqlite:
            for suffix in ("ai", "ad", "au"):
                op.execute(f"DROP TRIGGER IF EXISTS {table}_fts_{suffix}")
            op.execute(f"DROP TABLE IF EXISTS {table}_fts")
        else:
            op.execute(f"DROP INDEX IF EXISTS ix_{table}_tsv")
            op.execute(f"ALTER TABLE {table} DROP COLUMN IF EXISTS tsv")
    op.drop_table("pax_codes")
    op.drop_table("pax_agreements")
