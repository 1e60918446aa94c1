"""The store commands: thin over the Store, JSON contracts, one-line errors with exit 1."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from accord.cli.app import main

from .helpers import write_corpus

PAX = Path(__file__).resolve().parents[1] / "fixtures" / "pax"


@pytest.fixture
def accord(monkeypatch, capsys):
    def run(*argv: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["accord", *argv])
        with pytest.raises(SystemExit) as exit_:
            main()
        out = capsys.readouterr()
        return exit_.value.code or 0, out.out, out.err

    return run


@pytest.fixture
def db(tmp_path):
    return str(tmp_path / "cli.db")


def test_ingest_json_summary_then_stats(accord, db, fake_extractor, tmp_path):
    write_corpus(tmp_path / "docs", 4)
    code, out, _ = accord("ingest", str(tmp_path / "docs"), "--db", db, "--format", "json")
    summary = json.loads(out)
    assert code == 0
    assert {k: summary[k] for k in ("added", "unchanged", "failed")} == {
        "added": 4, "unchanged": 0, "failed": 0
    }  # fmt: skip
    code, out, _ = accord("ingest", str(tmp_path / "docs"), "--db", db, "--format", "json")
    assert json.loads(out)["unchanged"] == 4
    code, out, _ = accord("stats", "--db", db, "--format", "json")
    stats = json.loads(out)
    assert (stats["documents"], stats["provisions"], stats["parties"]) == (4, 7, 2)


def test_ingest_lists_failures_one_line_each_and_exits_1(accord, db, fake_extractor, tmp_path):
    write_corpus(tmp_path, 2)
    (tmp_path / "empty.txt").write_text("")
    code, out, _ = accord("ingest", str(tmp_path), "--db", db)
    assert code == 1
    lines = out.strip().splitlines()
    assert lines[0].startswith("added 2, unchanged 0, updated 0, failed 1")
    assert lines[1].startswith(f"failed: {tmp_path / 'empty.txt'}: ")
    assert len(lines) == 2


def test_search_json_has_provisions_with_evidence(accord, db, fake_extractor, tmp_path):
    write_corpus(tmp_path, 3)
    accord("ingest", str(tmp_path), "--db", db)
    code, out, _ = accord("search", "--db", db, "--party", "UKR", "--format", "json")
    hits = json.loads(out)["provisions"]
    assert code == 0 and hits
    assert all(h["provision"]["holder"] == "UKR" for h in hits)
    assert all(h["provision"]["evidence"]["text"].startswith("UKR demand") for h in hits)
    code, out, _ = accord("search", "--db", db, "--text", "neutrality", "--format", "json")
    hits = json.loads(out)["provisions"]
    assert {h["provision"]["issue"] for h in hits} == {"alignment.neutrality"}
    code, out, _ = accord("search", "--db", db, "--text", "neutrality")
    assert code == 0 and "provisions" in out and "PA-X" not in out


def test_timeline_json_lists_changes(accord, db, tmp_path, fake_extractor):
    (tmp_path / "r1.md").write_text("---\nround: '1'\n---\nRUS demand support ceasefire.general.\n")
    (tmp_path / "r2.md").write_text("---\nround: '2'\n---\nRUS offer support ceasefire.general.\n")
    accord("ingest", str(tmp_path), "--db", db)
    code, out, _ = accord("timeline", "--db", db, "--format", "json")
    assert code == 0
    data = json.loads(out)
    assert [(c["kind"], c["before_round"], c["after_round"]) for c in data["changes"]] == [
        ("softened", "1", "2")
    ]
    _, out, _ = accord("timeline", "--db", db)
    assert "softened: RUS softened its demand into an offer on ceasefire.general" in out


def test_import_pax_then_search_by_country_and_stage(accord, db):
    code, out, _ = accord("import-pax", str(PAX / "pax_coded_slice.csv"), "--db", db)
    assert (code, out.strip()) == (0, "20 agreements (20 added, 0 updated), 240 category columns")
    code, out, _ = accord("search", "--db", db, "--country", "Ukraine", "--stage", "Cea",
                          "--format", "json")  # fmt: skip
    assert [a["agt_id"] for a in json.loads(out)["agreements"]] == [1362]


def test_export_pax_writes_a_csv(accord, db, tmp_path, fake_extractor):
    write_corpus(tmp_path / "docs", 2)
    accord("ingest", str(tmp_path / "docs"), "--db", db)
    code, _, _ = accord("export", "--pax", "--db", db, "-o", str(tmp_path / "out.csv"))
    lines = (tmp_path / "out.csv").read_text().splitlines()
    assert code == 0 and lines[0].startswith("AgtId,Agt,Dat,") and len(lines) == 3


def test_export_without_a_format_is_an_error(accord, db):
    assert accord("export", "--db", db)[0:3:2] == (1, "Error: export: choose a format (--pax)\n")


def test_a_bad_database_is_one_line_error_and_exit_1(accord, tmp_path):
    bad = tmp_path / "x.db"
    bad.write_text("not a database at all " * 50)
    code, out, err = accord("stats", "--db", str(bad))
    assert code == 1 and out == ""
    assert err.startswith(f"Error: sqlite:///{bad}: cannot open: ") and err.count("\n") == 1


def test_a_bad_pax_file_is_one_line_error(accord, db, tmp_path):
    (tmp_path / "a.csv").write_text("x,y\n1,2\n")
    code, _, err = accord("import-pax", str(tmp_path / "a.csv"), "--db", db)
    assert (code, err) == (
        1,
        f"Error: {tmp_path / 'a.csv'}: not a PA-X file: no AgtId and Agt columns\n",
    )
