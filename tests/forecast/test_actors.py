import pytest

from accord.errors import CaseError
from accord.forecast.actors import case_actors, issue_inputs, issue_names, salience_divisor
from accord.model import Actor, Case, CaseIssue, CaseParty, Preference


def test_parties_become_actors_at_their_ideal_option_spread_over_the_scale():
    case = Case(
        scale=(0, 10),
        parties=[CaseParty(name="A", capability=3), CaseParty(name="B"), CaseParty(name="C")],
        issues=[
            CaseIssue(name="troops", options=["0", "5k", "10k", "20k", "50k"]),
            CaseIssue(name="venue", options=["Geneva", "Doha"], ordered=False),
        ],
        preferences={
            "A": Preference(ideal={"troops": "5k", "venue": "Doha"}, weights={"troops": 0.6}),
            "B": Preference(ideal={"troops": "50k"}),
        },
    )
    actors = case_actors(case)
    assert [(a.name, a.capability, a.positions, a.salience) for a in actors] == [
        ("A", 3, {"troops": 2.5}, {"troops": 0.6}),
        ("B", 1.0, {"troops": 10.0}, {"troops": 1.0}),
    ]
    assert issue_names(case, actors) == ["troops"]


def test_case_actors_are_used_as_they_are():
    a = Actor(name="X", capability=2, positions={"i": 3})
    assert case_actors(Case(actors=[a])) == [a]


def test_percent_saliences_are_divided_by_100_and_missing_ones_are_full():
    actors = [
        Actor(name="A", capability=1, positions={"i": 1}, salience={"i": 40}),
        Actor(name="B", capability=1, positions={"i": 2}),
    ]
    divisor = salience_divisor(actors)
    assert divisor == 100.0
    assert issue_inputs(actors, "i", divisor).saliences == [0.4, 1.0]


def test_a_salience_above_100_is_a_case_error():
    actors = [Actor(name="A", capability=1, positions={"i": 1}, salience={"i": 400})]
    with pytest.raises(CaseError, match=r"case\.yaml: actor 'A': salience 400"):
        salience_divisor(actors, "case.yaml")
