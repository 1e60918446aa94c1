"""Tournaments: every pair of strategies negotiates over several cases.

For each pair of strategies ``(a, b)`` (a strategy also meets itself) and each case, the pair
negotiates twice, once in each seating: ``a`` takes the first, third, ... party of the case and
``b`` the second, fourth, ...; then the other way round. Each negotiation has its own seed drawn
from ``seed``. A pair's row averages over its negotiations; the ranking averages each
strategy's utility over every party it played.
"""

from __future__ import annotations

import random
from collections import defaultdict
from collections.abc import Callable, Sequence
from statistics import fmean

from accord.errors import StrategyError
from accord.model import Case
from accord.simulate.acceptance import DEFAULT_ACCEPTANCE
from accord.simulate.protocol import DEFAULT_ROUNDS, negotiate
from accord.simulate.results import PairingRow, SimulationResult, StrategyRow, TournamentResult
from accord.simulate.space import NegotiationSpace
from accord.simulate.strategies import STRATEGIES

Progress = Callable[[int, int], None]


def pairings(strategies: Sequence[str]) -> list[tuple[str, str]]:
    """Every unordered pair of ``strategies``, each strategy also paired with itself.

    Examples
    --------
    >>> pairings(["boulware", "conceder"])
    [('boulware', 'boulware'), ('boulware', 'conceder'), ('conceder', 'conceder')]
    """
    names = list(dict.fromkeys(strategies))
    return [(a, b) for i, a in enumerate(names) for b in names[i:]]


def tournament(
    spaces: Sequence[NegotiationSpace],
    strategies: Sequence[str] | None = None,
    *,
    rounds: int = DEFAULT_ROUNDS,
    seed: int = 0,
    acceptance: str = DEFAULT_ACCEPTANCE,
    progress: Progress | None = None,
) -> TournamentResult:
    """Run every pair of ``strategies`` (default: all registered) over ``spaces``.

    ``progress(done, total)`` is called after each negotiation.

    Examples
    --------
    >>> def u(p):
    ...     k = int(p["share"])
    ...     return {"A": k / 4, "B": 1 - k / 4}
    >>> space = NegotiationSpace.from_utilities(
    ...     ["A", "B"], {"share": list("01234")}, u,
    ...     frontier=[{"share": k} for k in "01234"], nash={"share": "2"})
    >>> result = tournament([space], ["linear", "hardliner"], rounds=6)
    >>> [(r.a, r.b, r.runs, r.mean_rounds) for r in result.pairs]  # doctest: +NORMALIZE_WHITESPACE
    [('linear', 'linear', 1, 4.0), ('linear', 'hardliner', 2, 6.0),
     ('hardliner', 'hardliner', 1, 6.0)]
    >>> [(r.strategy, r.mean_utility) for r in result.ranking]
    [('hardliner', 0.75), ('linear', 0.25)]
    """
    names = list(dict.fromkeys(strategies)) if strategies else list(STRATEGIES)
    for name in names:
        if name not in STRATEGIES:
            known = ", ".join(STRATEGIES)
            raise StrategyError("--strategies", f"unknown strategy {name!r} (known: {known})")
    pairs = pairings(names)
    plan = [
        (a, b, space, seating)
        for a, b in pairs
        for space in spaces
        for seating in ((a, b), (b, a))[: 1 if a == b else 2]
    ]
    seeds = random.Random(seed)
    by_pair: dict[tuple[str, str], list[tuple[SimulationResult, tuple[str, str]]]] = defaultdict(
        list
    )
    for done, (a, b, space, seating) in enumerate(plan, start=1):
        result = negotiate(
            space,
            list(seating),
            rounds=rounds,
            seed=seeds.randrange(2**31),
            acceptance=acceptance,
        )
        by_pair[(a, b)].append((result, seating))
        if progress is not None:
            progress(done, len(plan))

    rows = [_pair_row(a, b, by_pair[(a, b)]) for a, b in pairs]
    return TournamentResult(
        cases=[s.name for s in spaces],
        strategies=names,
        rounds=rounds,
        seed=seed,
        pairs=rows,
        ranking=_ranking(names, [r for runs in by_pair.values() for r, _ in runs]),
    )


def run_tournament(
    cases: Sequence[Case],
    strategies: Sequence[str] | None = None,
    *,
    rounds: int = DEFAULT_ROUNDS,
    seed: int = 0,
    acceptance: str = DEFAULT_ACCEPTANCE,
    progress: Progress | None = None,
) -> TournamentResult:
    """Run a :func:`tournament` over the parties of each case."""
    spaces = [NegotiationSpace.from_case(c) for c in cases]
    return tournament(
        spaces, strategies, rounds=rounds, seed=seed, acceptance=acceptance, progress=progress
    )


def _mean_or_none(values: list[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return fmean(present) if present else None


def _side_utility(result: SimulationResult, strategy: str) -> float:
    return fmean(result.utilities[p] for p, s in result.strategies.items() if s == strategy)


def _pair_row(a: str, b: str, runs: list[tuple[SimulationResult, tuple[str, str]]]) -> PairingRow:
    results = [r for r, _ in runs]
    agreed = [r for r in results if r.agreement]
    return PairingRow(
        a=a,
        b=b,
        runs=len(results),
        agreement_rate=len(agreed) / len(results),
        mean_rounds=fmean(r.round + 1 for r in agreed) if agreed else None,
        mean_utility_a=fmean(_side_utility(r, a) for r in results),
        mean_utility_b=fmean(_side_utility(r, b) for r in results),
        mean_distance_to_pareto=fmean(r.distance_to_pareto for r in results),
        mean_distance_to_nash=_mean_or_none([r.distance_to_nash for r in results]),
    )


def _ranking(names: list[str], results: list[SimulationResult]) -> list[StrategyRow]:
    rows = []
    for name in names:
        mine = [r for r in results if name in r.strategies.values()]
        rows.append(
            StrategyRow(
                strategy=name,
                runs=len(mine),
                agreement_rate=sum(r.agreement for r in mine) / len(mine),
                mean_utility=fmean(_side_utility(r, name) for r in mine),
                mean_distance_to_nash=_mean_or_none([r.distance_to_nash for r in mine]),
            )
        )
    return sorted(rows, key=lambda r: -r.mean_utility)
