"""A deal named as the subject of its own failure is history, even with an attitude word in an
aside: "The first ceasefire, agreed in January 2014, was violated within hours." Sentences written
for these tests; a first line signing a deal gives the report a joint voice to carry over."""

import pytest

import accord

from .conftest import triples

LEAD = "Sudan and the SPLM signed an agreement on Monday.\n"


def found(text: str) -> set[tuple[str, str, str]]:
    return triples(accord.extract(LEAD + text))


@pytest.mark.parametrize(
    "text",
    [
        "The first ceasefire, agreed in January 2014, was violated within hours.",
        "A truce the sides agreed in 2016 collapsed within weeks.",
        "The 2015 cessation of hostilities, signed in Addis Ababa, broke down in July.",
    ],
)
def test_a_failed_deal_is_history(text):
    assert not {f for f in found(text) if f[1] == "ceasefire.general"}


@pytest.mark.parametrize(
    "text",
    [
        "The parties agreed to a ceasefire, which takes effect at noon.",
        "Both sides agreed that the truce must hold.",
        "The parties agreed to a truce before the talks collapsed.",
    ],
)
def test_a_deal_that_stands_is_still_a_provision(text):
    assert ("JOINT", "ceasefire.general", "support") in found(text)
