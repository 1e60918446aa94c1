"""Commands of the evaluate area: ``accord eval GOLD_DIR``."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path

import typer
from rich.progress import Progress
from rich.table import Table
from rich.text import Text

from accord.cli.app import app, console, err_console, fail, print_json
from accord.errors import AccordError
from accord.evaluate import GoldProvision, Scores, evaluate_dir
from accord.model import Provision


class EvalFormat(StrEnum):
    table = "table"
    json = "json"


def _row(name: str, s: Scores) -> list[str]:
    return [
        name,
        str(s.tp),
        str(s.fp),
        str(s.fn),
        f"{s.precision:.3f}",
        f"{s.recall:.3f}",
        f"{s.f1:.3f}",
    ]


def _table(title: str, first: str, rows: list[list[str]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column(first, no_wrap=True)
    for col in ("TP", "FP", "FN", "P", "R", "F1"):
        table.add_column(col, justify="right")
    for row in rows:
        table.add_row(*row)
    return table


def _describe(p: GoldProvision | Provision) -> str:
    parts = [p.holder, p.issue, p.stance]
    if p.subject:
        parts.append(f"subject={p.subject}")
    if p.objects:
        parts.append("objects=" + ",".join(p.objects))
    return " ".join(parts)


@app.command("eval")
def eval_cmd(
    gold_dir: Path = typer.Argument(..., help="Folder of NAME.txt + NAME.gold.yaml pairs."),
    verbose: bool = typer.Option(
        False, "-v", "--verbose", help="List missed and extra provisions."
    ),
    fmt: EvalFormat = typer.Option(EvalFormat.table, "--format", help="table or json."),
    classifier: str = typer.Option(
        "rules", "--classifier", help="Issue classifier: rules, or embed (rules + embeddings)."
    ),
) -> None:
    """Score the extractor against hand-coded gold files: P/R/F1 overall, per document and group."""
    progress = Progress(transient=True, console=err_console, disable=not err_console.is_terminal)
    task = progress.add_task("extracting", total=None)

    def advance(done: int, total: int, name: str) -> None:
        if not progress.live.is_started:  # only once the gold files are known to be good
            progress.start()
        progress.update(task, completed=done, total=total, description=name)

    try:
        extractor = None
        if classifier != "rules":
            from accord.extract import extractor_for

            extractor = extractor_for(classifier)
        report = evaluate_dir(gold_dir, extractor, on_document=advance)
    except AccordError as exc:
        raise fail(str(exc)) from None
    finally:
        if progress.live.is_started:
            progress.stop()
    if fmt is EvalFormat.json:
        data = report.model_dump(mode="json", exclude={"documents": {"__all__": {"matched"}}})
        if not verbose:
            for doc in data["documents"]:
                doc.pop("missed")
                doc.pop("extra")
        print_json(data)
        return
    o = report.overall
    console.print(
        f"[bold]overall[/]  P {o.precision:.3f}  R {o.recall:.3f}  F1 {o.f1:.3f}"
        f"  (TP {o.tp}, FP {o.fp}, FN {o.fn}, {len(report.documents)} documents)"
    )
    console.print(
        _table("per document", "document", [_row(d.name, d.scores) for d in report.documents])
    )
    console.print(
        _table("per issue group", "group", [_row(g, s) for g, s in report.groups.items()])
    )
    if not verbose:
        return
    for doc in report.documents:
        if not doc.missed and not doc.extra:
            continue
        console.print(Text("\n" + doc.name, style="bold"))
        for g in doc.missed:
            console.print(Text("  missed ", style="red") + Text(_describe(g)))
        for p in doc.extra:
            console.print(Text("  extra  ", style="yellow") + Text(_describe(p)))
            quote = " ".join(p.evidence.text.split())
            where = f"         {p.evidence.start}-{p.evidence.end}: "
            console.print(Text(where + quote, style="dim"))
