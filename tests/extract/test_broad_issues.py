"""The broad paraphrase lexicon (issues_broad.yaml): registers, inflections, word orders."""

import pytest

from accord.extract.lexicon import merge_issue_data
from accord.extract.stages.issues import find_hits
from accord.extract.stages.stance import stances_of

from .conftest import triples

WORDINGS = [
    ("The armed confrontation between the two armies will cease at dawn.", "ceasefire.general"),
    ("Both sides agreed to hold their fire from Sunday.", "ceasefire.general"),
    ("A hotline between the two commands will handle incidents.", "ceasefire.monitoring"),
    ("Unarmed military observers will patrol the valley.", "ceasefire.monitoring"),
    ("Rebel units are to be moved back to their permanent bases.", "forces.withdrawal"),
    ("The militia shall vacate the school buildings it occupies.", "forces.withdrawal"),
    ("Former fighters will return to civilian life within a year.", "forces.demobilization"),
    ("The government will downsize the army by a third.", "forces.size_limits"),
    ("The reduction and purification of the armed forces will go on.", "forces.size_limits"),
    ("Neither side may reinforce or resupply its positions.", "forces.redeployment_freeze"),
    ("The airport and the port will become demilitarised areas.", "forces.demilitarized_zone"),
    ("The presidential guard and the rural police shall be dissolved.", "forces.disarmament"),
    ("Their weapons will be collected and destroyed under supervision.", "forces.disarmament"),
    ("A United Nations force will be deployed along the border.", "forces.foreign_presence"),
    ("The region's status will be deferred to later talks.", "territory.recognition"),
    ("The republic is one and indivisible.", "territory.integrity"),
    (
        "Powers and revenues will be devolved to elected regional assemblies.",
        "territory.special_status",
    ),
    ("The plan will be put to the voters in separate ballots.", "territory.referendum"),
    ("The country will pursue a non-aligned foreign policy.", "alignment.neutrality"),
    ("Neither will join a military coalition aimed at the other.", "alignment.alliance_membership"),
    ("Both support each other's path towards the European Union.", "alignment.union_membership"),
    ("Military training agreements with foreign states will end.", "security.military_aid"),
    ("The two states will settle their disputes by peaceful means.", "security.non_aggression"),
    ("Owners will be compensated for property they lost in the war.", "economy.reparations"),
    ("Donors will fund the rebuilding of schools and roads.", "economy.reconstruction"),
    ("The highway between the two cities will be reopened to traffic.", "economy.trade_relations"),
    ("Land occupied by peasant families will be legalised.", "economy.land_reform"),
    ("Those held for political reasons will be freed.", "justice.amnesty"),
    ("Officers implicated in massacres will be removed from the ranks.", "justice.accountability"),
    ("A Commission for Historical Clarification will hear the victims.", "justice.victims"),
    ("Persons captured during the fighting will be exchanged.", "humanitarian.prisoner_exchange"),
    (
        "Abducted villagers and other detained persons will be set free.",
        "humanitarian.civilian_release",
    ),
    ("Child soldiers will be handed to their families.", "humanitarian.children_return"),
    ("Uprooted families will be resettled in their villages.", "humanitarian.refugee_return"),
    (
        "Both sides will exhume and identify the remains of the dead.",
        "humanitarian.remains_missing",
    ),
    (
        "Relief agencies will have unhindered access to the besieged towns.",
        "humanitarian.aid_access",
    ),
    ("Indigenous languages will be officialised in the courts.", "identity.language"),
    ("Troops will leave the temples they occupy.", "identity.religion"),
    ("The state recognises the identity of the indigenous peoples.", "identity.minority_rights"),
    ("The movement will take part in the elections of next year.", "governance.elections"),
    ("A constituent assembly will draft the basic law.", "governance.constitution"),
    ("The curfew will be lifted in every district.", "governance.martial_law"),
    ("The guerrilla movement will become a legal political party.", "governance.power_sharing"),
    ("The two states will exchange ambassadors.", "governance.diplomatic_relations"),
    ("Talks on the remaining issues will resume in June.", "process.negotiations"),
    ("The observer mission will verify each step of the accord.", "process.guarantors"),
    ("Both parliaments will ratify the treaty within a month.", "process.binding_treaty"),
    (
        "Within the zone, hostilities between all the armed factions are to cease.",
        "ceasefire.general",
    ),
    ("Its soldiers must go back to the positions they held before the war.", "forces.withdrawal"),
    ("Neither side may recruit new fighters or acquire new weapons.", "forces.redeployment_freeze"),
    ("The valley is and will remain an integral part of the republic.", "territory.integrity"),
    ("Provinces will be governed by elected councils.", "territory.special_status"),
    (
        "Displaced families in the southern camps are to come home next year.",
        "humanitarian.refugee_return",
    ),
    ("A third of the seats in the cabinet go to the opposition.", "governance.power_sharing"),
    ("A group of friends of the process will accompany the talks.", "process.guarantors"),
    ("Its strength and budget will be cut by a quarter.", "forces.size_limits"),
    ("The movement will be incorporated into legal political life.", "governance.power_sharing"),
    ("Civilian internees are to be released.", "humanitarian.civilian_release"),
    ("A commission charged with policing the truce will be set up.", "ceasefire.monitoring"),
    ("Returning fighters will get an allocation of arable land.", "economy.land_reform"),
    ("The accord goes to parliament for ratification.", "process.binding_treaty"),
    ("Donors pledged continued support for the national security forces.", "security.military_aid"),
    ("Violence as a means of politics is rejected by all sides.", "security.non_aggression"),
    ("Each religious community will elect its own council.", "identity.religion"),
]


@pytest.mark.parametrize(("text", "issue"), WORDINGS)
def test_paraphrases_in_other_registers_find_their_issue(lex, text, issue):
    assert issue in {h.issue for h in find_hits(lex, text)}


@pytest.mark.parametrize(
    "text",
    [
        "Armed groups were disbanded and their brigades dissolved.",
        "The brigade will be disbanded.",
        "All units shall be dissolved by June.",
    ],
)
def test_inflections_and_word_orders_of_one_wording_match(lex, text):
    assert "forces.disarmament" in {h.issue for h in find_hits(lex, text)}


def test_withdrawal_from_talks_is_not_a_troop_withdrawal(lex):
    hits = find_hits(lex, "The rebels threatened to withdraw from the talks.")
    assert "forces.withdrawal" not in {h.issue for h in hits}


def test_a_word_inside_a_party_name_is_not_an_issue_cue(extractor):
    doc = extractor("Georgia demands that the Russian Federation withdraw its troops.")
    assert "territory.special_status" not in {p.issue for p in doc.provisions}


def test_a_stem_does_not_run_into_other_words(lex):
    hits = find_hits(lex, "Forces in the West Bank shall be redeployed outside the towns.")
    assert "forces.redeployment_freeze" not in {h.issue for h in hits}


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("The parties shall withdraw all interstate claims and complaints.", "forces.withdrawal"),
        ("The envoy refused to withdraw his latest decisions.", "forces.withdrawal"),
        ("The dispute must go to the International Court of Justice.", "justice.accountability"),
        (
            "The country's ambassador to the United Nations spoke first.",
            "governance.diplomatic_relations",
        ),
        ("Troops will stay until a political settlement is reached.", "governance.power_sharing"),
        (
            "They shall refrain from the recruitment of child soldiers.",
            "humanitarian.children_return",
        ),
        ("He said Pyongyang would never give up its nuclear weapons.", "forces.disarmament"),
    ],
)
def test_look_alike_wordings_do_not_find_the_issue(lex, text, issue):
    assert issue not in {h.issue for h in find_hits(lex, text)}


def test_bases_vacated_oppose_a_foreign_presence(lex):
    got = {(h.issue, h.stance) for h in stances_of(lex, "Five foreign bases will be vacated.")}
    assert ("forces.foreign_presence", "oppose") in got


def test_a_civilian_mission_is_not_a_foreign_force(lex):
    hits = find_hits(lex, "Implementation will be verified by the UN mission and its observers.")
    assert "forces.foreign_presence" not in {h.issue for h in hits}


def test_merged_issue_data_keeps_both_files_patterns_in_order():
    merged = merge_issue_data({"issues": {"x.y": ["a"]}}, {"issues": {"x.y": ["b"]}})
    assert merged["issues"]["x.y"] == ["a", "b"]


@pytest.mark.parametrize(
    ("text", "issue", "stance"),
    [
        ("Nobody will disarm while the army is still here.", "forces.disarmament", "oppose"),
        (
            "The front says it will fight any exchange of ambassadors.",
            "governance.diplomatic_relations",
            "oppose",
        ),
        (
            "The country undertakes to join no military alliance.",
            "alignment.alliance_membership",
            "oppose",
        ),
        (
            "The faction refused to canton and demobilise its troops.",
            "forces.demobilization",
            "oppose",
        ),
        (
            "Military training agreements with foreign armies are to be frozen.",
            "security.military_aid",
            "oppose",
        ),
        (
            "The government will lift the ban on opposition parties.",
            "identity.ideology_ban",
            "oppose",
        ),
        ("Extremist parties will be banned.", "identity.ideology_ban", "support"),
        ("The movement boycotted the 1998 elections.", "governance.elections", "oppose"),
        (
            "We will not accept evictions of farmers from these lands.",
            "economy.land_reform",
            "support",
        ),
        ("Neither army may recruit new fighters.", "forces.redeployment_freeze", "support"),
        (
            "The state shall not acquire, produce or host nuclear weapons.",
            "security.non_nuclear",
            "support",
        ),
        ("Its armed forces shall not exceed 85,000 troops.", "forces.size_limits", "support"),
        (
            "Foreign fighters are to leave the country within three months.",
            "forces.foreign_presence",
            "oppose",
        ),
    ],
)
def test_new_negation_and_prohibition_wordings_set_the_stance(lex, text, issue, stance):
    got = {(h.issue, h.stance) for h in stances_of(lex, text)}
    assert (issue, stance) in got


def test_a_rejection_after_a_clause_is_not_swallowed_by_an_earlier_cue(lex):
    text = "The group would not lay down its arms for now, and rejected any foreign guardianship."
    got = {(h.issue, h.stance) for h in stances_of(lex, text)}
    assert ("process.guarantors", "oppose") in got
    assert "security.non_aggression" not in {i for i, _ in got}


def test_a_negation_after_a_coordination_inside_a_cue_does_not_flip_it(lex):
    text = "Their weapons are to be dismantled, and no armed group other than the army may stay."
    got = {(h.issue, h.stance) for h in stances_of(lex, text)}
    assert ("forces.disarmament", "support") in got


def test_an_agreement_line_in_new_wording_gives_a_joint_provision(extractor):
    text = (
        "Agreement on a Firm and Lasting Peace\n\n"
        "1. The Parties agree that the armed confrontation shall cease on 1 March.\n"
        "2. Combatants shall return to civilian life within six months.\n"
    )
    got = triples(extractor(text))
    assert ("JOINT", "ceasefire.general", "support") in got
    assert ("JOINT", "forces.demobilization", "support") in got
