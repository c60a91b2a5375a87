"""Seconds per incremental batch of several code trees, taken in turn batch by batch.

``slope.py compare`` runs each tree's batches one run after another, so load that
changes between runs (other jobs on a shared machine) lands on one tree's whole run.
Here each tree has a worker process (``PYTHONPATH`` its ``src``, and this folder) with
its own copy of the base; the driver hands batch k to each worker in turn (the order
swapped every batch) and waits for it, so a batch's figures for each tree are taken
within seconds of each other.  It prints each batch's seconds (the whole run and the
story stage, ``pipeline._stories`` with the story state's save) per tree, the median
over the batches after ``--skip`` and the median of the per-batch ratios to the first
tree, each tree's story steps (``slope.STORY_PHASES``, the state's load and save,
``Channels.covering``, which the ``grown`` step's time holds too, and the stored
ids' read, ``Store.article_ids``) with their per-batch ratios to the first tree, and
each tree's digest after the last batch (``slope.digest``: equal digests, exact output).

    python bench/alternate.py drive ../scale33-scratch/v50k.db --src /tmp/base/src --src src \\
        --batches 7 --skip 1
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import IO, Any

from e2e import stage_timers
from measure import Stopwatch, instrumented
from slope import copy_base, digest, lines, noted, options, phase_timers

from retold import storystate
from retold.link.graph import Channels
from retold.pipeline import run
from retold.store import open_store
from retold.store.articles import ArticleTables

MARK = "@@ "  # the start of a worker's answer line (a run may print too)


def worker(db: Path, size: int) -> None:
    """Add the batch each line of stdin numbers to a copy of ``db``; answer each with
    its seconds, then the digest at the end of input."""
    note = json.loads(noted(db).read_text())
    source, at = Path(note["pool"]), int(note["n"])
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        work = copy_base(db, Path(tmp))
        for line in sys.stdin:
            k = int(line)
            path = Path(tmp) / f"batch{k}.jsonl"
            batch = lines(source, at + k * size, at + (k + 1) * size)
            if not batch:  # past the pool's end
                print(MARK + json.dumps({"empty": True}), flush=True)
                continue
            path.write_text("".join(batch))
            watch, steps = Stopwatch(), Stopwatch()
            saving = {"load": "state_load", "save": "state_save"}
            with (
                open_store(work) as store,
                stage_timers(watch),
                phase_timers(steps),
                instrumented(storystate, saving, steps),
                instrumented(Channels, {"covering": "covering"}, steps),
                instrumented(ArticleTables, {"article_ids": "stored_ids"}, steps),
            ):
                start = time.perf_counter()
                run([path], store, options())
                seconds = time.perf_counter() - start
            stories = watch.seconds.get("stories", 0.0) + steps.seconds.get("state_save", 0.0)
            answer = {"seconds": seconds, "stories": stories, "phases": steps.seconds}
            print(MARK + json.dumps(answer), flush=True)
        print(MARK + json.dumps({"digest": digest(work)}), flush=True)


def _answer(out: IO[str]) -> dict[str, Any]:
    for line in out:
        if line.startswith(MARK):
            found: dict[str, Any] = json.loads(line[len(MARK) :])
            return found
    raise RuntimeError("a worker ended without answering")


def _ratio(mine: dict[str, Any], first: dict[str, Any], step: str) -> float:
    """A step's seconds in a batch over the first tree's in the same batch."""
    seconds: float = mine["phases"].get(step, 0.0) / first["phases"][step]
    return seconds


def drive(db: Path, trees: list[str], count: int, skip: int) -> None:
    """Batches ``0..count-1`` through one worker per tree, in turn; the figures."""
    here = Path(__file__).resolve().parent
    workers = []
    for src in trees:
        env = {**os.environ, "PYTHONPATH": f"{Path(src).resolve()}:{here}"}
        cmd = [sys.executable, str(here / "alternate.py"), "worker", str(db)]
        workers.append(
            subprocess.Popen(cmd, env=env, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        )
    got: list[list[dict[str, Any]]] = [[] for _ in trees]
    for k in range(count):
        order = range(len(trees)) if k % 2 == 0 else reversed(range(len(trees)))
        for t in order:
            stdin, stdout = workers[t].stdin, workers[t].stdout
            assert stdin is not None and stdout is not None
            stdin.write(f"{k}\n")
            stdin.flush()
            got[t].append(_answer(stdout))
        if any(g[k].get("empty") for g in got):
            print(k, "past the end of the pool: no more batches")
            break
        print(k, json.dumps([[round(g[k]["seconds"], 3), round(g[k]["stories"], 3)] for g in got]))
    for t, w in enumerate(workers):
        assert w.stdin is not None and w.stdout is not None
        w.stdin.close()
        print(trees[t], "digest", json.dumps(_answer(w.stdout)["digest"], sort_keys=True))
        w.wait()
    counted = [[g for g in mine[skip:] if not g.get("empty")] for mine in got]
    for t, src in enumerate(trees):
        steps = {
            k: statistics.median(g["phases"].get(k, 0.0) for g in counted[t])
            for k in counted[t][0]["phases"]
        }
        print(
            f"{db.name} {src} story steps per batch (medians): "
            + json.dumps({k: round(v, 3) for k, v in steps.items()})
        )
        ratios = {
            k: statistics.median(
                _ratio(g, f, k) for g, f in zip(counted[t], counted[0], strict=True)
            )
            for k in steps
            if all(f["phases"].get(k) for f in counted[0])
        }
        print(
            f"{db.name} {src} story steps, median of per-batch ratios to {trees[0]}: "
            + json.dumps({k: round(v, 3) for k, v in ratios.items()})
        )
    for key in ("seconds", "stories"):
        for t, src in enumerate(trees):
            mine = [g[key] for g in counted[t]]
            ratio = [g[key] / f[key] for g, f in zip(counted[t], counted[0], strict=True)]
            print(
                f"{db.name} {key} {src}: median {statistics.median(mine):.3f} s, "
                f"ratio to {trees[0]} {statistics.median(ratio):.3f} (per batch, median)"
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    w = sub.add_parser("worker")
    w.add_argument("db", type=Path)
    w.add_argument("--size", type=int, default=100)
    d = sub.add_parser("drive")
    d.add_argument("db", type=Path)
    d.add_argument("--src", action="append", required=True)
    d.add_argument("--batches", type=int, default=5)
    d.add_argument("--skip", type=int, default=1, help="first batches not counted")
    args = parser.parse_args()
    if args.command == "worker":
        worker(args.db, args.size)
    else:
        drive(args.db, args.src, args.batches, args.skip)


if __name__ == "__main__":
    main()
