"""Impersonal frames that report an agreed text ("What has been agreed", "It is provided that")."""

from accord.extract import extract

TEXT = "Peace in the east\n\nThe war has lasted since 1990.\n\n{}"


def held(body: str) -> set[tuple[str, str]]:
    return {(p.holder, p.issue) for p in extract(TEXT.format(body)).provisions}


def test_what_has_been_agreed_makes_the_following_lines_joint():
    body = (
        "What has been agreed is ambitious. Refugees are to come home with the help of the "
        "UN refugee agency, and new elections are to be held within a year."
    )
    assert {("JOINT", "humanitarian.refugee_return"), ("JOINT", "governance.elections")} <= held(
        body
    )


def test_it_is_provided_that_speaks_for_the_signatories():
    body = (
        "It is provided that the seats of the chamber are to be divided equally, and new "
        "elections are to be held within a year."
    )
    assert ("JOINT", "governance.elections") in held(body)


def test_without_an_agreed_frame_nobody_holds_the_lines():
    body = (
        "The seats of the chamber are to be divided equally, and new elections are to be "
        "held within a year."
    )
    assert ("JOINT", "governance.elections") not in held(body)


def test_we_in_a_letter_from_a_party_leader_is_that_party():
    text = (
        "The spring letter\n\n"
        "Supporters read out a letter from Abdullah Öcalan in the main square. "
        "What follows renders it in the first person.\n\n"
        "We demand that our children be able to learn in their mother tongue."
    )
    assert ("PKK", "identity.language") in {(p.holder, p.issue) for p in extract(text).provisions}


def test_a_party_called_upon_in_the_passive_is_not_the_holder():
    body = (
        "It is provided that the militias are to be disbanded. Israel is called upon to withdraw."
    )
    assert not any(h == "ISR" for h, _ in held(body))


def test_a_joint_statement_of_two_named_states_speaks_for_both():
    body = (
        "A truce in the valley was proclaimed on Monday in a joint statement of France and "
        "Germany. Armed groups are required to let relief agencies reach every village."
    )
    got = held(body)
    assert ("JOINT", "humanitarian.aid_access") in got
    assert not any(h in ("FRA", "DEU") for h, _ in got)


def test_a_resolution_before_a_council_is_the_organisation_s_text_not_its_sponsors():
    body = (
        "The draft resolution tabled in the Security Council by Norway and Japan proposes "
        "the following:\n1. A full cessation of hostilities in the valley."
    )
    got = held(body)
    assert ("UN", "ceasefire.general") in got
    assert not any(h in ("NOR", "JPN") for h, _ in got)


def test_a_sides_own_ministers_speak_for_that_side_not_the_state():
    body = (
        "Lebanon accepted the plan. Hezbollah's ministers said its weapons would not be "
        "handed over."
    )
    got = held(body)
    assert ("HEZBOLLAH", "forces.disarmament") in got
    assert ("LBN", "forces.disarmament") not in got


def objects_of(body: str, issue: str) -> set[str]:
    return {o for p in extract(TEXT.format(body)).provisions if p.issue == issue for o in p.objects}


def test_a_state_named_for_a_territorial_question_is_the_part_the_text_disputes():
    body = (
        "Fighting in the Anglophone regions has lasted three years. The government of "
        "Cameroon said the unity of Cameroon is not negotiable."
    )
    assert {"CM-NW", "CM-SW"} <= objects_of(body, "territory.integrity")
    assert "CM" not in objects_of(body, "territory.integrity")


def test_without_a_named_part_the_whole_state_is_the_object():
    body = "The government of Cameroon said the unity of Cameroon is not negotiable."
    assert objects_of(body, "territory.integrity") == {"CM"}


def test_two_sides_accepting_one_deal_hold_its_terms_jointly():
    text = (
        "CAIRO, May 2 (wire) — Ethiopia and Somali factions led by the ONLF accepted an "
        "open-ended ceasefire brokered by Kenya on Tuesday. The war had lasted for years.\n"
    )
    assert ("JOINT", "ceasefire.general") in {(p.holder, p.issue) for p in extract(text).provisions}


def test_one_side_accepting_a_deal_holds_it_alone():
    body = "Armenia accepted a lasting ceasefire brokered by Iran."
    assert ("JOINT", "ceasefire.general") not in held(body)


def test_the_terms_of_a_mediators_proposal_both_sides_accepted_are_joint():
    text = (
        "CAIRO, May 2 (wire) — Ethiopia and Somali factions led by the ONLF accepted an "
        "open-ended ceasefire brokered by Kenya on Tuesday.\n\n"
        "Under the Kenyan proposal, aid agencies will be given unhindered access to the camps.\n"
    )
    got = {(p.holder, p.issue) for p in extract(text).provisions}
    assert ("JOINT", "humanitarian.aid_access") in got
    assert ("KEN", "humanitarian.aid_access") not in got


def test_the_government_side_opening_a_passage_takes_the_voice_from_the_deal():
    text = (
        "The Nile deal\n\n"
        "On 2 May the government of Sudan and the SPLM signed an agreement to end the war. "
        "Under it, the two parties agree to cease all hostilities.\n\n"
        "The government's side is clear about what it offers. It has pledged to release the "
        "SPLM members still held in prison.\n"
    )
    got = {(p.holder, p.issue) for p in extract(text).provisions}
    assert any(h == "SDN" for h, i in got if i != "ceasefire.general")
    assert not any(h == "JOINT" for h, i in got if i != "ceasefire.general")


def test_a_partys_view_is_that_names_the_holder():
    text = (
        "Talks on the valley\n\n"
        "The two sides agreed to meet again. Serbia's view is that the territorial integrity "
        "of Serbia is not negotiable.\n"
    )
    got = {(p.holder, p.issue) for p in extract(text).provisions}
    assert ("SRB", "territory.integrity") in got
