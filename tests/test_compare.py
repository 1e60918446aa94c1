from pathlib import Path

import pytest
import yaml

from accord.codebook import load_codebook
from accord.compare import compare
from accord.model import JOINT, Document, DocumentMeta, Evidence, Provision

FIXTURE = Path(__file__).parent / "fixtures" / "compare" / "istanbul-provisions.yaml"


def prov(holder, issue, stance, subject=None, modality="position", start=0):
    return Provision(
        holder=holder,
        issue=issue,
        stance=stance,
        subject=subject,
        modality=modality,
        evidence=Evidence(start=start, end=start + 1, text="x"),
    )


def doc(*provisions, name="d.txt"):
    return Document(meta=DocumentMeta(name=name), text="x" * 100, provisions=list(provisions))


def status(table, issue):
    return next(r.status for r in table.rows if r.issue == issue)


@pytest.fixture(scope="module")
def istanbul():
    data = yaml.safe_load(FIXTURE.read_text("utf-8"))
    provisions = [
        Provision(
            **{k: v for k, v in p.items() if k != "optional"}, evidence=Evidence(start=i, end=i)
        )
        for i, p in enumerate(data["provisions"])
        if not p.get("optional")
    ]
    return compare([Document(text="x", provisions=provisions)]), data["gaps"]


def test_istanbul_conflicts_are_those_of_the_gold_file(istanbul):
    table, gaps = istanbul
    assert sorted(r.issue for r in table.rows if r.status == "conflict") == sorted(gaps["conflict"])


def test_istanbul_one_sided_issues_are_those_of_the_gold_file(istanbul):
    table, gaps = istanbul
    one_sided = {}
    for row in table.rows:
        if row.status == "one_sided":
            (party,) = row.positions
            one_sided.setdefault(party, []).append(row.issue)
    assert {p: sorted(v) for p, v in one_sided.items()} == {
        p: sorted(v) for p, v in gaps["one_sided"].items()
    }


def test_istanbul_has_no_agreement(istanbul):
    table, _ = istanbul
    assert not [r for r in table.rows if r.status == "agreement"]


def test_istanbul_cross_issue_tensions_are_those_of_the_gold_file(istanbul):
    table, gaps = istanbul
    found = sorted((t.a_party, t.a_issue, t.b_party, t.b_issue) for t in table.tensions)
    expected = []
    for pair in gaps["cross_issue"]:
        (pa, ia), (pb, ib) = pair.items()
        expected.append((pa, ia, pb, ib))
    assert found == sorted(expected)


def test_parties_are_holders_in_order_of_appearance(istanbul):
    assert istanbul[0].parties == ["RUS", "UKR"]


def test_rows_follow_codebook_order(istanbul):
    codes = load_codebook().codes
    issues = [r.issue for r in istanbul[0].rows]
    assert issues == sorted(issues, key=codes.index)


def test_two_parties_with_the_same_stance_agree():
    table = compare(
        [
            doc(
                prov("ARM", "ceasefire.general", "support"),
                prov("AZE", "ceasefire.general", "support"),
            )
        ]
    )
    assert status(table, "ceasefire.general") == "agreement"


def test_opposite_stances_conflict():
    table = compare(
        [
            doc(
                prov("ARM", "ceasefire.general", "support"),
                prov("AZE", "ceasefire.general", "oppose"),
            )
        ]
    )
    assert status(table, "ceasefire.general") == "conflict"


def test_same_stance_about_different_subjects_conflicts():
    # each side demands that the other withdraw
    table = compare(
        [
            doc(
                prov("ARM", "forces.withdrawal", "support", "AZE"),
                prov("AZE", "forces.withdrawal", "support", "ARM"),
            )
        ]
    )
    assert status(table, "forces.withdrawal") == "conflict"


def test_a_claim_without_subject_matches_any_subject():
    table = compare(
        [
            doc(
                prov("ARM", "forces.withdrawal", "support", "AZE"),
                prov("USA", "forces.withdrawal", "support"),
            )
        ]
    )
    assert status(table, "forces.withdrawal") == "agreement"


def test_a_party_that_supports_and_opposes_is_mixed():
    table = compare(
        [doc(prov("COL", "justice.amnesty", "support"), prov("COL", "justice.amnesty", "oppose"))]
    )
    (row,) = table.rows
    assert row.positions["COL"].stance == "mixed"
    assert row.status == "one_sided"
    assert len(row.positions["COL"].provisions) == 2


def test_a_mixed_party_conflicts_with_another():
    table = compare(
        [
            doc(
                prov("COL", "justice.amnesty", "support"),
                prov("COL", "justice.amnesty", "oppose"),
                prov("FARC", "justice.amnesty", "support"),
            )
        ]
    )
    assert status(table, "justice.amnesty") == "conflict"


def test_joint_provisions_are_agreement_even_alone():
    table = compare(
        [doc(prov(JOINT, "humanitarian.prisoner_exchange", "support", modality="commitment"))]
    )
    assert status(table, "humanitarian.prisoner_exchange") == "agreement"


def test_joint_is_listed_last_among_parties():
    table = compare(
        [
            doc(
                prov(JOINT, "ceasefire.general", "support"),
                prov("ETH", "ceasefire.general", "support"),
            )
        ]
    )
    assert table.parties == ["ETH", JOINT]
    assert status(table, "ceasefire.general") == "agreement"


def test_a_party_against_a_joint_commitment_conflicts():
    table = compare(
        [
            doc(prov(JOINT, "ceasefire.general", "support")),
            doc(prov("TPLF", "ceasefire.general", "oppose")),
        ]
    )
    assert status(table, "ceasefire.general") == "conflict"


def test_modality_is_the_most_common_one():
    table = compare(
        [
            doc(
                prov("RUS", "alignment.neutrality", "support", "UKR", "position"),
                prov("RUS", "alignment.neutrality", "support", "UKR", "demand"),
                prov("RUS", "alignment.neutrality", "support", "UKR", "demand"),
            )
        ]
    )
    assert table.rows[0].positions["RUS"].modality == "demand"


def test_positions_gather_provisions_across_documents_with_their_document_name():
    table = compare(
        [
            doc(prov("RUS", "alignment.neutrality", "support", "UKR", start=3), name="round1.txt"),
            doc(prov("RUS", "alignment.neutrality", "support", "UKR", start=7), name="round2.txt"),
        ]
    )
    evidence = [p.evidence for p in table.rows[0].positions["RUS"].provisions]
    assert [(e.document, e.start) for e in evidence] == [("round1.txt", 3), ("round2.txt", 7)]


def test_tension_needs_two_different_parties():
    table = compare(
        [
            doc(
                prov("UKR", "alignment.neutrality", "support", "UKR"),
                prov("UKR", "alignment.alliance_membership", "support", "UKR"),
            )
        ]
    )
    assert table.tensions == []


def test_tension_compares_issues_not_subjects():
    # an extractor that misreads a subject must not hide the clash between the two issues
    table = compare(
        [
            doc(
                prov("RUS", "economy.reparations", "oppose", "UKR"),
                prov("UKR", "economy.frozen_assets", "support", "RUS"),
            )
        ]
    )
    assert [(t.a_issue, t.b_issue) for t in table.tensions] == [
        ("economy.reparations", "economy.frozen_assets")
    ]


def test_subjects_are_ignored_on_issues_without_a_subject_slot():
    table = compare(
        [
            doc(
                prov("ETH", "humanitarian.aid_access", "support", "ETH"),
                prov("TPLF", "humanitarian.aid_access", "support", "TPLF"),
            )
        ]
    )
    assert status(table, "humanitarian.aid_access") == "agreement"


def test_tension_carries_the_rule_reason():
    table = compare(
        [
            doc(
                prov("RUS", "territory.recognition", "support", "RUS"),
                prov("UKR", "territory.integrity", "support"),
            )
        ]
    )
    (t,) = table.tensions
    assert (t.a_party, t.a_stance, t.b_party, t.b_stance) == ("RUS", "support", "UKR", "support")
    assert "integrity" in t.why


def test_no_documents_give_an_empty_table():
    table = compare([])
    assert (table.parties, table.rows, table.tensions) == ([], [], [])
