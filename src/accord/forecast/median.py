"""The weighted median: the position that no weighted majority prefers another position to.

On one issue with actors who prefer positions nearer their own (single-peaked, symmetric
preferences), the position :math:`m` with at most half the weight strictly on either side,

.. math::

    \\sum_{i: x_i < m} w_i \\le \\tfrac12 \\sum_i w_i \\quad\\text{and}\\quad
    \\sum_{i: x_i > m} w_i \\le \\tfrac12 \\sum_i w_i, \\qquad w_i = c_i s_i,

beats or ties every other position in a weighted majority vote (Black 1948, the median voter
theorem). When the weight splits exactly in half between two neighbouring positions every point
between them is unbeaten; this function returns the midpoint of that interval so that the result
does not depend on the order of the actors.
"""

from __future__ import annotations

from collections.abc import Sequence


def weighted_median(
    positions: Sequence[float], capabilities: Sequence[float], saliences: Sequence[float]
) -> float:
    """The position a weighted (capability × salience) majority cannot beat.

    Parameters
    ----------
    positions, capabilities, saliences
        One value per actor, in the same order.

    Returns
    -------
    float
        The weighted median. With every weight zero, the unweighted median.

    Raises
    ------
    ValueError
        If the sequences are empty or of different lengths.

    Examples
    --------
    >>> weighted_median([10.0, 50.0, 90.0], [1.0, 1.0, 1.0], [1.0, 1.0, 1.0])
    50.0
    >>> weighted_median([10.0, 50.0, 90.0], [3.0, 1.0, 1.0], [1.0, 1.0, 1.0])
    10.0
    >>> weighted_median([0.0, 100.0], [1.0, 1.0], [1.0, 1.0])
    50.0

    References
    ----------
    Black, D. (1948). On the rationale of group decision-making. *Journal of Political
    Economy* 56(1), 23–34.
    """
    n = len(positions)
    if n == 0 or len(capabilities) != n or len(saliences) != n:
        raise ValueError("positions, capabilities and saliences need one value per actor")
    weights = [float(c) * float(s) for c, s in zip(capabilities, saliences, strict=True)]
    if sum(weights) <= 0.0:
        weights = [1.0] * n
    pooled: dict[float, float] = {}
    for x, w in zip(positions, weights, strict=True):
        pooled[float(x)] = pooled.get(float(x), 0.0) + w
    points = sorted(pooled)
    total = sum(pooled.values())
    half = total / 2.0
    below = 0.0
    for k, x in enumerate(points):
        below += pooled[x]
        if below > half * (1 + 1e-12):
            return x
        if abs(below - half) <= 1e-12 * total and k + 1 < len(points):
            return (x + points[k + 1]) / 2.0
    return points[-1]
