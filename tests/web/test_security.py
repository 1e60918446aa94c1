"""CSRF protection, the access token and the upload size limit."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from accord.store import Store

from .helpers import csrf_of, make_client


def test_form_post_without_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/add")  # receives the CSRF cookie
    r = client.post("/documents/paste", data={"text": "An immediate ceasefire."})
    assert r.status_code == 403
    assert "security token is missing or stale" in r.text
    assert client.get("/api/documents").json() == []


def test_form_post_with_a_forged_csrf_token_is_refused(client: TestClient) -> None:
    client.get("/add")
    r = client.post("/documents/paste", data={"text": "x", "csrf": "0" * 64})
    assert r.status_code == 403


def test_csrf_token_of_another_browser_is_refused(store: Store) -> None:
    with make_client(store) as alice, make_client(store) as mallory:
        stolen = csrf_of(mallory)
        alice.get("/add")
        r = alice.post("/documents/paste", data={"text": "x", "csrf": stolen})
        assert r.status_code == 403


def test_cross_site_origin_is_refused_even_for_json(client: TestClient) -> None:
    r = client.post(
        "/api/documents",
        json={"text": "An immediate ceasefire."},
        headers={"origin": "https://evil.example"},
    )
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "csrf"


def test_json_api_post_needs_no_form_token(client: TestClient) -> None:
    r = client.post("/api/documents", json={"text": "An immediate ceasefire.", "name": "n.txt"})
    assert r.status_code == 201 and r.json()["added"] is True


def test_api_form_post_without_token_is_refused(client: TestClient) -> None:
    client.get("/")
    r = client.post("/api/documents", files={"file": ("a.txt", b"An immediate ceasefire.")})
    assert r.status_code == 403
    assert r.json()["error"]["code"] == "csrf"


@pytest.fixture
def locked(store: Store) -> TestClient:
    with make_client(store, token="s3cret-token") as c:
        yield c


@pytest.mark.parametrize("path", ["/", "/gaps", "/static/accord.css", "/api/documents"])
def test_every_request_needs_the_token(locked: TestClient, path: str) -> None:
    r = locked.get(path, headers={"accept": "application/json"}, follow_redirects=False)
    assert r.status_code == 401
    assert r.json() == {
        "error": {
            "status": 401,
            "code": "unauthorized",
            "message": "this server needs its access token",
        }
    }


def test_browser_without_token_is_sent_to_the_login_form(locked: TestClient) -> None:
    r = locked.get("/gaps?doc=1", headers={"accept": "text/html"}, follow_redirects=False)
    assert r.status_code == 303
    assert r.headers["location"] == "/login?next=%2Fgaps%3Fdoc%3D1"


def test_bearer_header_opens_the_api(locked: TestClient) -> None:
    r = locked.get("/api/documents", headers={"authorization": "Bearer s3cret-token"})
    assert r.status_code == 200
    wrong = locked.get("/api/documents", headers={"authorization": "Bearer s3cret-tokeN"})
    assert wrong.status_code == 401


def test_token_in_a_link_sets_the_cookie_and_is_dropped_from_the_address(
    locked: TestClient,
) -> None:
    r = locked.get("/gaps?token=s3cret-token&doc=2", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"] == "/gaps?doc=2"
    assert "s3cret-token" not in r.headers["set-cookie"]
    assert locked.get("/", headers={"accept": "text/html"}).status_code == 200


def test_login_form_accepts_the_token_and_refuses_a_wrong_one(locked: TestClient) -> None:
    page = locked.get("/login?next=/timeline")
    assert page.status_code == 200
    token = page.text.split('name="csrf" value="')[1].split('"')[0]
    bad = locked.post("/login", data={"csrf": token, "token": "guess", "next": "/timeline"})
    assert bad.status_code == 401 and "not the token" in bad.text
    good = locked.post(
        "/login",
        data={"csrf": token, "token": "s3cret-token", "next": "/timeline"},
        follow_redirects=False,
    )
    assert good.status_code == 303 and good.headers["location"] == "/timeline"
    assert locked.get("/timeline").status_code == 200


def test_login_never_redirects_to_another_site(locked: TestClient) -> None:
    token = csrf_of(locked, "/login")
    r = locked.post(
        "/login",
        data={"csrf": token, "token": "s3cret-token", "next": "//evil.example/"},
        follow_redirects=False,
    )
    assert r.headers["location"] == "/"


def test_upload_above_the_limit_is_refused_with_the_limit_named(store: Store) -> None:
    with make_client(store, max_upload=100_000) as c:
        token = csrf_of(c)
        big = b"A ceasefire now. " * 20_000
        r = c.post("/documents", files={"file": ("big.txt", big)}, data={"csrf": token})
        assert r.status_code == 413
        assert "upload too large: 332 KB; the limit is 98 KB" in r.text
        api = c.post(
            "/api/documents", json={"text": "x" * 300_000}, headers={"accept": "application/json"}
        )
        assert api.status_code == 413
        assert api.json()["error"]["code"] == "too_large"
        assert c.get("/api/documents").json() == []


def test_chunked_upload_past_the_limit_is_stopped(store: Store) -> None:
    def chunks():
        for _ in range(100):
            yield b"x" * 10_000

    with make_client(store, max_upload=50_000) as c:
        r = c.post(
            "/api/documents",
            content=chunks(),
            headers={"content-type": "application/json", "accept": "application/json"},
        )
        assert r.status_code == 413
        assert r.json()["error"]["message"] == "upload too large: the limit is 49 KB"


def test_upload_with_the_token_header_needs_no_csrf_token(locked: TestClient) -> None:
    r = locked.post(
        "/api/documents",
        files={"file": ("a.txt", b"North insists on an immediate ceasefire.")},
        headers={"authorization": "Bearer s3cret-token"},
    )
    assert r.status_code == 201, r.text
