"""Commands of the bargain area: ``accord bargain`` and ``accord case ...``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer

from accord.cli.app import app, console, err_console, print_json

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
    from rich.progress import Progress

    from accord.bargain import analyse, parse_package
    from accord.bargain.load import load_space
    from accord.bargain.render import to_markdown, to_rich

    space = load_space(files, genius=genius, geniusweb=geniusweb)
    package = None if proposal is None else parse_package(proposal)
    with Progress(console=err_console, transient=True, disable=not err_console.is_terminal) as bar:
        task = bar.add_task("Pareto frontier, issue by issue", total=len(space.issues))
        report = analyse(
            space,
            proposal=package,
            max_points=max_points,
            progress=lambda done, total: bar.update(task, completed=done),
        )
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


@case_app.command("init")
def case_init(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="Texts of the talks, or gap tables (.json) they gave."
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the draft case."),
    name: str = typer.Option("draft", help="The case's name."),
) -> None:
    """Draft a case from the gaps between the parties' texts, for a person to correct."""
    from accord.bargain.draft import draft_gaps

    text = draft_gaps(files, name=name)
    output.write_text(text, encoding="utf-8")
    typer.echo(f"wrote {output}")


@case_app.command("export")
def case_export(
    case: Path = typer.Argument(..., metavar="CASE"),
    to: str = typer.Option(..., "--to", help="genius or geniusweb"),
    output: Path = typer.Option(..., "--output", "-o", help="Folder to write the files into."),
) -> None:
    """Write a case as GENIUS XML (domain + one profile per party) or GeniusWeb JSON."""
    from accord.bargain.convert import export_case

    for path in export_case(case, to, output):
        typer.echo(str(path))


@case_app.command("import")
def case_import(
    files: list[Path] = typer.Argument(
        ..., metavar="FILE...", help="GENIUS: DOMAIN.xml PROFILE.xml...; GeniusWeb: PROFILE.json..."
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Where to write the case YAML."),
) -> None:
    """Read GENIUS XML or GeniusWeb JSON into an editable case file."""
    from accord.bargain.convert import import_case

    output.write_text(import_case(files), encoding="utf-8")
    typer.echo(f"wrote {output}")
