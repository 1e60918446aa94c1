import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from accord.cases import case_json_schema, case_json_schema_text, dump_case, load_case, parse_case
from accord.errors import CaseError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "cases" / "russia-ukraine-2025.yaml"

GOOD = """\
name: t
parties:
  - name: A
  - name: B
    reservation: 0.2
issues:
  - name: x
    options: [a, b, c]
preferences:
  A:
    ideal: {x: a}
  B:
    weights: {x: 2}
    values:
      x: {a: 0, b: 0.5, c: 1}
"""


def test_good_case_loads():
    case = parse_case(GOOD)
    assert case.preferences["B"].values["x"]["c"] == 1.0


@pytest.mark.parametrize(
    ("old", "new", "message"),
    [
        (
            "  A:\n    ideal",
            "  C:\n    ideal",
            "c.yaml: line 10: preferences.C: unknown party 'C' (parties: A, B)",
        ),
        (
            "ideal: {x: a}",
            "ideal: {x: z}",
            "c.yaml: line 11: preferences.A.ideal.x: unknown option 'z' (options: a, b, c)",
        ),
        (
            "weights: {x: 2}",
            "weights: {y: 2}",
            "c.yaml: line 13: preferences.B.weights.y: unknown issue 'y' (issues: x)",
        ),
        (
            "x: {a: 0, b: 0.5, c: 1}",
            "x: {a: 0, b: 0.5, d: 1}",
            "c.yaml: line 15: preferences.B.values.x.d: unknown option 'd' (options: a, b, c)",
        ),
        (
            "x: {a: 0, b: 0.5, c: 1}",
            "x: {a: 0, b: 1.5, c: 1}",
            "c.yaml: line 15: preferences.B.values.x.b: value 1.5 is not in 0..1",
        ),
        (
            "reservation: 0.2",
            "reservation: 1.2",
            "c.yaml: line 5: parties.1.reservation: Input should be less than or equal to 1",
        ),
        (
            "options: [a, b, c]",
            "options: [a, b, a]",
            "c.yaml: line 7: issues.0: Value error, issue 'x' lists an option twice",
        ),
        (
            "  - name: B\n",
            "  - name: A\n",
            "c.yaml: line 4: parties.1.name: party 'A' is listed twice",
        ),
        (
            "name: t\n",
            "name: t\ncolour: red\n",
            "c.yaml: line 2: colour: Extra inputs are not permitted",
        ),
        (
            "options: [a, b, c]",
            "options: [a, b, c",
            "c.yaml: line 9: malformed YAML (expected ',' or ']', but got ':')",
        ),
    ],
)
def test_case_errors_name_file_line_and_field(old, new, message):
    text = GOOD.replace(old, new, 1)
    assert text != GOOD
    with pytest.raises(CaseError) as err:
        parse_case(text, source="c.yaml")
    assert str(err.value) == message


def test_empty_and_non_mapping_files_are_errors(tmp_path):
    empty = tmp_path / "e.yaml"
    empty.write_text("")
    with pytest.raises(CaseError, match=r"e.yaml: empty case file"):
        load_case(empty)
    with pytest.raises(CaseError, match=r"line 1: expected a mapping of case fields, got a list"):
        parse_case("- a\n")
    with pytest.raises(CaseError, match=r"nope.yaml: no such file"):
        load_case(tmp_path / "nope.yaml")


def test_dump_then_parse_gives_an_equal_case():
    case = load_case(EXAMPLE)
    assert parse_case(dump_case(case)) == case


def test_example_case_validates_against_the_published_schema():
    schema = json.loads((ROOT / "docs" / "case.schema.json").read_text())
    jsonschema.Draft202012Validator.check_schema(schema)
    jsonschema.validate(yaml.safe_load(EXAMPLE.read_text()), schema)


def test_published_schema_is_current():
    assert (ROOT / "docs" / "case.schema.json").read_text() == case_json_schema_text()
    assert case_json_schema()["$schema"].endswith("2020-12/schema")


def test_csv_case_is_read_by_the_forecast_scenario_reader(tmp_path, monkeypatch):
    import sys
    import types

    calls = []
    module = types.ModuleType("accord.forecast.scenario")
    module.read_scenario = lambda path: calls.append(path) or parse_case(GOOD)
    monkeypatch.setitem(sys.modules, "accord.forecast.scenario", module)
    path = tmp_path / "s.csv"
    path.write_text("x")
    assert load_case(path).name == "t"
    assert calls == [path]
