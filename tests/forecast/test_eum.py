import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accord.errors import ConvergenceError
from accord.forecast.eum import (
    _round,
    expected_utilities,
    expected_utility,
    risk_exponents,
    win_probabilities,
)
from accord.forecast.reference import eum_round_reference

# Hand-computed: A and B at 0, C at 10, equal capability, full salience.
X = np.array([0.0, 0.0, 10.0])
ONES = np.ones(3)


def test_win_probability_is_the_share_of_votes_for_the_challenger():
    p = win_probabilities(X, ONES)
    # A vs C: A and B vote 10 each for A, C votes 10 for itself -> 20 / 30
    assert p[0, 2] == pytest.approx(2 / 3)
    assert p[2, 0] == pytest.approx(1 / 3)
    assert p[0, 1] == 0.5  # same position: no votes either way


def test_expected_utilities_and_risk_exponents_of_the_hand_case():
    p = win_probabilities(X, ONES)
    eu1 = expected_utilities(X, ONES, p, np.ones((3, 3)), 10.0, 0.0)
    # Us = 2, Uf = -2, Usq = 0 with r = 1: EU_A(AC) = 2/3*2 + 1/3*(-2) = 2/3
    assert eu1[0, 2] == pytest.approx(2 / 3)
    assert eu1[2, 0] == pytest.approx(-2 / 3)
    assert eu1[0, 1] == pytest.approx(0.0)
    # exposures S = (-2/3, -2/3, 4/3): R = (-1, -1, 1), r = (2, 2, 0.5)
    assert risk_exponents(eu1).tolist() == pytest.approx([2.0, 2.0, 0.5])
    eu = expected_utilities(X, ONES, p, np.full((3, 3), 2.0), 10.0, 0.0)
    # with r = 2: Usq = 2 - 4 * 0.25 = 1, so EU_A(AC) = 2/3 - 1
    assert eu[0, 2] == pytest.approx(-1 / 3)
    eu_c = expected_utilities(X, ONES, p, np.full((3, 3), 0.5), 10.0, 0.0)
    usq = 2 - 4 * math.sqrt(0.5)
    assert eu_c[2, 0] == pytest.approx(-2 / 3 - usq)


def test_hand_case_settles_at_once_because_nobody_gains_from_a_challenge():
    res = expected_utility([0.0, 0.0, 10.0], [1, 1, 1], [1, 1, 1], names=["A", "B", "C"])
    assert res.rounds == 0
    assert res.forecast == 0.0
    assert res.risk == pytest.approx({"A": 2.0, "B": 2.0, "C": 0.5})


def test_a_strong_actor_pulls_a_weak_low_salience_actor():
    res = expected_utility([0, 10, 100], [5, 5, 1], [0.9, 0.9, 0.2], names=["A", "B", "C"])
    assert res.trajectories["C"][0] == 100
    assert res.trajectories["C"][-1] < 100
    assert any(m.target == "C" for m in res.moves)
    assert res.forecast == 10.0


def test_eu_environmental_standards_case_settles_at_seven():
    # BDM (1994) Table, as in Scholz et al. (2011) Table 1.
    names = ["NL", "BE", "LU", "DE", "FR", "IT", "UK", "IE", "DK", "GR"]
    x = [4, 7, 4, 4, 10, 10, 10, 7, 4, 7]
    c = [8, 8, 3, 16, 16, 16, 16, 5, 5, 8]
    s = [0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7]
    res = expected_utility(x, c, s, names=names)
    assert res.converged
    assert res.forecast == pytest.approx(7.0)
    assert res.moves[0].round == 1
    assert all(len(path) == res.rounds + 1 for path in res.trajectories.values())
    first = {m.target: m for m in res.moves if m.round == 1}
    assert first["FR"].kind == "conflict" and first["FR"].position_to == 7.0


def test_not_settling_within_max_iter_raises_a_convergence_error():
    args = (
        [4, 7, 4, 4, 10, 10, 10, 7, 4, 7],
        [8, 8, 3, 16, 16, 16, 16, 5, 5, 8],
        [0.8, 0.4, 0.2, 0.8, 0.6, 0.6, 0.9, 0.1, 1.0, 0.7],
    )
    with pytest.raises(ConvergenceError, match="after 3 rounds"):
        expected_utility(*args, max_iter=3)
    loose = expected_utility(*args, max_iter=3, strict=False)
    assert not loose.converged and loose.rounds == 3


def test_saliences_outside_zero_one_are_rejected():
    with pytest.raises(ValueError, match="saliences"):
        expected_utility([1.0, 2.0], [1.0, 1.0], [50.0, 1.0])


actor = st.tuples(st.integers(0, 20), st.integers(1, 9), st.integers(1, 10))


@settings(max_examples=40, deadline=None)
@given(
    st.lists(actor, min_size=2, max_size=7), st.sampled_from([(1.0, 1.0), (0.5, 0.7), (0.0, 0.0)])
)
def test_one_round_matches_the_pair_by_pair_reference(actors, qt):
    from accord.forecast.median import weighted_median

    x = np.array([5.0 * a[0] for a in actors])
    c = np.array([float(a[1]) for a in actors])
    s = np.array([a[2] / 10 for a in actors])
    width = float(x.max() - x.min())
    if width == 0:
        return
    q, t = qt
    mu = weighted_median(x.tolist(), c.tolist(), s.tolist())
    fast, _, _ = _round(x, c, s, width, q, t, 0.0)
    slow = eum_round_reference(x.tolist(), c.tolist(), s.tolist(), width, mu, q, t)
    assert fast.tolist() == pytest.approx(slow, abs=1e-9)


@given(st.floats(0, 100), st.floats(0.1, 10), st.floats(0, 1))
def test_a_single_actor_gets_its_own_position(x, c, s):
    assert expected_utility([x], [c], [s]).forecast == x


@given(st.floats(0, 100), st.integers(2, 6))
def test_identical_actors_give_their_position(x, n):
    assert expected_utility([x] * n, [1.0] * n, [0.5] * n).forecast == x


@settings(max_examples=30, deadline=None)
@given(st.lists(actor, min_size=1, max_size=8))
def test_the_forecast_lies_within_the_range_of_positions(actors):
    xs = [5.0 * a[0] for a in actors]
    res = expected_utility(xs, [a[1] for a in actors], [a[2] / 10 for a in actors], strict=False)
    assert min(xs) <= res.forecast <= max(xs)
    for path in res.trajectories.values():
        assert min(xs) <= min(path) and max(path) <= max(xs)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 20), st.floats(0, 5)), min_size=1, max_size=12))
def test_fast_win_probabilities_equal_the_voter_by_voter_sums(actors):
    from accord.forecast.eum import win_probabilities_direct

    x = np.array([5.0 * a[0] for a in actors])
    w = np.array([a[1] for a in actors])
    assert np.allclose(win_probabilities(x, w), win_probabilities_direct(x, w), atol=1e-9)


def test_a_round_of_forty_actors_uses_the_sorted_sums_and_matches_the_reference():
    rng = np.random.default_rng(7)
    x = rng.integers(0, 21, 40) * 5.0
    c = rng.uniform(1, 10, 40)
    s = rng.uniform(0.1, 1, 40)
    width = float(x.max() - x.min())
    fast, _, _ = _round(x, c, s, width, 1.0, 1.0, 0.0)
    slow = eum_round_reference(x.tolist(), c.tolist(), s.tolist(), width, 0.0)
    assert fast.tolist() == pytest.approx(slow, abs=1e-9)
    assert not np.array_equal(fast, x)
