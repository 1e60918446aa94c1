"""Commands of the simulate area."""

from accord.cli.app import app  # noqa: F401
