"""Search: filters, full text by the database's own engine, PA-X agreements beside provisions."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from accord.store.pax import import_pax

from .helpers import document, provision

PAX = Path(__file__).resolve().parents[1] / "fixtures" / "pax"

A = (
    "Ukraine demands the withdrawal of Russian forces. "
    "Ukraine offers neutrality with security guarantees."
)
B = (
    "Russia demands recognition of the annexed regions. "
    "Russia wants a ceasefire only after withdrawal."
)


def _p(holder, issue, text, sentence, modality="demand", **kw):
    start = text.index(sentence)
    return provision(holder, issue, "support", start, start + len(sentence), modality,
                     text=sentence, **kw)  # fmt: skip


@pytest.fixture
def corpus(store):
    s1, s2 = A.split(". ")
    r1, r2 = B.split(". ")
    store.add(document(A, _p("UKR", "forces.withdrawal", A, s1 + "."),
                       _p("UKR", "alignment.neutrality", A, s2, "offer"),
                       name="kyiv.txt", date=dt.date(2022, 3, 29), round="1"))  # fmt: skip
    store.add(document(B, _p("RUS", "territory.recognition", B, r1 + "."),
                       _p("RUS", "ceasefire.general", B, r2, conditions=["withdrawal"]),
                       name="moscow.txt", date=dt.date(2025, 6, 2), round="2"))  # fmt: skip
    return store


def issues(result):
    return sorted(h.provision.issue for h in result.provisions)


def test_full_text_matches_inflections_through_the_stemmer(corpus):
    assert issues(corpus.search(text="withdraw")) == ["ceasefire.general", "forces.withdrawal"]


def test_all_words_must_occur(corpus):
    assert issues(corpus.search(text="withdrawal Russian")) == ["forces.withdrawal"]


def test_quoted_words_are_a_phrase(corpus):
    assert issues(corpus.search(text='"security guarantees"')) == ["alignment.neutrality"]
    assert issues(corpus.search(text='"guarantees security"')) == []


def test_query_syntax_characters_are_taken_as_words(corpus):
    assert corpus.search(text='NEAR( "annexed* OR -regions').provisions == []
    assert issues(corpus.search(text="annexed* regions:")) == ["territory.recognition"]


def test_issue_accepts_a_code_or_a_group(corpus):
    assert issues(corpus.search(issue="alignment.neutrality")) == ["alignment.neutrality"]
    assert issues(corpus.search(issue="alignment")) == ["alignment.neutrality"]


def test_party_and_dates_filter_provisions(corpus):
    assert issues(corpus.search(party="rus")) == ["ceasefire.general", "territory.recognition"]
    assert issues(corpus.search(since=dt.date(2023, 1, 1))) == [
        "ceasefire.general", "territory.recognition"
    ]  # fmt: skip
    assert issues(corpus.search(until=dt.date(2023, 1, 1), party="RUS")) == []


def test_hits_carry_document_and_evidence(corpus):
    (hit,) = corpus.search(issue="ceasefire.general").provisions
    assert (hit.document, hit.date, hit.round) == ("moscow.txt", dt.date(2025, 6, 2), "2")
    assert hit.provision.evidence.text == "Russia wants a ceasefire only after withdrawal."
    assert (
        B[hit.provision.evidence.start : hit.provision.evidence.end] == hit.provision.evidence.text
    )


def test_deleted_provisions_are_not_found_and_corrections_are(corpus):
    (hit,) = corpus.search(issue="forces.withdrawal").provisions
    corpus.correct(hit.provision.id, {"issue": "forces.foreign_presence"}, "ana")
    assert corpus.search(issue="forces.withdrawal").provisions == []
    assert issues(corpus.search(issue="forces")) == ["forces.foreign_presence"]
    corpus.delete_provision(hit.provision.id, "ana")
    assert issues(corpus.search(text="withdrawal")) == ["ceasefire.general"]


@pytest.fixture
def with_pax(corpus):
    import_pax(corpus, PAX / "pax_coded_slice.csv")
    import_pax(corpus, PAX / "pax_metadata_v10_slice.csv")
    return corpus


def agt(result):
    return sorted(a.agt_id for a in result.agreements)


def test_an_issue_finds_pax_agreements_through_the_codebook_mapping(with_pax):
    result = with_pax.search(issue="ceasefire.general", country="Ukraine")
    assert agt(result) == [1362, 1364, 2117, 2118, 2236, 2260]
    assert result.provisions == []  # country is a PA-X field
    both = with_pax.search(issue="ceasefire.general")
    assert issues(both) == ["ceasefire.general"] and 2045 in agt(both)


def test_party_finds_provisions_and_agreements_of_that_country(with_pax):
    result = with_pax.search(party="UKR")
    assert issues(result) == ["alignment.neutrality", "forces.withdrawal"]
    assert agt(result) == [1362, 1364, 2117, 2118, 2236, 2260]


def test_pax_category_stage_and_date_filters(with_pax):
    assert agt(with_pax.search(category="TjAm")) == [1364, 1845, 2108]
    assert agt(with_pax.search(stage="pre", country="Colombia")) == [1936, 1937, 2043, 2045]
    assert agt(with_pax.search(country="COL", since=dt.date(2025, 1, 1))) == [2869, 2872, 2873]


def test_a_category_maps_back_to_issues_on_provisions(with_pax):
    assert issues(with_pax.search(category="SsrFf")) == ["forces.withdrawal"]


def test_full_text_searches_agreement_names_and_descriptions(with_pax):
    result = with_pax.search(text="Minsk", country="Ukraine")
    assert 1364 in agt(result)
    assert all("minsk" in (a.name + a.description).lower() for a in result.agreements)


def test_an_issue_pax_does_not_code_finds_no_agreements(with_pax):
    result = with_pax.search(issue="alignment.neutrality")
    assert issues(result) == ["alignment.neutrality"] and result.agreements == []


def test_documents_are_found_by_full_text_with_a_snippet(corpus):
    hits = corpus.search_documents("annexed regions")
    assert [h.name for h in hits] == ["moscow.txt"]
    assert "[annexed]" in hits[0].snippet and hits[0].date == dt.date(2025, 6, 2)
    assert sorted(h.name for h in corpus.search_documents("withdrawal")) == [
        "kyiv.txt", "moscow.txt"
    ]  # fmt: skip
    assert corpus.search_documents("ceasefires")[0].name == "moscow.txt"  # stemmed
    assert corpus.search_documents('"regions annexed"') == []


def test_a_long_document_is_stored_and_searchable(store):
    words = [f"w{i}x" for i in range(150_000)]
    text = "Armistice talks open. " + " ".join(words)  # 1.2 MB: too many words for one tsvector
    doc_id, added = store.add(document(text, name="long.txt"))
    assert added and len(store.document(doc_id).text) == len(text)
    assert [h.id for h in store.search_documents("armistice")] == [doc_id]
