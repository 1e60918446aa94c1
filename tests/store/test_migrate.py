"""Migrations: a database created by an older accord is upgraded when it is opened."""

from __future__ import annotations

import pytest
from sqlalchemy import text

from accord.errors import StoreError
from accord.store import Store
from accord.store.database import make_engine
from accord.store.migrate import current_revision, head_revision, migrate

ROW = """INSERT INTO documents (id, sha256, name, format, text, added_at, extracted_at)
VALUES (1, :sha, 'old.txt', 'text', 'Russia demands the withdrawal of forces.', :t, :t)"""
PROV = """INSERT INTO provisions (document_id, seq, key, status, holder, issue, stance, objects,
modality, conditions, ev_start, ev_end, ev_text)
VALUES (1, 0, 'k1', 'extracted', 'RUS', 'forces.withdrawal', 'support', '[]', 'demand', '[]',
0, 40, 'Russia demands the withdrawal of forces.')"""


def test_a_database_at_the_first_revision_is_upgraded_on_open_and_searchable(url):
    engine = make_engine(url)
    assert migrate(engine, url, "0001") == "0001"
    with engine.begin() as conn:
        conn.execute(text(ROW), {"sha": "a" * 64, "t": "2024-01-01 00:00:00"})
        conn.execute(text(PROV))
    engine.dispose()

    with Store(url) as store:
        assert current_revision(store.engine) == head_revision() == "0002"
        hits = store.search(text="withdraw")  # indexed by the upgrade, stemmed
        assert [h.provision.issue for h in hits.provisions] == ["forces.withdrawal"]
        assert store.stats()["pax_agreements"] == 0
        assert store.document(1).provisions[0].holder == "RUS"


def test_opening_twice_does_not_migrate_again(url):
    Store(url).close()
    with Store(url) as store:
        assert current_revision(store.engine) == "0002"


def test_a_database_from_a_newer_accord_is_refused(url):
    Store(url).close()
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    engine.dispose()
    with pytest.raises(StoreError, match="database is at revision 9999, newer than this accord"):
        Store(url)


def test_a_database_with_foreign_tables_is_not_taken_over(tmp_path):
    url = f"sqlite:///{tmp_path / 'x.db'}"
    engine = make_engine(url)
    with engine.begin() as conn:
        conn.execute(text("CREATE TABLE documents (x INTEGER)"))
    engine.dispose()
    with pytest.raises(StoreError, match="not an accord database"):
        Store(url)
