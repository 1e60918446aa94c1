"""Ingest: read, extract and store many files, in parallel, safe to interrupt.

Worker processes read and extract (each one skips texts whose hash the store already holds);
the parent alone writes, each document in its own transaction, so an interrupted ingest leaves
every document either whole or absent and a second run continues where the first stopped.
"""

from __future__ import annotations

import hashlib
import os
import signal
import time
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from typing import TYPE_CHECKING, Literal

from accord.errors import AccordError
from accord.model import Document
from accord.store.records import Failure, IngestSummary

if TYPE_CHECKING:
    from accord.store.store import Store

Result = tuple[str, Literal["ok", "unchanged", "failed"], Document | None, str | None]

_KNOWN: frozenset[str] = frozenset()
_REEXTRACT = False


def _init(known: frozenset[str], reextract: bool) -> None:
    global _KNOWN, _REEXTRACT
    _KNOWN, _REEXTRACT = known, reextract
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # the parent handles Ctrl-C


def process_one(path: str) -> Result:
    """Read and extract one file: ``(path, outcome, document, error)``; never raises."""
    from accord.extract import extract
    from accord.read import read_document

    try:
        doc = read_document(path)
        sha = doc.meta.sha256 or hashlib.sha256(doc.text.encode("utf-8")).hexdigest()
        if sha in _KNOWN and not _REEXTRACT:
            return path, "unchanged", None, None
        out = extract(doc.text, doc.meta)
        if out.meta.sha256 is None:
            out = out.model_copy(update={"meta": out.meta.model_copy(update={"sha256": sha})})
        return path, "ok", out, None
    except AccordError as exc:
        return path, "failed", None, str(exc)
    except Exception as exc:  # an extractor bug must not stop the other files
        return path, "failed", None, f"{path}: {type(exc).__name__}: {exc}".splitlines()[0]


def process_batch(paths: list[str]) -> list[Result]:
    """:func:`process_one` over a batch of files (one task per batch keeps the pool busy)."""
    return [process_one(p) for p in paths]


def _batches(items: list[str], size: int) -> Iterator[list[str]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def ingest(
    store: Store,
    paths: Iterable[str],
    workers: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    *,
    reextract: bool = False,
    batch_size: int | None = None,
) -> IngestSummary:
    """Read, extract and store every file under ``paths`` (folders are walked).

    Parameters
    ----------
    store
        Where documents go; the same text already stored is counted ``unchanged``.
    paths
        Files and folders (every format :mod:`accord.read` reads).
    workers
        Processes reading and extracting; default all cores; 1 runs in this process.
    progress
        Called with ``(done, total)`` after each file.
    reextract
        Extract stored texts again (reviewers' corrections are kept).
    batch_size
        Files per worker task; default chosen from the number of files and workers.

    Returns
    -------
    IngestSummary
        Counts and the failures, one line each.
    """
    from accord.read import iter_sources

    start = time.perf_counter()
    files = [str(p) for p in iter_sources(paths)]
    total = len(files)
    summary = IngestSummary()
    known = frozenset(store.hashes())
    workers = max(1, workers or os.cpu_count() or 1)
    done = 0

    def record(result: Result) -> None:
        nonlocal done
        path, outcome, doc, error = result
        if outcome == "failed":
            summary.failed += 1
            summary.failures.append(Failure(path=path, error=error or "failed"))
        elif outcome == "unchanged" or doc is None:
            summary.unchanged += 1
        else:
            try:
                _, how = store.put(doc, reextract=reextract)
            except AccordError as exc:
                summary.failed += 1
                summary.failures.append(Failure(path=path, error=str(exc)))
            else:
                setattr(summary, how, getattr(summary, how) + 1)
        done += 1
        if progress:
            progress(done, total)

    if workers == 1 or total <= 1:
        _init_parent(known, reextract)
        for path in files:
            record(process_one(path))
    else:
        size = batch_size or max(1, min(16, total // (workers * 4)))
        pool = ProcessPoolExecutor(workers, initializer=_init, initargs=(known, reextract))
        try:
            pending: set[Future[list[Result]]] = set()
            batches = _batches(files, size)
            for batch in batches:  # keep a bounded number of tasks in flight
                pending.add(pool.submit(process_batch, batch))
                if len(pending) >= workers * 2:
                    break
            while pending:
                finished, pending = wait(pending, return_when=FIRST_COMPLETED)
                for fut in finished:
                    for result in fut.result():
                        record(result)
                    nxt = next(batches, None)
                    if nxt is not None:
                        pending.add(pool.submit(process_batch, nxt))
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    summary.seconds = round(time.perf_counter() - start, 3)
    return summary


def _init_parent(known: frozenset[str], reextract: bool) -> None:
    global _KNOWN, _REEXTRACT
    _KNOWN, _REEXTRACT = known, reextract


__all__ = ["ingest", "process_batch", "process_one"]
