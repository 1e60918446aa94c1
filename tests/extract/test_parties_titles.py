"""A document titled with its author's long name and acronym speaks for that group."""

from accord.extract import extract
from accord.extract.pipeline import default_extractor

TEXT = (
    "STATEMENT OF THE PEASANT LIBERATION FRONT OF THE HIGHLANDS (FLC)\n"
    "From the mountains, 3 May 2001\n\n"
    "We demand that the army withdraw from our villages.\n"
)


def test_an_upper_case_title_defines_the_group_behind_the_acronym():
    a = default_extractor().analyse(TEXT)
    assert ("FLC", "PEASANT LIBERATION FRONT OF THE HIGHLANDS") in {
        (m.code, m.text) for m in a.parties
    }
    assert a.meta.author == "FLC"


def test_we_in_a_statement_titled_by_a_group_is_that_group():
    assert ("FLC", "forces.withdrawal") in {(p.holder, p.issue) for p in extract(TEXT).provisions}


def test_a_long_run_without_a_fitting_tail_defines_nothing():
    text = "REPORT ON THE TALKS HELD IN THE CAPITAL LAST WEEK (QXZ)\n\nThe talks went on.\n"
    assert "QXZ" not in {m.code for m in default_extractor().analyse(text).parties}


def test_an_upper_case_title_naming_a_group_the_body_defines_makes_it_the_author():
    text = (
        "STATEMENT BY THE COMMAND OF THE FREE HILLS MOVEMENT\n\n"
        "We, the fighters of the Free Hills Movement (FHM), speak today to our people.\n"
        "We demand a referendum on independence for the hills within ten years.\n"
    )
    doc = extract(text)
    assert doc.meta.author == "FHM"
    assert ("FHM", "territory.referendum") in [(p.holder, p.issue) for p in doc.provisions]
    assert {p.holder for p in doc.provisions} == {"FHM"}


def test_a_one_word_front_named_in_the_body_is_the_author_of_its_upper_case_statement():
    text = (
        "DECLARATION OF THE RIVERINE FRONT\n"
        "Port Town, 2 March 1990\n\n"
        "The Riverine Front came to these talks to end the war.\n"
        "We demand that the army withdraw from our villages.\n"
    )
    doc = extract(text)
    assert doc.meta.author == "RF"
    assert ("RF", "forces.withdrawal") in [(p.holder, p.issue) for p in doc.provisions]


def test_an_article_before_a_front_does_not_name_a_group():
    text = "The Front said nothing.\nThe Popular Movement rejected the plan.\n"
    codes = {m.code for m in default_extractor().analyse(text).parties}
    assert "PM" in codes and "TF" not in codes


def test_a_press_release_titled_with_a_dash_speaks_for_the_group_after_it():
    text = (
        "PRESS RELEASE — Highland Liberation Front (HLF)\n"
        "On the talks, 2 May 2003\n\n"
        "The HLF, which brings together our movements, states its position.\n\n"
        "We demand the withdrawal of the army from our villages.\n"
    )
    assert default_extractor().analyse(text).meta.author == "HLF"
    assert ("HLF", "forces.withdrawal") in {(p.holder, p.issue) for p in extract(text).provisions}


def test_a_one_word_short_name_in_brackets_defines_a_party():
    text = (
        "Talks in the capital\n\n"
        "The National Patriotic Guard of Colonel Dako (the Guard) met envoys.\n"
        "The Guard demanded that the army withdraw from the north.\n"
    )
    doc = extract(text)
    assert ("GUARD", "forces.withdrawal") in [(p.holder, p.issue) for p in doc.provisions]


def test_an_office_in_brackets_is_no_party():
    text = "A Government of National Unity (the Government) shall be formed.\n"
    assert "GOVERNMENT" not in {m.code for m in default_extractor().analyse(text).parties}


def test_an_acronym_in_apposition_defines_a_group_and_the_group_opens_its_topic():
    text = (
        "A truce in the hills\n\n"
        "When Kenya and the Free Hills Council (Dako wing), the FHC-D, announced a truce, "
        "the war paused.\n"
        "The group's position has not moved. It demands a referendum on independence.\n"
    )
    doc = extract(text)
    assert ("FHC-D", "territory.referendum") in [(p.holder, p.issue) for p in doc.provisions]
