"""Furniture learning per batch: the learn index against learning every touched outlet
again from all its stored articles (``learn_stage`` before the learn index).

A base of N synthetic articles (``synth.generate``; each outlet's articles end, two in
three, with the outlet's own footer line) is stored and learned; then batches of
``size`` more are stored and, per batch, timed in this process: the old way (every
stored article of each touched outlet read, unlearned, counted by ``learn_furniture``
and cleaned again by ``apply_furniture``; nothing written) and ``learn_stage`` (read,
learn and write).  Prints one JSON object.

    PYTHONPATH=src:bench python bench/relearn.py 20000 10 100
"""

from __future__ import annotations

import json
import resource
import sqlite3
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import numpy as np
from measure import percentile
from synth import generate

from retold.clean.learn import LearnOptions, apply_furniture, learn_furniture, unlearned
from retold.learning import learn_stage
from retold.records import Article
from retold.store import open_store
from retold.store.base import Store

TABLES = (
    "learn_articles",
    "learn_lines",
    "line_index",
    "learn_segments",
    "learn_pairs",
    "learn_outlets",
)


def with_footer(article: Article, n: int) -> Article:
    if n % 3 == 2 or not article.outlet:
        return article
    return replace(article, body=f"{article.body}\n\n{article.outlet} is funded by its readers.")


def old_way(store: Store, outlets: set[str], options: LearnOptions) -> int:
    """What ``learn_stage`` did before the learn index, short of writing: the number of
    articles it read."""
    read = 0
    for outlet in sorted(outlets):
        stored = store.outlet_articles(outlet)
        before = [unlearned(a) for a in stored]
        lines = learn_furniture(before, options).get(outlet, {})
        furniture = {outlet: frozenset(lines)}
        for a in before:
            apply_furniture(a, furniture)
        read += len(stored)
    return read


def learn_bytes(db: Path) -> int:
    conn = sqlite3.connect(db)
    try:
        rows = conn.execute("SELECT name, SUM(pgsize) FROM dbstat GROUP BY name").fetchall()
    except sqlite3.Error:
        return 0
    finally:
        conn.close()
    return sum(int(size) for name, size in rows if str(name).startswith(TABLES))


def main(base: int, batches: int, size: int, seed: int = 11) -> dict[str, Any]:
    corpus = generate(n_articles=base + batches * size, seed=seed)
    order = np.random.default_rng(seed).permutation(len(corpus.articles))
    articles = [with_footer(corpus.articles[int(i)], n) for n, i in enumerate(order)]
    options = LearnOptions()
    old: list[float] = []
    new: list[float] = []
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "learn.db") as store:
        for a in articles[:base]:
            store.put_article(a)
        start = time.perf_counter()
        learn_stage(store, options)
        build = time.perf_counter() - start
        for k in range(batches):
            batch = articles[base + k * size : base + (k + 1) * size]
            for a in batch:
                store.put_article(a)
            start = time.perf_counter()
            read = old_way(store, {a.outlet for a in batch if a.outlet}, options)
            old.append(time.perf_counter() - start)
            start = time.perf_counter()
            learn_stage(store, options)
            new.append(time.perf_counter() - start)
        index = learn_bytes(Path(tmp) / "learn.db")
    return {
        "base": base,
        "batch_size": size,
        "batches": batches,
        "build_learn_seconds": build,
        "old_read_per_batch_last": read,
        "old_seconds_p50": percentile(old, 0.5),
        "new_seconds_p50": percentile(new, 0.5),
        "old_over_new_p50": percentile(old, 0.5) / percentile(new, 0.5),
        "old_seconds": old,
        "new_seconds": new,
        "learn_index_bytes_per_article": index / (base + batches * size),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


if __name__ == "__main__":
    base, batches, size = (int(v) for v in sys.argv[1:4])
    print(json.dumps(main(base, batches, size), indent=1))
