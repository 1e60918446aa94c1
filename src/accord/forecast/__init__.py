"""Spatial forecasting models and Monte Carlo sweeps over their uncertain inputs.

``compromise`` (weighted mean), ``weighted_median`` and ``expected_utility`` (Bueno de Mesquita's
expected utility model after Scholz, Calbert & Smith 2011) work on one issue's plain values;
:func:`forecast_case` runs them over every issue of a :class:`~accord.model.Case`;
:func:`monte_carlo` perturbs the inputs and summarises the forecasts; :func:`read_scenario`
reads KTAB and BDM scenario CSV files.
"""

from accord.forecast.actors import case_actors
from accord.forecast.compromise import compromise
from accord.forecast.eum import EumResult, Move, expected_utility
from accord.forecast.median import weighted_median
from accord.forecast.montecarlo import monte_carlo
from accord.forecast.results import (
    Distribution,
    Forecast,
    IssueDistribution,
    IssueForecast,
    MonteCarloResult,
    Noise,
)
from accord.forecast.run import forecast_case
from accord.forecast.scenario import read_scenario

__all__ = [
    "Distribution",
    "EumResult",
    "Forecast",
    "IssueDistribution",
    "IssueForecast",
    "MonteCarloResult",
    "Move",
    "Noise",
    "case_actors",
    "compromise",
    "expected_utility",
    "forecast_case",
    "monte_carlo",
    "read_scenario",
    "weighted_median",
]
