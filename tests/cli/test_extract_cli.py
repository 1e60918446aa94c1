"""The extract, gaps and codebook commands, run through ``accord.cli.main`` as a user runs them.

A stand-in extractor (one provision per line naming neutrality or NATO) keeps these tests about
the command line and its contracts, independent of the extractor's accuracy.
"""

import io
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from accord import pipeline
from accord.cli import main
from accord.codebook import load_codebook
from accord.model import Document, DocumentMeta, Evidence, Explanation, Provision
from accord.read import read_document

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "read"

MEMO = b"""---
title: Memorandum
date: 2025-06-02
author: RUS
---
Russia demands that Ukraine adopt neutrality.
Ukraine keeps its right to join NATO.
"""

PROVISION_KEYS = {
    "holder",
    "issue",
    "stance",
    "subject",
    "objects",
    "modality",
    "conditions",
    "evidence",
}
META_KEYS = {"name", "title", "date", "source", "round", "author", "format", "sha256"}


def fake_extract(text: str, meta: DocumentMeta | None = None, *, explain: bool = False):
    provisions = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        if "neutral" in line:
            holder, issue, stance = "RUS", "alignment.neutrality", "support"
        elif "NATO" in line:
            holder, issue, stance = "UKR", "alignment.alliance_membership", "support"
        else:
            continue
        provisions.append(
            Provision(
                holder=holder,
                issue=issue,
                stance=stance,
                subject="UKR",
                modality="demand",
                evidence=Evidence(start=m.start(), end=m.end(), text=line),
                explanation=Explanation(rule="fake.keyword", cues=[issue]) if explain else None,
            )
        )
    return Document(meta=meta or DocumentMeta(), text=text, provisions=provisions)


@pytest.fixture(autouse=True)
def stand_in_extractor(monkeypatch):
    monkeypatch.setattr(pipeline, "extract", fake_extract)


@pytest.fixture
def run(monkeypatch, capsys):
    """Run ``accord ARGS`` in-process; return (exit code, stdout, stderr)."""

    def _run(*args, stdin: bytes = b""):
        monkeypatch.setattr(sys, "argv", ["accord", *map(str, args)])
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin)))
        with pytest.raises(SystemExit) as info:
            main()
        out, err = capsys.readouterr()
        return info.value.code or 0, out, err

    return _run


@pytest.fixture
def memo(tmp_path):
    path = tmp_path / "memo.md"
    path.write_bytes(MEMO)
    return path


# --- extract ---------------------------------------------------------------------------------


def test_extract_json_follows_the_contract(run, memo):
    code, out, err = run("extract", memo, "--format", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"document", "provisions", "facts"}
    assert set(data["document"]) >= META_KEYS
    assert data["document"]["date"] == "2025-06-02"
    assert data["document"]["author"] == "RUS"
    assert [p["issue"] for p in data["provisions"]] == [
        "alignment.neutrality",
        "alignment.alliance_membership",
    ]
    for p in data["provisions"]:
        assert set(p) == PROVISION_KEYS
        assert set(p["evidence"]) == {"start", "end", "text"}


def test_extract_evidence_offsets_index_the_text_after_front_matter(run, memo):
    text = read_document(memo).text
    data = json.loads(run("extract", memo, "--format", "json")[1])
    for p in data["provisions"]:
        ev = p["evidence"]
        assert text[ev["start"] : ev["end"]] == ev["text"]


def test_extract_explains_only_when_asked(run, memo):
    plain = json.loads(run("extract", memo, "-f", "json")[1])
    explained = json.loads(run("extract", memo, "-f", "json", "--explain")[1])
    assert all("explanation" not in p for p in plain["provisions"])
    assert [p["explanation"]["rule"] for p in explained["provisions"]] == ["fake.keyword"] * 2


def test_extract_yaml_holds_the_same_data_as_json(run, memo):
    as_json = json.loads(run("extract", memo, "-f", "json")[1])
    as_yaml = yaml.safe_load(run("extract", memo, "-f", "yaml")[1])
    as_yaml["document"]["date"] = str(as_yaml["document"]["date"])
    assert as_yaml == as_json


def test_extract_markdown_is_a_table(run, memo):
    out = run("extract", memo, "-f", "md")[1]
    assert out.startswith("## Memorandum\n")
    assert "| 1 | RUS | alignment.neutrality | support | UKR |" in out


def test_extract_table_is_plain_when_piped(run, memo):
    code, out, _ = run("extract", memo)
    assert code == 0
    assert "alignment.neutrality" in out and "Memorandum" in out
    assert "\x1b[" not in out


def test_extract_reads_stdin(run):
    code, out, _ = run("extract", "-", "-f", "json", stdin=MEMO)
    data = json.loads(out)
    assert code == 0
    assert data["document"]["name"] == "<stdin>"
    assert len(data["provisions"]) == 2


def test_extract_reads_html(run):
    data = json.loads(run("extract", FIXTURES / "news.html", "-f", "json")[1])
    assert data["document"]["format"] == "html"
    assert data["document"]["title"] == "Delegations trade demands in Istanbul"


# --- errors ----------------------------------------------------------------------------------


def sparse(path: Path, size: int) -> Path:
    with path.open("wb") as fh:
        fh.truncate(size)
    return path


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("empty.txt", b"", "file is empty"),
        (
            "binary.txt",
            b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00",
            "binary file, not text, HTML or PDF",
        ),
        (
            "latin.txt",
            bytes(range(128, 256)) * 8,
            "cannot decode: not UTF-8, UTF-16 or a known 8-bit encoding",
        ),
        (
            "front.md",
            b"---\ntitle: x\ndate: [2025\n---\nBody\n",
            "front matter line 3: malformed YAML (expected ',' or ']', but got '<stream end>')",
        ),
        (
            "scan.pdf",
            (FIXTURES / "scan.pdf").read_bytes(),
            "the PDF has no text layer (a scan? run OCR on it first)",
        ),
    ],
)
@pytest.mark.parametrize("command", ["extract", "gaps"])
def test_bad_file_is_one_error_line_and_exit_1(run, tmp_path, command, name, data, problem):
    path = tmp_path / name
    path.write_bytes(data)
    code, out, err = run(command, path, "-f", "json")
    assert (code, out, err) == (1, "", f"Error: {path}: {problem}\n")


@pytest.mark.parametrize("command", ["extract", "gaps"])
def test_huge_file_is_refused(run, tmp_path, command):
    path = sparse(tmp_path / "huge.txt", 50 * 2**20)
    assert run(command, path) == (1, "", f"Error: {path}: file is 50 MB, above the 20 MB limit\n")


@pytest.mark.parametrize("command", ["extract", "gaps"])
def test_missing_file(run, tmp_path, command):
    path = tmp_path / "missing.txt"
    code, out, err = run(command, path)
    assert (code, out) == (1, "")
    assert err in (f"Error: {path}: no such file\n", f"Error: {path}: no such file or directory\n")


def test_unknown_format_is_a_usage_error(run, memo):
    assert run("extract", memo, "-f", "xml")[0] == 2


def test_console_script_reports_empty_stdin_without_traceback():
    result = subprocess.run(
        [sys.executable, "-m", "accord", "extract", "-"],
        input=b"",
        capture_output=True,
        env={"PYTHONPATH": str(Path(__file__).resolve().parents[2] / "src"), "PATH": ""},
        timeout=60,
    )
    assert result.returncode == 1
    assert result.stderr.decode() == "Error: <stdin>: file is empty\n"


# --- gaps ------------------------------------------------------------------------------------


def test_gaps_json_follows_the_contract(run, memo):
    code, out, err = run("gaps", memo, "-f", "json")
    assert (code, err) == (0, "")
    data = json.loads(out)
    assert set(data) == {"parties", "issues", "tensions"}
    assert data["parties"] == ["RUS", "UKR"]
    rows = {r["issue"]: r for r in data["issues"]}
    assert rows["alignment.neutrality"]["status"] == "one_sided"
    position = rows["alignment.neutrality"]["positions"]["RUS"]
    assert {"stance", "modality", "evidence"} <= set(position)
    assert position["evidence"][0]["document"] == "memo.md"
    (tension,) = data["tensions"]
    assert (tension["a_party"], tension["a_issue"]) == ("RUS", "alignment.neutrality")
    assert (tension["b_party"], tension["b_issue"]) == ("UKR", "alignment.alliance_membership")


def test_gaps_compares_several_files_and_folders(run, tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "rus.txt").write_text("Moscow wants Ukraine neutral.\n")
    (tmp_path / "ukr.txt").write_text(
        "Kyiv says NATO membership stays open.\nKyiv opposes neutral status.\n"
    )
    data = json.loads(run("gaps", tmp_path / "a", tmp_path / "ukr.txt", "-f", "json")[1])
    rows = {r["issue"]: r for r in data["issues"]}
    assert set(rows["alignment.neutrality"]["positions"]) == {"RUS"}
    docs = {
        e["document"]
        for r in data["issues"]
        for p in r["positions"].values()
        for e in p["evidence"]
    }
    assert docs == {"rus.txt", "ukr.txt"}


def test_gaps_markdown_has_a_row_per_issue_and_the_tensions(run, memo):
    out = run("gaps", memo, "-f", "md")[1]
    assert out.startswith("| issue | status | RUS | UKR |")
    assert "| `alignment.neutrality` | one-sided | **support** (demand) | — |" in out
    assert "**Cross-issue tensions**" in out


def test_gaps_table_shows_status_and_parties(run, memo):
    out = run("gaps", memo)[1]
    assert "one-sided" in out and "RUS" in out and "UKR" in out
    assert "Cross-issue tensions" in out


# --- codebook --------------------------------------------------------------------------------


def test_codebook_json_lists_every_issue(run):
    data = json.loads(run("codebook", "--format", "json")[1])
    assert [i["code"] for i in data["issues"]] == load_codebook().codes
    assert {"code", "group", "proposition", "pax"} <= set(data["issues"][0])


def test_codebook_table_names_issues_and_pax_codes(run):
    out = run("codebook")[1]
    assert "alignment.neutrality" in out
    assert "TjAm" in out
