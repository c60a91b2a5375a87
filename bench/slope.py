"""The slope of an incremental add: seconds per batch against the articles stored.

Each base has its own pool of synthetic articles (``pool``: ``synth.generate`` of a
little more than the base, seeded and shuffled, as JSONL), so stories keep their size
whatever the base's (one pool for bases of 20k and 50k would make the larger's stories
2.5 times larger, and its batches costlier for that alone).  ``build`` makes a database
of a pool's first N articles (``retold analyze`` without quotes) and notes the pool and
N beside it (``DB.json``); batches come from the pool's articles after N.
``batches`` copies a base and adds batches to the copy, timing each batch and its
stages, and prints a digest of the stories, copies, findings and learned furniture after the
last one (equal
digests: exact output), with the bytes each batch wrote (``written``: every write
the process made, the database's pages and journal included; ``state_written``: the
story state's parts, ``Store.put_blob``; ``counts_written``: the two word counts'
parts and headers (``retold.grow``); ``copy_written`` and ``learn_written``: every
write the process made during ``Store.put_copy_index`` and ``Store.put_learned``, the
checkpoints they set off included) and the seconds the story state's load and save
took (``state_seconds``).  ``compare`` runs ``batches`` for several
code trees (``PYTHONPATH``) and bases, alternating them, and prints per-batch medians
(of the batches after the first ``--skip``) and the slope per 1k stored articles.

    python bench/slope.py pool 21000 pool20k.jsonl
    python bench/slope.py build pool20k.jsonl 20000 base20k.db
    python bench/slope.py compare --db base20k.db --db base50k.db \
        --src /tmp/base/src --src src --rounds 2 --batches 3 --skip 1
"""

from __future__ import annotations

import argparse
import contextlib
import cProfile
import hashlib
import itertools
import json
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from e2e import stage_timers
from incremental import PART, write_jsonl
from measure import Stopwatch, instrumented
from synth import generate

from retold import storystate
from retold.config import load_settings
from retold.grow import REPRINT_COUNTS, WORD_COUNTS
from retold.link import stories as story_module
from retold.pipeline import RunOptions, run
from retold.store import open_store


def pool(n: int, out: Path, seed: int = 11) -> None:
    """``n`` synthetic articles, shuffled, as JSONL."""
    corpus = generate(n_articles=n, seed=seed)
    order = np.random.default_rng(seed).permutation(len(corpus.articles))
    write_jsonl([corpus.articles[int(i)] for i in order], out)


def lines(path: Path, start: int, stop: int) -> list[str]:
    """Lines ``start`` to ``stop`` of ``path``."""
    with path.open(encoding="utf-8") as f:
        return list(itertools.islice(f, start, stop))


def options() -> RunOptions:
    return replace(RunOptions.from_settings(load_settings(None)), quotes=False)


def build(source: Path, n: int, db: Path) -> None:
    """A database of the first ``n`` articles of ``source``."""
    with tempfile.TemporaryDirectory() as tmp:
        for k in range(0, n, PART):
            part = Path(tmp) / f"part{k // PART:04d}.jsonl"
            part.write_text("".join(lines(source, k, min(n, k + PART))), encoding="utf-8")
        start = time.perf_counter()
        with open_store(db) as store:
            run([Path(tmp)], store, options())
    print(json.dumps({"articles": n, "seconds": time.perf_counter() - start}))
    noted(db).write_text(json.dumps({"pool": str(source.resolve()), "n": n}))


def noted(db: Path) -> Path:
    """Where ``build`` notes a base's pool and size."""
    return db.with_name(db.name + ".json")


def copy_base(db: Path, into: Path) -> Path:
    """A copy of the base ``db`` (with its WAL and lock files) in the folder ``into``."""
    for f in db.parent.glob(db.name + "*"):
        if f.suffix != ".json":
            shutil.copy(f, into / f.name)
    return into / db.name


def digest(db: Path) -> dict[str, str]:
    """Hashes of the stories, the copy links, the findings and the learned furniture (each
    outlet's lines and their counts) in ``db``."""
    with open_store(db) as store:
        stories = sorted(repr(s) for s in store.stories())
        copies = sorted(repr(c) for c in store.copies())
        findings = sorted(repr(f) for f in store.findings())
        learned = {o: sorted(store.outlet_lines(o).items()) for o in store.outlet_furniture()}
    lines = sorted(repr(item) for item in learned.items())
    return {
        "stories": hashlib.sha256("\n".join(stories).encode()).hexdigest()[:16],
        "copies": hashlib.sha256("\n".join(copies).encode()).hexdigest()[:16],
        "findings": hashlib.sha256("\n".join(findings).encode()).hexdigest()[:16],
        "furniture": hashlib.sha256("\n".join(lines).encode()).hexdigest()[:16],
        "n_stories": str(len(stories)),
        "n_copies": str(len(copies)),
        "n_furniture": str(sum(map(len, learned.values()))),
    }


class Allocations:
    """The large allocations a block makes (``tracemalloc`` sees numpy's): each time
    the traced peak has grown by ``least`` bytes or more when a call returns, the
    growth and the calls on the stack (innermost of ``retold`` last), then the peak is
    reset.  Each is a large array written afresh (most a run makes are fresh pages:
    their first write costs more than a pass over them, ``bench/README.md``)."""

    def __init__(self, least: int = 16 << 20) -> None:
        self.least = least
        self.found: list[tuple[int, str]] = []
        self.base = 0

    def __enter__(self) -> Allocations:
        tracemalloc.start()
        sys.setprofile(self._event)
        return self

    def __exit__(self, *_: object) -> None:
        sys.setprofile(None)
        tracemalloc.stop()

    def _event(self, frame: Any, event: str, _: Any) -> None:
        if event not in ("return", "c_return"):
            return
        now, peak = tracemalloc.get_traced_memory()
        if peak - self.base >= self.least:
            stack, f = [], frame
            while f is not None and len(stack) < 4:
                if "retold" in f.f_code.co_filename:
                    stack.append(f"{Path(f.f_code.co_filename).stem}.{f.f_code.co_name}")
                f = f.f_back
            self.found.append(((peak - self.base) >> 20, " < ".join(stack)))
            tracemalloc.reset_peak()
            self.base = now


def written() -> int:
    """Bytes this process has written (``wchar``: every write call, cached or not)."""
    for line in Path("/proc/self/io").read_text().splitlines():
        if line.startswith("wchar:"):
            return int(line.split()[1])
    return 0


@contextlib.contextmanager
def put_bytes(
    store: Any, methods: tuple[str, ...], prefixes: tuple[str, ...], into: list[int]
) -> Iterator[None]:
    """Count in ``into[-1]`` the bytes the store's ``methods`` (``put_blob``,
    ``put_state``) are given under names that start with one of ``prefixes``."""
    into.append(0)

    def counted(real: Any) -> Any:
        def put(name: str, value: bytes | str) -> None:
            if name.startswith(prefixes):
                into[-1] += len(value)
            real(name, value)

        return put

    before = {method: vars(store).get(method) for method in methods}  # another wrapper's
    for method in methods:
        setattr(store, method, counted(getattr(store, method)))
    try:
        yield
    finally:
        for method, real in before.items():
            if real is None:
                delattr(store, method)
            else:
                setattr(store, method, real)


@contextlib.contextmanager
def call_written(store: Any, name: str, into: list[int]) -> Iterator[None]:
    """Sum in ``into[-1]`` the bytes written (``written``) while ``store.<name>`` runs,
    the WAL checkpoints its commits make included."""
    real = getattr(store, name)
    into.append(0)

    def call(*args: Any) -> Any:
        before = written()
        try:
            return real(*args)
        finally:
            into[-1] += written() - before

    setattr(store, name, call)
    try:
        yield
    finally:
        delattr(store, name)


@contextlib.contextmanager
def state_timer(into: list[float]) -> Iterator[None]:
    """Sum in ``into[-1]`` the seconds the story state's ``load`` and ``save`` take."""
    into.append(0.0)
    real = {name: getattr(storystate, name) for name in ("load", "save")}

    def timed(name: str) -> Any:
        def call(*args: Any) -> Any:
            start = time.perf_counter()
            try:
                return real[name](*args)
            finally:
                into[-1] += time.perf_counter() - start

        return call

    for name in real:
        setattr(storystate, name, timed(name))
    try:
        yield
    finally:
        for name, function in real.items():
            setattr(storystate, name, function)


STORY_PHASES = {  # retold.link.stories: the steps of ``cluster_stories``, each timed
    "merge": "merge",
    "frozen": "frozen",
    "indexed": "indexed",
    "_grown": "grown",
    "_assign": "assign",
    "_next_state": "next_state",
    "changed_stories": "changed",
    "_to_build": "to_build",
    "built_rows": "built_rows",
    "build_stories": "build_stories",
}


@contextlib.contextmanager
def phase_timers(watch: Stopwatch) -> Iterator[None]:
    """The story stage's steps (``STORY_PHASES``, those the tree has) timed into ``watch``."""
    names = {k: v for k, v in STORY_PHASES.items() if hasattr(story_module, k)}
    with instrumented(story_module, names, watch):
        yield


def batches(
    db: Path, count: int, size: int, profile: Path | None = None, allocations: bool = False
) -> dict[str, Any]:
    """Add ``count`` batches of ``size`` articles (the pool's after the base's) to a
    copy of ``db``: seconds and bytes written of each batch, stage seconds summed,
    digest after (and the last batch profiled into ``profile``, or its large
    allocations listed, when asked)."""
    note = json.loads(noted(db).read_text())
    source, at = Path(note["pool"]), int(note["n"])
    seconds: list[float] = []
    wrote: list[int] = []
    state: list[int] = []
    state_seconds: list[float] = []
    copy: list[int] = []
    learn: list[int] = []
    counts: list[int] = []
    phases: list[dict[str, float]] = []
    watch = Stopwatch()
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        work = copy_base(db, Path(tmp))
        for k in range(count):
            path = Path(tmp) / f"batch{k}.jsonl"
            path.write_text("".join(lines(source, at + k * size, at + (k + 1) * size)))
            last = k == count - 1
            profiler = cProfile.Profile() if profile and last else None
            traced = Allocations() if allocations and last else contextlib.nullcontext()
            before = written()
            steps = Stopwatch()
            story_before = watch.seconds.get("stories", 0.0)
            with (
                phase_timers(steps),
                open_store(work) as store,
                stage_timers(watch),
                traced,
                put_bytes(store, ("put_blob",), (storystate.STORY_STATE,), state),
                put_bytes(store, ("put_blob", "put_state"), (WORD_COUNTS, REPRINT_COUNTS), counts),
                call_written(store, "put_copy_index", copy),
                call_written(store, "put_learned", learn),
                state_timer(state_seconds),
            ):
                start = time.perf_counter()
                if profiler:
                    profiler.enable()
                run([path], store, options())
                seconds.append(time.perf_counter() - start)
            wrote.append(written() - before)
            steps.seconds["stories"] = watch.seconds.get("stories", 0.0) - story_before
            phases.append({k: round(v, 4) for k, v in steps.seconds.items()})
            if profiler:
                profiler.disable()
                profiler.dump_stats(str(profile))
        found = {"allocations_mb": traced.found} if isinstance(traced, Allocations) else {}
        result = {"seconds": seconds, "written": wrote, "state_written": state}
        result["copy_written"] = copy
        result["learn_written"] = learn
        result["counts_written"] = counts
        result["state_seconds"] = state_seconds
        result["phases"] = phases
        return {**result, "stages": watch.seconds, "digest": digest(work), **found}


def stored_articles(db: Path) -> int:
    """The articles of the base ``db``, read without opening it as a store: the driver's
    code would migrate it to its own schema, which the other trees cannot open."""
    with contextlib.closing(sqlite3.connect(f"file:{db}?mode=ro", uri=True)) as conn:
        return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])


def compare(args: argparse.Namespace) -> None:
    """``batches`` for each tree and base, alternating; medians and slopes."""
    results: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for _ in range(args.rounds):
        for src, db in itertools.product(args.src, args.db):
            env = {**os.environ, "PYTHONPATH": str(Path(src).resolve())}
            cmd = [sys.executable, __file__, "batches", db, "--batches", str(args.batches)]
            out = subprocess.run(cmd, env=env, check=True, capture_output=True, text=True)
            result = json.loads(out.stdout.strip().splitlines()[-1])
            results.setdefault((src, db), []).append(result)
            print(src, db, json.dumps(result), flush=True)
    for src in args.src:
        stored, medians = [], []
        for db in args.db:
            runs = results[(src, db)]
            median = statistics.median(s for r in runs for s in r["seconds"][args.skip :])
            sizes = {
                k: statistics.median(b for r in runs for b in r.get(k, [])[args.skip :] or [0])
                for k in (
                    "written",
                    "state_written",
                    "copy_written",
                    "learn_written",
                    "counts_written",
                    "state_seconds",
                )
            }
            stages = {
                k: round(statistics.median(r["stages"].get(k, 0) for r in runs), 2)
                for k in runs[0]["stages"]
            }
            counted = [b for r in runs for b in r.get("phases", [])[args.skip :]]
            steps = {
                k: round(statistics.median(b.get(k, 0.0) for b in counted), 3)
                for k in (counted[0] if counted else {})
            }
            digests = {json.dumps(r["digest"], sort_keys=True) for r in runs}
            n = stored_articles(Path(db))
            stored.append(n)
            medians.append(median)
            print(f"{src} {db} stored={n} median={median:.2f}s bytes={sizes} stages={stages}")
            print(f"{src} {db} story phases per batch (medians)={steps}")
            print(f"{src} {db} digests={digests}")
        if len(stored) > 1:
            slope = (medians[-1] - medians[0]) / ((stored[-1] - stored[0]) / 1000)
            print(f"{src} slope {slope:.4f} s per batch per 1k stored")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("pool")
    p.add_argument("n", type=int)
    p.add_argument("out", type=Path)
    b = sub.add_parser("build")
    b.add_argument("source", type=Path)
    b.add_argument("n", type=int)
    b.add_argument("db", type=Path)
    t = sub.add_parser("batches")
    t.add_argument("db", type=Path)
    for q in (t, c := sub.add_parser("compare")):
        q.add_argument("--batches", type=int, default=3)
    t.add_argument("--size", type=int, default=100)
    t.add_argument("--profile", type=Path)
    t.add_argument("--allocations", action="store_true")
    c.add_argument("--db", action="append", required=True)
    c.add_argument("--src", action="append", required=True)
    c.add_argument("--rounds", type=int, default=2)
    c.add_argument("--skip", type=int, default=0, help="first batches of each run not counted")
    args = parser.parse_args()
    if args.command == "pool":
        pool(args.n, args.out)
    elif args.command == "build":
        build(args.source, args.n, args.db)
    elif args.command == "batches":
        result = batches(args.db, args.batches, args.size, args.profile, args.allocations)
        print(json.dumps(result))
    else:
        compare(args)


if __name__ == "__main__":
    main()
