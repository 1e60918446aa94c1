"""Where the store lives: resolving a database URL and opening an engine on it.

The URL is, first to last: the one given (``--db``), the ``ACCORD_DB`` environment variable, or
``accord.db`` in the per-user data folder (``$XDG_DATA_HOME/accord`` on Linux, via platformdirs).
A plain path names an SQLite file; ``postgresql://`` URLs use the psycopg 3 driver.

>>> resolve_url("corpus.db").startswith("sqlite:///")
True
>>> resolve_url("postgresql://u:p@host/db")
'postgresql+psycopg://u:p@host/db'
>>> display_url("postgresql+psycopg://u:secret@host/db")
'postgresql+psycopg://u:***@host/db'
"""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError

from accord.errors import StoreError

ENV_VAR = "ACCORD_DB"


def default_path() -> Path:
    """The per-user database file: ``<user data dir>/accord/accord.db``."""
    return platformdirs.user_data_path("accord", appauthor=False) / "accord.db"


def resolve_url(url: str | os.PathLike[str] | None = None) -> str:
    """The SQLAlchemy URL for ``url``, ``$ACCORD_DB`` or the per-user default file."""
    raw = os.fspath(url) if url is not None else os.environ.get(ENV_VAR) or None
    if raw is None:
        return f"sqlite:///{default_path()}"
    if "://" not in raw:
        return f"sqlite:///{Path(raw).expanduser().resolve()}"
    for plain in ("postgresql://", "postgres://"):
        if raw.startswith(plain):
            return "postgresql+psycopg://" + raw[len(plain) :]
    return raw


def display_url(url: str) -> str:
    """``url`` with any password masked, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _sqlite_pragmas(dbapi_conn, _record) -> None:  # type: ignore[no-untyped-def]
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA busy_timeout = 30000")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def make_engine(url: str) -> Engine:
    """An engine on ``url``; for SQLite: parent folder created, WAL mode, foreign keys on."""
    shown = display_url(url)
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise StoreError(shown, "not a database URL or file path") from None
    if parsed.get_backend_name() == "sqlite":
        if parsed.database and parsed.database != ":memory:":
            path = Path(parsed.database)
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise StoreError(
                    shown, f"cannot create folder {path.parent}: {exc.strerror}"
                ) from None
            if path.exists() and not os.access(path, os.R_OK):
                raise StoreError(shown, "file is not readable")
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        return engine
    if parsed.get_backend_name() != "postgresql":
        raise StoreError(
            shown, f"unsupported database {parsed.get_backend_name()!r} (SQLite or PostgreSQL)"
        )
    try:
        return create_engine(url, pool_pre_ping=True)
    except Exception as exc:  # missing driver
        raise StoreError(
            shown, f"cannot open: {exc.__class__.__name__}: {exc}".splitlines()[0]
        ) from None
