"""Impersonal frames that report an agreed text ("What has been agreed", "It is provided that")."""

from accord.extract import extract

TEXT = "Peace in the east\n\nThe war has lasted since 1990.\n\n{}"


def held(body: str) -> set[tuple[str, str]]:
    return {(p.holder, p.issue) for p in extract(TEXT.format(body)).provisions}


def test_what_has_been_agreed_makes_the_following_lines_joint():
    body = (
        "What has been agreed is ambitious. Refugees are to come home with the help of the "
        "UN refugee agency, and new elections are to be held within a year."
    )
    assert {("JOINT", "humanitarian.refugee_return"), ("JOINT", "governance.elections")} <= held(
        body
    )


def test_it_is_provided_that_speaks_for_the_signatories():
    body = (
        "It is provided that the seats of the chamber are to be divided equally, and new "
        "elections are to be held within a year."
    )
    assert ("JOINT", "governance.elections") in held(body)


def test_without_an_agreed_frame_nobody_holds_the_lines():
    body = (
        "The seats of the chamber are to be divided equally, and new elections are to be "
        "held within a year."
    )
    assert ("JOINT", "governance.elections") not in held(body)
