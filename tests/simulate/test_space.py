from pathlib import Path

import numpy as np
import pytest

from accord import bargain
from accord.cases import load_case, parse_case
from accord.errors import CaseError, InfeasibleError
from accord.simulate import NegotiationSpace, simulate

from .conftest import brute_frontier

CASES = Path(__file__).resolve().parents[2] / "examples" / "cases"
SHIPPED = sorted(CASES.glob("sim-*.yaml"))


def test_the_examples_ship_two_three_and_four_party_cases():
    sizes = sorted(len(load_case(p).parties) for p in SHIPPED)
    assert sizes == [2, 3, 4]


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_space_utilities_are_the_bargaining_engines(path):
    case = load_case(path)
    space = NegotiationSpace.from_case(case)
    assert space.size == bargain.OutcomeSpace.from_case(case).size
    for k in range(0, space.size, 7):
        expected = bargain.utilities(case, space.package(k))
        assert space.utility_of(k) == pytest.approx(expected, abs=1e-12)


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_space_frontier_and_nash_match_brute_force_and_the_engine(path):
    case = load_case(path)
    space = NegotiationSpace.from_case(case)
    points = {tuple(np.round(space.utils[k], 9)) for k in space.frontier}
    assert points == {tuple(np.round(space.utils[k], 9)) for k in brute_frontier(space.utils)}
    assert len(space.frontier) == len(points)
    assert space.package(space.nash) == bargain.nash(case).package


@pytest.mark.parametrize("path", SHIPPED, ids=lambda p: p.stem)
def test_shipped_cases_reach_agreement_between_conceding_strategies(path):
    result = simulate(load_case(path), ["conceder", "linear"], rounds=40)
    assert result.agreement and result.individually_rational


def test_a_space_too_large_to_enumerate_is_refused():
    case = parse_case(
        "name: big\n"
        "parties: [{name: A}, {name: B}]\n"
        "issues:\n"
        + "".join(f"  - {{name: i{k}, options: [a, b, c, d]}}\n" for k in range(10))
        + "preferences: {A: {ideal: {i0: a}}, B: {ideal: {i0: d}}}\n"
    )
    with pytest.raises(InfeasibleError, match=r"^big: 1,048,576 possible packages; a simulation"):
        NegotiationSpace.from_case(case)


def test_a_case_the_engine_rejects_stays_a_case_error():
    case = parse_case("name: solo\nparties: [{name: A}]\nissues: [{name: x, options: [a]}]\n")
    with pytest.raises(CaseError, match=r"^solo: "):
        simulate(case)


def test_a_space_without_any_rational_package_has_no_nash_point():
    case = parse_case(
        "parties: [{name: A, reservation: 0.9}, {name: B, reservation: 0.9}]\n"
        "issues: [{name: x, options: [a, b, c]}]\n"
        "preferences: {A: {ideal: {x: a}}, B: {ideal: {x: c}}}\n"
    )
    result = simulate(case, ["conceder", "conceder"], rounds=10)
    assert result.nash is None and result.distance_to_nash is None
    assert not result.agreement
