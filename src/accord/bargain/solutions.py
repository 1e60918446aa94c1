"""Bargaining solutions over the exact Pareto frontier.

Each solution picks one package. ``d`` is the disagreement point: each party's reservation
value, its utility of no deal. All four pick a Pareto-optimal package, so they are computed over
the frontier only; ties (within ``tol``) go to the larger utility sum, then to the frontier's
order (first party's utility, highest first).

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b, c]}, {name: y, options: [p, q]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: p}}
...   B: {ideal: {x: c}, values: {y: {p: 0.0, q: 1.0}}}
... ''')
>>> nash(case).package, nash(case).utilities
({'x': 'a', 'y': 'q'}, {'A': 0.75, 'B': 0.5})
>>> utilitarian(case).utilities
{'A': 0.75, 'B': 0.5}
>>> kalai_smorodinsky(case).package == egalitarian(case).package == {'x': 'a', 'y': 'q'}
True

References
----------
J. F. Nash (1950). The bargaining problem. Econometrica 18(2), 155-162.
E. Kalai, M. Smorodinsky (1975). Other solutions to Nash's bargaining problem. Econometrica
43(3), 513-518.
E. Kalai (1977). Proportional solutions to bargaining situations: interpersonal utility
comparisons. Econometrica 45(7), 1623-1630.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np

from accord.bargain.outcome import Outcome
from accord.bargain.pareto import DEFAULT_MAX_POINTS, Frontier, frontier
from accord.bargain.space import OutcomeSpace
from accord.model import Case

__all__ = [
    "SOLUTIONS",
    "egalitarian",
    "egalitarian_index",
    "kalai_smorodinsky",
    "kalai_smorodinsky_index",
    "nash",
    "nash_index",
    "solve",
    "utilitarian",
    "utilitarian_index",
]

TOL = 1e-12


def _pick(scores: np.ndarray, points: np.ndarray, allowed: np.ndarray, tol: float) -> int | None:
    """Row with the highest score among ``allowed``; ties by utility sum, then row order."""
    if not allowed.any():
        return None
    masked = np.where(allowed, scores, -np.inf)
    best = masked.max()
    near = allowed & (masked >= best - tol * max(1.0, abs(best)))
    sums = np.where(near, points.sum(axis=1), -np.inf)
    return int(np.argmax(sums))


def nash_index(points: np.ndarray, d: np.ndarray, tol: float = TOL) -> int | None:
    """Row of ``points`` maximising the Nash product; None if no row beats ``d`` for everyone.

    .. math:: \\max_{x \\,:\\, u(x) > d} \\; \\prod_i \\left(u_i(x) - d_i\\right)

    >>> nash_index(np.array([[1.0, 0.0], [0.6, 0.6], [0.0, 1.0]]), np.zeros(2))
    1
    """
    gains = points - d
    allowed = (gains > 0).all(axis=1)
    with np.errstate(divide="ignore", invalid="ignore"):
        scores = np.where(allowed[:, None], gains, 1.0).prod(axis=1)
    return _pick(scores, points, allowed, tol)


def kalai_smorodinsky_index(points: np.ndarray, d: np.ndarray, tol: float = TOL) -> int | None:
    """Row maximising the smallest share of each party's ideal gain; None if none is rational.

    Among individually rational rows (``u >= d``), with ideal point ``I_i = max u_i``:

    .. math:: \\max_x \\; \\min_i \\frac{u_i(x) - d_i}{I_i - d_i}

    the discrete form of the point where the line from ``d`` to ``I`` meets the frontier
    (a party with ``I_i = d_i`` counts as fully served).

    >>> kalai_smorodinsky_index(np.array([[1.0, 0.0], [0.7, 0.3], [0.5, 0.5]]), np.zeros(2))
    1
    """
    gains = points - d
    allowed = (gains >= 0).all(axis=1)
    if not allowed.any():
        return None
    ideal = np.where(allowed[:, None], gains, -np.inf).max(axis=0)
    with np.errstate(divide="ignore", invalid="ignore"):
        shares = np.where(ideal > 0, gains / np.where(ideal > 0, ideal, 1.0), 1.0)
    return _pick(shares.min(axis=1), points, allowed, tol)


def egalitarian_index(points: np.ndarray, d: np.ndarray, tol: float = TOL) -> int:
    """Row maximising the smallest gain over the disagreement point (maximin).

    .. math:: \\max_x \\; \\min_i \\left(u_i(x) - d_i\\right)

    >>> egalitarian_index(np.array([[1.0, 0.0], [0.7, 0.3], [0.5, 0.4]]), np.zeros(2))
    2
    """
    index = _pick((points - d).min(axis=1), points, np.ones(len(points), dtype=bool), tol)
    assert index is not None
    return index


def utilitarian_index(points: np.ndarray, d: np.ndarray, tol: float = TOL) -> int:
    """Row maximising the sum of utilities.

    .. math:: \\max_x \\; \\sum_i u_i(x)

    >>> utilitarian_index(np.array([[1.0, 0.0], [0.7, 0.4], [0.5, 0.5]]), np.zeros(2))
    1
    """
    index = _pick(points.sum(axis=1), points, np.ones(len(points), dtype=bool), tol)
    assert index is not None
    return index


#: Solution name → function of (frontier points, disagreement point) → row index or None.
SOLUTIONS: dict[str, Callable[..., int | None]] = {
    "nash": nash_index,
    "kalai_smorodinsky": kalai_smorodinsky_index,
    "egalitarian": egalitarian_index,
    "utilitarian": utilitarian_index,
}


def solve(front: Frontier, tol: float = TOL) -> dict[str, Outcome | None]:
    """Every solution of :data:`SOLUTIONS` on a computed frontier."""
    d = front.space.reservations
    out: dict[str, Outcome | None] = {}
    for name, rule in SOLUTIONS.items():
        k = rule(front.points, d, tol)
        out[name] = None if k is None else front.outcome(k)
    return out


def _solve_case(case: Case, name: str, max_points: int) -> Outcome | None:
    front = frontier(OutcomeSpace.from_case(case), max_points=max_points)
    k = SOLUTIONS[name](front.points, front.space.reservations)
    return None if k is None else front.outcome(k)


def nash(case: Case, *, max_points: int = DEFAULT_MAX_POINTS) -> Outcome | None:
    """The Nash (1950) bargaining solution: the package maximising ``prod(u_i - d_i)``.

    None when no package gives every party more than its reservation value.
    """
    return _solve_case(case, "nash", max_points)


def kalai_smorodinsky(case: Case, *, max_points: int = DEFAULT_MAX_POINTS) -> Outcome | None:
    """The Kalai-Smorodinsky (1975) solution: equal shares of each party's ideal gain.

    None when no package gives every party at least its reservation value.
    """
    return _solve_case(case, "kalai_smorodinsky", max_points)


def egalitarian(case: Case, *, max_points: int = DEFAULT_MAX_POINTS) -> Outcome:
    """The egalitarian (Kalai 1977) solution: the package maximising the smallest gain."""
    out = _solve_case(case, "egalitarian", max_points)
    assert out is not None
    return out


def utilitarian(case: Case, *, max_points: int = DEFAULT_MAX_POINTS) -> Outcome:
    """The utilitarian solution: the package maximising the sum of utilities."""
    out = _solve_case(case, "utilitarian", max_points)
    assert out is not None
    return out
