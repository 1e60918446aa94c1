"""Forecast every issue of a case with the compromise, weighted-median and EU models."""

from __future__ import annotations

from collections.abc import Sequence

from accord.errors import CaseError, ConvergenceError
from accord.forecast.actors import case_actors, issue_inputs, issue_names, salience_divisor
from accord.forecast.compromise import compromise
from accord.forecast.eum import expected_utility
from accord.forecast.median import weighted_median
from accord.forecast.results import MODELS, Forecast, IssueForecast
from accord.model import Case


def check_models(models: Sequence[str]) -> list[str]:
    """Validate model names; ``"all"`` means every model.

    >>> check_models(["all"])
    ['compromise', 'median', 'eum']
    """
    chosen = list(MODELS) if "all" in models else list(dict.fromkeys(models))
    unknown = [m for m in chosen if m not in MODELS]
    if unknown or not chosen:
        raise ValueError(
            f"unknown model {unknown[0] if unknown else ''!r}; "
            f"choose from {', '.join(MODELS)} or all"
        )
    return chosen


def forecast_case(
    case: Case,
    models: Sequence[str] = ("all",),
    *,
    tol: float = 1e-4,
    max_iter: int = 1000,
    strict: bool = True,
    source: str | None = None,
) -> Forecast:
    """Forecast each issue of ``case`` with the chosen models.

    Parameters
    ----------
    case
        A case with ``actors``, or parties with ideal options (see :mod:`accord.forecast.actors`).
    models
        Any of ``compromise``, ``median``, ``eum``, or ``all``.
    tol, max_iter, strict
        Passed to :func:`accord.forecast.eum.expected_utility`.
    source
        The file the case came from, for error messages.

    Raises
    ------
    CaseError
        When the case has no actor holding a position on any issue, or a salience is invalid.
    ConvergenceError
        When the expected utility model does not settle (``strict``).

    Examples
    --------
    >>> from accord.model import Actor
    >>> case = Case(actors=[Actor(name="A", capability=2, positions={"x": 20}),
    ...                     Actor(name="B", capability=1, positions={"x": 80})])
    >>> forecast_case(case).issues[0].forecasts
    {'compromise': 40.0, 'median': 20.0, 'eum': 20.0}
    """
    chosen = check_models(models)
    actors = case_actors(case)
    divisor = salience_divisor(actors, source)
    names = issue_names(case, actors)
    if not names:
        raise CaseError(source, "no actor holds a position on any issue: nothing to forecast")
    issues = []
    for issue in names:
        data = issue_inputs(actors, issue, divisor)
        values: dict[str, float] = {}
        trajectories = {n: [x] for n, x in zip(data.names, data.positions, strict=True)}
        rounds, converged, moves = 0, True, []
        for model in chosen:
            if model == "compromise":
                values[model] = compromise(data.positions, data.capabilities, data.saliences)
            elif model == "median":
                values[model] = weighted_median(data.positions, data.capabilities, data.saliences)
            else:
                try:
                    res = expected_utility(
                        data.positions,
                        data.capabilities,
                        data.saliences,
                        names=data.names,
                        tol=tol,
                        max_iter=max_iter,
                        strict=strict,
                    )
                except ConvergenceError as exc:
                    raise ConvergenceError(
                        source, f"issue {issue!r}: {exc.problem} (raise --max-iter or --tol)"
                    ) from None
                values[model] = res.forecast
                rounds, converged = res.rounds, res.converged
                trajectories, moves = res.trajectories, res.moves
        issues.append(
            IssueForecast(
                issue=issue,
                forecasts=values,
                rounds=rounds,
                converged=converged,
                trajectories=trajectories,
                moves=moves,
            )
        )
    return Forecast(case=case.name, scale=case.scale, models=chosen, issues=issues)
