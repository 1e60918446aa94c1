from pathlib import Path

import pytest

from accord.errors import FormatError
from accord.forecast.scenario import read_scenario

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "forecast"


def test_ktab_scenario_gives_actors_with_positions_and_saliences_per_dimension():
    case = read_scenario(FIXTURES / "ceasefire-ktab.csv")
    assert case.name == "Ceasefire talks"
    assert case.scale == (0.0, 100.0)
    assert [a.name for a in case.actors] == ["North", "South", "Mediator", "Sponsor"]
    north = case.actors[0]
    assert north.capability == 60
    assert north.description == "Northern government"
    assert north.positions == {"Timing": 10.0, "Buffer": 80.0}
    assert north.salience == {"Timing": 90.0, "Buffer": 40.0}


def test_ktab_scenario_with_plain_column_names_and_extra_first_line_fields():
    case = read_scenario(FIXTURES / "three-dims.csv")
    assert list(case.actors[1].positions) == ["Pstn1", "Pstn2", "Pstn3"]
    assert case.actors[1].capability == 20


def test_bdm_table_keeps_its_own_zero_to_ten_scale():
    case = read_scenario(FIXTURES / "eu-emissions.csv")
    assert case.scale == (0.0, 10.0)
    assert len(case.actors) == 10
    uk = next(a for a in case.actors if a.name == "UK")
    assert (uk.capability, uk.positions["eu-emissions"], uk.salience["eu-emissions"]) == (
        16,
        10,
        90,
    )


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "empty file"),
        (
            "S,d,2,1\nActor,Description,Power,P,S\nA,a,1,50,50\n",
            "line 1 announces 2 actors, the file has 1",
        ),
        ("S,d,1,1\nActor,Description,Power,P,S\nA,a,1,50\n", "line 3: expected 5 fields, got 4"),
        (
            "S,d,1,1\nActor,Description,Power,P,S\nA,a,lots,50,50\n",
            "line 3: power 'lots' is not a number",
        ),
        (
            "S,d,1,1\nActor,Description,Power,P,S\nA,a,1,150,50\n",
            "line 3: P position 150 is outside 0–100",
        ),
        ("S,d,x,1\n", "line 1: number of actors 'x' is not a number"),
        ("Actor,Capability,Position,Salience\nA,1,2\n", "line 2: expected 4 fields"),
    ],
)
def test_bad_scenarios_raise_one_line_format_errors_naming_file_and_line(tmp_path, text, message):
    path = tmp_path / "bad.csv"
    path.write_text(text, encoding="utf-8")
    with pytest.raises(FormatError) as err:
        read_scenario(path)
    assert str(err.value).startswith(f"{path}: ")
    assert message in str(err.value)
    assert "\n" not in str(err.value)


def test_a_missing_file_is_a_format_error(tmp_path):
    with pytest.raises(FormatError, match="cannot read"):
        read_scenario(tmp_path / "none.csv")
