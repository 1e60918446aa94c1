"""Store fixtures: every ``url`` / ``store`` test runs on SQLite and, when
``ACCORD_TEST_PG_URL`` names a PostgreSQL server, on a fresh PostgreSQL database too."""

from __future__ import annotations

import os
import uuid
from contextlib import contextmanager

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from accord.model import Document, Evidence
from accord.store import Store
from accord.store.database import resolve_url
from accord.store.schema import Base

from .helpers import EXTRACT_MODULE, document, fake_extract, provision

PG_URL = os.environ.get("ACCORD_TEST_PG_URL")


@contextmanager
def pg_schema():
    """A fresh PostgreSQL schema (faster than a database), chosen through the search path."""
    name = f"accord_t_{uuid.uuid4().hex[:12]}"
    base = make_url(resolve_url(PG_URL))
    admin = create_engine(base, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.execute(text(f'CREATE SCHEMA "{name}"'))
    try:
        url = base.update_query_dict({"options": f"-csearch_path={name}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP SCHEMA IF EXISTS "{name}" CASCADE'))
        admin.dispose()


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def url(request, tmp_path):
    """An empty database: an SQLite file, or a new PostgreSQL schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    if not PG_URL:
        pytest.skip("ACCORD_TEST_PG_URL is not set")
    with pg_schema() as url:
        yield url


@pytest.fixture(scope="session")
def pg_migrated():
    """One migrated PostgreSQL schema per test process; :func:`store` empties it per test."""
    if not PG_URL:
        pytest.skip("ACCORD_TEST_PG_URL is not set")
    with pg_schema() as url:
        Store(url).close()
        yield url


@pytest.fixture(params=BACKENDS)
def store(request, tmp_path):
    """An open, empty store."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path / 'store.db'}"
    else:
        url = request.getfixturevalue("pg_migrated")
        engine = create_engine(resolve_url(url))
        with engine.begin() as conn:
            for table in reversed(Base.metadata.sorted_tables):
                conn.execute(table.delete())
        engine.dispose()
    with Store(url) as s:
        yield s


@pytest.fixture
def fake_extractor(monkeypatch):
    """Replace the extractor (in this process and in forked workers) by the line-based fake."""
    monkeypatch.setattr(EXTRACT_MODULE, "extract", fake_extract, raising=False)
    return fake_extract


@pytest.fixture
def memo() -> Document:
    """Two parties, three provisions, one fact."""
    text = (
        "Russia demands that Ukraine stay neutral. Ukraine seeks NATO membership. "
        "Both sides want a full withdrawal of forces."
    )
    from accord.model import Fact

    doc = document(
        text,
        provision("RUS", "alignment.neutrality", "support", 0, 41, text=text[0:41], subject="UKR"),
        provision("UKR", "alignment.alliance_membership", "support", 42, 72, text=text[42:72]),
        provision("UKR", "forces.withdrawal", "support", 73, 117, text=text[73:117]),
        title="Memorandum",
        round="2",
        author="RUS",
    )
    doc.facts.append(
        Fact(kind="venue", text="Istanbul", evidence=Evidence(start=0, end=6, text="Russia"))
    )
    return doc
