import pytest

from accord.extract.lexicon import default_lexicon
from accord.extract.stages.conditions import link_conditions
from accord.extract.stages.issues import find_hits

from .conftest import triples


def linked(text):
    lex = default_lexicon()
    hits = find_hits(lex, text)
    link_conditions(lex, text, 0, hits)
    return hits


@pytest.mark.parametrize(
    "text, main, condition",
    [
        (
            "Kyiv is open to lifting sanctions contingent on a verifiable ceasefire.",
            "economy.sanctions_relief",
            "ceasefire.general",
        ),
        (
            "Russia would accept a ceasefire only if Ukraine drops its NATO bid.",
            "ceasefire.general",
            "alignment.alliance_membership",
        ),
        (
            "Hamas will release the hostages provided that the bombardment stops.",
            "humanitarian.prisoner_exchange",
            "ceasefire.general",
        ),
        (
            "Israel will free prisoners in exchange for the hostages' release.",
            "humanitarian.prisoner_exchange",
            "humanitarian.prisoner_exchange",
        ),
        (
            "Only if the army withdraws from the towns, the group will disarm.",
            "forces.disarmament",
            "forces.withdrawal",
        ),
    ],
)
def test_condition_clauses_attach_to_the_position_they_govern(text, main, condition):
    hits = linked(text)
    governed = [h for h in hits if h.issue == main and h.condition_of is None]
    assert governed
    inside = [h for h in hits if h.condition_of is not None]
    assert condition in {h.issue for h in inside}
    if condition != main:
        assert condition in governed[0].conditions


def test_a_condition_clause_gives_no_provision_of_its_own(extractor):
    doc = extractor(
        "Kyiv signals openness to lifting sanctions contingent on a verifiable ceasefire."
    )
    assert triples(doc) == {("UKR", "economy.sanctions_relief", "support")}
    assert doc.provisions[0].conditions == ["ceasefire.general", "ceasefire.monitoring"]


def test_a_condition_ends_at_the_next_comma(extractor):
    doc = extractor(
        "Washington's plan ends the war if both sides accept it, with Israeli forces pulling back."
    )
    assert ("JOINT", "forces.withdrawal", "support") not in triples(doc)
    assert ("USA", "forces.withdrawal", "support") in triples(doc)


def test_a_cue_does_not_run_across_a_condition_marker(extractor):
    doc = extractor(
        "Israel reserves the right to resume fighting if the talks fail, Netanyahu said."
    )
    assert "process.negotiations" not in {p.issue for p in doc.provisions}


def test_for_as_long_as_it_takes_is_a_duration_not_a_condition():
    s = "Nairobi will keep talking for as long as it takes and wants a halt to attacks first."
    hits = find_hits(default_lexicon(), s)
    link_conditions(default_lexicon(), s, 0, hits)
    assert [(h.issue, h.condition_of) for h in hits] == [("ceasefire.general", None)]
