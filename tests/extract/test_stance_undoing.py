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


def test_declining_or_keeping_weapons_opposes_disarmament():
    assert stances("The FARC declined to hand over its weapons.", "forces.disarmament") == {
        "oppose"
    }
    assert stances("Hamas says it will keep its weapons.", "forces.disarmament") == {"oppose"}


def test_postponed_elections_are_opposed():
    from accord.extract.lexicon import default_lexicon
    from accord.extract.stages.issues import find_hits

    hits = find_hits(default_lexicon(), "The junta has postponed the elections again.")
    assert [h.stance for h in hits if h.issue == "governance.elections"] == ["oppose"]


def test_not_touching_or_violating_an_issue_supports_it():
    from accord.extract.lexicon import default_lexicon
    from accord.extract.stages.issues import find_hits
    from accord.extract.stages.stance import stance_of

    lex = default_lexicon()
    for text, want in (
        ("The memorandum does not touch the territorial integrity of Syria.", "support"),
        ("The deployment violates the territorial integrity of Syria.", "oppose"),
    ):
        hit = next(h for h in find_hits(lex, text) if h.issue == "territory.integrity")
        assert stance_of(lex, text, hit, 0)[0] == want, text


def test_a_negation_does_not_reach_across_a_quoted_full_stop_or_so_that():
    from accord.extract.clauses import clause_start

    text = '"We did not sign this for applause. We signed it for peace," he said.'
    assert clause_start(text, text.index("for peace")) == text.index("We signed")
    text = "They demand an end to sieges so that aid can reach the towns."
    assert clause_start(text, text.index("aid")) == text.index("aid")
