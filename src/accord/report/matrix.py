"""The gap matrix as rows and cells ready to render: issues × parties, with evidence links.

A renderer (the web app or a report) passes ``link``, which turns a provision into the address
of its evidence; this module only arranges the gap table.

>>> from accord.model import Evidence, GapRow, GapTable, PartyPosition, Provision
>>> p = Provision(holder="A", issue="ceasefire.general", stance="support",
...               evidence=Evidence(start=0, end=4, text="Stop"))
>>> pos = PartyPosition(stance="support", modality="demand", provisions=[p])
>>> row = GapRow(issue="ceasefire.general", status="one_sided", positions={"A": pos})
>>> view = matrix_view(GapTable(parties=["A", "B"], rows=[row]), link=lambda q: "#x")
>>> [c.stance if c else None for c in view.rows[0].cells]
['support', None]
>>> view.rows[0].cells[0].evidence[0].href
'#x'
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from accord.codebook import load_codebook
from accord.model import GapTable, Provision, Tension
from accord.report.palette import party_colors

#: At most this many evidence links are listed in one cell; the rest are counted.
MAX_EVIDENCE = 4


@dataclass(frozen=True)
class EvidenceLink:
    href: str | None
    text: str
    modality: str
    document: str | None = None


@dataclass(frozen=True)
class Cell:
    party: str
    stance: str
    modality: str
    evidence: list[EvidenceLink]
    count: int

    @property
    def more(self) -> int:
        return self.count - len(self.evidence)


@dataclass(frozen=True)
class Row:
    issue: str
    group: str
    proposition: str
    status: str
    cells: list[Cell | None]


@dataclass
class MatrixView:
    parties: list[str]
    colors: dict[str, str]
    rows: list[Row]
    tensions: list[Tension] = field(default_factory=list)

    @property
    def conflicts(self) -> int:
        return sum(r.status == "conflict" for r in self.rows)


def _snippet(text: str, limit: int = 140) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def matrix_view(
    table: GapTable,
    link: Callable[[Provision], str | None] = lambda p: None,
    *,
    max_evidence: int = MAX_EVIDENCE,
) -> MatrixView:
    """Arrange ``table`` in codebook order, one cell per party (``None`` where it is silent).

    When the provisions come from several documents, each evidence link names its document.
    """
    cb = load_codebook()
    order = {code: i for i, code in enumerate(cb.codes)}
    rows = []
    many = (
        len(
            {
                p.evidence.document
                for r in table.rows
                for pos in r.positions.values()
                for p in pos.provisions
            }
        )
        > 1
    )
    for r in sorted(table.rows, key=lambda r: (order.get(r.issue, len(order)), r.issue)):
        issue = cb._by_code.get(r.issue)
        cells: list[Cell | None] = []
        for party in table.parties:
            pos = r.positions.get(party)
            if pos is None:
                cells.append(None)
                continue
            links = [
                EvidenceLink(
                    link(p),
                    _snippet(p.evidence.text) or f"{p.holder} {p.stance}",
                    p.modality,
                    p.evidence.document if many else None,
                )
                for p in pos.provisions[:max_evidence]
            ]
            cells.append(Cell(party, pos.stance, pos.modality, links, len(pos.provisions)))
        rows.append(
            Row(
                issue=r.issue,
                group=issue.group if issue else r.issue.split(".", 1)[0],
                proposition=issue.proposition if issue else "",
                status=r.status,
                cells=cells,
            )
        )
    return MatrixView(list(table.parties), party_colors(table.parties), rows, list(table.tensions))


__all__ = ["MAX_EVIDENCE", "Cell", "EvidenceLink", "MatrixView", "Row", "matrix_view"]
