"""Sides named again in other words: a group's head noun ("the front"), a person tied to a side by
a title, the envoy of two organisations, "its officials"; a venue city in a title names no state."""

import pytest

from .conftest import triples


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            "Ethiopia's government met the Oromo Liberation Front (OLF) in Zanzibar. "
            "The government offered an amnesty. "
            "The front demanded a referendum on self-determination.",
            ("OLF", "territory.referendum", "support"),
        ),
        (
            "Chad's government and the National Coalition for Democracy (NCD) met in Libreville. "
            "The coalition demanded the release of political prisoners.",
            ("NCD", "justice.amnesty", "support"),
        ),
    ],
)
def test_a_groups_head_noun_names_it_again(extractor, text, triple):
    assert triple in triples(extractor(text))


def test_the_front_line_is_no_group(extractor):
    doc = extractor(
        "Ethiopia's government met the Oromo Liberation Front (OLF) in Zanzibar. Fighting on the "
        "front line stopped. The government said it wants a ceasefire."
    )
    assert {p.holder for p in doc.provisions} == {"ETH"}


def test_a_venue_city_in_a_title_names_no_state(extractor):
    doc = extractor(
        "Lusaka II: the second round\n\nAngola's delegation arrived on Monday. "
        "The government said it wants a ceasefire."
    )
    assert ("AGO", "ceasefire.general", "support") in triples(doc)


def test_its_officials_speak_for_the_side_before(extractor):
    doc = extractor(
        "Colombia's government and the ELN met in Caracas. The ELN wants a bilateral ceasefire. "
        "Its officials said that disarmament is not up for discussion."
    )
    assert ("ELN", "forces.disarmament", "oppose") in triples(doc)


def test_a_person_tied_to_a_side_by_a_title(extractor):
    doc = extractor(
        "Ibrahim Kassem, chairman of the Darfur Liberation Movement (DLM), arrived in Doha. "
        "Kassem told reporters that a ceasefire must come first."
    )
    assert {p.holder for p in doc.provisions} == {"DLM"}


def test_a_delegation_led_by_a_minister_is_the_government(extractor):
    doc = extractor(
        "Sudan's army and the RSF sent delegations to Jeddah. The government delegation was led "
        "by Foreign Minister Ali Sadiq. Sadiq said the army would accept a ceasefire."
    )
    assert ("SDN", "ceasefire.general", "support") in triples(doc)


def test_the_envoy_of_two_organisations_is_the_first_ones(extractor):
    doc = extractor(
        "The UN and African Union envoy, Jan Eliasson, proposed an exchange of prisoners."
    )
    assert {p.holder for p in doc.provisions} == {"UN"}


@pytest.mark.parametrize(
    "text, triple",
    [
        (
            # the speaker is named, so the test is about the wording, not about who speaks
            'The MNLF chairman said a referendum "is not on our agenda".',
            ("@", "territory.referendum", "oppose"),
        ),
        (
            "Hamas demanded a transitional governing body.",
            ("@", "governance.power_sharing", "support"),
        ),
    ],
)
def test_agenda_and_transitional_body_wordings(extractor, text, triple):
    got = {(i, s) for _, i, s in triples(extractor(text))}
    assert triple[1:] in got


def test_a_minister_of_the_interior_named_after_his_title(extractor):
    doc = extractor(
        "The Kenyan minister of the interior, Joseph Otieno, said a ceasefire must come first."
    )
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_the_territory_is_the_place_the_text_is_about(extractor):
    doc = extractor(
        "Kashmir has been disputed since 1947. Kashmir's politicians want a say. India says "
        "Kashmir is an integral part of India. The talks were held in New York. Pakistan proposed "
        "a plebiscite in the territory."
    )
    [p] = [p for p in doc.provisions if p.issue == "territory.referendum"]
    assert p.objects == ["KASHMIR"]


def test_a_possessive_after_said_is_no_speaker(extractor):
    doc = extractor(
        "The Hamas delegation rejected the plan and said Israel's presence in the corridor had "
        "never been accepted. It also demanded a prisoner exchange."
    )
    assert ("HAMAS", "humanitarian.prisoner_exchange", "support") in triples(doc)


def test_the_release_of_jailed_activists_is_an_amnesty(extractor):
    doc = extractor("The PKK demanded the release of Kurdish activists imprisoned in Turkey.")
    assert {p.issue for p in doc.provisions} == {"justice.amnesty"}


def test_a_spokesman_for_the_adjective_group_is_the_group_named_before(extractor):
    doc = extractor(
        "Mozambique's government and RENAMO met in Maputo. A spokesman for the rebel group said "
        "its fighters were ready to hand in their weapons."
    )
    assert {p.holder for p in doc.provisions} == {"RENAMO"}
    doc = extractor(
        "Mozambique's government and RENAMO met in Maputo. A spokesman for the Ndau group said "
        "its fighters were ready to hand in their weapons."
    )
    assert {p.holder for p in doc.provisions} == {"RENAMO"}
