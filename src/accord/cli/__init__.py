"""The command line. Importing this package registers every command on :data:`app`."""

from accord.cli import bargain, evaluate, extract, forecast, simulate, store, web  # noqa: F401
from accord.cli.app import app, main

__all__ = ["app", "main"]
