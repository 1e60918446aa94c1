"""A deal "agreed" inside a condition clause is no reported deal; outside verification of a zone
is ceasefire monitoring."""

from .conftest import triples


def test_a_deal_agreed_inside_a_condition_is_no_joint_voice(extractor):
    doc = extractor(
        "The ELN said it would consider a ceasefire only after a land reform had been agreed. "
        "It demanded that the government disband the paramilitaries."
    )
    assert {p.holder for p in doc.provisions} == {"ELN"}


def test_outside_verification_of_a_zone(extractor):
    doc = extractor(
        "Colombia's government asked for international verification of what happened inside "
        "the zone. "
        "The ELN rejected any outside verification of the zone."
    )
    got = triples(doc)
    assert ("COL", "ceasefire.monitoring", "support") in got
    assert ("ELN", "ceasefire.monitoring", "oppose") in got


def test_ending_its_assistance_opposes_it(extractor):
    doc = extractor(
        "Hamas demanded that Washington end its military assistance to the Israeli army."
    )
    assert ("HAMAS", "security.military_aid", "oppose") in triples(doc)
