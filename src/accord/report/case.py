"""A bargaining case ready to render: saliences, the frontier plot, solutions and trades.

Saliences (the parties' issue weights) can be overridden, as the web page's sliders do; the
analysis is :func:`accord.bargain.analyse` on the changed case.

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, m, b]}, {name: y, options: [a, m, b]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: a}}
...   B: {weights: {x: 1, y: 3}, ideal: {x: b, y: b}}
... ''')
>>> view = case_view(case)
>>> view.report.solutions["nash"].package
{'x': 'a', 'y': 'b'}
>>> case_view(case, {("A", "y"): 3.0}).weights[("A", "y")]
3.0
>>> "<svg" in view.plot
True
"""

from __future__ import annotations

import itertools
import random
from collections.abc import Mapping
from dataclasses import dataclass

from markupsafe import Markup

from accord.model import Case
from accord.report.svg import frontier_plot

#: Spaces up to this many packages are plotted whole; larger ones by a seeded sample.
MAX_PLOTTED = 4000


@dataclass(frozen=True)
class CaseView:
    case: Case
    report: object
    weights: dict[tuple[str, str], float]
    weighted: list[tuple[str, str]]
    axes: tuple[str, str]
    plot: Markup
    sampled: bool


def with_weights(case: Case, weights: Mapping[tuple[str, str], float]) -> Case:
    """A copy of ``case`` where ``weights[(party, issue)]`` replaces that salience."""
    prefs = {name: pref.model_copy(deep=True) for name, pref in case.preferences.items()}
    for (party, issue), w in weights.items():
        if party in prefs and any(i.name == issue for i in case.issues):
            prefs[party].weights[issue] = float(w)
    return case.model_copy(update={"preferences": prefs})


def _points(space: object, axes: tuple[int, int], seed: int = 0) -> tuple[list, bool]:
    ranges = [range(len(o)) for o in space.options]
    if space.size <= MAX_PLOTTED:
        combos = itertools.product(*ranges)
        sampled = False
    else:
        rng = random.Random(seed)
        combos = (tuple(rng.randrange(len(r)) for r in ranges) for _ in range(MAX_PLOTTED))
        sampled = True
    pts = []
    for combo in combos:
        u = space.point(combo)
        pts.append((float(u[axes[0]]), float(u[axes[1]])))
    return pts, sampled


def case_view(
    case: Case,
    weights: Mapping[tuple[str, str], float] | None = None,
    axes: tuple[str, str] | None = None,
) -> CaseView:
    """Analyse ``case`` with the salience overrides ``weights`` and draw two parties' utilities.

    Raises :class:`accord.errors.CaseError` (bad case) or
    :class:`accord.errors.InfeasibleError` (a frontier too large to compute exactly).
    """
    from accord.bargain import analyse
    from accord.bargain.space import OutcomeSpace, option_values

    changed = with_weights(case, weights or {})
    space = OutcomeSpace.from_case(changed)
    report = analyse(space)
    parties = list(space.parties)
    if axes is None or axes[0] not in parties or axes[1] not in parties or axes[0] == axes[1]:
        axes = (parties[0], parties[1])
    ix = (parties.index(axes[0]), parties.index(axes[1]))
    points, sampled = _points(space, ix)
    front = [(o.utilities[axes[0]], o.utilities[axes[1]]) for o in report.frontier]
    sols = {
        name: (o.utilities[axes[0]], o.utilities[axes[1]])
        for name, o in report.solutions.items()
        if o is not None
    }
    reservations = {p.name: p.reservation for p in changed.parties}
    plot = frontier_plot(
        points,
        front,
        sols,
        labels=axes,
        disagreement=(reservations.get(axes[0], 0.0), reservations.get(axes[1], 0.0)),
        title=f"{changed.name}: outcomes and Pareto frontier",
    )
    current: dict[tuple[str, str], float] = {}
    weighted: list[tuple[str, str]] = []
    for party in parties:
        pref = changed.preferences[party]
        for issue in changed.issues:
            current[(party, issue.name)] = float(pref.weights.get(issue.name, 1.0))
            if option_values(issue, pref) is not None:
                weighted.append((party, issue.name))
    return CaseView(changed, report, current, weighted, axes, plot, sampled)


__all__ = ["MAX_PLOTTED", "CaseView", "case_view", "with_weights"]
