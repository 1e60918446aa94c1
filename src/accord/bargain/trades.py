"""Logrolling: pairs of issues on which each of two parties concedes what it values less.

Starting from the issue-by-issue compromise (on every issue, the option whose worst value to any
party is highest), party ``p`` gets its best option on an issue ``a`` that it weighs more than
``q`` does, and ``q`` gets its best option on an issue ``b`` that it weighs more than ``p`` does.
The trade is listed when both gain. This is the integrative move of Raiffa (1982) and of Pruitt's
logrolling (1981): each side gives way where it cares less.

>>> from accord.cases import parse_case
>>> from accord.bargain.space import OutcomeSpace
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, m, b]}, {name: y, options: [a, m, b]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: a}}
...   B: {weights: {x: 1, y: 3}, ideal: {x: b, y: b}}
... ''')
>>> [(t.wins, t.gains) for t in trades(OutcomeSpace.from_case(case))]
[({'A': 'x', 'B': 'y'}, {'A': 0.25, 'B': 0.25})]

References
----------
D. G. Pruitt (1981). Negotiation Behavior. Academic Press.
H. Raiffa (1982). The Art and Science of Negotiation. Harvard University Press.
"""

from __future__ import annotations

import numpy as np
from pydantic import BaseModel

from accord.bargain.space import OutcomeSpace

__all__ = ["Trade", "compromise", "trades"]


class Trade(BaseModel):
    """Each party in ``wins`` gets its best option on the issue named; the rest stays put."""

    wins: dict[str, str]
    package: dict[str, str]
    utilities: dict[str, float]
    gains: dict[str, float]


def compromise(space: OutcomeSpace) -> tuple[int, ...]:
    """On each issue the option whose lowest value to any party is highest (ties: sum, order)."""
    out = []
    for table in space.contributions:
        weights = table.max(axis=0)
        values = np.divide(table, weights, out=np.ones_like(table), where=weights > 0)
        worst = values.min(axis=1)
        best = worst.max()
        near = np.flatnonzero(worst >= best - 1e-12)
        out.append(int(near[np.argmax(values[near].sum(axis=1))]))
    return tuple(out)


def trades(space: OutcomeSpace, *, limit: int = 10, tol: float = 1e-12) -> list[Trade]:
    """Two-issue trades from :func:`compromise` that make both trading parties better off.

    Sorted by the smaller of the two traders' gains, largest first; at most ``limit``.
    """
    base = compromise(space)
    base_point = space.point(base)
    # Weight of issue i to party p: the spread of its contribution over the options.
    weight = np.array([t.max(axis=0) - t.min(axis=0) for t in space.contributions])
    best = [t.argmax(axis=0) for t in space.contributions]  # best[i][p]
    found: dict[tuple, Trade] = {}
    n_parties = len(space.parties)
    for p in range(n_parties):
        for q in range(n_parties):
            if p == q:
                continue
            for a in range(len(space.issues)):
                if not weight[a, p] > weight[a, q]:
                    continue
                for b in range(len(space.issues)):
                    if b == a or not weight[b, q] > weight[b, p]:
                        continue
                    choice = list(base)
                    choice[a] = int(best[a][p])
                    choice[b] = int(best[b][q])
                    point = space.point(choice)
                    gain = point - base_point
                    if gain[p] <= tol or gain[q] <= tol:
                        continue
                    key = (tuple(choice), frozenset(((p, a), (q, b))))
                    if key in found:
                        continue
                    found[key] = Trade(
                        wins={space.parties[p]: space.issues[a], space.parties[q]: space.issues[b]},
                        package=space.package(choice),
                        utilities={n: float(u) for n, u in zip(space.parties, point, strict=True)},
                        gains={
                            n: round(float(g), 12) for n, g in zip(space.parties, gain, strict=True)
                        },
                    )
    ranked = sorted(
        found.values(),
        key=lambda t: -min(t.gains[name] for name in t.wins),
    )
    return ranked[:limit]
