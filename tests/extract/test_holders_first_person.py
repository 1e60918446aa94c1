"""An authored statement's negated and goal-stating "we": "We do not accept ...", "Nor do we
accept ...", "Our aim remains ..." are the author's even after another side was reported."""

from accord.model import DocumentMeta

from .conftest import triples


def test_negated_we_and_our_aim_are_the_authors(extractor):
    text = (
        "Belgrade has said that Kosovo must dissolve its army before any treaty. "
        "We do not accept preconditions concerning our Constitution. "
        "Our aim remains a comprehensive and legally binding peace treaty."
    )
    doc = extractor(text, DocumentMeta(author="Government of Kosovo"))
    got = triples(doc)
    assert ("XKX", "process.binding_treaty", "support") in got
    assert not any(h == "SRB" and i == "process.binding_treaty" for h, i, _ in got)


def test_we_agreed_with_the_other_side_is_joint(extractor):
    doc = extractor(
        "Our aim remains a lasting settlement. We have agreed with Serbia to meet again in the "
        "coming months.",
        DocumentMeta(author="Government of Kosovo"),
    )
    assert ("JOINT", "process.negotiations", "support") in triples(doc)
