"""Holder families found on a fresh dev set (set8); sentences written for the tests."""

from accord.model import DocumentMeta

from .conftest import triples


def holders(doc):
    return {p.holder for p in doc.provisions}


def test_translated_name_with_small_words_defines_its_acronym(extractor):
    # "Ejército Popular de Liberación" given in English with "of" inside it
    text = (
        "Leaders of the country's main rebel force, the Popular Army of Liberation (EPL), "
        "met the envoys on Monday. The EPL insists on a general amnesty for its fighters."
    )
    assert ("EPL", "justice.amnesty", "support") in triples(extractor(text))


def test_government_commissioner_named_in_apposition_speaks_for_the_state(extractor):
    text = (
        "In Colombia, the deal was signed by the government's peace commissioner, "
        "Maria Elena Duarte, and by the rebels of the FARC. "
        "Later, Duarte said there would be no blanket amnesty."
    )
    assert ("COL", "justice.amnesty", "oppose") in triples(extractor(text))


def test_people_listed_after_a_party_title_speak_for_it(extractor):
    text = (
        "The accord was signed by FARC commanders including Ivan Restrada and Pablo Catatumbo. "
        "The United States lists the group as a terrorist organisation. "
        "Speaking afterwards, Catatumbo said the fighters would not hand over their weapons "
        "until a law gave them guarantees."
    )
    doc = extractor(text)
    assert "USA" not in holders(doc)
    assert any(p.holder == "FARC" for p in doc.provisions)


def test_live_blog_entry_keeps_no_voice_and_bare_signed_opens_the_agreed_list(extractor):
    text = (
        "LIVE: talks on Transnistria\n\n"
        "09:10 - Moldova's delegation wants a political solution and demands the withdrawal "
        "of foreign troops.\n\n"
        "13:00 - Signed. The deal, in short:\n"
        "- talks on a political settlement are to continue;\n"
        "- conditions are to be created for refugees to return.\n\n"
        "15:30 - Igor Smirnov, leader of Transnistria, sounds less pleased.\n"
        "He says the ceasefire is welcome.\n"
    )
    got = triples(extractor(text))
    assert ("JOINT", "humanitarian.refugee_return", "support") in got
    assert ("MDA", "humanitarian.refugee_return", "support") not in got
    assert ("JOINT", "ceasefire.general", "support") not in got
    assert ("PMR", "ceasefire.general", "support") in got


def test_an_aide_speaks_for_the_side_of_the_person_named_before(extractor):
    text = (
        "The LTTE delegation is led by Anton Balasingham. "
        "An aide told reporters that Colombo must accept a referendum on independence."
    )
    got = triples(extractor(text))
    assert ("LTTE", "territory.referendum", "support") in got
    assert not any(h == "LKA" for h, _, _ in got)


def test_agree_as_follows_after_two_titles_and_a_statements_heading_after_it(extractor):
    text = (
        "Lusaka terms\n\n"
        "The President of the Republic and the Commander of the Rebel Forces agree as follows:\n\n"
        "1. A political dialogue shall be held between the parties.\n"
        "2. The President shall grant an amnesty to all combatants.\n\n"
        "Statements at the signing\n\n"
        "Angola's foreign minister said the ceasefire would be monitored by the UN.\n"
        "Later he said that a referendum on autonomy must be held.\n"
    )
    got = triples(extractor(text))
    assert ("JOINT", "justice.amnesty", "support") in got
    assert ("JOINT", "territory.referendum", "support") not in got


def test_background_note_and_epilogue_paragraphs_give_no_positions(extractor):
    text = (
        "Background note. In 1994 the army demanded the disarmament of the rebels and the "
        "government lifted the sanctions.\n\n"
        "Mozambique's government insists on a general amnesty for the rebels.\n\n"
        "Epilogue. The rebels were disarmed and the sanctions were lifted a year later.\n"
    )
    got = triples(extractor(text))
    assert {issue for _, issue, _ in got} == {"justice.amnesty"}


def test_an_army_spokesman_speaks_for_the_army_the_text_defines(extractor):
    text = (
        "Since the coup the Armed Forces of Rwanda (FAR) have held power in Kigali. "
        "An army spokesman in Kigali said the army would not accept foreign troops on its soil."
    )
    got = triples(extractor(text))
    assert ("FAR", "forces.foreign_presence", "oppose") in got


def test_government_of_a_named_person_makes_him_the_state(extractor):
    text = (
        "Turkey and the PKK, a report. This report follows the attempt by the government of "
        "Recep Tayyip Erdogan to end the conflict. In March Erdogan told reporters that there "
        "would be no amnesty for the PKK leaders."
    )
    assert ("TUR", "justice.amnesty", "oppose") in triples(extractor(text))


def test_a_named_political_wing_is_a_party_of_its_own(extractor):
    text = (
        "Between May and June, Eelam Congress, the LTTE's banned political wing, met the envoys. "
        "Eelam Congress pressed for a referendum on independence."
    )
    got = triples(extractor(text))
    assert ("EC", "territory.referendum", "support") in got


def test_repeated_line_and_off_the_table_state_a_position(extractor):
    text = (
        "Colombia's line was that the talks concerned only the handing over of weapons. "
        "An amnesty, officials repeated, was not on the table."
    )
    got = triples(extractor(text))
    assert ("COL", "forces.disarmament", "support") in got
    assert ("COL", "justice.amnesty", "oppose") in got


def test_voting_against_and_opposing_contact_with_a_group(extractor):
    text = (
        "The opposition Justice Party (JP) voted against and has opposed any contact with the LTTE."
    )
    assert ("JP", "process.negotiations", "oppose") in triples(extractor(text))


def test_a_ceasefire_declared_over_is_opposed(extractor):
    text = "On 5 June the ELN declared the ceasefire over."
    assert triples(extractor(text)) == {("ELN", "ceasefire.general", "oppose")}


EXPLAINER = (
    "Explainer: the 2014 deal between Manila and the MILF\n\n"
    "What was agreed?\n"
    "Negotiators for the Government of the Philippines and the MILF signed a peace agreement "
    "in Kuala Lumpur.\n\n"
    "Why does it matter?\n"
    "The MILF took up arms in 1978. A 1996 agreement signed in Jakarta promised a referendum "
    "to the provinces.\n\n"
    "What happens first?\n"
    "A plebiscite will be held across the provinces, and the two sides will meet regularly.\n\n"
    "Is everyone on board?\n"
    "No. The Bangsamoro Islamic Freedom Fighters (BIFF) rejected the deal. "
    "Its spokesmen said autonomy would not solve the problem "
    "and that the front would continue its struggle for an independent Islamic state in "
    "Mindanao.\n"
)


def test_an_explainers_answers_start_from_the_deals_voice(extractor):
    got = triples(extractor(EXPLAINER))
    assert ("JOINT", "territory.referendum", "support") in got
    assert ("JOINT", "process.negotiations", "support") in got
    assert ("MILF", "territory.referendum", "support") not in got


def test_an_earlier_years_deal_is_history(extractor):
    doc = extractor(EXPLAINER)
    assert not any(p.evidence.text.startswith("A 1996 agreement") for p in doc.provisions)


def test_struggle_for_an_independent_state_and_autonomy_that_would_not_solve(extractor):
    got = triples(extractor(EXPLAINER))
    assert ("BIFF", "territory.recognition", "support") in got
    assert ("BIFF", "territory.special_status", "oppose") in got


def test_a_clause_on_the_agreement_after_a_party_speaks_for_the_signatories(extractor):
    text = (
        "The government and the NDF signed a peace agreement in Oslo. "
        "The NDF dropped its demand for a separate state years ago, and the agreement is to "
        "be implemented with full respect for the country's territorial integrity."
    )
    got = triples(extractor(text))
    assert ("JOINT", "territory.integrity", "support") in got


def test_a_mediators_text_named_by_its_acronym_holds_its_list(extractor):
    text = (
        "The talks were convened by the Friends Group (FG) after the massacre.\n\n"
        "The FG text, described as an interim agreement, proposed:\n"
        "- the return of all refugees and displaced persons;\n"
        "- the demilitarisation of the Liberation Army of Cabinda within three months;\n"
        "- a UN-led military force to implement the military provisions.\n"
    )
    got = triples(extractor(text))
    assert ("FG", "humanitarian.refugee_return", "support") in got
    assert ("FG", "forces.disarmament", "support") in got
    assert ("FG", "forces.size_limits", "support") not in got
    assert ("FG", "forces.foreign_presence", "support") in got


def test_kosovo_is_its_iso_subdivision(extractor):
    doc = extractor("Serbia said it could accept broad autonomy for Kosovo within Serbia.")
    assert [p.objects for p in doc.provisions if p.issue == "territory.special_status"] == [
        ["RS-KM"]
    ]


STATEMENT = (
    "Yesterday the Karen National Union (KNU) signed an accord with the government of "
    "Myanmar.\n\n"
    "Under the Accord both sides have agreed to the following. A Land Commission will settle "
    "land disputes and restore land to its lawful owners. All who hand over their arms will "
    "receive an amnesty, with the cases against them withdrawn.\n\n"
    "We asked that the accord be written into the Constitution.\n"
)


def test_an_author_named_with_its_acronym_speaks_in_the_first_person(extractor):
    doc = extractor(STATEMENT, DocumentMeta(author="Karen National Union (KNU)"))
    assert ("KNU", "governance.constitution", "support") in triples(doc)


def test_what_both_sides_agreed_stays_joint_in_an_authors_statement(extractor):
    got = triples(extractor(STATEMENT, DocumentMeta(author="Karen National Union (KNU)")))
    assert ("JOINT", "economy.land_reform", "support") in got
    assert ("JOINT", "justice.amnesty", "support") in got
    assert not any(i == "security.non_aggression" for _, i, _ in got)
    assert not any(i == "forces.withdrawal" for _, i, _ in got)


def test_an_unnamed_official_in_a_capital_speaks_for_its_state(extractor):
    text = (
        "The Polisario Front said it would not lay down its arms. "
        "In Paris, a senior foreign ministry official said France would back a referendum "
        "on self-determination."
    )
    got = triples(extractor(text))
    assert ("FRA", "territory.referendum", "support") in got
    assert ("POLISARIO", "territory.referendum", "support") not in got


def test_diplomats_in_a_capital_speak_for_no_party(extractor):
    text = (
        "The Polisario Front said it would not lay down its arms. "
        "Diplomats in Rabat said the timetable for disarming the fighters had been postponed."
    )
    got = triples(extractor(text))
    assert not any(i == "forces.disarmament" and s == "support" for _, i, s in got)


def test_a_named_official_speaking_from_a_capital_speaks_for_its_state(extractor):
    text = (
        "LIVE: talks on Abkhazia\n\n"
        "16:10 - From Tbilisi, Interior Minister Giorgi Gakharia says the Abkhaz fighters "
        "must be disarmed.\n"
    )
    assert ("GEO", "forces.disarmament", "support") in triples(extractor(text))


def test_his_government_after_a_militia_spoke_is_the_state(extractor):
    text = (
        "In Papua New Guinea, the Bougainville Revolutionary Army (BRA) restated its demands. "
        "Chan said his government welcomed the deal and appealed to donors for money to "
        "rebuild the island."
    )
    got = triples(extractor(text))
    assert ("PNG", "economy.reconstruction", "support") in got
    assert ("BRA", "economy.reconstruction", "support") not in got
