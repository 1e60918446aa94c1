import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.bargain import OutcomeSpace, frontier, improvements, trades, zopa
from accord.bargain.reference import all_outcomes
from accord.cases import parse_case
from accord.errors import CaseError

from .strategies import cases

LOGROLL = """
parties: [{name: A}, {name: B}]
issues:
  - {name: x, options: [a, m, b]}
  - {name: y, options: [a, m, b]}
  - {name: z, options: [a, b]}
preferences:
  A: {weights: {x: 3, y: 1, z: 1}, ideal: {x: a, y: a, z: a}}
  B: {weights: {x: 1, y: 3, z: 1}, ideal: {x: b, y: b, z: b}}
"""


@pytest.mark.parametrize("parties", [2, 3])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_zopa_count_matches_enumeration(parties, data):
    space = OutcomeSpace.from_case(data.draw(cases(parties)))
    d = space.reservations
    expected = sum(all(u[i] >= d[i] for i in range(parties)) for _, u in all_outcomes(space))
    z = zopa(frontier(space))
    assert z.outcomes == expected
    assert z.empty == (expected == 0)
    assert all(all(o.utilities[p] >= r for p, r in z.reservations.items()) for o in z.best)


def test_zopa_is_not_counted_above_max_count():
    space = OutcomeSpace.from_case(parse_case(LOGROLL))
    z = zopa(frontier(space), max_count=5)
    assert z.outcomes is None and z.share is None and not z.empty


def test_trades_give_each_trader_the_issue_it_weighs_more():
    space = OutcomeSpace.from_case(parse_case(LOGROLL))
    found = trades(space)
    assert found[0].wins == {"A": "x", "B": "y"}
    for t in found:
        base = space.utilities(
            space.package([space.options[i].index(o) for i, o in enumerate(["m", "m", "a"])])
        )
        assert t.gains == pytest.approx(
            {p: space.utilities(t.package)[p] - base[p] for p in space.parties}
        )
        assert all(t.gains[p] > 0 for p in t.wins)


def test_trades_are_empty_when_parties_weigh_issues_alike():
    case = parse_case(LOGROLL.replace("y: 3", "y: 1").replace("x: 1, y: 1", "x: 3, y: 1"))
    assert trades(OutcomeSpace.from_case(case)) == []


@pytest.mark.parametrize("parties", [2, 3, 4])
@settings(max_examples=40, deadline=None)
@given(data=st.data())
def test_improvements_dominate_the_proposal_and_are_best_first(parties, data):
    space = OutcomeSpace.from_case(data.draw(cases(parties)))
    choice = [data.draw(st.integers(0, len(o) - 1)) for o in space.options]
    proposal = space.package(choice)
    result = improvements(frontier(space), proposal, limit=100)
    base = space.point(choice)
    points = [np.array(u) for _, u in all_outcomes(space)]
    any_better = any((p >= base).all() and (p > base).any() for p in points)
    assert result.pareto_optimal == (not any_better)
    mins = [min(b.gains.values()) for b in result.better]
    assert mins == sorted(mins, reverse=True)
    for b in result.better:
        assert all(g >= -1e-12 for g in b.gains.values()) and max(b.gains.values()) > 0
    if any_better:
        best = max(min(p - base) for p in points if (p >= base).all() and (p > base).any())
        assert mins[0] == pytest.approx(best, abs=1e-9)


def test_improvements_refuse_an_incomplete_proposal():
    space = OutcomeSpace.from_case(parse_case(LOGROLL))
    with pytest.raises(CaseError, match="package gives no option for issue 'y'"):
        improvements(frontier(space), {"x": "a", "z": "a"})
