import json
import sys

import pytest
import typer
from typer.testing import CliRunner

import accord.extract  # noqa: F401  (the module, patched below)
from accord.cli.evaluate import eval_cmd
from accord.model import Document, Evidence, Provision

runner = CliRunner()

# The command on an app of its own, so that it is invoked as ``eval`` however many other
# commands the shared app has registered.
cli = typer.Typer()
cli.callback()(lambda: None)
cli.command("eval")(eval_cmd)

GOLD = """\
provisions:
  - {holder: RUS, issue: alignment.neutrality, stance: support, subject: UKR}
  - {holder: RUS, issue: justice.amnesty, stance: support}
"""


def fake_extract(text, meta=None, **kw):
    start = text.index("neutral")
    return Document(
        text=text,
        provisions=[
            Provision(
                holder="RUS",
                issue="alignment.neutrality",
                stance="support",
                evidence=Evidence(start=start, end=start + 7, text=text[start : start + 7]),
            ),
            Provision(
                holder="UKR",
                issue="security.guarantees",
                stance="support",
                evidence=Evidence(start=0, end=6, text="[bold]"),
            ),
        ],
    )


@pytest.fixture
def folder(tmp_path, monkeypatch):
    (tmp_path / "memo.txt").write_text("[bold] Russia wants Ukraine neutral.\n", "utf-8")
    (tmp_path / "memo.gold.yaml").write_text(GOLD, "utf-8")
    monkeypatch.setattr(sys.modules["accord.extract"], "extract", fake_extract)
    return tmp_path


def test_eval_prints_overall_document_and_group_scores(folder):
    result = runner.invoke(cli, ["eval", str(folder)])
    assert result.exit_code == 0, result.output
    assert "P 0.500  R 0.500  F1 0.500" in result.output
    assert "memo.txt" in result.output
    assert "alignment" in result.output and "justice" in result.output
    assert "missed" not in result.output


def test_eval_verbose_lists_missed_and_extra_with_evidence(folder):
    result = runner.invoke(cli, ["eval", str(folder), "-v"])
    assert result.exit_code == 0, result.output
    assert "missed RUS justice.amnesty support" in result.output
    assert "extra  UKR security.guarantees support" in result.output
    assert "0-6: [bold]" in result.output  # evidence printed as text, not as markup


def test_eval_json_has_overall_documents_and_groups(folder):
    result = runner.invoke(cli, ["eval", str(folder), "--format", "json", "-v"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["overall"] == {
        "tp": 1,
        "fp": 1,
        "fn": 1,
        "precision": 0.5,
        "recall": 0.5,
        "f1": 0.5,
    }
    assert data["documents"][0]["name"] == "memo.txt"
    assert data["documents"][0]["missed"][0]["issue"] == "justice.amnesty"
    assert data["groups"]["security"]["fp"] == 1


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda p: p / "nowhere", "no such folder"),
        (lambda p: p, "no gold files (NAME.txt + NAME.gold.yaml)"),
    ],
    ids=["missing", "empty"],
)
def test_eval_of_a_folder_without_gold_pairs_exits_1_with_one_line(tmp_path, setup, message):
    path = setup(tmp_path)
    result = runner.invoke(cli, ["eval", str(path)])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: {path}: {message}"


def test_eval_of_a_bad_gold_file_exits_1_naming_it(folder):
    (folder / "memo.gold.yaml").write_text(
        "provisions:\n  - {holder: RUS, issue: x.y, stance: support}\n"
    )
    result = runner.invoke(cli, ["eval", str(folder)])
    assert result.exit_code == 1
    assert (
        result.output.strip()
        == f"Error: {folder / 'memo.gold.yaml'}: provision 1: unknown issue 'x.y'"
    )
