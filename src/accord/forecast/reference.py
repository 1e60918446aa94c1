"""Slow, obviously correct versions of the forecast models, to test the fast ones against.

Plain Python loops written straight from the equations in :mod:`accord.forecast.eum`,
:mod:`accord.forecast.compromise` and :mod:`accord.forecast.median`; no numpy.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence


def compromise_reference(
    positions: Sequence[float], capabilities: Sequence[float], saliences: Sequence[float]
) -> float:
    """Weighted mean, term by term.

    >>> compromise_reference([0.0, 10.0], [1.0, 1.0], [1.0, 3.0])
    7.5
    """
    num = den = 0.0
    for x, c, s in zip(positions, capabilities, saliences, strict=True):
        num += c * s * x
        den += c * s
    return num / den if den > 0 else sum(positions) / len(positions)


def unbeaten_positions(
    positions: Sequence[float], capabilities: Sequence[float], saliences: Sequence[float]
) -> list[float]:
    """Actor positions that no other position (of actors, or midpoint) beats by weighted majority.

    >>> unbeaten_positions([0.0, 5.0, 9.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0])
    [5.0]
    """
    pts = sorted(set(positions))
    candidates = pts + [(a + b) / 2 for a, b in itertools.pairwise(pts)]
    weights = [c * s for c, s in zip(capabilities, saliences, strict=True)]
    if sum(weights) <= 0:
        weights = [1.0] * len(positions)

    def beats(b: float, a: float) -> bool:
        pro = sum(w for x, w in zip(positions, weights, strict=True) if abs(x - b) < abs(x - a))
        con = sum(w for x, w in zip(positions, weights, strict=True) if abs(x - a) < abs(x - b))
        return pro > con + 1e-12

    return [a for a in candidates if not any(beats(b, a) for b in candidates)]


def _utility(dist: float, r: float, sign: float) -> float:
    return 2.0 - 4.0 * (0.5 + sign * 0.5 * dist) ** r


def eum_round_reference(
    positions: Sequence[float],
    capabilities: Sequence[float],
    saliences: Sequence[float],
    width: float,
    median: float,
    q: float = 1.0,
    t: float = 1.0,
) -> list[float]:
    """One round of the expected utility model, pair by pair, as the equations read.

    >>> eum_round_reference([4.0, 10.0], [1.0, 1.0], [1.0, 1.0], 6.0, 7.0)
    [4.0, 10.0]
    """
    x, c, s = list(positions), list(capabilities), list(saliences)
    n = len(x)

    def prob(i: int, j: int) -> float:
        votes = [c[k] * s[k] * (abs(x[k] - x[j]) - abs(x[k] - x[i])) for k in range(n)]
        den = sum(abs(v) for v in votes)
        return sum(v for v in votes if v > 0) / den if den > 0 else 0.5

    def eu(i: int, j: int, r: float) -> float:
        d = abs(x[i] - x[j]) / width
        m = abs(x[i] - median) / width
        us, uf = _utility(d, r, -1.0), _utility(d, r, 1.0)
        usq = 2.0 - 4.0 * 0.5**r
        ub = 2.0 - 4.0 * max(0.5 - 0.25 * (m + d), 0.0) ** r
        uw = 2.0 - 4.0 * (0.5 + 0.25 * (m + d)) ** r
        p = prob(i, j)
        return (
            s[j] * (p * us + (1 - p) * uf)
            + (1 - s[j]) * us
            - q * usq
            - (1 - q) * (t * ub + (1 - t) * uw)
        )

    exposure = [sum(eu(j, i, 1.0) for j in range(n) if j != i) for i in range(n)]
    hi, lo = max(exposure), min(exposure)
    if hi - lo <= 1e-15 * max(1.0, abs(hi)):
        risk = [1.0] * n
    else:
        big = [(2 * e - hi - lo) / (hi - lo) for e in exposure]
        risk = [(1 - b / 3) / (1 + b / 3) for b in big]
    new = list(x)
    for j in range(n):
        best: tuple[float, float, int, float] | None = None
        for i in range(n):
            if i == j or x[i] == x[j]:
                continue
            a = eu(i, j, risk[i])
            b = eu(j, i, risk[i])
            if a <= 0:
                continue
            if b > 0 and a > b:
                target = x[i]
            elif b < 0 and a >= abs(b):
                target = x[j] + (x[i] - x[j]) * abs(b) / a
            elif b < 0:
                target = x[i]
            else:
                continue
            if target == x[j]:
                continue
            key = (abs(target - x[j]), -a, i, target)
            if best is None or key[:3] < best[:3]:
                best = key
        if best is not None:
            new[j] = best[3]
    return new
