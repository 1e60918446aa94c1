from pathlib import Path

import pytest

from accord.errors import GoldError
from accord.evaluate import (
    GoldDocument,
    GoldProvision,
    Scores,
    evaluate_dir,
    gold_pairs,
    load_gold,
    matches,
    parse_gold,
    score,
)
from accord.model import Document, DocumentMeta, Evidence, Provision


def said(holder, issue, stance, objects=(), start=0):
    return Provision(
        holder=holder,
        issue=issue,
        stance=stance,
        objects=list(objects),
        evidence=Evidence(start=start, end=start + 5, text="words"),
    )


def coded(holder, issue, stance, objects=(), optional=False):
    return GoldProvision(
        holder=holder, issue=issue, stance=stance, objects=list(objects), optional=optional
    )


def gold_of(*provisions, name="doc.txt"):
    # built directly, so tests can also use combinations the file checks refuse
    return GoldDocument(document=name, provisions=list(provisions))


# ---------------------------------------------------------------------------------------------
# matching


def test_prediction_with_equal_holder_issue_and_stance_is_a_true_positive():
    report = score(
        [
            (
                gold_of(coded("RUS", "alignment.neutrality", "support")),
                [said("RUS", "alignment.neutrality", "support")],
            )
        ]
    )
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)


@pytest.mark.parametrize(
    "prediction",
    [
        said("UKR", "alignment.neutrality", "support"),
        said("RUS", "alignment.alliance_membership", "support"),
        said("RUS", "alignment.neutrality", "oppose"),
    ],
    ids=["holder", "issue", "stance"],
)
def test_prediction_differing_in_one_key_field_is_both_extra_and_missed(prediction):
    report = score([(gold_of(coded("RUS", "alignment.neutrality", "support")), [prediction])])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 1, 1)
    assert report.documents[0].missed[0].issue == "alignment.neutrality"
    assert report.documents[0].extra == [prediction]


def test_holder_is_compared_without_case_or_surrounding_space():
    assert matches(
        coded("RUS", "justice.amnesty", "support"), said(" rus", "justice.amnesty", "support")
    )


@pytest.mark.parametrize(
    ("gold_objects", "predicted_objects", "expected"),
    [
        (["UA-43", "UA-14"], ["UA-14", "UA-65"], True),
        (["UA-43", "UA-14"], ["UA-65"], False),
        (["UA-43"], [], False),
        ([], ["UA-65"], True),
        ([], [], True),
    ],
)
def test_territory_issues_need_overlapping_objects_when_gold_names_places(
    gold_objects, predicted_objects, expected
):
    g = coded("RUS", "territory.recognition", "support", gold_objects)
    p = said("RUS", "territory.recognition", "support", predicted_objects)
    assert matches(g, p) is expected


def test_objects_do_not_matter_outside_territory_issues():
    g = coded("RUS", "forces.withdrawal", "support", ["UA-43"])
    assert matches(g, said("RUS", "forces.withdrawal", "support", ["UA-65"]))


def test_found_optional_provision_is_neither_true_nor_false():
    gold = gold_of(
        coded("UKR", "security.guarantees", "support"),
        coded("UKR", "territory.integrity", "support", optional=True),
    )
    preds = [
        said("UKR", "security.guarantees", "support"),
        said("UKR", "territory.integrity", "support"),
    ]
    report = score([(gold, preds)])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)
    assert [m.gold.optional for m in report.documents[0].matched] == [False, True]


def test_optional_provision_not_found_is_not_missed():
    gold = gold_of(coded("UKR", "territory.integrity", "support", optional=True))
    report = score([(gold, [])])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (0, 0, 0)
    assert report.documents[0].missed == []


def test_matching_is_one_to_one_so_a_repeated_prediction_is_extra():
    gold = gold_of(coded("RUS", "justice.amnesty", "support"))
    preds = [
        said("RUS", "justice.amnesty", "support"),
        said("RUS", "justice.amnesty", "support", start=40),
    ]
    report = score([(gold, preds)])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 1, 0)
    assert report.documents[0].extra[0].evidence.start == 40


def test_matching_is_maximum_not_greedy():
    # greedy pairing would give the first gold the first prediction and leave the second gold alone
    gold = gold_of(
        coded("RUS", "territory.recognition", "support", ["UA-43", "UA-14"]),
        coded("RUS", "territory.recognition", "support", ["UA-43"]),
    )
    preds = [
        said("RUS", "territory.recognition", "support", ["UA-43"]),
        said("RUS", "territory.recognition", "support", ["UA-14"]),
    ]
    report = score([(gold, preds)])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 0, 0)


def test_required_gold_is_matched_before_optional_gold():
    gold = gold_of(
        coded("RUS", "territory.recognition", "support", ["UA-43", "UA-14"], optional=True),
        coded("RUS", "territory.recognition", "support", ["UA-14"]),
    )
    report = score([(gold, [said("RUS", "territory.recognition", "support", ["UA-14"])])])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 0)


def test_predicted_document_and_provision_list_score_alike():
    gold = gold_of(coded("RUS", "justice.amnesty", "support"))
    preds = [said("RUS", "justice.amnesty", "support")]
    doc = Document(text="x" * 10, provisions=preds)
    assert score([(gold, doc)]).overall == score([(gold, preds)]).overall


# ---------------------------------------------------------------------------------------------
# numbers


def test_overall_scores_are_micro_averaged_over_documents():
    one = gold_of(coded("RUS", "justice.amnesty", "support"), name="one.txt")
    two = gold_of(
        coded("UKR", "economy.reparations", "support"),
        coded("UKR", "security.guarantees", "support"),
        coded("UKR", "economy.frozen_assets", "support"),
        name="two.txt",
    )
    report = score(
        [
            (one, [said("RUS", "justice.amnesty", "support")]),
            (
                two,
                [
                    said("UKR", "economy.reparations", "support"),
                    said("UKR", "forces.withdrawal", "oppose"),
                ],
            ),
        ]
    )
    assert [d.name for d in report.documents] == ["one.txt", "two.txt"]
    assert report.documents[0].scores.f1 == 1.0
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (2, 1, 2)
    assert report.overall.precision == pytest.approx(2 / 3)
    assert report.overall.recall == pytest.approx(2 / 4)
    assert report.overall.f1 == pytest.approx(2 * (2 / 3) * 0.5 / (2 / 3 + 0.5))


def test_issue_groups_count_misses_by_gold_issue_and_extras_by_predicted_issue():
    gold = gold_of(
        coded("RUS", "alignment.neutrality", "support"),
        coded("RUS", "economy.reparations", "oppose"),
    )
    preds = [
        said("RUS", "alignment.neutrality", "support"),
        said("RUS", "territory.recognition", "support"),
    ]
    groups = score([(gold, preds)]).groups
    assert list(groups) == ["territory", "alignment", "economy"]  # the codebook's order
    assert groups["alignment"] == Scores(tp=1)
    assert groups["economy"] == Scores(fn=1)
    assert groups["territory"] == Scores(fp=1)


@pytest.mark.parametrize(
    ("tp", "fp", "fn", "p", "r", "f1"),
    [
        (0, 0, 0, 1.0, 1.0, 1.0),
        (0, 0, 3, 0.0, 0.0, 0.0),
        (0, 2, 0, 0.0, 0.0, 0.0),
        (1, 1, 0, 0.5, 1.0, 2 / 3),
    ],
)
def test_scores_of_edge_counts(tp, fp, fn, p, r, f1):
    s = Scores(tp=tp, fp=fp, fn=fn)
    assert (s.precision, s.recall) == (p, r)
    assert s.f1 == pytest.approx(f1)


def test_report_lists_missed_and_extra_with_document_names():
    gold = gold_of(coded("RUS", "justice.amnesty", "support"), name="memo.txt")
    report = score([(gold, [said("UKR", "justice.amnesty", "support")])])
    assert [(n, g.holder) for n, g in report.missed] == [("memo.txt", "RUS")]
    assert [(n, p.holder) for n, p in report.extra] == [("memo.txt", "UKR")]


# ---------------------------------------------------------------------------------------------
# gold files

GOOD = """\
document: memo.txt
parties: [RUS, UKR]
provisions:
  - {holder: RUS, issue: territory.recognition, stance: support, subject: RUS,
     objects: [UA-43], modality: demand}
  - {holder: UKR, issue: economy.sanctions_relief, stance: support, modality: offer,
     conditions: [ceasefire.general]}
gaps:
  conflict: []
  one_sided: {RUS: [territory.recognition], UKR: [economy.sanctions_relief]}
facts: ["Talks were held in Istanbul."]
"""


def test_good_gold_file_parses_with_its_fields():
    gold = parse_gold(GOOD, "memo.gold.yaml")
    assert gold.name == "memo.txt"
    assert gold.provisions[0].objects == ["UA-43"]
    assert gold.provisions[1].conditions == ["ceasefire.general"]
    assert gold.gaps.one_sided["UKR"] == ["economy.sanctions_relief"]


def one(fields: str) -> str:
    """A gold file with one provision whose flow mapping holds ``fields``."""
    return "provisions:\n  - {" + fields + "}\n"


AMNESTY = "holder: RUS, issue: justice.amnesty, stance: support"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "provisions: [\n",
            "x.gold.yaml: line 2: malformed YAML"
            " (expected the node content, but found '<stream end>')",
        ),
        ("- a\n- b\n", "x.gold.yaml: expected a mapping with 'provisions'"),
        ("document: a.txt\n", "x.gold.yaml: no 'provisions' list"),
        (
            "provisions:\n  - {holder: RUS, issue: water, stance: support}\n",
            "x.gold.yaml: provision 1: unknown issue 'water'",
        ),
        (
            "provisions:\n  - {holder: RUS, issue: justice.amnesty, stance: maybe}\n",
            "x.gold.yaml: provision 1: stance: Input should be 'support' or 'oppose'",
        ),
        (
            one(AMNESTY + ", modality: plea"),
            "x.gold.yaml: provision 1: modality: Input should be"
            " 'demand', 'offer', 'commitment' or 'position'",
        ),
        (
            one(AMNESTY + ", modalty: demand"),
            "x.gold.yaml: provision 1: modalty: unknown field",
        ),
        (
            "provisions:\n  - {holder: RUS, issue: justice.amnesty, stance: support}\n"
            "  - {holder: RUS, issue: justice.amnesty, stance: support, conditions: [peace]}\n",
            "x.gold.yaml: provision 2: conditions: unknown issue 'peace'",
        ),
        (
            "provisions:\n  - {holder: Russia, issue: justice.amnesty, stance: support}\n",
            "x.gold.yaml: provision 1: holder 'Russia' is not a party code (RUS, HAMAS, JOINT ...)",
        ),
        (
            one("holder: RUS, issue: territory.recognition, stance: support, objects: [UA-99]"),
            "x.gold.yaml: provision 1: objects: unknown ISO 3166-2 code 'UA-99'",
        ),
        (
            "provisions: []\ngaps: {conflict: [water]}\n",
            "x.gold.yaml: gaps.conflict: unknown issue 'water'",
        ),
    ],
    ids=[
        "yaml",
        "not-mapping",
        "no-provisions",
        "issue",
        "stance",
        "modality",
        "unknown-field",
        "condition",
        "holder-code",
        "iso-code",
        "gaps-code",
    ],
)
def test_bad_gold_file_is_a_one_line_gold_error(text, message):
    with pytest.raises(GoldError) as exc:
        parse_gold(text, "x.gold.yaml")
    assert str(exc.value) == message
    assert "\n" not in str(exc.value)


def test_notes_and_other_top_level_keys_in_a_gold_file_are_ignored():
    gold = parse_gold(
        "title: Talks\nsource: a newspaper\nfacts: [{kind: venue, text: Istanbul}]\n"
        "provisions:\n  - {" + AMNESTY + ", evidence: {start: 3, end: 9}, note: said twice}\n"
    )
    assert gold.provisions[0].issue == "justice.amnesty"


def test_gold_provisions_may_repeat_and_holders_need_not_be_listed_as_parties():
    gold = parse_gold("parties: [UKR]\nprovisions:\n  - {" + AMNESTY + "}\n  - {" + AMNESTY + "}\n")
    report = score([(gold, [said("RUS", "justice.amnesty", "support")])])
    assert (report.overall.tp, report.overall.fp, report.overall.fn) == (1, 0, 1)


def test_place_names_without_an_iso_code_are_allowed_as_objects():
    gold = parse_gold(
        one("holder: USA, issue: forces.withdrawal, stance: support, objects: [Gaza Strip]")
    )
    assert gold.provisions[0].objects == ["Gaza Strip"]


def test_load_gold_names_a_missing_file(tmp_path):
    with pytest.raises(GoldError, match=r"none\.gold\.yaml: no such file$"):
        load_gold(tmp_path / "none.gold.yaml")


# ---------------------------------------------------------------------------------------------
# folders


def write_pair(folder: Path, name: str, text: str, gold: str) -> None:
    (folder / f"{name}.txt").write_text(text, "utf-8")
    (folder / f"{name}.gold.yaml").write_text(gold, "utf-8")


def test_missing_folder_is_a_gold_error(tmp_path):
    with pytest.raises(GoldError) as exc:
        evaluate_dir(tmp_path / "nowhere", extractor=lambda t, m: Document(text=t))
    assert str(exc.value) == f"{tmp_path / 'nowhere'}: no such folder"


def test_folder_without_gold_files_is_a_gold_error(tmp_path):
    (tmp_path / "a.txt").write_text("Some text.", "utf-8")
    with pytest.raises(GoldError) as exc:
        gold_pairs(tmp_path)
    assert str(exc.value) == f"{tmp_path}: no gold files (NAME.txt + NAME.gold.yaml)"


def test_gold_file_without_its_text_is_a_gold_error(tmp_path):
    (tmp_path / "a.gold.yaml").write_text("provisions: []\n", "utf-8")
    with pytest.raises(GoldError) as exc:
        gold_pairs(tmp_path)
    assert str(exc.value) == f"{tmp_path / 'a.gold.yaml'}: no text file a.txt beside it"


def test_bad_gold_file_stops_evaluation_before_extraction(tmp_path):
    write_pair(
        tmp_path, "a", "Text.", "provisions:\n  - {holder: RUS, issue: water, stance: support}\n"
    )
    calls = []

    def extractor(text, meta):
        calls.append(text)
        return Document(text=text)

    with pytest.raises(GoldError, match=r"a\.gold\.yaml: provision 1: unknown issue 'water'"):
        evaluate_dir(tmp_path, extractor=extractor)
    assert calls == []


def test_evaluate_dir_gives_the_extractor_body_text_and_front_matter(tmp_path):
    text = "---\ntitle: Memo\nauthor: RUS\n---\nRussia demands neutrality.\n"
    gold = "provisions:\n  - {holder: RUS, issue: alignment.neutrality, stance: support}\n"
    write_pair(tmp_path, "memo", text, gold)
    seen: list[tuple[str, DocumentMeta]] = []

    def extractor(text, meta):
        seen.append((text, meta))
        return Document(
            text=text, meta=meta, provisions=[said(meta.author, "alignment.neutrality", "support")]
        )

    report = evaluate_dir(tmp_path, extractor=extractor)
    assert seen[0][0] == "Russia demands neutrality.\n"
    assert (seen[0][1].title, seen[0][1].author) == ("Memo", "RUS")
    assert report.documents[0].name == "memo.txt"
    assert report.overall.f1 == 1.0


def test_gold_document_field_names_the_text_file(tmp_path):
    (tmp_path / "talks.md").write_text("Kyiv calls for guarantees.\n", "utf-8")
    (tmp_path / "talks.gold.yaml").write_text("document: talks.md\nprovisions: []\n", "utf-8")
    assert gold_pairs(tmp_path) == [(tmp_path / "talks.md", tmp_path / "talks.gold.yaml")]


def test_evaluate_dir_reports_each_document_done(tmp_path):
    for name in ("a", "b"):
        write_pair(tmp_path, name, "Russia demands neutrality.\n", "provisions: []\n")
    calls = []
    evaluate_dir(
        tmp_path,
        extractor=lambda t, m: Document(text=t),
        on_document=lambda done, total, name: calls.append((done, total, name)),
    )
    assert calls == [(1, 2, "a.txt"), (2, 2, "b.txt")]


@pytest.mark.parametrize("holder", ["CPN-M", "SPLM-IO", "M23", "JOINT"])
def test_group_codes_with_hyphens_and_digits_are_party_codes(holder):
    gold = parse_gold(
        f"provisions:\n  - {{holder: {holder}, issue: justice.amnesty, stance: support}}\n",
        "x.gold.yaml",
    )
    assert gold.provisions[0].holder == holder


def test_required_gives_a_coders_required_lines_as_provisions_that_score_as_a_perfect_extractor():
    gold = parse_gold(
        """
document: t.txt
provisions:
  - {holder: RUS, issue: alignment.neutrality, stance: support, subject: UKR, modality: demand}
  - {holder: UKR, issue: territory.integrity, stance: support, objects: [UA-43]}
  - {holder: UKR, issue: economy.reparations, stance: support, optional: true}
""",
        "t.gold.yaml",
    )
    required = gold.required()
    assert [(p.holder, p.issue, p.subject, p.objects) for p in required] == [
        ("RUS", "alignment.neutrality", "UKR", []),
        ("UKR", "territory.integrity", None, ["UA-43"]),
    ]
    assert score([(gold, required)]).overall.f1 == 1.0
