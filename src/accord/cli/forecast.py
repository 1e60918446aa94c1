"""Commands of the forecast area."""

from accord.cli.app import app  # noqa: F401
