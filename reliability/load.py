"""Load: ``retold serve`` on loopback under a closed-loop load generator (asyncio).

For each kind of page (story pages, article pages, search), ``--connections`` clients
first visit every page once (``first_visits``: nothing rendered before), then each
sends one request after another for ``--seconds``, cycling through every story, every
article, or a list of search words.  Reported per kind: requests, requests per
second, latency percentiles (p50, p90, p99, max) and status codes, with the machine's
load average before and after (the generator shares the machine with the server).

    python reliability/load.py --articles 1000 --seconds 60 [--db FILE] [--json out.json]

Without ``--db``, a database is built first from a synthetic corpus of ``--articles``.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from concurrency import RETOLD, serving
from crash import write_corpus

SEARCH_WORDS = ("said", "minister", "police", "strike", "court", "water", "price", "Roe")
TARGET = {"story": (300.0, 100.0)}  # kind: (req/s at least, p99 ms below)


def build_database(folder: Path, articles: int) -> Path:
    """A database of ``articles`` synthetic articles, analysed (quotes, stories ...)."""
    write_corpus(folder / "corpus", articles, seed=14)
    db = folder / "load.db"
    subprocess.run(
        [RETOLD, "analyze", str(folder / "corpus"), "--db", str(db), "--quiet"],
        check=True,
        capture_output=True,
    )
    return db


def page_paths(db: str) -> dict[str, list[str]]:
    """The paths each kind of page cycles through."""
    from retold.store import open_store

    with open_store(db) as store:
        stories = [f"/stories/{s.id}" for s in store.stories()]
        articles = [f"/articles/{s.article.id}" for s in store.articles()]
    return {
        "story": stories,
        "article": articles,
        "search": [f"/api/search?q={w}" for w in SEARCH_WORDS],
    }


class Connection:
    """One keep-alive HTTP/1.1 connection over asyncio streams: a request, then its
    answer read whole (Content-Length or chunked).  Lighter than an HTTP library, so
    the generator takes less of the CPU it shares with the server."""

    def __init__(self, host: str, port: int) -> None:
        self.host, self.port = host, port
        self.streams: tuple[asyncio.StreamReader, asyncio.StreamWriter] | None = None

    async def get(self, path: str) -> int:
        if self.streams is None:
            self.streams = await asyncio.open_connection(self.host, self.port)
        reader, writer = self.streams
        writer.write(f"GET {path} HTTP/1.1\r\nHost: {self.host}\r\n\r\n".encode())
        head = (await reader.readuntil(b"\r\n\r\n")).decode("latin-1").lower()
        status = int(head.split(" ", 2)[1])
        if "transfer-encoding: chunked" in head:
            while size := int((await reader.readline()).strip(), 16):
                await reader.readexactly(size + 2)
            await reader.readline()
        else:
            length = head.split("content-length:", 1)[1].split("\r\n", 1)[0]
            await reader.readexactly(int(length))
        if "connection: close" in head:
            await self.close()
        return status

    async def close(self) -> None:
        if self.streams is not None:
            self.streams[1].close()
            self.streams = None


async def client_loop(
    base: str,
    paths: list[str],
    start: int,
    until: float,
    seen: dict[str, Any],
    count: float = float("inf"),
) -> None:
    """One closed-loop client: the next request as soon as the last one is answered,
    until the clock reads ``until`` or ``count`` requests were made."""
    host, port = base.removeprefix("http://").split(":")
    conn = Connection(host, int(port))
    n = start
    while time.perf_counter() < until and n - start < count:
        path = paths[n % len(paths)]
        n += 1
        began = time.perf_counter()
        try:
            status = await asyncio.wait_for(conn.get(path), 60)
        except (OSError, ValueError, IndexError, asyncio.IncompleteReadError, TimeoutError) as exc:
            status = -1
            seen["errors"].append(f"{path}: {exc!r}")
            await conn.close()
        seen["latencies"].append(time.perf_counter() - began)
        seen["codes"][status] += 1
    await conn.close()


async def hammer(
    base: str, paths: list[str], seconds: float | None, connections: int
) -> dict[str, Any]:
    """``connections`` clients on ``paths`` for ``seconds`` (None: each path once, the
    first visits, split between the clients): the figures."""
    seen: dict[str, Any] = {"latencies": [], "codes": Counter(), "errors": []}
    began = time.perf_counter()
    if seconds is None:
        shares = [paths[i::connections] for i in range(connections)]
        loops = [client_loop(base, p, 0, float("inf"), seen, len(p)) for p in shares if p]
    else:
        step = max(1, len(paths) // connections)
        until = began + seconds
        loops = [client_loop(base, paths, i * step, until, seen) for i in range(connections)]
    await asyncio.gather(*loops)
    return figures(seen, time.perf_counter() - began)


def figures(seen: dict[str, Any], elapsed: float) -> dict[str, Any]:
    latencies = sorted(seen["latencies"])

    def pct(q: float) -> float:
        return round(1000 * latencies[min(len(latencies) - 1, int(q * len(latencies)))], 1)

    return {
        "requests": len(latencies),
        "seconds": round(elapsed, 1),
        "req_per_s": round(len(latencies) / elapsed, 1),
        "p50_ms": pct(0.50),
        "p90_ms": pct(0.90),
        "p99_ms": pct(0.99),
        "max_ms": round(1000 * latencies[-1], 1) if latencies else None,
        "codes": {str(k): v for k, v in sorted(seen["codes"].items())},
        "errors": seen["errors"][:5],
    }


def measure(
    db: str, kinds: list[str], seconds: float, connections: int, src: Path | None = None
) -> dict[str, Any]:
    """Every kind of page in turn against one server over ``db`` (running the retold
    package in ``src``, when given)."""
    paths = page_paths(db)
    results: dict[str, Any] = {}
    with serving(db, src=src) as base:
        for kind in kinds:
            first = asyncio.run(hammer(base, paths[kind], None, connections))
            load_before = os.getloadavg()
            result = asyncio.run(hammer(base, paths[kind], seconds, connections))
            result["first_visits"] = first
            result["load_before"] = [round(x, 2) for x in load_before]
            result["load_after"] = [round(x, 2) for x in os.getloadavg()]
            result["distinct_pages"] = len(paths[kind])
            if kind in TARGET:
                rate, p99 = TARGET[kind]
                result["target"] = f">= {rate:g} req/s, p99 < {p99:g} ms"
                result["target_met"] = result["req_per_s"] >= rate and result["p99_ms"] < p99
            results[kind] = result
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", help="an analysed database (else one is built)")
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--pages", default="story,article,search")
    parser.add_argument(
        "--before",
        type=Path,
        help="also measure, first, a server running the retold package under this src/ "
        "folder (a checkout of an older commit): before and after in one run",
    )
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    kinds = args.pages.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or str(build_database(Path(tmp), args.articles))
        report: dict[str, Any] = {
            "database": args.db or f"synthetic, {args.articles} articles",
            "cpus": os.cpu_count(),
            "connections": args.connections,
        }
        if args.before:
            before = measure(db, kinds, args.seconds, args.connections, args.before)
            report["before"] = {"src": str(args.before), "pages": before}
        report["pages"] = measure(db, kinds, args.seconds, args.connections)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
