"""The Store API: adding, idempotency, review (confirm/correct/delete/add), gold, cases, runs."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.errors import StoreError
from accord.model import Case, CaseIssue, CaseParty
from accord.store import Store, StoredDocument

from .helpers import document, provision


def test_adding_the_same_text_twice_stores_one_document(store, memo):
    first = store.add(memo)
    second = store.add(memo.model_copy(update={"meta": memo.meta.model_copy(update={"name": "b"})}))
    assert first[1] is True
    assert second == (first[0], False)
    assert store.stats()["documents"] == 1


def test_document_round_trips_text_meta_provisions_and_facts(store, memo):
    doc_id, _ = store.add(memo)
    got = store.document(doc_id)
    assert isinstance(got, StoredDocument)
    assert got.text == memo.text
    assert (got.meta.title, got.meta.round, got.meta.author) == ("Memorandum", "2", "RUS")
    assert [p.plain() for p in got.provisions] == memo.provisions
    assert all(p.status == "extracted" for p in got.provisions)
    assert len({p.id for p in got.provisions}) == 3
    assert got.facts == memo.facts
    assert got.added_at.tzinfo is not None


def test_unknown_document_is_a_store_error_naming_the_database(store):
    with pytest.raises(StoreError, match=r"^.+store.*: no document 99$|: no document 99$"):
        store.document(99)


def test_confirm_correct_delete_set_status_reviewer_and_time(store, memo):
    doc_id, _ = store.add(memo)
    a, b, c = store.document(doc_id).provisions
    store.confirm(a.id, "ana")
    corrected = store.correct(b.id, {"stance": "oppose", "objects": ["UA-43"]}, "ben")
    store.delete_provision(c.id, "ana")
    got = {p.id: p for p in store.document(doc_id, include_deleted=True).provisions}
    assert got[a.id].status == "confirmed" and got[a.id].reviewer == "ana"
    assert (got[b.id].status, got[b.id].stance, got[b.id].objects) == (
        "corrected",
        "oppose",
        ["UA-43"],
    )
    assert corrected.reviewed_at is not None
    assert got[c.id].status == "deleted"
    assert [p.id for p in store.document(doc_id).provisions] == [a.id, b.id]
    log = store.corrections(doc_id)
    assert [(e["action"], e["reviewer"]) for e in log] == [
        ("confirm", "ana"), ("correct", "ben"), ("delete", "ana")
    ]  # fmt: skip
    assert log[1]["changes"] == {"stance": "oppose", "objects": ["UA-43"]}


def test_confirming_a_deleted_provision_restores_it(store, memo):
    doc_id, _ = store.add(memo)
    pid = store.document(doc_id).provisions[0].id
    store.delete_provision(pid, "ana")
    store.confirm(pid, "ben")
    assert store.document(doc_id).provisions[0].status == "confirmed"


def test_added_provision_gets_an_id_and_status_added(store, memo):
    doc_id, _ = store.add(memo)
    new = store.add_provision(doc_id, provision("UKR", "ceasefire.general", start=0, end=6), "ana")
    got = store.document(doc_id).provisions
    assert (
        got[-1].id == new.id and got[-1].status == "added" and got[-1].issue == "ceasefire.general"
    )


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"issue": "water.rights"}, "unknown issue 'water.rights'"),
        ({"stance": "maybe"}, "stance: Input should be 'support' or 'oppose'"),
        ({"id": 5}, "cannot change id"),
    ],
)
def test_bad_correction_is_refused_with_one_line(store, memo, changes, message):
    doc_id, _ = store.add(memo)
    pid = store.document(doc_id).provisions[0].id
    with pytest.raises(StoreError) as err:
        store.correct(pid, changes, "ana")
    assert str(err.value).endswith(f"correction of provision {pid}: {message}")
    assert "\n" not in str(err.value)
    assert store.document(doc_id).provisions[0].status == "extracted"
    assert store.corrections() == []


def test_review_needs_a_reviewer_and_an_existing_provision(store, memo):
    doc_id, _ = store.add(memo)
    pid = store.document(doc_id).provisions[0].id
    with pytest.raises(StoreError, match="needs a reviewer name"):
        store.confirm(pid, " ")
    with pytest.raises(StoreError, match="no provision 12345"):
        store.confirm(12345, "ana")


def test_corrections_survive_reextraction_and_ids_stay_stable(store, memo):
    doc_id, _ = store.add(memo)
    a, b, c = store.document(doc_id).provisions
    store.correct(a.id, {"modality": "offer"}, "ana")
    store.delete_provision(b.id, "ana")
    added = store.add_provision(doc_id, provision("UKR", "ceasefire.general", end=5), "ana")
    # The extractor now finds a and c again (a with a new stance), misses b, finds a new one.
    again = document(
        memo.text,
        memo.provisions[0].model_copy(update={"stance": "oppose"}),
        memo.provisions[2].model_copy(update={"modality": "offer"}),
        provision("RUS", "territory.recognition", start=0, end=20),
        name="memo.txt",
    )
    assert store.add(again, reextract=True) == (doc_id, False)
    got = {p.id: p for p in store.document(doc_id, include_deleted=True).provisions}
    assert got[a.id].modality == "offer" and got[a.id].stance == "support"  # reviewer's values
    assert got[a.id].status == "corrected"
    assert got[b.id].status == "deleted"  # stays deleted, not resurrected
    assert got[c.id].modality == "offer" and got[c.id].status == "extracted"  # refreshed
    assert got[added.id].status == "added"
    assert [p.issue for p in got.values() if p.id not in (a.id, b.id, c.id, added.id)] == [
        "territory.recognition"
    ]


def test_reextraction_drops_unreviewed_provisions_it_no_longer_finds(store, memo):
    doc_id, _ = store.add(memo)
    store.add(document(memo.text, memo.provisions[0], name="memo.txt"), reextract=True)
    assert [p.issue for p in store.document(doc_id).provisions] == ["alignment.neutrality"]


def test_reviewed_documents_apply_corrections_and_hide_deleted(store, memo):
    doc_id, _ = store.add(memo)
    store.add(document("Another text entirely.", name="other.txt"))
    a, b, _ = store.document(doc_id).provisions
    store.correct(a.id, {"stance": "oppose"}, "ana")
    store.delete_provision(b.id, "ana")
    gold = store.reviewed_documents()
    assert len(gold) == 1
    assert [(p.issue, p.stance) for p in gold[0].provisions] == [
        ("alignment.neutrality", "oppose"), ("forces.withdrawal", "support")
    ]  # fmt: skip
    assert type(gold[0].provisions[0]).__name__ == "Provision"


def test_documents_lists_newest_first_and_filters_by_party_and_date(store, memo):
    store.add(
        memo.model_copy(update={"meta": memo.meta.model_copy(update={"date": dt.date(2025, 6, 2)})})
    )
    store.add(
        document("Earlier.", provision("UKR", end=5), name="old.txt", date=dt.date(2022, 3, 29))
    )
    store.add(document("No date.", name="undated.txt"))
    assert [d.meta.name for d in store.documents()] == ["memo.txt", "old.txt", "undated.txt"]
    assert [d.meta.name for d in store.documents(limit=1, offset=1)] == ["old.txt"]
    assert [d.meta.name for d in store.documents(party="rus")] == ["memo.txt"]
    assert [d.meta.name for d in store.documents(since=dt.date(2023, 1, 1))] == ["memo.txt"]


def test_stats_count_live_provisions_parties_and_reviews(store, memo):
    doc_id, _ = store.add(memo)
    store.delete_provision(store.document(doc_id).provisions[0].id, "ana")
    stats = store.stats()
    keys = ("documents", "provisions", "facts", "parties", "corrections")
    assert [stats[k] for k in keys] == [1, 2, 1, 1, 1]
    assert stats["reviewed_documents"] == 1


def test_cases_and_runs_are_saved_and_read_back(store):
    case = Case(
        name="istanbul",
        parties=[CaseParty(name="RUS"), CaseParty(name="UKR", reservation=0.2)],
        issues=[CaseIssue(name="neutrality", options=["none", "partial", "full"])],
    )
    case_id = store.save_case(case, document_ids=[1])
    assert store.case(case_id) == case
    assert store.case("istanbul") == case
    run_id = store.save_run("bargain", {"nash": [0.5, 0.5]}, params={"tol": 1e-9}, case_id=case_id)
    runs = store.runs(case_id=case_id)
    assert [(r["id"], r["kind"], r["result"], r["params"]) for r in runs] == [
        (run_id, "bargain", {"nash": [0.5, 0.5]}, {"tol": 1e-9})
    ]
    assert store.cases()[0]["name"] == "istanbul"
    with pytest.raises(StoreError, match="no case 999"):
        store.save_run("forecast", {}, case_id=999)


def test_a_second_store_on_the_same_database_sees_the_data(url, memo):
    with Store(url) as a:
        doc_id, _ = a.add(memo)
    with Store(url) as b:
        assert b.document(doc_id).text == memo.text


def test_unsupported_database_is_one_line_error():
    with pytest.raises(StoreError, match=r"^mysql://h/db: unsupported database 'mysql'"):
        Store("mysql://h/db")


def test_a_sqlite_file_that_is_not_a_database_is_refused(tmp_path):
    bad = tmp_path / "notes.db"
    bad.write_text("hello, this is not sqlite " * 100)
    with pytest.raises(StoreError, match=r"notes\.db: cannot open: file is not a database"):
        Store(str(bad))
