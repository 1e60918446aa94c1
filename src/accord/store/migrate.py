"""Applying the packaged Alembic migrations: a store is upgraded to the newest revision on open.

>>> from sqlalchemy import create_engine
>>> engine = create_engine("sqlite://")
>>> migrate(engine, "sqlite://")
'0002'
>>> current_revision(engine)
'0002'
"""

from __future__ import annotations

from importlib import resources

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from accord.errors import StoreError


def _config() -> Config:
    cfg = Config()
    location = resources.files("accord.store").joinpath("migrations")
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    """The newest revision the packaged migrations know."""
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(engine: Engine) -> str | None:
    """The revision the database is at (None for an empty database)."""
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine, shown: str, revision: str = "head") -> str:
    """Upgrade the database to ``revision`` (default: newest) and return the revision reached.

    Raises :class:`StoreError` (naming ``shown``) for a database that is not accord's, or that
    a newer accord has migrated past what this one knows.
    """
    cfg = _config()
    script = ScriptDirectory.from_config(cfg)
    target = script.get_current_head() if revision == "head" else revision
    known = {rev.revision for rev in script.walk_revisions()}
    with engine.begin() as conn:
        current = MigrationContext.configure(conn).get_current_revision()
        if current == target:
            return current
        if current is None and inspect(conn).has_table("documents"):
            raise StoreError(shown, "not an accord database (tables without a revision)")
        if current is not None and current not in known:
            raise StoreError(
                shown, f"database is at revision {current}, newer than this accord knows"
            )
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, target)
    return target


__all__ = ["current_revision", "head_revision", "migrate"]
