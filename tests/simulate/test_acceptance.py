import pytest

from accord.errors import StrategyError
from accord.simulate.acceptance import ACCEPTANCE_RULES, ac_next, ac_next_last, get_acceptance


@pytest.mark.parametrize(
    ("offered", "next_offer", "reservation", "last", "expected"),
    [
        (0.7, 0.8, 0.0, False, False),  # the counter-offer is better
        (0.8, 0.8, 0.0, False, True),  # as good as the counter-offer
        (0.9, 0.8, 0.0, False, True),
        (0.3, 0.2, 0.4, False, False),  # below the reservation value
        (0.5, None, 0.4, False, True),  # would walk away instead: any rational offer
        (0.3, None, 0.4, False, False),
        (0.5, 0.9, 0.4, True, False),  # AC_next ignores the clock
    ],
)
def test_ac_next_accepts_offers_as_good_as_its_counter_offer(
    offered, next_offer, reservation, last, expected
):
    assert ac_next(offered, next_offer, reservation, last) is expected


@pytest.mark.parametrize(
    ("offered", "reservation", "last", "expected"),
    [(0.5, 0.4, True, True), (0.5, 0.4, False, False), (0.3, 0.4, True, False)],
)
def test_ac_next_last_takes_any_rational_offer_on_the_last_turn(
    offered, reservation, last, expected
):
    assert ac_next_last(offered, 0.9, reservation, last) is expected


def test_acceptance_rules_are_registered_by_name():
    assert get_acceptance("next") is ac_next
    assert get_acceptance("next-last") is ac_next_last
    assert set(ACCEPTANCE_RULES) == {"next", "next-last"}


def test_an_unknown_acceptance_rule_is_a_strategy_error():
    with pytest.raises(StrategyError, match=r"^--acceptance: unknown acceptance rule 'x' \(known"):
        get_acceptance("x")
