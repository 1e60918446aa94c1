"""Small inline SVG charts drawn on the server: no script, no network, readable on a phone.

Each function takes plain values and returns an SVG document fragment as
:class:`markupsafe.Markup`; every label is escaped. Charts scale to their container through
``viewBox`` and carry a ``<title>`` for screen readers.

>>> svg = stance_bars({"RUS": {"support": 3, "oppose": 2}, "UKR": {"support": 4}})
>>> svg.startswith("<svg") and "RUS" in svg and "</svg>" in svg
True
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from markupsafe import Markup, escape

from accord.model import GapTable
from accord.report.palette import STANCE_COLORS

STATUS_COLORS = {"conflict": "#d55e00", "agreement": "#009e73", "one_sided": "#999999"}
_FONT = 'font-family="system-ui, sans-serif"'


def _num(x: float) -> str:
    return f"{x:.1f}".rstrip("0").rstrip(".")


def _line(x1: float, y1: float, x2: float, y2: float, stroke: str = "#888") -> str:
    return (
        f'<line x1="{_num(x1)}" y1="{_num(y1)}" x2="{_num(x2)}" y2="{_num(y2)}" stroke="{stroke}"/>'
    )


def _svg(cls: str, width: int, height: int, title: str) -> str:
    return (
        f'<svg class="{cls}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}"'
        f' role="img" {_FONT}><title>{escape(title)}</title>'
    )


def _text(
    x: float, y: float, s: str, *, anchor: str = "start", size: int = 12, **attrs: str
) -> str:
    extra = "".join(f' {k.replace("_", "-")}="{escape(v)}"' for k, v in attrs.items())
    return (
        f'<text x="{_num(x)}" y="{_num(y)}" font-size="{size}" text-anchor="{anchor}"{extra}>'
        f"{escape(s)}</text>"
    )


def stance_counts(table: GapTable) -> dict[str, dict[str, int]]:
    """Per party, how many issues it supports, opposes or holds mixed positions on.

    >>> from accord.model import GapTable
    >>> stance_counts(GapTable(parties=["A"], rows=[]))
    {'A': {'support': 0, 'oppose': 0, 'mixed': 0}}
    """
    counts = {p: {"support": 0, "oppose": 0, "mixed": 0} for p in table.parties}
    for row in table.rows:
        for party, pos in row.positions.items():
            counts.setdefault(party, {"support": 0, "oppose": 0, "mixed": 0})[pos.stance] += 1
    return counts


def stance_bars(
    counts: Mapping[str, Mapping[str, int]], *, title: str = "Stances by party"
) -> Markup:
    """Horizontal stacked bars: for each party, issues supported, opposed and mixed."""
    kinds = ("support", "oppose", "mixed")
    parties = list(counts)
    total_max = max([sum(counts[p].get(k, 0) for k in kinds) for p in parties] + [1])
    width, label_w, bar_h, gap, top = 360, 70, 22, 8, 24
    plot_w = width - label_w - 40
    height = top + len(parties) * (bar_h + gap) + 24
    out = [
        _svg("chart", width, height, title),
    ]
    for i, k in enumerate(kinds):
        x = label_w + i * 90
        out.append(f'<rect x="{x}" y="4" width="12" height="12" fill="{STANCE_COLORS[k]}"/>')
        out.append(_text(x + 16, 14, k, size=11))
    for row, party in enumerate(parties):
        y = top + row * (bar_h + gap)
        out.append(_text(label_w - 6, y + bar_h * 0.7, party, anchor="end"))
        x = float(label_w)
        for k in kinds:
            n = counts[party].get(k, 0)
            if not n:
                continue
            w = plot_w * n / total_max
            out.append(
                f'<rect x="{_num(x)}" y="{y}" width="{_num(w)}" height="{bar_h}"'
                f' fill="{STANCE_COLORS[k]}"><title>{escape(f"{party}: {n} {k}")}</title></rect>'
            )
            if w >= 16:
                out.append(_text(x + w / 2, y + bar_h * 0.7, str(n), anchor="middle", fill="#fff"))
            x += w
        total = sum(counts[party].get(k, 0) for k in kinds)
        out.append(_text(x + 4, y + bar_h * 0.7, str(total), size=11))
    out.append("</svg>")
    return Markup("".join(out))


def status_bar(table: GapTable, *, title: str = "Issues by status") -> Markup:
    """One stacked bar of the issues in conflict, in agreement and one-sided.

    >>> from accord.model import GapTable
    >>> "no issues" in status_bar(GapTable(parties=[], rows=[]))
    True
    """
    counts = {s: 0 for s in STATUS_COLORS}
    for row in table.rows:
        counts[row.status] += 1
    total = sum(counts.values())
    width, height = 360, 64
    out = [
        _svg("chart", width, height, title),
    ]
    if not total:
        out.append(_text(width / 2, 36, "no issues", anchor="middle"))
    x = 0.0
    slot = 0
    for status, n in counts.items():
        if not n:
            continue
        w = width * n / total
        label = f"{status.replace('_', '-')} {n}"
        out.append(
            f'<rect x="{_num(x)}" y="8" width="{_num(w)}" height="26"'
            f' fill="{STATUS_COLORS[status]}"><title>{escape(label)}</title></rect>'
        )
        lx = slot * 120
        out.append(f'<rect x="{lx}" y="43" width="10" height="10" fill="{STATUS_COLORS[status]}"/>')
        out.append(_text(lx + 14, 52, label, size=11))
        slot += 1
        x += w
    out.append("</svg>")
    return Markup("".join(out))


def frontier_plot(
    points: Sequence[tuple[float, float]],
    frontier: Sequence[tuple[float, float]],
    solutions: Mapping[str, tuple[float, float]] | None = None,
    *,
    labels: tuple[str, str] = ("party 1", "party 2"),
    disagreement: tuple[float, float] | None = None,
    title: str = "Outcomes and the Pareto frontier",
) -> Markup:
    """Scatter of outcomes' utilities (0..1 each) with the frontier line and named solutions.

    >>> pts = [(0.2, 0.9), (0.5, 0.5)]
    >>> svg = frontier_plot(pts, pts, {"Nash": (0.5, 0.5)})
    >>> svg.count("<circle") >= 3 and "Nash" in svg
    True
    """
    solutions = dict(solutions or {})
    size, pad = 360, 44
    plot = size - 2 * pad

    def sx(u: float) -> float:
        return pad + plot * min(max(u, 0.0), 1.0)

    def sy(u: float) -> float:
        return size - pad - plot * min(max(u, 0.0), 1.0)

    out = [
        _svg("chart frontier", size, size + 8 + 16 * ((len(solutions) + 1) // 2), title),
        f'<rect x="{pad}" y="{pad}" width="{plot}" height="{plot}" fill="#fafafa" stroke="#bbb"/>',
    ]
    for t in (0.0, 0.25, 0.5, 0.75, 1.0):
        out.append(_line(sx(t), sy(0), sx(t), sy(0) + 4))
        out.append(_text(sx(t), sy(0) + 16, f"{t:g}", anchor="middle", size=10))
        out.append(_line(sx(0) - 4, sy(t), sx(0), sy(t)))
        out.append(_text(sx(0) - 6, sy(t) + 3, f"{t:g}", anchor="end", size=10))
    out.append(_text(pad + plot / 2, size - 8, f"utility of {labels[0]}", anchor="middle"))
    out.append(
        f'<text x="12" y="{pad + plot / 2}" font-size="12" text-anchor="middle"'
        f' transform="rotate(-90 12 {pad + plot / 2})">{escape(f"utility of {labels[1]}")}</text>'
    )
    for u, v in points:
        out.append(f'<circle cx="{_num(sx(u))}" cy="{_num(sy(v))}" r="2.5" fill="#9aa"/>')
    if frontier:
        path = " ".join(f"{_num(sx(u))},{_num(sy(v))}" for u, v in sorted(frontier))
        out.append(f'<polyline points="{path}" fill="none" stroke="#0072b2" stroke-width="2"/>')
        for u, v in frontier:
            out.append(f'<circle cx="{_num(sx(u))}" cy="{_num(sy(v))}" r="3.5" fill="#0072b2"/>')
    if disagreement is not None:
        du, dv = disagreement
        out.append(
            f'<rect x="{_num(sx(du) - 4)}" y="{_num(sy(dv) - 4)}" width="8" height="8" fill="#444">'
            f"<title>no deal ({du:.2f}, {dv:.2f})</title></rect>"
        )
    marks = ("#d55e00", "#009e73", "#cc79a7", "#e69f00", "#56b4e9", "#444444")
    for i, (name, (u, v)) in enumerate(solutions.items()):
        color = marks[i % len(marks)]
        out.append(
            f'<circle cx="{_num(sx(u))}" cy="{_num(sy(v))}" r="{6 + 2.5 * i:g}" fill="none"'
            f' stroke="{color}"'
            f' stroke-width="2.5"><title>{escape(f"{name} ({u:.2f}, {v:.2f})")}</title></circle>'
        )
        out.append(
            _text(
                pad + (i % 2) * 150,
                size + 12 + 16 * (i // 2),
                f"○ {name.replace('_', '-')}",
                size=11,
                fill=color,
            )
        )
    out.append("</svg>")
    return Markup("".join(out))


__all__ = ["STATUS_COLORS", "frontier_plot", "stance_bars", "stance_counts", "status_bar"]
