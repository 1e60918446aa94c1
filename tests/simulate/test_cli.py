import json
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accord.cli import app

CASES = Path(__file__).resolve().parents[2] / "examples" / "cases"
CEASEFIRE = CASES / "sim-ceasefire.yaml"
RIVER = CASES / "sim-river-basin.yaml"
runner = CliRunner()


def run(*args):
    result = runner.invoke(app, ["simulate", *map(str, args)])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_simulate_json_has_the_documented_fields():
    data = json.loads(run(CEASEFIRE, "--format", "json", "--seed", "3"))
    assert data["parties"] == ["Government", "Coalition"]
    assert data["strategies"] == {"Government": "boulware", "Coalition": "conceder"}
    assert {
        "agreement",
        "round",
        "package",
        "utilities",
        "distance_to_pareto",
        "distance_to_nash",
        "nash",
        "trace",
    } <= set(data)
    assert data["seed"] == 3 and data["rounds"] == 50
    assert data["trace"][0]["action"] == "offer"


def test_simulate_seats_the_named_strategies_in_turn_order():
    data = json.loads(run(RIVER, "-s", "pareto,tit-for-tat,linear", "--rounds", "20", "-f", "json"))
    assert list(data["strategies"].values()) == ["pareto", "tit-for-tat", "linear", "pareto"]
    assert data["rounds"] == 20
    assert max(e["round"] for e in data["trace"]) < 20


def test_simulate_table_and_markdown_state_the_outcome():
    table = run(CEASEFIRE, "--trace")
    assert "Agreement in round" in table and "Offers" in table
    md = run(CEASEFIRE, "--format", "md")
    assert md.startswith("# Simulation: sim-ceasefire\n")
    assert "| Party | Strategy | Reservation | Utility | Nash utility |" in md
    assert "## Offers" not in md
    assert "| Round | Party | Move | Government | Coalition | Package |" in run(
        CEASEFIRE, "-f", "md", "--trace"
    )


def test_tournament_json_tabulates_every_pair():
    data = json.loads(
        run(CEASEFIRE, "--tournament", RIVER, "-s", "boulware,conceder", "-r", "15", "-f", "json")
    )
    assert data["cases"] == ["sim-ceasefire", "sim-river-basin"]
    assert [(p["a"], p["b"], p["runs"]) for p in data["pairs"]] == [
        ("boulware", "boulware", 2),
        ("boulware", "conceder", 4),
        ("conceder", "conceder", 2),
    ]
    assert [r["strategy"] for r in data["ranking"]] != []


def test_simulate_reads_a_genius_domain_and_profiles():
    car = Path(__file__).resolve().parents[1] / "fixtures" / "genius" / "CarA"
    files = [car / "Car-A-domain.xml", car / "Car-A-prof1.xml", car / "Car-A-prof2.xml"]
    data = json.loads(run("--genius", *files, "-f", "json", "-r", "20"))
    assert data["parties"] == ["Car-A-prof1", "Car-A-prof2"]
    assert data["agreement"] is True


def test_tournament_markdown_has_both_tables():
    md = run(CEASEFIRE, "--tournament", "-s", "linear,hardliner", "-r", "10", "-f", "md")
    assert "## Pairings" in md and "## Strategies" in md


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["missing.yaml"], "Error: missing.yaml: no such file"),
        ([CEASEFIRE, "-s", "bully"], "Error: --strategies: unknown strategy 'bully' (known: "),
        ([CEASEFIRE, RIVER], f"Error: {RIVER}: several cases need --tournament"),
        ([CEASEFIRE, "-s", "a,b,c"], "Error: --strategies: unknown strategy 'a'"),
        ([CEASEFIRE, "-s", "linear,linear,linear"], "Error: --strategies: 3 strategies for 2"),
    ],
)
def test_simulate_errors_are_one_line(args, message, capsys, monkeypatch):
    from accord.cli.app import main

    monkeypatch.setattr(sys, "argv", ["accord", "simulate", *map(str, args)])
    with pytest.raises(SystemExit) as exit_:
        main()
    assert exit_.value.code == 1
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert err.count("\n") == 1
