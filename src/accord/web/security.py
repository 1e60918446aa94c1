"""Access token, cross-site request forgery (CSRF) protection and the request size limit.

:class:`Guard` is a plain ASGI middleware in front of the app:

- with a token (``accord serve --token T``) every request must carry it: the header
  ``Authorization: Bearer T`` (or ``X-Accord-Token: T``), the cookie set by the login form, or
  ``?token=T`` once in a link (answered with the cookie and a redirect to the same page without
  it). Other requests get 401: JSON for the API, a redirect to ``/login`` for a browser.
- a request body above ``max_body`` bytes is refused with 413 and a message naming the limit,
  before the app reads it (by ``Content-Length``) or as soon as it grows past it (chunked).
- each browser gets a random CSRF cookie; :func:`check_csrf` requires every form post to echo a
  token derived from it with the server's secret (a signed double-submit token). JSON posts
  pass because a cross-site page cannot send ``application/json`` without a CORS preflight,
  which this app never grants; so do requests carrying the token in a header.

>>> s = Secrets(b"k" * 32, token="t0p")
>>> s.valid_csrf("abc", s.csrf_for("abc")), s.valid_csrf("abc", s.csrf_for("abd"))
(True, False)
>>> s.valid_login(s.login_cookie()), s.valid_login("guess")
(True, False)
"""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from http.cookies import SimpleCookie
from typing import Any
from urllib.parse import parse_qsl, quote, urlencode

from fastapi import HTTPException
from starlette.datastructures import Headers
from starlette.requests import Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from accord.web.errors import WebError, error_response

CSRF_COOKIE = "accord_csrf"
LOGIN_COOKIE = "accord_auth"
CSRF_FIELD = "csrf"
CSRF_HEADER = "x-csrf-token"
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}
#: Paths reachable without the token: the login form itself.
OPEN_PATHS = {"/login"}


def size_text(n: int) -> str:
    """A byte count for people.

    >>> size_text(900), size_text(100_000), size_text(5 * 2**20), size_text(1_600_000)
    ('900 bytes', '98 KB', '5 MB', '1.5 MB')
    """
    if n < 1024:
        return f"{n} bytes"
    if n < 2**20:
        return f"{round(n / 1024)} KB"
    return f"{n / 2**20:.1f}".removesuffix(".0") + " MB"


@dataclass(frozen=True)
class Secrets:
    """The server's signing key and the optional access token."""

    key: bytes
    token: str | None = None

    def _sign(self, purpose: str, value: str) -> str:
        mac = hmac.new(self.key, f"{purpose}:{value}".encode(), hashlib.sha256)
        return mac.hexdigest()

    def csrf_for(self, nonce: str) -> str:
        """The form token that goes with the CSRF cookie ``nonce``."""
        return self._sign("csrf", nonce)

    def valid_csrf(self, nonce: str | None, token: str | None) -> bool:
        return bool(nonce and token) and hmac.compare_digest(self.csrf_for(nonce), token)

    def login_cookie(self) -> str:
        """The value of the cookie that proves the token was given (not the token itself)."""
        return self._sign("login", self.token or "")

    def valid_login(self, value: str | None) -> bool:
        return bool(self.token and value) and hmac.compare_digest(self.login_cookie(), value)

    def valid_token(self, value: str | None) -> bool:
        return bool(self.token and value) and hmac.compare_digest(
            value.encode("utf-8"), self.token.encode("utf-8")
        )


class BodyTooLarge(HTTPException):
    """The request body grew past the limit while the app was reading it (413)."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, f"upload too large: the limit is {size_text(limit)}")


def _cookie_header(name: str, value: str, *, max_age: int | None = None) -> tuple[bytes, bytes]:
    parts = [f"{name}={value}", "Path=/", "HttpOnly", "SameSite=Lax"]
    if max_age is not None:
        parts.append(f"Max-Age={max_age}")
    return b"set-cookie", "; ".join(parts).encode("latin-1")


def _cookies(headers: Headers) -> dict[str, str]:
    jar: SimpleCookie = SimpleCookie()
    try:
        jar.load(headers.get("cookie", ""))
    except Exception:
        return {}
    return {k: m.value for k, m in jar.items()}


class Guard:
    """ASGI middleware: access token, body size limit, and the CSRF cookie."""

    def __init__(
        self, app: ASGIApp, *, secrets_: Secrets, max_body: int, slack: int = 64 * 1024
    ) -> None:
        self.app = app
        self.secrets = secrets_
        self.max_body = max_body
        self.slack = slack  # room for a form's other fields and multipart boundaries

    async def _send_error(self, scope: Scope, send: Send, status: int, message: str) -> None:
        headers = Headers(scope=scope)
        request = Request(scope)
        response = error_response(request, scope["path"], headers, status, message)
        await response(scope, _noop_receive, send)

    def _authorised(self, scope: Scope, headers: Headers, cookies: dict[str, str]) -> bool:
        s = self.secrets
        auth = headers.get("authorization", "")
        if auth.lower().startswith("bearer ") and s.valid_token(auth[7:].strip()):
            return True
        if s.valid_token(headers.get("x-accord-token")):
            return True
        return s.valid_login(cookies.get(LOGIN_COOKIE))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        headers = Headers(scope=scope)
        cookies = _cookies(headers)
        path = scope["path"]

        if (
            self.secrets.token
            and path not in OPEN_PATHS
            and not self._authorised(scope, headers, cookies)
        ):
            query = dict(parse_qsl(scope.get("query_string", b"").decode("latin-1")))
            if scope["method"] == "GET" and self.secrets.valid_token(query.get("token")):
                query.pop("token")
                location = path + (f"?{urlencode(query)}" if query else "")
                await send_redirect(
                    send, location, [_cookie_header(LOGIN_COOKIE, self.secrets.login_cookie())]
                )
                return
            if scope["method"] == "GET" and not path.startswith("/api"):
                accept = headers.get("accept", "")
                if "text/html" in accept:
                    qs = scope.get("query_string", b"").decode("latin-1")
                    target = path + (f"?{qs}" if qs else "")
                    await send_redirect(send, f"/login?next={quote(target, safe='')}", [])
                    return
            await self._send_error(scope, send, 401, "this server needs its access token")
            return

        length = headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body + self.slack:
            await self._send_error(
                scope,
                send,
                413,
                f"upload too large: {size_text(int(length))};"
                f" the limit is {size_text(self.max_body)}",
            )
            return

        nonce = cookies.get(CSRF_COOKIE)
        new_nonce = None
        if not nonce or len(nonce) < 16:
            nonce = new_nonce = secrets.token_urlsafe(24)
        scope.setdefault("state", {})["csrf_nonce"] = nonce
        scope["state"]["csrf_token"] = self.secrets.csrf_for(nonce)

        seen = 0
        started = False

        async def limited_receive() -> Message:
            nonlocal seen
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_body + self.slack:
                    raise BodyTooLarge(self.max_body)
            return message

        async def send_with_cookie(message: Message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
                if new_nonce:
                    message.setdefault("headers", [])
                    message["headers"] = [
                        *message["headers"],
                        _cookie_header(CSRF_COOKIE, new_nonce),
                    ]
            await send(message)

        try:
            await self.app(scope, limited_receive, send_with_cookie)
        except BodyTooLarge:
            if started:
                raise
            await self._send_error(
                scope, send, 413, f"upload too large: the limit is {size_text(self.max_body)}"
            )


async def _noop_receive() -> Message:
    return {"type": "http.disconnect"}


async def send_redirect(send: Send, location: str, headers: list[tuple[bytes, bytes]]) -> None:
    await send(
        {
            "type": "http.response.start",
            "status": 303,
            "headers": [
                (b"location", location.encode("latin-1")),
                (b"content-length", b"0"),
                *headers,
            ],
        }
    )
    await send({"type": "http.response.body", "body": b""})


def safe_next(target: str | None) -> str:
    """A local path to go back to after login (never another site).

    >>> safe_next("/gaps?doc=1"), safe_next("//evil.example/"), safe_next("https://x.y/")
    ('/gaps?doc=1', '/', '/')
    """
    if not target or not target.startswith("/") or target.startswith("//") or "\\" in target:
        return "/"
    return target


async def check_csrf(request: Request) -> None:
    """A FastAPI dependency: refuse an unsafe request without a valid CSRF token (403)."""
    if request.method in SAFE_METHODS:
        return
    secrets_: Secrets = request.app.state.secrets
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    origin = request.headers.get("origin")
    if origin and origin != "null":
        host = request.headers.get("host", "")
        if origin.split("://", 1)[-1] != host:
            raise WebError(403, f"cross-site request from {origin} refused", "csrf")
    if ctype == "application/json":
        return
    auth = request.headers.get("authorization", "")
    if secrets_.valid_token(request.headers.get("x-accord-token")) or (
        auth.lower().startswith("bearer ") and secrets_.valid_token(auth[7:].strip())
    ):
        return  # a header a browser never adds by itself: not a forged request
    nonce = request.cookies.get(CSRF_COOKIE)
    token = request.headers.get(CSRF_HEADER)
    if token is None and ctype in ("application/x-www-form-urlencoded", "multipart/form-data"):
        form = await request.form()
        value: Any = form.get(CSRF_FIELD)
        token = value if isinstance(value, str) else None
    if not secrets_.valid_csrf(nonce, token):
        raise WebError(
            403,
            "the form's security token is missing or stale: reload the page and try again",
            "csrf",
        )


__all__ = [
    "CSRF_COOKIE",
    "CSRF_FIELD",
    "LOGIN_COOKIE",
    "Guard",
    "Secrets",
    "check_csrf",
    "safe_next",
    "send_redirect",
]
