"""Speed of accord's negotiation simulator beside NegMAS and a plain Python loop.

Same input for all three: each shipped case, Boulware parties (e = 0.2) alternating with
conceders (e = 2),
the stacked alternating offers protocol with a deadline of ``--rounds`` rounds. Each runs
``--runs`` negotiations; the script prints negotiations and rounds per second, and accord's
rounds per second divided by the peer's. Peers:

- NegMAS (AGPL-3.0, https://github.com/yasserfarouk/negmas): ``SAOMechanism`` with
  ``BoulwareTBNegotiator`` and ``ConcederTBNegotiator`` on ``LinearAdditiveUtilityFunction``s
  holding the same option values as the case. NegMAS lives only in ``benchmarks/.env``
  (create it with ``benchmarks/peers.sh``); accord never imports it.
- a plain loop: the same protocol and time-based targets in pure Python over a list of utility
  tuples, offering the package with the lowest own utility that meets the target.

The strategies differ in detail (offer choice, acceptance), so the agreements differ too; the
script prints each one's agreement rate and mean round so the work compared is visible.

Run::

    bash benchmarks/peers.sh
    PYTHONPATH=src benchmarks/.env/bin/python benchmarks/simulate_speed.py
"""

from __future__ import annotations

import argparse
import itertools
import statistics
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def run_accord(case, rounds: int, runs: int):
    from accord.simulate import NegotiationSpace, negotiate

    start = time.perf_counter()
    space = NegotiationSpace.from_case(case)
    built = time.perf_counter() - start
    results = []
    start = time.perf_counter()
    for seed in range(runs):
        r = negotiate(space, ["boulware", "conceder"], rounds=rounds, seed=seed)
        results.append((r.agreement, (r.round + 1) if r.agreement else rounds))
    return time.perf_counter() - start, results, built


def run_negmas(case, rounds: int, runs: int):
    from negmas import BoulwareTBNegotiator, ConcederTBNegotiator, SAOMechanism, make_issue
    from negmas.preferences import LinearAdditiveUtilityFunction

    from accord.bargain import OutcomeSpace

    outcomes = OutcomeSpace.from_case(case)
    results = []
    start = time.perf_counter()
    for _ in range(runs):
        issues = [
            make_issue(values=list(options), name=name)
            for name, options in zip(outcomes.issues, outcomes.options, strict=True)
        ]
        session = SAOMechanism(issues=issues, n_steps=rounds)
        for p, party in enumerate(outcomes.parties):
            negotiator = (BoulwareTBNegotiator, ConcederTBNegotiator)[p % 2]
            values = {
                name: {o: float(table[k, p]) for k, o in enumerate(options)}
                for name, options, table in zip(
                    outcomes.issues, outcomes.options, outcomes.contributions, strict=True
                )
            }
            ufun = LinearAdditiveUtilityFunction(
                values=values,
                outcome_space=session.outcome_space,
                reserved_value=float(outcomes.reservations[p]),
            )
            session.add(negotiator(name=party), ufun=ufun)
        state = session.run()
        agreed = state.agreement is not None
        results.append((agreed, state.step if agreed else rounds))
    return time.perf_counter() - start, results


def run_plain(case, rounds: int, runs: int):
    """Stacked alternating offers with Faratin time-based targets, in plain Python."""
    from accord.bargain import OutcomeSpace

    outcomes = OutcomeSpace.from_case(case)
    n = len(outcomes.parties)
    packages = list(itertools.product(*(range(len(o)) for o in outcomes.options)))
    utils = [
        tuple(
            sum(float(t[k, p]) for t, k in zip(outcomes.contributions, pkg, strict=True))
            for p in range(n)
        )
        for pkg in packages
    ]
    res = [float(r) for r in outcomes.reservations]
    exponents = [0.2, 2.0]
    results = []
    start = time.perf_counter()
    for _ in range(runs):
        best = [max(u[p] for u in utils) for p in range(n)]
        turns = rounds * n
        current, proposer, accepts, outcome = None, None, 0, (False, rounds)
        for turn in range(turns):
            p = turn % n
            t = turn / (turns - 1)
            target = best[p] - (best[p] - res[p]) * t ** (1 / exponents[p % 2])
            mine = min((u[p], k) for k, u in enumerate(utils) if u[p] >= target - 1e-12)[1]
            if current is not None and proposer != p:
                offered = utils[current][p]
                last = turn + n >= turns
                if offered >= res[p] and (offered >= utils[mine][p] or last):
                    accepts += 1
                    if accepts == n - 1:
                        outcome = (True, turn // n + 1)
                        break
                    continue
            current, proposer, accepts = mine, p, 0
        results.append(outcome)
    return time.perf_counter() - start, results


def describe(name, seconds, results, reference=None):
    """Print one line; ``reference`` is accord's rounds per second, for the ratio."""
    runs = len(results)
    rounds = sum(r for _, r in results)
    rate = statistics.fmean(a for a, _ in results)
    mean_round = statistics.fmean(r for a, r in results if a) if any(a for a, _ in results) else 0
    per_second = rounds / seconds
    ratio = "" if reference is None else f"  accord/{name} {reference / per_second:5.1f}×"
    print(
        f"  {name:<8} {runs / seconds:9.1f} negotiations/s  {rounds / seconds:11.0f} rounds/s"
        f"  agreement {rate:4.0%}  mean round {mean_round:5.1f}{ratio}"
    )


def random_case(n_issues: int, n_options: int, seed: int = 1):
    """Two parties with random weights and option values (a larger space than the examples)."""
    import random

    from accord.model import Case, CaseIssue, CaseParty, Preference

    rng = random.Random(seed)
    issues = [
        CaseIssue(name=f"i{i}", options=[f"o{k}" for k in range(n_options)], ordered=False)
        for i in range(n_issues)
    ]
    prefs = {
        p: Preference(
            weights={i.name: rng.random() for i in issues},
            values={i.name: {o: rng.random() for o in i.options} for i in issues},
        )
        for p in ("A", "B")
    }
    return Case(
        name=f"random-{n_issues}x{n_options}",
        parties=[CaseParty(name="A", reservation=0.3), CaseParty(name="B", reservation=0.3)],
        issues=issues,
        preferences=prefs,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=100)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument(
        "--case", type=Path, action="append", help="case files (default: the sim-* examples)"
    )
    args = parser.parse_args()
    from accord.cases import load_case

    paths: list[Path] = args.case or [
        ROOT / "examples" / "cases" / "sim-ceasefire.yaml",
        ROOT / "examples" / "cases" / "sim-river-basin.yaml",
    ]
    cases = [(p.name, load_case(p)) for p in paths]
    if not args.case:
        cases.append(("random 6 issues × 6 options (seed 1)", random_case(6, 6)))
    for label, case in cases:
        size = 1
        for issue in case.issues:
            size *= len(issue.options)
        print(
            f"{label}: {len(case.parties)} parties, {size:,} packages, "
            f"boulware vs conceder, {args.rounds} rounds, {args.runs} negotiations"
        )
        accord_s, accord_r, built = run_accord(case, args.rounds, args.runs)
        describe("accord", accord_s, accord_r)
        accord_rate = sum(r for _, r in accord_r) / accord_s
        print(f"  (accord builds the space, frontier and Nash point once: {built * 1000:.1f} ms)")
        try:
            negmas_s, negmas_r = run_negmas(case, args.rounds, args.runs)
            describe("negmas", negmas_s, negmas_r, accord_rate)
        except ImportError:
            print("  negmas   not installed: run benchmarks/peers.sh and use benchmarks/.env")
        plain_s, plain_r = run_plain(case, args.rounds, args.runs)
        describe("plain", plain_s, plain_r, accord_rate)


if __name__ == "__main__":
    main()
