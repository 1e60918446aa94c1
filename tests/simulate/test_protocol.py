import dataclasses

import pytest

from accord.errors import StrategyError
from accord.simulate import negotiate
from accord.simulate.strategies import TimeBased

from .conftest import additive_space, split_space


def test_parties_move_in_case_order_one_turn_each(three_party):
    result = negotiate(three_party, ["hardliner"], rounds=4, acceptance="next")
    assert [e.turn for e in result.trace] == list(range(len(result.trace)))
    assert [e.party for e in result.trace] == [three_party.parties[t % 3] for t in range(12)]
    assert [e.round for e in result.trace] == [t // 3 for t in range(12)]


def test_first_party_opens_with_an_offer(three_party):
    first = negotiate(three_party, ["conceder"], rounds=5).trace[0]
    assert (first.party, first.action) == ("P0", "offer")
    assert first.utilities["P0"] == pytest.approx(three_party.best_utility(0))


def test_talks_end_at_the_deadline_without_agreement_when_nobody_concedes():
    space = split_space(10, reservations=(0.1, 0.1))
    result = negotiate(space, ["hardliner", "hardliner"], rounds=7)
    assert (result.agreement, result.ended_by) == (False, "deadline")
    assert len(result.trace) == 14
    assert all(e.action == "offer" for e in result.trace)
    assert result.utilities == {"A": 0.1, "B": 0.1}
    assert result.package is None and result.round is None


def test_agreement_needs_every_other_party_to_accept_in_turn(three_party):
    result = negotiate(three_party, ["conceder", "linear", "boulware"], rounds=30)
    assert result.agreement
    *_, offer, first, second = result.trace
    assert offer.action == "offer"
    assert [first.action, second.action] == ["accept", "accept"]
    assert first.package == second.package == offer.package == result.package
    assert {offer.party, first.party, second.party} == set(three_party.parties)
    assert result.turn == second.turn and result.round == second.turn // 3


def test_a_counter_offer_resets_the_acceptances(three_party):
    result = negotiate(three_party, ["linear", "conceder", "boulware"], rounds=30)
    for k, event in enumerate(result.trace):
        if event.action == "accept":
            previous_offer = next(e for e in reversed(result.trace[:k]) if e.action == "offer")
            assert event.package == previous_offer.package


def test_two_linear_parties_split_evenly_at_the_middle_of_the_deadline():
    result = negotiate(split_space(10), ["linear", "linear"], rounds=10)
    assert result.package == {"share": "5"}
    assert result.utilities == pytest.approx({"A": 0.5, "B": 0.5})
    assert result.distance_to_nash == pytest.approx(0.0)


def test_a_hardliner_takes_everything_from_a_party_that_concedes_to_zero():
    result = negotiate(split_space(10), ["hardliner", "linear"], rounds=10, acceptance="next")
    assert result.utilities == pytest.approx({"A": 1.0, "B": 0.0})
    assert result.turn == 19


def test_on_its_last_turn_a_party_takes_any_offer_above_its_reservation():
    result = negotiate(split_space(10), ["hardliner", "linear"], rounds=10)
    assert result.turn == 18 and result.trace[-1].party == "A"
    assert result.utilities["A"] < 1.0


def test_a_party_walks_away_when_no_package_reaches_its_reservation():
    space = dataclasses.replace(split_space(10), reservations=[0.0, 1.01])
    result = negotiate(space, ["conceder", "conceder"], rounds=5)
    assert result.ended_by == "walk_away"
    assert result.trace[-1].action == "walk_away" and result.trace[-1].party == "B"


def test_strategy_instances_can_be_seated_directly():
    result = negotiate(split_space(10), [TimeBased(e=1.0), TimeBased(e=1.0)], rounds=10)
    assert result.strategies == {"A": "TimeBased", "B": "TimeBased"}
    assert result.package == {"share": "5"}


def test_a_short_strategy_list_repeats_over_the_parties():
    space = additive_space(4, [3, 3], seed=1)
    result = negotiate(space, ["boulware", "conceder"], rounds=5)
    assert list(result.strategies.values()) == ["boulware", "conceder"] * 2


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({"strategies": ["linear"] * 3}, "--strategies: 3 strategies for 2 parties (split)"),
        ({"strategies": []}, "--strategies: name at least one strategy"),
        ({"rounds": 0}, "--rounds: the deadline must be at least 1 round, not 0"),
        ({"acceptance": "never"}, "--acceptance: unknown acceptance rule 'never' (known: "),
        ({"strategies": ["bully"]}, "--strategies: unknown strategy 'bully' (known: boulware,"),
    ],
)
def test_bad_settings_are_named_errors(kwargs, message):
    with pytest.raises(StrategyError) as info:
        negotiate(split_space(4), **kwargs)
    assert str(info.value).startswith(message)
