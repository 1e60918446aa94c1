"""Commands of the bargain area."""

from accord.cli.app import app  # noqa: F401
