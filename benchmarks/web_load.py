"""Load benchmark of the web app: the gap matrix of a 1,000-document corpus under 50 clients.

Builds a synthetic corpus in a temporary SQLite store (seeded; the documents' provisions are
generated, not extracted: this measures serving, not extraction), starts ``accord serve`` on a
free loopback port, and runs ``wrk`` (Debian package ``wrk``) against:

- ``/gaps``              the gap matrix page (HTML, all documents),
- ``/api/gaps``          the same table as JSON (peer: the plain JSON endpoint),
- ``/static/accord.js``  a static file served by the same uvicorn (peer: the serving floor).

It prints requests per second and p50/p95/p99 latency for each, the ratio of the gap matrix
to each peer, the time of the first (uncached) gap matrix, and whether p95 is under 200 ms.

    python benchmarks/web_load.py [--docs 1000] [--connections 50] [--duration 10]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))

from accord.codebook import load_codebook  # noqa: E402
from accord.model import Document, DocumentMeta, Evidence, Provision  # noqa: E402

PARTIES = ["NORTH", "SOUTH", "EAST", "WEST", "UN", "JOINT"]
VERBS = {"support": "calls for", "oppose": "rejects"}
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("ACCORD %d %d %d %d %d %d\\n", summary.requests, summary.duration,
    latency:percentile(50), latency:percentile(95), latency:percentile(99),
    summary.errors.status + summary.errors.connect + summary.errors.read + summary.errors.timeout))
end
"""


def corpus(n: int, seed: int = 7) -> list[Document]:
    """``n`` documents of 4–12 provisions each on random issues, with evidence offsets."""
    rng = random.Random(seed)
    cb = load_codebook()
    docs = []
    start = dt.date(2030, 1, 1)
    for k in range(n):
        parts, provisions, at = [f"Record {k} of the talks.\n\n"], [], 0
        at = len(parts[0])
        for _ in range(rng.randint(4, 12)):
            issue = rng.choice(cb.issues)
            holder, stance = rng.choice(PARTIES), rng.choice(["support", "oppose"])
            sentence = f"The {holder} delegation {VERBS[stance]} this: {issue.proposition} "
            ev = Evidence(start=at, end=at + len(sentence) - 1, text=sentence.strip())
            provisions.append(
                Provision(
                    holder=holder,
                    issue=issue.code,
                    stance=stance,
                    evidence=ev,
                    modality=rng.choice(["demand", "offer", "position"]),
                )
            )
            parts.append(sentence)
            at += len(sentence)
        meta = DocumentMeta(
            name=f"record-{k}.txt",
            title=f"Record {k}",
            date=start + dt.timedelta(days=k),
            round=str(k // 50 + 1),
        )
        docs.append(Document(meta=meta, text="".join(parts), provisions=provisions))
    return docs


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_up(url: str, timeout: float = 30.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            urllib.request.urlopen(url, timeout=2).read()
            return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"server at {url} did not start")


def fetch_seconds(url: str) -> tuple[float, int]:
    t = time.perf_counter()
    size = len(urllib.request.urlopen(url, timeout=120).read())
    return time.perf_counter() - t, size


def wrk(url: str, connections: int, duration: int, script: Path) -> dict[str, float]:
    out = subprocess.run(
        [
            "wrk",
            "-t2",
            f"-c{connections}",
            f"-d{duration}s",
            "--timeout",
            "10s",
            "-s",
            str(script),
            url,
        ],
        capture_output=True,
        text=True,
        timeout=duration + 60,
        check=True,
    ).stdout
    m = re.search(r"ACCORD (\d+) (\d+) (\d+) (\d+) (\d+) (\d+)", out)
    if not m:
        raise RuntimeError(f"cannot read wrk output:\n{out}")
    reqs, micros, p50, p95, p99, errors = map(int, m.groups())
    return {
        "rps": reqs / (micros / 1e6),
        "p50": p50 / 1000,
        "p95": p95 / 1000,
        "p99": p99 / 1000,
        "errors": errors,
        "requests": reqs,
    }


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--connections", type=int, default=50)
    ap.add_argument("--duration", type=int, default=10, help="seconds per wrk run")
    args = ap.parse_args()
    if shutil.which("wrk") is None:
        print("wrk is not installed: apt-get install wrk", file=sys.stderr)
        return 2

    from accord.store import Store

    tmp = Path(tempfile.mkdtemp(prefix="accord-web-load-"))
    db = tmp / "accord.db"
    t = time.perf_counter()
    docs = corpus(args.docs)
    with Store(f"sqlite:///{db}") as store:
        for d in docs:
            store.add(d)
        stats = store.stats()
    print(
        f"corpus: {stats['documents']} documents, {stats['provisions']} provisions "
        f"({time.perf_counter() - t:.1f} s to build)"
    )

    port = free_port()
    base = f"http://127.0.0.1:{port}"
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    server = subprocess.Popen(
        [sys.executable, "-m", "accord", "serve", "--db", f"sqlite:///{db}", "--port", str(port)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    script = tmp / "report.lua"
    script.write_text(LUA)
    try:
        wait_up(f"{base}/static/accord.js")
        cold, size = fetch_seconds(f"{base}/gaps")
        cold_json, size_json = fetch_seconds(f"{base}/api/gaps")
        print(
            f"first (uncached) gap matrix of {args.docs} documents: page {cold * 1000:.0f} ms"
            f" ({size / 1024:.0f} KB), JSON {cold_json * 1000:.0f} ms ({size_json / 1024:.0f} KB,"
            " every provision with its evidence); later requests come from the page cache"
        )
        print(f"\nwrk: {args.connections} connections, 2 threads, {args.duration} s per target")
        print(f"{'target':<22}{'req/s':>9}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'errors':>8}")
        results = {}
        for name, path in (
            ("gap matrix /gaps", "/gaps"),
            ("JSON /api/gaps", "/api/gaps"),
            ("static /static/accord.js", "/static/accord.js"),
        ):
            r = results[name] = wrk(base + path, args.connections, args.duration, script)
            print(
                f"{name:<22}{r['rps']:>9.0f}{r['p50']:>9.1f}{r['p95']:>9.1f}{r['p99']:>9.1f}"
                f"{r['errors']:>8}"
            )
        gaps = results["gap matrix /gaps"]
        for peer in ("JSON /api/gaps", "static /static/accord.js"):
            p = results[peer]
            print(
                f"ratio gap matrix / {peer}: throughput {gaps['rps'] / p['rps']:.2f}x, "
                f"p95 {gaps['p95'] / max(p['p95'], 1e-9):.2f}x"
            )
        verdict = "PASS" if gaps["p95"] < 200 and not gaps["errors"] else "FAIL"
        print(
            f"target p95 < 200 ms at {args.connections} clients: {verdict} "
            f"(p95 {gaps['p95']:.1f} ms)"
        )
        return 0 if verdict == "PASS" else 1
    finally:
        server.terminate()
        try:
            server.wait(10)
        except subprocess.TimeoutExpired:
            server.kill()
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    raise SystemExit(main())
