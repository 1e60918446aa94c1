"""How often the extractor's ``subject`` is the coder's, on the provisions it got right.

``accord eval`` does not score the subject (the coding rules match on holder, issue and stance).
This script takes, per gold folder, every predicted provision matched to a gold one whose gold
line names a subject, and counts the subjects that are equal, different or missing. The peer is
the simplest rule, "the subject is the holder", on the same matched provisions in the same run.

Run: ``PYTHONPATH=src python benchmarks/subject_accuracy.py examples [examples/unseen ...]``
"""

from __future__ import annotations

import argparse
from collections import Counter
from pathlib import Path

from accord.evaluate import gold_pairs, load_gold, score_document
from accord.extract import extract
from accord.read import read_document


def tally(folder: Path) -> tuple[Counter[str], Counter[str]]:
    """(accord's counts, the holder-as-subject peer's counts) of right / wrong / missing."""
    ours: Counter[str] = Counter()
    peer: Counter[str] = Counter()
    for text_path, gold_path in gold_pairs(folder):
        doc = read_document(text_path)
        report, _ = score_document(load_gold(gold_path), extract(doc.text, doc.meta))
        for match in report.matched:
            want, got = match.gold.subject, match.predicted
            if not want:
                continue
            if got.subject is None:
                ours["missing"] += 1
            else:
                ours["right" if got.subject == want else "wrong"] += 1
            peer["right" if got.holder == want else "wrong"] += 1
    return ours, peer


def accuracy(c: Counter[str]) -> float:
    total = sum(c.values())
    return c["right"] / total if total else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("folders", nargs="+", type=Path, help="gold folders")
    for folder in parser.parse_args().folders:
        ours, peer = tally(folder)
        print(
            f"{folder}: accord right {ours['right']}, wrong {ours['wrong']}, missing "
            f"{ours['missing']}, accuracy {accuracy(ours):.3f}; peer (subject = holder) "
            f"{accuracy(peer):.3f}; ratio {accuracy(ours) / max(accuracy(peer), 1e-9):.2f}"
        )


if __name__ == "__main__":
    main()
