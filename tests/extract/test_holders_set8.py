"""Holder families found on a fresh dev set (set8); sentences written for the tests."""

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
