import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.bargain import OutcomeSpace, frontier, nondominated, pareto_frontier
from accord.bargain.pareto import DECIMALS
from accord.bargain.reference import brute_force_frontier
from accord.cases import parse_case
from accord.errors import InfeasibleError

from .strategies import cases


def _point_set(outcomes):
    return sorted(tuple(round(u, 9) for u in o.utilities.values()) for o in outcomes)


@pytest.mark.parametrize("parties", [2, 3, 4])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_frontier_equals_brute_force_with_ties(parties, data):
    case = data.draw(cases(parties, ties=True))
    space = OutcomeSpace.from_case(case)
    fast = frontier(space).outcomes
    assert _point_set(fast) == _point_set(brute_force_frontier(space))


@pytest.mark.parametrize("parties", [2, 3, 4])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_frontier_equals_brute_force_with_random_values(parties, data):
    case = data.draw(cases(parties, ties=False))
    space = OutcomeSpace.from_case(case)
    assert _point_set(frontier(space).outcomes) == _point_set(brute_force_frontier(space))


@pytest.mark.parametrize("parties", [2, 3, 5])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_frontier_packages_have_the_utilities_reported(parties, data):
    space = OutcomeSpace.from_case(data.draw(cases(parties)))
    for o in frontier(space).outcomes:
        assert space.utilities(o.package) == pytest.approx(o.utilities, abs=1e-12)


@pytest.mark.parametrize("d", [2, 3, 4, 6])
@settings(max_examples=50, deadline=None)
@given(data=st.data())
def test_nondominated_matches_pairwise_definition(d, data):
    n = data.draw(st.integers(1, 40))
    cells = st.sampled_from([0.0, 0.5, 1.0]) if data.draw(st.booleans()) else st.floats(0, 1)
    drawn = data.draw(st.lists(st.lists(cells, min_size=d, max_size=d), min_size=n, max_size=n))
    points = np.round(np.array(drawn), DECIMALS)  # the definition compares rounded utilities
    expected = [
        i
        for i in range(n)
        if not any(
            (points[j] >= points[i]).all() and (j < i or (points[j] != points[i]).any())
            for j in range(n)
            if j != i
        )
    ]
    assert nondominated(points).tolist() == expected


def test_frontier_of_two_parties_is_sorted_by_first_party():
    case = parse_case(
        """
parties: [{name: A}, {name: B}]
issues: [{name: x, options: [a, b, c, d]}, {name: y, options: [a, b, c]}]
preferences:
  A: {weights: {x: 2, y: 1}, ideal: {x: a, y: a}}
  B: {ideal: {x: d, y: c}}
"""
    )
    us = [o.utilities["A"] for o in pareto_frontier(case)]
    assert us == sorted(us, reverse=True)
    assert len(set(us)) == len(us)


def test_frontier_keeps_one_package_per_distinct_point():
    case = parse_case(
        """
parties: [{name: A}, {name: B}]
issues: [{name: x, options: [a, b, same_as_b]}]
preferences:
  A: {values: {x: {a: 1.0, b: 0.5, same_as_b: 0.5}}}
  B: {values: {x: {a: 0.0, b: 0.5, same_as_b: 0.5}}}
"""
    )
    assert [o.package["x"] for o in pareto_frontier(case)] == ["a", "b"]


def test_frontier_too_large_is_refused_with_a_clear_message():
    issues = "\n".join(f"  - {{name: i{k}, options: [a, b, c, d, e, f, g, h]}}" for k in range(12))
    a_vals = ", ".join(
        f"i{k}: {{a: 1, b: 0.9, c: 0.3, d: 0.7, e: 0.1, f: 0.5, g: 0.2, h: 0.6}}" for k in range(12)
    )
    b_vals = ", ".join(
        f"i{k}: {{a: 0, b: 0.15, c: 0.8, d: 0.35, e: 1, f: 0.55, g: 0.9, h: 0.45}}"
        for k in range(12)
    )
    case = parse_case(
        f"name: big\nparties: [{{name: A}}, {{name: B}}, {{name: C}}]\nissues:\n{issues}\n"
        f"preferences:\n  A: {{values: {{{a_vals}}}}}\n  B: {{values: {{{b_vals}}}}}\n"
        f"  C: {{values: {{{a_vals}}}, weights: {{i0: 5}}}}\n"
    )
    with pytest.raises(InfeasibleError, match=r"^big: exact Pareto frontier refused: at issue"):
        frontier(OutcomeSpace.from_case(case), max_points=1000)


def test_frontier_reports_progress_issue_by_issue():
    case = parse_case(
        """
parties: [{name: A}, {name: B}]
issues: [{name: x, options: [a, b]}, {name: y, options: [a, b]}, {name: z, options: [a, b]}]
preferences: {A: {ideal: {x: a, y: a, z: a}}, B: {ideal: {x: b, y: b, z: b}}}
"""
    )
    calls = []
    frontier(OutcomeSpace.from_case(case), progress=lambda done, total: calls.append((done, total)))
    assert calls == [(1, 3), (2, 3), (3, 3)]


def test_rounding_noise_does_not_keep_a_dominated_point_on_the_frontier():
    # 0.1 + 0.2 is 0.30000000000000004: without rounding, the first row would "beat" the
    # second on party 0 and both would stay, though the second is better for party 1.
    points = np.array([[0.1 + 0.2, 0.5], [0.3, 0.8]])
    assert nondominated(points).tolist() == [1]
