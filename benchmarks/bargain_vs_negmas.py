"""accord's exact Pareto frontier against NegMAS's, on the same random linear additive utilities.

Run ``benchmarks/peers.sh`` once (it makes ``benchmarks/.env`` with NegMAS, AGPL-3.0, kept apart
from accord), then::

    benchmarks/.env/bin/python benchmarks/bargain_vs_negmas.py [--quick]

Each line gives a size (parties × issues × options), both times, the ratio, both peak memories
(tracemalloc, in a second run of each) and whether the frontier point sets (to 1e-9) and the
Nash points agree. The peers:

- ``negmas.preferences.pareto_frontier`` (NegMAS's default: enumerates every outcome) at 8×6
  and 10×5;
- ``negmas.preferences.MOBANOSParetoSampler`` (NegMAS's exact issue-by-issue construction for
  linear additive utilities) at 30×10 and 50×10.

Three parties at 15×5 run accord alone (NegMAS's samplers are bilateral).
Utilities: per party, issue weights from a flat Dirichlet and option values uniform in 0..1,
rescaled per issue so that the worst option is 0 and the best 1 (so no-deal utility 0 is the
minimum for both tools' Nash point). Seed 2025.
"""

from __future__ import annotations

import argparse
import sys
import time
import tracemalloc
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from accord.bargain.pareto import frontier
from accord.bargain.solutions import nash_index
from accord.bargain.space import OutcomeSpace

SEED = 2025


def random_space(parties: int, issues: int, options: int, seed: int = SEED):
    """Weights (parties × issues) and values (parties × issues × options), and the space."""
    rng = np.random.default_rng(seed)
    weights = rng.dirichlet(np.ones(issues), size=parties)
    values = rng.random((parties, issues, options))
    low = values.min(axis=2, keepdims=True)
    high = values.max(axis=2, keepdims=True)
    values = (values - low) / (high - low)
    space = OutcomeSpace(
        parties=tuple(f"P{p}" for p in range(parties)),
        issues=tuple(f"i{i}" for i in range(issues)),
        options=tuple(tuple(f"v{k}" for k in range(options)) for _ in range(issues)),
        contributions=tuple(
            np.ascontiguousarray((weights[:, i, None] * values[:, i, :]).T) for i in range(issues)
        ),
        reservations=np.zeros(parties),
        name=f"random {parties}x{issues}x{options}",
    )
    return weights, values, space


def negmas_ufuns(weights, values):
    from negmas import make_issue
    from negmas.preferences import LinearAdditiveUtilityFunction

    n_parties, n_issues, n_options = values.shape
    issues = [
        make_issue([f"v{k}" for k in range(n_options)], name=f"i{i}") for i in range(n_issues)
    ]
    ufuns = [
        LinearAdditiveUtilityFunction(
            values={
                f"i{i}": {f"v{k}": float(values[p, i, k]) for k in range(n_options)}
                for i in range(n_issues)
            },
            weights={f"i{i}": float(weights[p, i]) for i in range(n_issues)},
            issues=issues,
        )
        for p in range(n_parties)
    ]
    return issues, ufuns


def run_accord(space):
    front = frontier(space, max_points=50_000_000)
    k = nash_index(front.points, space.reservations)
    return front.points, front.points[k]


def run_negmas_default(weights, values):
    from negmas import nash_points
    from negmas.preferences import pareto_frontier

    issues, ufuns = negmas_ufuns(weights, values)
    points, _ = pareto_frontier(ufuns, issues=issues)
    nash = nash_points(ufuns, points, issues=issues)
    return np.array(points), np.array(nash[0][0])


def run_negmas_mobanos(weights, values):
    from negmas import nash_points
    from negmas.preferences import MOBANOSParetoSampler

    issues, ufuns = negmas_ufuns(weights, values)
    sampler = MOBANOSParetoSampler()
    sampler.init(ufuns[0], ufuns[1])
    outcomes = (
        sampler.pareto_outcomes(normalized=False)
        if _takes_normalized(sampler)
        else (sampler.pareto_outcomes())
    )
    points = [tuple(float(u(o)) for u in ufuns) for o in outcomes]
    nash = nash_points(ufuns, points, issues=issues)
    return np.array(points), np.array(nash[0][0])


def _takes_normalized(sampler) -> bool:
    import inspect

    return "normalized" in inspect.signature(sampler.pareto_outcomes).parameters


def timed(fn, *args, repeat: int = 1):
    """The result of ``fn(*args)`` and its best wall time over ``repeat`` runs."""
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        out = fn(*args)
        best = min(best, time.perf_counter() - start)
    return out, best


def peak_memory(fn, *args) -> float:
    """Peak traced allocation in MB of one more call of ``fn``."""
    tracemalloc.start()
    tracemalloc.reset_peak()
    fn(*args)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    return peak / 1e6


def same_points(a: np.ndarray, b: np.ndarray, tol: float = 1e-9) -> bool:
    """Same set of distinct points, to ``tol``."""

    def distinct(x):
        x = x[np.lexsort(tuple(x[:, j] for j in range(x.shape[1] - 1, -1, -1)))]
        keep = np.ones(len(x), dtype=bool)
        keep[1:] = (np.abs(np.diff(x, axis=0)) > tol).any(axis=1)
        return x[keep]

    a, b = distinct(a), distinct(b)
    return a.shape == b.shape and bool(np.allclose(a, b, atol=tol, rtol=0))


def compare(label, issues, options, peer, peer_name, memory=True, repeat=3):
    """One line: both times (best of ``repeat``, the slow enumerating peer once), memory, checks."""
    weights, values, space = random_space(2, issues, options)
    (ours, our_nash), t_ours = timed(run_accord, space, repeat=repeat)
    peer_repeat = 1 if peer is run_negmas_default else repeat
    (theirs, their_nash), t_theirs = timed(peer, weights, values, repeat=peer_repeat)
    m_ours = peak_memory(run_accord, space) if memory else float("nan")
    m_theirs = peak_memory(peer, weights, values) if memory else float("nan")
    same = same_points(ours, theirs)
    nash_same = bool(np.allclose(our_nash, their_nash, atol=1e-9, rtol=0))
    print(
        f"{label:<8} 2 parties {issues:>2}x{options:<2} outcomes {space.size:.3g}  "
        f"frontier {len(ours):>6,}  accord {t_ours:8.4f} s  {peer_name} {t_theirs:9.3f} s  "
        f"ratio {t_theirs / t_ours:9.1f}x  peak MB accord {m_ours:8.3f}  {peer_name} "
        f"{m_theirs:9.1f}  (memory ratio {m_ours / m_theirs:.5f})  same frontier {same}  "
        f"same Nash {nash_same}",
        flush=True,
    )
    return same and nash_same


def main() -> int:
    parser = argparse.ArgumentParser(description="accord vs NegMAS Pareto frontiers")
    parser.add_argument("--quick", action="store_true", help="skip 10x5 (minutes, 3+ GB)")
    parser.add_argument("--only", choices=["default", "mobanos"], help="run one peer's sizes only")
    args = parser.parse_args()
    import negmas

    print(
        f"negmas {negmas.__version__}, numpy {np.__version__}, seed {SEED}; times: best of 3 "
        "(the enumerating pareto_frontier once)",
        flush=True,
    )
    ok = True
    if args.only in (None, "default"):
        ok &= compare("default", 8, 6, run_negmas_default, "negmas.pareto_frontier")
        if not args.quick:
            ok &= compare("default", 10, 5, run_negmas_default, "negmas.pareto_frontier")
    if args.only in (None, "mobanos"):
        ok &= compare("mobanos", 30, 10, run_negmas_mobanos, "MOBANOSParetoSampler")
        ok &= compare("mobanos", 50, 10, run_negmas_mobanos, "MOBANOSParetoSampler")
    _, _, space = random_space(3, 15, 5)
    (points, nash), took = timed(run_accord, space, repeat=3)
    print(
        f"accord   3 parties 15x5  outcomes {space.size:.3g}  exact frontier {len(points):,} "
        f"points in {took:.3f} s  (Nash {tuple(round(float(u), 4) for u in nash)})",
        flush=True,
    )
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
