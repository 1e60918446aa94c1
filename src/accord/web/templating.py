"""The web app's Jinja environment: its own templates first, then the report's macros."""

from __future__ import annotations

import functools
from typing import Any

import jinja2
from starlette.requests import Request

from accord.report.render import template_loader


@functools.lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """Templates of ``accord.web`` then ``accord.report``; autoescape on everywhere."""
    loader = jinja2.ChoiceLoader(
        [jinja2.PackageLoader("accord.web", "templates"), template_loader()]
    )
    env = jinja2.Environment(loader=loader, autoescape=True, undefined=jinja2.StrictUndefined)
    return env


def render_page(request: Request | None, name: str, **context: Any) -> str:
    """Render ``name`` with the values every page needs (CSRF token, login state)."""
    state = getattr(request, "state", None) if request is not None else None
    csrf = getattr(state, "csrf_token", "") if state is not None else ""
    app_state = request.app.state if request is not None and "app" in request.scope else None
    base = {
        "csrf": csrf,
        "token_mode": bool(app_state and app_state.secrets.token),
        "reviewer": (request.cookies.get("accord_reviewer") if request is not None else None)
        or (app_state.reviewer if app_state else "web"),
        "max_upload": app_state.max_upload if app_state else 0,
        "path": request.url.path if request is not None else "/",
        "query": request.query_params.get("q", "") if request is not None else "",
        "status": 200,
    }
    base.update(context)
    return environment().get_template(name).render(**base)


__all__ = ["environment", "render_page"]
