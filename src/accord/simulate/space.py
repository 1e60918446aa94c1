"""The negotiation space a simulation runs in: every package, each party's utility of it.

This module is the only place where :mod:`accord.simulate` meets the bargaining engine
(:mod:`accord.bargain`): protocols and strategies see a :class:`NegotiationSpace` made of plain
arrays (packages by index, a utility matrix, the reservation values, the Pareto frontier and the
Nash point), never a :class:`~accord.model.Case`.
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

from accord.errors import InfeasibleError
from accord.model import Case

if TYPE_CHECKING:
    from accord.bargain import OutcomeSpace

#: Largest outcome space a simulation enumerates (strategies pick offers from every package).
MAX_OUTCOMES = 200_000

UtilityFn = Callable[[dict[str, str]], dict[str, float]]


@dataclass(frozen=True)
class NegotiationSpace:
    """Packages by index, each party's utility of each, and the reference points.

    Attributes
    ----------
    parties : list of str
        Party names, in turn order.
    issues : list of str
        Issue names; a package assigns one option to each.
    options : list of list of str
        The options of each issue, in the case's order.
    codes : numpy.ndarray
        ``codes[k, i]`` is the option index of issue ``i`` in package ``k`` (shape n × issues).
    utils : numpy.ndarray
        ``utils[k, p]`` is party ``p``'s utility of package ``k`` (shape n × parties).
    reservations : list of float
        Each party's utility of no deal.
    frontier : list of int
        Indices of the Pareto-optimal packages (one per distinct utility point).
    nash : int or None
        Index of the Nash bargaining solution, None when no package is individually rational.
    name : str
        The case's name.

    Examples
    --------
    >>> def u(p):
    ...     return {"A": float(p["x"] == "a"), "B": float(p["x"] == "b")}
    >>> space = NegotiationSpace.from_utilities(
    ...     ["A", "B"], {"x": ["a", "b"]}, u, frontier=[{"x": "a"}, {"x": "b"}], nash=None)
    >>> space.package(1), space.utility_of(1)
    ({'x': 'b'}, {'A': 0.0, 'B': 1.0})
    """

    parties: list[str]
    issues: list[str]
    options: list[list[str]]
    codes: np.ndarray
    utils: np.ndarray
    reservations: list[float]
    frontier: list[int]
    nash: int | None
    name: str = "case"

    # -- construction ---------------------------------------------------------------------

    @classmethod
    def from_case(cls, case: Case, *, max_outcomes: int = MAX_OUTCOMES) -> NegotiationSpace:
        """Build the space of ``case`` from the bargaining engine (see :meth:`from_outcomes`).

        Raises
        ------
        CaseError
            The case is not a valid bargaining case (from the engine).
        InfeasibleError
            The case has more than ``max_outcomes`` packages.
        """
        from accord import bargain

        return cls.from_outcomes(bargain.OutcomeSpace.from_case(case), max_outcomes=max_outcomes)

    @classmethod
    def from_outcomes(
        cls, outcomes: OutcomeSpace, *, max_outcomes: int = MAX_OUTCOMES
    ) -> NegotiationSpace:
        """Build a space from the bargaining engine's :class:`~accord.bargain.OutcomeSpace`.

        Utilities are the engine's (the sum of each issue's contribution, as
        :func:`accord.bargain.utilities` gives them), the frontier is
        :func:`accord.bargain.frontier` and the Nash point that of :func:`accord.bargain.solve`,
        so a simulation and ``accord bargain`` agree on all three. Works as well for the spaces
        the engine reads from GENIUS and GeniusWeb files.

        Raises
        ------
        InfeasibleError
            The space has more than ``max_outcomes`` packages.
        """
        from accord import bargain

        counts = [len(o) for o in outcomes.options]
        _check_size(outcomes.name, counts, max_outcomes)
        codes = _enumerate(counts)
        utils = np.zeros((len(codes), len(outcomes.parties)))
        for i, table in enumerate(outcomes.contributions):
            utils += np.asarray(table, dtype=float)[codes[:, i]]
        front = bargain.frontier(outcomes)
        nash = bargain.solve(front)["nash"]
        return cls._build(
            list(outcomes.parties),
            {n: list(o) for n, o in zip(outcomes.issues, outcomes.options, strict=True)},
            codes,
            utils,
            [float(r) for r in outcomes.reservations],
            [outcomes.package(c) for c in front.choices],
            None if nash is None else nash.package,
            outcomes.name,
        )

    @classmethod
    def from_utilities(
        cls,
        parties: Sequence[str],
        issues: dict[str, list[str]],
        utility: UtilityFn,
        *,
        frontier: Sequence[dict[str, str]],
        nash: dict[str, str] | None,
        reservations: Sequence[float] | None = None,
        name: str = "case",
        max_outcomes: int = MAX_OUTCOMES,
    ) -> NegotiationSpace:
        """Build a space from a utility function over packages.

        ``frontier`` lists the Pareto-optimal packages and ``nash`` is the Nash solution's
        package (None when no package is individually rational); :meth:`from_case` takes both
        from the bargaining engine.
        """
        if not parties or not issues:
            raise InfeasibleError(name, "a simulation needs at least one party and one issue")
        names = list(issues)
        _check_size(name, [len(issues[n]) for n in names], max_outcomes)
        codes = _enumerate([len(issues[n]) for n in names])
        utils = np.empty((len(codes), len(parties)), dtype=float)
        for k, row in enumerate(codes):
            u = utility({n: issues[n][c] for n, c in zip(names, row, strict=True)})
            utils[k] = [u[p] for p in parties]
        res = [0.0] * len(parties) if reservations is None else reservations
        return cls._build(list(parties), issues, codes, utils, res, frontier, nash, name)

    @classmethod
    def _build(
        cls,
        parties: list[str],
        issues: dict[str, list[str]],
        codes: np.ndarray,
        utils: np.ndarray,
        reservations: Sequence[float],
        frontier: Sequence[dict[str, str]],
        nash: dict[str, str] | None,
        name: str,
    ) -> NegotiationSpace:
        names = list(issues)
        options = [list(issues[n]) for n in names]
        res = [float(r) for r in reservations]
        space = cls(parties, names, options, codes, utils, res, [], None, name)
        front = [space.index_of(p) for p in frontier]
        object.__setattr__(space, "frontier", _distinct_points(utils, front))
        object.__setattr__(space, "nash", None if nash is None else space.index_of(nash))
        return space

    # -- lookups ----------------------------------------------------------------------------

    @property
    def size(self) -> int:
        """The number of packages."""
        return int(self.codes.shape[0])

    def package(self, k: int) -> dict[str, str]:
        """The package at index ``k`` as ``{issue: option}``."""
        row = self.codes[k]
        return {n: self.options[i][int(row[i])] for i, n in enumerate(self.issues)}

    def index_of(self, package: dict[str, str]) -> int:
        """The index of ``package`` (a ``{issue: option}`` mapping)."""
        k = 0
        for i, n in enumerate(self.issues):  # packages are enumerated last issue fastest
            k = k * len(self.options[i]) + self.options[i].index(package[n])
        return k

    def utility_of(self, k: int) -> dict[str, float]:
        """Each party's utility of package ``k``."""
        return {p: float(self.utils[k, j]) for j, p in enumerate(self.parties)}

    def best_utility(self, party: int) -> float:
        """The highest utility ``party`` can get from any package."""
        return float(self.utils[:, party].max())

    # -- metrics ----------------------------------------------------------------------------

    def distance_to_frontier(self, point: Sequence[float]) -> float:
        """Euclidean distance in utility space from ``point`` to the nearest frontier package.

        Zero for a Pareto-optimal package; the measure GENIUS reports as "distance to Pareto"
        (Baarslag et al., *Evaluating practical negotiating agents*, Artificial Intelligence
        198, 2013).
        """
        front = self.utils[self.frontier]
        return float(np.sqrt(((front - np.asarray(point)) ** 2).sum(axis=1)).min())

    def distance_to_nash(self, point: Sequence[float]) -> float | None:
        """Euclidean distance in utility space from ``point`` to the Nash solution."""
        if self.nash is None:
            return None
        return float(np.sqrt(((self.utils[self.nash] - np.asarray(point)) ** 2).sum()))


def _check_size(name: str, counts: Sequence[int], max_outcomes: int) -> None:
    size = math.prod(counts)
    if size > max_outcomes:
        raise InfeasibleError(
            name, f"{size:,} possible packages; a simulation enumerates at most {max_outcomes:,}"
        )


def _enumerate(counts: Sequence[int]) -> np.ndarray:
    """Every combination of option indices, the last issue varying fastest."""
    return np.array(list(itertools.product(*(range(c) for c in counts))), dtype=np.int32).reshape(
        -1, len(counts)
    )


def _distinct_points(utils: np.ndarray, indices: Sequence[int]) -> list[int]:
    """Keep the first package of each distinct utility point, in index order."""
    seen: set[tuple[float, ...]] = set()
    out = []
    for k in sorted(indices):
        key = tuple(round(float(x), 12) for x in utils[k])
        if key not in seen:
            seen.add(key)
            out.append(int(k))
    return out
