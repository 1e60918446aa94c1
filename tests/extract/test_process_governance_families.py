"""Word families for the process, governance, territory, economy and justice issues, in the
wordings of peace agreements and news reports of many conflicts (sentences written for these
tests), with their stance: each sentence must give its issue with the stance named."""

import pytest

from accord.extract.lexicon import default_lexicon
from accord.extract.stages.stance import stances_of


def stances(text: str) -> set[tuple[str, str]]:
    return {(h.issue, h.stance) for h in stances_of(default_lexicon(), text)}


def issues(text: str) -> set[str]:
    return {i for i, _ in stances(text)}


@pytest.mark.parametrize(
    ("text", "issue", "stance"),
    [
        # talks resumed: a follow-up round, the delegations reconvene
        (
            "The two sides agreed to hold a follow-up round in Arusha.",
            "process.negotiations",
            "support",
        ),
        ("The delegations will reconvene after the holidays.", "process.negotiations", "support"),
        ("The movement refused to attend the follow-up meeting.", "process.negotiations", "oppose"),
        # third parties: mediation by a named party, a role for an organisation, an implementation
        # committee, endorsement of the deal by the Security Council or a parliament
        ("The government rejected any mediation by Kenya.", "process.guarantors", "oppose"),
        ("The junta welcomed the good offices of the Vatican.", "process.guarantors", "support"),
        (
            "The rebels want a role for the African Union in the settlement.",
            "process.guarantors",
            "support",
        ),
        ("The army ruled out any role for the United Nations.", "process.guarantors", "oppose"),
        (
            "An implementation monitoring committee chaired by IGAD shall be set up.",
            "process.guarantors",
            "support",
        ),
        (
            "The accord will be submitted to the Security Council for endorsement.",
            "process.binding_treaty",
            "support",
        ),
        (
            "Both sides will seek its ratification by their parliaments.",
            "process.binding_treaty",
            "support",
        ),
        # elections: the body that runs them and the date they are held on
        (
            "The opposition demanded a new national electoral board.",
            "governance.elections",
            "support",
        ),
        ("The junta refused to set a date for elections.", "governance.elections", "oppose"),
        ("A timetable for fresh polls will be agreed.", "governance.elections", "support"),
        # emergency rule in the plural, and lifting it
        (
            "The government agreed to repeal the emergency laws.",
            "governance.martial_law",
            "support",
        ),
        ("The army will not lift the curfews.", "governance.martial_law", "oppose"),
        # breaking relations opposes them; reopening embassies supports them
        (
            "Khartoum said it would sever diplomatic ties with Nairobi.",
            "governance.diplomatic_relations",
            "oppose",
        ),
        ("The ministry recalled its ambassador.", "governance.diplomatic_relations", "oppose"),
        (
            "Both states agreed to reopen their embassies.",
            "governance.diplomatic_relations",
            "support",
        ),
        # territory: a federal status, the partition of a named territory (opposes its integrity)
        (
            "The movement demanded federal status for the region.",
            "territory.special_status",
            "support",
        ),
        ("Rabat rejected any partition of the Western Sahara.", "territory.integrity", "support"),
        ("The plan proposes the partition of Cyprus.", "territory.integrity", "oppose"),
        # economy: donors, basic services, land for the landless
        ("The rebels called for a donors' conference.", "economy.reconstruction", "support"),
        (
            "The government will restore basic services in the north.",
            "economy.reconstruction",
            "support",
        ),
        ("The movement demands land for landless peasants.", "economy.land_reform", "support"),
        # justice: inquiries and prosecutions of a side's own people; reparation to victims
        (
            "The army rejected an international inquiry into the massacre.",
            "justice.accountability",
            "oppose",
        ),
        ("A commission of inquiry shall be established.", "justice.accountability", "support"),
        (
            "The rebels will never accept the prosecution of their commanders.",
            "justice.accountability",
            "oppose",
        ),
        ("The parties agreed on reparations for victims of the war.", "justice.victims", "support"),
        # aid kept from reaching people
        ("The militia stopped aid from reaching the city.", "humanitarian.aid_access", "oppose"),
        # those responsible, however far the clause runs before "be prosecuted"
        (
            "Kyiv demands that those responsible for the attacks on civilians be prosecuted.",
            "justice.accountability",
            "support",
        ),
        # compensation for what was destroyed; responsibility for the damage
        (
            "The government wants compensation for destroyed homes and schools.",
            "economy.reparations",
            "support",
        ),
        (
            "The neighbour rejects any responsibility for the damage.",
            "economy.reparations",
            "oppose",
        ),
        # road, rail and transit access is trade and transit; aid access is not
        (
            "The government wants guaranteed road access to the enclave.",
            "economy.trade_relations",
            "support",
        ),
        # third parties that enforce a timetable, hold a place in custody or keep a UN presence
        (
            "A committee led by Saudi Arabia monitors and enforces the timetable.",
            "process.guarantors",
            "support",
        ),
        ("The farms are to be placed under UN custody.", "process.guarantors", "support"),
        (
            "The Secretary-General shall keep a United Nations presence there.",
            "process.guarantors",
            "support",
        ),
        # cantoning fighters is demobilisation, refused or agreed
        ("The movement refused to canton its fighters.", "forces.demobilization", "oppose"),
        ("Rebel fighters shall be cantoned at sixteen sites.", "forces.demobilization", "support"),
        # power handed to civilians
        ("The junta refused to hand power to civilians.", "governance.power_sharing", "oppose"),
        ("The junta agreed to a return to civilian rule.", "governance.power_sharing", "support"),
        # territory handed back (by the giver: recognition of the receiver's control; demanded back
        # into one's own administration: integrity), changed borders, land swaps, statehood claims
        (
            "Armenia agreed to return four villages to Azerbaijan.",
            "territory.recognition",
            "support",
        ),
        (
            "The district must be returned to Tigray's administration.",
            "territory.integrity",
            "support",
        ),
        ("Georgia rejected any change to its borders.", "territory.integrity", "support"),
        ("Bishkek refuses any land swap.", "territory.integrity", "support"),
        ("Somalia rejected Somaliland's claim to statehood.", "territory.integrity", "support"),
        ("The front demanded a vote on self-determination.", "territory.referendum", "support"),
        # forces leaving homes and hospitals they hold
        (
            "The militia agreed to vacate civilian homes and hospitals.",
            "forces.withdrawal",
            "support",
        ),
        # talks in other words: peaceful dialogue, a committee to negotiate details, three-way talks
        (
            "They commit to settle the conflict through peaceful dialogue.",
            "process.negotiations",
            "support",
        ),
        (
            "A joint committee is to be formed to negotiate the details.",
            "process.negotiations",
            "support",
        ),
        ("Pyongyang agreed to pursue three-way talks.", "process.negotiations", "support"),
        # an armistice turned into a peace treaty
        (
            "The two sides agreed to replace the armistice with a permanent peace regime.",
            "process.binding_treaty",
            "support",
        ),
    ],
)
def test_family_gives_issue_and_stance(text, issue, stance):
    assert (issue, stance) in stances(text)


def test_an_implementation_committee_is_no_ceasefire_monitoring():
    assert "ceasefire.monitoring" not in issues("An implementation monitoring committee is formed.")
    assert "ceasefire.monitoring" in issues("A joint ceasefire monitoring committee is formed.")


def test_no_role_in_monitoring_is_about_monitoring_not_the_guarantors():
    text = 'There would be "no role for the United Nations" in monitoring the zones.'
    assert "process.guarantors" not in issues(text)


def test_reparations_for_victims_are_no_state_reparations():
    assert "economy.reparations" not in issues("Reparations for victims will be paid.")
    assert "economy.reparations" in issues("Iraq must pay reparations to Kuwait.")


def test_the_partition_of_the_talks_or_of_assets_is_no_territory():
    assert "territory.integrity" not in issues("The partition of the assets was agreed.")


def test_access_for_aid_is_no_trade_route():
    assert "economy.trade_relations" not in issues("They demand free access to humanitarian aid.")


def test_cantoned_and_disarmed_is_one_disarmament():
    found = issues("Their fighters would be cantoned and disarmed.")
    assert "forces.disarmament" in found
    assert "forces.demobilization" not in found


def test_civilian_rule_is_no_release_of_civilians():
    assert "humanitarian.civilian_release" not in issues(
        "They agreed to a return to civilian rule."
    )


def test_returning_villages_to_a_state_is_no_return_of_refugees():
    assert "humanitarian.refugee_return" not in issues(
        "Armenia will return four villages to Azerbaijan."
    )
    assert "humanitarian.refugee_return" in issues("The displaced will return to their villages.")
