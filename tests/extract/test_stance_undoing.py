"""An undoing verb after a cue flips it, except where the issue itself is an undoing."""

from accord.extract import extract


def stances(text: str, issue: str) -> set[str]:
    return {p.stance for p in extract(text).provisions if p.issue == issue}


def test_militias_disarmed_and_dissolved_support_disarmament():
    text = "The parties agree that the militias shall be disarmed and dissolved."
    assert stances(text, "forces.disarmament") == {"support"}


def test_a_zone_dismantled_still_opposes_the_zone():
    text = "The parties agree that the buffer zone shall be dismantled."
    assert stances(text, "forces.demilitarized_zone") == {"oppose"}


def test_an_issue_not_on_the_agenda_is_opposed():
    text = "Turkish ministers said a general amnesty was not on the agenda."
    assert stances(text, "justice.amnesty") == {"oppose"}


def test_an_issue_not_under_consideration_is_opposed():
    text = "Israel said that a withdrawal from the valley is not under consideration."
    assert stances(text, "forces.withdrawal") == {"oppose"}


def test_walking_out_of_or_boycotting_talks_opposes_them():
    for text in (
        "Title\n\nThe rebel front walked out of the process in May.",
        "Title\n\nThe opposition boycotted the talks in Geneva.",
    ):
        from accord.extract.pipeline import default_extractor

        hits = default_extractor().analyse(text).hits
        assert [h.stance for h in hits if h.issue == "process.negotiations"] == ["oppose"], text
