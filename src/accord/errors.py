"""The named errors accord raises.

Every error a user can cause is an :class:`AccordError`. Its text is one line that names the
file (or other source) and the problem; only the faces (CLI, web) turn it into a message and an
exit status. Library code never prints.
"""

from __future__ import annotations


class AccordError(Exception):
    """Base of every error caused by bad input, with a one-line message."""

    def __init__(self, source: str | None, problem: str) -> None:
        self.source = source
        self.problem = problem
        super().__init__(f"{source}: {problem}" if source else problem)

    def __reduce__(self):  # type: ignore[no-untyped-def]
        # Pickled as (source, problem), so an error raised in a worker process (process pool,
        # Dask) reaches the parent intact instead of failing to unpickle.
        return (self.__class__, (self.source, self.problem))


class InputError(AccordError):
    """A document cannot be read: empty, binary, undecodable, too large, bad front matter."""


class CodebookError(AccordError):
    """The codebook is malformed, or a code is not in it."""


class GoldError(AccordError):
    """A gold file is malformed or uses codes the codebook does not know."""


class CaseError(AccordError):
    """A case file is malformed: the message names the line and field."""


class FormatError(AccordError):
    """A file in another tool's format (GENIUS, GeniusWeb, KTAB, PA-X) cannot be read."""


class InfeasibleError(AccordError):
    """An exact computation would exceed the stated limits, so it is refused up front."""


class ConvergenceError(AccordError):
    """An iterative algorithm did not converge within ``max_iter`` steps."""


class StrategyError(AccordError):
    """A negotiation strategy or acceptance rule is unknown or badly configured."""


class StoreError(AccordError):
    """The store cannot be opened, migrated or written."""


class ConfigError(AccordError):
    """A pipeline config or lexicon file is malformed or names an unknown stage."""
