"""A document's text as HTML with its provisions' evidence marked.

The text is cut at every span boundary and each piece is escaped on its own; the only markup
in the result is the ``<mark>`` elements this module writes. Overlapping spans are split into
pieces each covered by a fixed set of spans; a piece takes the color of the first span over it.

>>> from accord.report.highlight import Span, highlight
>>> str(highlight("a <b> c", [Span(start=2, end=5, key="p1", party="RUS")], {"RUS": "#e69f00"}))
'a <mark class="ev" data-p="p1" data-party="RUS" style="--c:#e69f00">&lt;b&gt;</mark> c'
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from markupsafe import Markup, escape


@dataclass(frozen=True)
class Span:
    """A marked range ``start:end`` of the text, for the provision ``key`` held by ``party``."""

    start: int
    end: int
    key: str
    party: str


def _pieces(length: int, spans: list[Span]) -> list[tuple[int, int, list[Span]]]:
    """Cut ``0:length`` at every span boundary; each piece lists the spans that cover it."""
    cuts = {0, length}
    for s in spans:
        cuts.update((s.start, s.end))
    points = sorted(cuts)
    out = []
    for a, b in itertools.pairwise(points):
        if a == b:
            continue
        out.append((a, b, [s for s in spans if s.start <= a and b <= s.end]))
    return out


def highlight(text: str, spans: Iterable[Span], colors: Mapping[str, str]) -> Markup:
    """Escape ``text`` and wrap each evidence span in ``<mark>``, colored by its party.

    Spans are clipped to the text; empty spans are dropped. ``data-p`` lists the keys of the
    spans over a piece (space-separated) so a page can link a piece to its provisions.
    """
    n = len(text)
    clipped = []
    for s in spans:
        a, b = max(0, min(s.start, n)), max(0, min(s.end, n))
        if b > a:
            clipped.append(Span(a, b, s.key, s.party))
    clipped.sort(key=lambda s: (s.start, -s.end))
    parts: list[str] = []
    for a, b, over in _pieces(n, clipped):
        piece = escape(text[a:b])
        if not over:
            parts.append(piece)
            continue
        first = over[0]
        keys = escape(" ".join(s.key for s in over))
        color = escape(colors.get(first.party, "#888888"))
        cls = "ev overlap" if len(over) > 1 else "ev"
        parts.append(
            f'<mark class="{cls}" data-p="{keys}" data-party="{escape(first.party)}"'
            f' style="--c:{color}">{piece}</mark>'
        )
    return Markup("".join(parts))


__all__ = ["Span", "highlight"]
