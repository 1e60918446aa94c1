"""The case pages: add a case file, see the frontier and solutions, change saliences."""

from __future__ import annotations

import re

from fastapi.testclient import TestClient

from .helpers import FIXTURES, csrf_of


def _add(client: TestClient) -> str:
    r = client.post(
        "/cases",
        files={"file": ("case.yaml", (FIXTURES / "case.yaml").read_bytes())},
        data={"csrf": csrf_of(client, "/cases")},
        follow_redirects=False,
    )
    assert r.status_code == 303
    return r.headers["location"]


def _nash(html: str) -> str:
    return re.search(r"<tr><td>nash</td>.*?</tr>", html, re.S).group(0)


def test_case_page_shows_the_plot_solutions_and_sliders(client: TestClient) -> None:
    html = client.get(_add(client)).text
    assert "river-talks" in client.get("/cases").text
    assert '<svg class="chart frontier"' in html
    assert html.count('type="range"') == 4
    assert "no reparations" in _nash(html)


def test_salience_parameters_recompute_the_solutions(client: TestClient) -> None:
    url = _add(client)
    before = _nash(client.get(url).text)
    after = _nash(client.get(url, params={"w.0.0": "10", "w.1.0": "0.5", "w.1.1": "10"}).text)
    assert before != after
    assert 'value="10.0"' in client.get(url, params={"w.0.0": "10"}).text


def test_bad_case_file_gets_a_line_numbered_message(client: TestClient) -> None:
    r = client.post(
        "/cases",
        files={"file": ("bad.yaml", b"parties: [{name: A}]\nissues: 7\n")},
        data={"csrf": csrf_of(client, "/cases")},
    )
    assert r.status_code == 400
    assert "bad.yaml" in r.text


def test_weight_out_of_range_is_refused(client: TestClient) -> None:
    r = client.get(_add(client), params={"w.0.0": "-1"})
    assert r.status_code == 400 and "outside 0..100" in r.text


def test_unknown_case_is_404(client: TestClient) -> None:
    assert client.get("/cases/99").status_code == 404
