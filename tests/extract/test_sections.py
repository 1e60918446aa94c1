import pytest

from accord.model import DocumentMeta

from .conftest import triples

AGREED = (
    "Envoys meet in Nairobi\n"
    "Delegates met for a week of talks in the capital.\n"
    "What the parties agreed\n"
    "1. All prisoners of war are to be exchanged within a month.\n"
    "2. A joint commission is to be formed.\n"
    "The Sudanese reply\n"
    "Khartoum rejected the prisoner exchange.\n"
)


def test_a_heading_of_an_agreed_text_makes_its_items_joint(extractor):
    got = triples(extractor(AGREED))
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in got


def test_a_partys_answer_heading_gives_the_party_its_section(extractor):
    a = extractor.analyse(AGREED)
    voices = [(s.text, s.voice) for s in a.sentences if s.section]
    assert voices == [("What the parties agreed", "JOINT"), ("The Sudanese reply", "SDN")]


@pytest.mark.parametrize(
    "heading, party, expected",
    [
        ("II. The government's answer", "Kenya", "KEN"),
        ("III. The rebels' reply", "the Sahel Liberation Front (SLF)", "SLF"),
    ],
)
def test_an_anaphoric_answer_heading_points_to_the_first_party_of_its_kind(
    extractor, heading, party, expected
):
    text = f"Talks\nSome lines.\n{heading}\nIn a statement, {party} rejected the text.\n"
    a = extractor.analyse(text)
    assert [s.voice for s in a.sentences if s.section] == [expected]


def test_lines_under_a_party_heading_hold_for_that_party(extractor):
    text = (
        "Two answers to the plan\n"
        "Some lines of background.\n"
        "The Kenyan answer\n"
        "A full exchange of prisoners is the first condition.\n"
    )
    assert ("KEN", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_a_draft_heading_in_an_authors_document_is_the_authors(extractor):
    text = (
        "Summary of the proposals\n"
        "Draft treaty with Kenya\n"
        "1. The parties shall exchange all prisoners of war.\n"
        "2. The parties shall hold talks.\n"
    )
    got = triples(extractor(text, DocumentMeta(author="SOM")))
    assert ("SOM", "humanitarian.prisoner_exchange", "support") in got
    assert not any(h == "JOINT" for h, _, _ in got)


def test_a_question_states_no_position(extractor):
    text = "Briefing\nQ: Will Kenya demand a prisoner exchange?\n"
    assert triples(extractor(text)) == set()


def test_list_items_speak_with_their_introductions_voice(extractor):
    text = (
        "Kenya's statement lists its demands:\n"
        "- the exchange of all prisoners of war;\n"
        "- Somalia, it says, must hold talks;\n"
        "- an end to the blockade of the port.\n"
    )
    doc = extractor(text)
    assert {p.holder for p in doc.provisions} == {"KEN"}


def test_a_roman_numbered_title_line_is_a_section_heading(extractor):
    text = (
        "The plan and the answers\n"
        "I. The Kenyan answer\n"
        "A full exchange of prisoners is the first condition.\n"
        "II. The Somali answer\n"
        "The blockade of the port must end.\n"
    )
    a = extractor.analyse(text)
    assert [s.voice for s in a.sentences if s.section] == ["KEN", "SOM"]
    assert ("KEN", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_the_secretary_generals_plan_is_the_uns(extractor):
    text = (
        "A plan for the island\n"
        "The Secretary-General presented his plan. In outline, the plan proposes:\n"
        "1. An all-for-all prisoner exchange.\n"
    )
    assert {p.holder for p in extractor(text).provisions} == {"UN"}


def test_a_question_does_not_change_who_speaks(extractor):
    text = (
        "Kenya and Somalia signed two agreements on Friday.\n"
        "What does Somalia promise?\n"
        "Prisoners of war are to be released in an all-for-all prisoner exchange.\n"
    )
    assert ("JOINT", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_a_title_announcing_several_answers_speaks_for_nobody(extractor):
    text = (
        "The mediators' memorandum and the two Somali answers\n"
        "Kenya, Uganda and Ethiopia, acting as guarantors of the truce in Somalia, signed a "
        "memorandum. Its main points:\n"
        "1. An all-for-all prisoner exchange is to take place.\n"
    )
    assert {p.holder for p in extractor(text).provisions} == {"JOINT"}


@pytest.mark.parametrize(
    "label",
    ["**Kenya.** ", "- **Kenya:** ", "Kenya: "],
)
def test_a_paragraph_label_naming_a_party_holds_its_lines(extractor, label):
    text = (
        "Reactions\n"
        "Somalia signed the truce on Friday.\n"
        f"{label}The president called for an all-for-all prisoner exchange.\n"
    )
    doc = extractor(text)
    assert ("KEN", "humanitarian.prisoner_exchange", "support") in triples(doc)


def test_a_government_label_is_the_state_the_text_is_about(extractor):
    text = (
        "Talks in Nairobi\n"
        "The Government of Kenya and the rebels met.\n"
        "- **Government:** officials want an all-for-all prisoner exchange.\n"
    )
    assert ("KEN", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_a_pronoun_after_an_opening_adverbial_is_a_speaker(extractor):
    text = (
        "Kenya's reaction was cautious. In mid-2020 it demanded an all-for-all prisoner exchange."
    )
    assert {p.holder for p in extractor(text).provisions} == {"KEN"}


def test_the_explanation_names_the_list_introduction_that_gave_the_holder(extractor):
    text = "Kenya's statement lists its demands:\n- an all-for-all prisoner exchange;\n"
    doc = extractor(text, explain=True)
    cues = doc.provisions[0].explanation.cues
    assert any(c.startswith("list: Kenya's statement") for c in cues)


def test_a_background_section_gives_facts_not_positions(extractor):
    doc = extractor(
        "# Briefing: the Lake Chad truce\n\n"
        "## Background (not part of the deal)\n"
        "- Chad had announced a withdrawal of its troops from the islands earlier in the year.\n\n"
        "## What the parties agreed\n"
        "- Both sides will release all prisoners.\n"
    )
    assert {(p.holder, p.issue) for p in doc.provisions} == {
        ("JOINT", "humanitarian.prisoner_exchange")
    }


def test_an_arabic_number_on_its_own_line_part_opens_a_section_heading(extractor):
    text = (
        "Two answers to the plan\n"
        "1. The Kenyan answer\n"
        "A full exchange of prisoners is the first condition.\n"
    )
    a = extractor.analyse(text)
    assert [s.voice for s in a.sentences if s.section] == ["KEN"]


def test_a_mediators_proposal_heading_is_the_organisation_its_section_names(extractor):
    text = (
        "Proposal and replies\n"
        "I. The mediator's proposal\n"
        "At a summit, the African Union put a text to both camps. It proposed:\n"
        "(a) that a full exchange of prisoners take place within a month;\n"
        "(b) that talks resume in June.\n"
    )
    a = extractor.analyse(text)
    assert [s.voice for s in a.sentences if s.section] == ["AU"]
    assert ("AU", "humanitarian.prisoner_exchange", "support") in triples(extractor(text))


def test_a_government_answer_heading_skips_states_named_through_their_troops(extractor):
    text = (
        "Plan and answers\n"
        "Some lines.\n"
        "II. The government's answer\n"
        "It agreed that the Ugandan and Rwandan troops would leave Kinshasa once peacekeepers "
        "arrived.\n"
    )
    a = extractor.analyse(text)
    assert [s.voice for s in a.sentences if s.section] == ["COD"]


def test_a_dateline_under_the_title_gives_no_voice(extractor):
    text = (
        "STATEMENT OF THE RIVERINE FRONT\n"
        "Nairobi, 3 May 1990\n"
        "The Riverine Front came to the talks to end the war.\n"
    )
    a = extractor.analyse(text)
    assert [s.voice for s in a.sentences if s.section] == []
