"""What a simulation reports: the outcome, how good it is, and the offer trace."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel

Action = Literal["offer", "accept", "walk_away"]
Ending = Literal["agreement", "deadline", "walk_away"]


class TraceEvent(BaseModel):
    """One move: a party offers a package, accepts the offer on the table, or walks away."""

    turn: int
    round: int
    party: str
    action: Action
    package: dict[str, str] | None = None
    utilities: dict[str, float] | None = None


class Point(BaseModel):
    """A package with each party's utility of it."""

    package: dict[str, str]
    utilities: dict[str, float]


class SimulationResult(BaseModel):
    """The result of one negotiation.

    ``utilities`` are those of the agreement, or the reservation values when there is none;
    the distances are Euclidean, in utility space, from that point to the nearest package of the
    Pareto frontier and to the Nash solution (None when no package is individually rational).
    """

    case: str
    parties: list[str]
    reservations: dict[str, float]
    strategies: dict[str, str]
    acceptance: str
    rounds: int
    seed: int
    agreement: bool
    ended_by: Ending
    round: int | None = None
    turn: int | None = None
    package: dict[str, str] | None = None
    utilities: dict[str, float]
    individually_rational: bool
    distance_to_pareto: float
    distance_to_nash: float | None
    nash: Point | None
    trace: list[TraceEvent]


class PairingRow(BaseModel):
    """Tournament results of one pair of strategies, over every case and both seatings."""

    a: str
    b: str
    runs: int
    agreement_rate: float
    mean_rounds: float | None
    mean_utility_a: float
    mean_utility_b: float
    mean_distance_to_pareto: float
    mean_distance_to_nash: float | None


class StrategyRow(BaseModel):
    """Tournament results of one strategy over all its negotiations."""

    strategy: str
    runs: int
    agreement_rate: float
    mean_utility: float
    mean_distance_to_nash: float | None


class TournamentResult(BaseModel):
    """Every pair of strategies over several cases: one row per pair and one per strategy."""

    cases: list[str]
    strategies: list[str]
    rounds: int
    seed: int
    pairs: list[PairingRow]
    ranking: list[StrategyRow]
