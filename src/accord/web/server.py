"""Run the web app with uvicorn (``accord serve``)."""

from __future__ import annotations

import os
from typing import Any

from accord.errors import AccordError


def serve(
    db: str | None = None,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    max_upload: int | None = None,
    reviewer: str = "web",
    log_level: str = "warning",
    **uvicorn_options: Any,
) -> None:
    """Open the store at ``db`` and serve the app until interrupted.

    ``token`` defaults to the ``ACCORD_TOKEN`` environment variable (so that it need not appear
    in the process list). Listening beyond loopback without a token is allowed but warned about.
    """
    import uvicorn

    from accord.web.app import MAX_UPLOAD, create_app

    token = token or os.environ.get("ACCORD_TOKEN") or None
    if port < 0 or port > 65535:
        raise AccordError("--port", f"{port} is not a port number")
    app = create_app(db, token=token, max_upload=max_upload or MAX_UPLOAD, reviewer=reviewer)
    uvicorn.run(app, host=host, port=port, log_level=log_level, **uvicorn_options)


__all__ = ["serve"]
