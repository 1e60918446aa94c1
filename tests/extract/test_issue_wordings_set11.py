"""Wordings of accountability, foreign backing, continued negotiation, and "close cooperation"
that is no closing."""

import pytest

from .conftest import triples


@pytest.mark.parametrize(
    "text, issue, stance",
    [
        (
            "Kyiv called for those responsible for the shelling of Kharkiv to face justice.",
            "justice.accountability",
            "support",
        ),
        (
            "Baghdad demanded an end to foreign backing for armed groups.",
            "security.military_aid",
            "oppose",
        ),
        ("Serbia and Kosovo undertook to keep negotiating.", "process.negotiations", "support"),
        (
            "The Security Council asked Serbia and Kosovo to negotiate without preconditions.",
            "process.negotiations",
            "support",
        ),
        (
            "Armenia offered that Azerbaijan would be granted close economic cooperation.",
            "economy.trade_relations",
            "support",
        ),
    ],
)
def test_wordings(extractor, text, issue, stance):
    assert (issue, stance) in {(i, s) for _, i, s in triples(extractor(text))}


def test_a_permanent_end_of_the_war(extractor):
    doc = extractor("The M23 said any deal must lead to a permanent end of the war.")
    assert ("ceasefire.general", "support") in {(i, s) for _, i, s in triples(doc)}


@pytest.mark.parametrize(
    "text",
    [
        "Under the deal, a team of IGAD monitors will check that both sides respect the truce.",
        "Under the deal, a joint operations room in Juba is to follow compliance.",
    ],
)
def test_monitors_of_compliance(extractor, text):
    assert ("ceasefire.monitoring", "support") in {(i, s) for _, i, s in triples(extractor(text))}


def test_detainees_held_by_the_security_services_are_civilians(extractor):
    doc = extractor(
        "The opposition bloc of Belarus, the Coordination Council (CC), demanded the release of "
        "thousands of detainees held by the security services."
    )
    assert ("humanitarian.civilian_release", "support") in {(i, s) for _, i, s in triples(doc)}


def test_not_a_single_rifle(extractor):
    doc = extractor("Hamas said its fighters will not hand over a single rifle.")
    assert ("HAMAS", "forces.disarmament", "oppose") in triples(doc)


def test_neither_side_taking_ground_holds_the_lines(extractor):
    doc = extractor(
        "Kyiv said that neither side would now try to take ground from the other in Donbas."
    )
    assert ("UKR", "territory.contact_line", "support") in triples(doc)
