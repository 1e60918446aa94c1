from pathlib import Path

import numpy as np
import pytest

from accord.bargain.genius import genius_space
from accord.errors import CaseError
from accord.simulate import negotiate
from accord.simulate.load import load_spaces

ROOT = Path(__file__).resolve().parents[2]
CASES = ROOT / "examples" / "cases"
CAR = ROOT / "tests" / "fixtures" / "genius" / "CarA"
CAR_FILES = [CAR / "Car-A-domain.xml", CAR / "Car-A-prof1.xml", CAR / "Car-A-prof2.xml"]


def test_a_genius_negotiation_has_genius_utilities():
    (space,) = load_spaces(CAR_FILES, genius=True)
    engine = genius_space(CAR_FILES[0], CAR_FILES[1:])
    assert space.parties == ["Car-A-prof1", "Car-A-prof2"]
    assert space.size == engine.size
    for k in range(0, space.size, max(1, space.size // 50)):
        expected = engine.utilities(space.package(k))
        assert space.utility_of(k) == pytest.approx(expected, abs=1e-12)


def test_a_genius_negotiation_runs_to_a_rational_result():
    (space,) = load_spaces(CAR_FILES, genius=True)
    result = negotiate(space, ["conceder", "tit-for-tat"], rounds=30)
    assert result.agreement and result.individually_rational


def test_packages_and_indices_round_trip():
    (space,) = load_spaces([CASES / "sim-prisoner-swap.yaml"])
    assert [space.index_of(space.package(k)) for k in range(space.size)] == list(range(space.size))
    codes = np.array(
        [
            [space.options[i].index(o) for i, o in enumerate(space.package(k).values())]
            for k in range(space.size)
        ]
    )
    assert (codes == space.codes).all()


def test_several_cases_need_a_tournament():
    files = [CASES / "sim-ceasefire.yaml", CASES / "sim-river-basin.yaml"]
    with pytest.raises(CaseError, match="several cases need --tournament"):
        load_spaces(files)
    assert [s.name for s in load_spaces(files, tournament=True)] == [
        "sim-ceasefire",
        "sim-river-basin",
    ]


def test_a_genius_file_given_as_a_case_says_to_use_genius():
    with pytest.raises(CaseError, match="use --genius"):
        load_spaces([CAR_FILES[0]])
