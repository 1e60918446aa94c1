"""Residual families where the holder is right but the issue or stance is not, each seen in three
or more documents of examples/ (docs/extract.md, *Residual families*); every sentence here is
written for the test, about other conflicts."""

import pytest

from accord.extract.lexicon import default_lexicon
from accord.extract.stages.issues import find_hits


def issues(text: str) -> set[str]:
    return {h.issue for h in find_hits(default_lexicon(), text)}


@pytest.mark.parametrize(
    "text",
    [
        "Guyana recognises Venezuela's sovereignty over the disputed islets.",
        "Belize will never recognise Guatemalan sovereignty over any part of its territory.",
        "Eritrea accepts that the town of Badme lies under the sovereignty of Ethiopia.",
        "Sudan acknowledges that the triangle falls under Egyptian sovereignty.",
    ],
)
def test_recognising_another_states_sovereignty_is_recognition_not_integrity(text):
    found = issues(text)
    assert "territory.recognition" in found
    assert "territory.integrity" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The sovereignty and territorial integrity of Ethiopia are not negotiable.",
        "Serbia accepts the facts on the ground, but its territorial integrity is not negotiable.",
    ],
)
def test_a_states_own_sovereignty_stays_integrity(text):
    assert "territory.integrity" in issues(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Maoist party is to be registered so that it may compete in elections as a party.",
        "The movement asked to be legalised in time to contest the provincial elections.",
        "Former rebels will be free to run in the local elections next spring.",
    ],
)
def test_a_movement_running_in_elections_enters_politics(text):
    found = issues(text)
    assert "governance.power_sharing" in found
    assert "governance.elections" not in found


@pytest.mark.parametrize(
    "text",
    [
        "The parties agree to hold free and fair elections within a year.",
        "The opposition demands that the presidential election be postponed.",
    ],
)
def test_holding_the_vote_stays_elections(text):
    assert "governance.elections" in issues(text)


def test_running_the_vote_is_not_entering_politics():
    assert "governance.power_sharing" not in issues("The electoral commission ran the elections.")


@pytest.mark.parametrize(
    "text",
    [
        "The accord was signed in Arusha, with the Tanzanian president signing as witness.",
        "A truce was announced by Qatar and Egypt, acting as co-chairs of the contact group.",
        "Talks opened in Oslo, with Norway serving as facilitator.",
    ],
)
def test_an_aside_naming_who_stood_by_a_signing_is_no_guarantor_cue(text):
    assert "process.guarantors" not in issues(text)


@pytest.mark.parametrize(
    "text",
    [
        "Norway and Cuba will act as guarantors of the agreement.",
        "The parties ask the African Union to serve as mediator.",
        "Kenya and Ethiopia signed as witnesses.",
    ],
)
def test_a_party_taking_on_the_role_is_a_guarantor_cue(text):
    assert "process.guarantors" in issues(text)


@pytest.mark.parametrize(
    ("text", "issue"),
    [
        ("The opposition wants the release of the detainees held by the secret police.",
         "humanitarian.civilian_release"),
        ("The minister ruled out a blanket release of prisoners.", "justice.amnesty"),
        ("Activists held for political reasons by either side will be freed.", "justice.amnesty"),
    ],
)
def test_freeing_civilians_or_a_pardon_is_not_a_prisoner_exchange(text, issue):
    found = issues(text)
    assert issue in found
    assert "humanitarian.prisoner_exchange" not in found


@pytest.mark.parametrize(
    "text",
    [
        "Prisoners of war and civilian internees shall be released within a month.",
        "The two armies will exchange all captured soldiers.",
    ],
)
def test_prisoners_of_war_stay_an_exchange(text):
    assert "humanitarian.prisoner_exchange" in issues(text)
