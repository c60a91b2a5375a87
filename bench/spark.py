"""The Spark slot: ``retold analyze --engine spark`` on ``local[2]`` against the local engine.

Runs only when ``retold.scale`` is importable (the Spark engine lives there); otherwise
the report says "not available".  Both runs are the CLI in a child process on the same
JSONL file, each into a fresh SQLite database, so both pay the same start-up (the
interpreter, the spaCy model); Spark's master is asked for through the standard
``PYSPARK_SUBMIT_ARGS`` (``--master local[2]``), which the engine must not override.
Spark uses two cores and the local engine one: the report gives docs/s per core too.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from retold.store import open_store

MASTER = "local[2]"


def _analyze(path: Path, db: Path, engine: list[str]) -> tuple[float, str]:
    env = dict(os.environ, PYSPARK_SUBMIT_ARGS=f"--master {MASTER} pyspark-shell")
    command = [sys.executable, "-m", "retold", "analyze", str(path), "--db", str(db), "--quiet"]
    start = time.perf_counter()
    done = subprocess.run(command + engine, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - start
    return seconds, "" if done.returncode == 0 else (done.stderr or done.stdout)[-2000:]


def _stories(db: Path) -> set[frozenset[str]]:
    with open_store(db) as store:
        record = {s.article.id: s.article.origin.record or s.article.id for s in store.articles()}
        return {frozenset(record[a] for a in story.articles) for story in store.stories()}


def spark_slot(path: Path) -> dict[str, Any]:
    """Both engines over ``path``, or why the slot is empty."""
    if importlib.util.find_spec("retold.scale") is None:
        return {"status": "not available", "reason": "retold.scale is not importable"}
    n = sum(1 for line in path.read_text(encoding="utf-8").splitlines() if line.strip())
    with tempfile.TemporaryDirectory() as tmp:
        local_s, local_error = _analyze(path, Path(tmp) / "local.db", [])
        spark_s, spark_error = _analyze(path, Path(tmp) / "spark.db", ["--engine", "spark"])
        if local_error or spark_error:
            return {"status": "failed", "local_error": local_error, "spark_error": spark_error}
        same = _stories(Path(tmp) / "local.db") == _stories(Path(tmp) / "spark.db")
    return {
        "status": "measured",
        "master": MASTER,
        "articles": n,
        "local_seconds": local_s,
        "spark_seconds": spark_s,
        "local_docs_per_second": n / local_s,
        "spark_docs_per_second": n / spark_s,
        "spark_docs_per_second_per_core": n / spark_s / 2,
        "spark_over_local_speed": local_s / spark_s,
        "same_stories": same,
    }
