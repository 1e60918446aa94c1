"""An outcome: a package of options and what each party gets from it."""

from __future__ import annotations

from pydantic import BaseModel


class Outcome(BaseModel):
    """A package ``{issue: option}`` and each party's utility of it (native floats).

    >>> Outcome(package={"x": "a"}, utilities={"A": 1.0, "B": 0.0}).utilities["A"]
    1.0
    """

    package: dict[str, str]
    utilities: dict[str, float]
