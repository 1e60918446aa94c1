"""The SVG charts: well-formed, escaped, and drawing what they are given."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from accord.model import Evidence, GapRow, GapTable, PartyPosition, Provision
from accord.report.svg import frontier_plot, stance_bars, stance_counts, status_bar

NS = "{http://www.w3.org/2000/svg}"


def _table() -> GapTable:
    def pos(stance: str) -> PartyPosition:
        p = Provision(
            holder="X",
            issue="ceasefire.general",
            stance="support",
            evidence=Evidence(start=0, end=1),
        )
        return PartyPosition(stance=stance, modality="demand", provisions=[p])

    return GapTable(
        parties=["<A>", "B"],
        rows=[
            GapRow(
                issue="ceasefire.general",
                status="agreement",
                positions={"<A>": pos("support"), "B": pos("support")},
            ),
            GapRow(
                issue="economy.reparations",
                status="conflict",
                positions={"<A>": pos("oppose"), "B": pos("support")},
            ),
            GapRow(issue="justice.amnesty", status="one_sided", positions={"B": pos("mixed")}),
        ],
    )


def test_stance_counts_count_each_partys_issues() -> None:
    assert stance_counts(_table()) == {
        "<A>": {"support": 1, "oppose": 1, "mixed": 0},
        "B": {"support": 2, "oppose": 0, "mixed": 1},
    }


def test_stance_bars_are_well_formed_and_escape_party_names() -> None:
    svg = stance_bars(stance_counts(_table()))
    root = ET.fromstring(svg)
    labels = [t.text for t in root.iter(f"{NS}text")]
    assert "<A>" in labels  # parsed back from &lt;A&gt;
    bars = [r for r in root.iter(f"{NS}rect") if r.find(f"{NS}title") is not None]
    assert len(bars) == 4  # <A>: support, oppose; B: support, mixed


def test_bar_widths_are_proportional_to_counts() -> None:
    root = ET.fromstring(stance_bars({"P": {"support": 3, "oppose": 1}}))
    bars = [r for r in root.iter(f"{NS}rect") if r.find(f"{NS}title") is not None]
    widths = [float(r.get("width")) for r in bars]
    assert abs(widths[0] / widths[1] - 3.0) < 1e-6


def test_status_bar_labels_each_status() -> None:
    root = ET.fromstring(status_bar(_table()))
    labels = {t.text for t in root.iter(f"{NS}text")}
    assert labels == {"agreement 1", "conflict 1", "one-sided 1"}


def test_frontier_plot_places_points_inside_the_axes() -> None:
    svg = frontier_plot(
        [(0.0, 1.0), (1.0, 0.0), (0.4, 0.4)],
        [(0.0, 1.0), (1.0, 0.0)],
        {"Nash <NBS>": (0.5, 0.5)},
        labels=("RUS", "UKR"),
        disagreement=(0.1, 0.2),
    )
    root = ET.fromstring(svg)
    circles = list(root.iter(f"{NS}circle"))
    assert len(circles) == 3 + 2 + 1
    xs = [float(c.get("cx")) for c in circles]
    ys = [float(c.get("cy")) for c in circles]
    assert min(xs) >= 44 and max(xs) <= 360 - 44 and min(ys) >= 44 and max(ys) <= 360 - 44
    assert "Nash <NBS> (0.50, 0.50)" in [t.text for t in root.iter(f"{NS}title")]
    assert root.find(f"{NS}polyline") is not None
