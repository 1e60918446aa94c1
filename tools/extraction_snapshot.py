"""Dump what the extractor makes of every text of some gold folders, for checking that a change
(a refactor, a merge) leaves the output as it was: take a snapshot before, one after, and compare
the two files byte for byte.

Usage: ``PYTHONPATH=src python tools/extraction_snapshot.py OUT.json FOLDER...``, e.g.
``... before.json examples examples/unseen tests/fixtures/extract/probes``, then
``cmp before.json after.json``. Each document is dumped whole (provisions, facts, explanations).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from accord.evaluate import gold_pairs
from accord.extract import extract
from accord.read import read_document


def snapshot(folders: list[str]) -> dict[str, object]:
    """Every text of ``folders`` (``NAME.txt`` beside ``NAME.gold.yaml``) → its extraction."""
    out: dict[str, object] = {}
    for folder in folders:
        for text_path, _ in gold_pairs(folder):
            doc = read_document(text_path)
            out[str(text_path)] = extract(doc.text, doc.meta, explain=True).model_dump(mode="json")
    return out


if __name__ == "__main__":
    if len(sys.argv) < 3:
        raise SystemExit(__doc__.strip().split("\n\n")[1])
    data = snapshot(sys.argv[2:])
    Path(sys.argv[1]).write_text(
        json.dumps(data, sort_keys=True, ensure_ascii=False, indent=1), encoding="utf-8"
    )
    print(f"{len(data)} texts")
