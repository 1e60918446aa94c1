""" "She" and "he" are one person of one side, never the signatories whose deal they reported; a
spokesman for "the military government" is the state; "X's military government" names the state
of the text."""

from .conftest import triples


def test_she_after_a_reported_deal_is_the_spokeswoman(extractor):
    doc = extractor(
        "Sudan's army and the RSF met in Jeddah. A spokeswoman for Saudi Arabia's foreign ministry "
        "said the two sides agreed to cease fire at once. She said Saudi Arabia would help to "
        "monitor the truce."
    )
    assert ("SAU", "ceasefire.monitoring", "support") in triples(doc)


def test_a_spokesman_for_the_military_government(extractor):
    doc = extractor(
        "Talks between Mali's military government and the CSP opened in Algiers, where Algeria "
        "and Algeria's diplomats and Algerian officials hosted them. A spokesman for the military "
        "government, Colonel Abdoulaye Maiga, confirmed that a ceasefire would hold."
    )
    assert ("MLI", "ceasefire.general", "support") in triples(doc)


def test_a_confederate_status(extractor):
    doc = extractor("Hamas has said its long-term goal is a confederate status for Gaza.")
    assert {(i, s) for _, i, s in triples(doc)} >= {("territory.special_status", "support")}


def test_settling_disputes_through_negotiation(extractor):
    doc = extractor(
        "Serbia and Kosovo agreed to settle their differences through peaceful dialogue."
    )
    assert ("JOINT", "process.negotiations", "support") in triples(doc)
