"""Who took part in the talks, or walked out of them, told as an event with no attitude word, is a
fact about the talks, not a position on them; said or vowed, it is a position. Sentences written
for these tests; a first line signing a deal gives the report a joint voice to carry over."""

import pytest

import accord

LEAD = "Sudan and the SPLM signed an agreement on Monday.\n"


def negotiations(text: str) -> set[tuple[str, str]]:
    return {
        (p.holder, p.stance)
        for p in accord.extract(LEAD + text).provisions
        if p.issue == "process.negotiations"
    }


@pytest.mark.parametrize(
    "text",
    [
        "The Afghan government did not take part in the talks.",
        "The JEM walked out of the process months ago.",
        "Two smaller factions boycotted the negotiations.",
        "The Chadian delegation attended the talks as an observer.",
    ],
)
def test_taking_part_or_walking_out_told_as_an_event_is_a_fact(text):
    assert negotiations(text) == set()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("The ELN said it will not take part in the talks.", "ELN"),
        ("Hamas said it walked out of the talks.", "HAMAS"),
    ],
)
def test_taking_part_or_walking_out_said_is_a_position(text, holder):
    assert (holder, "oppose") in negotiations(text)
