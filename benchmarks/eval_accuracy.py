"""Accuracy of accord's extractor against hand-coded gold folders, beside a named peer.

The peer is the *codebook-cue baseline*: it splits sentences (sentencex), marks an issue wherever
one of that issue's ``cues`` from the codebook occurs verbatim (case-insensitive), says ``support``,
and gives it to the first party named in the sentence (country names from pycountry, upper-case
acronyms such as NATO or TPLF), else to the document's author, else to the last holder seen. It is
what a keyword search over the codebook finds, and the floor any extractor should clear.

Both are scored with the same matching (``accord.evaluate.score``) on the same files in the same
run; the script prints precision, recall and F1 for each and the ratio of the F1s.

    PYTHONPATH=src python benchmarks/eval_accuracy.py examples [/work/shared/examples ...]
"""

from __future__ import annotations

import re
import sys
import time
from pathlib import Path

import pycountry
from sentencex import segment

from accord.codebook import load_codebook
from accord.evaluate import Scores, gold_pairs, load_gold, score
from accord.extract import extract
from accord.model import Document, DocumentMeta, Evidence, Provision
from accord.read import read_document

_ACRONYM = re.compile(r"\b[A-Z][A-Z0-9]{1,5}\b")
_NOT_PARTIES = {"UN", "US", "ICRC", "THE", "A", "II", "III", "IV", "VI", "VII", "VIII", "IX", "X"}


def _country_names() -> dict[str, str]:
    names: dict[str, str] = {"Russia": "RUS", "Britain": "GBR", "Congo": "COD"}
    for c in pycountry.countries:
        for name in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if name:
                names.setdefault(name.split(",")[0].split(" (")[0], c.alpha_3)
    return names


_COUNTRIES = _country_names()
_COUNTRY = re.compile(
    r"\b(" + "|".join(re.escape(n) for n in sorted(_COUNTRIES, key=len, reverse=True)) + r")\b"
)


def cue_baseline(text: str, meta: DocumentMeta | None = None) -> Document:
    """The peer: codebook cues matched verbatim, holder by first mention."""
    cb = load_codebook()
    cues = [(cue.lower(), issue.code) for issue in cb.issues for cue in issue.cues]
    provisions: list[Provision] = []
    last = meta.author if meta and meta.author else None
    pos = 0
    for sentence in segment("en", text):
        start = text.find(sentence, pos)
        start = pos if start < 0 else start
        pos = start + len(sentence)
        found = []
        for m in _COUNTRY.finditer(sentence):
            found.append((m.start(), _COUNTRIES[m.group(1)]))
        for m in _ACRONYM.finditer(sentence):
            if m.group(0) not in _NOT_PARTIES:
                found.append((m.start(), m.group(0)))
        holder = min(found)[1] if found else (meta.author if meta and meta.author else last)
        last = holder or last
        low = sentence.lower()
        issues = dict.fromkeys(code for cue, code in cues if cue in low)
        for code in issues:
            if holder:
                evidence = Evidence(start=start, end=pos, text=sentence)
                provisions.append(
                    Provision(holder=holder, issue=code, stance="support", evidence=evidence)
                )
    return Document(text=text, provisions=provisions)


def _line(name: str, s: Scores, seconds: float) -> str:
    return (
        f"  {name:<22} P {s.precision:.3f}  R {s.recall:.3f}  F1 {s.f1:.3f}"
        f"  (TP {s.tp}, FP {s.fp}, FN {s.fn})  {seconds:.2f} s"
    )


def main(folders: list[str]) -> None:
    for folder in folders:
        pairs = gold_pairs(folder)
        docs = [(load_gold(g), read_document(t)) for t, g in pairs]
        results = {}
        for name, fn in (("accord", extract), ("codebook-cue baseline", cue_baseline)):
            t0 = time.perf_counter()
            predicted = [(gold, fn(doc.text, doc.meta)) for gold, doc in docs]
            results[name] = (score(predicted).overall, time.perf_counter() - t0)
        print(f"{Path(folder)} ({len(docs)} documents)")
        for name, (s, seconds) in results.items():
            print(_line(name, s, seconds))
        base = results["codebook-cue baseline"][0].f1
        ratio = results["accord"][0].f1 / base if base else float("inf")
        print(f"  F1 ratio accord / baseline: {ratio:.2f}")


if __name__ == "__main__":
    main(sys.argv[1:] or ["examples"])
