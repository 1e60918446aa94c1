"""Commands of the store area: ingest, stats, search, timeline, import-pax, export."""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from pathlib import Path

import typer
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn
from rich.table import Table

from accord.cli.app import app, console, err_console, fail, print_json

DB_HELP = (
    "Database: a file path or URL (sqlite:///..., postgresql://...); "
    "default $ACCORD_DB or the per-user file."
)


class Format(StrEnum):
    table = "table"
    json = "json"


def _date(value: str | None) -> dt.date | None:
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from None


def _open(db: str | None):  # type: ignore[no-untyped-def]
    from accord.store import Store

    return Store(db)


@app.command()
def ingest(
    paths: list[Path] = typer.Argument(..., help="Files and folders to read, extract and store."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    workers: int | None = typer.Option(
        None, "--workers", "-j", help="Processes (default: all cores)."
    ),
    reextract: bool = typer.Option(
        False, "--reextract", help="Extract stored texts again; reviewers' corrections are kept."
    ),
    engine: str = typer.Option(
        "local",
        "--engine",
        help="local (process pool), serial, or a Dask scheduler address (tcp://host:8786).",
    ),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """Read, extract and store documents (the same text is stored once; a rerun continues)."""
    with _open(db) as store:
        columns = (TextColumn("ingest"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn())
        quiet = not err_console.is_terminal
        with Progress(*columns, console=err_console, transient=True, disable=quiet) as bar:
            task = bar.add_task("ingest", total=None)
            summary = store.ingest(
                [str(p) for p in paths],
                workers=workers,
                progress=lambda done, total: bar.update(task, completed=done, total=total),
                reextract=reextract,
                engine=engine,
            )
    if fmt is Format.json:
        print_json(summary.model_dump(mode="json"))
    else:
        console.print(
            f"added {summary.added}, unchanged {summary.unchanged}, updated {summary.updated}, "
            f"failed {summary.failed}"
        )
        for f in summary.failures:
            console.print(f"failed: {f.error}", markup=False, highlight=False, soft_wrap=True)
    if summary.failed:
        raise typer.Exit(1)


@app.command()
def stats(
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """Count what the store holds: documents, provisions, parties, reviews, PA-X agreements."""
    with _open(db) as store:
        counts = store.stats()
    if fmt is Format.json:
        print_json(counts)
        return
    table = Table("what", "count", title=counts.pop("database"))
    for key, value in counts.items():
        table.add_row(key.replace("_", " "), str(value))
    console.print(table)


@app.command()
def search(
    issue: str | None = typer.Option(None, "--issue", help="Issue code or group (e.g. ceasefire)."),
    party: str | None = typer.Option(
        None, "--party", help="Holder of provisions; country of PA-X agreements."
    ),
    text: str | None = typer.Option(
        None, "--text", help='Words that must all occur ("quoted phrase" too).'
    ),
    since: str | None = typer.Option(
        None, "--since", help="Documents dated on or after (YYYY-MM-DD)."
    ),
    until: str | None = typer.Option(
        None, "--until", help="Documents dated on or before (YYYY-MM-DD)."
    ),
    category: str | None = typer.Option(
        None, "--category", help="PA-X category code (e.g. Ce, TjAm)."
    ),
    country: str | None = typer.Option(
        None, "--country", help="PA-X agreements of this country (name or ISO code)."
    ),
    stage: str | None = typer.Option(
        None, "--stage", help="PA-X agreements at this stage (Pre, Cea, SubPar, SubComp, Imp, Ren)."
    ),
    limit: int = typer.Option(50, "--limit", help="At most this many of each kind."),
    documents: bool = typer.Option(
        False, "--documents", help="List whole documents matching --text, best first."
    ),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """Find provisions (with their evidence) and PA-X agreements by issue, party, words and date."""
    if documents:
        if not text:
            raise fail("search --documents needs --text WORDS")
        with _open(db) as store:
            found = store.search_documents(text, limit=limit)
        if fmt is Format.json:
            print_json([d.model_dump(mode="json") for d in found])
            return
        table = Table("id", "document", "date", "snippet", title="documents")
        for d in found:
            date = d.date.isoformat() if d.date else ""
            table.add_row(str(d.id), escape(d.title or d.name), date, escape(d.snippet))
        console.print(table)
        return
    with _open(db) as store:
        result = store.search(
            issue=issue, party=party, text=text, since=_date(since), until=_date(until),
            category=category, country=country, stage=stage, limit=limit,
        )  # fmt: skip
    if fmt is Format.json:
        print_json(result.model_dump(mode="json"))
        return
    if result.provisions:
        table = Table("id", "document", "holder", "issue", "stance", "evidence", title="provisions")
        table.columns[1].max_width = 22
        table.columns[3].no_wrap = True
        for h in result.provisions:
            p = h.provision
            when = h.date.isoformat() if h.date else (h.round or "")
            color = "green" if p.stance == "support" else "red"
            table.add_row(
                str(p.id),
                f"{escape(h.document)}\n{escape(when)}",
                p.holder,
                p.issue,
                f"[{color}]{p.stance}[/]\n{p.modality}",
                escape(p.evidence.text),
            )
        console.print(table)
    if result.agreements:
        table = Table("AgtId", "date", "country", "stage", "agreement", title="PA-X agreements")
        table.columns[1].no_wrap = True
        for a in result.agreements:
            date = a.date.isoformat() if a.date else ""
            table.add_row(
                str(a.agt_id), date, escape(a.country or ""), a.stage or "", escape(a.name)
            )
        console.print(table)
    if not result.provisions and not result.agreements:
        console.print("nothing found")


@app.command()
def timeline(
    party: str | None = typer.Option(None, "--party", help="Only this party."),
    issue: str | None = typer.Option(None, "--issue", help="Only this issue code or group."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """Each party's stance per issue across rounds, and what changed from round to round."""
    with _open(db) as store:
        result = store.timeline(party=party, issue=issue)
    if fmt is Format.json:
        print_json(result.model_dump(mode="json"))
        return
    table = Table("party", "issue", "stands, round by round", title="timeline")
    for track in result.tracks:
        lines = []
        for s in track.stands:
            color = {"support": "green", "oppose": "red"}.get(s.stance, "yellow")
            cond = " (conditional)" if s.conditional else ""
            lines.append(f"{escape(s.round)}: [{color}]{s.stance}[/] {s.modality}{cond}")
        table.add_row(track.party, track.issue, "\n".join(lines))
    console.print(table)
    for c in result.changes:
        console.print(f"{c.kind}: {c.summary}", markup=False, highlight=False, soft_wrap=True)


@app.command("import-pax")
def import_pax(
    file: Path = typer.Argument(..., help="A PA-X agreements CSV (one row per agreement)."),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
    fmt: Format = typer.Option(Format.table, "--format", help="Output format."),
) -> None:
    """Load the PA-X peace agreements dataset, searchable beside your documents."""
    from accord.store.pax import import_pax as load

    with _open(db) as store:
        counts = load(store, file)
    if fmt is Format.json:
        print_json(counts)
    else:
        console.print(
            f"{counts['agreements']} agreements ({counts['added']} added, {counts['updated']} "
            f"updated), {counts['categories']} category columns"
        )


@app.command()
def export(
    pax: bool = typer.Option(False, "--pax", help="PA-X-style category columns (CSV)."),
    output: Path | None = typer.Option(
        None, "--output", "-o", help="Write here instead of stdout."
    ),
    db: str | None = typer.Option(None, "--db", help=DB_HELP),
) -> None:
    """Export the stored coding; --pax: a CSV row per document with PA-X category columns."""
    from accord.store.pax import export_pax

    if not pax:
        raise fail("export: choose a format (--pax)")
    with _open(db) as store:
        data = export_pax(store)
    if output is None:
        typer.echo(data, nl=False)
        return
    try:
        output.write_text(data, "utf-8")
    except OSError as exc:
        raise fail(f"{output}: cannot write: {exc.strerror}") from None
