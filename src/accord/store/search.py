"""Searching the corpus: provisions of the user's documents and PA-X agreements, side by side.

Filters combine with AND. ``issue`` is a codebook code or a group (``ceasefire``); on PA-X
agreements it means the issue's PA-X categories (the codebook's ``pax`` mapping), and
``category`` (a PA-X code) means, on provisions, the issues mapped to it. ``party`` is a
provision's holder, or an agreement's country (ISO alpha-3). ``country`` and ``stage`` exist
only on agreements. ``text`` is a full-text query answered by the database's own engine
(SQLite FTS5 with the Porter stemmer, PostgreSQL ``websearch_to_tsquery('english', ...)``):
words must all occur, in any inflection; ``"quoted words"`` form a phrase.

>>> fts5_query('withdrawal "security guarantees" NATO')
'"withdrawal" "security guarantees" "NATO"'
"""

from __future__ import annotations

import datetime as dt
import re
from typing import TYPE_CHECKING, Any

from sqlalchemy import ColumnElement, or_, select, text
from sqlalchemy.orm import selectinload

from accord.codebook import load_codebook
from accord.store.records import AgreementHit, DocumentHit, ProvisionHit, SearchResult
from accord.store.schema import DocumentRow, PaxAgreementRow, ProvisionRow

if TYPE_CHECKING:
    from accord.store.store import Store


def fts5_query(words: str) -> str:
    """An FTS5 query in which every word or quoted phrase must occur (no operators)."""
    parts = []
    for phrase, word in re.findall(r'"([^"]*)"|(\S+)', words):
        tokens = re.findall(r"\w+", phrase or word)
        if tokens:
            parts.append('"' + " ".join(tokens) + '"')
    return " ".join(parts)


def _fts(store: Store, table: str, id_column: Any, words: str) -> ColumnElement[bool]:
    if store.dialect == "sqlite":
        sub = text(f"SELECT rowid FROM {table}_fts WHERE {table}_fts MATCH :q").bindparams(
            q=fts5_query(words) or '""'
        )
        return id_column.in_(sub)
    return text(f"{table}.tsv @@ websearch_to_tsquery('english', :q)").bindparams(q=words)


def _issue_codes(issue: str) -> list[str]:
    cb = load_codebook()
    if issue in cb:
        return [issue]
    return [c for c in cb.codes if c.split(".", 1)[0] == issue] or [issue]


def _pax_of(issues: list[str]) -> set[str]:
    cb = load_codebook()
    return {code for i in issues if i in cb for code in cb.issue(i).pax}


def _alpha3(country: str) -> str | None:
    import pycountry

    try:
        return pycountry.countries.lookup(country.strip()).alpha_3
    except LookupError:
        return None


def search(
    store: Store,
    *,
    issue: str | None = None,
    party: str | None = None,
    text: str | None = None,
    since: dt.date | None = None,
    until: dt.date | None = None,
    category: str | None = None,
    country: str | None = None,
    stage: str | None = None,
    limit: int = 100,
    agreements: bool = True,
) -> SearchResult:
    """Provisions (with evidence) and PA-X agreements that match every filter given.

    Deleted provisions are never returned; corrected ones are found by their corrected values.
    """
    result = SearchResult()
    with store.session("search failed") as s:
        if country is None and stage is None:
            q = (
                select(ProvisionRow, DocumentRow)
                .join(DocumentRow, ProvisionRow.document_id == DocumentRow.id)
                .where(ProvisionRow.status != "deleted")
            )
            if issue:
                q = q.where(ProvisionRow.issue.in_(_issue_codes(issue)))
            if category:
                cb = load_codebook()
                mapped = [i.code for i in cb.issues if category in i.pax]
                q = q.where(ProvisionRow.issue.in_(mapped))
            if party:
                q = q.where(ProvisionRow.holder == party.strip().upper())
            if since:
                q = q.where(DocumentRow.date >= since)
            if until:
                q = q.where(DocumentRow.date <= until)
            if text:
                q = q.where(_fts(store, "provisions", ProvisionRow.id, text))
            q = q.order_by(
                DocumentRow.date.desc().nulls_last(), DocumentRow.id, ProvisionRow.seq
            ).limit(limit)
            from accord.store.store import _provision

            for prow, drow in s.execute(q):
                result.provisions.append(
                    ProvisionHit(
                        document_id=drow.id,
                        document=drow.name,
                        title=drow.title,
                        date=drow.date,
                        round=drow.round,
                        provision=_provision(prow),
                    )
                )
        if not agreements:
            return result
        a = select(PaxAgreementRow).options(selectinload(PaxAgreementRow.codes))
        codes: set[str] = set()
        if issue:
            codes = _pax_of(_issue_codes(issue))
            if not codes:
                return result
        if category:
            codes = {category} if not codes or category in codes else set()
            if not codes:
                return result
        if codes:
            from accord.store.schema import PaxCodeRow

            a = a.where(
                PaxAgreementRow.id.in_(
                    select(PaxCodeRow.agreement_id).where(
                        PaxCodeRow.code.in_(sorted(codes)), PaxCodeRow.value >= 1
                    )
                )
            )
        for place in (party, country):
            if place:
                iso = _alpha3(place) or place.strip().upper()
                a = a.where(
                    or_(
                        PaxAgreementRow.loc1 == iso,
                        PaxAgreementRow.loc2 == iso,
                        PaxAgreementRow.country.ilike(f"%{place.strip()}%"),
                    )
                )
        if stage:
            a = a.where(PaxAgreementRow.stage.ilike(stage.strip()))
        if since:
            a = a.where(PaxAgreementRow.date >= since)
        if until:
            a = a.where(PaxAgreementRow.date <= until)
        if text:
            a = a.where(_fts(store, "pax_agreements", PaxAgreementRow.id, text))
        a = a.order_by(PaxAgreementRow.date.desc().nulls_last(), PaxAgreementRow.agt_id)
        for row in s.scalars(a.limit(limit)):
            result.agreements.append(
                AgreementHit(
                    agt_id=row.agt_id,
                    name=row.name,
                    date=row.date,
                    country=row.country,
                    stage=row.stage,
                    codes={c.code: c.value for c in sorted(row.codes, key=lambda c: c.code)},
                    description=row.description,
                )
            )
    return result


def search_documents(store: Store, words: str, limit: int = 20) -> list[DocumentHit]:
    """Documents whose title or text contains ``words``, best match first, with a snippet."""
    if store.dialect == "sqlite":
        query = fts5_query(words)
        if not query:
            return []
        sql = text(
            "SELECT d.id, d.name, d.title, d.date, "
            "snippet(documents_fts, 1, '[', ']', '…', 16) AS snippet "
            "FROM documents_fts JOIN documents d ON d.id = documents_fts.rowid "
            "WHERE documents_fts MATCH :q ORDER BY documents_fts.rank LIMIT :n"
        ).bindparams(q=query, n=limit)
    else:
        sql = text(
            "SELECT d.id, d.name, d.title, d.date, ts_headline('english', d.text, q, "
            "'StartSel=[,StopSel=],MaxWords=24,MinWords=10') AS snippet "
            "FROM documents d, websearch_to_tsquery('english', :q) q "
            "WHERE d.tsv @@ q ORDER BY ts_rank(d.tsv, q) DESC, d.id LIMIT :n"
        ).bindparams(q=words, n=limit)
    with store.session("search failed") as s:
        return [
            DocumentHit(
                id=r.id,
                name=r.name,
                title=r.title,
                date=r.date
                if r.date is None or isinstance(r.date, dt.date)
                else dt.date.fromisoformat(str(r.date)),
                snippet=" ".join((r.snippet or "").split()),
            )
            for r in s.execute(sql)
        ]


__all__ = ["fts5_query", "search", "search_documents"]
