"""The learned holder re-ranker: features, training, loading and the stage."""

import importlib.util
import json
import sys
from pathlib import Path

import pytest

from accord.extract import Extractor
from accord.extract.holder_model import (
    FEATURES,
    DocContext,
    HolderModel,
    candidates,
    choose,
    features,
    fit,
    fit_ranking,
    hit_rows,
)
from accord.extract.pipeline import holder_model_config

ROOT = Path(__file__).resolve().parents[2]


def _trainer():
    spec = importlib.util.spec_from_file_location(
        "train_holder_model", ROOT / "tools" / "train_holder_model.py"
    )
    mod = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = mod  # its dataclasses look their module up
    spec.loader.exec_module(mod)
    return mod


def _with_rerank(model=None, margin=0.0):
    return holder_model_config(model, margin)


TEXT = "After talks with Ukraine in Istanbul, Russia demands a full ceasefire."


def _ceasefire(extractor):
    a = extractor.analyse(TEXT)
    h = next(h for h in a.hits if h.issue.startswith("ceasefire"))
    return a, h, DocContext.of(a, extractor.lexicon.party_kind)


def test_candidates_hold_the_rule_choice_joint_and_the_parties_named(extractor):
    a, h, ctx = _ceasefire(extractor)
    cands = candidates(a, h, ctx)
    assert cands[0] == h.holder == "RUS"
    assert {"JOINT", "UKR", "RUS"} <= set(cands)
    assert len(cands) == len(set(cands))


def test_features_tell_a_speaker_from_a_mere_mention(extractor):
    a, h, ctx = _ceasefire(extractor)
    rus = features(a, h, "RUS", ctx, 3)
    ukr = features(a, h, "UKR", ctx, 3)
    assert rus["speaker_here"] == rus["speaker_before"] == rus["is_rule"] == 1.0
    assert "speaker_here" not in ukr and "is_rule" not in ukr
    assert ukr["mentioned_here"] == 1.0 and "venue_share" not in ukr
    assert set(rus) <= set(FEATURES) and set(ukr) <= set(FEATURES)


def test_a_party_named_only_as_the_venue_is_marked(extractor):
    a = extractor.analyse("The talks were hosted by Qatar. Hamas demands a full ceasefire.")
    h = next(h for h in a.hits if h.issue.startswith("ceasefire"))
    ctx = DocContext.of(a, extractor.lexicon.party_kind)
    assert features(a, h, "QAT", ctx, 3)["venue_share"] == 1.0


def test_the_packaged_model_prefers_the_speaker_named_in_the_sentence(extractor):
    a, h, ctx = _ceasefire(extractor)
    cands, rows = hit_rows(a, h, ctx)
    model = HolderModel.load()
    best, _p, gain = choose(model, cands, rows, h.holder)
    assert best == "RUS" and gain == 0.0
    by = dict(zip(cands, rows, strict=True))
    assert model.logit(by["RUS"]) > model.logit(by["UKR"])


def _synthetic():
    """Hits whose holder is always the speaker, never the party merely mentioned."""
    groups = []
    for k in range(20):
        speaker = {"speaker_here": 1.0, "speaker_before": 1.0, "share": 0.3 + k / 100}
        mention = {"mentioned_here": 1.0, "share": 0.5 - k / 100}
        joint = {"joint": 1.0}
        groups.append(([speaker, mention, joint], [1, 0, 0]))
    return groups


def test_a_ranking_model_learns_to_pick_the_speaker_and_round_trips(tmp_path):
    model = fit_ranking(_synthetic(), l2=1.0)
    assert model.weights["speaker_here"] > 0 > model.weights["joint"]
    path = tmp_path / "m.json"
    path.write_text(json.dumps(model.to_json()))
    again = HolderModel.load(path)
    rows = _synthetic()[0][0]
    assert choose(again, ["A", "B", "JOINT"], rows, "B")[0] == "A"


def test_group_weights_decide_between_contradicting_groups():
    a = ([{"speaker_here": 1.0}, {"mentioned_here": 1.0}], [1, 0])
    b = ([{"speaker_here": 1.0}, {"mentioned_here": 1.0}], [0, 1])
    assert fit_ranking([a, b], weights=[3.0, 1.0]).weights["speaker_here"] > 0
    assert fit_ranking([a, b], weights=[1.0, 3.0]).weights["speaker_here"] < 0


def test_a_pointwise_model_learns_the_same():
    groups = _synthetic()
    model = fit([r for rows, _ in groups for r in rows], [y for _, ys in groups for y in ys])
    assert model.score({"speaker_here": 1.0, "speaker_before": 1.0}) > 0.5
    assert model.score({"mentioned_here": 1.0}) < 0.5


def test_the_stage_with_a_huge_margin_keeps_the_rules_holders(extractor):
    text = (
        "Russia and Ukraine met in Istanbul. Moscow insists on neutrality for Ukraine. "
        "Kyiv rejects any limit on its army. The sides agreed to an exchange of prisoners."
    )
    rules = {(p.holder, p.issue, p.stance) for p in extractor(text).provisions}
    kept = Extractor(_with_rerank(margin=1e9))(text)
    assert {(p.holder, p.issue, p.stance) for p in kept.provisions} == rules


def test_the_stage_overrules_only_the_rule_families_it_is_given(tmp_path, extractor):
    # a model that always prefers JOINT
    path = tmp_path / "joint.json"
    path.write_text(json.dumps({"bias": 0.0, "weights": {"joint": 50.0}}))
    text = "Moscow insists on neutrality for Ukraine."
    assert {p.holder for p in Extractor(holder_model_config(path))(text).provisions} == {"JOINT"}
    kept = Extractor(holder_model_config(path, only_rules=["context"]))(text)
    assert {p.holder for p in kept.provisions} == {"RUS"}


def test_retraining_on_a_tiny_gold_folder_gives_a_model_the_stage_loads(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text("Russia and Ukraine met. Moscow insists on a ceasefire.\n")
    (gold / "a.gold.yaml").write_text(
        "provisions:\n  - {holder: RUS, issue: ceasefire.general, stance: support}\n"
    )
    (gold / "b.txt").write_text("Hamas and Israel met in Cairo. Hamas wants a truce.\n")
    (gold / "b.gold.yaml").write_text(
        "provisions:\n  - {holder: HAMAS, issue: ceasefire.general, stance: support}\n"
    )
    out = tmp_path / "model.json"
    assert _trainer().main([str(gold), "--out", str(out)]) == 0
    data = json.loads(out.read_text())
    assert data["labelled_hits"] >= 2 and set(data["weights"]) == set(FEATURES)
    doc = Extractor(_with_rerank(out))("Israel and Hamas met. Hamas wants a truce.")
    assert {p.holder for p in doc.provisions} == {"HAMAS"}


@pytest.mark.parametrize("objective", ["ranking", "pointwise"])
def test_both_objectives_train_from_the_script(tmp_path, objective):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "a.txt").write_text("Russia and Ukraine met. Moscow insists on a ceasefire.\n")
    (gold / "a.gold.yaml").write_text(
        "provisions:\n  - {holder: RUS, issue: ceasefire.general, stance: support}\n"
    )
    out = tmp_path / "m.json"
    assert _trainer().main([str(gold), "--out", str(out), "--objective", objective]) == 0
    assert HolderModel.load(out).meta["objective"] == objective
