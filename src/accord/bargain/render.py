"""Text renderings of a :class:`~accord.bargain.report.BargainReport`: Markdown and rich tables.

>>> from accord.cases import parse_case
>>> from accord.bargain.report import analyse
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b]}]
... preferences: {A: {ideal: {x: a}}, B: {ideal: {x: b}}}
... ''')
>>> print(to_markdown(analyse(case)).splitlines()[0])
# Bargaining analysis: case
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table

from accord.bargain.outcome import Outcome
from accord.bargain.report import BargainReport

__all__ = ["FRONTIER_ROWS", "to_markdown", "to_rich"]

#: Frontier rows shown in tables (the JSON output has them all).
FRONTIER_ROWS = 20

LABELS = {
    "nash": "Nash",
    "kalai_smorodinsky": "Kalai-Smorodinsky",
    "egalitarian": "Egalitarian",
    "utilitarian": "Utilitarian",
}


def _package(package: dict[str, str]) -> str:
    return ", ".join(f"{k}={v}" for k, v in package.items())


def _u(x: float) -> str:
    return f"{x:.3f}"


def _summary(report: BargainReport) -> list[str]:
    z = report.zopa
    lines = [
        f"Parties: {', '.join(report.parties)}; issues: {len(report.issues)}; "
        f"possible outcomes: {report.outcomes:,}.",
        f"Pareto frontier: {len(report.frontier):,} packages (exact).",
    ]
    if z.empty:
        lines.append("Zone of agreement: empty (no package meets every reservation value).")
    else:
        counted = (
            f"{z.outcomes:,} packages ({z.share:.1%} of all)"
            if z.outcomes is not None
            else "not counted (space too large)"
        )
        lines.append(f"Zone of agreement: {counted}; {z.frontier_points:,} of them Pareto-optimal.")
    return lines


def _solution_grid(report: BargainReport) -> tuple[list[str], list[list[str]]]:
    """Header and rows of the solutions table: one row per issue, then one per party."""
    names = list(report.solutions)
    header = ["", *(LABELS[n] for n in names)]
    rows = []
    for issue in report.issues:
        rows.append(
            [
                issue,
                *(o.package[issue] if o is not None else "-" for o in report.solutions.values()),
            ]
        )
    for party in report.parties:
        rows.append(
            [
                f"utility {party}",
                *(
                    _u(o.utilities[party]) if o is not None else "none"
                    for o in report.solutions.values()
                ),
            ]
        )
    return header, rows


def _frontier_rows(report: BargainReport, limit: int) -> list[list[str]]:
    """Frontier rows: utilities, then the full package of the first row and what changes after."""
    rows = []
    previous: dict[str, str] | None = None
    for i, o in enumerate(report.frontier[:limit]):
        if previous is None:
            change = _package(o.package)
        else:
            moved = {k: v for k, v in o.package.items() if previous[k] != v}
            change = "; ".join(f"{k} → {v}" for k, v in moved.items()) or "(same package)"
        previous = o.package
        rows.append([str(i + 1), *(_u(o.utilities[p]) for p in report.parties), change])
    return rows


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    out = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    out += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return out


def _outcome_rows(
    outcomes: list[tuple[str, Outcome | None]], parties: list[str]
) -> list[list[str]]:
    rows = []
    for label, o in outcomes:
        if o is None:
            rows.append(
                [label, "none (no package beats every reservation)"] + ["" for _ in parties]
            )
        else:
            rows.append([label, _package(o.package)] + [_u(o.utilities[p]) for p in parties])
    return rows


def to_markdown(report: BargainReport) -> str:
    """The report as a Markdown document."""
    parties = report.parties
    out = [f"# Bargaining analysis: {report.name}", ""]
    out += [f"- {line}" for line in _summary(report)]
    out += ["", "## Solutions", ""]
    out += _md_table(*_solution_grid(report))
    out += [
        "",
        "## Pareto frontier",
        "",
        "Row 1 gives the whole package; later rows what changes.",
        "",
    ]
    out += _md_table(["#", *parties, "package"], _frontier_rows(report, FRONTIER_ROWS))
    if len(report.frontier) > FRONTIER_ROWS:
        out.append(f"\n({len(report.frontier) - FRONTIER_ROWS:,} more: use --format json)")
    if report.zopa.best:
        out += ["", "## Best packages in the zone of agreement", ""]
        out += _md_table(
            ["#", "package", *parties],
            _outcome_rows([(str(i + 1), o) for i, o in enumerate(report.zopa.best)], parties),
        )
    out += ["", "## Trades (each side concedes what it values less)", ""]
    if report.trades:
        out += _md_table(
            ["wins", "package", *(f"gain {p}" for p in parties)],
            [
                [
                    "; ".join(f"{p} gets {i}" for p, i in t.wins.items()),
                    _package(t.package),
                    *(f"{t.gains[p]:+.3f}" for p in parties),
                ]
                for t in report.trades
            ],
        )
    else:
        out.append("No two-issue trade makes both traders better off.")
    if report.improvements is not None:
        imp = report.improvements
        out += ["", f"## Improvements on {_package(imp.proposal.package)}", ""]
        if imp.pareto_optimal:
            out.append(
                "The proposal is Pareto-optimal: no package makes someone better off "
                "without making another worse off."
            )
        else:
            out += _md_table(
                ["#", "package", *(f"gain {p}" for p in parties)],
                [
                    [str(i + 1), _package(o.package), *(f"{o.gains[p]:+.3f}" for p in parties)]
                    for i, o in enumerate(imp.better)
                ],
            )
    return "\n".join(out) + "\n"


def to_rich(report: BargainReport) -> Group:
    """The report as rich renderables for the terminal."""
    parties = report.parties
    parts: list = ["\n".join(_summary(report))]

    header, rows = _solution_grid(report)
    sol = Table(title="Solutions", title_justify="left")
    sol.add_column(header[0], style="bold", no_wrap=True)
    for h in header[1:]:
        sol.add_column(h, min_width=min(len(h), 17))
    for k, row in enumerate(rows):
        sol.add_row(*row, end_section=k == len(report.issues) - 1)
    parts.append(sol)

    front = Table(
        title=f"Pareto frontier ({len(report.frontier):,} packages)", title_justify="left"
    )
    front.add_column("#", justify="right")
    for p in parties:
        front.add_column(p, justify="right", style="cyan")
    front.add_column("package (row 1), then what changes")
    for row in _frontier_rows(report, FRONTIER_ROWS):
        front.add_row(*row)
    if len(report.frontier) > FRONTIER_ROWS:
        front.caption = f"{len(report.frontier) - FRONTIER_ROWS:,} more: use --format json"
    parts.append(front)

    if report.trades:
        tr = Table(title="Trades (each side concedes what it values less)", title_justify="left")
        tr.add_column("wins")
        for p in parties:
            tr.add_column(f"gain {p}", justify="right", style="green")
        for t in report.trades:
            tr.add_row(
                "; ".join(f"{p} gets its way on {i}" for p, i in t.wins.items()),
                *(f"{t.gains[p]:+.3f}" for p in parties),
            )
        parts.append(tr)
    else:
        parts.append("Trades: no two-issue trade makes both traders better off.")

    if report.improvements is not None:
        imp = report.improvements
        if imp.pareto_optimal:
            parts.append(f"The proposal {_package(imp.proposal.package)} is Pareto-optimal.")
        else:
            im = Table(
                title=f"Improvements on {_package(imp.proposal.package)}", title_justify="left"
            )
            im.add_column("package")
            for p in parties:
                im.add_column(f"gain {p}", justify="right", style="green")
            for o in imp.better:
                im.add_row(_package(o.package), *(f"{o.gains[p]:+.3f}" for p in parties))
            parts.append(im)
    return Group(*parts)
