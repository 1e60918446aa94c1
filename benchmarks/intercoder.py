"""How far two people who code the same texts by the coding rules agree: the ceiling for the
extractor's F1 on texts coded by someone else.

Scores coder B's required provisions as if an extractor had produced them, against coder A's gold
file of the same text, with the matching of ``accord eval`` (holder, issue and stance equal;
territory objects overlapping; A's optional lines count neither way); then the other way round.
In the same run it scores the default extractor against each coder, so the figures come from one
matching on the same texts.

Run: ``PYTHONPATH=src python benchmarks/intercoder.py GOLD_DIR_A GOLD_DIR_B``. ``GOLD_DIR_A``
holds ``NAME.txt`` + ``NAME.gold.yaml``; ``GOLD_DIR_B`` holds coder B's ``NAME.gold.yaml`` files
(texts beside them are not needed); the texts coded in both are compared. The project ships one
such pair: ``examples/unseen`` and ``examples/unseen/second-coder``.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from accord.evaluate import GOLD_SUFFIX, Scores, gold_pairs, load_gold, score
from accord.extract import extract
from accord.read import read_document


def line(name: str, s: Scores) -> str:
    return (
        f"  {name:34} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        f"  (TP {s.tp}, FP {s.fp}, FN {s.fn})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("a", type=Path, help="texts and gold files of coder A")
    parser.add_argument("b", type=Path, help="gold files of coder B for some of the same texts")
    args = parser.parse_args()
    texts = {text.name: (text, load_gold(gold)) for text, gold in gold_pairs(args.a)}
    b = {g.name: g for g in map(load_gold, sorted(args.b.glob(f"*{GOLD_SUFFIX}")))}
    names = sorted(texts.keys() & b.keys())
    if not names:
        raise SystemExit(f"error: {args.a} and {args.b} share no coded text")
    a = [texts[n][1] for n in names]
    coders_b = [b[n] for n in names]
    found = []
    for n in names:
        doc = read_document(texts[n][0])
        found.append(extract(doc.text, doc.meta))
    ab = score(zip(a, [g.required() for g in coders_b], strict=True)).overall
    ba = score(zip(coders_b, [g.required() for g in a], strict=True)).overall
    ea = score(zip(a, found, strict=True)).overall
    eb = score(zip(coders_b, found, strict=True)).overall
    print(f"{len(names)} texts coded by both")
    print(line("coder B against coder A", ab))
    print(line("coder A against coder B", ba))
    print(line("accord extractor against coder A", ea))
    print(line("accord extractor against coder B", eb))
    mean_coders, mean_extractor = (ab.f1 + ba.f1) / 2, (ea.f1 + eb.f1) / 2
    print(
        f"  mean F1: coders {mean_coders:.3f}, extractor {mean_extractor:.3f}, "
        f"ratio extractor / coders {mean_extractor / mean_coders:.2f}"
    )


if __name__ == "__main__":
    main()
