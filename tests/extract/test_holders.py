import pytest

from accord.extract import extract
from accord.model import DocumentMeta

from .conftest import triples


@pytest.mark.parametrize(
    "text, holder",
    [
        ("Moscow insists that Kyiv adopt neutrality.", "RUS"),
        ("The Kremlin demands neutrality.", "RUS"),
        ("Kyiv's plan calls for security guarantees.", "UKR"),
        ("Russian negotiators demanded neutrality.", "RUS"),
        ("Negotiators for Hamas said it wants a ceasefire.", "HAMAS"),
        ("A ceasefire is needed now, Hamas said.", "HAMAS"),
        ("According to Kyiv, a ceasefire must come first.", "UKR"),
        ("A prisoner exchange was proposed by Qatar.", "QAT"),
        ("Lebanon's prime minister, Najib Mikati, called on Israel to withdraw completely.", "LBN"),
        ("M23 leaders answer that they will not pull out of Goma.", "M23"),
    ],
)
def test_speech_verbs_and_attributions_name_the_holder(extractor, text, holder):
    doc = extractor(text)
    assert doc.provisions, text
    assert {p.holder for p in doc.provisions} == {holder}


def test_holder_differs_from_subject(extractor):
    p = extractor("Russia insists that Ukraine adopt neutrality.").provisions[0]
    assert (p.holder, p.issue, p.stance, p.subject) == (
        "RUS",
        "alignment.neutrality",
        "support",
        "UKR",
    )


def test_the_author_holds_every_line_until_the_text_turns(extractor):
    text = (
        "Russia's memorandum calls for the annexation of Crimea to be recognised. "
        "Other conditions require Ukraine to forgo reparations. "
        "Kyiv's counterproposal demands security guarantees. "
        "It also seeks the return of children."
    )
    got = triples(extractor(text))
    assert ("RUS", "economy.reparations", "oppose") in got
    assert ("UKR", "security.guarantees", "support") in got
    assert ("UKR", "humanitarian.children_return", "support") in got


def test_front_matter_author_holds_unattributed_lines(extractor):
    doc = extractor("Ukraine withdraws its forces from Donetsk.", DocumentMeta(author="RUS"))
    assert triples(doc) == {("RUS", "forces.withdrawal", "support")}
    assert doc.provisions[0].modality == "demand"


def test_the_authors_draft_treaty_clauses_are_its_demands(extractor):
    doc = extractor(
        "1. The parties shall not deploy foreign troops in Europe.\n"
        "2. The United States shall not establish military bases in former Soviet states.",
        DocumentMeta(author="RUS"),
    )
    assert {p.holder for p in doc.provisions} == {"RUS"}


def test_numbered_agreement_text_is_held_jointly(extractor):
    text = (
        "Ceasefire Agreement\n"
        "1. The parties shall cease all hostilities at midnight.\n"
        "2. All prisoners shall be released on an all-for-all basis.\n"
        "3. Ukraine shall regain control of its state border.\n"
    )
    doc = extractor(text)
    assert {p.holder for p in doc.provisions} == {"JOINT"}
    assert {p.modality for p in doc.provisions} == {"commitment"}
    border = next(p for p in doc.provisions if p.issue == "territory.border_control")
    assert border.subject == "UKR"


def test_a_reported_signing_makes_the_terms_joint(extractor):
    text = (
        "The government and the rebels signed a peace agreement on Monday. "
        "Fighters are to lay down their weapons within six months. "
        "Elections are to be held next year."
    )
    got = triples(extractor(text))
    assert ("JOINT", "forces.disarmament", "support") in got
    assert ("JOINT", "governance.elections", "support") in got


def test_passive_voice_and_pronouns_keep_the_current_holder(extractor):
    text = (
        "Hamas replied on Friday. It said all hostages would be released. "
        "The group rejected disarmament."
    )
    got = triples(extractor(text))
    assert got == {
        ("HAMAS", "humanitarian.prisoner_exchange", "support"),
        ("HAMAS", "forces.disarmament", "oppose"),
    }


def test_a_party_after_that_or_require_is_a_subject_not_a_holder(extractor):
    doc = extractor("Other conditions require Ukraine to forgo reparations, the Russian side said.")
    assert {p.holder for p in doc.provisions} == {"RUS"}


def test_modal_verbs_make_a_subject_inside_another_partys_plan(extractor):
    text = (
        "What the American draft proposes\n"
        "Ukraine would stay a non-nuclear state. Ukraine's army would be capped at 600,000."
    )
    assert {p.holder for p in extractor(text).provisions} == {"USA"}


def test_places_of_the_clause_and_of_earlier_sentences_are_objects(extractor):
    text = (
        "Russia's memorandum demands recognition of the annexation of Crimea, Kherson and Luhansk. "
        "Russia also calls for the withdrawal of Ukrainian forces from these regions."
    )
    doc = extractor(text)
    rec = next(p for p in doc.provisions if p.issue == "territory.recognition")
    wd = next(p for p in doc.provisions if p.issue == "forces.withdrawal")
    assert rec.objects == ["UA-43", "UA-65", "UA-09"]
    assert wd.objects == ["UA-43", "UA-65", "UA-09"]


def test_a_list_of_parties_speaks_through_its_first():
    from accord.extract import extract

    text = "The United States, Saudi Arabia and Egypt published a roadmap calling for a truce."
    assert {p.holder for p in extract(text).provisions} == {"USA"}


def test_a_document_named_as_an_object_does_not_speak(extractor):
    text = (
        "Washington's plan calls for a ceasefire. "
        "Netanyahu said he backed the plan. He insisted that Hamas be disarmed."
    )
    got = triples(extractor(text))
    assert ("ISR", "forces.disarmament", "support") in got
    assert ("USA", "forces.disarmament", "support") not in got


def test_two_parties_that_agree_together_are_joint(extractor):
    doc = extractor("Serbia and Kosovo agreed to restore diplomatic relations.")
    assert triples(doc) == {("JOINT", "governance.diplomatic_relations", "support")}


def test_the_army_refers_to_the_armed_forces_party(extractor):
    text = "The Sudanese Armed Forces met the RSF. The army said it would accept a ceasefire."
    assert ("SAF", "ceasefire.general", "support") in triples(extractor(text))


def test_a_resolution_is_held_by_the_body_that_adopted_it(extractor):
    text = (
        "Resolution 2728, adopted by the Security Council on 25 March 2024\n"
        "The Security Council,\n"
        "1. Demands an immediate ceasefire and the release of all hostages;\n"
    )
    assert triples(extractor(text)) == {
        ("UN", "ceasefire.general", "support"),
        ("UN", "humanitarian.prisoner_exchange", "support"),
    }


def test_a_memorandum_of_a_government_is_held_by_it(extractor):
    text = (
        "Memorandum of the Government of Azerbaijan on relations with Armenia\n"
        "1. Establishment of diplomatic relations.\n"
    )
    assert triples(extractor(text)) == {("AZE", "governance.diplomatic_relations", "support")}


def test_a_verb_in_a_headline_does_not_hold_the_lines_below(extractor):
    text = "UN pushes for new talks\nElections must be held within a year, Hamas said."
    assert triples(extractor(text)) == {("HAMAS", "governance.elections", "support")}
    assert (
        triples(extractor("UN pushes for new talks\nElections must be held within a year."))
        == set()
    )


def test_a_reporting_clause_does_not_take_over_a_reported_agreement(extractor):
    text = (
        "Israel and Hamas have agreed to a ceasefire, "
        "Qatar's prime minister announced on Wednesday. "
        "Hamas will free 33 hostages."
    )
    assert triples(extractor(text)) == {
        ("JOINT", "ceasefire.general", "support"),
        ("JOINT", "humanitarian.prisoner_exchange", "support"),
    }


def test_insisted_on_is_a_speech_verb_not_a_reporting_clause(extractor):
    text = (
        "Cyprus wants Turkish troops withdrawn, "
        "while Turkey insisted on keeping a military presence."
    )
    assert ("TUR", "forces.foreign_presence", "support") in triples(extractor(text))


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The Sahel Liberation Front (SLF) met envoys. SLF chairman Amadou Keita demanded "
            "the release of all prisoners.",
            "SLF",
        ),
        ("Kenyan Foreign Minister Amina Mohamed demanded the release of all prisoners.", "KEN"),
        ("Somalia's defence minister Abdi Warsame said prisoners must be exchanged.", "SOM"),
    ],
)
def test_a_persons_name_after_a_partys_title_keeps_the_party_the_speaker(extractor, text, holder):
    doc = extractor(text)
    assert doc.provisions and {p.holder for p in doc.provisions} == {holder}


def test_a_party_with_an_aside_holding_numbers_is_still_the_speaker(extractor):
    doc = extractor(
        "Somalia, which has some 20,000 troops in the region, demands a prisoner exchange."
    )
    assert {p.holder for p in doc.provisions} == {"SOM"}


def test_both_sides_after_a_clause_and_speak_jointly(extractor):
    doc = extractor(
        "Kenya agreed to reopen the border, and both sides pledged an all-for-all prisoner "
        "exchange."
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(doc)


def test_a_pronoun_follows_the_party_the_last_sentence_was_about(extractor):
    text = (
        "Somalia signed the truce. Kenya's reaction was cautious. "
        "It also insists on the release of all prisoners."
    )
    a = extractor.analyse(text)
    last = len(a.sentences) - 1
    assert [sp.code for sp in a.speakers[last]] == ["KEN"]
    assert {h.holder for h in a.hits if h.sentence == last} == {"KEN"}


def test_the_accord_as_subject_speaks_for_the_signatories(extractor):
    text = (
        "Kenya and Somalia signed a truce on Friday. Kenya said it was pleased. "
        "The accord provides for an all-for-all prisoner exchange."
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_a_party_inside_an_aside_about_the_speaker_is_not_the_speaker(extractor):
    doc = extractor(
        "Kenya, acting as mediator of the talks on Somalia, demanded an all-for-all prisoner "
        "exchange."
    )
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_a_habitual_adverbial_between_party_and_verb_keeps_the_speaker(extractor):
    doc = extractor("Kenya had for years refused an all-for-all prisoner exchange.")
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_one_party_named_twice_is_an_apposition_not_a_list(extractor):
    doc = extractor("In Nairobi, Kenya demanded an all-for-all prisoner exchange.")
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_his_government_follows_the_last_speaker(extractor):
    text = "Kenya said it was pleased. His government demands an all-for-all prisoner exchange."
    assert {p.holder for p in extractor(text).provisions} == {"KEN"}


@pytest.mark.parametrize(
    "text, holder",
    [
        (
            "The Sahel Liberation Front (SLF) met the envoys. "
            '"We will never disarm," one commander said.',
            "SLF",
        ),
        (
            "The Sahel Liberation Front (SLF) met the envoys. Kenya mediated. "
            "Rebel field commanders said they would never hand over their weapons.",
            "SLF",
        ),
        (
            "Kenya hosted the talks with the rebels. "
            "Government officials said an all-for-all prisoner exchange was ready.",
            "KEN",
        ),
    ],
)
def test_unnamed_members_of_a_side_speak_for_it(extractor, text, holder):
    doc = extractor(text)
    assert doc.provisions and {p.holder for p in doc.provisions} == {holder}


def test_the_state_a_title_opens_with_is_the_government(extractor):
    text = (
        "Kenya rivals sign a deal in Addis Ababa\n"
        "Somalia and Ethiopia acted as guarantors; Somalia hosted earlier rounds in Mogadishu.\n"
        "The government demanded an all-for-all prisoner exchange.\n"
    )
    assert {p.holder for p in extractor(text).provisions} == {"KEN"}


def test_a_territorial_position_on_a_whole_state_takes_its_country_code(extractor):
    doc = extractor("Kenya demands that Somalia remain a federal state with autonomous regions.")
    got = [p for p in doc.provisions if p.issue.startswith("territory.")]
    assert got and all(p.objects == ["SO"] for p in got)


def test_a_territorial_position_with_no_place_takes_the_state_of_the_title(extractor):
    text = (
        "The UN plan for Somalia: the proposal and the answers\n"
        "Kenya and Ethiopia backed the plan; Kenya hosted the talks.\n"
        "The plan demands separate referenda in the two communities.\n"
    )
    got = [p for p in extractor(text).provisions if p.issue == "territory.referendum"]
    assert got and got[0].objects == ["SO"]


@pytest.mark.parametrize(
    "text",
    [
        "The parties agree: the United Nations is asked to monitor the ceasefire.",
        "The parties agree: the United Nations was requested to monitor the ceasefire.",
    ],
)
def test_a_party_asked_in_the_passive_is_not_the_speaker(extractor, text):
    assert "UN" not in {p.holder for p in extractor(text).provisions}


def test_the_principles_as_subject_speak_for_the_signatories(extractor):
    text = (
        "Kenya and Somalia signed a joint statement and a set of principles on Friday. "
        "Kenya said it was pleased. "
        "The principles also state that an all-for-all prisoner exchange will take place."
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_the_government_of_a_named_state_is_that_state_not_an_anaphor(extractor):
    text = (
        "Somalia signed the plan. The government of Kenya, under its new president, also "
        "backed an all-for-all prisoner exchange."
    )
    a = extractor.analyse(text)
    assert [sp.code for sp in a.speakers[1]] == ["KEN"]


@pytest.mark.parametrize("signed", ["14:10 - Deal signed.", "The truce agreement was signed:"])
def test_a_terse_report_of_a_signing_makes_the_list_below_joint(extractor, signed):
    doc = extractor(
        "Live from the talks\n\n09:00 - Chad's government wants a ceasefire.\n\n"
        f"{signed} The text says:\n- both armies will release all prisoners;\n"
        "- an international conference will fund reconstruction.\n"
    )
    holders = {p.issue: p.holder for p in doc.provisions}
    assert holders["economy.reconstruction"] == "JOINT"


@pytest.mark.parametrize(
    "sentence",
    [
        "The four governments undertake to grant an amnesty to all fighters.",
        "Each government will decree an amnesty for the fighters.",
        "The six agree to grant an amnesty to all fighters.",
    ],
)
def test_the_signatories_named_collectively_hold_jointly(extractor, sentence):
    doc = extractor("Chad, Niger, Mali and Benin met in Niamey. " + sentence)
    assert {p.holder for p in doc.provisions if p.issue == "justice.amnesty"} == {"JOINT"}


def test_an_aside_after_an_unnamed_subject_names_its_party(extractor):
    doc = extractor(
        "Chad's government signed. The rebel leadership, grouped in the Northern Liberation "
        "Front (NLF), said it would never lay down its arms."
    )
    assert ("NLF", "forces.disarmament", "oppose") in triples(doc)


def test_a_plan_drawn_up_by_a_mediator_makes_its_list_the_mediators(extractor):
    doc = extractor(
        "The plan drawn up by the Secretary-General sets out these steps:\n\n"
        "1. Prisoners of war held by both sides are exchanged.\n"
        "2. A general amnesty is declared.\n"
    )
    assert {p.holder for p in doc.provisions} == {"UN"}


AGREEMENT = (
    "AGREEMENT BETWEEN THE REPUBLIC OF CHAD AND THE REPUBLIC OF NIGER ON THE QUESTION OF THE "
    "LAKE BASIN\n\n"
    "The Government of Chad and the Government of Niger,\n\n"
    "Noting that Chad has put forward a proposal for a prisoner exchange;\n\n"
    "Have agreed as follows:\n\n"
    "Article 1\nAll armed groups in the basin shall lay down their arms.\n\n"
    "Article 2\nThe Government of Niger shall grant an amnesty to all fighters.\n"
)


def test_a_long_capitalised_title_makes_an_agreement_in_the_signatories_voice(extractor):
    holders = {p.issue: p.holder for p in extractor(AGREEMENT).provisions}
    assert holders["forces.disarmament"] == "JOINT"


def test_a_recital_names_its_proposer_and_a_governments_shall_is_its_own(extractor):
    holders = {p.issue: p.holder for p in extractor(AGREEMENT).provisions}
    assert holders["humanitarian.prisoner_exchange"] == "TCD"
    assert holders["justice.amnesty"] == "NER"


@pytest.mark.parametrize(
    "sentence",
    [
        "An amnesty is being offered by the Deby administration to rebels who return.",
        "An amnesty, it is said in N'Djamena, could be granted to rebels who return.",
        "An amnesty for rebels who return is favoured by the government.",
    ],
)
def test_a_passive_agent_or_a_place_of_saying_names_the_state(extractor, sentence):
    doc = extractor(
        "Chad's government and the Northern Liberation Front (NLF) met in Doha. The NLF demands "
        "a prisoner exchange. " + sentence
    )
    holders = {p.issue: p.holder for p in doc.provisions}
    assert holders["justice.amnesty"] == "TCD"


def test_a_label_naming_a_topic_gives_no_voice(extractor):
    doc = extractor(
        "The deal was signed today. Its terms:\n\n- **Houthi talks:** the Southern Council joins "
        "the UN-led negotiations with the Houthis.\n"
    )
    assert {p.holder for p in doc.provisions} == {"JOINT"}


def test_the_subject_of_a_passive_with_an_adverb_is_not_its_holder(extractor):
    doc = extractor(
        "Chad's government met the NLA in Doha. The disarmament of the Northern Liberation Army "
        "(NLA) is still expected by the government."
    )
    assert {p.holder for p in doc.provisions if p.issue == "forces.disarmament"} == {"TCD"}


@pytest.mark.parametrize(
    "note",
    [
        "Editor's note: Chad insists on a prisoner exchange.",
        "Analyst's comment - Chad insists on a prisoner exchange.",
    ],
)
def test_an_editors_note_states_no_position(extractor, note):
    doc = extractor("Chad and Niger signed a border accord in Niamey today.\n\n" + note)
    assert not [p for p in doc.provisions if p.issue == "humanitarian.prisoner_exchange"]


def test_a_years_long_record_of_attacks_is_background(extractor):
    doc = extractor(
        "We, the government of Chad, state our position. For six years the rebels have "
        "attacked our towns and used chemical weapons against our soldiers."
    )
    assert not doc.provisions


INTERVIEW = (
    "INTERVIEW: a rebel negotiator on the deal\n\n"
    "Chad's government and the Sahel Armed Resistance (SAR) signed a truce last week. We spoke "
    "to a member of the SAR delegation in Abeche.\n\n"
    "Q: What did you sign?\n\n"
    "A: A ceasefire, first of all.\n\n"
    "Q: Will your fighters disarm?\n\n"
    "A: Let me be clear: we will hand in our weapons only after an amnesty.\n"
)


def test_in_an_interview_we_is_the_party_of_the_person_questioned(extractor):
    holders = {p.issue: p.holder for p in extractor(INTERVIEW).provisions}
    assert holders["forces.disarmament"] == "SAR"


def test_a_defined_armed_organisation_is_a_group(extractor):
    a = extractor.analyse("The Organisation of Armed Resistance (OAR) signed a truce.")
    assert a.kinds(extractor.lexicon.party_kind)["OAR"] == "group"


def test_a_new_clause_with_its_own_subject_names_a_new_holder(extractor):
    doc = extractor(
        "Chad's government and the Sahel Armed Resistance (SAR) met. Under the accord, both sides "
        "commit to a definitive end to hostilities, and the SAR renounces armed struggle."
    )
    assert ("SAR", "security.non_aggression", "support") in triples(doc) or (
        "SAR",
        "forces.disarmament",
        "support",
    ) in triples(doc)


def test_negotiators_for_the_movement_report_for_the_group_named_before(extractor):
    doc = extractor(
        "Chad's government and the Sahel Armed Resistance (SAR) signed a truce. Its fighters will "
        "hand over their weapons, negotiators for the movement said."
    )
    assert {p.holder for p in doc.provisions if p.issue == "forces.disarmament"} == {"SAR"}


def test_the_government_will_after_another_sides_words_is_the_governments(extractor):
    doc = extractor(
        "Chad's government and the Sahel Armed Resistance (SAR) signed a truce. The SAR said its "
        "fighters will hand over their weapons. In return, the government will grant an amnesty "
        "to the fighters."
    )
    assert {p.holder for p in doc.provisions if p.issue == "justice.amnesty"} == {"TCD"}


SIGNED = "Chad's government and the Sahel Armed Resistance (SAR) signed a truce. "


@pytest.mark.parametrize(
    "sentence, holder",
    [
        ('"We will never disarm," said Idriss Kaba, the group\'s spokesman.', "SAR"),
        ("'We will never disarm,' said Idriss Kaba, the group's spokesman.", "SAR"),
        ("Idriss Kaba, the group's spokesman, said it will never disarm.", "SAR"),
        ("Idriss Kaba, a spokesman for the government, said the fighters must disarm.", "TCD"),
    ],
)
def test_a_person_tied_to_a_side_by_an_aside_speaks_for_it(extractor, sentence, holder):
    doc = extractor(SIGNED + sentence)
    assert {p.holder for p in doc.provisions if p.issue == "forces.disarmament"} == {holder}


def test_a_mediator_named_in_apposition_holds_its_proposal(extractor):
    doc = extractor(
        "The Chadian government and the rebels met in Doha. The mediator, Qatar, proposed a "
        "ceasefire and a prisoner exchange."
    )
    assert {p.holder for p in doc.provisions} == {"QAT"}


def test_a_party_named_after_another_partys_said_is_the_subject_of_its_demand():
    text = (
        "Rebels set conditions\n\n"
        "In a video, the Sahel Liberation Front (SLF) said Kenya must act as a mediator. "
        "It also demanded an amnesty for its fighters.\n"
    )
    holders = {p.holder for p in extract(text).provisions if p.issue == "justice.amnesty"}
    assert holders == {"SLF"}


def test_negotiators_for_the_government_speak_for_its_state():
    text = (
        "Talks in Nairobi\n\n"
        "The government of Kenya and the Sahel Liberation Front (SLF) met for a week. "
        "The SLF wanted a referendum. Neither appears in the text; negotiators for the "
        "government refused to reopen the constitution.\n"
    )
    holders = {p.holder for p in extract(text).provisions if p.issue == "governance.constitution"}
    assert holders == {"KEN"}
