"""Commands of the simulate area: ``accord simulate``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from accord.cli.app import app, console, err_console, print_json


class Format(StrEnum):
    table = "table"
    json = "json"
    md = "md"


@app.command()
def simulate(
    files: list[Path] = typer.Argument(
        ...,
        metavar="CASE",
        help="A case file; with --tournament, one or more; with --genius: DOMAIN PROFILE...",
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
    genius: bool = typer.Option(
        False, "--genius", help="Read a GENIUS XML domain and its profiles instead of a case."
    ),
    geniusweb: bool = typer.Option(
        False, "--geniusweb", help="Read GeniusWeb JSON profiles (each embeds its domain)."
    ),
    trace: bool = typer.Option(
        False, "--trace", help="List every move (table and md; json always has them)."
    ),
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
) -> None:
    """Negotiate a case round by round between strategies (stacked alternating offers)."""
    from accord.simulate import DEFAULT_STRATEGIES, negotiate
    from accord.simulate import tournament as run_tournament
    from accord.simulate.load import load_spaces
    from accord.simulate.render import to_markdown, to_rich

    names = None if strategies is None else [s.strip() for s in strategies.split(",") if s.strip()]
    spaces = load_spaces(files, genius=genius, geniusweb=geniusweb, tournament=tournament)
    settings = {"rounds": rounds, "seed": seed, "acceptance": acceptance}
    if tournament:
        result = _with_progress(
            lambda progress: run_tournament(spaces, names, progress=progress, **settings),
            enabled=format is Format.table,
        )
    else:
        result = negotiate(spaces[0], names or DEFAULT_STRATEGIES, **settings)
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
