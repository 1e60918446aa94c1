"""Speed of accord's forecast models and Monte Carlo engines.

1. One expected-utility forecast of 100 actors × 10 issues (seeded random inputs): time and
   rounds per issue; one round of the vectorised model against the pair-by-pair pure-Python
   reference (:mod:`accord.forecast.reference`) on the same positions, with the ratio.
2. A Monte Carlo sweep (default 10,000 runs, all three models) of the EU environmental-standards
   case: a plain single-process loop over the runs, the local process pool on all cores, and a
   Dask ``LocalCluster`` (one worker process per core) on the same seed; runs per second each,
   ratios to the plain loop, and a check that all three give identical numbers.

Run: ``PYTHONPATH=src python benchmarks/forecast_speed.py [--runs 10000]``
"""

from __future__ import annotations

import argparse
import logging
import os
import time
from pathlib import Path

import numpy as np

from accord.forecast.eum import _round
from accord.forecast.median import weighted_median
from accord.forecast.montecarlo import make_sweep, run_one, sweep_values
from accord.forecast.reference import eum_round_reference
from accord.forecast.run import forecast_case
from accord.forecast.scenario import read_scenario
from accord.model import Actor, Case

ROOT = Path(__file__).resolve().parents[1]


def big_case(n_actors: int = 100, n_issues: int = 10, seed: int = 42) -> Case:
    rng = np.random.default_rng(seed)
    issues = [f"issue{k}" for k in range(n_issues)]
    actors = [
        Actor(
            name=f"A{i:03d}",
            capability=float(rng.uniform(1, 100)),
            positions={k: float(rng.uniform(0, 100)) for k in issues},
            salience={k: float(rng.uniform(10, 100)) for k in issues},
        )
        for i in range(n_actors)
    ]
    return Case(name="random-100x10", actors=actors)


def bench_eum() -> None:
    case = big_case()
    t0 = time.perf_counter()
    result = forecast_case(case, ["eum"], strict=False)
    elapsed = time.perf_counter() - t0
    rounds = [item.rounds for item in result.issues]
    settled = sum(item.converged for item in result.issues)
    print("EUM forecast, 100 actors x 10 issues")
    print(
        f"  time {elapsed:.2f} s, rounds per issue {rounds} (total {sum(rounds)}), "
        f"{settled}/10 settled, {elapsed / max(1, sum(rounds)) * 1000:.1f} ms per round"
    )
    a = case.actors
    x = np.array([act.positions["issue0"] for act in a])
    c = np.array([act.capability for act in a])
    s = np.array([act.salience["issue0"] / 100 for act in a])
    width = float(x.max() - x.min())
    mu = weighted_median(x.tolist(), c.tolist(), s.tolist())
    t0 = time.perf_counter()
    for _ in range(5):
        fast, _, _ = _round(x, c, s, width, 1.0, 1.0, 0.0)
    t_fast = (time.perf_counter() - t0) / 5
    t0 = time.perf_counter()
    slow = eum_round_reference(x.tolist(), c.tolist(), s.tolist(), width, mu)
    t_slow = time.perf_counter() - t0
    same = np.allclose(fast, slow, atol=1e-9)
    print(
        f"  one round, 100 actors: vectorised {t_fast * 1000:.1f} ms, pure-Python reference "
        f"{t_slow * 1000:.0f} ms, ratio {t_slow / t_fast:.0f}x, same positions: {same}"
    )


def bench_montecarlo(runs: int, seed: int = 2024) -> None:
    from distributed import LocalCluster

    case = read_scenario(ROOT / "examples" / "scenarios" / "eu-emissions.csv")
    sweep = make_sweep(case)
    cores = os.cpu_count() or 1
    print(f"\nMonte Carlo, EU case (10 actors), 3 models, {runs} runs, {cores} cores")

    t0 = time.perf_counter()
    plain = np.array([run_one(sweep, seed, k)[0] for k in range(runs)])
    t_plain = time.perf_counter() - t0
    print(f"  plain single-process loop : {runs / t_plain:8.0f} runs/s ({t_plain:.1f} s)")

    t0 = time.perf_counter()
    pooled, _ = sweep_values(sweep, runs, seed, engine="local")
    t_pool = time.perf_counter() - t0
    print(
        f"  local process pool        : {runs / t_pool:8.0f} runs/s ({t_pool:.1f} s), "
        f"{t_plain / t_pool:.2f}x the plain loop"
    )

    t0 = time.perf_counter()
    with LocalCluster(
        n_workers=cores,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        t_start = time.perf_counter() - t0
        t1 = time.perf_counter()
        dasked, _ = sweep_values(sweep, runs, seed, engine=cluster.scheduler_address)
        t_dask = time.perf_counter() - t1
    print(
        f"  Dask LocalCluster         : {runs / t_dask:8.0f} runs/s ({t_dask:.1f} s "
        f"+ {t_start:.1f} s start), {t_plain / t_dask:.2f}x the plain loop, "
        f"{t_pool / t_dask:.2f}x the process pool"
    )
    same = np.array_equal(plain, pooled) and np.array_equal(plain, dasked)
    print(f"  identical results across the three: {same}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10_000)
    parser.add_argument("--skip-eum", action="store_true")
    args = parser.parse_args()
    if not args.skip_eum:
        bench_eum()
    bench_montecarlo(args.runs)


if __name__ == "__main__":
    main()
