"""``accord gaps`` with the real extractor on the shipped Istanbul example texts."""

import json
import sys
from pathlib import Path

import pytest

from accord.cli import main

EXAMPLES = Path(__file__).resolve().parents[2] / "examples" / "istanbul-2025"


@pytest.fixture(scope="module")
def gaps():
    argv = sys.argv
    sys.argv = ["accord", "gaps", str(EXAMPLES), "--format", "json"]
    try:
        from io import StringIO

        out, stdout = StringIO(), sys.stdout
        sys.stdout = out
        try:
            with pytest.raises(SystemExit) as info:
                main()
        finally:
            sys.stdout = stdout
    finally:
        sys.argv = argv
    assert info.value.code in (0, None)
    return json.loads(out.getvalue())


def test_both_authors_are_parties(gaps):
    assert gaps["parties"] == ["RUS", "UKR"]


def test_nato_membership_and_reparations_are_conflicts(gaps):
    status = {row["issue"]: row["status"] for row in gaps["issues"]}
    assert status["alignment.alliance_membership"] == "conflict"
    assert status["economy.reparations"] == "conflict"


def test_neutrality_against_nato_membership_is_a_tension(gaps):
    pairs = {(t["a_party"], t["a_issue"], t["b_party"], t["b_issue"]) for t in gaps["tensions"]}
    assert ("RUS", "alignment.neutrality", "UKR", "alignment.alliance_membership") in pairs


def test_evidence_quotes_the_documents(gaps):
    for row in gaps["issues"]:
        for position in row["positions"].values():
            for ev in position["evidence"]:
                text = (EXAMPLES / ev["document"]).read_text("utf-8").split("---\n", 2)[2]
                assert text[ev["start"] : ev["end"]] == ev["text"]
