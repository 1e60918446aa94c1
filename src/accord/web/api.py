"""The JSON API under ``/api``: the same operations as the pages, one error shape
(:mod:`accord.web.errors`). Writes take JSON bodies (or a multipart upload)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel

from accord.web import views
from accord.web.errors import WebError

router = APIRouter(prefix="/api")


class PasteBody(BaseModel):
    text: str
    name: str = "pasted text"
    title: str | None = None
    date: str | None = None
    round: str | None = None


class ReviewBody(BaseModel):
    reviewer: str | None = None
    holder: str | None = None
    issue: str | None = None
    stance: str | None = None
    modality: str | None = None
    subject: str | None = None
    objects: list[str] | str | None = None
    quote: str | None = None


def _reviewer(request: Request, body: ReviewBody) -> str:
    return (body.reviewer or "").strip() or request.app.state.reviewer


def _form(body: ReviewBody) -> dict[str, Any]:
    data = body.model_dump(exclude_none=True)
    if isinstance(data.get("objects"), list):
        data["objects"] = ", ".join(data["objects"])
    return data


@router.get("/stats")
def stats(request: Request) -> dict[str, Any]:
    return request.app.state.store.stats()


@router.get("/documents")
def documents(
    request: Request,
    limit: Annotated[int, Query(ge=1, le=1000)] = 100,
    offset: Annotated[int, Query(ge=0)] = 0,
) -> list[dict[str, Any]]:
    docs = request.app.state.store.documents(limit=limit, offset=offset)
    return [r.__dict__ for r in views.document_rows(docs)]


@router.post("/documents", status_code=201)
async def add_document(request: Request) -> dict[str, Any]:
    state = request.app.state
    ctype = request.headers.get("content-type", "")
    if ctype.startswith("multipart/form-data"):
        form = await request.form()
        upload = form.get("file")
        if upload is None or isinstance(upload, str):
            raise WebError(422, "file: a file upload is required")
        data, name, meta = await upload.read(), upload.filename or "upload.txt", {}
    elif ctype.startswith("application/json"):
        try:
            body = PasteBody.model_validate(await request.json())
        except ValueError as exc:
            raise WebError(422, f"body: {str(exc).splitlines()[0]}") from None
        data, name = body.text.encode("utf-8"), body.name
        meta = {"title": body.title, "date": views.parse_date(body.date), "round": body.round}
    else:
        raise WebError(415, 'send a multipart file upload or JSON {"text": ...}')
    from starlette.concurrency import run_in_threadpool

    doc_id, added = await run_in_threadpool(
        views.ingest_bytes, state.store, data, name, extractor=state.extractor, meta=meta
    )
    state.cache.bump()
    return {"id": doc_id, "added": added}


@router.get("/documents/{doc_id}")
def document(request: Request, doc_id: int) -> dict[str, Any]:
    doc = views.stored_document(request.app.state.store, doc_id)
    return doc.model_dump(mode="json")


@router.post("/documents/{doc_id}/provisions/{provision_id}/{action}")
def review(
    request: Request, doc_id: int, provision_id: int, action: str, body: ReviewBody
) -> dict[str, Any]:
    state = request.app.state
    done = views.review(
        state.store, doc_id, provision_id, action, _reviewer(request, body), _form(body)
    )
    state.cache.bump()
    return done.model_dump(mode="json")


@router.post("/documents/{doc_id}/provisions", status_code=201)
def add_provision(request: Request, doc_id: int, body: ReviewBody) -> dict[str, Any]:
    state = request.app.state
    added = views.add_missed(state.store, doc_id, _reviewer(request, body), _form(body))
    state.cache.bump()
    return added.model_dump(mode="json")


@router.get("/gaps")
async def gaps(
    request: Request,
    doc: Annotated[list[int], Query()] = [],  # noqa: B006
) -> Any:
    state = request.app.state
    key = ("api.gaps", tuple(sorted(set(doc))))

    def make() -> bytes:
        table = views.gap_page(state.store, doc).table
        return table.model_dump_json().encode("utf-8")

    return Response(await state.cache.aget(key, make), media_type="application/json")


@router.get("/search")
def search(
    request: Request, q: str = "", party: str = "", issue: str = "", stance: str = ""
) -> dict[str, Any]:
    hits, agreements, _ = views.search(request.app.state.store, q, party, issue, stance)
    return {
        "provisions": [h.model_dump(mode="json") for h in hits],
        "agreements": [a.model_dump(mode="json") for a in agreements],
    }


@router.get("/timeline")
def timeline(request: Request, party: str = "", issue: str = "") -> Any:
    from accord.timeline import build_timeline

    docs = request.app.state.store.iter_documents()
    t = build_timeline(docs, party=party or None, issue=issue or None)
    return Response(t.model_dump_json(), media_type="application/json")


@router.api_route("/{rest:path}", methods=["GET", "POST", "PUT", "PATCH", "DELETE"])
def not_found(rest: str) -> None:
    raise WebError(404, f"no API endpoint /api/{rest}")
