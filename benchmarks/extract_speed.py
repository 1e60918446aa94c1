"""Speed of accord's extractor on generated documents of about 500 words.

Builds ``--docs`` documents (default 1,000, seeded) from sentence templates of the kinds the
extractor meets: positions with speech verbs, negations, conditions, numbered agreed points,
background sentences with dates and casualty figures. Then, on the same texts and in the same
process (one core):

1. the peer, sentencex sentence splitting alone (the first stage of the pipeline, and the
   fastest segmenter measured on these machines), and
2. the full default extractor (``accord.extract.extract``),

and prints documents per second for each, their ratio, provisions found, and the peak memory
of the process (and the peak Python allocation during extraction, from tracemalloc, on a
separate pass over 100 documents).

Run: ``PYTHONPATH=src python benchmarks/extract_speed.py [--docs 1000] [--seed 7] [--rerank]``
(``--rerank`` also times the pipeline with and without the learned holder re-ranker, interleaved).
"""

from __future__ import annotations

import argparse
import random
import resource
import sys
import time
import tracemalloc

from sentencex import segment

from accord.extract import Extractor, extract, extractor_for
from accord.extract.pipeline import holder_model_config

PARTIES = [
    ("Russia", "Moscow", "Russian"),
    ("Ukraine", "Kyiv", "Ukrainian"),
    ("Israel", "Jerusalem", "Israeli"),
    ("Hamas", "the group", "Hamas"),
    ("Armenia", "Yerevan", "Armenian"),
    ("Azerbaijan", "Baku", "Azerbaijani"),
    ("Colombia", "Bogotá", "Colombian"),
    ("the ELN", "the rebels", "ELN"),
    ("Ethiopia", "Addis Ababa", "Ethiopian"),
    ("the TPLF", "the movement", "Tigrayan"),
]
PLACES = ["Crimea", "Donetsk", "Luhansk", "Gaza", "Tigray", "North Kivu", "Hodeidah", "Abkhazia"]
DEMANDS = [
    "a full and unconditional ceasefire",
    "the withdrawal of all foreign forces from {place}",
    "international security guarantees",
    "an all-for-all prisoner exchange",
    "the lifting of sanctions",
    "elections within six months",
    "the return of displaced persons to {place}",
    "a special status for {place}",
    "the disarmament of armed groups",
    "unhindered humanitarian access to {place}",
    "amnesty for political prisoners",
    "a truth commission for the victims",
]
TEMPLATES = [
    "{A} insists that {B} accept {d1} and {d2}.",
    "{A2} also calls for {d1}, while signaling openness to {d2} contingent on {d3}.",
    "{A}'s proposal rejects {d1} and demands {d2}.",
    "Negotiators for {A} said they would not accept {d1}.",
    "{B} refused to discuss {d1}, according to officials in {B2}.",
    "The two sides agreed to {d1} and to further talks next month.",
    "The war, which began in 2014, has killed more than 10,000 people and displaced a million.",
    "Talks were hosted by Turkey in Istanbul and lasted three days.",
    "{A} does not control {place} at present, observers say.",
    "The {Adj} delegation presented a memorandum of twelve points on Monday.",
    "It requires {B} to forgo any claims for wartime damages and to adopt neutrality.",
    "Analysts said the positions remain far apart and the outcome is uncertain.",
    "{n}. The parties shall ensure {d1} under international supervision.",
    "{B2} would consider {d1} only if {A} first agrees to {d2}.",
]


def make_document(rng: random.Random, words: int = 500) -> str:
    a, b = rng.sample(PARTIES, 2)
    parts: list[str] = [f"{a[0]} and {b[0]}: positions after the latest round"]
    n = 1
    while sum(len(p.split()) for p in parts) < words:
        tpl = rng.choice(TEMPLATES)
        place = rng.choice(PLACES)
        d1, d2, d3 = (d.format(place=place) for d in rng.sample(DEMANDS, 3))
        if rng.random() < 0.5:
            a, b = b, a
        parts.append(
            tpl.format(
                A=a[0], A2=a[1], Adj=a[2], B=b[0], B2=b[1], d1=d1, d2=d2, d3=d3, place=place, n=n
            )
        )
        n += 1
    paragraphs, cur = [], []
    for sentence in parts:
        cur.append(sentence)
        if len(cur) == 4 or sentence[:2].rstrip(".").isdigit():
            paragraphs.append(" ".join(cur))
            cur = []
    paragraphs.append(" ".join(cur))
    return "\n\n".join(p for p in paragraphs if p)


def rate(label: str, fn, texts: list[str]) -> float:
    fn(texts[0])  # warm caches and lexicons outside the timing
    t0 = time.perf_counter()
    out = [fn(t) for t in texts]
    elapsed = time.perf_counter() - t0
    per_s = len(texts) / elapsed
    print(f"  {label:<38} {elapsed:7.2f} s  {per_s:9.1f} docs/s")
    return per_s, out


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--docs", type=int, default=1000)
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument(
        "--classifier",
        default="rules",
        choices=["rules", "embed"],
        help="issue classifier: rules (the default extractor) or embed (rules + embeddings)",
    )
    ap.add_argument(
        "--rerank",
        action="store_true",
        help="also time the pipeline with and without the learned holder re-ranker, interleaved",
    )
    args = ap.parse_args(argv)
    if args.classifier != "rules":
        extractor = extractor_for(args.classifier)
        extractor("Warm-up: the model loads once.")
        label = f"accord.extract (--classifier {args.classifier})"
    else:
        extractor, label = extract, "accord.extract (default extractor)"
    rng = random.Random(args.seed)
    texts = [make_document(rng) for _ in range(args.docs)]
    words = sum(len(t.split()) for t in texts) / len(texts)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    print(f"{len(texts)} generated documents, {words:.0f} words on average, {mb:.1f} MB, one core")

    peer, _ = rate("peer: sentencex splitting only", lambda t: list(segment("en", t)), texts)
    ours, docs = rate(label, extractor, texts)
    provisions = sum(len(d.provisions) for d in docs)
    facts = sum(len(d.facts) for d in docs)
    print(
        f"  ratio accord / sentencex: {ours / peer:.4f} "
        f"(splitting alone is {peer / ours:.0f}x faster)"
    )
    print(f"  provisions {provisions} ({provisions / len(docs):.1f} per doc), facts {facts}")
    if args.rerank:
        without = Extractor(holder_model_config(on=False))
        with_stage = Extractor(holder_model_config())
        a1, _ = rate("without accord.rerank_holders.v1", without, texts)
        b1, _ = rate("with accord.rerank_holders.v1", with_stage, texts)
        a2, _ = rate("without (again)", without, texts)
        b2, _ = rate("with (again)", with_stage, texts)
        print(f"  ratio with / without the re-ranker: {(b1 + b2) / (a1 + a2):.3f}")

    tracemalloc.start()
    for t in texts[:100]:
        extractor(t)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / (
        1024 if sys.platform != "darwin" else 1024**2
    )
    print(f"  peak memory: process {rss:.0f} MB RSS; extraction allocations {peak / 1e6:.1f} MB")
    target = 20.0
    verdict = "meets" if ours >= target else "MISSES"
    print(f"  target {target:.0f} docs/s of ~500 words on one core: {verdict} ({ours:.1f})")


if __name__ == "__main__":
    main()
