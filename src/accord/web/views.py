"""What the web pages show, computed from the store: the routes only call these and render.

Each function takes a :class:`accord.store.Store` (or anything with the same methods) and plain
values, and returns plain values or the view types of :mod:`accord.report`.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from accord.codebook import load_codebook
from accord.errors import InputError
from accord.model import Document, DocumentMeta, Evidence, GapTable, Provision
from accord.report.document import DocumentView, document_view
from accord.report.matrix import MatrixView, matrix_view
from accord.report.palette import party_colors
from accord.report.svg import stance_bars, stance_counts, status_bar
from accord.web.errors import WebError

Extractor = Callable[[str, DocumentMeta], Document]


@dataclass(frozen=True)
class DocumentRow:
    """One line of the documents list."""

    id: int
    title: str
    name: str
    date: dt.date | None
    round: str | None
    provisions: int
    parties: list[str]
    reviewed: bool


def document_rows(docs: Iterable[Any]) -> list[DocumentRow]:
    """Summaries of stored documents for lists and pickers."""
    return [
        DocumentRow(
            id=d.id,
            title=d.meta.title or d.meta.name,
            name=d.meta.name,
            date=d.meta.date,
            round=d.meta.round,
            provisions=sum(p.status != "deleted" for p in d.provisions),
            parties=d.parties,
            reviewed=any(p.status != "extracted" for p in d.provisions),
        )
        for d in docs
    ]


def default_extractor(text: str, meta: DocumentMeta) -> Document:
    from accord.extract import extract

    return extract(text, meta)


def ingest_bytes(
    store: Any,
    data: bytes,
    name: str,
    *,
    extractor: Extractor = default_extractor,
    meta: Mapping[str, Any] | None = None,
) -> tuple[int, bool]:
    """Read an upload (text, Markdown, HTML or PDF), extract it and store it: ``(id, added)``.

    ``meta`` overrides what the file says (a pasted text's title, date, round). ``added`` is
    false when the same text was already stored.
    """
    from accord.read import read_bytes

    doc = read_bytes(data, name)
    fields = doc.meta.model_dump()
    fields.update({k: v for k, v in (meta or {}).items() if v not in (None, "")})
    try:
        meta_ = DocumentMeta.model_validate(fields)
    except ValueError as exc:
        raise InputError(name, f"bad document details: {exc.errors()[0]['msg']}") from None
    extracted = extractor(doc.text, meta_)
    return store.add(extracted.model_copy(update={"meta": meta_}))


def parse_date(value: str | None, source: str = "date") -> dt.date | None:
    """``YYYY-MM-DD`` or empty; :class:`InputError` otherwise.

    >>> parse_date("2025-06-02"), parse_date("")
    (datetime.date(2025, 6, 2), None)
    """
    if not value or not value.strip():
        return None
    try:
        return dt.date.fromisoformat(value.strip())
    except ValueError:
        raise InputError(source, f"{value.strip()!r} is not a date (YYYY-MM-DD)") from None


def locate(text: str, quote: str, source: str = "evidence") -> Evidence:
    """The span of ``quote`` in ``text``; whitespace may differ (line breaks, double spaces).

    >>> locate("We ask for a\\n ceasefire now.", "a ceasefire")
    Evidence(start=11, end=23, text='a\\n ceasefire', document=None)
    """
    quote = quote.strip()
    if not quote:
        raise InputError(source, "the evidence is empty: quote the words of the text")
    at = text.find(quote)
    if at >= 0:
        return Evidence(start=at, end=at + len(quote), text=quote)
    pattern = r"\s+".join(re.escape(w) for w in quote.split())
    m = re.search(pattern, text)
    if m is None:
        raise InputError(source, "the quoted words are not in the document's text")
    return Evidence(start=m.start(), end=m.end(), text=m.group(0))


def provision_changes(form: Mapping[str, Any]) -> dict[str, Any]:
    """The provision fields a review form gives (holder, issue, stance, modality, subject, places).

    >>> provision_changes({"holder": " rus ", "issue": "alignment.neutrality",
    ...     "stance": "support", "subject": "", "objects": "UA-43, UA-14"})["objects"]
    ['UA-43', 'UA-14']
    """
    cb = load_codebook()
    out: dict[str, Any] = {}
    holder = str(form.get("holder", "")).strip().upper()
    if not holder:
        raise InputError("provision", "the holder is empty")
    out["holder"] = holder
    issue = str(form.get("issue", "")).strip()
    if issue not in cb:
        raise InputError("provision", f"unknown issue {issue!r}")
    out["issue"] = issue
    stance = str(form.get("stance", "")).strip()
    if stance not in ("support", "oppose"):
        raise InputError("provision", f"stance must be support or oppose, not {stance!r}")
    out["stance"] = stance
    modality = str(form.get("modality", "") or "position").strip()
    if modality not in ("demand", "offer", "commitment", "position"):
        raise InputError("provision", f"unknown modality {modality!r}")
    out["modality"] = modality
    subject = str(form.get("subject", "")).strip().upper()
    out["subject"] = subject or None
    objects = str(form.get("objects", ""))
    out["objects"] = [o.strip().upper() for o in objects.split(",") if o.strip()]
    return out


# -- documents ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class DocumentPage:
    id: int
    title: str
    view: DocumentView
    live: int
    deleted: int
    issues: list[str]


def document_page(store: Any, doc_id: int) -> DocumentPage:
    """A stored document with every provision (deleted ones shown struck) and the issue list."""
    doc = stored_document(store, doc_id)
    keys = [f"p{p.id}" for p in doc.provisions]
    statuses = [p.status for p in doc.provisions]
    shown = doc.model_copy(update={"provisions": list(doc.provisions)})
    view = document_view(shown, keys, statuses)
    deleted = sum(s == "deleted" for s in statuses)
    return DocumentPage(
        id=doc_id,
        title=doc.meta.title or doc.meta.name,
        view=view,
        live=len(statuses) - deleted,
        deleted=deleted,
        issues=load_codebook().codes,
    )


def stored_document(store: Any, doc_id: int, *, include_deleted: bool = True) -> Any:
    """The document ``doc_id`` or a 404."""
    from accord.errors import StoreError

    try:
        return store.document(doc_id, include_deleted=include_deleted)
    except StoreError:
        raise WebError(404, f"no document {doc_id}") from None


def review(
    store: Any, doc_id: int, provision_id: int, action: str, reviewer: str, form: Mapping[str, Any]
) -> Any:
    """Confirm, correct or delete a provision of document ``doc_id`` as ``reviewer``."""
    doc = stored_document(store, doc_id)
    if provision_id not in {p.id for p in doc.provisions}:
        raise WebError(404, f"document {doc_id} has no provision {provision_id}")
    if action == "confirm":
        return store.confirm(provision_id, reviewer)
    if action == "delete":
        return store.delete_provision(provision_id, reviewer)
    if action == "correct":
        return store.correct(provision_id, provision_changes(form), reviewer)
    raise WebError(404, f"no review action {action!r}")


def add_missed(store: Any, doc_id: int, reviewer: str, form: Mapping[str, Any]) -> Any:
    """Add a provision the extractor missed; its evidence is the quoted words of the text."""
    doc = stored_document(store, doc_id)
    fields = provision_changes(form)
    fields["evidence"] = locate(doc.text, str(form.get("quote", "")), doc.meta.name)
    return store.add_provision(doc_id, Provision.model_validate(fields), reviewer)


# -- the gap matrix ----------------------------------------------------------------------------


@dataclass
class GapPage:
    table: GapTable
    matrix: MatrixView
    charts: dict[str, Any]
    selected: list[int]


def gap_page(store: Any, selected: Sequence[int] = ()) -> GapPage:
    """Compare the selected stored documents (all when none is selected).

    Evidence links lead to ``/documents/<id>#p<provision id>``.
    """
    from accord.compare import compare

    wanted = sorted(set(selected))
    if wanted:
        docs = [stored_document(store, i, include_deleted=False) for i in wanted]
    else:
        docs = list(store.iter_documents())
    owner = {p.id: d.id for d in docs for p in d.provisions}
    table = compare(docs)

    def link(p: Provision) -> str | None:
        pid = getattr(p, "id", None)
        return f"/documents/{owner[pid]}#p{pid}" if pid in owner else None

    matrix = matrix_view(table, link)
    charts = {"stances": stance_bars(stance_counts(table)), "status": status_bar(table)}
    return GapPage(table, matrix, charts, wanted)


def report_html(store: Any, selected: Sequence[int] = ()) -> str:
    """The self-contained HTML report (as ``accord report`` writes) of stored documents."""
    from accord.compare import compare
    from accord.report.render import render_report

    wanted = sorted(set(selected))
    if wanted:
        docs = [stored_document(store, i, include_deleted=False) for i in wanted]
    else:
        docs = list(store.iter_documents())
    plain = [d.plain() for d in docs]
    names = ", ".join(d.meta.title or d.meta.name for d in plain[:3])
    more = f" and {len(plain) - 3} more" if len(plain) > 3 else ""
    return render_report(plain, compare(plain), title=f"accord report: {names}{more}")


@dataclass
class PageCache:
    """Finished pages keyed by their inputs and the store's state.

    The state is the app's own write counter (bumped on every write through the app) and the
    store's counts, re-read at most every ``check_every`` seconds (by one thread; the others
    keep using the last counts) so that writes by other processes (``accord ingest``) show
    within that time. A missing page is made once even when many requests ask for it at once.
    A page older than ``max_age`` seconds is still served while one background thread remakes
    it, so that changes the counts cannot see (a re-extraction by another process) show too.
    """

    store: Any
    check_every: float = 2.0
    max_age: float = 30.0
    size: int = 64
    revision: int = 0
    _fingerprint: tuple[Any, ...] = ()
    _checked: float = float("-inf")
    _pages: dict[tuple[Any, ...], tuple[Any, float]] = field(default_factory=dict)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _refreshing: threading.Lock = field(default_factory=threading.Lock)
    _making: dict[tuple[Any, ...], threading.Lock] = field(default_factory=dict)
    _renewing: set[tuple[Any, ...]] = field(default_factory=set)

    def bump(self) -> None:
        """Forget every page: the app changed the store."""
        with self._lock:
            self.revision += 1
            self._pages.clear()

    def refresh_due(self) -> bool:
        """Whether the store's counts should be re-read (see :meth:`refresh`)."""
        return time.monotonic() - self._checked > self.check_every

    def refresh(self) -> None:
        """Re-read the store's counts; forget every page if they changed."""
        if not self._refreshing.acquire(blocking=self._checked == float("-inf")):
            return  # another thread is at it
        try:
            st = self.store.stats()
            fp = (st.get("documents"), st.get("provisions"), st.get("corrections"))
            with self._lock:
                if fp != self._fingerprint:
                    self._fingerprint = fp
                    self._pages.clear()
                self._checked = time.monotonic()
        finally:
            self._refreshing.release()

    def _key(self, key: tuple[Any, ...]) -> tuple[Any, ...]:
        return (*key, self.revision, self._fingerprint)

    def _store(self, full: tuple[Any, ...], value: Any) -> None:
        with self._lock:
            if full not in self._pages and len(self._pages) >= self.size:
                self._pages.pop(next(iter(self._pages)))
            self._pages[full] = (value, time.monotonic())

    def _renew(self, key: tuple[Any, ...], full: tuple[Any, ...], make: Callable[[], Any]) -> None:
        with self._lock:
            if key in self._renewing:
                return
            self._renewing.add(key)

        def run() -> None:
            try:
                value = make()
                with self._lock:
                    current = self._key(key) == full
                if current:
                    self._store(full, value)
            finally:
                with self._lock:
                    self._renewing.discard(key)

        threading.Thread(target=run, name="accord-page-renew", daemon=True).start()

    def lookup(self, key: tuple[Any, ...], make: Callable[[], Any] | None = None) -> Any | None:
        """The cached value for ``key`` in the last known state, without waiting for any I/O.

        With ``make``, a value older than ``max_age`` is remade in the background.
        """
        with self._lock:
            full = self._key(key)
            found = self._pages.get(full)
        if found is None:
            return None
        value, made = found
        if make is not None and time.monotonic() - made > self.max_age:
            self._renew(key, full, make)
        return value

    def get(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """The cached value for ``key`` in the current state, made (once) if missing."""
        if self.refresh_due():
            self.refresh()
        found = self.lookup(key, make)
        if found is not None:
            return found
        with self._lock:
            gate = self._making.setdefault(key, threading.Lock())
        with gate:
            found = self.lookup(key)
            if found is not None:
                return found
            with self._lock:
                full = self._key(key)
            value = make()
            self._store(full, value)
            return value

    async def aget(self, key: tuple[Any, ...], make: Callable[[], Any]) -> Any:
        """:meth:`get` for async routes: a hit costs no thread; a miss is made in a thread."""
        from starlette.concurrency import run_in_threadpool

        if not self.refresh_due():
            found = self.lookup(key, make)
            if found is not None:
                return found
        return await run_in_threadpool(self.get, key, make)


# -- timeline and search -----------------------------------------------------------------------


@dataclass(frozen=True)
class TimelineRound:
    label: str
    date: dt.date | None
    documents: list[tuple[int | None, str]]


@dataclass(frozen=True)
class TimelineRow:
    party: str
    issue: str
    cells: list[Any]  # one Stand or None per round


@dataclass
class TimelinePage:
    rounds: list[TimelineRound]
    rows: list[TimelineRow]
    changes: list[Any]
    colors: dict[str, str]
    links: dict[int, str]


def timeline(store: Any, party: str | None = None, issue: str | None = None) -> TimelinePage:
    """Rounds of the process (by ``round``, else date), each party's stand per issue in each,
    and what changed between rounds (:func:`accord.timeline.build_timeline`)."""
    from accord.timeline import build_timeline

    docs = list(store.iter_documents())
    ids: dict[str, int] = {}
    links: dict[int, str] = {}
    for d in docs:
        ids.setdefault(d.meta.name, d.id)
        for p in d.provisions:
            links[p.id] = f"/documents/{d.id}#p{p.id}"
    t = build_timeline(docs, party=party or None, issue=issue or None)
    rounds = [
        TimelineRound(r.label, r.date, [(ids.get(n), n) for n in r.documents]) for r in t.rounds
    ]
    order = {r.label: i for i, r in enumerate(t.rounds)}
    rows = []
    for track in t.tracks:
        cells: list[Any] = [None] * len(t.rounds)
        for stand in track.stands:
            cells[order[stand.round]] = stand
        rows.append(TimelineRow(track.party, track.issue, cells))
    colors = party_colors(r.party for r in rows)
    return TimelinePage(rounds, rows, list(t.changes), colors, links)


def search(
    store: Any,
    text: str | None = None,
    party: str | None = None,
    issue: str | None = None,
    stance: str | None = None,
    limit: int = 100,
) -> tuple[list[Any], list[Any], dict[str, str]]:
    """Provision hits, PA-X agreement hits, and the colors of the hits' parties."""
    filters = {"text": text or None, "party": party or None, "issue": issue or None}
    result = store.search(**{k: v for k, v in filters.items() if v}, limit=limit)
    hits = [h for h in result.provisions if not stance or h.provision.stance == stance]
    colors = party_colors(h.provision.holder for h in hits)
    return hits, list(result.agreements), colors


__all__ = [
    "DocumentPage",
    "DocumentRow",
    "GapPage",
    "PageCache",
    "TimelinePage",
    "add_missed",
    "document_page",
    "document_rows",
    "gap_page",
    "ingest_bytes",
    "locate",
    "parse_date",
    "provision_changes",
    "review",
    "search",
    "stored_document",
    "timeline",
]


# -- cases -------------------------------------------------------------------------------------


def stored_case(store: Any, case_id: int) -> Any:
    """The case ``case_id`` or a 404."""
    from accord.errors import StoreError

    try:
        return store.case(case_id)
    except StoreError:
        raise WebError(404, f"no case {case_id}") from None


def salience_params(case: Any, params: Mapping[str, str]) -> dict[tuple[str, str], float]:
    """Weights from query parameters ``w.<party index>.<issue index>=<weight>``.

    >>> from accord.model import Case, CaseIssue, CaseParty
    >>> case = Case(parties=[CaseParty(name="A")], issues=[CaseIssue(name="x", options=["a"])])
    >>> salience_params(case, {"w.0.0": "2.5", "w.9.0": "1", "w.0.0x": "3"})
    {('A', 'x'): 2.5}
    """
    out: dict[tuple[str, str], float] = {}
    for key, value in params.items():
        m = re.fullmatch(r"w\.(\d+)\.(\d+)", key)
        if not m:
            continue
        p, i = int(m.group(1)), int(m.group(2))
        if p >= len(case.parties) or i >= len(case.issues):
            continue
        try:
            w = float(value)
        except ValueError:
            raise InputError(key, f"{value!r} is not a number") from None
        if not 0.0 <= w <= 100.0:
            raise InputError(key, f"weight {w:g} is outside 0..100")
        out[(case.parties[p].name, case.issues[i].name)] = w
    return out


def case_page(store: Any, case_id: int, params: Mapping[str, str]) -> Any:
    """The stored case analysed with the saliences and plot axes of ``params``."""
    from accord.report.case import case_view

    case = stored_case(store, case_id)
    weights = salience_params(case, params)
    x, y = params.get("x"), params.get("y")
    return case_view(case, weights, (x, y) if x and y else None)


def add_case(store: Any, data: bytes, name: str) -> int:
    """Parse a case file (YAML or JSON) and store it; :class:`accord.errors.CaseError` if bad."""
    from accord.cases import parse_case

    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError(name, "a case file must be UTF-8 text") from None
    return store.save_case(parse_case(text, name))
