"""The stacked alternating offers protocol (SAOP), with a deadline in rounds.

Parties move in the case's order, one turn each per round. The first party opens with an offer.
At each later turn the party to move either *accepts* the offer on the table, makes a new offer
(which replaces it), or *walks away* (which ends the talks without a deal). The parties agree
when every party but the one that made the offer has accepted it in turn. With two parties this
is Rubinstein's alternating offers with a finite deadline; with more it is the SAOP of Aydoğan
et al. After ``rounds`` rounds with no agreement each party gets its reservation value.

A party decides by asking its strategy what it would offer next and applying the acceptance
rule (:mod:`accord.simulate.acceptance`) to the offer on the table and that counter-offer.

References
----------
Rubinstein, A. (1982). Perfect equilibrium in a bargaining model. *Econometrica* 50(1), 97–109.
Aydoğan, R., Festen, D., Hindriks, K. V. and Jonker, C. M. (2017). Alternating offers protocols
for multilateral negotiation. In *Modern Approaches to Agent-based Complex Automated
Negotiation*, SCI 674, 153–167. Springer.
"""

from __future__ import annotations

import random
from collections.abc import Sequence

from accord.errors import StrategyError
from accord.model import Case
from accord.simulate.acceptance import DEFAULT_ACCEPTANCE, EPS, get_acceptance
from accord.simulate.results import Point, SimulationResult, TraceEvent
from accord.simulate.space import NegotiationSpace
from accord.simulate.state import NegotiationState
from accord.simulate.strategies import STRATEGIES, Strategy, make_strategy

#: The strategies of a simulation when none are named.
DEFAULT_STRATEGIES = ("boulware", "conceder")
#: The deadline of a simulation when none is given.
DEFAULT_ROUNDS = 50


def negotiate(
    space: NegotiationSpace,
    strategies: Sequence[str | Strategy] = DEFAULT_STRATEGIES,
    *,
    rounds: int = DEFAULT_ROUNDS,
    seed: int = 0,
    acceptance: str = DEFAULT_ACCEPTANCE,
) -> SimulationResult:
    """Run one negotiation between the parties of ``space``.

    Parameters
    ----------
    space : NegotiationSpace
        Packages and utilities.
    strategies : sequence of str or Strategy
        One per party in turn order; a shorter list is repeated (``["boulware", "conceder"]``
        for four parties seats boulware, conceder, boulware, conceder).
    rounds : int
        The deadline: each party moves at most ``rounds`` times.
    seed : int
        Seeds each party's tie-breaking; the same seed gives the same negotiation.
    acceptance : str
        The acceptance rule's registered name.

    Returns
    -------
    SimulationResult

    Raises
    ------
    StrategyError
        An unknown strategy or rule, more strategies than parties, or ``rounds < 1``.

    Examples
    --------
    >>> def u(p):
    ...     k = int(p["share"])
    ...     return {"A": k / 10, "B": 1 - k / 10}
    >>> space = NegotiationSpace.from_utilities(
    ...     ["A", "B"], {"share": [str(k) for k in range(11)]}, u,
    ...     frontier=[{"share": str(k)} for k in range(11)], nash={"share": "5"})
    >>> result = negotiate(space, ["linear", "linear"], rounds=10)
    >>> result.agreement, result.package, result.round
    (True, {'share': '5'}, 5)
    """
    n = len(space.parties)
    if rounds < 1:
        raise StrategyError("--rounds", f"the deadline must be at least 1 round, not {rounds}")
    if not strategies:
        raise StrategyError("--strategies", "name at least one strategy")
    for spec in strategies:
        if isinstance(spec, str) and spec not in STRATEGIES:
            make_strategy(spec)  # raises the error naming the known strategies
    if len(strategies) > n:
        raise StrategyError(
            "--strategies", f"{len(strategies)} strategies for {n} parties ({space.name})"
        )
    rule = get_acceptance(acceptance)
    agents: list[Strategy] = []
    for j in range(n):
        spec = strategies[j % len(strategies)]
        agent = make_strategy(spec) if isinstance(spec, str) else spec
        agent.setup(space, j, random.Random(seed * 1_000_003 + j))
        agents.append(agent)

    state = NegotiationState(space, n_turns=rounds * n)
    trace: list[TraceEvent] = []
    accepted = 0
    ended_by = "deadline"
    for turn in range(state.n_turns):
        state.turn = turn
        j = state.party
        name = space.parties[j]
        proposal = agents[j].propose(state)
        if state.current is not None and state.current[0] != j:
            k = state.current[1]
            offered = float(space.utils[k, j])
            mine = None if proposal is None else float(space.utils[proposal, j])
            if rule(offered, mine, space.reservations[j], state.last_turn):
                trace.append(_event(space, turn, name, "accept", k))
                accepted += 1
                if accepted == n - 1:
                    ended_by = "agreement"
                    break
                continue
        if proposal is None:
            trace.append(TraceEvent(turn=turn, round=state.round, party=name, action="walk_away"))
            ended_by = "walk_away"
            break
        state.add_offer(j, proposal)
        accepted = 0
        trace.append(_event(space, turn, name, "offer", proposal))
        if n == 1:
            ended_by = "agreement"
            break

    return _result(space, agents, state, trace, ended_by, rounds, seed, acceptance)


def simulate(
    case: Case,
    strategies: Sequence[str | Strategy] = DEFAULT_STRATEGIES,
    *,
    rounds: int = DEFAULT_ROUNDS,
    seed: int = 0,
    acceptance: str = DEFAULT_ACCEPTANCE,
) -> SimulationResult:
    """Run one negotiation between the parties of ``case`` (see :func:`negotiate`)."""
    space = NegotiationSpace.from_case(case)
    return negotiate(space, strategies, rounds=rounds, seed=seed, acceptance=acceptance)


def _event(space: NegotiationSpace, turn: int, party: str, action: str, k: int) -> TraceEvent:
    return TraceEvent(
        turn=turn,
        round=turn // len(space.parties),
        party=party,
        action=action,
        package=space.package(k),
        utilities=space.utility_of(k),
    )


def _result(
    space: NegotiationSpace,
    agents: list[Strategy],
    state: NegotiationState,
    trace: list[TraceEvent],
    ended_by: str,
    rounds: int,
    seed: int,
    acceptance: str,
) -> SimulationResult:
    agreed = ended_by == "agreement"
    if agreed:
        k = state.current[1]
        point = [float(x) for x in space.utils[k]]
    else:
        point = list(space.reservations)
    nash = None
    if space.nash is not None:
        nash = Point(package=space.package(space.nash), utilities=space.utility_of(space.nash))
    return SimulationResult(
        case=space.name,
        parties=space.parties,
        reservations=dict(zip(space.parties, space.reservations, strict=True)),
        strategies={
            p: a.name or type(a).__name__ for p, a in zip(space.parties, agents, strict=True)
        },
        acceptance=acceptance,
        rounds=rounds,
        seed=seed,
        agreement=agreed,
        ended_by=ended_by,
        round=state.round if agreed else None,
        turn=state.turn if agreed else None,
        package=space.package(state.current[1]) if agreed else None,
        utilities=dict(zip(space.parties, point, strict=True)),
        individually_rational=all(
            u >= r - EPS for u, r in zip(point, space.reservations, strict=True)
        ),
        distance_to_pareto=space.distance_to_frontier(point),
        distance_to_nash=space.distance_to_nash(point),
        nash=nash,
        trace=trace,
    )
