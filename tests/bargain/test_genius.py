import dataclasses
import itertools
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from accord.bargain import OutcomeSpace, frontier
from accord.bargain.genius import (
    genius_space,
    read_domain,
    read_genius_case,
    read_profile,
    write_genius,
)
from accord.bargain.geniusweb import read_geniusweb_case, write_geniusweb
from accord.bargain.reference import brute_force_frontier
from accord.cases import load_case
from accord.cli import app
from accord.errors import FormatError

FIX = Path(__file__).resolve().parents[1] / "fixtures" / "genius"
ROOT = Path(__file__).resolve().parents[2]
TRAVEL = [FIX / "Travel" / n for n in ("travel_domain.xml", "travel_fanny.xml", "travel_chox.xml")]
GRID = [FIX / "AgentHp2" / n for n in ("energy_grid_domain.xml", "consumer.xml", "producer.xml")]


def genius_utility(profile_path: Path, bid: dict[str, str]) -> float:
    """GENIUS's formula computed straight from the XML, independently of accord's reader."""
    root = ET.parse(profile_path).getroot()
    issues = {int(i.get("index")): i for i in root.iter("issue")}
    total = 0.0
    for w in root.iter("weight"):
        issue = issues.get(int(w.get("index")))
        if issue is None:
            continue
        value = bid[issue.get("name")]
        items = issue.findall("item")
        if items:
            evals = {i.get("value"): float(i.get("evaluation")) for i in items}
            total += float(w.get("value")) * evals[value] / max(evals.values())
        else:
            ev = issue.find("evaluator")
            x = float(ev.get("offset")) + float(ev.get("slope")) * (
                int(value) - int(issue.get("lowerbound"))
            )
            total += float(w.get("value")) * min(1.0, max(0.0, x))
    return total


@pytest.mark.parametrize("files", [TRAVEL, GRID], ids=["discrete", "integer"])
def test_genius_utilities_follow_the_genius_formula(files):
    space = genius_space(files[0], files[1:])
    rng = np.random.default_rng(0)
    for _ in range(25):
        choice = [int(rng.integers(len(o))) for o in space.options]
        package = space.package(choice)
        got = space.utilities(package)
        for path in files[1:]:
            assert got[path.stem] == pytest.approx(genius_utility(path, package), abs=1e-12)


def test_parties_are_named_by_profile_file_name():
    assert genius_space(TRAVEL[0], TRAVEL[1:]).parties == ("travel_fanny", "travel_chox")


def test_reservation_and_discount_are_read():
    prof = read_profile(FIX / "Lunch" / "Lunch_util1.xml", read_domain(FIX / "Lunch" / "Lunch.xml"))
    assert prof.reservation == 0.8
    assert 0 < prof.discount <= 1


def test_integer_issues_become_ordered_options():
    case = read_genius_case(GRID[0], GRID[1:])
    assert case.issues[0].options == [str(v) for v in range(8, 15)]
    assert case.issues[0].ordered


@pytest.mark.parametrize(
    "files",
    [
        [FIX / "Lunch" / n for n in ("Lunch.xml", "Lunch_util1.xml", "Lunch_util2.xml")],
        [FIX / "AgentHp2" / n for n in ("energy_grid_domain.xml", "consumer.xml", "producer.xml")],
    ],
    ids=["Lunch", "AgentHp2-2-parties"],
)
def test_frontier_of_genius_domain_matches_brute_force(files):
    space = genius_space(files[0], files[1:])
    if space.size > 10_000:  # keep the brute force small: the first 4 issues only
        space = dataclasses.replace(
            space,
            issues=space.issues[:4],
            options=space.options[:4],
            contributions=space.contributions[:4],
        )
    fast = sorted(tuple(np.round(p, 9)) for p in frontier(space).points)
    slow = sorted(
        tuple(round(u, 9) for u in o.utilities.values())
        for o in brute_force_frontier(space, max_outcomes=20_000)
    )
    assert fast == slow


def test_nonlinear_profile_is_refused_with_the_reason():
    with pytest.raises(FormatError, match=r"profile-1.xml: non-linear utility space"):
        read_profile(FIX / "nonlinear" / "profile-1.xml")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("<utility_space><objective>", "not well-formed XML"),
        ("<utility_space><objective name='r'/></utility_space>", "no issues: not a GENIUS domain"),
    ],
)
def test_bad_genius_files_are_format_errors(tmp_path, text, message):
    path = tmp_path / "bad.xml"
    path.write_text(text)
    with pytest.raises(FormatError, match=message):
        read_domain(path)


def test_writing_then_reading_genius_keeps_every_utility(tmp_path):
    case = load_case(ROOT / "examples" / "cases" / "russia-ukraine-2025.yaml")
    paths = write_genius(case, tmp_path)
    ours = OutcomeSpace.from_case(case)
    theirs = genius_space(paths[0], paths[1:])
    assert theirs.parties == ours.parties
    assert list(theirs.reservations) == list(ours.reservations)
    for choice in itertools.islice(
        itertools.product(*(range(len(o)) for o in ours.options)), 0, None, 7
    ):
        assert theirs.point(choice) == pytest.approx(ours.point(choice), abs=1e-12)


def test_writing_then_reading_geniusweb_keeps_every_utility(tmp_path):
    case = load_case(ROOT / "examples" / "cases" / "russia-ukraine-2025.yaml")
    paths = write_geniusweb(case, tmp_path)
    assert json.loads(paths[0].read_text())["issuesValues"]
    back = OutcomeSpace.from_case(read_geniusweb_case(paths[1:]))
    ours = OutcomeSpace.from_case(case)
    for choice in itertools.islice(
        itertools.product(*(range(len(o)) for o in ours.options)), 0, None, 11
    ):
        assert back.point(choice) == pytest.approx(ours.point(choice), abs=1e-12)


def test_geniusweb_number_issue_and_reservation_bid(tmp_path):
    profile = {
        "LinearAdditiveUtilitySpace": {
            "domain": {
                "name": "d",
                "issuesValues": {
                    "price": {"range": {"low": 0, "high": 4, "step": 2}},
                    "colour": {"values": ["red", "blue"]},
                },
            },
            "issueWeights": {"price": 0.5, "colour": 0.5},
            "issueUtilities": {
                "price": {
                    "NumberValueSetUtilities": {
                        "lowValue": 0,
                        "lowUtility": 1,
                        "highValue": 4,
                        "highUtility": 0,
                    }
                },
                "colour": {"DiscreteValueSetUtilities": {"valueUtilities": {"red": 1, "blue": 0}}},
            },
            "reservationBid": {"issuevalues": {"price": 2, "colour": "blue"}},
        }
    }
    path = tmp_path / "buyer.json"
    path.write_text(json.dumps(profile))
    case = read_geniusweb_case([path])
    assert case.issues[0].options == ["0", "2", "4"]
    assert case.preferences["buyer"].values["price"] == {"0": 1.0, "2": 0.5, "4": 0.0}
    assert case.parties[0].reservation == 0.25


def test_bargain_genius_command_names_parties_by_profile(tmp_path):
    result = CliRunner().invoke(app, ["bargain", "--genius", *map(str, TRAVEL), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["parties"] == ["travel_fanny", "travel_chox"]
    assert data["outcomes"] == 188_160
    assert len(data["frontier"]) == 12


def test_genius_files_round_trip_with_integer_issues_and_discount(tmp_path):
    from accord.bargain.genius import write_genius_files

    domain = read_domain(GRID[0])
    profiles = [read_profile(p, domain) for p in GRID[1:]]
    paths = write_genius_files(domain, profiles, tmp_path)
    assert [p.name for p in paths[1:]] == ["consumer.xml", "producer.xml"]
    again = [read_profile(p, read_domain(paths[0])) for p in paths[1:]]
    assert [(p.weights, p.linear, p.reservation, p.discount) for p in again] == [
        (p.weights, p.linear, p.reservation, p.discount) for p in profiles
    ]
    before, after = genius_space(GRID[0], GRID[1:]), genius_space(paths[0], paths[1:])
    rng = np.random.default_rng(1)
    for _ in range(20):
        choice = [int(rng.integers(len(o))) for o in before.options]
        assert after.point(choice) == pytest.approx(before.point(choice), abs=1e-12)


REAL_DOMAIN = """<negotiation_template><utility_space>
<objective index="0" name="deal" type="objective" etype="objective">
<issue index="1" name="price" vtype="real" lowerbound="0.5" upperbound="2.5"/>
<issue index="2" name="colour" etype="discrete">
<item index="1" value="red"/><item index="2" value="blue"/></issue>
</objective></utility_space></negotiation_template>"""

REAL_PROFILE = """<utility_space><objective index="0" name="deal">
<issue index="1" name="price" vtype="real" lowerbound="0.5" upperbound="2.5">
<evaluator ftype="linear" offset="1.0" slope="-0.4"/></issue>
<issue index="2" name="colour" etype="discrete">
<item index="1" value="red" evaluation="3"/><item index="2" value="blue" evaluation="6"/></issue>
<weight index="1" value="0.7"/><weight index="2" value="0.3"/>
</objective><reservation value="0.2"/><discount_factor value="0.9"/></utility_space>"""


def test_real_issues_are_read_and_written_but_refused_for_analysis(tmp_path):
    from accord.bargain.genius import write_genius_files

    (tmp_path / "d.xml").write_text(REAL_DOMAIN)
    (tmp_path / "buyer.xml").write_text(REAL_PROFILE)
    (tmp_path / "seller.xml").write_text(REAL_PROFILE)
    domain = read_domain(tmp_path / "d.xml")
    profile = read_profile(tmp_path / "buyer.xml", domain)
    assert domain.issues[0].kind == "real" and domain.issues[0].upper == 2.5
    assert profile.linear["price"] == (1.0, -0.4)
    assert profile.discount == 0.9 and profile.reservation == 0.2
    with pytest.raises(FormatError, match=r"d.xml: real issue 'price' is continuous"):
        genius_space(tmp_path / "d.xml", [tmp_path / "buyer.xml", tmp_path / "seller.xml"])
    out = write_genius_files(domain, [profile], tmp_path / "out")
    again = read_profile(out[1], read_domain(out[0]))
    assert (again.linear, again.evaluations, again.weights, again.discount) == (
        profile.linear,
        profile.evaluations,
        profile.weights,
        profile.discount,
    )


@settings(max_examples=25, deadline=None)
@given(data=st.data())
def test_written_genius_and_geniusweb_files_give_the_case_utilities(data):
    import tempfile

    from accord.bargain.reference import all_outcomes

    from .strategies import cases

    case = data.draw(cases(data.draw(st.integers(2, 3)), ties=data.draw(st.booleans())))
    ours = OutcomeSpace.from_case(case)
    with tempfile.TemporaryDirectory() as tmp:
        paths = write_genius(case, Path(tmp) / "genius")
        theirs = genius_space(paths[0], paths[1:])
        web = OutcomeSpace.from_case(
            read_geniusweb_case(write_geniusweb(case, Path(tmp) / "w")[1:])
        )
    for choice, u in all_outcomes(ours):
        assert theirs.point(choice) == pytest.approx(u, abs=1e-12)
        assert web.point(choice) == pytest.approx(u, abs=1e-12)
