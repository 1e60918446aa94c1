"""Bargaining: outcome spaces, the exact Pareto frontier, solutions, zones, trades, file formats.

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b, c]}]
... preferences: {A: {ideal: {x: a}}, B: {ideal: {x: c}}}
... ''')
>>> utilities(case, {"x": "b"})
{'A': 0.5, 'B': 0.5}
>>> nash(case).package
{'x': 'b'}
"""

from __future__ import annotations

from collections.abc import Mapping

from accord.bargain.improve import Improvement, Improvements, improvements, parse_package
from accord.bargain.outcome import Outcome
from accord.bargain.pareto import Frontier, frontier, nondominated, pareto_frontier
from accord.bargain.report import BargainReport, analyse
from accord.bargain.solutions import egalitarian, kalai_smorodinsky, nash, solve, utilitarian
from accord.bargain.space import OutcomeSpace, option_values
from accord.bargain.trades import Trade, compromise, trades
from accord.bargain.zopa import Zopa, zopa
from accord.model import Case

__all__ = [
    "BargainReport",
    "Frontier",
    "Improvement",
    "Improvements",
    "Outcome",
    "OutcomeSpace",
    "Trade",
    "Zopa",
    "analyse",
    "compromise",
    "egalitarian",
    "frontier",
    "improvements",
    "kalai_smorodinsky",
    "nash",
    "nondominated",
    "option_values",
    "pareto_frontier",
    "parse_package",
    "solve",
    "trades",
    "utilitarian",
    "utilities",
    "zopa",
]


def utilities(case: Case, package: Mapping[str, str]) -> dict[str, float]:
    """Each party's utility (native float) of ``package`` ``{issue: option}`` in ``case``."""
    return OutcomeSpace.from_case(case).utilities(package)
