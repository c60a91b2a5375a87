"""Incremental add: a database of N synthetic articles, then small batches added to it.

The base is built through ``retold analyze`` without quotes (ingest, clean, learn,
copies, stories) from a JSONL file of N articles of the synthetic corpus; then each
batch of ``batch_size`` further articles (drawn from the same corpus, so they join its
stories and copy families) is written to its own file and analysed into the same
database, as a daily feed would be.  Each batch's wall time over its size is one
sample of milliseconds per article; the report gives their median and 99th percentile.

Index sizes, per article of the final database:

* the story state (``StoryState.to_bytes()``, saved in the database between runs);
* the copy index: retold keeps none between runs (every link run fingerprints every
  stored body again), so the figure is the in-memory fingerprint arrays of a link run
  (``retold.link.fingerprint``) and the stored copy links (SQLite ``dbstat``, when the
  SQLite build has it).
"""

from __future__ import annotations

import base64
import json
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from e2e import STAGE_FUNCTIONS, stage_table
from measure import Stopwatch, instrumented, percentile
from synth import generate

import retold.pipeline as pipeline
from retold.config import load_settings
from retold.link.copies import CopyOptions
from retold.link.fingerprint import fingerprint
from retold.pipeline import STORY_STATE, AnalyzeOptions, analyze
from retold.records import Article
from retold.store import open_store


def write_jsonl(articles: Sequence[Article], path: Path) -> Path:
    """The articles as JSONL records (id, outlet, title, published, text)."""
    with path.open("w", encoding="utf-8") as out:
        for a in articles:
            record = {
                "id": a.id,
                "outlet": a.outlet,
                "title": a.title,
                "published": a.published,
                "text": a.body,
            }
            out.write(json.dumps(record) + "\n")
    return path


def table_bytes(db: Path) -> dict[str, int]:
    """Bytes each table and index takes in the SQLite file (empty without ``dbstat``)."""
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:
        rows = []
    finally:
        conn.close()
    return {str(name): int(size) for name, size in rows}


def incremental(base: int, batches: int, batch_size: int, seed: int = 11) -> dict[str, Any]:
    """Build the base database, add ``batches`` batches, and measure both."""
    corpus = generate(n_articles=base + batches * batch_size, seed=seed)
    order = np.random.default_rng(seed).permutation(len(corpus.articles))
    articles = [corpus.articles[int(i)] for i in order]
    options = replace(AnalyzeOptions.from_settings(load_settings(None)), quotes=False)
    samples: list[float] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "incremental.db"
        with open_store(db) as store:
            first = write_jsonl(articles[:base], folder / "base.jsonl")
            start = time.perf_counter()
            analyze([first], store, options)
            build = time.perf_counter() - start
            watch = Stopwatch()
            with instrumented(pipeline, STAGE_FUNCTIONS, watch):
                for k in range(batches):
                    at = base + k * batch_size
                    path = write_jsonl(articles[at : at + batch_size], folder / f"batch{k}.jsonl")
                    start = time.perf_counter()
                    analyze([path], store, options)
                    samples.append(1000 * (time.perf_counter() - start) / batch_size)
            stored = [s.article for s in store.articles()]
            state = store.get_state(STORY_STATE) or ""
        sizes = table_bytes(db)
        db_bytes = sum(p.stat().st_size for p in folder.glob("incremental.db*"))
    n = len(stored)
    prints = fingerprint([a.body for a in stored], CopyOptions().shingles)
    fp_bytes = sum(getattr(prints, f).nbytes for f in ("hashes", "offsets", "words", "exact"))
    return {
        "base_articles": base,
        "batches": batches,
        "batch_size": batch_size,
        "final_articles": n,
        "build_seconds": build,
        "build_articles_per_second": base / build,
        "ms_per_article_p50": percentile(samples, 0.5),
        "ms_per_article_p99": percentile(samples, 0.99),
        "ms_per_article_max": max(samples) if samples else float("nan"),
        "samples_ms_per_article": samples,
        "batch_stage_ms_per_article": {
            name: 1000 / row["articles_per_second"]
            for name, row in stage_table(
                sum(samples) * batch_size / 1000, watch.seconds, batches * batch_size
            ).items()
        },
        "story_state_bytes_per_article": len(base64.b64decode(state)) / n if n else 0.0,
        "copy_fingerprint_bytes_per_article": fp_bytes / n if n else 0.0,
        "copy_links_table_bytes_per_article": sizes.get("copies", 0) / n if n else 0.0,
        "database_bytes_per_article": db_bytes / n if n else 0.0,
        "table_bytes": sizes,
    }
