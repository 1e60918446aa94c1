"""The store: documents, provisions, facts, reviewers' corrections, cases and runs in a database.

>>> from accord.model import Document, DocumentMeta, Evidence, Provision
>>> doc = Document(meta=DocumentMeta(name="memo.txt"), text="Russia demands neutrality.",
...     provisions=[Provision(holder="RUS", issue="alignment.neutrality", stance="support",
...     subject="UKR", modality="demand", evidence=Evidence(start=0, end=26))])
>>> with Store("sqlite://") as store:
...     doc_id, added = store.add(doc)
...     again = store.add(doc)
...     pid = store.document(doc_id).provisions[0].id
...     _ = store.correct(pid, {"modality": "offer"}, reviewer="ana")
...     stored = store.document(doc_id)
>>> added, again[1]
(True, False)
>>> stored.provisions[0].modality, stored.provisions[0].status, stored.provisions[0].reviewer
('offer', 'corrected', 'ana')
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from typing import Any, Literal

from pydantic import BaseModel, ValidationError
from sqlalchemy import Engine, func, select
from sqlalchemy.exc import IntegrityError, SQLAlchemyError
from sqlalchemy.orm import Session, selectinload, sessionmaker

from accord.errors import AccordError, CodebookError, StoreError
from accord.model import Case, Document, DocumentMeta, Evidence, Fact, Provision
from accord.store.database import display_url, make_engine, resolve_url
from accord.store.migrate import migrate
from accord.store.records import (
    DocumentHit,
    IngestSummary,
    SearchResult,
    StoredDocument,
    StoredProvision,
)
from accord.store.schema import (
    CaseRow,
    CorrectionRow,
    DocumentRow,
    FactRow,
    PaxAgreementRow,
    ProvisionRow,
    RunRow,
    utcnow,
)

Outcome = Literal["added", "unchanged", "updated"]
EDITABLE = ("holder", "issue", "stance", "subject", "objects", "modality", "conditions", "evidence")


def content_hash(doc: Document) -> str:
    """The SHA-256 of the document's text (UTF-8): its identity in the store."""
    return doc.meta.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()


def provision_key(p: Provision) -> str:
    """A key that stays the same when a re-extraction finds the same provision again."""
    ident = [p.holder, p.issue, p.subject, sorted(p.objects), p.evidence.start, p.evidence.end]
    return hashlib.sha1(json.dumps(ident).encode()).hexdigest()[:20]


def _values(p: Provision) -> dict[str, Any]:
    return {
        "holder": p.holder,
        "issue": p.issue,
        "stance": p.stance,
        "subject": p.subject,
        "objects": list(p.objects),
        "modality": p.modality,
        "conditions": list(p.conditions),
        "ev_start": p.evidence.start,
        "ev_end": p.evidence.end,
        "ev_text": p.evidence.text,
        "explanation": p.explanation.model_dump() if p.explanation else None,
    }


def _provision_rows(doc: Document) -> list[ProvisionRow]:
    rows = []
    seen: dict[str, int] = {}
    for i, p in enumerate(doc.provisions):
        key = provision_key(p)
        seen[key] = seen.get(key, 0) + 1
        if seen[key] > 1:
            key = f"{key}~{seen[key]}"
        rows.append(ProvisionRow(seq=i, key=key, status="extracted", **_values(p)))
    return rows


def _fact_rows(doc: Document) -> list[FactRow]:
    return [
        FactRow(
            seq=i,
            kind=f.kind,
            text=f.text,
            parties=list(f.parties),
            objects=list(f.objects),
            ev_start=f.evidence.start,
            ev_end=f.evidence.end,
            ev_text=f.evidence.text,
        )
        for i, f in enumerate(doc.facts)
    ]


VALUE_FIELDS = (
    "holder",
    "issue",
    "stance",
    "subject",
    "objects",
    "modality",
    "conditions",
    "ev_start",
    "ev_end",
    "ev_text",
    "explanation",
)


def _row_values(row: ProvisionRow) -> dict[str, Any]:
    return {field: getattr(row, field) for field in VALUE_FIELDS}


def _utc(when: dt.datetime | None) -> dt.datetime | None:
    """SQLite hands back naive datetimes; every time the store writes is UTC."""
    if when is not None and when.tzinfo is None:
        return when.replace(tzinfo=dt.UTC)
    return when


def _provision(row: ProvisionRow) -> StoredProvision:
    return StoredProvision(
        id=row.id,
        status=row.status,  # type: ignore[arg-type]
        reviewer=row.reviewer,
        reviewed_at=_utc(row.reviewed_at),
        holder=row.holder,
        issue=row.issue,
        stance=row.stance,  # type: ignore[arg-type]
        subject=row.subject,
        objects=row.objects,
        modality=row.modality,  # type: ignore[arg-type]
        conditions=row.conditions,
        evidence=Evidence(start=row.ev_start, end=row.ev_end, text=row.ev_text),
        explanation=row.explanation,
    )


def _meta(row: DocumentRow) -> DocumentMeta:
    return DocumentMeta(
        name=row.name,
        title=row.title,
        date=row.date,
        source=row.source,
        round=row.round,
        author=row.author,
        format=row.format,
        sha256=row.sha256,
    )


def _fact(row: FactRow) -> Fact:
    return Fact(
        kind=row.kind,
        text=row.text,
        parties=row.parties,
        objects=row.objects,
        evidence=Evidence(start=row.ev_start, end=row.ev_end, text=row.ev_text),
    )


def _dump(value: Any) -> Any:
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json")
    return json.loads(json.dumps(value, default=str))


class Store:
    """A database of documents and what was made of them; SQLite or PostgreSQL.

    Parameters
    ----------
    url
        A SQLAlchemy URL (``sqlite:///path``, ``postgresql://user:pw@host/db``) or a file path;
        None means ``$ACCORD_DB`` or the per-user default file. The database is created if
        missing and upgraded to the newest schema if older.

    Raises
    ------
    StoreError
        The database cannot be opened or migrated; the message names it.
    """

    def __init__(self, url: str | None = None) -> None:
        self.url = resolve_url(url)
        self.name = display_url(self.url)
        self.engine: Engine = make_engine(self.url)
        with self._errors("cannot open"):
            migrate(self.engine, self.name)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    # -- plumbing ---------------------------------------------------------------------------

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __repr__(self) -> str:
        return f"Store({self.name!r})"

    def close(self) -> None:
        """Release the database connections."""
        self.engine.dispose()

    @property
    def dialect(self) -> str:
        """``sqlite`` or ``postgresql``."""
        return self.engine.dialect.name

    @contextmanager
    def _errors(self, doing: str) -> Iterator[None]:
        try:
            yield
        except AccordError:
            raise
        except SQLAlchemyError as exc:
            detail = str(getattr(exc, "orig", None) or exc).strip().splitlines()
            problem = detail[0] if detail else type(exc).__name__
            raise StoreError(self.name, f"{doing}: {problem}") from None
        except OSError as exc:
            raise StoreError(self.name, f"{doing}: {exc.strerror or exc}") from None

    @contextmanager
    def session(self, doing: str = "database error") -> Iterator[Session]:
        """A session in one transaction: committed on success, rolled back on any error."""
        with self._errors(doing), self._sessions() as s, s.begin():
            yield s

    def fail(self, problem: str) -> StoreError:
        """A :class:`StoreError` naming this database."""
        return StoreError(self.name, problem)

    # -- documents --------------------------------------------------------------------------

    def add(self, doc: Document, *, reextract: bool = False) -> tuple[int, bool]:
        """Store ``doc`` with its provisions and facts; ``(id, added)``.

        The same text (by SHA-256) is stored once: adding it again returns its id and False.
        With ``reextract`` the stored provisions are replaced by ``doc``'s, except those a
        reviewer touched (their corrections survive) and those a reviewer added.
        """
        doc_id, outcome = self.put(doc, reextract=reextract)
        return doc_id, outcome == "added"

    def put(self, doc: Document, *, reextract: bool = False) -> tuple[int, Outcome]:
        """Like :meth:`add`, returning ``added``, ``unchanged`` or ``updated``; one transaction."""
        sha = content_hash(doc)
        with self._errors(f"cannot store {doc.meta.name}"):
            try:
                with self._sessions() as s, s.begin():
                    row = s.scalar(select(DocumentRow).where(DocumentRow.sha256 == sha))
                    if row is not None:
                        if not reextract:
                            return row.id, "unchanged"
                        self._reextract(s, row, doc)
                        return row.id, "updated"
                    row = self._new_row(doc, sha)
                    s.add(row)
                    s.flush()
                    return row.id, "added"
            except IntegrityError:
                # Another writer stored the same text between our check and our insert.
                with self._sessions() as s:
                    found = s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha))
                if found is None:
                    raise
                return found, "unchanged"

    def put_many(self, docs: list[Document]) -> list[tuple[int, Outcome]]:
        """Store new documents in one transaction (texts already stored are ``unchanged``).

        All or nothing: an interruption leaves none of the batch, never part of a document.
        Falls back to :meth:`put` one by one if another writer races on the same text.
        """
        shas = [content_hash(d) for d in docs]
        with self._errors(f"cannot store {len(docs)} documents"):
            try:
                with self._sessions() as s, s.begin():
                    found = s.execute(
                        select(DocumentRow.sha256, DocumentRow.id).where(
                            DocumentRow.sha256.in_(set(shas))
                        )
                    )
                    known = {sha: doc_id for sha, doc_id in found}
                    rows: dict[str, DocumentRow] = {}
                    for doc, sha in zip(docs, shas, strict=True):
                        if sha not in known and sha not in rows:
                            rows[sha] = self._new_row(doc, sha)
                    s.add_all(rows.values())
                    s.flush()
                    out: list[tuple[int, Outcome]] = []
                    seen: set[str] = set()
                    for sha in shas:
                        if sha in rows and sha not in seen:
                            out.append((rows[sha].id, "added"))
                            seen.add(sha)
                        else:
                            out.append((known.get(sha) or rows[sha].id, "unchanged"))
                    return out
            except IntegrityError:
                return [self.put(d) for d in docs]

    def _new_row(self, doc: Document, sha: str) -> DocumentRow:
        m = doc.meta
        row = DocumentRow(
            sha256=sha,
            name=m.name,
            title=m.title,
            date=m.date,
            source=m.source,
            round=m.round,
            author=m.author,
            format=m.format,
            text=doc.text,
        )
        row.provisions = _provision_rows(doc)
        row.facts = _fact_rows(doc)
        return row

    def _reextract(self, s: Session, row: DocumentRow, doc: Document) -> None:
        old = {p.key: p for p in row.provisions}
        kept: set[str] = set()
        for p in _provision_rows(doc):
            prev = old.get(p.key)
            if prev is None:
                p.document_id = row.id
                s.add(p)
                continue
            kept.add(p.key)
            prev.seq = p.seq
            values = _row_values(p)
            if prev.status == "extracted":
                for field, value in values.items():
                    setattr(prev, field, value)
            else:  # reviewed: keep the reviewer's values, remember the extractor's
                prev.extracted = values
        for key, prev in old.items():
            if key not in kept and prev.status == "extracted":
                row.provisions.remove(prev)
        row.facts = _fact_rows(doc)
        row.extracted_at = utcnow()
        m = doc.meta
        for field in ("title", "date", "source", "round", "author"):
            if getattr(m, field) is not None:
                setattr(row, field, getattr(m, field))

    def has(self, sha256: str) -> bool:
        """Whether a document with this content hash is stored."""
        with self.session() as s:
            return s.scalar(select(DocumentRow.id).where(DocumentRow.sha256 == sha256)) is not None

    def hashes(self) -> set[str]:
        """The content hashes of every stored document."""
        with self.session() as s:
            return set(s.scalars(select(DocumentRow.sha256)))

    def _stored(self, row: DocumentRow, include_deleted: bool = False) -> StoredDocument:
        return StoredDocument(
            id=row.id,
            added_at=_utc(row.added_at),
            meta=_meta(row),
            text=row.text,
            provisions=[
                _provision(p) for p in row.provisions if include_deleted or p.status != "deleted"
            ],
            facts=[_fact(f) for f in row.facts],
        )

    def _query(self) -> Any:
        return select(DocumentRow).options(
            selectinload(DocumentRow.provisions), selectinload(DocumentRow.facts)
        )

    def document(self, document_id: int, *, include_deleted: bool = False) -> StoredDocument:
        """The document with this id, its provisions (deleted ones only if asked) and facts."""
        with self.session() as s:
            row = s.scalar(self._query().where(DocumentRow.id == document_id))
            if row is None:
                raise self.fail(f"no document {document_id}")
            return self._stored(row, include_deleted)

    def documents(
        self,
        limit: int | None = 50,
        offset: int = 0,
        *,
        party: str | None = None,
        since: dt.date | None = None,
        include_deleted: bool = False,
    ) -> list[StoredDocument]:
        """Stored documents, newest first (by date, then by id); ``party`` keeps its authors."""
        q = self._query().order_by(DocumentRow.date.desc().nulls_last(), DocumentRow.id.desc())
        if party:
            holders = select(ProvisionRow.document_id).where(ProvisionRow.holder == party.upper())
            q = q.where((DocumentRow.author == party.upper()) | DocumentRow.id.in_(holders))
        if since:
            q = q.where(DocumentRow.date >= since)
        with self.session() as s:
            rows = s.scalars(q.offset(offset).limit(limit)).all()
            return [self._stored(r, include_deleted) for r in rows]

    def count(self) -> int:
        """The number of stored documents."""
        with self.session() as s:
            return s.scalar(select(func.count(DocumentRow.id))) or 0

    def delete_document(self, document_id: int) -> None:
        """Remove a document with its provisions, facts and corrections."""
        with self.session(f"cannot delete document {document_id}") as s:
            row = s.get(DocumentRow, document_id)
            if row is None:
                raise self.fail(f"no document {document_id}")
            s.delete(row)

    # -- review -----------------------------------------------------------------------------

    def _review(
        self,
        provision_id: int,
        reviewer: str,
        action: str,
        apply: Callable[[ProvisionRow], dict[str, Any]],
    ) -> StoredProvision:
        if not reviewer or not reviewer.strip():
            raise self.fail(f"{action} of provision {provision_id} needs a reviewer name")
        with self.session(f"cannot {action} provision {provision_id}") as s:
            row = s.get(ProvisionRow, provision_id)
            if row is None:
                raise self.fail(f"no provision {provision_id}")
            changes = apply(row)
            now = utcnow()
            row.reviewer, row.reviewed_at = reviewer.strip(), now
            s.add(
                CorrectionRow(
                    document_id=row.document_id,
                    provision_id=row.id,
                    provision_key=row.key,
                    action=action,
                    changes=_dump(changes),
                    reviewer=reviewer.strip(),
                    at=now,
                )
            )
            s.flush()
            return _provision(row)

    def confirm(self, provision_id: int, reviewer: str) -> StoredProvision:
        """Mark a provision as right (a deleted one is restored)."""

        def apply(row: ProvisionRow) -> dict[str, Any]:
            if row.status == "deleted":
                row.status = "added" if row.key.startswith("added-") else "corrected"
                row.status = "confirmed" if row.extracted is None else row.status
            elif row.status == "extracted":
                row.status = "confirmed"
            return {}

        return self._review(provision_id, reviewer, "confirm", apply)

    def _checked(self, provision: Provision, where: str) -> Provision:
        from accord.codebook import load_codebook

        try:
            load_codebook().issue(provision.issue)
        except CodebookError:
            raise self.fail(f"{where}: unknown issue {provision.issue!r}") from None
        return provision

    def correct(self, provision_id: int, changes: dict[str, Any], reviewer: str) -> StoredProvision:
        """Change some fields of a provision (``holder``, ``issue``, ``stance``, ``subject``,
        ``objects``, ``modality``, ``conditions``, ``evidence``); the change is logged."""
        where = f"correction of provision {provision_id}"
        unknown = sorted(set(changes) - set(EDITABLE))
        if unknown:
            raise self.fail(f"{where}: cannot change {', '.join(unknown)}")

        def apply(row: ProvisionRow) -> dict[str, Any]:
            current = _provision(row).plain().model_dump()
            merged = {**current, **changes}
            try:
                new = Provision.model_validate(merged)
            except ValidationError as exc:
                err = exc.errors()[0]
                loc = ".".join(str(x) for x in err["loc"])
                raise self.fail(f"{where}: {loc}: {err['msg']}") from None
            self._checked(new, where)
            if row.status == "extracted" and row.extracted is None:
                row.extracted = _row_values(row)
            values = _values(new)
            values["explanation"] = row.explanation
            for field, value in values.items():
                setattr(row, field, value)
            if row.status != "added":
                row.status = "corrected"
            return {k: new.model_dump(mode="json")[k] for k in changes}

        return self._review(provision_id, reviewer, "correct", apply)

    def delete_provision(self, provision_id: int, reviewer: str) -> StoredProvision:
        """Mark a provision as wrong: hidden from documents, search and gold, but kept."""

        def apply(row: ProvisionRow) -> dict[str, Any]:
            row.status = "deleted"
            return {}

        return self._review(provision_id, reviewer, "delete", apply)

    def add_provision(
        self, document_id: int, provision: Provision, reviewer: str
    ) -> StoredProvision:
        """Add a provision the extractor missed; it survives every re-extraction."""
        where = f"provision added to document {document_id}"
        if not reviewer or not reviewer.strip():
            raise self.fail(f"{where} needs a reviewer name")
        self._checked(provision, where)
        with self.session(f"cannot add provision to document {document_id}") as s:
            doc = s.get(DocumentRow, document_id)
            if doc is None:
                raise self.fail(f"no document {document_id}")
            if provision.evidence.end > len(doc.text):
                raise self.fail(f"{where}: evidence ends after the text ({len(doc.text)} chars)")
            seq = s.scalar(
                select(func.coalesce(func.max(ProvisionRow.seq), -1)).where(
                    ProvisionRow.document_id == document_id
                )
            )
            now = utcnow()
            row = ProvisionRow(
                document_id=document_id,
                seq=int(seq) + 1,
                key="added-"
                + hashlib.sha1(f"{document_id}{now.isoformat()}".encode()).hexdigest()[:14],
                status="added",
                reviewer=reviewer.strip(),
                reviewed_at=now,
                **_values(provision),
            )
            s.add(row)
            s.flush()
            s.add(
                CorrectionRow(
                    document_id=document_id,
                    provision_id=row.id,
                    provision_key=row.key,
                    action="add",
                    changes=_dump(provision),
                    reviewer=reviewer.strip(),
                    at=now,
                )
            )
            return _provision(row)

    def corrections(self, document_id: int | None = None) -> list[dict[str, Any]]:
        """The reviewers' log, oldest first: action, provision, changes, reviewer and time."""
        q = select(CorrectionRow).order_by(CorrectionRow.at, CorrectionRow.id)
        if document_id is not None:
            q = q.where(CorrectionRow.document_id == document_id)
        with self.session() as s:
            return [
                {
                    "id": c.id,
                    "document_id": c.document_id,
                    "provision_id": c.provision_id,
                    "action": c.action,
                    "changes": c.changes,
                    "reviewer": c.reviewer,
                    "at": _utc(c.at),
                }
                for c in s.scalars(q)
            ]

    def reviewed_documents(self) -> list[Document]:
        """Documents a person reviewed, with the corrections applied: usable as gold."""
        reviewed = select(CorrectionRow.document_id).distinct()
        with self.session() as s:
            rows = s.scalars(
                self._query().where(DocumentRow.id.in_(reviewed)).order_by(DocumentRow.id)
            )
            return [self._stored(r).plain() for r in rows]

    def iter_documents(self, batch: int = 200) -> Iterator[StoredDocument]:
        """Every stored document (live provisions only), in id order, a batch at a time."""
        last = 0
        while True:
            with self.session() as s:
                rows = s.scalars(
                    self._query().where(DocumentRow.id > last).order_by(DocumentRow.id).limit(batch)
                ).all()
                docs = [self._stored(r) for r in rows]
            if not docs:
                return
            yield from docs
            last = docs[-1].id

    # -- corpus-wide --------------------------------------------------------------------------

    def ingest(
        self,
        paths: Iterable[str],
        workers: int | None = None,
        progress: Callable[[int, int], None] | None = None,
        *,
        reextract: bool = False,
        engine: str = "local",
    ) -> IngestSummary:
        """Read, extract and store every file under ``paths`` (see :mod:`accord.store.ingest`)."""
        from accord.store.ingest import ingest

        return ingest(
            self, paths, workers=workers, progress=progress, reextract=reextract, engine=engine
        )

    def search(self, **filters: Any) -> SearchResult:
        """Provisions and PA-X agreements matching filters (:func:`accord.store.search.search`)."""
        from accord.store.search import search

        return search(self, **filters)

    def search_documents(self, text: str, limit: int = 20) -> list[DocumentHit]:
        """Documents matching a full-text query, best first, with a snippet."""
        from accord.store.search import search_documents

        return search_documents(self, text, limit)

    def timeline(self, party: str | None = None, issue: str | None = None) -> Any:
        """Each party's stance per issue across rounds, and what changed between rounds."""
        from accord.timeline import build_timeline

        return build_timeline([d.plain() for d in self.iter_documents()], party=party, issue=issue)

    def stats(self) -> dict[str, Any]:
        """Counts of what is stored."""
        live = ProvisionRow.status != "deleted"
        with self.session() as s:

            def n(q: Any) -> int:
                return int(s.scalar(q) or 0)

            return {
                "documents": n(select(func.count(DocumentRow.id))),
                "provisions": n(select(func.count(ProvisionRow.id)).where(live)),
                "facts": n(select(func.count(FactRow.id))),
                "parties": n(select(func.count(ProvisionRow.holder.distinct())).where(live)),
                "issues": n(select(func.count(ProvisionRow.issue.distinct())).where(live)),
                "reviewed_documents": n(select(func.count(CorrectionRow.document_id.distinct()))),
                "corrections": n(select(func.count(CorrectionRow.id))),
                "cases": n(select(func.count(CaseRow.id))),
                "runs": n(select(func.count(RunRow.id))),
                "pax_agreements": n(select(func.count(PaxAgreementRow.id))),
                "database": self.name,
            }

    # -- cases and runs -----------------------------------------------------------------------

    def save_case(self, case: Case, document_ids: Iterable[int] = ()) -> int:
        """Store a case (a new version each time) and return its id."""
        with self.session(f"cannot save case {case.name!r}") as s:
            row = CaseRow(name=case.name, data=_dump(case), document_ids=list(document_ids))
            s.add(row)
            s.flush()
            return row.id

    def case(self, case_id: int | str) -> Case:
        """The case with this id, or the newest case with this name."""
        with self.session() as s:
            if isinstance(case_id, int):
                row = s.get(CaseRow, case_id)
            else:
                row = s.scalar(
                    select(CaseRow).where(CaseRow.name == case_id).order_by(CaseRow.id.desc())
                )
            if row is None:
                raise self.fail(f"no case {case_id!r}")
            return Case.model_validate(row.data)

    def cases(self) -> list[dict[str, Any]]:
        """Stored cases, newest first: id, name, creation time."""
        with self.session() as s:
            rows = s.execute(
                select(CaseRow.id, CaseRow.name, CaseRow.created_at).order_by(CaseRow.id.desc())
            )
            return [{"id": r.id, "name": r.name, "created_at": _utc(r.created_at)} for r in rows]

    def save_run(
        self,
        kind: str,
        result: Any,
        params: dict[str, Any] | None = None,
        case_id: int | None = None,
    ) -> int:
        """Store an analysis run (``kind``: bargain, forecast, simulate ...) and return its id."""
        from accord import __version__

        with self.session(f"cannot save {kind} run") as s:
            if case_id is not None and s.get(CaseRow, case_id) is None:
                raise self.fail(f"no case {case_id}")
            data = _dump(result)
            row = RunRow(
                kind=kind,
                case_id=case_id,
                params=_dump(params or {}),
                result=data if isinstance(data, dict) else {"value": data},
                version=__version__,
            )
            s.add(row)
            s.flush()
            return row.id

    def runs(self, kind: str | None = None, case_id: int | None = None) -> list[dict[str, Any]]:
        """Stored runs, newest first, with their parameters and results."""
        q = select(RunRow).order_by(RunRow.id.desc())
        if kind:
            q = q.where(RunRow.kind == kind)
        if case_id is not None:
            q = q.where(RunRow.case_id == case_id)
        with self.session() as s:
            return [
                {
                    "id": r.id,
                    "kind": r.kind,
                    "case_id": r.case_id,
                    "params": r.params,
                    "result": r.result,
                    "version": r.version,
                    "created_at": _utc(r.created_at),
                }
                for r in s.scalars(q)
            ]


__all__ = ["Store", "content_hash", "provision_key"]
