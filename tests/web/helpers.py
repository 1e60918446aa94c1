"""Helpers of the web tests: the fixture files, a keyword extractor, the CSRF token of a page.

The app is given a small keyword extractor so that these tests check the web app, not the
extractor's accuracy: each rule is (words, holder, issue, stance).
"""

from __future__ import annotations

import re
from pathlib import Path

from fastapi.testclient import TestClient

from accord.model import Document, DocumentMeta, Evidence, Provision
from accord.store import Store
from accord.web.app import create_app

FIXTURES = Path(__file__).parent.parent / "fixtures" / "web"
RULES = [
    ("withdraw its forces", "NORTH", "forces.withdrawal", "support"),
    ("immediate ceasefire", "NORTH", "ceasefire.general", "support"),
    ("rejects any foreign troops", "NORTH", "forces.foreign_presence", "oppose"),
    ("ceasefire monitored", "SOUTH", "ceasefire.monitoring", "support"),
    ("join any alliance", "SOUTH", "alignment.alliance_membership", "support"),
    ("calls for reparations", "SOUTH", "economy.reparations", "support"),
    ("refuses reparations", "NORTH", "economy.reparations", "oppose"),
]


def keyword_extractor(text: str, meta: DocumentMeta | None = None) -> Document:
    """One provision per rule whose words occur; its evidence is the enclosing sentence."""
    provisions = []
    for words, holder, issue, stance in RULES:
        at = text.find(words)
        if at < 0:
            continue
        starts = [m.end() for m in re.finditer(r"[.!?]\s+|\n\n", text[:at])]
        start = starts[-1] if starts else 0
        end_m = re.search(r"[.!?]", text[at:])
        end = at + end_m.end() if end_m else len(text)
        evidence = Evidence(start=start, end=end, text=text[start:end])
        provisions.append(Provision(holder=holder, issue=issue, stance=stance, evidence=evidence))
    return Document(meta=meta or DocumentMeta(), text=text, provisions=provisions)


def make_client(store: Store, **kwargs: object) -> TestClient:
    app = create_app(store=store, secret=b"s" * 32, extractor=keyword_extractor, **kwargs)
    return TestClient(app, base_url="http://testserver")


def csrf_of(client: TestClient, path: str = "/add") -> str:
    """The CSRF token a page's forms carry."""
    html = client.get(path).text
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, f"no CSRF field on {path}"
    return m.group(1)
