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
