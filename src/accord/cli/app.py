"""The ``accord`` command: one Typer app; each area registers its commands in its own module.

Commands parse arguments, call one library function and print the result. Library errors
(:class:`accord.errors.AccordError`) become ``Error: <file>: <problem>`` on stderr and exit
status 1, never a traceback.
"""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.console import Console

from accord.errors import AccordError

app = typer.Typer(
    name="accord",
    help="Understand peace negotiations: positions, gaps, bargaining space, forecasts.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

console = Console()
err_console = Console(stderr=True)


def fail(message: str) -> typer.Exit:
    """Print a one-line error and return the exit to raise (status 1)."""
    err_console.print(f"Error: {message}", markup=False, highlight=False, soft_wrap=True)
    return typer.Exit(1)


def print_json(data: Any) -> None:
    """Print ``data`` as indented JSON on stdout (no colors, no wrapping)."""
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def main() -> None:
    """Entry point of the console script."""
    from accord import cli  # noqa: F401  (registers every command)

    try:
        app()
    except AccordError as exc:
        raise SystemExit(fail(str(exc)).exit_code) from None
    except KeyboardInterrupt:
        err_console.print("Interrupted.")
        raise SystemExit(130) from None
