"""How far two people who code the same texts by the coding rules agree: the ceiling for the
extractor's F1 on texts coded by someone else.

Scores coder B's required provisions as if an extractor had produced them, against coder A's gold
file of the same text, with the matching of ``accord eval`` (holder, issue and stance equal;
territory objects overlapping; A's optional lines count neither way); then the other way round.
On the same files it also scores the default extractor against each coder, so the three figures
come from one run and one matching.

Run: ``PYTHONPATH=src python benchmarks/intercoder.py GOLD_DIR_A GOLD_DIR_B``
(each a folder of ``NAME.txt`` + ``NAME.gold.yaml``; texts present in both are compared).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from accord.evaluate import GoldDocument, Scores, evaluate_dir, gold_pairs, load_gold, score


def agreement(a: list[GoldDocument], b: list[GoldDocument]) -> Scores:
    """Coder B scored against coder A (documents paired by position)."""
    return score(list(zip(a, [g.required() for g in b], strict=True))).overall


def line(name: str, s: Scores) -> str:
    return (
        f"  {name:34} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        f"  (TP {s.tp}, FP {s.fp}, FN {s.fn})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="gold folder of coder A")
    parser.add_argument("b", type=Path, help="gold folder of coder B (same text names)")
    args = parser.parse_args()
    pairs_a = {text.name: gold for text, gold in gold_pairs(args.a)}
    pairs_b = {text.name: gold for text, gold in gold_pairs(args.b)}
    names = sorted(pairs_a.keys() & pairs_b.keys())
    if not names:
        raise SystemExit(f"error: {args.a} and {args.b} share no coded text")
    a = [load_gold(pairs_a[n]) for n in names]
    b = [load_gold(pairs_b[n]) for n in names]
    ab, ba = agreement(a, b), agreement(b, a)
    extractor_a = evaluate_dir(args.a).overall
    extractor_b = evaluate_dir(args.b).overall
    print(f"{len(names)} texts coded by both")
    print(line("coder B against coder A", ab))
    print(line("coder A against coder B", ba))
    print(line("accord extractor against coder A", extractor_a))
    print(line("accord extractor against coder B", extractor_b))
    mean_coders = (ab.f1 + ba.f1) / 2
    mean_extractor = (extractor_a.f1 + extractor_b.f1) / 2
    print(
        f"  mean F1: coders {mean_coders:.3f}, extractor {mean_extractor:.3f}, "
        f"ratio extractor / coders {mean_extractor / mean_coders:.2f}"
    )


if __name__ == "__main__":
    main()
