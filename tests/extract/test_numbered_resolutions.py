"""A numbered Security Council resolution already exists: citing, accepting or following it gives
no binding-treaty provision; a new resolution to endorse the deal still does. Sentences written for
these tests."""

import pytest

import accord


def treaty(text: str) -> set[tuple[str, str]]:
    return {
        (p.holder, p.stance)
        for p in accord.extract(text).provisions
        if p.issue == "process.binding_treaty"
    }


@pytest.mark.parametrize(
    "text",
    [
        "Iran officially accepts Security Council resolution 598 of 20 July 1987.",
        "Yemen insisted that any settlement must follow Security Council resolution 2216.",
        "Lebanon demands that Israel withdraw in accordance with UN resolution 425.",
        "Sudan said the deal rests on United Nations resolution No. 1591.",
    ],
)
def test_a_numbered_resolution_is_cited_not_proposed(text):
    assert treaty(text) == set()


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Russia demands a UN Security Council resolution endorsing the settlement.", "RUS"),
        ("Ukraine wants the deal laid down in a legally binding treaty.", "UKR"),
    ],
)
def test_a_new_resolution_or_treaty_is_still_proposed(text, holder):
    assert (holder, "support") in treaty(text)
