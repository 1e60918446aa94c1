"""Commands of the web area."""

from accord.cli.app import app  # noqa: F401
