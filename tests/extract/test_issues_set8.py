"""Issue wordings found on a fresh dev set (set8); sentences written for the tests."""

import pytest

from .conftest import triples


@pytest.mark.parametrize(
    "text, expected",
    [
        # an adjective "opposing" before forces is no negation; a mutual pull-back is a buffer
        (
            "Under the agreement, the opposing armies pull back to create a buffer between them.",
            ("JOINT", "forces.demilitarized_zone", "support"),
        ),
        (
            "Under the agreement, fire ceases at midnight on Sunday.",
            ("JOINT", "ceasefire.general", "support"),
        ),
        (
            "Under the agreement, economic blockades are ruled out.",
            ("JOINT", "economy.trade_relations", "support"),
        ),
        (
            "The Karabakh delegation wants an end to the blockade of Stepanakert.",
            ("ARTSAKH", "economy.trade_relations", "support"),
        ),
        (
            "Under the agreement, international assistance shall be made available for the "
            "development of Liberia.",
            ("JOINT", "economy.reconstruction", "support"),
        ),
        (
            "Under the agreement, the army shall be trained with the help of UN military and "
            "police instructors.",
            ("JOINT", "forces.foreign_presence", "support"),
        ),
        (
            "Officials said the government of Colombia would ask the UN to send a mission to "
            "verify that the guerrillas kept the truce.",
            ("COL", "ceasefire.monitoring", "support"),
        ),
        (
            "The FARC and the government of Colombia agreed that the talks would move on to a "
            "formal negotiating table.",
            ("JOINT", "process.negotiations", "support"),
        ),
        (
            "The PKK's statement spoke of a democratic process in which the Kurdish people "
            "would decide their own future.",
            ("PKK", "territory.referendum", "support"),
        ),
        (
            "Under the accord, the demilitarisation of the Kachin Independence Army is to be "
            "completed within a year.",
            ("JOINT", "forces.disarmament", "support"),
        ),
    ],
)
def test_set8_wordings(extractor, text, expected):
    assert expected in triples(extractor(text))


def test_opposing_forces_is_no_negation(extractor):
    got = triples(
        extractor("Under the agreement, the opposing armed groups withdraw from the town.")
    )
    assert ("JOINT", "forces.withdrawal", "oppose") not in got


def test_opposing_before_the_cue_still_negates(extractor):
    got = triples(extractor("Russia insists on opposing NATO membership for Ukraine."))
    assert ("RUS", "alignment.alliance_membership", "oppose") in got


def test_a_later_pledge_to_withdraw_does_not_undo_an_international_force(extractor):
    text = (
        "The parties asked the Security Council to authorise an international force to keep "
        "order in Juba, and pledged to withdraw their own units from the city."
    )
    got = triples(extractor(text))
    assert ("JOINT", "forces.foreign_presence", "support") in got
    assert ("JOINT", "forces.withdrawal", "support") in got


def test_what_a_deal_leaves_unaddressed_is_no_position(extractor):
    text = (
        "The parties agreed to hold elections within two years. "
        "Amnesty and accountability for crimes committed since 1990 are not addressed."
    )
    got = triples(extractor(text))
    assert ("JOINT", "governance.elections", "support") in got
    assert not any(i.startswith("justice.") for _, i, _ in got)


def test_briefing_who_wanted_what(extractor):
    text = (
        "## Who wanted what\n\n"
        "At the talks the Bougainville Revolutionary Army (BRA) restated its demands. "
        "It wants a state government for the island and compensation for the families who "
        "lost their land.\n\n"
        "Canberra has agreed to lead the monitoring team. It has, however, repeatedly ruled out "
        "sending armed troops to restore order.\n\n"
        "## What to watch\n\n"
        "The 30-day deadline for surrendering weapons falls in mid-November.\n"
    )
    got = triples(extractor(text))
    assert ("BRA", "territory.special_status", "support") in got
    assert ("BRA", "economy.reparations", "support") in got
    assert ("AUS", "forces.foreign_presence", "oppose") in got
    assert not any(i == "forces.disarmament" for _, i, _ in got)


@pytest.mark.parametrize(
    "text, absent",
    [
        (
            "Under the accord, the rebels may receive food only through neutral organisations.",
            "alignment.neutrality",
        ),
        (
            "Morocco's envoy told reporters that Rabat came to discuss a ceasefire, not borders.",
            "ceasefire.general",
        ),
        (
            "The Polisario Front insisted that the Sahrawis be guaranteed a referendum on "
            "independence.",
            "security.guarantees",
        ),
    ],
)
def test_set8_false_cues(extractor, text, absent):
    assert not any(i == absent for _, i, _ in triples(extractor(text)))


def test_without_inside_an_earlier_list_item_does_not_negate_a_later_one(extractor):
    text = (
        "The Isatabu Freedom Movement (IFM) restated its demands. It wants the return of land "
        "sold without proper consent, and payment for the people killed since 1998."
    )
    assert ("IFM", "economy.reparations", "support") in triples(extractor(text))
