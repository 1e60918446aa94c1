"""Commands of the extract area."""

from accord.cli.app import app  # noqa: F401
