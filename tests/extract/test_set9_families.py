"""Families found on a fresh dev set (set9); every sentence here is written for the test."""

from accord.extract import extract

from .conftest import triples


def held(text: str) -> set[tuple[str, str, str]]:
    return triples(extract(text))


def test_the_demonym_parties_have_agreed_as_follows_is_joint():
    text = (
        "Agreement on the outcome of the Malian dialogue\n\n"
        "On the initiative of the African Union, the Malian leaders met in Algiers.\n\n"
        "The Malian parties have agreed as follows:\n\n"
        "1. A government of national unity shall be formed within thirty days.\n"
    )
    got = held(text)
    assert ("JOINT", "governance.power_sharing", "support") in got
    assert not any(h == "AU" for h, _, _ in got)


def test_a_neutral_chairman_or_transition_is_not_neutrality():
    text = (
        "Accord on Guinea-Bissau\n\nThe parties agree that the commission shall sit under a "
        "neutral chairman named by ECOWAS. The parties shall agree on a neutral transition "
        "led by a consensus figure.\n"
    )
    assert not any(i == "alignment.neutrality" for _, i, _ in held(text))


def test_a_neutral_status_is_still_neutrality():
    text = "Statement\n\nMoldova insists on its permanent neutrality.\n"
    assert ("MDA", "alignment.neutrality", "support") in held(text)


def test_a_calendar_annexed_to_the_agreement_is_no_annexation():
    text = (
        "Accord\n\nThe parties agree that all foreign troops shall leave Bougainville in "
        "accordance with the timetable annexed to this Agreement.\n"
    )
    assert not any(i.startswith("territory.recognition") for _, i, _ in held(text))


def test_a_person_who_leads_a_movement_speaks_for_it():
    text = (
        "Rivals meet in Cairo\n\nMahmoud Abbas, who leads Fatah, met Hamas leaders on Monday. "
        '"We will negotiate with Israel," Abbas said.\n'
    )
    assert ("FATAH", "process.negotiations", "support") in held(text)


def test_a_leader_named_by_possessive_speaks_for_his_party():
    text = (
        "Malawi talks\n\nMutharika's Democratic Progressive Party (DPP) won the most seats. "
        "Mutharika demanded a government of national unity.\n"
    )
    assert ("DPP", "governance.power_sharing", "support") in held(text)


def test_both_sides_signed_up_to_and_they_also_agreed_are_joint():
    text = (
        "Talks in Addis Ababa\n\nThe mediators met the two delegations on Monday. "
        "The negotiators have already agreed on several points. Both sides signed up to the "
        "return of the displaced to their homes. They also agreed to set up a truth and "
        "reconciliation commission.\n"
    )
    got = held(text)
    assert ("JOINT", "humanitarian.refugee_return", "support") in got
    assert ("JOINT", "justice.victims", "support") in got


def test_one_of_its_officials_speaks_for_the_side_that_spoke_last():
    text = (
        "Crisis in Harare\n\nThe Kenyan government met the opposition on Monday. "
        "The Orange Front (OF) has said it will boycott the next session. "
        "One of its officials said the front would demand a fresh presidential election.\n"
    )
    got = held(text)
    assert ("OF", "governance.elections", "support") in got
    assert not any(h == "KEN" for h, _, _ in got)


def test_ruling_out_a_rerun_of_the_vote_opposes_elections():
    text = (
        "Talks in Abidjan\n\nThe Ivorian government ruled out any rerun of the presidential "
        "vote.\n"
    )
    assert ("CIV", "governance.elections", "oppose") in held(text)


def test_a_parliament_vote_on_the_text_and_a_past_election_are_no_election_positions():
    text = (
        "Talks in Juba\n\nThe Ugandan parliament did not hold a vote approving the text. "
        "Uganda said President Museveni was elected for five years.\n"
    )
    assert not any(i == "governance.elections" for _, i, _ in held(text))


def test_arms_under_the_authority_of_the_state_and_arms_not_on_the_table():
    text = (
        "Iraq talks\n\nIraq insists that the militias' weapons come under the authority of the "
        "state. The Sadrist Movement (SM) insisted that its weapons were not on the table.\n"
    )
    got = held(text)
    assert ("IRQ", "forces.disarmament", "support") in got
    assert ("SM", "forces.disarmament", "oppose") in got


def test_victims_to_be_compensated_is_reparations_and_return_to_their_land_is_no_land_reform():
    text = (
        "Accord on Casamance\n\nThe parties agreed that displaced villagers should be able to "
        "return to their land and be compensated.\n"
    )
    got = held(text)
    assert ("JOINT", "economy.reparations", "support") in got
    assert ("JOINT", "humanitarian.refugee_return", "support") in got
    assert not any(i == "economy.land_reform" for _, i, _ in got)


def test_land_acquisitions_and_a_land_audit_are_land_reform():
    text = (
        "Accord\n\nThe parties accept that the farm seizures are irreversible and agree to a "
        "land audit.\n"
    )
    assert ("JOINT", "economy.land_reform", "support") in held(text)


def test_under_the_acronym_of_a_named_agreement_is_joint():
    text = (
        "Burundi after Arusha\n\nThe Arusha Peace Agreement (APA) was signed in August. "
        "The rebels said they would fight on. "
        "Under the APA a new constitution is to be drafted within a year.\n"
    )
    assert ("JOINT", "governance.constitution", "support") in held(text)


def test_an_acronym_of_leading_syllables_defines_the_group():
    text = (
        "Unrest in the delta\n\nA group calling itself the Delta People's Congress "
        "(DEPECO) demanded that the people of Rivers State decide their future in a "
        "referendum.\n"
    )
    assert ("DEPECO", "territory.referendum", "support") in held(text)


def test_sudans_rebel_movements_are_known_parties():
    text = (
        "Sudan talks\n\nThe SPLM-North faction insisted on a new constitution. "
        "The Justice and Equality Movement demanded a share of power.\n"
    )
    got = held(text)
    assert ("SPLM-N", "governance.constitution", "support") in got
    assert ("JEM", "governance.power_sharing", "support") in got


def test_a_mediator_acting_for_a_body_speaks_for_it_on_a_live_page():
    text = (
        "# Live: Guinea talks in Dakar\n\n"
        "**3 May, 10:00** - Mediator Mamadou Diallo, Senegal's former foreign minister, opens "
        "the session for ECOWAS.\n\n"
        "He asks the sides to agree on an inclusive transition that ends in free elections.\n"
    )
    got = held(text)
    assert ("ECOWAS", "governance.power_sharing", "support") in got
    assert ("ECOWAS", "governance.elections", "support") in got
    assert not any(h == "SEN" for h, _, _ in got)


def test_an_acronym_called_a_party_is_a_party():
    text = (
        "Talks in Lome\n\nThe exiled leader, whose UFCD party followed him abroad, was absent. "
        "UFCD's delegates propose a government of national unity.\n"
    )
    assert ("UFCD", "governance.power_sharing", "support") in held(text)


def test_a_name_with_small_words_of_another_language_defines_its_acronym():
    text = (
        "Talks\n\nThe Uniao para a Liberdade (UPAL) demanded a government of national unity.\n"
    )
    assert ("UPAL", "governance.power_sharing", "support") in held(text)


def test_opening_the_government_and_splitting_ministries_are_power_sharing():
    text = (
        "Accord\n\nUnder the accord the ministries are split between the two sides. "
        "The Ivorian government will open the cabinet to the rebels.\n"
    )
    got = held(text)
    assert ("JOINT", "governance.power_sharing", "support") in got
    assert ("CIV", "governance.power_sharing", "support") in got


def test_a_conviction_against_him_is_no_negation():
    text = (
        "Talks\n\nThe Union for Change (UC) spoke first. UC's delegation circulates its paper. "
        "Its demand: the conviction against him must be wiped out through an amnesty.\n"
    )
    assert ("UC", "justice.amnesty", "support") in held(text)


def test_answering_in_court_and_being_tried_for_are_accountability():
    text = (
        "Talks\n\nThe Gabonese government says the former president must answer in court for "
        "the shootings.\n"
    )
    assert ("GAB", "justice.accountability", "support") in held(text)


def test_a_presidential_vote_is_an_election_and_and_says_ends_the_clause():
    text = (
        "Talks\n\nThe Union for Change (UC) wants a presidential vote within a year and says "
        "the junta leader should not be allowed to stand.\n"
    )
    assert ("UC", "governance.elections", "support") in held(text)


def test_national_dialogue_talks_dates_and_follow_up_committees():
    text = (
        "Accord\n\nThe parties agree that an inclusive national dialogue shall be held. "
        "The two sides set a date for formal talks in June. "
        "A committee including Kenya and the African Union is to follow up their commitments.\n"
    )
    got = held(text)
    assert ("JOINT", "process.negotiations", "support") in got
    assert ("JOINT", "process.guarantors", "support") in got


def test_keep_negotiating_supports_talks():
    text = "Talks\n\nThe Ethiopian government said it would keep talking under AU auspices.\n"
    assert ("ETH", "process.negotiations", "support") in held(text)


def test_a_place_word_inside_a_party_name_is_no_place():
    text = (
        "Ceasefire Agreement\n\nArticle 1\n1. The Parties agree that a commission under a "
        "chairman appointed by the Organisation of African Unity shall verify the ceasefire.\n"
        "2. The administration of the State shall be re-established over the whole of the "
        "national territory.\n"
    )
    doc = extract(text)
    assert not any("SS-UY" in p.objects for p in doc.provisions)


def test_a_deal_named_after_its_host_city_is_not_about_the_host_state():
    text = (
        "Riyadh Agreement on the Yemeni National Dialogue\n\n"
        "The Yemeni parties have agreed as follows:\n\n"
        "1. The law shall be applied throughout Yemeni territory.\n"
    )
    doc = extract(text)
    assert not any("SA" in p.objects for p in doc.provisions)


def test_casualties_since_a_winner_was_declared_are_a_fact():
    text = (
        "Talks\n\nThe Orange Front (OF) says it wants a share of power. More than 500 people "
        "have been "
        "killed since the president was declared the winner of the disputed presidential "
        "election.\n"
    )
    assert not any(i == "governance.elections" for _, i, _ in held(text))


def test_fishing_villages_are_no_trade_and_protections_for_nationals_are_minority_rights():
    text = (
        "Accord\n\nThe strip is an area of fishing villages. Croatia insisted on protections "
        "for its nationals living there, and on their language and traditions being "
        "respected.\n"
    )
    got = held(text)
    assert ("HRV", "identity.minority_rights", "support") in got
    assert not any(i == "economy.trade_relations" for _, i, _ in got)


def test_party_officials_said_is_that_party_not_the_state_of_the_text():
    text = (
        "Talks in Cairo\n\nIsrael and Hamas met in Cairo. Hamas officials also said the "
        "movement was ready to extend its truce with Israel.\n"
    )
    got = held(text)
    assert ("HAMAS", "ceasefire.general", "support") in got
    assert ("ISR", "ceasefire.general", "support") not in got


def test_boycott_and_sanctions_wordings():
    text = (
        "Talks\n\nThe Islamic Front (IF) demanded an immediate end to the international "
        "boycott. An American official said the sanctions would stay until then.\n"
    )
    got = held(text)
    assert ("IF", "economy.sanctions_relief", "support") in got
    assert ("USA", "economy.sanctions_relief", "oppose") in got


def test_a_leader_before_a_dashed_national_union_name_speaks_for_the_party():
    text = (
        "Kenya talks\n\nMoi's Kenya African National Union - Democratic Front (KANU-DF) ruled "
        "the country for decades. Moi told supporters that the Western sanctions must go.\n"
    )
    assert ("KANU-DF", "economy.sanctions_relief", "support") in held(text)


def test_whatever_form_the_government_takes_is_no_position_on_it():
    text = (
        "Talks\n\nThe Afghan government ruled out any deployment of foreign troops, whatever "
        "form the unity government took.\n"
    )
    got = held(text)
    assert ("AFG", "forces.foreign_presence", "oppose") in got
    assert not any(i == "governance.power_sharing" for _, i, _ in got)


def test_a_deadlock_over_sharing_power_is_no_position_on_it():
    text = (
        "Talks\n\nThe Ethiopian government said it would meet the rebels to break a deadlock "
        "over sharing power.\n"
    )
    assert not any(i == "governance.power_sharing" for _, i, _ in held(text))


def test_an_end_to_the_violence_and_halting_acts_of_violence_are_a_ceasefire():
    text = (
        "Talks\n\nBoth sides signed up to an immediate end to the violence. Under the deal, both "
        "movements pledged to halt all acts of violence against one another.\n"
    )
    assert ("JOINT", "ceasefire.general", "support") in held(text)


def test_until_a_clause_is_a_condition_and_calling_it_a_share_out_is_no_position():
    text = (
        "Talks\n\nThe European Union said its measures would stay until power was genuinely "
        "shared. The Karen National Union (KNU) refused to take part, calling the process a "
        "share-out of posts.\n"
    )
    got = held(text)
    assert ("EU", "governance.power_sharing", "support") not in got
    assert ("KNU", "governance.power_sharing", "support") not in got


def test_support_for_monitoring_the_ceasefire_is_monitoring():
    text = (
        "Accord\n\nThe parties agree to a permanent ceasefire across the country, with AU "
        "support for monitoring it.\n"
    )
    assert ("JOINT", "ceasefire.monitoring", "support") in held(text)
