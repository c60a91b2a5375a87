"""Incremental add: a database of N synthetic articles, then small batches added to it.

The base is built through ``retold analyze`` without quotes (ingest, clean, learn,
copies, stories) from a JSONL file of N articles of the synthetic corpus; then each
batch of ``batch_size`` further articles (drawn from the same corpus, so they join its
stories and copy families) is written to its own file and analysed into the same
database, as a daily feed would be.  Each batch's wall time over its size is one
sample of milliseconds per article; the report gives their median and 99th percentile,
and the batch time split by stage.

Then ``add`` (300) further articles go into that database, and the same articles into an
empty one: the ratio of the two times is what a large database adds to the cost of N
articles.

Index sizes, per article of the final database: the story state (its parts as
saved between runs, ``storystate.saved_bytes``), the stored copy index (the SQLite
tables ``copy_index``, ``copy_keys``, ``copy_segments``, ``copy_pairs`` and their indexes, from
``dbstat`` when the SQLite build has it) and the rewrite and stale-reprint word counts
(saved states).

Story quality of incremental runs (``story_quality``, ``cluster_stories`` alone): B-cubed
F1 against the planted stories of a single run over a base and 40% more, and of the
base then 12 batches adding that 40% (no full run in between: every batch clusters
with the base's frozen IDF, ``link/incremental.py``).
"""

from __future__ import annotations

import json
import sqlite3
import tempfile
import time
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from e2e import stage_table, stage_timers
from measure import Stopwatch, percentile
from synth import generate

from retold.config import load_settings
from retold.eval.stories import bcubed
from retold.grow import REPRINT_COUNTS, WORD_COUNTS
from retold.link.stories import cluster_stories
from retold.pipeline import RunOptions, run
from retold.records import Article
from retold.store import open_store
from retold.storystate import saved_bytes

PART = 5000  # articles per file of the base (about 9 MB)
COPY_TABLES = (
    "copy_index",
    "copy_keys",
    "copy_segments",
    "copy_pairs",
    "sqlite_autoindex_copy_index_1",
)


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


def timed_add(path: Path, db: Path, options: RunOptions) -> float:
    """Seconds ``retold analyze PATH --db DB`` (no quotes) takes in this process."""
    with open_store(db) as store:
        start = time.perf_counter()
        run([path], store, options)
        return time.perf_counter() - start


def incremental(
    base: int, batches: int, batch_size: int, add: int = 300, seed: int = 11
) -> dict[str, Any]:
    """Build the base database, add ``batches`` batches and then ``add`` articles, and
    measure them."""
    corpus = generate(n_articles=base + batches * batch_size + add, seed=seed)
    order = np.random.default_rng(seed).permutation(len(corpus.articles))
    articles = [corpus.articles[int(i)] for i in order]
    options = replace(RunOptions.from_settings(load_settings(None)), quotes=False)
    samples: list[float] = []
    watch = Stopwatch()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        db = folder / "incremental.db"
        parts = folder / "base"
        parts.mkdir()
        for k in range(0, base, PART):  # files under ``max_file_bytes``
            write_jsonl(articles[k : min(base, k + PART)], parts / f"part{k // PART:04d}.jsonl")
        build = timed_add(parts, db, options)
        with stage_timers(watch):
            for k in range(batches):
                at = base + k * batch_size
                path = write_jsonl(articles[at : at + batch_size], folder / f"batch{k}.jsonl")
                samples.append(1000 * timed_add(path, db, options) / batch_size)
        tail = write_jsonl(articles[len(articles) - add :], folder / "add.jsonl")
        into_large = timed_add(tail, db, options)
        into_empty = timed_add(tail, folder / "empty.db", options)
        n, index = index_bytes(db)
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
        "add_articles": add,
        "add_into_large_seconds": into_large,
        "add_into_empty_seconds": into_empty,
        "add_large_over_empty": into_large / into_empty,
        **index,
        "story_quality": story_quality(min(base, 3000), seed),
    }


def index_bytes(db: Path) -> tuple[int, dict[str, Any]]:
    """The articles in ``db``, and the bytes per article of its saved states, its copy
    index and links tables and the whole database (with ``table_bytes``)."""
    from retold import countlog  # here: slope.py imports this module to drive older trees

    with open_store(db) as store:
        n = sum(1 for _ in store.articles())
        saved = {
            name: countlog.saved_bytes(store, state)
            for name, state in (
                ("rewrite_word_counts", WORD_COUNTS),
                ("reprint_word_counts", REPRINT_COUNTS),
            )
        }
        saved["story_state"] = saved_bytes(store)
    sizes = table_bytes(db)
    whole = sum(p.stat().st_size for p in db.parent.glob(db.name + "*"))
    per = {
        **saved,
        "copy_index": sum(sizes.get(t, 0) for t in COPY_TABLES),
        "copy_links_table": sizes.get("copies", 0),
        "database": whole,
    }
    return n, {
        **{f"{k}_bytes_per_article": v / n if n else 0.0 for k, v in per.items()},
        "table_bytes": sizes,
    }


def story_quality(base: int, seed: int = 11, batches: int = 12) -> dict[str, Any]:
    """B-cubed scores of stories against the planted ones: a single run over ``base``
    synthetic articles and 40% more, and the base then ``batches`` batches adding them;
    and of the batches' stories against the single run's."""
    size = max(1, base * 2 // (5 * batches))
    corpus = generate(n_articles=base + batches * size, seed=seed)
    order = np.random.default_rng(seed).permutation(len(corpus.articles))
    articles = [corpus.articles[int(i)] for i in order]
    one = cluster_stories(articles)
    result = cluster_stories(articles[:base])
    for k in range(batches):
        at = base + k * size
        result = cluster_stories(articles[at : at + size], existing=result.state)
    return {
        "base_articles": base,
        "added_articles": batches * size,
        "batches": batches,
        "full_run_size": result.state.full_run_size,
        "single_run": bcubed(dict(one.story_of), corpus.story),
        "batches_run": bcubed(dict(result.story_of), corpus.story),
        "batches_against_single_run": bcubed(dict(result.story_of), dict(one.story_of)),
    }
