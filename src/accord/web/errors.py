"""One error shape for the JSON API, and the HTML page people see instead.

Every API error is ``{"error": {"status": 404, "code": "not_found", "message": "..."}}``: the
HTTP status, a stable machine code and a one-line message.

>>> error_body(404, "document 7 not found")
{'error': {'status': 404, 'code': 'not_found', 'message': 'document 7 not found'}}
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from accord.errors import AccordError

CODES = {
    400: "bad_input",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    409: "conflict",
    413: "too_large",
    415: "unsupported_media_type",
    422: "invalid",
    500: "internal",
}


class WebError(Exception):
    """An error a route raises to answer with ``status`` and a one-line ``message``."""

    def __init__(self, status: int, message: str, code: str | None = None) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.code = code or CODES.get(status, "error")


def error_body(status: int, message: str, code: str | None = None) -> dict[str, Any]:
    """The JSON body of an API error."""
    return {
        "error": {"status": status, "code": code or CODES.get(status, "error"), "message": message}
    }


def wants_json(path: str, headers: Any) -> bool:
    """API paths, and clients that do not ask for HTML, get JSON errors."""
    if path.startswith("/api/") or path == "/api":
        return True
    accept = headers.get("accept", "") if headers else ""
    return "text/html" not in accept and "*/*" not in accept and accept != ""


def error_response(
    request: Request | None,
    path: str,
    headers: Any,
    status: int,
    message: str,
    code: str | None = None,
) -> Response:
    """A JSON error for API clients, an HTML page (same status) for people."""
    if wants_json(path, headers):
        return JSONResponse(error_body(status, message, code), status_code=status)
    from accord.web.templating import render_page

    return HTMLResponse(render_page(request, "error.html", status=status, message=message), status)


def install_handlers(app: FastAPI) -> None:
    """Route every error raised in the app through :func:`error_response`."""

    async def web_error(request: Request, exc: WebError) -> Response:
        return error_response(
            request, request.url.path, request.headers, exc.status, exc.message, exc.code
        )

    async def accord_error(request: Request, exc: AccordError) -> Response:
        return error_response(request, request.url.path, request.headers, 400, str(exc))

    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        message = exc.detail if isinstance(exc.detail, str) else "error"
        if exc.status_code == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return error_response(request, request.url.path, request.headers, exc.status_code, message)

    async def validation_error(request: Request, exc: RequestValidationError) -> Response:
        first = exc.errors()[0] if exc.errors() else {}
        loc = ".".join(str(x) for x in first.get("loc", ()) if x not in ("body", "query", "path"))
        message = (
            f"{loc}: {first.get('msg', 'invalid')}" if loc else first.get("msg", "invalid input")
        )
        return error_response(request, request.url.path, request.headers, 422, message)

    async def unexpected(request: Request, exc: Exception) -> Response:
        return error_response(
            request,
            request.url.path,
            request.headers,
            500,
            f"internal error: {exc.__class__.__name__}",
        )

    app.add_exception_handler(WebError, web_error)
    app.add_exception_handler(AccordError, accord_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)


__all__ = ["CODES", "WebError", "error_body", "error_response", "install_handlers", "wants_json"]
