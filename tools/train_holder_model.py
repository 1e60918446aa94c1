"""Train the holder re-ranker (``accord.rerank_holders.v1``) on gold folders.

    PYTHONPATH=src python tools/train_holder_model.py GOLD_DIR... \\
        --out src/accord/extract/data/holder_model.json
    PYTHONPATH=src python tools/train_holder_model.py GOLD_DIR... --cv SET_DIR...
    PYTHONPATH=src python tools/train_holder_model.py GOLD_DIR... --score

Each text is run through the rule extractor (without the re-ranker). A hit that would give a
provision and whose issue and stance some gold provision of the text has becomes one training
group: its candidate holders (:func:`accord.extract.holder_model.candidates`), labelled 1 when
the candidate is a gold holder of that issue and stance, else 0. Hits with no gold counterpart,
or whose gold holder is no candidate, are skipped. A logistic regression with an L2 penalty is
fitted on all candidate rows.

``--cv SET_DIR...`` measures honestly instead: for each of those folders, a model trained on
all the other folders given is scored on it against the rules, in the same run (F1 of
``accord eval``); ``--margins`` tries several margins. Retrain after changing the rules: the
features describe what the rules chose. ``--score`` only scores the folders, rules against
rules + re-ranker.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

from accord.evaluate import _read, gold_pairs, load_gold, score
from accord.extract import Extractor
from accord.extract.holder_model import (
    DocContext,
    HolderModel,
    candidates,
    choose,
    fit,
    fit_ranking,
    hit_rows,
)
from accord.extract.pipeline import holder_model_config
from accord.extract.registry import stages
from accord.extract.stages.assemble import _provisional


def rules_config() -> list[dict]:
    """The packaged pipeline without the re-ranker."""
    return holder_model_config(on=False)


#: rule families the re-ranker may overrule (``--only-rules``; None: all)
ONLY_RULES: list[str] | None = None


def rerank_config(model: str | None, margin: float) -> list[dict]:
    """The packaged pipeline with the re-ranker (model file ``model``) after the holder rules."""
    return holder_model_config(model, margin, only_rules=ONLY_RULES)


@dataclass
class Group:
    """One labelled hit: its candidates' features and labels, and the rules' choice."""

    rows: list[dict[str, float]]
    labels: list[int]
    cands: list[str]
    rule: str
    weight: float = 1.0


def collect(
    folder: str, extractor: Extractor, stats: Counter | None = None, weight: float = 1.0
) -> list[Group]:
    """The labelled hits of a gold folder (each weighing ``weight`` in training)."""
    groups: list[Group] = []
    stats = stats if stats is not None else Counter()
    kinds = extractor.lexicon.party_kind
    for text_path, gold_path in gold_pairs(folder):
        gold = load_gold(gold_path)
        holders: dict[tuple[str, str], set[str]] = {}
        for g in gold.provisions:
            holders.setdefault((g.issue, g.stance), set()).add(g.holder)
        text, meta = _read(text_path)
        a = extractor.analyse(text, meta)
        ctx = DocContext.of(a, kinds)
        for h in a.hits:
            if not h.holder or h.holder_rule in ("question", "background-section"):
                continue
            if not _provisional(h, a):
                continue
            stats["hits"] += 1
            want = holders.get((h.issue, h.stance))
            if not want:
                stats["no gold counterpart"] += 1
                continue
            cands, rows = hit_rows(a, h, ctx)
            labels = [int(c in want) for c in cands]
            if not any(labels):
                stats["gold holder not a candidate"] += 1
                continue
            stats["labelled"] += 1
            stats["rules right"] += int(h.holder in want)
            groups.append(Group(rows, labels, cands, h.holder, weight))
    return groups


def train(groups: list[Group], l2: float, objective: str = "ranking") -> HolderModel:
    if objective == "ranking":
        return fit_ranking(
            [(g.rows, g.labels) for g in groups], l2=l2, weights=[g.weight for g in groups]
        )
    rows = [r for g in groups for r in g.rows]
    labels = [y for g in groups for y in g.labels]
    return fit(rows, labels, l2=l2)


#: the gold holders by (issue, stance) of the text the oracle stage is run on (see ``oracle``)
_ORACLE_GOLD: dict[tuple[str, str], set[str]] = {}


@stages.register("tools.oracle_holders.v1", requires=("hits",), assigns=("hits.holder",))
def _make_oracle(lexicon, **_):
    """The upper bound of any re-ranker: a gold holder whenever it is a candidate."""
    kinds = lexicon.party_kind

    def oracle_stage(a):
        ctx = DocContext.of(a, kinds)
        for h in a.hits:
            want = _ORACLE_GOLD.get((h.issue, h.stance))
            if not h.holder or not want or h.holder in want:
                continue
            right = [c for c in candidates(a, h, ctx) if c in want]
            if right:
                h.holder, h.holder_rule = right[0], "oracle"
        return a

    return oracle_stage


def oracle() -> Extractor:
    steps = rules_config()
    at = [s["name"] for s in steps].index("accord.attribute_holders.v1") + 1
    steps.insert(at, {"name": "tools.oracle_holders.v1", "settings": {}})
    return Extractor(steps)


def f1(extractor: Extractor, folder: str) -> float:
    pairs = []
    for text_path, gold_path in gold_pairs(folder):
        text, meta = _read(text_path)
        gold = load_gold(gold_path)
        _ORACLE_GOLD.clear()
        for g in gold.provisions:
            _ORACLE_GOLD.setdefault((g.issue, g.stance), set()).add(g.holder)
        pairs.append((gold, extractor(text, meta)))
    return score(pairs).overall.f1


def cross_validate(
    folders: list[str],
    held: list[str],
    l2: float,
    margins: list[float],
    objective: str,
    weights: dict[str, float],
) -> None:
    rules = Extractor(rules_config())
    data = {f: collect(f, rules, weight=weights.get(f, 1.0)) for f in folders}
    head = f"{'left out':<28} {'rules':>6} " + " ".join(f"m={m:<5g}" for m in margins)
    head += " oracle  hit acc rules→model"
    best = oracle()
    print(head)
    sums = [0.0] * (len(margins) + 2)
    for out in held:
        groups = [g for f in folders if f != out for g in data[f]]
        model = train(groups, l2, objective)
        with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as fh:
            json.dump(model.to_json(), fh)
        base = f1(rules, out)
        scores = [f1(Extractor(rerank_config(fh.name, m)), out) for m in margins]
        scores.append(f1(best, out))
        test = data[out]
        acc_r = sum(g.labels[g.cands.index(g.rule)] for g in test) / max(len(test), 1)
        acc_m = sum(
            g.labels[g.cands.index(choose(model, g.cands, g.rows, g.rule)[0])] for g in test
        ) / max(len(test), 1)
        Path(fh.name).unlink()
        row = f"{Path(out).name:<28} {base:6.3f} " + " ".join(f"{s:7.3f}" for s in scores)
        print(row + f"  {acc_r:.2f}→{acc_m:.2f} ({len(test)} hits)", flush=True)
        for k, v in enumerate([base, *scores]):
            sums[k] += v
    n = len(held)
    print(f"{'mean':<28} {sums[0] / n:6.3f} " + " ".join(f"{s / n:7.3f}" for s in sums[1:]))


def compare(folders: list[str], model: str | None, margin: float) -> None:
    """F1 of the rules and of the rules + re-ranker (model file ``model``) on each folder."""
    rules, rerank = Extractor(rules_config()), Extractor(rerank_config(model, margin))
    print(f"{'folder':<40} {'rules':>6} {'rerank':>6}")
    for f in folders:
        print(f"{f:<40} {f1(rules, f):6.3f} {f1(rerank, f):6.3f}", flush=True)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("folders", nargs="+", help="gold folders (NAME.txt + NAME.gold.yaml)")
    ap.add_argument("--out", help="where to write the model (JSON)")
    ap.add_argument("--l2", type=float, default=1.0, help="L2 penalty (default 1.0)")
    ap.add_argument(
        "--objective",
        choices=("ranking", "pointwise"),
        default="ranking",
        help="a softmax over each hit's candidates (default) or one logistic regression per row",
    )
    ap.add_argument("--cv", nargs="*", help="leave each of these folders out in turn and score")
    ap.add_argument("--margins", default="0", help="margins to score in --cv, comma-separated")
    ap.add_argument(
        "--score",
        action="store_true",
        help="only score the folders: rules vs rules + re-ranker (the packaged model or --model)",
    )
    ap.add_argument("--model", help="with --score: the model file (default: the packaged one)")
    ap.add_argument("--margin", type=float, default=0.0, help="with --score: the stage's margin")
    ap.add_argument(
        "--weight",
        action="append",
        default=[],
        metavar="FOLDER=W",
        help="weigh a folder's hits by W in training (ranking objective; e.g. examples=0.3 for a "
        "set the rules were tuned on)",
    )
    ap.add_argument(
        "--only-rules",
        help="in --cv and --score: overrule only these rule families (comma-separated)",
    )
    args = ap.parse_args(argv)
    global ONLY_RULES
    ONLY_RULES = args.only_rules.split(",") if args.only_rules else None
    weights = {k: float(v) for k, v in (w.rsplit("=", 1) for w in args.weight)}
    if args.score:
        compare(args.folders, args.model, args.margin)
        return 0
    if args.cv is not None:
        held = args.cv or args.folders
        folders = list(dict.fromkeys([*args.folders, *held]))
        margins = [float(m) for m in args.margins.split(",")]
        cross_validate(folders, held, args.l2, margins, args.objective, weights)
        return 0
    stats: Counter = Counter()
    rules = Extractor(rules_config())
    groups = [
        g for f in args.folders for g in collect(f, rules, stats, weight=weights.get(f, 1.0))
    ]
    model = train(groups, args.l2, args.objective)
    model.meta = {
        "trained_on": [Path(f).name for f in args.folders],
        "labelled_hits": len(groups),
        "l2": args.l2,
        "objective": args.objective,
        "weights_by_folder": weights,
    }
    print(", ".join(f"{k}: {v}" for k, v in stats.items()), file=sys.stderr)
    for k, v in sorted(model.weights.items(), key=lambda kv: -abs(kv[1])):
        print(f"  {k:<22} {v:+.3f}", file=sys.stderr)
    if args.out:
        Path(args.out).write_text(json.dumps(model.to_json(), indent=1) + "\n", "utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
