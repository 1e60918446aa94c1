"""Property tests: any text at all is extracted without error, and every span indexes the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accord.extract import extract
from accord.model import DocumentMeta

WORDS = [
    "Russia",
    "Ukraine",
    "Kyiv's",
    "Moscow",
    "Hamas",
    "the parties",
    "shall",
    "demands",
    "insists",
    "that",
    "not",
    "no",
    "relinquish",
    "ceasefire",
    "NATO",
    "membership",
    "withdrawal",
    "of",
    "forces",
    "from",
    "Crimea",
    "Donetsk",
    "contingent on",
    "only if",
    "1.",
    "-",
    "**Article",
    "2.**",
    ",",
    ".",
    ";",
    "\n",
    "“",
    "”",
    "'s",
    "agreed",
    "to",
    "amnesty",
    "sanctions",
    "lifting",
    "killed",
    "in",
    "2014",
]

texts = st.one_of(
    st.text(max_size=400),
    st.lists(st.sampled_from(WORDS), max_size=80).map(" ".join),
    st.lists(st.sampled_from(WORDS), max_size=80).map("".join),
)


def check_spans(text, doc):
    for p in doc.provisions:
        ev = p.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text
    for f in doc.facts:
        ev = f.evidence
        assert 0 <= ev.start <= ev.end <= len(text)
        assert text[ev.start : ev.end] == ev.text == f.text


@settings(max_examples=250, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts, st.sampled_from([None, "RUS", "JOINT"]), st.booleans())
def test_arbitrary_text_never_crashes_and_spans_lie_inside_it(text, author, explain):
    doc = extract(text, DocumentMeta(author=author) if author else None, explain=explain)
    assert doc.text == text
    check_spans(text, doc)
    keys = [(p.holder, p.issue, p.stance) for p in doc.provisions]
    assert len(keys) == len(set(keys))
    assert all((p.explanation is not None) == explain for p in doc.provisions)
