"""Resolving where the store lives."""

from pathlib import Path

from accord.store.database import default_path, display_url, resolve_url


def test_a_plain_path_becomes_an_absolute_sqlite_url(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert resolve_url("corpus.db") == f"sqlite:///{tmp_path / 'corpus.db'}"


def test_the_environment_variable_is_used_when_no_url_is_given(monkeypatch, tmp_path):
    monkeypatch.setenv("ACCORD_DB", str(tmp_path / "team.db"))
    assert resolve_url(None) == f"sqlite:///{tmp_path / 'team.db'}"
    assert resolve_url("other.db").endswith("/other.db")


def test_the_default_is_accord_db_in_the_xdg_data_home(monkeypatch, tmp_path):
    monkeypatch.delenv("ACCORD_DB", raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))
    assert default_path() == Path(tmp_path / "data" / "accord" / "accord.db")
    assert resolve_url() == f"sqlite:///{tmp_path / 'data' / 'accord' / 'accord.db'}"


def test_postgresql_urls_use_psycopg_3():
    assert resolve_url("postgres://u@h/db") == "postgresql+psycopg://u@h/db"
    assert resolve_url("postgresql+psycopg://u@h/db") == "postgresql+psycopg://u@h/db"


def test_passwords_are_masked_in_messages():
    assert "secret" not in display_url("postgresql+psycopg://u:secret@h/db")


def test_opening_creates_the_folder_of_a_new_sqlite_file(tmp_path):
    from accord.store import Store

    with Store(str(tmp_path / "a" / "b" / "x.db")) as store:
        assert store.stats()["documents"] == 0
    assert (tmp_path / "a" / "b" / "x.db").exists()
