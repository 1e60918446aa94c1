import pytest
from hypothesis import given
from hypothesis import strategies as st

from accord.forecast.median import weighted_median
from accord.forecast.reference import unbeaten_positions


@pytest.mark.parametrize(
    ("xs", "cs", "expected"),
    [
        ([10.0, 50.0, 90.0], [1.0, 1.0, 1.0], 50.0),
        ([10.0, 50.0, 90.0], [3.0, 1.0, 1.0], 10.0),  # 3 of 5 at 10: a majority
        ([10.0, 50.0, 90.0], [2.0, 1.0, 1.0], 30.0),  # exactly half at 10: midpoint of 10..50
        ([90.0, 10.0, 50.0], [1.0, 1.0, 2.5], 50.0),  # order does not matter
    ],
)
def test_weighted_median_of_hand_computed_cases(xs, cs, expected):
    assert weighted_median(xs, cs, [1.0] * len(xs)) == expected


def test_weighted_median_uses_salience_as_weight():
    assert weighted_median([0.0, 100.0], [1.0, 1.0], [0.2, 0.9]) == 100.0


@given(st.floats(0, 100), st.floats(0.01, 10), st.floats(0.01, 1))
def test_a_single_actor_gets_its_own_position(x, c, s):
    assert weighted_median([x], [c], [s]) == x


@given(st.floats(0, 100), st.integers(1, 8))
def test_identical_actors_give_their_position(x, n):
    assert weighted_median([x] * n, [1.5] * n, [0.3] * n) == x


@given(
    st.lists(
        st.tuples(st.integers(0, 100), st.integers(0, 5), st.integers(1, 4)), min_size=1, max_size=9
    )
)
def test_weighted_median_is_in_range_and_no_majority_beats_it(actors):
    xs = [float(a[0]) for a in actors]
    cs = [float(a[1]) for a in actors]
    ss = [a[2] / 4 for a in actors]
    value = weighted_median(xs, cs, ss)
    assert min(xs) <= value <= max(xs)
    unbeaten = unbeaten_positions(xs, cs, ss)
    assert any(value == pytest.approx(u) for u in unbeaten) or (
        min(unbeaten) <= value <= max(unbeaten)
    )
