"""Holder families found on a fresh dev set: who speaks, in sentences written for these tests."""

from .conftest import triples


def test_the_plo_is_its_own_party_not_the_palestinian_state(extractor):
    text = "At the Taba talks the PLO demanded the release of all Palestinian prisoners."
    assert {t[0] for t in triples(extractor(text))} == {"PLO"}
