"""Ingest: parallel, idempotent, failures one line each, and safe to kill mid-run."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, func, select, text

from accord.store import Store
from accord.store.database import resolve_url
from accord.store.ingest import ingest
from accord.store.schema import DocumentRow, ProvisionRow

from .helpers import EXTRACT_MODULE, expected_provisions, write_corpus

ROOT = Path(__file__).resolve().parents[2]


def test_ingest_stores_every_file_with_its_provisions_in_parallel(store, fake_extractor, tmp_path):
    paths = write_corpus(tmp_path / "docs", 12)
    summary = store.ingest([tmp_path / "docs"], workers=2)
    assert (summary.added, summary.unchanged, summary.failed) == (12, 0, 0)
    docs = {d.meta.name: d for d in store.documents(limit=None)}
    assert len(docs) == 12
    for path in paths:
        doc = docs[path.name]
        assert len(doc.provisions) == expected_provisions(path.read_text()) > 0


def test_parallel_ingest_numbers_documents_in_file_order(store, fake_extractor, tmp_path):
    paths = write_corpus(tmp_path / "docs", 30)
    ingest(store, [tmp_path / "docs"], workers=2, batch_size=2)
    assert [d.meta.name for d in store.iter_documents()] == [p.name for p in paths]


def test_ingesting_again_changes_nothing(store, fake_extractor, tmp_path):
    write_corpus(tmp_path / "docs", 6)
    store.ingest([tmp_path / "docs"], workers=2)
    before = store.stats()
    summary = store.ingest([tmp_path / "docs"], workers=2)
    assert (summary.added, summary.unchanged, summary.failed) == (0, 6, 0)
    assert store.stats() == before


def test_the_same_text_in_two_files_is_one_document(store, fake_extractor, tmp_path):
    (tmp_path / "a.txt").write_text("RUS demand support alignment.neutrality.\n")
    (tmp_path / "b.md").write_text("RUS demand support alignment.neutrality.\n")
    summary = store.ingest([tmp_path / "a.txt", tmp_path / "b.md"], workers=1)
    assert (summary.added, summary.unchanged) == (1, 1)
    assert store.stats()["documents"] == 1


def test_bad_files_fail_one_line_each_and_the_rest_is_stored(store, fake_extractor, tmp_path):
    write_corpus(tmp_path, 3)
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "binary.txt").write_bytes(bytes(range(256)) * 4)
    summary = store.ingest([tmp_path], workers=2)
    assert (summary.added, summary.failed) == (3, 2)
    errors = sorted(f.error for f in summary.failures)
    assert [e.split(": ")[0] for e in errors] == [
        str(tmp_path / "binary.txt"), str(tmp_path / "empty.txt")
    ]  # fmt: skip
    assert all("\n" not in e for e in errors)


def test_an_extractor_crash_fails_that_file_only(store, monkeypatch, tmp_path):
    from .helpers import fake_extract

    def flaky(text_, meta=None):
        if "number 1 " in text_:
            raise RuntimeError("boom")
        return fake_extract(text_, meta)

    monkeypatch.setattr(EXTRACT_MODULE, "extract", flaky, raising=False)
    write_corpus(tmp_path, 3)
    summary = store.ingest([tmp_path], workers=1)
    assert (summary.added, summary.failed) == (2, 1)
    assert summary.failures[0].error == f"{tmp_path / 'doc0001.txt'}: RuntimeError: boom"


def test_progress_reports_every_file(store, fake_extractor, tmp_path):
    write_corpus(tmp_path, 5)
    seen = []
    store.ingest([tmp_path], workers=2, progress=lambda done, total: seen.append((done, total)))
    assert seen == [(i, 5) for i in range(1, 6)]


def test_reextract_updates_documents_and_keeps_reviews(store, fake_extractor, tmp_path):
    write_corpus(tmp_path, 2)
    store.ingest([tmp_path], workers=1)
    doc = store.documents(limit=1)[0]
    store.correct(doc.provisions[0].id, {"stance": "oppose"}, "ana")
    summary = store.ingest([tmp_path], workers=1, reextract=True)
    assert (summary.updated, summary.added) == (2, 0)
    assert store.document(doc.id).provisions[0].stance == "oppose"


def test_a_missing_path_is_a_one_line_error(store, tmp_path):
    from accord.errors import InputError

    with pytest.raises(InputError, match=r"nope\.txt: no such file or directory"):
        store.ingest([tmp_path / "nope.txt"])


# -- killed mid-run ---------------------------------------------------------------------------

SENTENCES = [
    "Russia demands that Ukraine renounce NATO membership.",
    "Ukraine insists on a full and unconditional ceasefire.",
    "Kyiv offers an exchange of all prisoners.",
]


def _count(url: str) -> int:
    engine = create_engine(resolve_url(url))
    try:
        with engine.connect() as conn:
            return conn.execute(select(func.count(DocumentRow.id))).scalar_one()
    finally:
        engine.dispose()


def _run_ingest(folder: Path, url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    return subprocess.Popen(
        [sys.executable, "-m", "accord", "ingest", str(folder), "--db", url, "--format", "json",
         "--workers", "2"],
        env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        start_new_session=True,
    )  # fmt: skip


@pytest.mark.slow
def test_an_ingest_killed_mid_run_loses_nothing_and_the_rerun_completes(url, tmp_path):
    n = 300
    folder = tmp_path / "talks"
    folder.mkdir()
    for i in range(n):
        body = " ".join(SENTENCES[: 1 + i % 3])
        (folder / f"note{i:04d}.txt").write_text(f"Talks note {i}. {body}\n", "utf-8")
    Store(url).close()  # create the schema before polling it

    proc = _run_ingest(folder, url)
    deadline = time.monotonic() + 120
    while _count(url) < 30:
        assert proc.poll() is None, f"ingest ended before it could be killed: {proc.stderr.read()}"
        assert time.monotonic() < deadline
        time.sleep(0.02)
    os.killpg(proc.pid, signal.SIGKILL)  # the CLI and its workers, with no chance to clean up
    proc.wait()
    stored = _count(url)
    assert 30 <= stored < n

    # Consistent: each stored document has exactly the provisions its text yields.
    from accord.extract import extract

    with Store(url) as store:
        if store.dialect == "sqlite":
            with store.engine.connect() as conn:
                assert conn.execute(text("PRAGMA integrity_check")).scalar() == "ok"
        docs = list(store.iter_documents())
        assert len(docs) == stored
        for doc in docs:
            assert len(doc.provisions) == len(extract(doc.text).provisions) > 0
        with store.session() as s:
            orphans = s.scalar(
                select(func.count(ProvisionRow.id)).where(
                    ProvisionRow.document_id.not_in(select(DocumentRow.id))
                )
            )
            assert orphans == 0

    rerun = _run_ingest(folder, url)
    out, err = rerun.communicate(timeout=300)
    assert rerun.returncode == 0, err
    summary = json.loads(out)
    assert (summary["added"], summary["unchanged"], summary["failed"]) == (n - stored, stored, 0)
    with Store(url) as store:
        assert store.stats()["documents"] == n
        names = [d.meta.name for d in store.iter_documents()]
        assert len(set(names)) == n


@pytest.mark.slow
def test_ingest_on_a_dask_cluster_stores_the_same_as_locally(store, fake_extractor, tmp_path):
    from distributed import LocalCluster

    paths = write_corpus(tmp_path / "docs", 10)
    with LocalCluster(n_workers=1, threads_per_worker=2, processes=False,
                      dashboard_address=None) as cluster:  # fmt: skip
        summary = store.ingest([tmp_path / "docs"], engine=cluster.scheduler_address)
        assert (summary.added, summary.failed) == (10, 0)
        again = store.ingest([tmp_path / "docs"], engine=cluster.scheduler_address)
        assert again.unchanged == 10  # the workers got the stored hashes
    docs = list(store.iter_documents())
    assert [d.meta.name for d in docs] == [p.name for p in paths]
    assert [len(d.provisions) for d in docs] == [expected_provisions(p.read_text()) for p in paths]


@pytest.mark.slow  # the client gives up after its 10 s connect timeout
def test_an_unreachable_dask_scheduler_is_a_one_line_error(store, tmp_path):
    from accord.errors import StoreError

    write_corpus(tmp_path, 1)
    with pytest.raises(StoreError, match=r"^tcp://127\.0\.0\.1:9: cannot reach the Dask scheduler"):
        store.ingest([tmp_path], engine="tcp://127.0.0.1:9")
