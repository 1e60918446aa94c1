import pytest

from accord.codebook import load_codebook
from accord.extract.stages.issues import find_hits


@pytest.mark.parametrize(
    "text, issue",
    [
        ("a full and unconditional ceasefire", "ceasefire.general"),
        ("a cessation of hostilities", "ceasefire.general"),
        ("military operations would be suspended", "ceasefire.general"),
        ("a verifiable ceasefire", "ceasefire.monitoring"),
        ("OSCE observers along the line", "ceasefire.monitoring"),
        ("the full withdrawal of Ukrainian military forces", "forces.withdrawal"),
        ("Rwandan troops leave Congolese territory", "forces.withdrawal"),
        ("forces shall return to their usual bases", "forces.withdrawal"),
        ("subsequent demobilization measures", "forces.demobilization"),
        ("armed forces would be capped at 600,000", "forces.size_limits"),
        ("prohibit the redeployment of its troops", "forces.redeployment_freeze"),
        ("a demilitarised buffer zone", "forces.demilitarized_zone"),
        ("the TPLF undertakes to disarm", "forces.disarmament"),
        ("fighters lay down their weapons", "forces.disarmament"),
        ("an international peacekeeping mission", "forces.foreign_presence"),
        ("the official acceptance of the annexation of Crimea", "territory.recognition"),
        ("recognised as de facto Russian", "territory.recognition"),
        ("respect its territorial integrity", "territory.integrity"),
        ("freeze along the current line of contact", "territory.contact_line"),
        ("a special status law", "territory.special_status"),
        ("put the settlement to a referendum", "territory.referendum"),
        ("regain full control of the state border", "territory.border_control"),
        ("formally adopt neutrality", "alignment.neutrality"),
        ("relinquish aspirations to join NATO", "alignment.alliance_membership"),
        ("the right to seek membership in the European Union", "alignment.union_membership"),
        ("international security guarantees", "security.guarantees"),
        ("a halt to Western military aid", "security.military_aid"),
        ("intelligence sharing with Kyiv", "security.intelligence_support"),
        ("stay a non-nuclear state", "security.non_nuclear"),
        ("refrain from the use or threat of force", "security.non_aggression"),
        ("lifting certain sanctions against Russia", "economy.sanctions_relief"),
        ("utilizing frozen Russian assets", "economy.frozen_assets"),
        ("forgo any claims for wartime damages", "economy.reparations"),
        ("finance reconstruction", "economy.reconstruction"),
        ("reopen trade routes", "economy.trade_relations"),
        ("a comprehensive rural reform", "economy.land_reform"),
        ("grant amnesty to political prisoners", "justice.amnesty"),
        ("a special tribunal for war crimes", "justice.accountability"),
        ("a truth commission", "justice.victims"),
        ("an all-for-all prisoner exchange", "humanitarian.prisoner_exchange"),
        ("the release of civilians detained", "humanitarian.civilian_release"),
        ("the return of children relocated by Russia", "humanitarian.children_return"),
        ("the return of displaced persons", "humanitarian.refugee_return"),
        ("the search for missing persons", "humanitarian.remains_missing"),
        ("unhindered humanitarian access", "humanitarian.aid_access"),
        ("Russian as an official state language", "identity.language"),
        ("lift restrictions on the church", "identity.religion"),
        ("protect minority rights", "identity.minority_rights"),
        ("a ban on glorifying Nazism", "identity.ideology_ban"),
        ("presidential and parliamentary elections within 100 days", "governance.elections"),
        ("amend the constitution", "governance.constitution"),
        ("lift martial law", "governance.martial_law"),
        ("a transitional government", "governance.power_sharing"),
        ("restore diplomatic relations", "governance.diplomatic_relations"),
        ("the next round of talks", "process.negotiations"),
        ("guarantor states", "process.guarantors"),
        ("a legally binding treaty", "process.binding_treaty"),
    ],
)
def test_cue_wordings_find_their_issue(lex, text, issue):
    assert issue in {h.issue for h in find_hits(lex, f"They want {text}.")}


def test_every_codebook_issue_has_cue_patterns(lex):
    assert {ip.code for ip in lex.issues} == set(load_codebook().codes)


def test_overlapping_hits_of_one_issue_keep_the_longest(lex):
    hits = [
        h
        for h in find_hits(lex, "a full and complete withdrawal of all forces")
        if h.issue == "forces.withdrawal"
    ]
    assert len(hits) == 1
    assert hits[0].cue.endswith("forces")


def test_hits_carry_offsets_into_the_text(lex):
    text = "Kyiv demands the return of Ukrainian children."
    for h in find_hits(lex, text):
        assert text[h.start : h.end] == h.cue


def test_background_words_give_no_hit(lex):
    assert find_hits(lex, "The weather in the capital was mild and the markets were calm.") == []


def test_text_whose_lower_case_changes_length_is_matched_case_insensitively(lex):
    text = "İstanbul: Russia demands a ceasefire."
    assert len(text.lower()) != len(text)
    hits = find_hits(lex, text)
    assert [h.issue for h in hits] == ["ceasefire.general"]
    assert text[hits[0].start : hits[0].end] == hits[0].cue == "ceasefire"
