"""The web app served for real on a free local port, and the system Chromium, for the
browser tests (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
import uvicorn
from fastapi.testclient import TestClient

from retold.web import create_app

BROWSERS = ("chromium", "chromium-browser", "google-chrome")


def chromium_path() -> str | None:
    """The system browser (Debian's `chromium` package); never a downloaded one."""
    return next((found for name in BROWSERS if (found := shutil.which(name))), None)


def need_browser() -> str:
    path = chromium_path()
    if path is None:
        pytest.skip("no chromium executable on PATH (apt-get install chromium)")
    return path


@contextmanager
def served(db: Path) -> Iterator[str]:
    """Serve ``db`` with uvicorn in a thread; yields the base URL."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    config = uvicorn.Config(create_app(db), host="127.0.0.1", port=port, log_level="warning")
    server = uvicorn.Server(config)
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline or not thread.is_alive():
            raise RuntimeError("the web app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def page_urls(client: TestClient) -> list[str]:
    """Every page of the app over its database."""
    urls = ["/", "/people", "/outlets", "/?q=the", "/?outlet=x&person=y&since=2000-01-01"]
    urls += [f"/stories/{s['id']}" for s in client.get("/api/stories?limit=500").json()["items"]]
    urls += [f"/articles/{a['id']}" for a in client.get("/api/articles?limit=500").json()["items"]]
    people = client.get("/api/people?limit=500").json()["items"]
    urls += [f"/people/{quote(p['name'], safe='')}" for p in people]
    outlets = client.get("/api/outlets?limit=500").json()["items"]
    urls += [f"/outlets/{quote(o['name'], safe='')}" for o in outlets]
    return urls
