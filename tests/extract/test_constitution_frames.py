"""The constitution named as a frame ("in line with the constitution", "as the constitution
provides") is no position on amending it; kept as it is ("within the existing constitution",
"leaves the constitution untouched") it opposes an amendment. Sentences written for these tests."""

import pytest

import accord


def constitution(text: str) -> set[tuple[str, str]]:
    return {
        (p.holder, p.stance)
        for p in accord.extract(text).provisions
        if p.issue == "governance.constitution"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Thailand insists that any arrangement stay within the framework of the Thai constitution.",
        "Iraq called for a dialogue on the basis of the Iraqi constitution.",
        "Ethiopia said the regions may secede, as the constitution provides.",
        "India is ready to go beyond what the Constitution already grants.",
        "Kenya agreed that a justice policy shall be put in place in line with the constitution.",
        "Russia said the region remains part of the federation under the constitution.",
        "Iraq offered to find a solution through the constitution.",
    ],
)
def test_a_constitution_named_as_a_frame_gives_no_provision(text):
    assert constitution(text) == set()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Manila insisted that everything agreed fits within the existing constitution.", "PHL"),
        ("Mozambique said the accord leaves the constitution untouched.", "MOZ"),
    ],
)
def test_a_constitution_kept_as_it_is_opposes_amending_it(text, holder):
    assert constitution(text) == {(holder, "oppose")}


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("RENAMO demands a new constitution.", "RENAMO"),
        ("Russia demands that Ukraine change its constitution.", "RUS"),
        ("Indonesia agreed to take the steps required under its constitution.", "IDN"),
        ("Indonesia agreed to initiate the constitutional measures needed.", "IDN"),
    ],
)
def test_a_constitution_to_change_still_supports_it(text, holder):
    assert (holder, "support") in constitution(text)
