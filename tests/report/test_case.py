"""The case view: saliences change the analysis, and the plot shows every package."""

from __future__ import annotations

from pathlib import Path

from accord.cases import load_case
from accord.report.case import case_view, with_weights

CASE = Path(__file__).parent.parent / "fixtures" / "web" / "case.yaml"


def test_default_view_trades_each_partys_main_issue() -> None:
    view = case_view(load_case(CASE))
    assert view.report.solutions["nash"].package == {
        "forces.withdrawal": "full withdrawal",
        "economy.reparations": "no reparations",
    }
    assert view.plot.count("<circle") >= 9  # every one of the 3 × 3 packages
    assert not view.sampled


def test_raising_a_salience_moves_the_nash_solution() -> None:
    case = load_case(CASE)
    view = case_view(
        case,
        {
            ("NORTH", "forces.withdrawal"): 10.0,
            ("SOUTH", "forces.withdrawal"): 0.5,
            ("SOUTH", "economy.reparations"): 10.0,
        },
    )
    assert view.report.solutions["nash"].package["forces.withdrawal"] != "full withdrawal"
    assert view.weights[("NORTH", "forces.withdrawal")] == 10.0


def test_with_weights_leaves_the_original_case_alone() -> None:
    case = load_case(CASE)
    with_weights(case, {("NORTH", "forces.withdrawal"): 7.0})
    assert case.preferences["NORTH"].weights["forces.withdrawal"] == 1


def test_unknown_party_or_issue_in_weights_is_ignored() -> None:
    case = load_case(CASE)
    changed = with_weights(case, {("EAST", "forces.withdrawal"): 7.0, ("NORTH", "water"): 2.0})
    assert changed.preferences == case.preferences
