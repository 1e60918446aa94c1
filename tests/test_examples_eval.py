"""The evaluation set in ``examples/``: every gold file is valid, and the extractor clears a bar."""

import re
from pathlib import Path

import pytest

from accord.evaluate import evaluate_dir, gold_pairs, load_gold

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
UNSEEN = EXAMPLES / "unseen"
PAIRS = gold_pairs(EXAMPLES) + gold_pairs(UNSEEN)

#: F1 the default extractor must reach on examples/: set just under the measured F1 so that a
#: regression fails (measured 0.790 on 129 texts on 2026-12-08; raise it as the extractor improves).
F1_BAR = 0.77

#: F1 on examples/unseen/, texts no one tuned the extractor on (measured 0.484 on 50 texts on
#: 2026-12-08).
UNSEEN_F1_BAR = 0.47

#: A second coder's gold files for ten of the unseen texts (``benchmarks/intercoder.py``).
SECOND_CODER = UNSEEN / "second-coder"


def test_evaluation_set_has_at_least_ten_documents():
    assert len(PAIRS) >= 10


@pytest.mark.parametrize("pair", PAIRS, ids=[gold.name for _, gold in PAIRS])
def test_every_gold_file_validates_against_the_codebook(pair):
    text, gold_path = pair
    gold = load_gold(gold_path)
    assert gold.name == text.name
    assert [p for p in gold.provisions if not p.optional]
    assert text.read_text("utf-8").strip()


@pytest.mark.parametrize("pair", PAIRS, ids=[gold.name for _, gold in PAIRS])
def test_example_gold_files_follow_the_granularity_rule_and_list_their_holders(pair):
    # one provision per holder, issue and stance; every holder among the parties; subjects are codes
    gold = load_gold(pair[1])
    keys = [(p.holder, p.issue, p.stance) for p in gold.provisions]
    assert len(keys) == len(set(keys))
    assert {p.holder for p in gold.provisions} <= {*gold.parties, "JOINT"}
    assert all(re.fullmatch(r"[A-Z][A-Z0-9_-]*", p.subject) for p in gold.provisions if p.subject)


@pytest.mark.parametrize("pair", PAIRS, ids=[gold.name for _, gold in PAIRS])
def test_example_texts_are_between_250_and_700_words(pair):
    words = len(pair[0].read_text("utf-8").split())
    assert 250 <= words <= 700


def test_default_extractor_reaches_the_bar_on_the_evaluation_set():
    try:
        report = evaluate_dir(EXAMPLES)
    except NotImplementedError:
        pytest.skip("the extractor is not implemented yet")
    assert report.overall.f1 >= F1_BAR, f"F1 {report.overall.f1:.3f} below {F1_BAR}"


def test_default_extractor_reaches_the_bar_on_the_unseen_set():
    report = evaluate_dir(UNSEEN)
    assert report.overall.f1 >= UNSEEN_F1_BAR, f"F1 {report.overall.f1:.3f} below {UNSEEN_F1_BAR}"


def test_every_example_is_described_in_the_evaluation_docs():
    docs = (EXAMPLES.parent / "docs" / "evaluation.md").read_text("utf-8")
    missing = [t.stem for t, _ in PAIRS if f"`{t.stem}`" not in docs]
    assert missing == []


@pytest.mark.parametrize("pair", PAIRS, ids=[gold.name for _, gold in PAIRS])
def test_gold_gaps_section_is_what_compare_makes_of_the_required_gold_provisions(pair):
    gold = load_gold(pair[1])
    made = gold.required_gaps()
    assert set(made.conflict) == set(gold.gaps.conflict)
    assert set(made.agreement) == set(gold.gaps.agreement)
    assert {party: set(codes) for party, codes in made.one_sided.items()} == {
        party: set(codes) for party, codes in gold.gaps.one_sided.items()
    }
    assert {frozenset(row.items()) for row in made.cross_issue} == {
        frozenset(row.items()) for row in gold.gaps.cross_issue
    }


@pytest.mark.parametrize("gold", sorted(SECOND_CODER.glob("*.gold.yaml")), ids=lambda p: p.name)
def test_second_coder_gold_files_validate_and_code_a_shipped_unseen_text(gold):
    coded = load_gold(gold)
    assert (UNSEEN / coded.name).is_file()
    assert [p for p in coded.provisions if not p.optional]
    assert {p.holder for p in coded.provisions} <= {*coded.parties, "JOINT"}


def test_the_second_coder_coded_at_least_ten_unseen_texts():
    assert len(list(SECOND_CODER.glob("*.gold.yaml"))) >= 10
