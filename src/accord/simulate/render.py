"""Text renderings of simulation and tournament results: Markdown and rich tables.

>>> from accord.simulate.space import NegotiationSpace
>>> from accord.simulate.protocol import negotiate
>>> def u(p):
...     return {"A": int(p["share"]) / 4, "B": 1 - int(p["share"]) / 4}
>>> space = NegotiationSpace.from_utilities(
...     ["A", "B"], {"share": list("01234")}, u,
...     frontier=[{"share": k} for k in "01234"], nash={"share": "2"}, name="split")
>>> print(to_markdown(negotiate(space, ["linear", "linear"], rounds=4)).splitlines()[0])
# Simulation: split
"""

from __future__ import annotations

from rich.console import Group
from rich.table import Table
from rich.text import Text

from accord.simulate.results import SimulationResult, TournamentResult, TraceEvent

__all__ = ["to_markdown", "to_rich"]


def _u(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _rate(x: float) -> str:
    return f"{x:.0%}"


def _package(package: dict[str, str] | None) -> str:
    return "-" if package is None else ", ".join(f"{k}={v}" for k, v in package.items())


def _headline(r: SimulationResult) -> str:
    if r.agreement:
        return f"Agreement in round {r.round + 1} of {r.rounds} (turn {r.turn + 1})."
    if r.ended_by == "walk_away":
        who = r.trace[-1].party
        return f"No agreement: {who} walked away in round {r.trace[-1].round + 1}."
    return f"No agreement by the deadline ({r.rounds} rounds): each party gets its reservation."


def _setting(r: SimulationResult) -> str:
    return (
        f"Protocol: stacked alternating offers, {r.rounds} rounds, acceptance {r.acceptance}, "
        f"seed {r.seed}."
    )


def _party_rows(r: SimulationResult) -> list[list[str]]:
    nash = r.nash.utilities if r.nash else {}
    return [
        [p, r.strategies[p], _u(r.reservations[p]), _u(r.utilities[p]), _u(nash.get(p))]
        for p in r.parties
    ]


def _package_rows(r: SimulationResult) -> list[list[str]]:
    issues = list((r.package or (r.nash.package if r.nash else {})).keys())
    agreed = r.package or {}
    nash = r.nash.package if r.nash else {}
    return [[i, agreed.get(i, "-"), nash.get(i, "-")] for i in issues]


def _metrics(r: SimulationResult) -> str:
    return (
        f"Distance to the Pareto frontier: {_u(r.distance_to_pareto)}; "
        f"to the Nash solution: {_u(r.distance_to_nash)}."
    )


def _trace_row(e: TraceEvent, parties: list[str]) -> list[str]:
    utilities = e.utilities or {}
    return [
        str(e.round + 1),
        e.party,
        e.action.replace("_", " "),
        *(_u(utilities.get(p)) for p in parties),
        _package(e.package) if e.action == "offer" else "",
    ]


def _md_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(c.replace("|", "\\|") for c in row) + " |" for row in rows]
    return lines


PARTY_HEADER = ["Party", "Strategy", "Reservation", "Utility", "Nash utility"]
PAIR_HEADER = ["A", "B", "Runs", "Agree", "Rounds", "u(A)", "u(B)", "To Pareto", "To Nash"]
RANK_HEADER = ["Strategy", "Runs", "Agreement", "Mean utility", "To Nash"]


def _pair_rows(t: TournamentResult) -> list[list[str]]:
    return [
        [
            p.a,
            p.b,
            str(p.runs),
            _rate(p.agreement_rate),
            "-" if p.mean_rounds is None else f"{p.mean_rounds:.1f}",
            _u(p.mean_utility_a),
            _u(p.mean_utility_b),
            _u(p.mean_distance_to_pareto),
            _u(p.mean_distance_to_nash),
        ]
        for p in t.pairs
    ]


def _rank_rows(t: TournamentResult) -> list[list[str]]:
    return [
        [
            s.strategy,
            str(s.runs),
            _rate(s.agreement_rate),
            _u(s.mean_utility),
            _u(s.mean_distance_to_nash),
        ]
        for s in t.ranking
    ]


def _tournament_intro(t: TournamentResult) -> str:
    return (
        f"{len(t.strategies)} strategies, {len(t.pairs)} pairings over {len(t.cases)} "
        f"case(s) ({', '.join(t.cases)}), {t.rounds} rounds, seed {t.seed}."
    )


def to_markdown(result: SimulationResult | TournamentResult, *, trace: bool = False) -> str:
    """The result as a Markdown document (``trace=True`` adds the offer trace)."""
    if isinstance(result, TournamentResult):
        lines = ["# Tournament", "", _tournament_intro(result), "", "## Pairings", ""]
        lines += _md_table(PAIR_HEADER, _pair_rows(result))
        lines += ["", "## Strategies", ""]
        lines += _md_table(RANK_HEADER, _rank_rows(result))
        return "\n".join(lines) + "\n"
    r = result
    lines = [f"# Simulation: {r.case}", "", _headline(r), "", _setting(r), ""]
    lines += _md_table(PARTY_HEADER, _party_rows(r))
    lines += ["", "## Package", ""]
    lines += _md_table(["Issue", "Agreed", "Nash"], _package_rows(r))
    lines += ["", _metrics(r)]
    if trace:
        lines += ["", "## Offers", ""]
        header = ["Round", "Party", "Move", *r.parties, "Package"]
        lines += _md_table(header, [_trace_row(e, r.parties) for e in r.trace])
    else:
        lines += ["", f"{len(r.trace)} moves (`--trace` lists them)."]
    return "\n".join(lines) + "\n"


def _rich_table(title: str | None, header: list[str], rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left", header_style="bold")
    for k, h in enumerate(header):
        table.add_column(h, no_wrap=k < 2)
    for row in rows:
        table.add_row(*row)
    return table


def to_rich(result: SimulationResult | TournamentResult, *, trace: bool = False) -> Group:
    """The result as rich tables (``trace=True`` adds the offer trace)."""
    if isinstance(result, TournamentResult):
        return Group(
            Text(_tournament_intro(result)),
            _rich_table("Pairings", PAIR_HEADER, _pair_rows(result)),
            _rich_table("Strategies", RANK_HEADER, _rank_rows(result)),
        )
    r = result
    style = "bold green" if r.agreement else "bold red"
    parts = [
        Text(f"Simulation: {r.case}", style="bold"),
        Text(_headline(r), style=style),
        Text(_setting(r)),
        _rich_table(None, PARTY_HEADER, _party_rows(r)),
        _rich_table("Package", ["Issue", "Agreed", "Nash"], _package_rows(r)),
        Text(_metrics(r)),
    ]
    if trace:
        header = ["Round", "Party", "Move", *r.parties, "Package"]
        parts.append(_rich_table("Offers", header, [_trace_row(e, r.parties) for e in r.trace]))
    else:
        parts.append(Text(f"{len(r.trace)} moves (--trace lists them).", style="dim"))
    return Group(*parts)
