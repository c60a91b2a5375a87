"""The JSON API under ``/api/``: the same documents as the pages and the export.

Lists are pages: ``{"items", "total", "limit", "offset", "next"}``, ``next`` the link to the
following page (null on the last).  Exports under ``/api/export/`` are streamed and
uncapped.  Every error has the one shape of ``ErrorBody``.
"""

from __future__ import annotations

import hmac
import json
import tempfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, Literal, TypeVar

from fastapi import APIRouter, Depends, Header, HTTPException, Query, Request
from fastapi import Path as PathParam
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, Field

from retold.serve.export import finding_json, person_of, quote_groups, quote_json
from retold.serve.storyview import coverage_document, story_document
from retold.store import ArticleQuery, SQLStore, open_store
from retold.web.catalog import (
    article_page,
    filtered_stories,
    outlet_rows,
    people_rows,
    person_timeline,
)
from retold.web.documents import article_document, outlet_document
from retold.web.exports import MEDIA, Format, Record, export_stream
from retold.web.search import search

T = TypeVar("T")
DATE = r"^\d{4}-\d{2}-\d{2}$"


class ErrorDetail(BaseModel):
    status: int = Field(description="the HTTP status")
    code: str = Field(description="not_found, invalid_request, bad_request, ... internal_error")
    message: str = Field(description="what was wrong, in words")
    details: list[dict[str, str]] | None = Field(
        default=None, description="for invalid_request: where each problem is"
    )


class ErrorBody(BaseModel):
    """The one shape of every error the API returns."""

    error: ErrorDetail


ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": ErrorBody, "description": "bad request"},
    404: {"model": ErrorBody, "description": "not found"},
    422: {"model": ErrorBody, "description": "invalid request"},
}
api_router = APIRouter(prefix="/api", responses=ERRORS)
Limit = Annotated[int, Query(ge=1, le=500, description="items per page")]
Offset = Annotated[int, Query(ge=0, le=1_000_000_000, description="items to skip")]
Day = Annotated[str | None, Query(pattern=DATE, description="YYYY-MM-DD")]
Text = Annotated[str | None, Query(max_length=200)]


@contextmanager
def reading(request: Request) -> Iterator[SQLStore]:
    """A store of its own for one request, closed after it."""
    with open_store(request.app.state.db_path) as store:
        yield store


def paged(
    request: Request, items: list[Any], total: int, limit: int, offset: int
) -> dict[str, Any]:
    """A page of ``total`` items with the link to the next page (null on the last)."""
    end = offset + limit
    nxt = str(request.url.include_query_params(offset=end)) if end < total else None
    return {"items": items, "total": total, "limit": limit, "offset": offset, "next": nxt}


def page(request: Request, rows: list[T], limit: int, offset: int) -> dict[str, Any]:
    """One page of ``rows`` with the link to the next."""
    return paged(request, rows[offset : offset + limit], len(rows), limit, offset)


def read(request: Request, fn: Callable[[SQLStore], T]) -> T:
    with reading(request) as store:
        return fn(store)


@api_router.get("/stories", summary="Stories, oldest first, filtered")
def list_stories(
    request: Request,
    since: Day = None,
    until: Day = None,
    outlet: Text = None,
    person: Text = None,
    q: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    """Stories by first publication; ``q`` keeps those with an article matching the words."""

    rows = read(request, lambda s: filtered_stories(s, since, until, outlet, person, q))
    return page(request, rows, limit, offset)


@api_router.get("/stories/{story_id}", summary="One story: the story view as a document")
def get_story(
    request: Request, story_id: Annotated[str, PathParam(max_length=100)]
) -> dict[str, Any]:
    return read(request, lambda s: story_document(s, story_id))


@api_router.get("/stories/{story_id}/coverage", summary="One story sentence by sentence")
def get_coverage(
    request: Request, story_id: Annotated[str, PathParam(max_length=100)]
) -> dict[str, Any]:
    return read(request, lambda s: coverage_document(s, story_id))


@api_router.get("/articles", summary="Articles (latest revisions), oldest first")
def list_articles(
    request: Request,
    outlet: Text = None,
    since: Day = None,
    until: Day = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    query = ArticleQuery(outlet, since, until)
    total, rows = read(request, lambda s: article_page(s, query, limit, offset))
    return paged(request, rows, total, limit, offset)


@api_router.get("/articles/{article_id}", summary="One article with quotes, credits, findings")
def get_article(
    request: Request, article_id: Annotated[str, PathParam(max_length=100)]
) -> dict[str, Any]:
    return read(request, lambda s: article_document(s, article_id))


@api_router.get("/quotes", summary="Quotes with speakers, statement groups and fidelity")
def list_quotes(
    request: Request,
    speaker: Text = None,
    story: Text = None,
    kind: Literal["direct", "indirect"] | None = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    def rows(store: SQLStore) -> list[dict[str, Any]]:
        members = store.get_story(story).articles if story else None
        groups = quote_groups(store.statement_groups())
        people = person_of(store)
        found = store.quotes(speaker=speaker, article_ids=members, kind=kind)
        return [quote_json(q, groups.get(q.id), people) for q in found]

    return page(request, read(request, rows), limit, offset)


@api_router.get("/people", summary="Quoted people, most quoted first")
def list_people(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(request, read(request, people_rows), limit, offset)


@api_router.get("/people/{name:path}", summary="One person's statements in time order")
def get_person(request: Request, name: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
    rows = read(request, lambda s: person_timeline(s, name))
    if not rows:
        raise HTTPException(404, f"no quotes of a person named {name!r}; /api/people lists them")
    return {"name": rows[0]["person"], "statements": rows}


@api_router.get("/outlets", summary="Outlets with their articles and stories")
def list_outlets(request: Request, limit: Limit = 50, offset: Offset = 0) -> dict[str, Any]:
    return page(request, read(request, outlet_rows), limit, offset)


@api_router.get("/outlets/{name:path}", summary="One outlet: stories, credits given and left out")
def get_outlet(request: Request, name: Annotated[str, PathParam(max_length=200)]) -> dict[str, Any]:
    return read(request, lambda s: outlet_document(s, name))


@api_router.get("/findings", summary="Findings with their evidence")
def list_findings(
    request: Request,
    kind: Text = None,
    story: Text = None,
    subject: Text = None,
    limit: Limit = 50,
    offset: Offset = 0,
) -> dict[str, Any]:
    def rows(store: SQLStore) -> list[dict[str, Any]]:
        found = store.findings(subject=subject, kind=kind)
        return [finding_json(f) for f in found if story is None or f.story == story]

    return page(request, read(request, rows), limit, offset)


@api_router.get("/search", summary="Full-text search over articles (title, outlet, body)")
def search_articles(
    request: Request,
    q: Annotated[str, Query(max_length=200, description="words, all of which must occur")],
    limit: Limit = 20,
    offset: Offset = 0,
) -> dict[str, Any]:
    found = read(request, lambda s: search(s, q, limit, offset))
    return paged(request, found.hits, found.total, limit, offset)


@api_router.get(
    "/export/{record}",
    summary="Every record of one type, streamed: JSON, JSON Lines, CSV or Parquet",
    response_class=StreamingResponse,
    responses={200: {"content": {media: {} for media in MEDIA.values()}}},
)
def export(request: Request, record: Record, format: Format = "jsonl") -> StreamingResponse:
    """Uncapped: every record, in the export's JSON shape (CSV and Parquet: one column per
    field, nested fields as JSON text)."""
    stream = export_stream(request.app.state.db_path, record, format)
    disposition = f'attachment; filename="retold-{record}.{format}"'
    return StreamingResponse(
        stream, media_type=MEDIA[format], headers={"content-disposition": disposition}
    )


class ArticleIn(BaseModel):
    """One article to analyse, as a JSON Lines record of ``retold analyze``."""

    text: str = Field(min_length=1, max_length=2_000_000)
    title: str | None = None
    outlet: str | None = None
    url: str | None = None
    published: str | None = None
    id: str | None = None


def require_token(request: Request, authorization: Annotated[str | None, Header()] = None) -> None:
    token = request.app.state.token
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not token or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(401, "writing needs the server's token: Authorization: Bearer TOKEN")


write_router = APIRouter(prefix="/api", responses={401: {"model": ErrorBody}, **ERRORS})


@write_router.post(
    "/articles",
    summary="Analyse new articles (only with --allow-writes)",
    dependencies=[Depends(require_token)],
)
def post_articles(request: Request, articles: list[ArticleIn]) -> dict[str, Any]:
    from retold.pipeline import run

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "posted.jsonl"
        lines = (json.dumps(a.model_dump(exclude_none=True), ensure_ascii=False) for a in articles)
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
        summary = read(request, lambda s: run([path], s))
    return {
        "ingested": summary.ingested,
        "unchanged": summary.unchanged,
        "revised": summary.revised,
        "rejected": [{"record": r.origin.record, "reason": r.reason} for r in summary.rejected],
    }
