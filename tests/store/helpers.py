"""Helpers of the store tests: documents and provisions in one line, a stand-in extractor, a corpus.

Each line ``HOLDER MODALITY STANCE ISSUE [if CONDITION]`` of a text is one provision whose
evidence is that line; other lines are ignored. The store must treat it like the real one.
"""

from __future__ import annotations

import importlib
import re
from pathlib import Path

from accord.model import Document, DocumentMeta, Evidence, Provision

#: ``accord.extract`` is also a function re-exported by ``accord``: tests patch this module.
EXTRACT_MODULE = importlib.import_module("accord.extract")

LINE = re.compile(
    r"^(?P<holder>[A-Z]+) (?P<modality>demand|offer|commitment|position) "
    r"(?P<stance>support|oppose) (?P<issue>[a-z_]+\.[a-z_]+)(?: if (?P<cond>[^.\n]+))?\.?$",
    re.M,
)


def fake_extract(text: str, meta: DocumentMeta | None = None) -> Document:
    provisions = [
        Provision(
            holder=m["holder"],
            issue=m["issue"],
            stance=m["stance"],  # type: ignore[arg-type]
            modality=m["modality"],  # type: ignore[arg-type]
            conditions=[m["cond"]] if m["cond"] else [],
            evidence=Evidence(start=m.start(), end=m.end(), text=m.group(0)),
        )
        for m in LINE.finditer(text)
    ]
    return Document(meta=meta or DocumentMeta(), text=text, provisions=provisions)


ISSUES = [
    "alignment.neutrality",
    "ceasefire.general",
    "territory.recognition",
    "humanitarian.prisoner_exchange",
]


def write_corpus(folder: Path, n: int) -> list[Path]:
    """``n`` small distinct documents, each with 1-3 provisions the fake extractor finds."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for i in range(n):
        lines = [f"Document number {i} of the talks."]
        for k in range(1 + i % 3):
            holder = ("RUS", "UKR")[(i + k) % 2]
            issue = ISSUES[(i + k) % len(ISSUES)]
            lines.append(f"{holder} demand support {issue}.")
        path = folder / f"doc{i:04d}.txt"
        path.write_text("\n".join(lines) + "\n", "utf-8")
        paths.append(path)
    return paths


def expected_provisions(text: str) -> int:
    return len(LINE.findall(text))


def provision(
    holder="RUS", issue="alignment.neutrality", stance="support", start=0, end=10,
    modality="demand", **kw,
) -> Provision:  # fmt: skip
    evidence = Evidence(start=start, end=end, text=kw.pop("text", ""))
    return Provision(
        holder=holder, issue=issue, stance=stance, modality=modality, evidence=evidence, **kw
    )


def document(text: str, *provisions: Provision, **meta) -> Document:
    meta.setdefault("name", "memo.txt")
    return Document(meta=DocumentMeta(**meta), text=text, provisions=list(provisions))
