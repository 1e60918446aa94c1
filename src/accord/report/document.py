"""A document ready to render: its text with evidence marked and its provisions listed.

>>> from accord.model import Document, Evidence, Provision
>>> doc = Document(text="<script>x</script> We demand a ceasefire.", provisions=[
...     Provision(holder="A", issue="ceasefire.general", stance="support",
...               evidence=Evidence(start=19, end=41))])
>>> view = document_view(doc, keys=["p7"])
>>> "&lt;script&gt;" in view.html and "<script>" not in view.html
True
>>> view.provisions[0].key, view.provisions[0].quote
('p7', 'We demand a ceasefire.')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from markupsafe import Markup

from accord.model import Document, Provision
from accord.report.highlight import Span, highlight
from accord.report.palette import party_colors


@dataclass(frozen=True)
class ProvisionView:
    key: str
    provision: Provision
    color: str
    quote: str
    status: str | None = None

    def __getattr__(self, name: str) -> object:
        return getattr(self.provision, name)


@dataclass(frozen=True)
class DocumentView:
    doc: Document
    html: Markup
    colors: dict[str, str]
    provisions: list[ProvisionView]


def quote(doc: Document, p: Provision) -> str:
    """The text of ``p``'s evidence: its stored sentence, else the span of the document."""
    return p.evidence.text or doc.text[p.evidence.start : p.evidence.end]


def document_view(
    doc: Document,
    keys: Sequence[str] | None = None,
    statuses: Sequence[str | None] | None = None,
    colors: dict[str, str] | None = None,
) -> DocumentView:
    """Mark ``doc``'s evidence spans; ``keys`` name the provisions (default ``p0``, ``p1``...).

    A provision whose status is ``"deleted"`` is listed but its evidence is not marked.
    """
    keys = list(keys) if keys is not None else [f"p{i}" for i in range(len(doc.provisions))]
    statuses = list(statuses) if statuses is not None else [None] * len(doc.provisions)
    colors = colors or party_colors(doc.parties)
    spans = [
        Span(p.evidence.start, p.evidence.end, k, p.holder)
        for k, p, s in zip(keys, doc.provisions, statuses, strict=True)
        if s != "deleted"
    ]
    views = [
        ProvisionView(k, p, colors.get(p.holder, "#888888"), quote(doc, p), s)
        for k, p, s in zip(keys, doc.provisions, statuses, strict=True)
    ]
    return DocumentView(doc, highlight(doc.text, spans, colors), colors, views)


__all__ = ["DocumentView", "ProvisionView", "document_view", "quote"]
