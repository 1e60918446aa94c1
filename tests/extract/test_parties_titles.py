"""A document titled with its author's long name and acronym speaks for that group."""

from accord.extract import extract
from accord.extract.pipeline import default_extractor

TEXT = (
    "STATEMENT OF THE PEASANT LIBERATION FRONT OF THE HIGHLANDS (FLC)\n"
    "From the mountains, 3 May 2001\n\n"
    "We demand that the army withdraw from our villages.\n"
)


def test_an_upper_case_title_defines_the_group_behind_the_acronym():
    a = default_extractor().analyse(TEXT)
    assert ("FLC", "PEASANT LIBERATION FRONT OF THE HIGHLANDS") in {
        (m.code, m.text) for m in a.parties
    }
    assert a.meta.author == "FLC"


def test_we_in_a_statement_titled_by_a_group_is_that_group():
    assert ("FLC", "forces.withdrawal") in {(p.holder, p.issue) for p in extract(TEXT).provisions}


def test_a_long_run_without_a_fitting_tail_defines_nothing():
    text = "REPORT ON THE TALKS HELD IN THE CAPITAL LAST WEEK (QXZ)\n\nThe talks went on.\n"
    assert "QXZ" not in {m.code for m in default_extractor().analyse(text).parties}
