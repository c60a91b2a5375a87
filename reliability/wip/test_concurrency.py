"""Two ``retold analyze`` processes and ``retold serve`` on one database at once, on
SQLite and on PostgreSQL: both runs end well, no "database is locked" reaches the user,
the server answers throughout, and no write is lost (every article of both corpora is
stored)."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
from pathlib import Path

import httpx

from retold.store import open_store

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from crash import write_corpus


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def poll_pages(port: int, until: list[subprocess.Popen[bytes]]) -> list[int]:
    """Status codes of story list and search requests, made while ``until`` run."""
    codes: list[int] = []
    base = f"http://127.0.0.1:{port}"
    while any(p.poll() is None for p in until) or not codes:
        for path in ("/api/stories", "/", "/api/search?q=said"):
            try:
                codes.append(httpx.get(base + path, timeout=30).status_code)
            except httpx.TransportError:
                time.sleep(0.2)
    return codes


def test_two_analyze_runs_and_serve_share_a_database(
    store_url: str, tmp_path: Path, retold_bin: Path
) -> None:
    corpora = [tmp_path / "a", tmp_path / "b"]
    counts = [write_corpus(folder, 60, seed) for seed, folder in enumerate(corpora, 1)]
    with open_store(store_url):
        pass  # the schema, so that serve can start before the runs write anything
    logs = [tmp_path / f"run{n}.log" for n in range(2)]
    runs = [
        subprocess.Popen(
            [str(retold_bin), "analyze", str(folder), "--db", store_url, "--quiet"],
            stdout=subprocess.DEVNULL,
            stderr=log.open("wb"),
        )
        for folder, log in zip(corpora, logs, strict=True)
    ]
    port = free_port()
    server = subprocess.Popen(
        [str(retold_bin), "serve", "--db", store_url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        codes = poll_pages(port, runs)
    finally:
        server.terminate()
        server.wait(timeout=20)
    errors = [log.read_text() for log in logs]
    assert [r.wait(timeout=300) for r in runs] == [0, 0], errors
    assert not any("locked" in e.lower() for e in errors), errors
    assert codes and set(codes) == {200}, codes
    with open_store(store_url) as store:
        stored = {
            str(Path(o.path).parent.name) for s in store.articles() for o in [s.article.origin]
        }
        total = sum(1 for _ in store.articles())
    assert total == sum(counts)
    assert stored == {"a", "b"}
