"""The JSON API: documents, review, gaps, search, and one error shape for every failure."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

JSON = {"accept": "application/json"}


def _shape(body: dict) -> tuple[int, str, str]:
    assert set(body) == {"error"}
    err = body["error"]
    assert set(err) == {"status", "code", "message"}
    assert "\n" not in err["message"]
    return err["status"], err["code"], err["message"]


def test_document_added_by_json_is_listed_and_readable(client: TestClient) -> None:
    r = client.post(
        "/api/documents",
        json={
            "text": "North insists on an immediate ceasefire.",
            "title": "T",
            "date": "2031-02-03",
        },
    )
    assert r.status_code == 201
    doc_id = r.json()["id"]
    listed = client.get("/api/documents").json()
    assert [(d["id"], d["title"], d["date"]) for d in listed] == [(doc_id, "T", "2031-02-03")]
    doc = client.get(f"/api/documents/{doc_id}").json()
    assert doc["provisions"][0]["issue"] == "ceasefire.general"
    assert doc["provisions"][0]["status"] == "extracted"


def test_review_through_the_api_changes_the_gaps(client: TestClient, talks_id: int) -> None:
    doc = client.get(f"/api/documents/{talks_id}").json()
    pid = next(p["id"] for p in doc["provisions"] if p["issue"] == "economy.reparations")
    before = client.get("/api/gaps").json()
    assert any(r["issue"] == "economy.reparations" for r in before["rows"])
    r = client.post(
        f"/api/documents/{talks_id}/provisions/{pid}/correct",
        json={
            "reviewer": "lee",
            "holder": "SOUTH",
            "issue": "economy.frozen_assets",
            "stance": "support",
        },
    )
    assert r.status_code == 200 and r.json()["reviewer"] == "lee"
    after = client.get("/api/gaps").json()
    issues = {r["issue"] for r in after["rows"]}
    assert "economy.frozen_assets" in issues and "economy.reparations" not in issues


@pytest.mark.parametrize(
    ("method", "path", "kwargs", "status", "code"),
    [
        ("get", "/api/documents/999", {}, 404, "not_found"),
        ("get", "/api/no/such/thing", {}, 404, "not_found"),
        ("get", "/api/documents?limit=0", {}, 422, "invalid"),
        ("post", "/api/documents", {"json": {"name": "x"}}, 422, "invalid"),
        ("post", "/api/documents", {"json": {"text": ""}}, 400, "bad_input"),
        ("post", "/api/documents", {"json": {"text": "ok", "date": "soon"}}, 400, "bad_input"),
        (
            "post",
            "/api/documents",
            {"content": b"x", "headers": {"content-type": "text/plain", "x-csrf-token": "t"}},
            403,
            "csrf",
        ),
        ("post", "/api/documents/1/provisions/1/approve", {"json": {}}, 404, "not_found"),
    ],
)
def test_every_api_error_has_one_shape(
    client: TestClient, method: str, path: str, kwargs: dict, status: int, code: str
) -> None:
    r = getattr(client, method)(path, headers={**JSON, **kwargs.pop("headers", {})}, **kwargs)
    assert r.status_code == status
    assert _shape(r.json())[:2] == (status, code)


def test_bad_correction_names_the_problem(client: TestClient, talks_id: int) -> None:
    doc = client.get(f"/api/documents/{talks_id}").json()
    pid = doc["provisions"][0]["id"]
    r = client.post(
        f"/api/documents/{talks_id}/provisions/{pid}/correct",
        json={"holder": "SOUTH", "issue": "water.rights", "stance": "support"},
    )
    assert _shape(r.json()) == (400, "bad_input", "provision: unknown issue 'water.rights'")


def test_search_api_filters_by_party_and_stance(client: TestClient, talks_id: int) -> None:
    hits = client.get("/api/search", params={"party": "NORTH", "stance": "oppose"}).json()
    assert [h["provision"]["issue"] for h in hits["provisions"]] == ["forces.foreign_presence"]


def test_timeline_api_gives_rounds_and_tracks(client: TestClient, talks_id: int) -> None:
    t = client.get("/api/timeline", params={"party": "north"}).json()
    assert [r["label"] for r in t["rounds"]] == ["2"]
    assert {tr["party"] for tr in t["tracks"]} == {"NORTH"}
    assert len(t["tracks"]) == 3 and t["changes"] == []
