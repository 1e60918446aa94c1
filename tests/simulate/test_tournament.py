import pytest

from accord.errors import StrategyError
from accord.simulate import STRATEGIES, pairings, tournament

from .conftest import additive_space, split_space


@pytest.fixture(scope="module")
def spaces():
    return [
        split_space(20, reservations=(0.1, 0.1)),
        additive_space(3, [3, 3, 3], seed=2, reservations=[0.2] * 3, name="three"),
    ]


def test_pairings_include_self_play_once_per_pair():
    assert pairings(["a", "b", "c", "a"]) == [
        ("a", "a"),
        ("a", "b"),
        ("a", "c"),
        ("b", "b"),
        ("b", "c"),
        ("c", "c"),
    ]


def test_tournament_table_has_one_row_per_pair_and_per_strategy(spaces):
    names = ["boulware", "conceder", "tit-for-tat"]
    result = tournament(spaces, names, rounds=15)
    assert [(r.a, r.b) for r in result.pairs] == pairings(names)
    assert [r.runs for r in result.pairs] == [2, 4, 4, 2, 4, 2]
    assert sorted(r.strategy for r in result.ranking) == sorted(names)
    assert [r.runs for r in result.ranking] == [10, 10, 10]  # 2 self-play + 4 + 4
    means = [r.mean_utility for r in result.ranking]
    assert means == sorted(means, reverse=True)
    assert result.cases == ["split", "three"]


def test_tournament_rows_average_the_negotiations(spaces):
    result = tournament(spaces[:1], ["hardliner", "linear"], rounds=10, seed=3)
    rows = {(r.a, r.b): r for r in result.pairs}
    self_play = rows[("hardliner", "hardliner")]
    assert self_play.runs == 1
    mixed = rows[("hardliner", "linear")]
    assert mixed.agreement_rate == 1.0
    assert mixed.mean_utility_a > mixed.mean_utility_b


def test_tournament_defaults_to_every_registered_strategy(spaces):
    result = tournament(spaces[:1], rounds=5)
    assert result.strategies == list(STRATEGIES)
    n = len(STRATEGIES)
    assert len(result.pairs) == n * (n + 1) // 2


def test_tournament_is_deterministic_under_its_seed(spaces):
    a = tournament(spaces, ["boulware", "tit-for-tat"], rounds=12, seed=5)
    b = tournament(spaces, ["boulware", "tit-for-tat"], rounds=12, seed=5)
    assert a == b


def test_tournament_reports_progress(spaces):
    calls = []
    tournament(spaces, ["linear", "conceder"], rounds=5, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(k, 8) for k in range(1, 9)]


def test_tournament_refuses_an_unknown_strategy(spaces):
    with pytest.raises(StrategyError, match="unknown strategy 'x'"):
        tournament(spaces, ["linear", "x"])
