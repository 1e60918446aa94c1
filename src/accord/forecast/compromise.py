"""The compromise model: the capability × salience weighted mean of positions.

.. math::

    \\hat x = \\frac{\\sum_i c_i s_i x_i}{\\sum_i c_i s_i}

Each actor pulls the outcome toward its position in proportion to the resources it can bring
to bear (capability :math:`c_i`) times how much it cares (salience :math:`s_i`). This is the
"mean voter" position of Bueno de Mesquita (1994) and the compromise model of Achen (2006) in
Thomson et al., *The European Union Decides*, Cambridge University Press, ch. 4.
"""

from __future__ import annotations

from collections.abc import Sequence


def compromise(
    positions: Sequence[float], capabilities: Sequence[float], saliences: Sequence[float]
) -> float:
    """Weighted mean of ``positions`` with weights ``capability × salience``.

    Parameters
    ----------
    positions, capabilities, saliences
        One value per actor, in the same order. Capabilities and saliences are non-negative.

    Returns
    -------
    float
        The forecast outcome. When every weight is zero the plain mean of the positions.

    Raises
    ------
    ValueError
        If the sequences are empty or of different lengths.

    Examples
    --------
    >>> compromise([0.0, 100.0], [1.0, 3.0], [1.0, 1.0])
    75.0
    >>> compromise([20.0, 60.0], [2.0, 1.0], [0.5, 1.0])
    40.0

    References
    ----------
    Bueno de Mesquita, B. (1994). Political forecasting: an expected utility method. In
    Stokman, F. & Bueno de Mesquita, B. (eds), *European Community Decision Making*, Yale UP.
    """
    n = len(positions)
    if n == 0 or len(capabilities) != n or len(saliences) != n:
        raise ValueError("positions, capabilities and saliences need one value per actor")
    weights = [float(c) * float(s) for c, s in zip(capabilities, saliences, strict=True)]
    total = sum(weights)
    if total <= 0.0:
        return float(sum(float(x) for x in positions) / n)
    mean = sum(w * float(x) for w, x in zip(weights, positions, strict=True)) / total
    # Rounding can put a mean of identical positions one ulp outside them: clamp.
    return float(min(max(mean, min(positions)), max(positions)))
