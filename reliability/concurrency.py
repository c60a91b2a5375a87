"""Concurrency: two ``retold analyze`` processes and ``retold serve`` on one database.

Two synthetic corpora are analysed at once into one database (SQLite file or
PostgreSQL) while a third process serves it and is asked for the story list, the
story API and a search, over and over, until both runs end.  Then:

* both runs exit 0 and no "database is locked" (or any traceback) reaches their output;
* every answer of the server was 200 (it answers from the first request to the last);
* no write is lost: every article of both corpora is stored;
* the export (articles, copies, stories, quotes, findings ...) equals that of one run
  over both corpora, so the derived tables are those of a single run.

    python reliability/concurrency.py --articles 1000 --rounds 3 [--backend both] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import os
import socket
import subprocess
import sys
import tempfile
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))
from crash import _stable, write_corpus

RETOLD = str(Path(sys.executable).parent / "retold")
PAGES = ("/", "/api/stories", "/api/search?q=said")
BAD_WORDS = ("locked", "traceback", "error")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@contextmanager
def serving(url: str, timeout: float = 60.0, src: Path | None = None) -> Iterator[str]:
    """``retold serve`` over ``url`` on a free loopback port, up and answering: its base
    URL.  Fails (instead of waiting for ever) when the server exits or never answers.
    With ``src``, the server runs the retold package in that folder instead."""
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(src)} if src else None
    server = subprocess.Popen(
        [RETOLD, "serve", "--db", url, "--port", str(port)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        env=env,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        while True:
            if server.poll() is not None:
                stderr = server.stderr.read().decode() if server.stderr else ""
                raise RuntimeError(f"retold serve exited with {server.returncode}: {stderr}")
            if time.monotonic() > deadline:
                raise RuntimeError(f"retold serve did not answer within {timeout} s")
            try:
                httpx.get(base + "/api/stories", timeout=5)
                break
            except httpx.TransportError:
                time.sleep(0.1)
        yield base
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait()
        if server.stderr:
            server.stderr.close()


@dataclass
class Outcome:
    """What happened while the runs went on."""

    exit_codes: list[int]
    run_output: list[str]
    answers: Counter[int] = field(default_factory=Counter)
    seconds: float = 0.0

    def problems(self) -> list[str]:
        found = []
        if self.exit_codes != [0] * len(self.exit_codes):
            found.append(f"runs exited with {self.exit_codes}")
        for n, text in enumerate(self.run_output):
            if any(word in text.lower() for word in BAD_WORDS):
                found.append(f"run {n} reported: {text[-500:]}")
        if not self.answers or set(self.answers) != {200}:
            found.append(f"server answers: {dict(self.answers)}")
        return found


def analyze_at_once(corpora: list[Path], url: str, base: str, limit: float) -> Outcome:
    """One ``retold analyze`` per corpus, all started together, while ``base`` is asked
    for its pages; at most ``limit`` seconds."""
    began = time.monotonic()
    runs = [
        subprocess.Popen(
            [RETOLD, "analyze", str(folder), "--db", url, "--quiet"],
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
        )
        for folder in corpora
    ]
    answers: Counter[int] = Counter()
    with httpx.Client(base_url=base, timeout=30) as client:
        while any(r.poll() is None for r in runs) and time.monotonic() - began < limit:
            for path in PAGES:
                try:
                    answers[client.get(path).status_code] += 1
                except httpx.TransportError as exc:
                    answers[-1] += 1  # no answer at all
                    print(f"{path}: {exc!r}", file=sys.stderr)
    output = []
    for run in runs:  # each run's output is small (a summary): read after it ends
        try:
            out, _ = run.communicate(timeout=max(1.0, limit - (time.monotonic() - began)))
        except subprocess.TimeoutExpired:
            run.kill()
            out, _ = run.communicate()
        output.append(out.decode(errors="replace"))
    codes = [r.returncode for r in runs]
    return Outcome(codes, output, answers, round(time.monotonic() - began, 1))


def stored_ids(url: str) -> set[str]:
    from retold.store import open_store

    with open_store(url) as store:
        return {s.article.id for s in store.articles()}


def export(url: str) -> Any:
    """The JSON export of the database at ``url`` (as ``retold export --format json``
    writes it, read in this process), without what differs between runs (timestamps)."""
    from retold.serve.export import export_document
    from retold.store import open_store

    with open_store(url) as store:
        return _stable(json.loads(json.dumps(export_document(store))))


DRIFT = ("similarity", "containment")
"""What a rewrite link may measure differently when two runs split the input: a story a
later run does not change keeps the rewrites its run found, measured with the corpus word
counts of that time (``retold.grow``); which articles are linked, how and which way, may
not differ."""


def decisions(exported: Any) -> Any:
    """The export without the measurements of rewrite links (``DRIFT``)."""
    copies = [
        {k: v for k, v in c.items() if k not in DRIFT} if c.get("kind") == "rewrite" else c
        for c in exported.get("copies", [])
    ]
    return {**exported, "copies": copies}


def single_run(corpora: list[Path], url: str) -> Any:
    """The export of one ``retold analyze`` over every corpus: the reference."""
    subprocess.run(
        [RETOLD, "analyze", *map(str, corpora), "--db", url, "--quiet"],
        check=True,
        capture_output=True,
    )
    return export(url)


def write_corpora(folder: Path, articles: int, per_file: int) -> tuple[list[Path], int]:
    """Two corpora of ``articles`` each, with different seeds: their folders, the total."""
    corpora = [folder / "a", folder / "b"]
    total = sum(write_corpus(c, articles, seed, per_file) for seed, c in enumerate(corpora, 1))
    return corpora, total


def check_round(corpora: list[Path], url: str, reference: Any, limit: float) -> dict[str, Any]:
    """One round on the empty database at ``url``: what happened and what is wrong."""
    from retold.store import open_store

    with open_store(url):
        pass  # the schema, so that serve starts before the runs write anything
    with serving(url) as base:
        outcome = analyze_at_once(corpora, url, base, limit)
    problems = outcome.problems()
    wanted = {a["id"] for a in reference["articles"]}
    if missing := wanted - stored_ids(url):
        problems.append(f"{len(missing)} articles lost, e.g. {sorted(missing)[:3]}")
    if not problems and (got := decisions(export(url))) != (want := decisions(reference)):
        differ = sorted(k for k in want if got.get(k) != want[k])
        problems.append(f"export differs from one run over both corpora in: {differ}")
    return {
        "seconds": outcome.seconds,
        "answers": {str(k): v for k, v in sorted(outcome.answers.items())},
        "problems": problems,
    }


@contextmanager
def databases(backend: str, folder: Path) -> Iterator[Iterator[str]]:
    """Fresh empty databases, one per call of ``next``: SQLite files, or databases on a
    throwaway PostgreSQL server (tests/pgserver.py)."""
    if backend == "sqlite":
        yield (str(folder / f"db{n}.db") for n in range(1_000_000))
        return
    from pgserver import postgres_bin, postgres_server

    bin_dir = postgres_bin()
    if bin_dir is None:
        raise RuntimeError("PostgreSQL is not installed (no initdb)")
    with postgres_server(bin_dir) as server:
        yield (server.new_database() for _ in range(1_000_000))


def run(backend: str, articles: int, rounds: int, per_file: int) -> dict[str, Any]:
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        corpora, total = write_corpora(work, articles, per_file)
        with databases(backend, work) as fresh:
            began = time.monotonic()
            reference = single_run(corpora, next(fresh))
            limit = 10 * (time.monotonic() - began) + 60
            results = [check_round(corpora, next(fresh), reference, limit) for _ in range(rounds)]
    return {
        "backend": backend,
        "articles": total,
        "rounds": rounds,
        "rounds_ok": sum(not r["problems"] for r in results),
        "results": results,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000, help="per corpus (two corpora)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--per-file", type=int, default=10, help="JSONL records per file")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    report = [run(b, args.articles, args.rounds, args.per_file) for b in backends]
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    return 0 if all(r["rounds_ok"] == r["rounds"] for r in report) else 1


if __name__ == "__main__":
    sys.exit(main())
