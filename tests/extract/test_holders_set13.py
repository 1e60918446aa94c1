"""Voice families found on a fresh dev set (set13); sentences written for the tests."""

from .conftest import triples


def test_a_side_undertaking_its_part_of_a_deal_does_not_take_the_deal_voice(extractor):
    text = (
        "Myanmar's government and the Kayin National Union signed a peace agreement in Yangon on "
        "Monday. Under the deal, both sides committed to a ceasefire. The government undertook "
        "to pull its battalions back from the villages. Checkpoints on the main roads are to be "
        "removed and a joint commission will hold elections in the hill districts."
    )
    doc = extractor(text)
    assert ("JOINT", "governance.elections", "support") in triples(doc)
    assert all(p.holder == "JOINT" for p in doc.provisions if p.issue == "governance.elections")


def test_a_deal_named_after_its_venue_city_does_not_make_the_host_the_government(extractor):
    text = (
        "NAIROBI PROTOCOL\n\n"
        'The Government of the Republic of Mozambique (hereinafter "the Government") and '
        "RENAMO, meeting in Nairobi, have agreed as follows:\n\n"
        "1. The Parties shall observe a complete cessation of hostilities.\n"
        "2. The Government agrees to the deployment of a United Nations peacekeeping force.\n"
    )
    holders = {p.holder for p in extractor(text).provisions}
    assert "KEN" not in holders
    assert "MOZ" in holders


def test_a_new_section_of_a_report_does_not_carry_the_last_speaker(extractor):
    text = (
        "Talks at the lakeside hotel\n\n"
        "Kenya's president, William Ruto, told the summit that a new approach was needed.\n\n"
        "## What the delegates decided\n\n"
        "The charter sets a transition under a national unity government and commits the new "
        "authorities to hold elections at the end of it.\n"
    )
    doc = extractor(text)
    assert all(p.holder != "KEN" for p in doc.provisions)


def test_a_party_that_tables_a_draft_is_what_it_points_back_to(extractor):
    text = (
        "Round one\n\n"
        "The African Union put a draft security arrangement on the table. It required all "
        "Ethiopian troops to withdraw from Tigray within ten days."
    )
    assert ("AU", "forces.withdrawal", "support") in triples(extractor(text))


def test_a_proposal_delivered_on_a_date_by_a_president_is_his(extractor):
    text = (
        "The mediators' text\n\n"
        "The opinion was delivered on 12 May by Kenyan President Uhuru Kenyatta, speaking for "
        "the mediators. It proposes:\n"
        "1. That both armies withdraw from the disputed district.\n"
    )
    assert ("KEN", "forces.withdrawal", "support") in triples(extractor(text))


def test_an_acronym_given_before_its_long_name_defines_the_group(extractor):
    text = (
        "Present were the government and the MLPC (Movement for the Liberation of the People "
        "of Chad). An MLPC spokesman tells us the movement wants an amnesty for its fighters."
    )
    assert ("MLPC", "justice.amnesty", "support") in triples(extractor(text))


def test_terms_listed_after_a_text_signed_by_several_sides_are_joint(extractor):
    text = (
        "09:00 – Ceremony under way. The declaration is being signed by the government and "
        "14 armed groups.\n\n"
        "09:40 – The main commitments, from the copy we have seen:\n"
        "- an immediate ceasefire across the eastern provinces;\n"
        "- the return of refugees to their homes.\n"
    )
    doc = extractor(text)
    assert ("JOINT", "ceasefire.general", "support") in triples(doc)
    assert ("JOINT", "humanitarian.refugee_return", "support") in triples(doc)


def test_a_charter_adopted_by_delegates_is_their_joint_text(extractor):
    text = (
        "### What the assembly decided\n\n"
        "In March the delegates adopted a National Transitional Charter. The Charter sets a "
        "two-year transition under a government of national unity. It also commits the new "
        "authorities to hold elections at the end of the transition.\n"
    )
    doc = extractor(text)
    assert ("JOINT", "governance.elections", "support") in triples(doc)


def test_a_side_government_in_its_capital_speaks(extractor):
    text = (
        "Abkhazia's government in Sukhumi said the territory wants the world to recognise its "
        "independence."
    )
    assert ("ABKHAZIA", "territory.recognition", "support") in triples(extractor(text))


def test_he_after_a_joint_text_is_not_the_signatories(extractor):
    text = (
        "The two delegations signed a peace agreement on Friday. Under the deal, both sides "
        "committed to a ceasefire. In his first speech as president he asked donors for money "
        "to rebuild ports and schools."
    )
    doc = extractor(text)
    assert all(p.holder != "JOINT" for p in doc.provisions if p.issue == "economy.reconstruction")


def test_a_faction_acronym_and_the_person_who_leads_it(extractor):
    text = (
        "The front has split. Amos Kolleh, who leads the wing known as NPF-K, accepted the plan. "
        "The rival wing led by Joseph Tarpeh, NPF-T, rejected it. Tarpeh's representatives said "
        "his fighters would not give up their weapons."
    )
    assert ("NPF-T", "forces.disarmament", "oppose") in triples(extractor(text))


def test_an_acronym_called_a_party_is_one(extractor):
    text = (
        "In Tirana, the deal was welcomed. The opposition PDSH party rejects it and says it will "
        "not support the constitutional changes in parliament."
    )
    assert ("PDSH", "governance.constitution", "oppose") in triples(extractor(text))


def test_a_side_that_agreed_to_its_share_of_a_signed_deal_states_the_joint_text(extractor):
    text = (
        "On 3 May the foreign ministers of Serbia and Montenegro signed an agreement in Budva. "
        "In return, Podgorica agreed to amend its constitution to drop the disputed clause."
    )
    assert ("JOINT", "governance.constitution", "support") in triples(extractor(text))


def test_a_side_that_for_its_part_commits_keeps_its_own_voice(extractor):
    text = (
        "On 3 May the government of Chad and the rebels signed an agreement in Sirte. "
        "The government, for its part, agreed to amend the constitution."
    )
    assert ("TCD", "governance.constitution", "support") in triples(extractor(text))


def test_he_says_after_a_quote_points_to_the_titled_person_before(extractor):
    text = (
        "13:00 – President Yoweri Museveni closes the summit.\n\n"
        '"The war in the north is over. The time of reconstruction has come," he says, asking '
        "donors to fund it."
    )
    assert ("UGA", "economy.reconstruction", "support") in triples(extractor(text))


def test_city_faction_leaders_speak_for_the_group_their_aside_names(extractor):
    text = (
        "Several Kabul faction leaders, among them Gulbuddin Hekmatyar of the Islamic Party "
        "(HIG), refused to accept the new government and said they would not hand over their "
        "weapons to it."
    )
    doc = extractor(text)
    assert ("HIG", "forces.disarmament", "oppose") in triples(doc)
    assert all(p.holder != "AFG" for p in doc.provisions)


def test_north_macedonian_and_greek_leaders_are_known_people(extractor):
    # the Bulgarian veto of 2020, not the name dispute
    text = (
        "Sofia blocked the start of accession talks in November. Zaev argues that NATO and EU "
        "membership is the country's future."
    )
    assert ("MKD", "alignment.union_membership", "support") in triples(extractor(text))


def test_a_president_elected_by_the_assembly_speaks_for_the_state_after(extractor):
    text = (
        "Talks in Nairobi on Sudan's future went on for weeks. On 2 May the assembly elected "
        "Ahmed Bashir Osman, a former judge, as president. In his first speech he asked the "
        "outside world for money to rebuild ports and schools."
    )
    assert ("SDN", "economy.reconstruction", "support") in triples(extractor(text))


def test_a_state_called_by_the_last_word_of_its_name_by_its_government(extractor):
    text = (
        "The FMLN signed the accord in Mexico City. Salvador's government has promised to put "
        "the constitutional reforms to a referendum."
    )
    assert ("SLV", "territory.referendum", "support") in triples(extractor(text))
