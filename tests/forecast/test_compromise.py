import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.forecast.compromise import compromise
from accord.forecast.reference import compromise_reference

positions = st.lists(st.floats(0, 100), min_size=1, max_size=12)


def test_compromise_weights_by_capability_times_salience():
    # (2*0.5*10 + 1*1*40) / (1 + 1) = 25
    assert compromise([10.0, 40.0], [2.0, 1.0], [0.5, 1.0]) == 25.0


def test_compromise_with_all_weights_zero_is_the_plain_mean():
    assert compromise([0.0, 30.0], [0.0, 0.0], [1.0, 1.0]) == 15.0


def test_compromise_rejects_mismatched_lengths():
    with pytest.raises(ValueError):
        compromise([1.0, 2.0], [1.0], [1.0, 1.0])


@given(st.floats(0, 100), st.floats(0.01, 10), st.floats(0.01, 1))
def test_a_single_actor_gets_its_own_position(x, c, s):
    assert compromise([x], [c], [s]) == pytest.approx(x)


@given(st.floats(0, 100), st.integers(1, 8))
def test_identical_actors_give_their_position(x, n):
    assert compromise([x] * n, [2.0] * n, [0.5] * n) == pytest.approx(x)


@given(
    positions.flatmap(
        lambda xs: st.tuples(
            st.just(xs),
            st.lists(st.integers(0, 100).map(lambda v: v / 10), min_size=len(xs), max_size=len(xs)),
            st.lists(
                st.integers(0, 100).map(lambda v: v / 100), min_size=len(xs), max_size=len(xs)
            ),
        )
    )
)
def test_compromise_lies_within_the_positions_and_matches_the_reference(case):
    xs, cs, ss = case
    value = compromise(xs, cs, ss)
    assert min(xs) <= value <= max(xs)
    assert value == pytest.approx(compromise_reference(xs, cs, ss), abs=1e-9)
