"""Commands of the bargain area: ``accord bargain`` and ``accord case ...``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from accord.cli.app import app, console, print_json

case_app = typer.Typer(
    name="case", help="Write, check and convert negotiation cases.", no_args_is_help=True
)
app.add_typer(case_app, name="case")


class Format(StrEnum):
    table = "table"
    json = "json"
    md = "md"


@app.command()
def bargain(
    files: list[Path] = typer.Argument(
        ..., metavar="CASE", help="A case file (YAML or CSV); with --genius: DOMAIN PROFILE..."
    ),
    format: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    proposal: str | None = typer.Option(
        None, "--from", metavar="PACKAGE", help="A proposal 'issue=option,...': list improvements."
    ),
    genius: bool = typer.Option(
        False, "--genius", help="Read a GENIUS XML domain and its profiles instead of a case."
    ),
    geniusweb: bool = typer.Option(
        False, "--geniusweb", help="Read GeniusWeb JSON profiles (each embeds its domain)."
    ),
    max_points: int = typer.Option(
        5_000_000, help="Refuse when the exact frontier needs more partial packages than this."
    ),
) -> None:
    """Pareto frontier, Nash / Kalai-Smorodinsky / egalitarian / utilitarian solutions, zone of
    agreement and trades of a case."""
    from accord.bargain import analyse, parse_package
    from accord.bargain.load import load_space
    from accord.bargain.render import to_markdown, to_rich

    space = load_space(files, genius=genius, geniusweb=geniusweb)
    package = None if proposal is None else parse_package(proposal)
    report = analyse(space, proposal=package, max_points=max_points)
    if format is Format.json:
        print_json(report.to_json())
    elif format is Format.md:
        typer.echo(to_markdown(report), nl=False)
    else:
        console.print(to_rich(report))


@case_app.command("check")
def case_check(files: list[Path] = typer.Argument(..., metavar="CASE...")) -> None:
    """Validate case files; print a one-line summary of each."""
    from accord.cases import load_case

    for path in files:
        case = load_case(path)
        typer.echo(
            f"{path}: ok: {len(case.parties)} parties, {len(case.issues)} issues, "
            f"{len(case.actors)} actors"
        )


@case_app.command("schema")
def case_schema() -> None:
    """Print the JSON Schema of case files."""
    from accord.cases import case_json_schema

    print_json(case_json_schema())
