"""Agreed terms: a state that lasts "until" a later step gives way to that step in the same
sentence; persons held by either party and released is an exchange."""

from accord.model import DocumentMeta

from .conftest import triples

JOINT_META = DocumentMeta(author="JOINT")


def test_keeping_weapons_until_a_settlement_then_disarmament(extractor):
    doc = extractor(
        "4.2 The combatants of the FNL shall keep their arms until the final accord is signed; "
        "their disarmament shall then take place under the joint commission.",
        JOINT_META,
    )
    got = triples(doc)
    assert ("JOINT", "forces.disarmament", "support") in got
    assert ("JOINT", "forces.disarmament", "oppose") not in got


def test_persons_held_by_either_side_released_is_an_exchange(extractor):
    doc = extractor(
        "5. Persons detained by either side in connection with the war, combatants and "
        "civilians alike, shall be released within thirty days.",
        JOINT_META,
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(doc)


def test_neither_party_shall_occupy_new_positions_is_a_freeze(extractor):
    doc = extractor(
        "3. Neither side shall occupy new positions along the Line of Control.", JOINT_META
    )
    assert ("JOINT", "forces.redeployment_freeze", "support") in triples(doc)
