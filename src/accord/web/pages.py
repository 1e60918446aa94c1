"""The HTML pages. Each route parses its input, calls one function of :mod:`accord.web.views`
and renders a template; every write answers with a redirect (post/redirect/get)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, File, Form, Query, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from starlette.concurrency import run_in_threadpool

from accord.report.render import stylesheet
from accord.web import views
from accord.web.errors import WebError
from accord.web.security import LOGIN_COOKIE, safe_next
from accord.web.templating import render_page

router = APIRouter(include_in_schema=False)
REVIEWER_COOKIE = "accord_reviewer"


def page(request: Request, name: str, status: int = 200, **context: Any) -> HTMLResponse:
    return HTMLResponse(render_page(request, name, **context), status_code=status)


def reviewer_of(request: Request) -> str:
    name = (request.cookies.get(REVIEWER_COOKIE) or "").strip()
    return name[:80] or request.app.state.reviewer


def back(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


@router.get("/", response_class=HTMLResponse)
def index(request: Request, offset: Annotated[int, Query(ge=0)] = 0) -> HTMLResponse:
    store = request.app.state.store
    limit = 100
    docs = store.documents(limit=limit + 1, offset=offset)
    stats = store.stats()
    return page(
        request,
        "index.html",
        documents=views.document_rows(docs[:limit]),
        more=len(docs) > limit,
        offset=offset,
        stats={**stats, "reviewed": stats.get("reviewed_documents", 0)},
        flash=request.query_params.get("flash"),
    )


@router.get("/add", response_class=HTMLResponse)
def add_form(request: Request) -> HTMLResponse:
    return page(request, "add.html")


@router.post("/documents")
def upload(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    data = file.file.read()
    state = request.app.state
    doc_id, added = views.ingest_bytes(
        state.store, data, file.filename or "upload.txt", extractor=state.extractor
    )
    state.cache.bump()
    flash = "" if added else "?flash=This+text+was+already+stored."
    return back(f"/documents/{doc_id}{flash}")


@router.post("/documents/paste")
def paste(
    request: Request,
    text: Annotated[str, Form()],
    title: Annotated[str, Form()] = "",
    date: Annotated[str, Form()] = "",
    round: Annotated[str, Form()] = "",
) -> Response:
    state = request.app.state
    meta = {"title": title.strip(), "date": views.parse_date(date), "round": round.strip()}
    name = (title.strip() or "pasted text")[:80]
    doc_id, added = views.ingest_bytes(
        state.store, text.encode("utf-8"), name, extractor=state.extractor, meta=meta
    )
    state.cache.bump()
    flash = "" if added else "?flash=This+text+was+already+stored."
    return back(f"/documents/{doc_id}{flash}")


@router.get("/documents/{doc_id}", response_class=HTMLResponse)
def document(request: Request, doc_id: int) -> HTMLResponse:
    data = views.document_page(request.app.state.store, doc_id)
    return page(
        request,
        "document.html",
        doc_id=data.id,
        title=data.title,
        view=data.view,
        live=data.live,
        deleted=data.deleted,
        issues=data.issues,
        flash=request.query_params.get("flash"),
    )


@router.post("/documents/{doc_id}/provisions/{provision_id}/{action}")
async def review(request: Request, doc_id: int, provision_id: int, action: str) -> Response:
    if action not in ("confirm", "correct", "delete"):
        raise WebError(404, f"no review action {action!r}")
    form = dict(await request.form())
    state = request.app.state
    await run_in_threadpool(
        views.review, state.store, doc_id, provision_id, action, reviewer_of(request), form
    )
    state.cache.bump()
    return back(f"/documents/{doc_id}#p{provision_id}")


@router.post("/documents/{doc_id}/provisions")
async def add_provision(request: Request, doc_id: int) -> Response:
    form = dict(await request.form())
    state = request.app.state
    added = await run_in_threadpool(
        views.add_missed, state.store, doc_id, reviewer_of(request), form
    )
    state.cache.bump()
    return back(f"/documents/{doc_id}#p{added.id}")


@router.post("/reviewer")
def set_reviewer(reviewer: Annotated[str, Form()], next: Annotated[str, Form()] = "/") -> Response:
    response = back(safe_next(next))
    name = reviewer.strip()[:80]
    if name:
        response.set_cookie(REVIEWER_COOKIE, name, httponly=True, samesite="lax")
    return response


@router.get("/gaps", response_class=HTMLResponse)
async def gaps(request: Request, doc: Annotated[list[int], Query()] = []) -> HTMLResponse:  # noqa: B006
    state = request.app.state
    key = ("gaps.html", tuple(sorted(set(doc))))

    def make() -> str:
        data = views.gap_page(state.store, doc)
        total = state.store.count()
        chooser = state.store.documents(limit=200) if total <= 200 else []
        query = "?" + "&".join(f"doc={i}" for i in data.selected) if data.selected else ""
        return render_page(
            request,
            "gaps.html",
            matrix=data.matrix,
            charts=data.charts,
            documents=views.document_rows(chooser),
            total=total,
            selected=data.selected,
            api_query=query,
            csrf="",
        )

    return HTMLResponse(await state.cache.aget(key, make))


@router.get("/report", response_class=HTMLResponse)
async def report(request: Request, doc: Annotated[list[int], Query()] = []) -> Response:  # noqa: B006
    state = request.app.state
    key = ("report", tuple(sorted(set(doc))))
    html = await state.cache.aget(key, lambda: views.report_html(state.store, doc))
    return HTMLResponse(
        html, headers={"content-disposition": 'attachment; filename="accord-report.html"'}
    )


@router.get("/timeline", response_class=HTMLResponse)
def timeline(request: Request, party: str = "", issue: str = "") -> HTMLResponse:
    data = views.timeline(request.app.state.store, party, issue)
    return page(request, "timeline.html", t=data, party=party, issue=issue)


@router.get("/search", response_class=HTMLResponse)
def search(
    request: Request,
    q: str = "",
    party: str = "",
    issue: str = "",
    stance: str = "",
) -> HTMLResponse:
    searched = any((q, party, issue, stance))
    hits, agreements, colors = (
        views.search(request.app.state.store, q, party, issue, stance) if searched else ([], [], {})
    )
    return page(
        request,
        "search.html",
        hits=hits,
        agreements=agreements,
        colors=colors,
        searched=searched,
        party=party,
        issue=issue,
        stance=stance,
    )


@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> HTMLResponse:
    return page(request, "login.html", css=stylesheet(), next=safe_next(next), message=None)


@router.post("/login")
def login(
    request: Request, token: Annotated[str, Form()], next: Annotated[str, Form()] = "/"
) -> Response:
    s = request.app.state.secrets
    if not s.token:
        return back(safe_next(next))
    if not s.valid_token(token):
        return page(
            request,
            "login.html",
            status=401,
            css=stylesheet(),
            next=safe_next(next),
            message="That is not the token of this server.",
        )
    response = back(safe_next(next))
    response.set_cookie(LOGIN_COOKIE, s.login_cookie(), httponly=True, samesite="lax")
    return response


@router.get("/cases", response_class=HTMLResponse)
def cases(request: Request) -> HTMLResponse:
    return page(request, "cases.html", cases=request.app.state.store.cases())


@router.post("/cases")
def add_case(request: Request, file: Annotated[UploadFile, File()]) -> Response:
    case_id = views.add_case(request.app.state.store, file.file.read(), file.filename or "case")
    return back(f"/cases/{case_id}")


@router.get("/cases/{case_id}", response_class=HTMLResponse)
def case(request: Request, case_id: int) -> HTMLResponse:
    view = views.case_page(request.app.state.store, case_id, dict(request.query_params))
    return page(request, "case.html", view=view, case_id=case_id)
