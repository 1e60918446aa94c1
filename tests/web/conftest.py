"""Fixtures of the web tests: a store in a temporary SQLite file and the app over it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from accord.store import Store

from .helpers import FIXTURES, csrf_of, make_client


@pytest.fixture
def talks_bytes() -> bytes:
    return (FIXTURES / "talks.txt").read_bytes()


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'accord.db'}")
    yield s
    s.close()


@pytest.fixture
def client(store: Store) -> TestClient:
    with make_client(store) as c:
        yield c


@pytest.fixture
def talks_id(client: TestClient, talks_bytes: bytes) -> int:
    token = csrf_of(client)
    r = client.post(
        "/documents",
        files={"file": ("talks.txt", talks_bytes, "text/plain")},
        data={"csrf": token},
        follow_redirects=False,
    )
    assert r.status_code == 303, r.text
    return int(r.headers["location"].split("/")[2].split("?")[0])
