"""Commands of the simulate area: ``accord simulate``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from accord.cli.app import app, console, err_console, print_json
from accord.errors import StrategyError


class Format(StrEnum):
    table = "table"
    json = "json"
    md = "md"


@app.command()
def simulate(
    cases: list[Path] = typer.Argument(
        ..., metavar="CASE...", help="A case file; with --tournament, one or more."
    ),
    strategies: str | None = typer.Option(
        None,
        "--strategies",
        "-s",
        help="Comma-separated strategy names, one per party in turn order (repeated if short); "
        "default boulware,conceder, or every strategy in a tournament.",
    ),
    rounds: int = typer.Option(50, "--rounds", "-r", min=1, help="The deadline in rounds."),
    seed: int = typer.Option(0, "--seed", help="Seed of the tie-breaking draws."),
    acceptance: str = typer.Option(
        "next-last", "--acceptance", help="Acceptance rule: next or next-last."
    ),
    tournament: bool = typer.Option(
        False, "--tournament", help="Run every pair of strategies over every CASE."
    ),
    trace: bool = typer.Option(
        False, "--trace", help="List every move (table and md; json always has them)."
    ),
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
) -> None:
    """Negotiate a case round by round between strategies (stacked alternating offers)."""
    from accord.cases import load_case
    from accord.simulate import run_tournament
    from accord.simulate import simulate as run_simulation
    from accord.simulate.render import to_markdown, to_rich

    names = None if strategies is None else [s.strip() for s in strategies.split(",") if s.strip()]
    if not tournament and len(cases) > 1:
        raise StrategyError(
            str(cases[1]), "several cases need --tournament (one simulation runs one case)"
        )
    loaded = [load_case(path) for path in cases]
    if tournament:
        result = _with_progress(
            lambda progress: run_tournament(
                loaded, names, rounds=rounds, seed=seed, acceptance=acceptance, progress=progress
            ),
            enabled=format is Format.table,
        )
    else:
        result = run_simulation(
            loaded[0],
            names or ("boulware", "conceder"),
            rounds=rounds,
            seed=seed,
            acceptance=acceptance,
        )
    if format is Format.json:
        print_json(result.model_dump(mode="json"))
    elif format is Format.md:
        typer.echo(to_markdown(result, trace=trace), nl=False)
    else:
        console.print(to_rich(result, trace=trace))


def _with_progress(run, *, enabled: bool):
    """Run ``run(progress)`` with a rich progress bar on stderr when ``enabled``."""
    if not enabled:
        return run(None)
    from rich.progress import Progress

    with Progress(console=err_console, transient=True) as bar:
        task = bar.add_task("Negotiating", total=None)

        def progress(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        return run(progress)
