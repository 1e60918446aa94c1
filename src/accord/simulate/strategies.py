"""Negotiation strategies: what a party offers at each turn. Each is registered by name.

A strategy sets a *target utility* for itself at each turn and offers a package that meets it:

- time-based concession (``boulware``, ``linear``, ``conceder``, ``hardliner``), after Faratin,
  Sierra and Jennings: the target falls from the party's best utility to its reservation value
  as the deadline nears,

  .. math:: u(t) = u_{max} - (u_{max} - r)\\, t^{1/e},

  with ``t`` the relative time in [0, 1]. Boulware (``e < 1``) holds firm until late, linear
  (``e = 1``) concedes evenly, a conceder (``e > 1``) gives ground early; the hardliner
  (``e = 0``) never concedes.
- relative tit-for-tat (``tit-for-tat``): the party concedes the same share of its range that its
  opponents have conceded of theirs (Faratin et al.'s relative tit-for-tat, in utility space),
  plus a small ``kindness`` step so that two tit-for-tat parties do not wait on each other
  forever (the "nice" variant of Baarslag, Hindriks and Jonker).
- Pareto concession (``pareto``): offers only packages on the exact Pareto frontier from the
  bargaining engine, conceding along it on the linear time-based schedule.

Every strategy walks away (returns None) when no package is worth its reservation value. Among
the packages that meet a target, a time-based or tit-for-tat party offers one whose utility is
within ``tol`` of the lowest that meets it, preferring the one that agrees with the opponents'
latest offers on most issues (it moves toward them), then the one closest to its target, then
a draw from the seeded generator.

References
----------
Faratin, P., Sierra, C. and Jennings, N. R. (1998). Negotiation decision functions for autonomous
agents. *Robotics and Autonomous Systems* 24(3–4), 159–182.
Baarslag, T., Hindriks, K. and Jonker, C. (2013). A tit for tat negotiation strategy for
real-time bilateral negotiations. In *Complex Automated Negotiations: Theories, Models, and
Software Competitions*, SCI 435, 229–233. Springer.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from typing import ClassVar

import numpy as np

from accord.errors import StrategyError
from accord.simulate.space import NegotiationSpace
from accord.simulate.state import NegotiationState

EPS = 1e-12


class Strategy:
    """The base of every strategy: set up for one party, then :meth:`propose` at each turn.

    Subclasses implement :meth:`target` (and may override :meth:`propose`).
    """

    #: The registered name, filled in by :func:`register_strategy`.
    name: ClassVar[str] = ""

    def __init__(self, *, tol: float = 0.02) -> None:
        self.tol = tol
        self.space: NegotiationSpace
        self.me = 0
        self.rng = random.Random(0)

    def setup(self, space: NegotiationSpace, me: int, rng: random.Random) -> None:
        """Bind the strategy to party ``me`` of ``space`` with its own random generator."""
        self.space, self.me, self.rng = space, me, rng
        self.own = space.utils[:, me]
        self.best = float(self.own.max())
        self.reservation = space.reservations[me]
        self._order = np.argsort(self.own, kind="stable")
        self._sorted = self.own[self._order]

    def target(self, state: NegotiationState) -> float:
        """The utility the party aims for at this turn."""
        raise NotImplementedError

    def propose(self, state: NegotiationState) -> int | None:
        """The package to offer at this turn, or None to walk away."""
        if self.best < self.reservation - EPS:
            return None
        return self._offer_near(max(self.target(state), self.reservation), state)

    # -- shared offer choice ------------------------------------------------------------------

    def _offer_near(self, target: float, state: NegotiationState) -> int:
        lo = int(np.searchsorted(self._sorted, min(target, self.best) - EPS, side="left"))
        lowest = float(self._sorted[lo])
        hi = int(np.searchsorted(self._sorted, lowest + self.tol + EPS, side="right"))
        return self._closest_to_opponents(np.sort(self._order[lo:hi]), state)

    def _closest_to_opponents(self, cand: np.ndarray, state: NegotiationState) -> int:
        """Among ``cand``, the package agreeing with opponents' latest offers on most issues.

        Ties go to the lowest own utility (closest to the target), then to the seeded draw.
        """
        if len(cand) == 1:
            return int(cand[0])
        latest = _latest_offers(state, self.me)
        if latest:
            codes = self.space.codes
            score = (codes[cand][:, None, :] == codes[latest][None, :, :]).sum(axis=(1, 2))
            cand = cand[score == score.max()]
        own = self.own[cand]
        top = cand[own <= own.min() + EPS]
        return int(top[self.rng.randrange(len(top))]) if len(top) > 1 else int(top[0])


def _latest_offers(state: NegotiationState, me: int) -> list[int]:
    out = []
    for j in range(len(state.space.parties)):
        if j != me:
            k = state.last_offer(j)
            if k is not None:
                out.append(k)
    return out


# ---------------------------------------------------------------------------------------------
# The registry.

STRATEGIES: dict[str, Callable[[], Strategy]] = {}


def register_strategy(name: str, **params: float) -> Callable[[type[Strategy]], type[Strategy]]:
    """Register a strategy class under ``name``, built with ``params``.

    Examples
    --------
    >>> @register_strategy("stubborn-doc", e=0.01)
    ... class Stubborn(TimeBased):
    ...     pass
    >>> make_strategy("stubborn-doc").e
    0.01
    >>> del STRATEGIES["stubborn-doc"]
    """

    def decorate(cls: type[Strategy]) -> type[Strategy]:
        def factory() -> Strategy:
            strategy = cls(**params)
            strategy.name = name
            return strategy

        STRATEGIES[name] = factory
        return cls

    return decorate


def make_strategy(name: str) -> Strategy:
    """A new instance of the strategy registered as ``name``.

    Raises
    ------
    StrategyError
        ``name`` is not registered.

    Examples
    --------
    >>> make_strategy("boulware").e, make_strategy("conceder").e
    (0.2, 2.0)
    """
    try:
        return STRATEGIES[name]()
    except KeyError:
        known = ", ".join(STRATEGIES)
        raise StrategyError("--strategies", f"unknown strategy {name!r} (known: {known})") from None


# ---------------------------------------------------------------------------------------------
# The strategies.


class TimeBased(Strategy):
    """Time-based concession (Faratin, Sierra and Jennings 1998).

    ``u(t) = u_max - (u_max - r) · t^(1/e)``; ``e = 0`` never concedes.

    Examples
    --------
    >>> s = TimeBased(e=1.0)
    >>> s.best, s.reservation = 1.0, 0.2
    >>> [round(s.curve(t), 2) for t in (0.0, 0.5, 1.0)]
    [1.0, 0.6, 0.2]
    """

    def __init__(self, *, e: float = 1.0, tol: float = 0.02) -> None:
        super().__init__(tol=tol)
        if e < 0:
            raise StrategyError("--strategies", f"concession exponent e must be ≥ 0, not {e}")
        self.e = e

    def curve(self, t: float) -> float:
        """The target utility at relative time ``t``."""
        if self.e == 0:
            return self.best
        return self.best - (self.best - self.reservation) * t ** (1.0 / self.e)

    def target(self, state: NegotiationState) -> float:
        return self.curve(state.time)


register_strategy("boulware", e=0.2)(TimeBased)
register_strategy("linear", e=1.0)(TimeBased)
register_strategy("conceder", e=2.0)(TimeBased)
register_strategy("hardliner", e=0.0)(TimeBased)


@register_strategy("tit-for-tat")
class TitForTat(Strategy):
    """Relative tit-for-tat in utility space, with a kindness step.

    Opponent ``j``'s relative concession is the share of its range it has given up,
    ``c_j = (u_j(first_j) - u_j(latest_j)) / (u_j(first_j) - r_j)`` clipped to [0, 1]; the party
    concedes the mean share plus ``kindness``: ``target = u_max - (u_max - r) · min(1, c̄ + k)``,
    never rising again. Its first offer is its best package.

    Examples
    --------
    >>> TitForTat().kindness
    0.05
    """

    def __init__(self, *, kindness: float = 0.05, tol: float = 0.02) -> None:
        super().__init__(tol=tol)
        self.kindness = kindness
        self._lowest = float("inf")

    def setup(self, space: NegotiationSpace, me: int, rng: random.Random) -> None:
        super().setup(space, me, rng)
        self._lowest = self.best

    def opponent_concession(self, state: NegotiationState) -> float | None:
        """The mean relative concession of the opponents who have offered, or None."""
        shares = []
        for j in range(len(self.space.parties)):
            first, last = state.first_offer(j), state.last_offer(j)
            if j == self.me or first is None or last is None:
                continue
            room = self.space.utils[first, j] - self.space.reservations[j]
            given = self.space.utils[first, j] - self.space.utils[last, j]
            shares.append(1.0 if room <= EPS else min(1.0, max(0.0, given / room)))
        return sum(shares) / len(shares) if shares else None

    def target(self, state: NegotiationState) -> float:
        share = self.opponent_concession(state)
        if share is None or state.last_offer(self.me) is None:
            share = 0.0 if share is None else share
        else:
            share = min(1.0, share + self.kindness)
        goal = self.best - (self.best - self.reservation) * share
        return min(goal, self._lowest)

    def propose(self, state: NegotiationState) -> int | None:
        k = super().propose(state)
        if k is not None:
            self._lowest = min(self._lowest, self.target(state))
        return k


@register_strategy("pareto")
class ParetoConceder(TimeBased):
    """Offers only Pareto-optimal packages, conceding along the frontier over time.

    The frontier points worth at least the party's reservation value (and, where some exist,
    every party's) are sorted by the party's utility; at time ``t`` it offers the one whose
    utility is the lowest at or above the time-based target ``u(t)`` (exponent ``e``), so it
    starts at its best frontier point and ends at its least favourable rational one.

    Examples
    --------
    >>> ParetoConceder().e
    1.0
    """

    def setup(self, space: NegotiationSpace, me: int, rng: random.Random) -> None:
        super().setup(space, me, rng)
        front = np.asarray(space.frontier, dtype=int)
        utils = space.utils[front]
        rational = (utils >= np.asarray(space.reservations) - EPS).all(axis=1)
        mine = utils[:, me] >= self.reservation - EPS
        keep = rational if rational.any() else mine
        self.points = front[keep]
        self.best = float(self.own[self.points].max()) if len(self.points) else -1.0
        self.floor = float(self.own[self.points].min()) if len(self.points) else 0.0

    def curve(self, t: float) -> float:
        if self.e == 0:
            return self.best
        return self.best - (self.best - max(self.floor, self.reservation)) * t ** (1.0 / self.e)

    def propose(self, state: NegotiationState) -> int | None:
        if not len(self.points):
            return None
        own = self.own[self.points]
        goal = min(self.target(state), self.best)
        ok = own >= goal - EPS
        lowest = own[ok].min()
        cand = self.points[ok & (own <= lowest + EPS)]
        return self._closest_to_opponents(cand, state)
