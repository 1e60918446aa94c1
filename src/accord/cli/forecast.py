"""Commands of the forecast area: ``accord forecast CASE``."""

from __future__ import annotations

from collections import Counter
from enum import StrEnum
from pathlib import Path

import typer
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn
from rich.table import Table

from accord.cases import load_case
from accord.cli.app import app, console, print_json
from accord.errors import AccordError
from accord.forecast import (
    Forecast,
    IssueForecast,
    MonteCarloResult,
    Noise,
    forecast_case,
    monte_carlo,
)


class Format(StrEnum):
    table = "table"
    json = "json"
    md = "md"


def parse_noise(text: str) -> Noise:
    """``position=0.05,salience=0.1,capability=0.1`` (any subset) → :class:`Noise`."""
    values = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, _, value = part.partition("=")
        key = key.strip()
        if key not in Noise.model_fields:
            raise typer.BadParameter(f"unknown noise {key!r}; use position, salience, capability")
        try:
            values[key] = float(value)
        except ValueError:
            raise typer.BadParameter(f"{key}={value!r} is not a number") from None
        if not 0.0 <= values[key] <= 1.0:
            raise typer.BadParameter(f"{key}={value} must lie in 0..1")
    return Noise(**values)


def _fmt(x: float) -> str:
    return f"{x:.3g}" if abs(x) < 100 else f"{x:.1f}".rstrip("0").rstrip(".")


def moved_whom(item: IssueForecast, limit: int = 15) -> list[tuple[str, str, str, int, float]]:
    """(mover, moved, kind, times, total shift) of accepted EUM proposals, largest shift first."""
    times: Counter[tuple[str, str, str]] = Counter()
    shift: Counter[tuple[str, str, str]] = Counter()
    for m in item.moves:
        key = (m.mover, m.target, m.kind)
        times[key] += 1
        shift[key] += abs(m.position_to - m.position_from)
    ranked = sorted(times, key=lambda k: (-shift[k], k))[:limit]
    return [(*k, times[k], shift[k]) for k in ranked]


def _tables(result: Forecast) -> None:
    lo, hi = result.scale
    console.print(f"[bold]{result.case}[/] — scale {_fmt(lo)}–{_fmt(hi)}")
    table = Table("issue", *result.models, "rounds", title="Forecasts")
    for item in result.issues:
        note = "" if item.converged else " (not settled)"
        table.add_row(
            item.issue, *(_fmt(item.forecasts[m]) for m in result.models), f"{item.rounds}{note}"
        )
    console.print(table)
    for item in result.issues:
        if not item.moves:
            continue
        who = Table(
            "mover",
            "moved",
            "how",
            "times",
            "shift",
            "moved from",
            "ended at",
            title=f"{item.issue}: who moved whom (expected utility model)",
        )
        for mover, target, kind, n, total in moved_whom(item):
            path = item.trajectories[target]
            who.add_row(mover, target, kind, str(n), _fmt(total), _fmt(path[0]), _fmt(path[-1]))
        console.print(who)


def _markdown(result: Forecast) -> str:
    lines = [
        f"# Forecast: {result.case}",
        "",
        "| issue | " + " | ".join(result.models) + " | rounds |",
        "|---" * (len(result.models) + 2) + "|",
    ]
    for item in result.issues:
        cells = [_fmt(item.forecasts[m]) for m in result.models]
        lines.append(f"| {item.issue} | " + " | ".join(cells) + f" | {item.rounds} |")
    for item in result.issues:
        if item.moves:
            lines += [
                "",
                f"## {item.issue}: who moved whom",
                "",
                "| mover | moved | how | times | shift |",
                "|---|---|---|---|---|",
            ]
            lines += [
                f"| {a} | {b} | {k} | {n} | {_fmt(d)} |" for a, b, k, n, d in moved_whom(item)
            ]
    return "\n".join(lines)


def _sides(ideals: dict[str, float], probability: dict[str, float], top: int = 3) -> str:
    """``"A, B (at 7) 52%; C (at 10) 40%"``: sides grouped by ideal, most likely first."""
    groups: dict[float, list[str]] = {}
    for name, x in ideals.items():
        groups.setdefault(x, []).append(name)
    ranked = sorted(groups.items(), key=lambda kv: -probability[kv[1][0]])[:top]
    return "; ".join(
        f"{', '.join(names)} (at {_fmt(x)}) {probability[names[0]]:.0%}"
        for x, names in ranked
        if probability[names[0]] > 0
    )


def _mc_tables(mc: MonteCarloResult) -> None:
    table = Table(
        "issue",
        "model",
        "median",
        "q05",
        "q95",
        "mean",
        "most likely to prevail",
        title=f"Monte Carlo: {mc.runs} runs, seed {mc.seed}, engine {mc.engine}",
    )
    for issue in mc.issues:
        for model, dist in issue.models.items():
            table.add_row(
                issue.issue,
                model,
                _fmt(dist.median),
                _fmt(dist.quantiles["q05"]),
                _fmt(dist.quantiles["q95"]),
                _fmt(dist.mean),
                _sides(issue.ideals, dist.win_probability),
            )
    console.print(table)
    if mc.unconverged:
        console.print(f"{mc.unconverged} expected-utility runs did not settle within max_iter")


@app.command()
def forecast(
    case: Path = typer.Argument(..., help="Case file (YAML/JSON) or KTAB/BDM scenario CSV."),
    model: list[str] = typer.Option(
        ["all"], "--model", "-m", help="compromise, median, eum or all (repeatable)."
    ),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="Output format."),
    runs: int = typer.Option(0, "--runs", min=0, help="Monte Carlo runs (0: none)."),
    noise: str = typer.Option(
        "", "--noise", help="Spreads, e.g. position=0.05,salience=0.1,capability=0.1."
    ),
    seed: int = typer.Option(0, "--seed", help="Seed of the Monte Carlo sweep."),
    cluster: str | None = typer.Option(
        None, "--cluster", help="Dask scheduler address (tcp://host:8786)."
    ),
    workers: int | None = typer.Option(
        None, "--workers", min=1, help="Local processes (default: all cores)."
    ),
    tol: float = typer.Option(1e-4, "--tol", help="EUM: settled when moves < tol × width."),
    max_iter: int = typer.Option(1000, "--max-iter", min=1, help="EUM: most rounds."),
    strict: bool = typer.Option(
        True, "--strict/--no-strict", help="EUM: error if positions never settle, or report."
    ),
) -> None:
    """Forecast each issue with the compromise, weighted-median and expected utility models."""
    models = [m.strip() for item in model for m in item.split(",") if m.strip()]
    try:
        data = load_case(case)
        result = forecast_case(
            data, models, tol=tol, max_iter=max_iter, strict=strict, source=str(case)
        )
    except ValueError as exc:
        if isinstance(exc, AccordError):
            raise
        raise typer.BadParameter(str(exc), param_hint="--model") from None
    mc = None
    if runs:
        engine = cluster or "local"
        with Progress(
            TextColumn("runs"),
            BarColumn(),
            MofNCompleteColumn(),
            TimeElapsedColumn(),
            console=console,
            transient=True,
            disable=fmt != Format.table,
        ) as bar:
            task = bar.add_task("runs", total=runs)
            mc = monte_carlo(
                data,
                runs,
                models=models,
                noise=parse_noise(noise),
                seed=seed,
                engine=engine,
                workers=workers,
                max_iter=max_iter,
                progress=lambda done: bar.update(task, completed=done),
                source=str(case),
            )
    if fmt == Format.json:
        out = result.to_json()
        if mc is not None:
            out["montecarlo"] = mc.model_dump(mode="json")
        print_json(out)
    elif fmt == Format.md:
        print(_markdown(result))
    else:
        _tables(result)
        if mc is not None:
            _mc_tables(mc)
