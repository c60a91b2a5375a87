"""The HTML pages: stories, story, article, people, person, outlets, outlet.

Rendered on the server with Jinja2, autoescape on for every template: titles, bodies,
outlet names, quotes and URLs are untrusted text and never marked safe.  No page has a
script; the toggles are ``<details>`` elements.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any
from urllib.parse import quote

from fastapi import APIRouter, Query, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined

from retold import __version__
from retold.errors import NotFoundError
from retold.store import SQLStore, open_store
from retold.web.cache import PageCache
from retold.web.catalog import (
    filtered_stories,
    heads,
    outlet_rows,
    people_rows,
    person_timeline,
)
from retold.web.documents import outlet_document
from retold.web.render import safe_url
from retold.web.search import search
from retold.web.views import article_page, story_page

templates = Environment(
    loader=PackageLoader("retold.web", "templates"),
    autoescape=True,
    undefined=StrictUndefined,
    trim_blocks=True,
    lstrip_blocks=True,
)
templates.filters["seg"] = lambda value: quote(str(value), safe="")
templates.globals.update(safe_url=safe_url, version=__version__)

page_router = APIRouter(include_in_schema=False)
PER_PAGE = 50
Day = Annotated[str | None, Query(pattern=r"^(\d{4}-\d{2}-\d{2})?$")]
Text = Annotated[str | None, Query(max_length=200)]


def render(request: Request, template: str, **context: Any) -> HTMLResponse:
    html = templates.get_template(template).render(request=request, **context)
    return HTMLResponse(html)


def _store(request: Request) -> SQLStore:
    return open_store(request.app.state.db_path)


@page_router.get("/", response_class=HTMLResponse)
def stories(
    request: Request,
    since: Day = None,
    until: Day = None,
    outlet: Text = None,
    person: Text = None,
    q: Text = None,
    offset: Annotated[int, Query(ge=0, le=1_000_000_000)] = 0,
) -> HTMLResponse:
    """Stories, filtered by date, outlet, person and words; matching articles under them."""
    with _store(request) as store:
        rows = filtered_stories(store, since, until, outlet, person, q)
        hits = search(store, q, 20, 0) if q else None
        outlets = [o["name"] for o in outlet_rows(store)]
    more = offset + PER_PAGE < len(rows)
    return render(
        request,
        "stories.html",
        rows=rows[offset : offset + PER_PAGE],
        total=len(rows),
        hits=hits,
        outlets=outlets,
        form={
            "since": since or "",
            "until": until or "",
            "outlet": outlet or "",
            "person": person or "",
            "q": q or "",
        },
        next_url=str(request.url.include_query_params(offset=offset + PER_PAGE)) if more else None,
    )


async def cached(
    request: Request, template: str, view: Callable[[SQLStore], dict[str, Any]]
) -> Response:
    """The page ``template`` shows of ``view(store)``, rendered (in a worker thread) once
    per database version; a stored page is answered on the event loop (see
    ``retold.web.cache``)."""

    def fresh() -> bytes:
        with _store(request) as store:
            context = view(store)
        return bytes(render(request, template, **context).body)

    cache: PageCache = request.app.state.pages
    key = request.url.path + "?" + request.url.query
    version, body = cache.lookup(key)
    if body is None:
        body = await run_in_threadpool(fresh)
        cache.keep(key, version, body)
    return Response(body, media_type="text/html; charset=utf-8")


@page_router.get("/stories/{story_id}", response_class=HTMLResponse)
async def story(request: Request, story_id: str) -> Response:
    return await cached(request, "story.html", lambda store: story_page(store, story_id))


@page_router.get("/articles/{article_id}", response_class=HTMLResponse)
async def article(request: Request, article_id: str) -> Response:
    return await cached(request, "article.html", lambda store: article_page(store, article_id))


@page_router.get("/people", response_class=HTMLResponse)
def people(request: Request) -> HTMLResponse:
    with _store(request) as store:
        rows = people_rows(store)
    return render(request, "people.html", rows=rows)


@page_router.get("/people/{name:path}", response_class=HTMLResponse)
def person(request: Request, name: str) -> HTMLResponse:
    with _store(request) as store:
        rows = person_timeline(store, name)
    if not rows:
        raise NotFoundError(f"no quotes of a person named {name!r}")
    return render(request, "person.html", name=rows[0]["person"], rows=rows)


@page_router.get("/outlets", response_class=HTMLResponse)
def outlets(request: Request) -> HTMLResponse:
    with _store(request) as store:
        rows = outlet_rows(store)
    return render(request, "outlets.html", rows=rows)


@page_router.get("/outlets/{name:path}", response_class=HTMLResponse)
def outlet(request: Request, name: str) -> HTMLResponse:
    with _store(request) as store:
        doc = outlet_document(store, name)
        outlet_of = {h.id: h.outlet for h in heads(store).values()}
    return render(request, "outlet.html", doc=doc, outlet_of=outlet_of)
