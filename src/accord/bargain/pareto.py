"""The exact Pareto frontier of a case, built issue by issue.

Enumerating every package and filtering dies near 10^7 outcomes. With additive utilities the
frontier can be built one issue at a time instead: keep the non-dominated partial packages of
the first ``i`` issues, extend each by every option of issue ``i + 1``, and drop the dominated
ones again. Dropping is exact, because if partial package ``p`` is weakly dominated by ``q``,
then ``p`` extended by any options is weakly dominated by ``q`` extended by the same options.
Equal partial utility points are kept once, so the result has one package per distinct
utility point.

Each pruning step is vectorised with numpy: two parties by a sort and a running maximum,
three by a sweep over a staircase (Kung, Luccio & Preparata 1975), more by blocked pairwise
comparison in order of decreasing utility sum.

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b, c]}, {name: y, options: [p, q]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: p}}
...   B: {ideal: {x: c}, values: {y: {p: 0.0, q: 1.0}}}
... ''')
>>> [(o.package["x"] + o.package["y"], o.utilities["A"]) for o in pareto_frontier(case)]
[('ap', 1.0), ('aq', 0.75), ('bq', 0.375), ('cq', 0.0)]

References
----------
H. T. Kung, F. Luccio, F. P. Preparata (1975). On finding the maxima of a set of vectors.
Journal of the ACM 22(4), 469-476.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

from accord.bargain.outcome import Outcome
from accord.bargain.space import OutcomeSpace
from accord.errors import InfeasibleError
from accord.model import Case

__all__ = ["DEFAULT_MAX_POINTS", "Frontier", "frontier", "nondominated", "pareto_frontier"]

#: The largest number of partial packages one merge step may hold before the work is refused.
DEFAULT_MAX_POINTS = 5_000_000


@dataclass(frozen=True, eq=False)
class Frontier:
    """The Pareto-optimal packages of a space, one per distinct utility point.

    ``points[k]`` is the utility vector (one column per party) of the package whose option
    indices are ``choices[k]``. Rows are sorted by the first party's utility, highest first,
    then by the next parties'.
    """

    space: OutcomeSpace
    points: np.ndarray
    choices: np.ndarray

    def __len__(self) -> int:
        return len(self.points)

    @cached_property
    def outcomes(self) -> list[Outcome]:
        """Every frontier package as an :class:`Outcome`."""
        return [self.outcome(k) for k in range(len(self.points))]

    def outcome(self, k: int) -> Outcome:
        """Row ``k`` as an :class:`Outcome`."""
        return Outcome(
            package=self.space.package(self.choices[k]),
            utilities={
                p: float(u) for p, u in zip(self.space.parties, self.points[k], strict=True)
            },
        )


def frontier(
    space: OutcomeSpace,
    *,
    max_points: int = DEFAULT_MAX_POINTS,
    progress: Callable[[int, int], None] | None = None,
) -> Frontier:
    """The exact Pareto frontier of ``space``.

    Parameters
    ----------
    space:
        The outcome space.
    max_points:
        Refuse when a merge step would hold more partial packages than this (for four parties
        or more, whose pruning costs grow with the square of the count: ``max_points // 50``).

    Raises
    ------
    InfeasibleError
        The frontier grows too large to compute exactly within ``max_points``.
    """
    d = len(space.parties)
    points = np.zeros((1, d))
    parents: list[np.ndarray] = []
    options: list[np.ndarray] = []
    n_issues = len(space.issues)
    limit = max_points if d <= 3 else max_points // 50
    for i, full in enumerate(space.contributions):
        # An option dominated within its issue is never needed: its dominator does as well.
        useful = nondominated(full)
        table = full[useful]
        m, k = len(points), len(table)
        if m * k > limit:
            which = "max_points" if d <= 3 else f"max_points / 50 for {d} parties"
            raise InfeasibleError(
                space.origin,
                f"exact Pareto frontier refused: at issue {space.issues[i]!r} ({i + 1} of "
                f"{n_issues}) it would compare {m * k:,} partial packages, above the limit of "
                f"{limit:,} ({which})",
            )
        candidates = (points[:, None, :] + table[None, :, :]).reshape(m * k, d)
        keep = nondominated(candidates)
        points = candidates[keep]
        parents.append(keep // k)
        options.append(useful[keep % k].astype(np.int32))
        if progress is not None:
            progress(i + 1, n_issues)
    order = np.lexsort(tuple(-points[:, j] for j in range(d - 1, -1, -1)))
    points = points[order]
    choices = np.empty((len(points), n_issues), dtype=np.int32)
    rows = order
    for i in range(n_issues - 1, -1, -1):
        choices[:, i] = options[i][rows]
        rows = parents[i][rows]
    return Frontier(space=space, points=points, choices=choices)


def pareto_frontier(case: Case, *, max_points: int = DEFAULT_MAX_POINTS) -> list[Outcome]:
    """Every Pareto-optimal package of ``case``, one per distinct utility point.

    A package is Pareto-optimal when no other package gives every party at least as much and
    some party more. Sorted by the first party's utility, highest first.
    """
    return frontier(OutcomeSpace.from_case(case), max_points=max_points).outcomes


#: Utilities are compared to this many decimal places (rounding noise of sums lies far below).
DECIMALS = 12


def nondominated(points: np.ndarray) -> np.ndarray:
    """Indices (ascending) of the rows of ``points`` no other row weakly dominates.

    Row ``q`` weakly dominates row ``p`` when ``q >= p`` in every column; of equal rows the
    first is kept. Rows are compared after rounding to :data:`DECIMALS` places, so sums that
    differ only by floating-point rounding (``0.1 + 0.2`` and ``0.3``) count as equal.

    >>> nondominated(np.array([[1.0, 0.0], [0.5, 0.5], [0.4, 0.5], [0.5, 0.5], [0.0, 1.0]]))
    array([0, 1, 4])
    >>> nondominated(np.array([[1.0, 0, 0], [0, 1, 0], [0, 0, 1], [0, 0.5, 0.5], [0, 0.4, 0.5]]))
    array([0, 1, 2, 3])
    """
    points = np.round(points, DECIMALS)
    n, d = points.shape
    if n <= 1:
        return np.arange(n)
    if d == 1:
        return np.array([int(np.argmax(points[:, 0]))])
    if d == 2:
        return _nondominated2(points)
    if d == 3:
        return _nondominated3(points)
    return _nondominated_blocked(points)


def _lex_desc(points: np.ndarray) -> np.ndarray:
    """Order of rows by column 0 descending, then column 1 ..., then index ascending."""
    keys = (
        np.arange(len(points)),
        *tuple(-points[:, j] for j in range(points.shape[1] - 1, -1, -1)),
    )
    return np.lexsort(keys)


def _nondominated2(points: np.ndarray) -> np.ndarray:
    order = _lex_desc(points)
    y = points[order, 1]
    best_before = np.empty_like(y)
    best_before[0] = -np.inf
    np.maximum.accumulate(y[:-1], out=best_before[1:])
    return np.sort(order[y > best_before])


def _nondominated3(points: np.ndarray) -> np.ndarray:
    """Kung's sweep: in order of decreasing x, keep a point unless an earlier one covers (y, z)."""
    order = _lex_desc(points)
    ys_all = points[order, 1].tolist()
    zs_all = points[order, 2].tolist()
    # Staircase of kept (y, z): y ascending, z strictly descending.
    ys: list[float] = []
    zs: list[float] = []
    kept = []
    for idx, y, z in zip(order.tolist(), ys_all, zs_all, strict=True):
        pos = bisect.bisect_left(ys, y)
        if pos < len(ys) and zs[pos] >= z:
            continue
        kept.append(idx)
        # Drop the staircase points this one covers: y' <= y and z' <= z, just before pos.
        start = pos
        while start > 0 and zs[start - 1] <= z:
            start -= 1
        if pos < len(ys) and ys[pos] == y:
            pos += 1  # same y, lower z: covered too
        ys[start:pos] = [y]
        zs[start:pos] = [z]
    return np.sort(np.array(kept, dtype=np.int64))


def _nondominated_blocked(points: np.ndarray, block: int = 512, chunk: int = 4096) -> np.ndarray:
    """Any dimension: rows in order of decreasing sum, each checked against the kept ones.

    A row's dominators all come before it in this order (a dominator has a sum at least as large
    and, if equal, is lexicographically larger), so checking earlier rows is enough; checking only
    kept ones is enough because domination is transitive. Kept rows are scanned in chunks,
    strongest first, and a row stops being checked once it is covered, so dominated rows (most
    of them) cost little.
    """
    n, d = points.shape
    total = points.sum(axis=1)
    keys = (np.arange(n), *(-points[:, j] for j in range(d - 1, -1, -1)))
    order = np.lexsort((*keys, -total))
    ordered = points[order]
    kept_rows = np.empty((n, d))
    n_kept = 0
    kept: list[np.ndarray] = []
    for start in range(0, n, block):
        rows = ordered[start : start + block]
        alive = np.arange(len(rows))
        for lo in range(0, n_kept, chunk):
            if not len(alive):
                break
            against = kept_rows[lo : min(n_kept, lo + chunk)]
            covered = (against[None, :, :] >= rows[alive][:, None, :]).all(axis=2).any(axis=1)
            alive = alive[~covered]
        if len(alive):
            sub = rows[alive]
            inner = (sub[None, :, :] >= sub[:, None, :]).all(axis=2)
            alive = alive[~np.tril(inner, -1).any(axis=1)]
        kept_rows[n_kept : n_kept + len(alive)] = rows[alive]
        n_kept += len(alive)
        kept.append(order[start : start + block][alive])
    return np.sort(np.concatenate(kept))
