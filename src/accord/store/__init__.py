"""Persistence and ingest: documents, provisions, facts, corrections, cases, runs and PA-X.

:class:`Store` opens (and creates, and upgrades) a database: SQLite by default, PostgreSQL with
the same code. See ``docs/store.md``.
"""

from accord.store.database import default_path, display_url, resolve_url
from accord.store.records import (
    AgreementHit,
    DocumentHit,
    Failure,
    IngestSummary,
    ProvisionHit,
    SearchResult,
    StoredDocument,
    StoredProvision,
)
from accord.store.store import Store, content_hash, provision_key

__all__ = [
    "AgreementHit",
    "DocumentHit",
    "Failure",
    "IngestSummary",
    "ProvisionHit",
    "SearchResult",
    "Store",
    "StoredDocument",
    "StoredProvision",
    "content_hash",
    "default_path",
    "display_url",
    "provision_key",
    "resolve_url",
]
