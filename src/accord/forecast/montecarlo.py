"""Monte Carlo sweeps: forecast a case many times with its uncertain inputs perturbed.

Run :math:`k` of a sweep with seed :math:`S` draws from ``numpy.random.default_rng([S, k])``
(a :class:`numpy.random.SeedSequence` of the pair), so its inputs depend on nothing but
:math:`(S, k)`: the same seed gives the same numbers whether the runs go through one process,
a local process pool or a Dask cluster, and however they are cut into chunks.

In a run each actor's capability is multiplied by :math:`1 + u` with
:math:`u \\sim U(-n_c, n_c)` (one draw per actor, shared by its issues), each position moves by
:math:`U(-n_x, n_x)` × the scale's width (clipped to the scale) and each salience is multiplied
by :math:`1 + U(-n_s, n_s)` (clipped to [0, 1]); :class:`~accord.forecast.results.Noise` holds
the spreads :math:`n_x, n_s, n_c`. The expected utility model runs with ``tol=1e-3`` by
default in sweeps (positions settled to 0.1% of their width), ten times looser than a single
forecast, which halves its rounds; pass ``tol`` to change it.

Engines: ``serial`` (one process), ``local`` (a :class:`~concurrent.futures.ProcessPoolExecutor`
on every core, the runs batched into chunks) and a Dask distributed scheduler address
(``tcp://host:8786``), where each chunk is one task. Dask was chosen over Ray by measurement,
see ``docs/forecast.md`` and ``benchmarks/forecast_speed.py``.
"""

from __future__ import annotations

import math
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass

import numpy as np

from accord.errors import CaseError
from accord.forecast.actors import (
    IssueInputs,
    case_actors,
    issue_inputs,
    issue_names,
    salience_divisor,
)
from accord.forecast.compromise import compromise
from accord.forecast.eum import expected_utility
from accord.forecast.median import weighted_median
from accord.forecast.results import (
    Distribution,
    IssueDistribution,
    MonteCarloResult,
    Noise,
)
from accord.forecast.run import check_models
from accord.model import Case

QUANTILES = (0.05, 0.25, 0.75, 0.95)


@dataclass(frozen=True)
class Sweep:
    """Everything a worker needs to compute runs: picklable plain data."""

    actors: tuple[str, ...]
    issues: tuple[IssueInputs, ...]
    scale: tuple[float, float]
    noise: Noise
    models: tuple[str, ...]
    tol: float = 1e-3
    max_iter: int = 1000


def make_sweep(
    case: Case,
    models: Sequence[str] = ("all",),
    noise: Noise | None = None,
    *,
    tol: float = 1e-3,
    max_iter: int = 1000,
    source: str | None = None,
) -> Sweep:
    """The sweep description of ``case``: its actors' inputs per issue, scale and noise.

    >>> from accord.model import Actor
    >>> sweep = make_sweep(Case(actors=[Actor(name="A", capability=1, positions={"x": 5})]))
    >>> sweep.actors, [i.issue for i in sweep.issues], sweep.models
    (('A',), ['x'], ('compromise', 'median', 'eum'))
    """
    actors = case_actors(case)
    divisor = salience_divisor(actors, source)
    names = issue_names(case, actors)
    if not names:
        raise CaseError(source, "no actor holds a position on any issue: nothing to forecast")
    return Sweep(
        actors=tuple(a.name for a in actors),
        issues=tuple(issue_inputs(actors, issue, divisor) for issue in names),
        scale=(float(case.scale[0]), float(case.scale[1])),
        noise=noise or Noise(),
        models=tuple(check_models(models)),
        tol=tol,
        max_iter=max_iter,
    )


def run_one(sweep: Sweep, seed: int, index: int) -> tuple[np.ndarray, int]:
    """Forecasts of run ``index``: an array (issues × models) and how many EUM runs did not settle.

    >>> from accord.model import Actor
    >>> case = Case(actors=[Actor(name="A", capability=1, positions={"x": 20}),
    ...                     Actor(name="B", capability=1, positions={"x": 60})])
    >>> a, _ = run_one(make_sweep(case, ["compromise"]), 7, 0)
    >>> b, _ = run_one(make_sweep(case, ["compromise"]), 7, 0)
    >>> bool((a == b).all()) and 20 < float(a[0, 0]) < 60
    True
    """
    rng = np.random.default_rng([seed, index])
    lo, hi = sweep.scale
    noise = sweep.noise
    cap_factor = dict(
        zip(
            sweep.actors,
            1.0 + rng.uniform(-noise.capability, noise.capability, len(sweep.actors)),
            strict=True,
        )
    )
    out = np.empty((len(sweep.issues), len(sweep.models)))
    unsettled = 0
    for row, data in enumerate(sweep.issues):
        n = len(data.names)
        x = np.clip(
            np.asarray(data.positions)
            + rng.uniform(-noise.position, noise.position, n) * (hi - lo),
            lo,
            hi,
        )
        s = np.clip(
            np.asarray(data.saliences) * (1.0 + rng.uniform(-noise.salience, noise.salience, n)),
            0,
            1,
        )
        c = np.clip(
            np.asarray(data.capabilities) * np.array([cap_factor[name] for name in data.names]),
            0,
            None,
        )
        xs, cs, ss = x.tolist(), c.tolist(), s.tolist()
        for col, model in enumerate(sweep.models):
            if model == "compromise":
                out[row, col] = compromise(xs, cs, ss)
            elif model == "median":
                out[row, col] = weighted_median(xs, cs, ss)
            else:
                res = expected_utility(
                    xs, cs, ss, tol=sweep.tol, max_iter=sweep.max_iter, strict=False, record=False
                )
                unsettled += not res.converged
                out[row, col] = res.forecast
    return out, unsettled


def run_chunk(sweep: Sweep, seed: int, start: int, stop: int) -> tuple[int, np.ndarray, int]:
    """Runs ``start`` to ``stop - 1``: (start, array runs × issues × models, unsettled count).

    >>> from accord.model import Actor
    >>> case = Case(actors=[Actor(name="A", capability=1, positions={"x": 20})])
    >>> run_chunk(make_sweep(case), 1, 0, 3)[1].shape
    (3, 1, 3)
    """
    values = np.empty((stop - start, len(sweep.issues), len(sweep.models)))
    unsettled = 0
    for k in range(start, stop):
        values[k - start], bad = run_one(sweep, seed, k)
        unsettled += bad
    return start, values, unsettled


def _chunks(runs: int, chunk: int) -> list[tuple[int, int]]:
    return [(a, min(a + chunk, runs)) for a in range(0, runs, chunk)]


def sweep_values(
    sweep: Sweep,
    runs: int,
    seed: int = 0,
    *,
    engine: str = "local",
    workers: int | None = None,
    chunk: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> tuple[np.ndarray, int]:
    """All forecasts of a sweep, in run order: (array runs × issues × models, unsettled count).

    ``engine`` is ``serial``, ``local`` (process pool on ``workers`` cores, default all) or the
    address of a Dask distributed scheduler. ``progress`` is called with the number of runs done.
    """
    if runs < 1:
        raise ValueError("runs must be at least 1")
    cores = workers or os.cpu_count() or 1
    size = chunk or max(1, min(200, math.ceil(runs / (4 * cores))))
    values = np.empty((runs, len(sweep.issues), len(sweep.models)))
    unsettled = 0
    done = 0

    def take(start: int, block: np.ndarray, bad: int) -> None:
        nonlocal done, unsettled
        values[start : start + len(block)] = block
        unsettled += bad
        done += len(block)
        if progress is not None:
            progress(done)

    parts = _chunks(runs, size)
    if engine == "serial":
        for a, b in parts:
            take(*run_chunk(sweep, seed, a, b))
    elif engine == "local":
        with ProcessPoolExecutor(max_workers=cores) as pool:
            futures = [pool.submit(run_chunk, sweep, seed, a, b) for a, b in parts]
            for future in as_completed(futures):
                take(*future.result())
    else:
        from distributed import Client

        with Client(engine, set_as_default=False) as client:
            executor = client.get_executor(pure=False)
            futures = [executor.submit(run_chunk, sweep, seed, a, b) for a, b in parts]
            for future in as_completed(futures):
                take(*future.result())
    return values, unsettled


def _win_probability(values: np.ndarray, ideals: dict[str, float]) -> dict[str, float]:
    """Share of runs whose forecast is nearest each side's ideal; sides sharing an ideal share
    the win (each gets it), equidistant distinct ideals split the run."""
    points = np.array(sorted(set(ideals.values())))
    dist = np.abs(values[:, None] - points[None, :])
    nearest = np.isclose(dist, dist.min(axis=1, keepdims=True), rtol=0, atol=1e-9)
    share = (nearest / nearest.sum(axis=1, keepdims=True)).mean(axis=0)
    by_point = dict(zip(points.tolist(), share.tolist(), strict=True))
    return {name: float(by_point[x]) for name, x in ideals.items()}


def summarize(
    case: Case, sweep: Sweep, values: np.ndarray, seed: int, engine: str, unsettled: int
) -> MonteCarloResult:
    """Per issue and model: median, mean, quantiles and each side's probability of prevailing.

    A side prevails in a run when the forecast lies nearer its ideal (unperturbed) position
    than any other side's; sides with the same ideal prevail together, and a forecast halfway
    between two ideals counts half for each. The sides are the case's parties when they are
    among the actors of the issue, otherwise all the issue's actors.
    """
    parties = {p.name for p in case.parties}
    issues = []
    for row, data in enumerate(sweep.issues):
        ideals = dict(zip(data.names, data.positions, strict=True))
        sides = {n: x for n, x in ideals.items() if n in parties} or ideals
        models = {}
        for col, model in enumerate(sweep.models):
            v = values[:, row, col]
            models[model] = Distribution(
                median=float(np.median(v)),
                mean=float(np.mean(v)),
                quantiles={f"q{round(q * 100):02d}": float(np.quantile(v, q)) for q in QUANTILES},
                win_probability=_win_probability(v, sides),
            )
        issues.append(IssueDistribution(issue=data.issue, ideals=sides, models=models))
    return MonteCarloResult(
        case=case.name,
        runs=len(values),
        seed=seed,
        noise=sweep.noise,
        models=list(sweep.models),
        engine=engine,
        unconverged=unsettled,
        issues=issues,
    )


def monte_carlo(
    case: Case,
    runs: int,
    *,
    models: Sequence[str] = ("all",),
    noise: Noise | None = None,
    seed: int = 0,
    engine: str = "local",
    workers: int | None = None,
    chunk: int | None = None,
    tol: float = 1e-3,
    max_iter: int = 1000,
    progress: Callable[[int], None] | None = None,
    source: str | None = None,
) -> MonteCarloResult:
    """Forecast ``case`` ``runs`` times with perturbed inputs and summarise the forecasts.

    Raises
    ------
    CaseError
        When the case has nothing to forecast.

    Examples
    --------
    >>> from accord.model import Actor
    >>> case = Case(actors=[Actor(name="A", capability=3, positions={"x": 20}),
    ...                     Actor(name="B", capability=1, positions={"x": 80})])
    >>> res = monte_carlo(case, 50, models=["median"], seed=3, engine="serial")
    >>> res.issues[0].models["median"].win_probability
    {'A': 1.0, 'B': 0.0}
    """
    sweep = make_sweep(case, models, noise, tol=tol, max_iter=max_iter, source=source)
    values, unsettled = sweep_values(
        sweep, runs, seed, engine=engine, workers=workers, chunk=chunk, progress=progress
    )
    return summarize(case, sweep, values, seed, engine, unsettled)


__all__ = [
    "Sweep",
    "make_sweep",
    "monte_carlo",
    "run_chunk",
    "run_one",
    "summarize",
    "sweep_values",
]
