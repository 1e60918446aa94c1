"""Pareto improvements on a proposal: packages every party likes at least as well, one better.

Mediation support tools (Raiffa's single negotiating text; the "improve on a proposal" step
of Raiffa, Richardson & Metcalfe 2002) start from the text on the table and look for
packages that make nobody worse off. Those raising the worst-off party's gain most lie on the
Pareto frontier, so the candidates are the frontier packages dominating the proposal, ranked
by their smallest gain.

>>> from accord.cases import parse_case
>>> from accord.bargain.pareto import frontier
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, m, b]}, {name: y, options: [a, m, b]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: a}}
...   B: {weights: {x: 1, y: 3}, ideal: {x: b, y: b}}
... ''')
>>> result = improvements(frontier(OutcomeSpace.from_case(case)), {"x": "m", "y": "m"})
>>> result.better[0].package, result.better[0].gains
({'x': 'a', 'y': 'b'}, {'A': 0.25, 'B': 0.25})
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from pydantic import BaseModel

from accord.bargain.outcome import Outcome
from accord.bargain.pareto import Frontier
from accord.bargain.space import OutcomeSpace

__all__ = ["Improvement", "Improvements", "improvements", "parse_package"]


class Improvement(Outcome):
    """A package that dominates the proposal, and what each party gains over it."""

    gains: dict[str, float]


class Improvements(BaseModel):
    """The proposal, whether it is already Pareto-optimal, and the best improvements on it."""

    proposal: Outcome
    pareto_optimal: bool
    better: list[Improvement]


def improvements(
    front: Frontier, package: Mapping[str, str], *, limit: int = 5, tol: float = 1e-12
) -> Improvements:
    """Frontier packages that weakly dominate ``package``, by smallest gain (largest first)."""
    space: OutcomeSpace = front.space
    point = space.point(space.indices(package))
    gains = front.points - point
    dominating = (gains >= -tol).all(axis=1) & (gains > tol).any(axis=1)
    rows = np.flatnonzero(dominating)
    order = rows[np.argsort(-gains[rows].min(axis=1), kind="stable")][:limit]
    better = []
    for k in order:
        out = front.outcome(int(k))
        better.append(
            Improvement(
                package=out.package,
                utilities=out.utilities,
                gains={
                    p: round(float(g), 12) for p, g in zip(space.parties, gains[k], strict=True)
                },
            )
        )
    return Improvements(
        proposal=Outcome(
            package=dict(space.package(space.indices(package))),
            utilities={p: float(u) for p, u in zip(space.parties, point, strict=True)},
        ),
        pareto_optimal=not bool(dominating.any()),
        better=better,
    )


def parse_package(text: str, source: str = "--from") -> dict[str, str]:
    """Read ``issue=option,issue=option`` into a package.

    A comma separates pairs only where an ``issue=`` follows, so options may hold commas.

    >>> parse_package("x=a, y=b")
    {'x': 'a', 'y': 'b'}
    >>> parse_package("x=freeze, no recognition,y=b")
    {'x': 'freeze, no recognition', 'y': 'b'}
    """
    import re

    from accord.errors import CaseError

    package = {}
    for part in re.split(r",(?=[^,=]*=)", text):
        if not part.strip():
            continue
        if "=" not in part:
            raise CaseError(source, f"expected issue=option, got {part.strip()!r}")
        issue, option = part.split("=", 1)
        package[issue.strip()] = option.strip()
    if not package:
        raise CaseError(source, "empty package: give issue=option pairs separated by commas")
    return package
