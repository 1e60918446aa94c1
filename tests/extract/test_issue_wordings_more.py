"""Issue wordings found on a fresh dev set, tested with sentences written for these tests."""

import pytest

from accord.extract.lexicon import default_lexicon
from accord.extract.stages.issues import find_hits

from .conftest import triples


def issues_of(text: str) -> set[str]:
    return {h.issue for h in find_hits(default_lexicon(), text)}


@pytest.mark.parametrize(
    "text, issue",
    [
        (
            "Both states must respect the international boundary drawn in 1902.",
            "territory.integrity",
        ),
        (
            "The ban on Syrian oil exports would be lifted once the talks resume.",
            "economy.sanctions_relief",
        ),
        (
            "Armenia agreed to repatriate all Azerbaijanis held since the war.",
            "humanitarian.civilian_release",
        ),
        (
            "Some 300 Georgians taken to Russia in 2008 are still unaccounted for.",
            "humanitarian.civilian_release",
        ),
        ("Kabila accepted the document as a basis for negotiations.", "process.negotiations"),
        (
            "Both leaders would keep working toward a final agreement in the autumn.",
            "process.negotiations",
        ),
        ("Armenia will press its compensation claims in The Hague.", "economy.reparations"),
        (
            "Baku said it would bring its own claims for the destroyed villages.",
            "economy.reparations",
        ),
        (
            "Nicosia will never accept the ceasefire line as a permanent border.",
            "territory.contact_line",
        ),
        ("Abkhazia's status is not open to a referendum, Tbilisi said.", "territory.referendum"),
        (
            "The future of the enclave must be decided by its people in a free vote.",
            "territory.referendum",
        ),
        (
            "Kinshasa said Kigali must stop arming and funding the rebel militias.",
            "security.military_aid",
        ),
        ("The Sahrawis must be a party at the table.", "process.negotiations"),
        ("Tbilisi insisted on full compensation for the burned villages.", "economy.reparations"),
        (
            "Every Abkhaz who fled the fighting must be able to come home in safety.",
            "humanitarian.refugee_return",
        ),
        (
            "It must let the families it deported in 1994 come back to their farms.",
            "humanitarian.refugee_return",
        ),
        (
            "Captured military personnel shall be returned within ninety days.",
            "humanitarian.prisoner_exchange",
        ),
        (
            "Kyiv offered wide self-rule within a united Ukraine.",
            "territory.integrity",
        ),
        ("Baku said the OSCE monitors should stay at the line.", "ceasefire.monitoring"),
        (
            "Brussels will lift the measures it has taken against Minsk once prisoners are freed.",
            "economy.sanctions_relief",
        ),
    ],
)
def test_new_wordings_find_their_issue(text, issue):
    assert issue in issues_of(text)


def test_repatriating_prisoners_of_war_is_not_a_civilian_release():
    assert "humanitarian.civilian_release" not in issues_of(
        "The Ethiopians will repatriate all Eritrean soldiers captured at Badme."
    )


def test_a_ban_on_exports_lifted_supports_sanctions_relief(extractor):
    text = "The European Union said the ban on Belarusian potash exports would be lifted."
    assert ("EU", "economy.sanctions_relief", "support") in triples(extractor(text))


def test_respecting_a_boundary_commissions_ruling_is_not_a_border_position():
    assert "territory.integrity" not in issues_of(
        "Djibouti will respect the ruling of the Boundary Commission, whatever it is."
    )


def test_stop_arming_proxies_opposes_military_aid(extractor):
    text = "Kinshasa insisted that Rwanda stop arming, training and funding the rebel militias."
    assert ("COD", "security.military_aid", "oppose") in triples(extractor(text))


def test_a_deadline_that_holds_nothing_back_is_the_demand_itself(extractor):
    text = (
        "Tbilisi said it would not consider the matter closed until the Georgians taken "
        "to Russia were released."
    )
    assert ("GEO", "humanitarian.civilian_release", "support") in triples(extractor(text))


def test_a_negation_before_until_does_not_reach_the_deadline(extractor):
    text = "The rebels said they would not talk until the government released all prisoners."
    found = {(t[1], t[2]) for t in triples(extractor(text))}
    assert not any(stance == "oppose" for issue, stance in found if issue.startswith("humanit"))


def test_refusing_to_sign_until_a_withdrawal_demands_the_withdrawal(extractor):
    text = "Kinshasa said it would not sign anything until the rebels withdraw from Goma."
    found = triples(extractor(text))
    assert ("COD", "forces.withdrawal", "support") in found


def test_refusing_the_introduction_of_troops_supports_a_freeze(extractor):
    text = "The two sides shall not accept the introduction of troops or munitions into Kivu."
    assert ("JOINT", "forces.redeployment_freeze", "support") in triples(extractor(text))


def test_within_the_united_nations_is_no_territorial_position():
    assert "territory.integrity" not in issues_of(
        "Portugal shall raise the matter within the United Nations."
    )
