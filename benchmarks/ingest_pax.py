"""Ingest benchmark: the agreement descriptions of PA-X release 10 as a real corpus.

Each description becomes a Markdown file (front matter: title, date) and is ingested by accord
(read, extract, store) into a fresh SQLite database. Peers on the same files, in the same run:

- accord with one process (``workers=1``): what the process pool buys;
- accord with one process and a transaction per document (``write_batch=1``): what batching
  the writes buys;
- a plain ``sqlite3`` ``executemany`` of the same texts, without extraction: the floor cost of
  writing the text, so the ratio says what reading + extraction + the ORM cost.

Then the time of full-text searches over the stored corpus: accord's document search (SQLite
FTS5, every match, ranked, with snippets) against a ``LIKE '%word%'`` scan per word of the same
texts in the plain table (every match, unranked; it finds substrings, not stemmed words, so
the hit counts differ), and accord's provision search.
Each run is a fresh subprocess, so peak memory (max RSS of the process and of its largest
worker) is its own.

    python benchmarks/ingest_pax.py /path/to/pax_agreements_metadata_v10.csv [--limit N]
"""

from __future__ import annotations

import argparse
import contextlib
import csv
import datetime as dt
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
QUERIES = ["ceasefire", "prisoners exchange", "humanitarian access", "constitutional reform"]


def write_corpus(csv_path: Path, folder: Path, limit: int | None) -> int:
    """One Markdown file per agreement with a description; returns how many."""
    with open(csv_path, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.DictReader(fh))
    column = next((c for c in rows[0] if c.strip().lower() == "description"), None)
    if column is None:
        sys.exit(f"{csv_path}: no description column")
    n = 0
    for row in rows:
        text = (row[column] or "").strip()
        if not text:
            continue
        meta: dict[str, object] = {"title": row.get("Agt", "").strip(), "source": "PA-X"}
        with contextlib.suppress(ValueError):
            meta["date"] = dt.datetime.strptime(row.get("Dat", ""), "%d/%m/%Y").date()
        front = yaml.safe_dump(meta, allow_unicode=True, sort_keys=False)
        (folder / f"agt{row['AgtId']}.md").write_text(f"---\n{front}---\n{text}\n", "utf-8")
        n += 1
        if limit and n >= limit:
            break
    return n


def peak_mb() -> tuple[float, float]:
    """Max RSS (MB) of this process and of its largest finished child."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    child = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    return round(own, 1), round(child, 1)


def run_accord(folder: Path, db: Path, workers: int, write_batch: int) -> dict[str, object]:
    from accord.store import Store
    from accord.store.ingest import ingest

    with Store(str(db)) as store:
        start = time.perf_counter()
        summary = ingest(store, [str(folder)], workers=workers, write_batch=write_batch)
        seconds = time.perf_counter() - start
        stats = store.stats()
        searches = {}
        for q in QUERIES:
            times = []
            for _ in range(5):
                t = time.perf_counter()
                hits = store.search_documents(q, limit=100_000)  # every match, ranked
                times.append(time.perf_counter() - t)
            searches[q] = {"ms": round(statistics.median(times) * 1000, 2), "hits": len(hits)}
        t = time.perf_counter()
        prov = store.search(text="ceasefire", limit=1000, agreements=False).provisions
        prov_ms = (time.perf_counter() - t) * 1000
    own, child = peak_mb()
    return {
        "seconds": round(seconds, 2),
        "added": summary.added,
        "failed": summary.failed,
        "documents": stats["documents"],
        "provisions": stats["provisions"],
        "search_documents": searches,
        "search_provisions_ms": round(prov_ms, 2),
        "provision_hits": len(prov),
        "peak_mb": own,
        "peak_worker_mb": child,
    }


def run_sqlite(folder: Path, db: Path) -> dict[str, object]:
    start = time.perf_counter()
    rows = [(p.name, p.read_text("utf-8")) for p in sorted(folder.glob("*.md"))]
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE documents (id INTEGER PRIMARY KEY, name TEXT, text TEXT)")
    with conn:
        conn.executemany("INSERT INTO documents (name, text) VALUES (?, ?)", rows)
    seconds = time.perf_counter() - start
    searches = {}
    for q in QUERIES:
        words = [f"%{w}%" for w in q.split()]
        where = " AND ".join("text LIKE ?" for _ in words)
        times = []
        for _ in range(5):
            t = time.perf_counter()
            hits = conn.execute(f"SELECT id FROM documents WHERE {where}", words).fetchall()
            times.append(time.perf_counter() - t)
        searches[q] = {"ms": round(statistics.median(times) * 1000, 2), "hits": len(hits)}
    conn.close()
    own, child = peak_mb()
    return {"seconds": round(seconds, 3), "documents": len(rows), "search_like": searches,
            "peak_mb": own, "peak_worker_mb": child}  # fmt: skip


def child(mode: str, folder: str, db: str) -> None:
    if mode == "sqlite":
        result = run_sqlite(Path(folder), Path(db))
    else:
        workers, write_batch = (int(x) for x in mode.split(":"))
        result = run_accord(Path(folder), Path(db), workers, write_batch)
    print(json.dumps(result))


def spawn(mode: str, folder: Path, db: Path) -> dict[str, object]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    out = subprocess.run(
        [sys.executable, __file__, "--child", mode, str(folder), str(db)],
        env=env, capture_output=True, text=True, check=False,
    )  # fmt: skip
    if out.returncode:
        sys.exit(f"{mode} run failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("csv", nargs="?", help="pax_agreements_metadata_v10.csv")
    parser.add_argument("--limit", type=int, default=None, help="only the first N descriptions")
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(*args.child)
        return
    if not args.csv:
        parser.error("the PA-X CSV path is required")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "corpus"
        folder.mkdir()
        n = write_corpus(Path(args.csv), folder, args.limit)
        size = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"corpus: {n} PA-X agreement descriptions, {size:.2f} MB, {os.cpu_count()} cores")
        par = spawn(f"{args.workers}:32", folder, Path(tmp) / "parallel.db")
        one = spawn("1:32", folder, Path(tmp) / "single.db")
        each = spawn("1:1", folder, Path(tmp) / "each.db")
        raw = spawn("sqlite", folder, Path(tmp) / "raw.db")

    def rate(r: dict[str, object]) -> float:
        return n / float(r["seconds"])  # type: ignore[arg-type]

    print(f"\n{'run':<34}{'seconds':>9}{'docs/s':>10}{'peak MB':>9}{'worker MB':>11}")
    runs = [
        (f"accord ingest, {args.workers} workers", par),
        ("accord ingest, 1 process", one),
        ("  ... a transaction per document", each),
        ("sqlite3 executemany, no extraction", raw),
    ]
    for name, r in runs:
        print(
            f"{name:<34}{r['seconds']:>9}{rate(r):>10.0f}{r['peak_mb']:>9}{r['peak_worker_mb']:>11}"
        )
    print(f"\nstored: {par['documents']} documents, {par['provisions']} provisions, "
          f"{par['failed']} failed")  # fmt: skip
    print(f"parallel / single-process ingest speed: {rate(par) / rate(one):.2f}x")
    print(f"batched / per-document transactions (1 process): {rate(one) / rate(each):.2f}x")
    print(
        f"accord ingest / plain sqlite3 insert speed: {rate(par) / rate(raw):.4f}x "
        f"(the raw insert does no reading, extraction or indexing)"
    )
    print(
        f"\n{'full-text query':<24}{'FTS5 ms':>9}{'hits':>6}{'LIKE ms':>9}{'hits':>6}{'ratio':>8}"
    )
    for q in QUERIES:
        f, like = par["search_documents"][q], raw["search_like"][q]  # type: ignore[index]
        ratio = like["ms"] / f["ms"] if f["ms"] else float("inf")
        print(f"{q:<24}{f['ms']:>9}{f['hits']:>6}{like['ms']:>9}{like['hits']:>6}{ratio:>7.1f}x")
    print(f"provision search --text ceasefire: {par['search_provisions_ms']} ms, "
          f"{par['provision_hits']} provisions")  # fmt: skip


if __name__ == "__main__":
    main()
