"""The zone of possible agreement: packages every party prefers to no deal.

A package is in the zone when each party's utility is at least its reservation value
``d_i`` (its utility of no deal, the BATNA of Fisher & Ury 1981). The zone is empty when even
the Pareto frontier holds no such package. Its best packages are the frontier packages in the
zone with the highest Nash product ``prod(u_i - d_i)``.

>>> from accord.cases import parse_case
>>> from accord.bargain.pareto import frontier
>>> case = parse_case('''
... parties: [{name: A, reservation: 0.4}, {name: B, reservation: 0.4}]
... issues: [{name: x, options: [a, b, c]}]
... preferences: {A: {ideal: {x: a}}, B: {ideal: {x: c}}}
... ''')
>>> z = zopa(frontier(OutcomeSpace.from_case(case)))
>>> z.empty, z.outcomes, [o.package["x"] for o in z.best]
(False, 1, ['b'])

References
----------
R. Fisher, W. Ury (1981). Getting to Yes. Houghton Mifflin.
H. Raiffa (1982). The Art and Science of Negotiation. Harvard University Press.
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel

from accord.bargain.outcome import Outcome
from accord.bargain.pareto import Frontier
from accord.bargain.reference import enumerate_points
from accord.bargain.space import OutcomeSpace

__all__ = ["DEFAULT_MAX_COUNT", "Zopa", "zopa"]

#: Count the packages in the zone exactly only up to this many outcomes.
DEFAULT_MAX_COUNT = 5_000_000


class Zopa(BaseModel):
    """The zone of possible agreement.

    ``outcomes`` counts every package in the zone, exactly; it is None when the space has more
    than ``max_count`` packages (then only ``frontier_points``, the Pareto-optimal packages in
    the zone, are counted). ``share`` is ``outcomes`` over the size of the space.
    """

    reservations: dict[str, float]
    empty: bool
    frontier_points: int
    outcomes: int | None
    share: float | None
    best: list[Outcome]


def zopa(front: Frontier, *, max_count: int = DEFAULT_MAX_COUNT, best: int = 5) -> Zopa:
    """The zone of agreement of the space of ``front``, with its ``best`` packages."""
    space: OutcomeSpace = front.space
    d = space.reservations
    inside = (front.points >= d).all(axis=1)
    rows = np.flatnonzero(inside)
    product = np.prod(front.points[rows] - d, axis=1)
    order = rows[np.argsort(-product, kind="stable")][:best]
    count: int | None = None
    if space.size <= max_count:
        count = 0
        for _, points in enumerate_points(space):
            count += int((points >= d).all(axis=1).sum())
    return Zopa(
        reservations={p: float(r) for p, r in zip(space.parties, d, strict=True)},
        empty=not bool(inside.any()),
        frontier_points=int(inside.sum()),
        outcomes=count,
        share=None if count is None else count / space.size,
        best=[front.outcome(int(k)) for k in order],
    )
