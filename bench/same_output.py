"""Exactness check for speed work: ``retold analyze`` on a corpus into a fresh database and
its JSON export, with the export's ``generated_at`` blanked, so that two code trees can be
compared byte for byte.  Optionally under cProfile.

    PYTHONHASHSEED=0 PYTHONPATH=src .venv/bin/python bench/same_output.py CORPUS OUT.json \
        [--profile OUT.prof] [--stages]

Run it once with the base tree's ``src`` on PYTHONPATH and once with the branch's, then
``cmp`` the two exports.  Prints the run's seconds (analyze alone, in this process), and
with ``--stages`` a JSON line of each stage's seconds (``e2e.stage_table``) and the
run's CPU seconds (``time.process_time``: on a shared machine, less moved by the load
than the wall clock).
"""

from __future__ import annotations

import argparse
import cProfile
import io
import json
import tempfile
import time
from contextlib import nullcontext
from pathlib import Path

from e2e import stage_table, stage_timers
from measure import Stopwatch

from retold.config import load_settings
from retold.pipeline import RunOptions, run
from retold.serve.export import write_export
from retold.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--profile", type=Path, default=None)
    parser.add_argument("--stages", action="store_true", help="time each stage")
    args = parser.parse_args()
    options = RunOptions.from_settings(load_settings(None))
    watch = Stopwatch()
    timers = stage_timers(watch) if args.stages else nullcontext(watch)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "run.db") as store:
        profile = cProfile.Profile() if args.profile else None
        start, cpu = time.perf_counter(), time.process_time()
        if profile:
            profile.enable()
        with timers:
            summary = run([args.corpus], store, options)
        if profile:
            profile.disable()
            profile.dump_stats(args.profile)
        seconds = time.perf_counter() - start
        cpu = time.process_time() - cpu
        buffer = io.StringIO()
        write_export(store, "json", buffer)
    document = json.loads(buffer.getvalue())
    document["retold"].pop("generated_at", None)
    args.out.write_text(json.dumps(document, ensure_ascii=False, indent=1))
    print(f"{seconds:.2f} s")
    if args.stages:
        table = stage_table(seconds, watch.seconds, summary.ingested)
        stages = {k: round(v["seconds"], 3) for k, v in table.items()}
        stages["model_load"] = round(watch.seconds.get("model_load", 0.0), 3)
        totals = {"seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3)}
        print(json.dumps({**totals, **stages}))


if __name__ == "__main__":
    main()
