import json
from pathlib import Path

from typer.testing import CliRunner

from accord.cli import app

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "forecast"
runner = CliRunner()


def invoke(*args):
    return runner.invoke(app, ["forecast", *(str(a) for a in args)])


def test_json_output_has_exactly_the_documented_shape():
    result = invoke(FIXTURES / "eu-emissions.csv", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data) == ["issues"]
    issue = data["issues"][0]
    assert list(issue) == ["issue", "forecasts", "rounds", "trajectories"]
    assert issue["issue"] == "eu-emissions"
    assert list(issue["forecasts"]) == ["compromise", "median", "eum"]
    assert issue["forecasts"]["eum"] == 7.0
    assert issue["trajectories"]["France"][0] == 10.0
    assert len(issue["trajectories"]["France"]) == issue["rounds"] + 1


def test_table_output_shows_forecasts_and_who_moved_whom():
    result = invoke(FIXTURES / "ceasefire-ktab.csv", "--model", "median,eum")
    assert result.exit_code == 0, result.output
    assert "Forecasts" in result.output
    assert "who moved whom" in result.output
    assert "compromise" not in result.output.split("who moved whom")[0]


def test_markdown_output_is_a_table():
    result = invoke(FIXTURES / "ceasefire-ktab.csv", "-f", "md", "-m", "compromise")
    assert result.exit_code == 0
    assert "| issue | compromise | rounds |" in result.output
    assert "| Timing |" in result.output


def test_monte_carlo_runs_appear_in_json_with_the_seed():
    result = invoke(
        FIXTURES / "eu-emissions.csv",
        "-f",
        "json",
        "--runs",
        "8",
        "--seed",
        "4",
        "--noise",
        "position=0.1",
        "--workers",
        "1",
        "-m",
        "median",
    )
    assert result.exit_code == 0, result.output
    mc = json.loads(result.output)["montecarlo"]
    assert (mc["runs"], mc["seed"], mc["noise"]["position"]) == (8, 4, 0.1)


def test_a_yaml_case_with_actors_is_forecast(tmp_path):
    path = tmp_path / "case.yaml"
    path.write_text(
        "name: t\nactors:\n  - {name: A, capability: 2, positions: {x: 20}}\n"
        "  - {name: B, capability: 1, positions: {x: 80}}\n",
        encoding="utf-8",
    )
    result = invoke(path, "-f", "json")
    assert json.loads(result.output)["issues"][0]["forecasts"]["compromise"] == 40.0


def test_bad_scenario_is_one_error_line_and_exit_status_1(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("S,d,1,1\nActor,Description,Power,P,S\nA,a,1,50\n", encoding="utf-8")
    import subprocess
    import sys

    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "accord",
            "forecast",
            str(path),
        ],
        capture_output=True,
        text=True,
        env={"PYTHONPATH": str(Path(__file__).parents[2] / "src"), "PATH": "/usr/bin:/bin"},
    )
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"Error: {path}: line 3: expected 5 fields, got 4"


def test_positions_that_never_settle_are_an_error_naming_file_and_issue_unless_no_strict():
    path = FIXTURES / "eu-emissions.csv"
    result = invoke(path, "--max-iter", "2")
    assert result.exit_code != 0
    assert f"{path}: issue 'eu-emissions': expected utility model: positions still moving" in str(
        result.exception
    )
    lenient = invoke(path, "--max-iter", "2", "--no-strict")
    assert lenient.exit_code == 0
    assert "2 (not settled)" in lenient.output
