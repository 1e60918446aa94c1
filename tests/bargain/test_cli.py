import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

ROOT = Path(__file__).resolve().parents[2]
EXAMPLE = ROOT / "examples" / "cases" / "russia-ukraine-2025.yaml"
runner = CliRunner()


def run(*args):
    from accord.cli.app import main  # noqa: F401  (same error handling as the console script)

    return runner.invoke(app, [str(a) for a in args])


def test_bargain_json_has_the_documented_shape():
    result = run("bargain", EXAMPLE, "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert list(data) == ["parties", "outcomes", "frontier", "solutions", "zopa", "trades"]
    assert data["parties"] == ["Russia", "Ukraine"]
    assert data["outcomes"] == 5 * 3 * 3 * 4 * 3 * 2
    assert set(data["solutions"]) == {"nash", "kalai_smorodinsky", "egalitarian", "utilitarian"}
    first = data["frontier"][0]
    assert set(first) == {"package", "utilities"}
    points = [tuple(f["utilities"].values()) for f in data["frontier"]]
    assert len(points) == len(set(points))


def test_bargain_table_and_markdown_name_the_solutions():
    table = run("bargain", EXAMPLE)
    assert table.exit_code == 0
    assert "Kalai-Smorodinsky" in table.stdout and "Pareto frontier" in table.stdout
    md = run("bargain", EXAMPLE, "--format", "md")
    assert md.stdout.startswith("# Bargaining analysis: russia-ukraine-2025\n")
    assert "| utility Russia |" in md.stdout


def test_bargain_from_a_proposal_lists_improvements():
    proposal = (
        "territory.recognition=freeze along the contact line, no recognition,"
        "alignment.alliance_membership=moratorium for a fixed term,"
        "forces.size_limits=loose cap,security.guarantees=non-military guarantees only,"
        "economy.sanctions_relief=phased lifting tied to compliance,"
        "humanitarian.prisoner_exchange=exchanges case by case"
    )
    result = run("bargain", EXAMPLE, "--format", "json", "--from", proposal)
    assert result.exit_code == 0, result.output
    imp = json.loads(result.stdout)["improvements"]
    assert not imp["pareto_optimal"]
    gains = [min(b["gains"].values()) for b in imp["better"]]
    assert gains == sorted(gains, reverse=True) and gains[0] > 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["bargain", "missing.yaml"], "Error: missing.yaml: no such file"),
        (["bargain", EXAMPLE, "--from", "x"], "Error: --from: expected issue=option, got 'x'"),
        (["bargain", "d.xml"], "Error: d.xml: a GENIUS file: use --genius"),
    ],
)
def test_bargain_errors_are_one_line(args, message, capsys):
    import sys

    from accord.cli.app import main

    old = sys.argv
    sys.argv = ["accord", *map(str, args)]
    try:
        with pytest.raises(SystemExit) as exit_:
            main()
    finally:
        sys.argv = old
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1


def test_case_check_and_schema():
    assert "ok: 2 parties, 6 issues" in run("case", "check", EXAMPLE).stdout
    assert json.loads(run("case", "schema").stdout)["title"] == "Case"
