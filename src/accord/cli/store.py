"""Commands of the store area."""

from accord.cli.app import app  # noqa: F401
