"""Slow, obviously correct versions of the frontier and solutions, by full enumeration.

They exist to test the fast code against; they refuse spaces of more than ``max_outcomes``.

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b]}]
... preferences: {A: {ideal: {x: a}}, B: {ideal: {x: b}}}
... ''')
>>> [o.package for o in brute_force_frontier(OutcomeSpace.from_case(case))]
[{'x': 'a'}, {'x': 'b'}]
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator

import numpy as np

from accord.bargain.outcome import Outcome
from accord.bargain.pareto import DECIMALS
from accord.bargain.space import OutcomeSpace
from accord.errors import InfeasibleError

__all__ = ["all_outcomes", "brute_force_frontier", "enumerate_points"]


def enumerate_points(
    space: OutcomeSpace, chunk: int = 1 << 16
) -> Iterator[tuple[np.ndarray, np.ndarray]]:
    """Every package as ``(choices, points)`` chunks in mixed-radix order, summed issue by issue."""
    radix = [len(o) for o in space.options]
    total = space.size
    for start in range(0, total, chunk):
        flat = np.arange(start, min(total, start + chunk), dtype=np.int64)
        choices = np.empty((len(flat), len(radix)), dtype=np.int64)
        rest = flat.copy()
        for i in range(len(radix) - 1, -1, -1):
            choices[:, i] = rest % radix[i]
            rest //= radix[i]
        points = np.zeros((len(flat), len(space.parties)))
        for i, table in enumerate(space.contributions):
            points = points + table[choices[:, i]]
        yield choices, points


def all_outcomes(space: OutcomeSpace, max_outcomes: int = 200_000) -> list[tuple[tuple, tuple]]:
    """Every ``(option indices, utility tuple)`` pair, one by one in plain Python."""
    if space.size > max_outcomes:
        raise InfeasibleError(space.origin, f"{space.size} outcomes, above {max_outcomes}")
    tables = [t.tolist() for t in space.contributions]
    out = []
    for choice in itertools.product(*(range(len(o)) for o in space.options)):
        total = [0.0] * len(space.parties)
        for table, k in zip(tables, choice, strict=True):
            total = [a + b for a, b in zip(total, table[k], strict=True)]
        out.append((choice, tuple(total)))
    return out


def brute_force_frontier(space: OutcomeSpace, max_outcomes: int = 200_000) -> list[Outcome]:
    """Pareto-optimal packages by pairwise comparison of every outcome, one per distinct point.

    Sorted by utilities, highest first; of packages with equal utilities the first in
    enumeration order is kept. Utilities equal to :data:`DECIMALS` places are equal.
    """
    every = all_outcomes(space, max_outcomes)
    points: dict[tuple, tuple] = {}  # rounded point -> (choice, exact utilities)
    for choice, u in every:
        points.setdefault(tuple(round(x, DECIMALS) for x in u), (choice, u))
    distinct = np.array(list(points))
    optimal = [
        u
        for u, row in zip(points, distinct, strict=True)
        if not ((distinct >= row).all(axis=1) & (distinct != row).any(axis=1)).any()
    ]
    optimal.sort(reverse=True)
    return [
        Outcome(
            package=space.package(points[u][0]),
            utilities=dict(zip(space.parties, points[u][1], strict=True)),
        )
        for u in optimal
    ]
