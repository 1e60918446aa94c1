"""Families found on a fresh dev set (set9); every sentence here is written for the test."""

from accord.extract import extract


def held(text: str) -> set[tuple[str, str, str]]:
    return {(p.holder, p.issue, p.stance) for p in extract(text).provisions}


def test_the_demonym_parties_have_agreed_as_follows_is_joint():
    text = (
        "Agreement on the outcome of the Malian dialogue\n\n"
        "On the initiative of the African Union, the Malian leaders met in Algiers.\n\n"
        "The Malian parties have agreed as follows:\n\n"
        "1. A government of national unity shall be formed within thirty days.\n"
    )
    got = held(text)
    assert ("JOINT", "governance.power_sharing", "support") in got
    assert not any(h == "AU" for h, _, _ in got)
