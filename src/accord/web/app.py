"""The web app: :func:`create_app` builds it over a store; ``accord serve`` runs it.

>>> import tempfile
>>> from fastapi.testclient import TestClient
>>> client = TestClient(create_app(f"{tempfile.mkdtemp()}/accord.db"))
>>> client.get("/api/gaps").json()
{'parties': [], 'rows': [], 'tensions': []}
"""

from __future__ import annotations

import secrets
from pathlib import Path
from typing import Any

from fastapi import Depends, FastAPI
from fastapi.responses import Response
from fastapi.staticfiles import StaticFiles

from accord.report.render import stylesheet
from accord.web import api, pages
from accord.web.errors import install_handlers
from accord.web.security import Guard, Secrets, check_csrf
from accord.web.views import Extractor, PageCache, default_extractor

#: Uploads and other request bodies above this many bytes are refused (413).
MAX_UPLOAD = 5 * 2**20
STATIC = Path(__file__).parent / "static"


def create_app(
    store_url: str | None = None,
    *,
    token: str | None = None,
    max_upload: int = MAX_UPLOAD,
    reviewer: str = "web",
    secret: bytes | None = None,
    extractor: Extractor = default_extractor,
    store: Any = None,
) -> FastAPI:
    """The accord web app over the store at ``store_url`` (or an open ``store``).

    Parameters
    ----------
    store_url
        Database URL or SQLite path (``accord.store.Store``'s default when ``None``).
    token
        When given, every request must carry it (header, login cookie, or ``?token=`` once).
    max_upload
        Largest request body accepted, in bytes.
    reviewer
        The reviewer name used until a person sets theirs on a document page.
    secret
        Key that signs the CSRF and login cookies; random per process by default.
    extractor
        ``(text, meta) -> Document``; :func:`accord.extract.extract` by default.
    """
    if store is None:
        from accord.store import Store

        store = Store(store_url)
    if token is not None and not token.strip():
        raise ValueError("the access token is empty")
    app = FastAPI(
        title="accord",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        dependencies=[Depends(check_csrf)],
    )
    app.state.store = store
    app.state.secrets = Secrets(secret or secrets.token_bytes(32), token)
    app.state.max_upload = max_upload
    app.state.reviewer = reviewer
    app.state.extractor = extractor
    app.state.cache = PageCache(store)
    install_handlers(app)

    css = stylesheet().encode("utf-8")

    @app.get("/static/accord.css", include_in_schema=False)
    def accord_css() -> Response:
        return Response(css, media_type="text/css", headers={"cache-control": "max-age=300"})

    app.mount("/static", StaticFiles(directory=STATIC), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)
    app.add_middleware(Guard, secrets_=app.state.secrets, max_body=max_upload)
    return app


__all__ = ["MAX_UPLOAD", "create_app"]
