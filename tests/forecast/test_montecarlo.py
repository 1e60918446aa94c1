import logging
from pathlib import Path

import numpy as np
import pytest

from accord.forecast.montecarlo import make_sweep, monte_carlo, sweep_values
from accord.forecast.results import Noise
from accord.forecast.scenario import read_scenario

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "forecast"


@pytest.fixture(scope="module")
def sweep():
    return make_sweep(read_scenario(FIXTURES / "ceasefire-ktab.csv"))


def test_same_seed_gives_identical_runs_and_another_seed_does_not(sweep):
    a, _ = sweep_values(sweep, 12, seed=5, engine="serial")
    b, _ = sweep_values(sweep, 12, seed=5, engine="serial", chunk=5)
    c, _ = sweep_values(sweep, 12, seed=6, engine="serial")
    assert a.shape == (12, 2, 3)
    assert np.array_equal(a, b)
    assert not np.array_equal(a, c)


def test_a_run_depends_only_on_seed_and_its_index(sweep):
    whole, _ = sweep_values(sweep, 10, seed=1, engine="serial")
    head, _ = sweep_values(sweep, 4, seed=1, engine="serial")
    assert np.array_equal(whole[:4], head)


def test_local_process_pool_gives_the_serial_results(sweep):
    serial, _ = sweep_values(sweep, 20, seed=3, engine="serial")
    pooled, _ = sweep_values(sweep, 20, seed=3, engine="local", workers=2, chunk=3)
    assert np.array_equal(serial, pooled)


def test_zero_noise_reproduces_the_unperturbed_forecast():
    case = read_scenario(FIXTURES / "eu-emissions.csv")
    res = monte_carlo(
        case,
        5,
        models=["compromise", "median"],
        engine="serial",
        noise=Noise(position=0, salience=0, capability=0),
    )
    dist = res.issues[0].models
    assert dist["median"].quantiles == {"q05": 7.0, "q25": 7.0, "q75": 7.0, "q95": 7.0}
    assert dist["compromise"].median == pytest.approx(7.38995568685, abs=1e-9)


def test_summary_has_quantiles_in_order_and_win_probabilities_summing_to_one(sweep):
    case = read_scenario(FIXTURES / "ceasefire-ktab.csv")
    res = monte_carlo(case, 40, seed=2, engine="serial")
    assert res.runs == 40 and res.models == ["compromise", "median", "eum"]
    for issue in res.issues:
        for dist in issue.models.values():
            q = dist.quantiles
            assert q["q05"] <= q["q25"] <= dist.median <= q["q75"] <= q["q95"]
            by_ideal = {issue.ideals[n]: p for n, p in dist.win_probability.items()}
            assert sum(by_ideal.values()) == pytest.approx(1.0)
            assert set(dist.win_probability) == {"North", "South", "Mediator", "Sponsor"}


def test_progress_reports_every_run_done(sweep):
    seen = []
    sweep_values(sweep, 10, seed=0, engine="serial", chunk=4, progress=seen.append)
    assert seen == [4, 8, 10]


@pytest.mark.slow
def test_a_sweep_through_a_local_dask_cluster_matches_the_local_run(sweep):
    from distributed import LocalCluster

    local, _ = sweep_values(sweep, 30, seed=11, engine="local", workers=2)
    with LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        silence_logs=logging.ERROR,
    ) as cluster:
        remote, _ = sweep_values(sweep, 30, seed=11, engine=cluster.scheduler_address, chunk=7)
    assert np.array_equal(local, remote)
