"""Negotiation simulations: strategies bargaining round by round under a protocol.

:func:`simulate` runs one negotiation between the parties of a case under the stacked
alternating offers protocol; :func:`run_tournament` runs every pair of strategies over several
cases. Strategies and acceptance rules are registered by name (:data:`STRATEGIES`,
:data:`ACCEPTANCE_RULES`).
"""

from accord.simulate.acceptance import ACCEPTANCE_RULES, ac_next, ac_next_last, get_acceptance
from accord.simulate.protocol import DEFAULT_ROUNDS, DEFAULT_STRATEGIES, negotiate, simulate
from accord.simulate.results import (
    PairingRow,
    Point,
    SimulationResult,
    StrategyRow,
    TournamentResult,
    TraceEvent,
)
from accord.simulate.space import NegotiationSpace
from accord.simulate.state import NegotiationState
from accord.simulate.strategies import (
    STRATEGIES,
    ParetoConceder,
    Strategy,
    TimeBased,
    TitForTat,
    make_strategy,
    register_strategy,
)
from accord.simulate.tournament import pairings, run_tournament, tournament

__all__ = [
    "ACCEPTANCE_RULES",
    "DEFAULT_ROUNDS",
    "DEFAULT_STRATEGIES",
    "STRATEGIES",
    "NegotiationSpace",
    "NegotiationState",
    "PairingRow",
    "ParetoConceder",
    "Point",
    "SimulationResult",
    "Strategy",
    "StrategyRow",
    "TimeBased",
    "TitForTat",
    "TournamentResult",
    "TraceEvent",
    "ac_next",
    "ac_next_last",
    "get_acceptance",
    "make_strategy",
    "negotiate",
    "pairings",
    "register_strategy",
    "run_tournament",
    "simulate",
    "tournament",
]
