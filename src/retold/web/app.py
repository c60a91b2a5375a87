"""The ASGI app: ``create_app(db_path)``.

One error shape for the whole API, ``{"error": {"status", "code", "message"}}`` (plus
``details`` for a request that does not validate), made here at the edge from retold's
exception tree; pages get the same errors as an HTML page.  Every response carries a
Content-Security-Policy that allows no script at all.
"""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib.resources import files
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from retold import __version__
from retold.errors import NotFoundError, RetoldError, UsageError
from retold.store.postgres import is_postgres_url
from retold.web.api import ErrorBody, api_router, write_router
from retold.web.cache import PageCache
from retold.web.pages import page_router, templates

LOG = logging.getLogger("retold.web")
CSP = (
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; "
    "frame-ancestors 'none'; base-uri 'none'"
)
HEADERS = (
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"no-referrer"),
    (b"x-frame-options", b"DENY"),
)
CODES = {
    400: "bad_request",
    401: "unauthorized",
    403: "forbidden",
    404: "not_found",
    405: "method_not_allowed",
    422: "invalid_request",
    500: "internal_error",
}


def create_app(
    db_path: str | Path, allow_writes: bool = False, token: str | None = None
) -> FastAPI:
    """The web app over the database at ``db_path``: a SQLite file (which must exist)
    or a PostgreSQL URL.

    Read-only unless ``allow_writes`` and a ``token`` are both given: then
    ``POST /api/articles`` analyses new articles, for requests bearing the token."""
    if not is_postgres_url(db_path) and not Path(db_path).is_file():
        raise UsageError(f"no database at {db_path}; run `retold analyze PATH... --db {db_path}`")
    if allow_writes and not token:
        raise UsageError("--allow-writes needs --token (or $RETOLD_TOKEN): writes need a secret")
    pages = PageCache(str(db_path))

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        pages.close()

    app = FastAPI(
        lifespan=lifespan,
        title="retold",
        version=__version__,
        description="How one news story is retold across outlets: stories, articles, "
        "quotes, people, outlets and findings with their evidence.",
        openapi_url="/api/openapi.json",
        docs_url=None,
        redoc_url=None,
    )
    app.state.db_path = str(db_path)
    app.state.pages = pages
    app.state.token = token if allow_writes else None
    app.include_router(api_router)
    if allow_writes:
        app.include_router(write_router)
    app.include_router(page_router)
    static = files("retold.web").joinpath("static")
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    _handle_errors(app)
    app.add_middleware(SecurityHeaders)
    return app


def error_response(request: Request, status: int, message: str, details: Any = None) -> Response:
    """The one error shape under /api/; an HTML page elsewhere."""
    code = CODES.get(status, "error")
    if not request.url.path.startswith("/api/"):
        html = templates.get_template("error.html").render(
            status=status, code=code, message=message
        )
        return HTMLResponse(html, status_code=status)
    body = ErrorBody.model_validate(
        {"error": {"status": status, "code": code, "message": message, "details": details}}
    )
    return JSONResponse(body.model_dump(exclude_none=True), status_code=status)


def _handle_errors(app: FastAPI) -> None:
    async def http_error(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, HTTPException)
        return error_response(request, exc.status_code, str(exc.detail))

    async def invalid(request: Request, exc: Exception) -> Response:
        assert isinstance(exc, RequestValidationError)
        details = [
            {"where": ".".join(str(p) for p in e.get("loc", ())), "problem": str(e.get("msg"))}
            for e in exc.errors()
        ]
        message = "; ".join(f"{d['where']}: {d['problem']}" for d in details)
        return error_response(request, 422, message or "invalid request", details)

    async def not_found(request: Request, exc: Exception) -> Response:
        return error_response(request, 404, str(exc))

    async def usage(request: Request, exc: Exception) -> Response:
        return error_response(request, 400, str(exc))

    async def internal(request: Request, exc: Exception) -> Response:
        # answered outside the middleware (so the headers are added here); Starlette
        # raises the exception on after this answer, and the server logs it
        response = error_response(request, 500, "internal error; the server log has the details")
        response.headers.update({k.decode(): v.decode() for k, v in HEADERS})
        return response

    async def retold_error(request: Request, exc: Exception) -> Response:
        LOG.error("%s %s failed: %s", request.method, request.url.path, exc, exc_info=exc)
        return error_response(request, 500, "internal error; the server log has the details")

    app.add_exception_handler(HTTPException, http_error)
    app.add_exception_handler(RequestValidationError, invalid)
    app.add_exception_handler(NotFoundError, not_found)
    app.add_exception_handler(UsageError, usage)
    app.add_exception_handler(RetoldError, retold_error)
    app.add_exception_handler(Exception, internal)


class SecurityHeaders:
    """Adds the CSP and the other security headers to every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *HEADERS]
            await send(message)

        await self.app(scope, receive, send_with_headers)
