"""Commands of the web area: ``accord serve`` and ``accord report``."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from accord.cli.app import app, console, err_console


@app.command()
def serve(
    db: Annotated[
        str | None, typer.Option("--db", help="Database URL or SQLite file (default: $ACCORD_DB).")
    ] = None,
    host: Annotated[str, typer.Option(help="Interface to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    token: Annotated[
        str | None,
        typer.Option(help="Require this access token on every request (or $ACCORD_TOKEN)."),
    ] = None,
    max_upload_mb: Annotated[
        float, typer.Option("--max-upload-mb", help="Largest upload accepted, in MB.")
    ] = 5.0,
    reviewer: Annotated[
        str, typer.Option(help="Reviewer name recorded until a person sets theirs.")
    ] = "web",
) -> None:
    """Serve the web app: documents, review, gap matrix, timeline, search, cases."""
    import os

    from accord.web.server import serve as run

    if host not in ("127.0.0.1", "localhost", "::1") and not (
        token or os.environ.get("ACCORD_TOKEN")
    ):
        err_console.print(
            f"Warning: serving on {host} without --token: anyone who can reach it can edit."
        )
    console.print(f"accord: serving on http://{host}:{port}/ (Ctrl-C to stop)", highlight=False)
    run(
        db,
        host=host,
        port=port,
        token=token,
        max_upload=int(max_upload_mb * 2**20),
        reviewer=reviewer,
    )


@app.command()
def report(
    files: Annotated[
        list[Path],
        typer.Argument(help="Documents (files, or folders walked) to read, extract and compare."),
    ],
    output: Annotated[Path, typer.Option("-o", "--output", help="HTML file to write.")] = Path(
        "report.html"
    ),
    title: Annotated[str | None, typer.Option(help="Title of the report.")] = None,
) -> None:
    """Write the gap matrix, provisions with evidence and charts as one self-contained HTML file."""
    from accord.report.render import write_report

    out = write_report(files, output, title=title)
    console.print(f"Wrote {out} ({out.stat().st_size:,} bytes)", highlight=False)
