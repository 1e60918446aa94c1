import random

import numpy as np
import pytest

from accord.errors import StrategyError
from accord.simulate import (
    STRATEGIES,
    NegotiationState,
    ParetoConceder,
    TimeBased,
    TitForTat,
    make_strategy,
    negotiate,
    register_strategy,
)

from .conftest import additive_space, brute_frontier, split_space


def _bound(strategy, space, me=0):
    strategy.setup(space, me, random.Random(0))
    return strategy


def test_registered_strategies_are_the_documented_ones():
    assert {"boulware", "linear", "conceder", "hardliner", "tit-for-tat", "pareto"} <= set(
        STRATEGIES
    )
    assert make_strategy("tit-for-tat").name == "tit-for-tat"


def test_register_strategy_adds_a_named_variant():
    register_strategy("test-e3", e=3.0)(TimeBased)
    try:
        assert make_strategy("test-e3").e == 3.0
    finally:
        del STRATEGIES["test-e3"]


def test_negative_exponent_is_refused():
    with pytest.raises(StrategyError, match="e must be ≥ 0"):
        TimeBased(e=-1)


@pytest.mark.parametrize(
    ("e", "t", "expected"),
    [(1.0, 0.5, 0.6), (0.5, 0.5, 0.8), (2.0, 0.25, 0.6), (0.2, 0.5, 0.975), (0.0, 0.9, 1.0)],
)
def test_time_based_target_follows_faratin_curve(e, t, expected):
    s = _bound(TimeBased(e=e), split_space(10, reservations=(0.2, 0.2)))
    assert s.curve(t) == pytest.approx(expected)


@pytest.mark.parametrize("name", ["boulware", "linear", "conceder"])
def test_time_based_curve_runs_from_best_to_reservation(name):
    s = _bound(make_strategy(name), split_space(10, reservations=(0.3, 0.3)))
    assert s.curve(0.0) == pytest.approx(1.0)
    assert s.curve(1.0) == pytest.approx(0.3)
    ts = np.linspace(0, 1, 21)
    assert all(np.diff([s.curve(t) for t in ts]) <= 1e-12)


def test_boulware_holds_firm_longer_than_linear_and_conceder():
    space = split_space(10)
    b, lin, c = (_bound(make_strategy(n), space) for n in ("boulware", "linear", "conceder"))
    for t in (0.25, 0.5, 0.75):
        assert b.curve(t) > lin.curve(t) > c.curve(t)


@pytest.mark.parametrize("name", ["boulware", "linear", "conceder"])
def test_offers_track_the_concession_curve(name):
    space = split_space(100)
    result = negotiate(space, ["hardliner", name], rounds=40, acceptance="next")
    curve = _bound(make_strategy(name), space, me=1)
    n_turns = 80
    offers = [e for e in result.trace if e.party == "B" and e.action == "offer"]
    assert len(offers) >= 39
    for event in offers:
        target = curve.curve(event.turn / (n_turns - 1))
        assert target - 1e-9 <= event.utilities["B"] <= target + curve.tol + 0.01 + 1e-9
    own = [e.utilities["B"] for e in offers]
    assert all(np.diff(own) <= 1e-12)


def test_time_based_offer_moves_toward_the_opponents_last_offer():
    space = additive_space(2, [5, 5, 5], seed=3)
    s = _bound(TimeBased(e=1.0, tol=0.2), space, me=1)
    opponent = int(np.argmax(space.utils[:, 0]))
    state = NegotiationState(space, n_turns=11, turn=5, offers=[(0, opponent)])
    k = s.propose(state)
    window = np.flatnonzero(
        (space.utils[:, 1] >= s.curve(0.5) - 1e-12)
        & (space.utils[:, 1] <= space.utils[k, 1] + 0.2 + 1e-12)
    )
    matches = (space.codes[window] == space.codes[opponent]).sum(axis=1)
    assert (space.codes[k] == space.codes[opponent]).sum() == matches.max()


def test_tit_for_tat_opens_with_its_best_package():
    space = split_space(100)
    s = _bound(TitForTat(), space, me=1)
    k = s.propose(NegotiationState(space, n_turns=20, turn=1, offers=[(0, 100)]))
    assert space.utils[k, 1] == 1.0


def test_tit_for_tat_mirrors_the_opponents_relative_concession():
    space = split_space(100, reservations=(0.2, 0.0))
    s = _bound(TitForTat(kindness=0.05), space, me=1)
    state = NegotiationState(space, n_turns=20, turn=3, offers=[(0, 100), (1, 0), (0, 68)])
    # A gave up 0.32 of its 0.8 of room: 40 %; B concedes 40 % + 5 % of its room of 1.0.
    assert s.opponent_concession(state) == pytest.approx(0.4)
    k = s.propose(state)
    assert space.utils[k, 1] == pytest.approx(0.55)


def test_tit_for_tat_does_not_take_back_a_concession():
    space = split_space(100)
    s = _bound(TitForTat(kindness=0.0), space, me=1)
    offers = [(0, 100), (1, 0), (0, 50)]
    first = s.propose(NegotiationState(space, n_turns=20, turn=3, offers=offers))
    offers += [(1, first), (0, 100)]  # A goes back to its opening demand
    again = s.propose(NegotiationState(space, n_turns=20, turn=5, offers=offers))
    assert space.utils[again, 1] <= space.utils[first, 1] + 1e-12


def test_two_tit_for_tat_parties_reach_agreement_through_kindness():
    result = negotiate(split_space(100), ["tit-for-tat", "tit-for-tat"], rounds=30)
    assert result.agreement and result.round < 29
    assert result.utilities["A"] == pytest.approx(0.5, abs=0.1)


@pytest.mark.parametrize(("n_parties", "seed"), [(2, 1), (2, 2), (3, 3), (4, 4)])
def test_pareto_strategy_offers_only_frontier_packages(n_parties, seed):
    space = additive_space(n_parties, [3, 4, 3, 2], seed=seed, reservations=[0.1] * n_parties)
    front = {tuple(space.utils[k]) for k in brute_frontier(space.utils)}
    result = negotiate(space, ["pareto", "boulware"], rounds=25, acceptance="next")
    offers = [
        e for e in result.trace if e.action == "offer" and result.strategies[e.party] == "pareto"
    ]
    assert offers
    for event in offers:
        assert tuple(event.utilities[p] for p in space.parties) in front


def test_pareto_strategy_concedes_along_the_frontier():
    space = additive_space(2, [4, 4, 4], seed=5)
    s = _bound(ParetoConceder(), space, me=0)
    utilities = [
        space.utils[s.propose(NegotiationState(space, n_turns=11, turn=t)), 0] for t in range(11)
    ]
    assert utilities[0] == pytest.approx(max(space.utils[space.frontier, 0]))
    assert all(np.diff(utilities) <= 1e-12)
    assert utilities[-1] < utilities[0]


def test_pareto_strategy_keeps_to_packages_every_party_finds_rational():
    space = additive_space(2, [4, 4, 4], seed=5, reservations=[0.3, 0.45])
    s = _bound(ParetoConceder(), space, me=0)
    for t in range(11):
        k = s.propose(NegotiationState(space, n_turns=11, turn=t))
        assert k in space.frontier
        assert (space.utils[k] >= np.array([0.3, 0.45]) - 1e-12).all()
