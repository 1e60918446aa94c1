"""Word families (``<@name>``), the ``<d>`` determiner shorthand and the family patterns."""

import re

import pytest

from accord.errors import ConfigError
from accord.extract.lexicon import default_lexicon, expand, word_families
from accord.extract.stages.issues import find_hits


def issues_of(text: str) -> set[str]:
    return {h.issue for h in find_hits(default_lexicon(), text)}


def test_a_family_reference_matches_every_listed_form():
    rx = re.compile(expand("<@release> the detainees"))
    for verb in ("release", "released", "frees", "set free", "let go"):
        assert rx.fullmatch(f"{verb} the detainees"), verb
    assert not rx.fullmatch("arrest the detainees")


def test_the_determiner_shorthand_takes_up_to_two_modifiers_and_no_more():
    rx = re.compile(expand("oversee <d>process"))
    assert rx.fullmatch("oversee process")
    assert rx.fullmatch("oversee the whole process")
    assert rx.fullmatch("oversee the entire peace process")
    assert not rx.fullmatch("oversee the long and winding process")


def test_an_unknown_family_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown word family 'nosuch'"):
        expand("<@nosuch> troops")


def test_every_family_compiles():
    for name, body in word_families().items():
        assert re.compile(body).pattern == body, name


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        (
            "The rebels were told to free everyone they are still holding.",
            "humanitarian.civilian_release",
        ),
        (
            "Tokyo wants its nationals abducted in the 1980s sent home.",
            "humanitarian.civilian_release",
        ),
        ("The front must put an end to kidnapping for ransom.", "humanitarian.civilian_release"),
        ("Activists jailed after the protests must be freed.", "justice.amnesty"),
        ("Warrants against the negotiators remain suspended.", "justice.amnesty"),
        ("From midnight our guns will fall silent.", "ceasefire.general"),
        ("A unified army of 12,000 is to be formed.", "forces.size_limits"),
        ("An evaluation commission will supervise the entire transition.", "process.guarantors"),
        ("Washington will keep sanctions in place.", "economy.sanctions_relief"),
        ("Separated families may meet at the border.", "humanitarian.refugee_return"),
        (
            "Villagers who fled will be able to return to their farms.",
            "humanitarian.refugee_return",
        ),
        (
            "State authority is to be extended over the entire national territory.",
            "territory.integrity",
        ),
        ("The fighters will lay down all their arms.", "forces.disarmament"),
        ("Private militias are to be dismantled within a year.", "forces.disarmament"),
        ("Tamil and Sinhala shall be official languages.", "identity.language"),
        ("Children may learn in their mother tongue at school.", "identity.language"),
        ("The talks with the authorities must continue.", "process.negotiations"),
        ("A treaty of commerce and navigation will follow.", "economy.trade_relations"),
        ("Both parliaments voted to treat the ruling as binding.", "process.binding_treaty"),
    ],
)
def test_a_family_pattern_finds_its_issue_in_an_unseen_wording(text, issue):
    assert issue in issues_of(text)


def test_a_mediating_church_and_a_frozen_front_in_the_past_are_no_issue():
    assert "identity.religion" not in issues_of("The Catholic Church accompanies the talks.")
    assert "territory.contact_line" not in issues_of("The front has been frozen since June.")


def test_look_alikes_of_other_issues_stay_out():
    assert "alignment.union_membership" not in issues_of(
        "The truce is monitored by the joint African Union mission."
    )
    assert "forces.disarmament" not in issues_of("Troops are to gather and be demobilised.")
    assert "governance.power_sharing" not in issues_of("Any secession of the region is ruled out.")


def test_hostages_and_monitoring_missions_stay_with_their_own_issues():
    assert "humanitarian.civilian_release" not in issues_of("Hamas will free 33 hostages.")
    found = issues_of("A monitoring mission will be established by the European Union.")
    assert "forces.foreign_presence" not in found


def test_dividing_the_country_opposes_integrity():
    hits = find_hits(default_lexicon(), "They seek to partition the country.")
    assert [h.stance for h in hits if h.issue == "territory.integrity"] == ["oppose"]


def test_the_families_file_names_each_issue_once():
    from importlib import resources

    import yaml

    class Strict(yaml.SafeLoader):
        pass

    def no_duplicates(loader, node, deep=False):
        keys = [loader.construct_object(k, deep=deep) for k, _ in node.value]
        assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
        return loader.construct_mapping(node, deep)

    Strict.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, no_duplicates)
    text = resources.files("accord.extract").joinpath("data", "issue_families.yaml").read_text()
    assert yaml.load(text, Strict)["issues"]


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("Both armies shall refrain from all acts of hostility.", "ceasefire.general"),
        ("Moscow agreed to bring its soldiers home from the region.", "forces.withdrawal"),
        ("Ex-combatants will receive reinsertion packages.", "forces.demobilization"),
        ("Heavy weapons are to be limited to agreed numbers.", "forces.size_limits"),
        (
            "No troops may enter a ten-kilometre strip along the border.",
            "forces.demilitarized_zone",
        ),
        ("Rebel fighters will integrate into the national army.", "forces.disarmament"),
        ("The province will have its own parliament and government.", "territory.special_status"),
        ("Trade across the line is to resume.", "economy.trade_relations"),
        ("The law grants immunity to combatants for acts of the conflict.", "justice.amnesty"),
        ("Schools may teach in the minority tongue.", "identity.language"),
        ("Worship shall be free for all faiths.", "identity.religion"),
        ("The people will choose a new parliament by ballot.", "governance.elections"),
        ("A government of national unity will be formed.", "governance.power_sharing"),
        ("The opposition will be given the post of prime minister.", "governance.power_sharing"),
        ("The government refused to sit down with the rebels.", "process.negotiations"),
        ("Disputes shall be referred to the mediator for a ruling.", "process.guarantors"),
        ("The agreement shall enter into force upon signature.", "process.binding_treaty"),
        ("The contacts begun last winter with the rebels will continue.", "process.negotiations"),
        ("The opposition won seats on the electoral commission.", "governance.power_sharing"),
        ("Fighters are expected to leave their guns behind.", "forces.disarmament"),
        ("The republic will stay out of all military blocs.", "alignment.neutrality"),
        ("Serbia wants to become a member of the European Union.", "alignment.union_membership"),
        (
            "The two states will never again take up arms against each other.",
            "security.non_aggression",
        ),
        ("The embargo on oil exports will be lifted.", "economy.sanctions_relief"),
        ("The reserves held abroad will be unblocked.", "economy.frozen_assets"),
        ("Goods will flow freely across the border again.", "economy.trade_relations"),
        ("Large estates will be broken up and handed to farmers.", "economy.land_reform"),
        ("The country will never cede an inch of its land.", "territory.integrity"),
        ("The front line will be frozen where it runs today.", "territory.contact_line"),
        (
            "The residents will vote on whether to join the neighbouring state.",
            "territory.referendum",
        ),
        ("Victims will receive an official apology.", "justice.victims"),
        ("Children taken abroad must be brought back home.", "humanitarian.children_return"),
        ("Nazi ideology and its symbols must be banned.", "identity.ideology_ban"),
        ("The charter will be rewritten to decentralise power.", "governance.constitution"),
        ("The rebel leader will become first vice-president.", "governance.power_sharing"),
        ("Embassies will reopen in both countries.", "governance.diplomatic_relations"),
        ("The rebels agreed to come to the negotiating table.", "process.negotiations"),
        ("Norway will continue as facilitator of the talks.", "process.guarantors"),
        ("Any deal must be ratified by parliament.", "process.binding_treaty"),
        ("Neither side will move new forces to the front.", "forces.redeployment_freeze"),
        ("Their weapons go into the mission's custody.", "forces.disarmament"),
    ],
)
def test_a_register_the_older_cues_missed_is_found(text, issue):
    assert issue in issues_of(text)


def test_a_ceasefire_entering_into_force_is_no_treaty():
    assert "process.binding_treaty" not in issues_of("The ceasefire shall enter into force today.")


def test_freeing_captured_soldiers_is_a_prisoner_exchange_not_a_civilian_release():
    soldiers = issues_of("The group must free the kidnapped Turkish pilots at once.")
    assert "humanitarian.prisoner_exchange" in soldiers
    assert "humanitarian.civilian_release" not in soldiers
    civilians = issues_of("The group must free the kidnapped villagers at once.")
    assert "humanitarian.civilian_release" in civilians


@pytest.mark.parametrize(
    "text",
    [
        "The rebels would consider a reduction of violence during the festival.",
        "Both sides pledged to de-escalate the violence in the hills.",
    ],
)
def test_scaling_violence_down_is_a_general_ceasefire(text):
    assert "ceasefire.general" in {h.issue for h in find_hits(default_lexicon(), text)}


def test_a_government_of_national_unity_is_power_sharing_not_territorial_unity():
    issues = {
        h.issue
        for h in find_hits(default_lexicon(), "Both camps accepted a government of national unity.")
    }
    assert "governance.power_sharing" in issues and "territory.integrity" not in issues
    assert "territory.integrity" in {
        h.issue for h in find_hits(default_lexicon(), "They will defend national unity.")
    }


@pytest.mark.parametrize(
    "text, stance",
    [
        ("Any settlement must lie within the Federal Union, officials said.", "support"),
        ("We will not discuss separation from the kingdom.", "support"),
        ("The movement holds that the hill people were never part of Kenya.", "oppose"),
    ],
)
def test_keeping_a_settlement_inside_the_state_is_territorial_integrity(text, stance):
    from accord.extract.stages.stance import stances_of

    got = [(h.issue, h.stance) for h in stances_of(default_lexicon(), text)]
    assert ("territory.integrity", stance) in got


def test_a_blanket_release_is_an_amnesty():
    hits = find_hits(default_lexicon(), "The minister ruled out a general pardon for the rebels.")
    assert "justice.amnesty" in {h.issue for h in hits}
