"""Result types of forecasts and Monte Carlo sweeps, ready for reports and JSON."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from accord.forecast.eum import Move

MODELS = ("compromise", "median", "eum")


class IssueForecast(BaseModel):
    """One issue: each model's forecast, the EUM rounds, trajectories and accepted proposals."""

    issue: str
    forecasts: dict[str, float]
    rounds: int = 0
    converged: bool = True
    trajectories: dict[str, list[float]] = {}
    moves: list[Move] = []


class Forecast(BaseModel):
    """The forecast of every issue of a case, on the case's own scale."""

    case: str
    scale: tuple[float, float]
    models: list[str]
    issues: list[IssueForecast]

    def to_json(self) -> dict[str, Any]:
        """The documented JSON: ``{"issues": [{"issue", "forecasts", "rounds", "trajectories"}]}``.

        >>> Forecast(case="c", scale=(0, 10), models=["median"],
        ...          issues=[IssueForecast(issue="x", forecasts={"median": 4.0})]).to_json()
        {'issues': [{'issue': 'x', 'forecasts': {'median': 4.0}, 'rounds': 0, 'trajectories': {}}]}
        """
        return {
            "issues": [
                {
                    "issue": item.issue,
                    "forecasts": dict(item.forecasts),
                    "rounds": item.rounds,
                    "trajectories": {k: list(v) for k, v in item.trajectories.items()},
                }
                for item in self.issues
            ]
        }


class Noise(BaseModel):
    """Spreads of the uniform perturbations of a Monte Carlo run.

    ``position``: ± this fraction of the scale's width (clipped to the scale); ``salience`` and
    ``capability``: ± this fraction of the value (clipped to [0, 1] and ≥ 0).
    """

    position: float = 0.05
    salience: float = 0.1
    capability: float = 0.1


class Distribution(BaseModel):
    """The distribution of one model's forecast of one issue over the runs."""

    median: float
    mean: float
    quantiles: dict[str, float]
    win_probability: dict[str, float]


class IssueDistribution(BaseModel):
    """Per model, the distribution of forecasts of one issue; ``ideals``: the sides' positions."""

    issue: str
    ideals: dict[str, float] = {}
    models: dict[str, Distribution]


class MonteCarloResult(BaseModel):
    """A Monte Carlo sweep: its settings and the distribution of each issue's forecasts."""

    case: str
    runs: int
    seed: int
    noise: Noise
    models: list[str]
    engine: str
    unconverged: int = 0
    issues: list[IssueDistribution]
