"""Commands of the evaluate area."""

from accord.cli.app import app  # noqa: F401
