"""Small negotiation spaces with a brute-force frontier and Nash point to test against."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from accord.simulate import NegotiationSpace


def brute_frontier(utils: np.ndarray) -> list[int]:
    """Indices of packages no other package weakly improves for all and strictly for one."""
    out = []
    for k in range(len(utils)):
        ge = (utils >= utils[k] - 1e-12).all(axis=1)
        gt = (utils > utils[k] + 1e-12).any(axis=1)
        if not (ge & gt).any():
            out.append(k)
    return out


def brute_nash(utils: np.ndarray, reservations: list[float]) -> int | None:
    """The package with the largest product of gains over reservation, among rational ones."""
    gains = utils - np.asarray(reservations)
    ok = (gains > 1e-12).all(axis=1)
    if not ok.any():
        return None
    return int(np.argmax(np.where(ok, gains.prod(axis=1), -1.0)))


def additive_space(
    n_parties: int,
    option_counts: list[int],
    *,
    seed: int = 0,
    reservations: list[float] | None = None,
    name: str = "random",
) -> NegotiationSpace:
    """A space of random linear additive utilities (weights and option values in 0..1)."""
    rng = np.random.default_rng(seed)
    parties = [f"P{j}" for j in range(n_parties)]
    issues = {f"i{i}": [f"o{k}" for k in range(c)] for i, c in enumerate(option_counts)}
    weights = rng.random((n_parties, len(option_counts)))
    weights /= weights.sum(axis=1, keepdims=True)
    values = [rng.random((c, n_parties)) for c in option_counts]
    for v in values:  # every party has a best (1) and a worst (0) option on each issue
        v -= v.min(axis=0)
        v /= np.where(v.max(axis=0) > 0, v.max(axis=0), 1.0)

    def utility(package: dict[str, str]) -> dict[str, float]:
        total = np.zeros(n_parties)
        for i, (issue, option) in enumerate(package.items()):
            total += weights[:, i] * values[i][issues[issue].index(option)]
        return {p: float(u) for p, u in zip(parties, total, strict=True)}

    return with_reference(parties, issues, utility, reservations=reservations, name=name)


def with_reference(parties, issues, utility, *, reservations=None, name="case"):
    """A space whose frontier and Nash point come from brute-force enumeration."""
    packages = [
        dict(zip(issues, combo, strict=True)) for combo in itertools.product(*issues.values())
    ]
    utils = np.array([[utility(p)[q] for q in parties] for p in packages])
    res = reservations or [0.0] * len(parties)
    nash = brute_nash(utils, res)
    return NegotiationSpace.from_utilities(
        parties,
        issues,
        utility,
        reservations=res,
        frontier=[packages[k] for k in brute_frontier(utils)],
        nash=None if nash is None else packages[nash],
        name=name,
    )


def split_space(n: int = 10, reservations: tuple[float, float] = (0.0, 0.0)) -> NegotiationSpace:
    """Two parties dividing ``n`` units: A gets ``k/n``, B gets ``1 - k/n``."""

    def utility(p: dict[str, str]) -> dict[str, float]:
        k = int(p["share"])
        return {"A": k / n, "B": 1 - k / n}

    return with_reference(
        ["A", "B"],
        {"share": [str(k) for k in range(n + 1)]},
        utility,
        reservations=list(reservations),
        name="split",
    )


@pytest.fixture
def split() -> NegotiationSpace:
    return split_space(100)


@pytest.fixture
def three_party() -> NegotiationSpace:
    return additive_space(3, [4, 3, 5, 3], seed=7, reservations=[0.2, 0.2, 0.2])
