import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.bargain import (
    OutcomeSpace,
    egalitarian,
    frontier,
    kalai_smorodinsky,
    nash,
    solve,
    utilitarian,
)
from accord.bargain.reference import all_outcomes
from accord.cases import parse_case

from .strategies import cases

TWO = """
parties: [{name: A}, {name: B}]
issues: [{name: x, options: [a, b, c, d, e]}]
preferences:
  A: {ideal: {x: a}}
  B: {values: {x: {a: 0.0, b: 0.6, c: 0.8, d: 0.9, e: 1.0}}}
"""


def _brute(space):
    """Best objective value of each solution over every outcome, by plain enumeration."""
    d = [float(r) for r in space.reservations]
    pts = [u for _, u in all_outcomes(space)]
    gains = [[u[i] - d[i] for i in range(len(d))] for u in pts]
    out = {}
    rational = [g for g in gains if all(x > 0 for x in g)]
    out["nash"] = max((math.prod(g) for g in rational), default=None)
    weak = [g for g in gains if all(x >= 0 for x in g)]
    if weak:
        ideal = [max(g[i] for g in weak) for i in range(len(d))]
        out["kalai_smorodinsky"] = max(
            min(g[i] / ideal[i] if ideal[i] > 0 else 1.0 for i in range(len(d))) for g in weak
        )
    else:
        out["kalai_smorodinsky"] = None
    out["egalitarian"] = max(min(g) for g in gains)
    out["utilitarian"] = max(sum(u) for u in pts)
    return out, pts


def _objective(name, space, utilities, ideal=None):
    d = space.reservations
    g = np.array([utilities[p] for p in space.parties]) - d
    if name == "nash":
        return float(np.prod(g))
    if name == "egalitarian":
        return float(g.min())
    if name == "utilitarian":
        return float(np.array([utilities[p] for p in space.parties]).sum())
    return float(min(g[i] / ideal[i] if ideal[i] > 0 else 1.0 for i in range(len(g))))


@pytest.mark.parametrize("parties", [2, 3, 4])
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_every_solution_reaches_the_brute_force_optimum(parties, data):
    space = OutcomeSpace.from_case(data.draw(cases(parties, ties=data.draw(st.booleans()))))
    best, pts = _brute(space)
    got = solve(frontier(space))
    d = space.reservations
    weak = [np.array(u) - d for u in pts if all(np.array(u) - d >= 0)]
    ideal = np.max(weak, axis=0) if weak else None
    for name, value in best.items():
        if value is None:
            assert got[name] is None, name
            continue
        assert got[name] is not None, name
        assert _objective(name, space, got[name].utilities, ideal) == pytest.approx(
            value, abs=1e-9
        ), name
        # The package reported has the utilities reported.
        assert space.utilities(got[name].package) == pytest.approx(got[name].utilities)


def test_nash_maximises_the_product_of_gains():
    out = nash(parse_case(TWO))
    # products: a 0, b .75*.6=.45, c .5*.8=.4, d .25*.9=.225, e 0
    assert out.package == {"x": "b"}


def test_kalai_smorodinsky_equalises_shares_of_the_ideal_gains():
    assert kalai_smorodinsky(parse_case(TWO)).package == {"x": "b"}


def test_egalitarian_maximises_the_smallest_gain():
    # min(u_A, u_B): a 0, b .6, c .5, d .25, e 0
    assert egalitarian(parse_case(TWO)).package == {"x": "b"}


def test_utilitarian_maximises_the_sum():
    # sums: a 1, b 1.35, c 1.3, d 1.15, e 1
    assert utilitarian(parse_case(TWO)).utilities == pytest.approx({"A": 0.75, "B": 0.6})


def test_nash_is_none_when_no_package_beats_every_reservation():
    case = parse_case(
        TWO.replace("{name: A}", "{name: A, reservation: 0.9}").replace(
            "{name: B}", "{name: B, reservation: 0.9}"
        )
    )
    assert nash(case) is None
    assert kalai_smorodinsky(case) is None
    assert egalitarian(case) is not None


def test_solutions_return_native_floats():
    out = nash(parse_case(TWO))
    assert all(type(u) is float for u in out.utilities.values())
