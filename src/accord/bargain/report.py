"""The whole bargaining analysis of a case, as the ``accord bargain`` command prints it.

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, m, b]}, {name: y, options: [a, m, b]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: a}}
...   B: {weights: {x: 1, y: 3}, ideal: {x: b, y: b}}
... ''')
>>> report = analyse(case)
>>> report.outcomes, len(report.frontier), report.solutions["nash"].package
(9, 5, {'x': 'a', 'y': 'b'})
>>> sorted(report.to_json())
['frontier', 'outcomes', 'parties', 'solutions', 'trades', 'zopa']
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

from pydantic import BaseModel

from accord.bargain.improve import Improvements, improvements
from accord.bargain.outcome import Outcome
from accord.bargain.pareto import DEFAULT_MAX_POINTS, frontier
from accord.bargain.solutions import solve
from accord.bargain.space import OutcomeSpace
from accord.bargain.trades import Trade, trades
from accord.bargain.zopa import DEFAULT_MAX_COUNT, Zopa, zopa
from accord.model import Case

__all__ = ["BargainReport", "analyse"]


class BargainReport(BaseModel):
    """Outcome count, exact frontier, solutions, zone of agreement, trades, improvements."""

    name: str
    parties: list[str]
    issues: list[str]
    outcomes: int
    frontier: list[Outcome]
    solutions: dict[str, Outcome | None]
    zopa: Zopa
    trades: list[Trade]
    improvements: Improvements | None = None

    def to_json(self) -> dict[str, Any]:
        """The JSON document of ``accord bargain --format json``."""
        data = self.model_dump(
            mode="json", include={"parties", "outcomes", "frontier", "solutions", "zopa", "trades"}
        )
        if self.improvements is not None:
            data["improvements"] = self.improvements.model_dump(mode="json")
        return data


def analyse(
    case: Case | OutcomeSpace,
    *,
    proposal: Mapping[str, str] | None = None,
    max_points: int = DEFAULT_MAX_POINTS,
    max_count: int = DEFAULT_MAX_COUNT,
    limit: int = 10,
    progress: Callable[[int, int], None] | None = None,
) -> BargainReport:
    """Analyse ``case`` (or a prepared space).

    Parameters
    ----------
    proposal:
        A package on the table: also list the Pareto improvements on it.
    max_points:
        Refuse (``InfeasibleError``) when the exact frontier needs more partial packages.
    max_count:
        Count the zone of agreement exactly only up to this many outcomes.
    limit:
        At most this many trades and improvements.
    progress:
        Called as ``progress(done, total)`` as the frontier is built, issue by issue.
    """
    space = case if isinstance(case, OutcomeSpace) else OutcomeSpace.from_case(case)
    front = frontier(space, max_points=max_points, progress=progress)
    return BargainReport(
        name=space.name,
        parties=list(space.parties),
        issues=list(space.issues),
        outcomes=space.size,
        frontier=front.outcomes,
        solutions=solve(front),
        zopa=zopa(front, max_count=max_count),
        trades=trades(space, limit=limit),
        improvements=None if proposal is None else improvements(front, proposal, limit=limit),
    )
