"""The timeline: stands per round and the changes between rounds, as a pure function."""

from __future__ import annotations

import datetime as dt

import pytest

from accord.model import Document, DocumentMeta, Evidence, Provision
from accord.timeline import build_timeline, order_rounds

CF = "ceasefire.general"


def p(holder, issue, stance="support", modality="demand", conditions=()):
    return Provision(holder=holder, issue=issue, stance=stance, modality=modality,
                     conditions=list(conditions), evidence=Evidence(start=0, end=4))  # fmt: skip


def doc(name, *provisions, round=None, date=None):
    meta = DocumentMeta(name=name, round=round, date=date)
    return Document(meta=meta, text="text", provisions=list(provisions))


def kinds(timeline):
    return [(c.party, c.issue, c.kind, c.before_round, c.after_round) for c in timeline.changes]


@pytest.mark.parametrize(
    ("before", "after", "kind"),
    [
        (p("RUS", CF), p("RUS", CF, "oppose"), "reversed"),
        (p("RUS", CF), p("RUS", CF, modality="offer"), "softened"),
        (p("RUS", CF, modality="offer"), p("RUS", CF), "hardened"),
        (p("RUS", CF), p("RUS", CF, conditions=["x"]),
         "made_conditional"),
        (p("RUS", CF, conditions=["x"]), p("RUS", CF),
         "made_unconditional"),
    ],
)  # fmt: skip
def test_each_kind_of_change_is_detected(before, after, kind):
    t = build_timeline([doc("a", before, round="1"), doc("b", after, round="2")])
    assert kinds(t) == [("RUS", CF, kind, "1", "2")]


def test_a_demand_added_and_one_dropped():
    t = build_timeline([
        doc("a", p("UKR", CF), round="1"),
        doc("b", p("UKR", "humanitarian.prisoner_exchange"), round="2"),
    ])  # fmt: skip
    assert kinds(t) == [
        ("UKR", CF, "dropped", "1", "2"),
        ("UKR", "humanitarian.prisoner_exchange", "added", "1", "2"),
    ]
    assert (
        t.changes[0].summary == "UKR dropped a demand (support) on ceasefire.general (round 1 → 2)"
    )


def test_an_unchanged_stand_is_no_change():
    t = build_timeline([doc("a", p("UKR", CF), round="1"),
                        doc("b", p("UKR", CF), round="2")])  # fmt: skip
    assert t.changes == []
    assert [s.round for s in t.tracks[0].stands] == ["1", "2"]


def test_a_party_absent_from_a_round_has_dropped_nothing():
    t = build_timeline([
        doc("a", p("RUS", "alignment.neutrality"), round="1"),
        doc("b", p("UKR", CF), round="2"),  # Russia says nothing in round 2
        doc("c", p("RUS", "alignment.neutrality", modality="offer"), round="3"),
    ])  # fmt: skip
    assert kinds(t) == [("RUS", "alignment.neutrality", "softened", "1", "3")]


def test_rounds_are_ordered_by_date_then_naturally_by_label():
    docs = [doc("x", round="10"), doc("y", round="2"), doc("z", date=dt.date(2020, 1, 1)),
            doc("w", round="1", date=dt.date(2021, 5, 1))]  # fmt: skip
    assert [r.label for r in order_rounds(docs)] == ["2020-01-01", "1", "2", "10"]


def test_documents_of_one_round_are_merged_and_disagreement_is_mixed():
    t = build_timeline([
        doc("a", p("RUS", CF), round="1"),
        doc("b", p("RUS", CF, "oppose"), round="1"),
        doc("c", p("RUS", CF, "oppose"), round="2"),
    ])  # fmt: skip
    assert t.rounds[0].documents == ["a", "b"]
    assert t.tracks[0].stands[0].stance == "mixed"
    assert t.changes == []  # mixed → oppose is not a reversal


def test_filters_by_party_and_issue_group_and_evidence_names_its_document():
    t = build_timeline(
        [doc("a", p("RUS", "alignment.neutrality"), p("UKR", "alignment.neutrality"),
             p("RUS", CF), round="1")],
        party="rus", issue="alignment",
    )  # fmt: skip
    assert [(tr.party, tr.issue) for tr in t.tracks] == [("RUS", "alignment.neutrality")]
    assert t.tracks[0].stands[0].provisions[0].evidence.document == "a"


def test_the_store_timeline_uses_corrections(tmp_path):
    from accord.store import Store

    with Store(str(tmp_path / "t.db")) as store:
        store.add(doc("a", p("RUS", CF), round="1"))
        b_id, _ = store.add(Document(meta=DocumentMeta(name="b", round="2"), text="other",
                                     provisions=[p("RUS", CF)]))  # fmt: skip
        assert store.timeline().changes == []
        store.correct(store.document(b_id).provisions[0].id, {"stance": "oppose"}, "ana")
        assert kinds(store.timeline(party="RUS")) == [
            ("RUS", "ceasefire.general", "reversed", "1", "2")
        ]
