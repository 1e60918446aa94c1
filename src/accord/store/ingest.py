"""Ingest: read, extract and store many files, in parallel, safe to interrupt.

Worker processes read and extract (each one skips texts whose hash the store already holds);
the parent alone writes, in batches: the documents of each finished worker task go in one
transaction (at most ``write_batch``), so an interrupted ingest leaves every document either
whole or absent, and a second run continues where the first stopped. A batch that fails is
written again document by document, so one bad document fails alone.
"""

from __future__ import annotations

import contextlib
import hashlib
import itertools
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor
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
    write_batch: int = 32,
    engine: str = "local",
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
    engine
        ``local`` (a process pool on ``workers`` cores), ``serial`` (this process), or the
        address of a Dask distributed scheduler (``tcp://host:8786``) whose workers read and
        extract, for corpora beyond one machine: the paths must be readable by the workers
        (a shared filesystem); this process still does all the writing.
    write_batch
        New documents written per transaction (at most; 1: a transaction per document).
        A batch is all or nothing, so an interruption never leaves part of a document.

    Returns
    -------
    IngestSummary
        Counts and the failures, one line each.
    """
    from accord.read import iter_sources

    files = [str(p) for p in iter_sources(paths)]
    total = len(files)
    summary = IngestSummary()
    known = frozenset(store.hashes())
    workers = max(1, workers or os.cpu_count() or 1)
    done = 0
    buffer: list[tuple[str, Document]] = []

    def tick() -> None:
        nonlocal done
        done += 1
        if progress:
            progress(done, total)

    def fail(path: str, error: str) -> None:
        summary.failed += 1
        summary.failures.append(Failure(path=path, error=error))

    def write() -> None:
        """Store the buffered documents: one transaction per batch, one by one on an error."""
        if not buffer:
            return
        outcomes: list[str | AccordError]
        try:
            if reextract or len(buffer) == 1:
                raise _OneByOne
            outcomes = [how for _, how in store.put_many([d for _, d in buffer])]
        except (_OneByOne, AccordError):
            outcomes = []
            for _, doc in buffer:
                try:
                    outcomes.append(store.put(doc, reextract=reextract)[1])
                except AccordError as exc:
                    outcomes.append(exc)
        for (path, _), how in zip(buffer, outcomes, strict=True):
            if isinstance(how, AccordError):
                fail(path, str(how))
            else:
                setattr(summary, how, getattr(summary, how) + 1)
            tick()
        buffer.clear()

    def record(result: Result) -> None:
        path, outcome, doc, error = result
        if outcome == "failed":
            fail(path, error or "failed")
            tick()
        elif outcome == "unchanged" or doc is None:
            summary.unchanged += 1
            tick()
        else:
            buffer.append((path, doc))
            if len(buffer) >= write_batch:
                write()

    def run(submit: Callable[[list[str]], Future[list[Result]]], size: int, depth: int) -> None:
        # Results are written in file order (oldest task first), so ids follow the files.
        queue: deque[Future[list[Result]]] = deque()
        batches = _batches(files, size)
        for batch in itertools.islice(batches, depth):
            queue.append(submit(batch))
        while queue:
            results = queue.popleft().result()
            nxt = next(batches, None)
            if nxt is not None:
                queue.append(submit(nxt))
            for result in results:
                record(result)
            write()

    if engine not in ("local", "serial"):
        _run_distributed(engine, run, known, reextract, total, batch_size)
    elif engine == "serial" or workers == 1 or total <= 1:
        _init_parent(known, reextract)
        for path in files:
            record(process_one(path))
        write()
    else:
        size = batch_size or max(1, min(16, total // (workers * 4)))
        _warm_up()  # forked workers inherit the loaded extractor instead of each building it
        store.engine.dispose()  # no open database connection is carried into the workers
        pool = ProcessPoolExecutor(workers, initializer=_init, initargs=(known, reextract))
        try:
            run(lambda batch: pool.submit(process_batch, batch), size, workers * 2)
        except BaseException:
            pool.shutdown(wait=False, cancel_futures=True)
            raise
        pool.shutdown()
    return summary


def _warm_up() -> None:
    """Load the extractor (lexicons, compiled patterns) once, before the pool forks."""
    from accord.extract import extract

    # A broken extractor is reported later, file by file, with each file's name.
    with contextlib.suppress(Exception):
        extract("The parties agree to a ceasefire.")


def process_batch_with(paths: list[str], known: frozenset[str], reextract: bool) -> list[Result]:
    """:func:`process_batch` on a worker that did not run the pool initializer (Dask)."""
    global _KNOWN, _REEXTRACT
    _KNOWN, _REEXTRACT = known, reextract
    return process_batch(paths)


def _run_distributed(
    address: str,
    run: Callable[[Callable[[list[str]], Future[list[Result]]], int, int], None],
    known: frozenset[str],
    reextract: bool,
    total: int,
    batch_size: int | None,
) -> None:
    """Extract on a Dask distributed cluster (the engine of the Monte Carlo sweeps)."""
    from distributed import Client

    from accord.errors import StoreError

    try:
        client = Client(address, set_as_default=False, timeout=10)
    except (OSError, TimeoutError) as exc:
        raise StoreError(address, f"cannot reach the Dask scheduler: {exc}") from None
    with client:
        cores = max(1, sum(client.nthreads().values()))
        size = batch_size or max(1, min(32, total // (cores * 4)))
        [known_on_workers] = client.scatter([known], broadcast=True)
        executor = client.get_executor(pure=False)
        run(
            lambda batch: executor.submit(process_batch_with, batch, known_on_workers, reextract),
            size,
            cores * 2,
        )


class _OneByOne(Exception):
    """Write the buffer document by document (re-extraction, or a batch that failed)."""


def _init_parent(known: frozenset[str], reextract: bool) -> None:
    global _KNOWN, _REEXTRACT
    _KNOWN, _REEXTRACT = known, reextract


__all__ = ["ingest", "process_batch", "process_one"]
