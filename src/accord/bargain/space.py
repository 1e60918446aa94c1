"""The outcome space of a case: every package of options, and each party's additive utility.

A package picks one option per issue. Party ``p``'s utility of package ``x`` is

.. math:: u_p(x) = \\sum_i \\frac{w_{p,i}}{\\sum_j w_{p,j}} \\, v_{p,i}(x_i)

where ``w`` are the party's weights (saliences; 1 where not given) over the issues it cares about
and ``v`` its option values in 0..1. Values come from ``values`` directly, or from an ``ideal``
option: 1 at the ideal, falling off linearly with the distance along an ordered issue
(``1 - |k - k*| / (n - 1)`` for the ``k``-th of ``n`` options), and 0 off the ideal of an
unordered one. An issue with neither is indifferent to the party. This is the linear additive
utility of GENIUS (Lin et al. 2014), where option values are evaluations divided by the largest
evaluation of their issue.

>>> from accord.cases import parse_case
>>> case = parse_case('''
... parties: [{name: A}, {name: B}]
... issues: [{name: x, options: [a, b, c]}, {name: y, options: [p, q]}]
... preferences:
...   A: {weights: {x: 3, y: 1}, ideal: {x: a, y: p}}
...   B: {ideal: {x: c}, values: {y: {p: 0.0, q: 1.0}}}
... ''')
>>> space = OutcomeSpace.from_case(case)
>>> space.size, space.parties
(6, ('A', 'B'))
>>> space.utilities({"x": "b", "y": "q"})
{'A': 0.375, 'B': 0.75}

References
----------
R. Lin, S. Kraus, T. Baarslag, D. Tykhonov, K. Hindriks, C. M. Jonker (2014). Genius: an
integrated environment for supporting the design of generic automated negotiators.
Computational Intelligence 30(1), 48-70.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from accord.errors import CaseError
from accord.model import Case, CaseIssue, Preference

__all__ = ["OutcomeSpace", "option_values"]


def option_values(issue: CaseIssue, pref: Preference) -> list[float] | None:
    """A party's value (0..1) of each option of ``issue``, or None if it is indifferent.

    >>> from accord.model import CaseIssue, Preference
    >>> issue = CaseIssue(name="x", options=["a", "b", "c", "d", "e"])
    >>> option_values(issue, Preference(ideal={"x": "b"}))
    [0.75, 1.0, 0.75, 0.5, 0.25]
    >>> option_values(issue.model_copy(update={"ordered": False}), Preference(ideal={"x": "b"}))
    [0.0, 1.0, 0.0, 0.0, 0.0]
    >>> option_values(issue, Preference()) is None
    True
    """
    if issue.name in pref.values:
        given = pref.values[issue.name]
        return [float(given.get(o, 0.0)) for o in issue.options]
    if issue.name in pref.ideal:
        best = issue.options.index(pref.ideal[issue.name])
        n = len(issue.options)
        if not issue.ordered:
            return [1.0 if k == best else 0.0 for k in range(n)]
        if n == 1:
            return [1.0]
        return [1.0 - abs(k - best) / (n - 1) for k in range(n)]
    return None


def _listing(names: Sequence[str]) -> str:
    """Names joined by commas, quoted when one of them holds a comma."""
    if any("," in n for n in names):
        return ", ".join(repr(n) for n in names)
    return ", ".join(names)


@dataclass(frozen=True, eq=False)
class OutcomeSpace:
    """Issues × options with each party's per-issue utility contributions.

    Attributes
    ----------
    parties, issues:
        Names, in case order.
    options:
        ``options[i]`` lists the options of issue ``i``.
    contributions:
        ``contributions[i]`` is an array of shape ``(len(options[i]), len(parties))``: the weighted
        value each option of issue ``i`` adds to each party's utility. A package's utilities are
        the sum of one row per issue.
    reservations:
        Each party's utility of no deal, shape ``(len(parties),)``.
    name:
        The case's name.
    source:
        The file it came from, named in error messages (the name when None).
    """

    parties: tuple[str, ...]
    issues: tuple[str, ...]
    options: tuple[tuple[str, ...], ...]
    contributions: tuple[np.ndarray, ...]
    reservations: np.ndarray
    name: str = "case"
    source: str | None = None

    @property
    def origin(self) -> str:
        """What error messages name: the source file, or else the case's name."""
        return self.source or self.name

    @classmethod
    def from_case(cls, case: Case) -> OutcomeSpace:
        """Build the space of ``case``.

        Raises
        ------
        CaseError
            Fewer than two parties, no issues, a party without preferences, or a party whose
            weights are all zero.
        """
        from accord.cases import validate_case

        validate_case(case, source=case.name)
        if len(case.parties) < 2:
            raise CaseError(case.name, "bargaining needs at least two parties")
        if not case.issues:
            raise CaseError(case.name, "bargaining needs at least one issue")
        parties = tuple(p.name for p in case.parties)
        n_parties = len(parties)
        table = [np.zeros((len(i.options), n_parties)) for i in case.issues]
        for p, party in enumerate(parties):
            pref = case.preferences.get(party)
            if pref is None:
                raise CaseError(case.name, f"party {party!r} has no preferences")
            values = [option_values(issue, pref) for issue in case.issues]
            weights = [
                float(pref.weights.get(issue.name, 1.0)) if v is not None else 0.0
                for issue, v in zip(case.issues, values, strict=True)
            ]
            total = math.fsum(weights)
            if total <= 0.0:
                raise CaseError(case.name, f"party {party!r} cares about no issue (all weights 0)")
            for i, v in enumerate(values):
                if v is not None:
                    table[i][:, p] = (weights[i] / total) * np.asarray(v, dtype=float)
        return cls(
            parties=parties,
            issues=tuple(i.name for i in case.issues),
            options=tuple(tuple(i.options) for i in case.issues),
            contributions=tuple(table),
            reservations=np.array([p.reservation for p in case.parties], dtype=float),
            name=case.name,
        )

    @property
    def size(self) -> int:
        """The number of packages (outcomes): the product of the issues' option counts."""
        return math.prod(len(o) for o in self.options)

    def indices(self, package: Mapping[str, str]) -> tuple[int, ...]:
        """The option index per issue of ``package`` (one option named for every issue).

        Raises
        ------
        CaseError
            An issue is missing or unknown, or an option is not one of its issue's.
        """
        unknown = [k for k in package if k not in self.issues]
        if unknown:
            raise CaseError(self.origin, f"package names unknown issue {unknown[0]!r}")
        out = []
        for issue, options in zip(self.issues, self.options, strict=True):
            if issue not in package:
                raise CaseError(self.origin, f"package gives no option for issue {issue!r}")
            option = package[issue]
            if option not in options:
                raise CaseError(
                    self.origin,
                    f"package: {option!r} is not an option of issue {issue!r} "
                    f"(options: {_listing(options)})",
                )
            out.append(options.index(option))
        return tuple(out)

    def package(self, indices: Sequence[int]) -> dict[str, str]:
        """The package ``{issue: option}`` of option indices."""
        return {
            issue: options[int(k)]
            for issue, options, k in zip(self.issues, self.options, indices, strict=True)
        }

    def point(self, indices: Sequence[int]) -> np.ndarray:
        """Utility vector of a package given by option indices, summed in issue order."""
        total = np.zeros(len(self.parties))
        for table, k in zip(self.contributions, indices, strict=True):
            total = total + table[int(k)]
        return total

    def utilities(self, package: Mapping[str, str]) -> dict[str, float]:
        """Each party's utility of ``package``, as native floats."""
        point = self.point(self.indices(package))
        return {p: float(u) for p, u in zip(self.parties, point, strict=True)}
