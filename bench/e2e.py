"""End to end: ``retold analyze`` (every stage, a fresh SQLite database) against the peer
pipeline on the same JSONL records, in one process, and what the one instrumented retold
run says about each of its stages.

The retold run is ``retold.pipeline.run`` with the options ``retold analyze`` uses;
each stage function it calls is timed by wrapping it in the ``retold.pipeline`` module
for the length of the run (``measure.instrumented``).  Both sides get their spaCy model
loaded before the clock starts (the load is reported on its own).
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import json
import tempfile
import time
from collections.abc import Iterator, Mapping
from pathlib import Path
from typing import Any

from measure import PeakMemory, Stopwatch, floor_rate, instrumented, timed
from peer import PeerRun, load_full_nlp, run_peer

import retold.grow as grow
import retold.pipeline as pipeline
from retold.analyze import load_nlp
from retold.config import load_settings
from retold.eval.stories import LATER_TOPICS, _topic, bcubed
from retold.store import open_store

# retold.pipeline attribute -> stage name in the report
STAGE_FUNCTIONS = {
    "learn_stage": "learn",
    "link_stage": "link",
    "_stories": "stories",
    "analysis_stage": "analysis",
    "load_nlp": "model_load",
    "compare_stage": "compare",
    "cover_stories": "coverage",
}
COPY_FUNCTIONS = {  # retold.grow: the link stage's copies, rewrites and their word counts
    "copy_links": "link_copies",
    "word_counts": "link_copies",
    "with_story_rewrites": "link_copies",
}


@contextlib.contextmanager
def stage_timers(watch: Stopwatch) -> Iterator[Stopwatch]:
    """Within the block, every stage function of a run times itself into ``watch``."""
    with instrumented(pipeline, STAGE_FUNCTIONS, watch), instrumented(grow, COPY_FUNCTIONS, watch):
        yield watch


def release_memory() -> None:
    """Collect garbage and hand freed heap back to the system, so that the next peak
    memory reading starts from what is really in use."""
    gc.collect()
    with contextlib.suppress(OSError, AttributeError):
        ctypes.CDLL("libc.so.6").malloc_trim(0)


def retold_run(path: Path, db: Path) -> dict[str, Any]:
    """``retold analyze PATH --db DB`` in this process, every stage timed; its results
    (stories by record id, counts) and its peak memory."""
    options = pipeline.RunOptions.from_settings(load_settings(None))
    watch = Stopwatch()
    memory = PeakMemory()
    release_memory()
    with open_store(db) as store, stage_timers(watch):
        with memory.over():
            start = time.perf_counter()
            summary = pipeline.run([path], store, options)
            total = time.perf_counter() - start
        stored = {s.article.id: s.article for s in store.articles()}
        story_of = {
            stored[a].origin.record or a: story.id
            for story in store.stories()
            for a in story.articles
        }
        counts = {
            "articles": len(stored),
            "rejected": len(summary.rejected),
            "copies": len(store.copies()),
            "stories": len(store.stories()),
            "quotes": sum(len(a.quotes) for a in store.analyses(list(stored))),
        }
        bodies = [a.body for a in stored.values()]
    return {
        "seconds": total,
        "stages": watch.seconds,
        "story_of": story_of,
        "counts": counts,
        "bodies": bodies,
        "memory": memory,
    }


def stage_table(total: float, stages: Mapping[str, float], n: int) -> dict[str, dict[str, float]]:
    """Seconds and articles/s per core of each stage; ingest+clean is what the run spent
    outside the timed stages (reading, cleaning, storing)."""
    s = dict(stages)
    outside = sum(s.get(k, 0.0) for k in ("learn", "link", "analysis", "compare"))
    rows = {
        "ingest_clean": total - outside,
        "learn": s.get("learn", 0.0),
        "link_copies": s.get("link_copies", 0.0),
        "stories": s.get("stories", 0.0),
        "link_rest": s.get("link", 0.0) - s.get("link_copies", 0.0) - s.get("stories", 0.0),
        "analysis": s.get("analysis", 0.0) - s.get("model_load", 0.0),
        "compare": s.get("compare", 0.0) - s.get("coverage", 0.0),
        "coverage": s.get("coverage", 0.0),
    }
    return {
        name: {"seconds": sec, "articles_per_second": n / sec if sec > 0 else float("inf")}
        for name, sec in rows.items()
    }


def record_texts(path: Path) -> list[str]:
    """Headline and text of every JSONL record, as read from the file."""
    out = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip():
            item = json.loads(line)
            out.append(f"{item.get('title') or ''}\n{item.get('text') or ''}")
    return out


def text_rates(texts: list[str], bodies: list[str], stages: Mapping[str, Any]) -> dict[str, Any]:
    """MB/s of retold's clean and analysis stages against the practical limit,
    ``str.lower()`` plus UTF-8 encoding of the same text, timed here."""
    out: dict[str, Any] = {}
    for name, text, stage in (
        ("clean", texts, "ingest_clean"),
        ("analysis", bodies, "analysis"),
    ):
        size = sum(len(t.encode("utf-8")) for t in text)
        limit = floor_rate(text)
        rate = size / stages[stage]["seconds"] if stages[stage]["seconds"] > 0 else float("inf")
        out[name] = {
            "megabytes": size / 1e6,
            "retold_mb_per_second": rate / 1e6,
            "limit_mb_per_second": limit / 1e6,
            "share_of_limit": rate / limit,
        }
    return out


def story_quality(
    story_of: Mapping[str, Any], gold: Mapping[str, str] | None
) -> dict[str, Any] | None:
    """B-cubed of a clustering on the gold, over every gold article, and over the
    topics 28-35 articles alone (the same clustering, restricted)."""
    if not gold:
        return None
    pred = {k: v for k, v in story_of.items() if k in gold}
    late = {k: v for k, v in gold.items() if _topic(v) in LATER_TOPICS}
    return {
        "all": bcubed(pred, gold),
        "topics_28_35": bcubed({k: v for k, v in pred.items() if k in late}, late)
        if late
        else None,
    }


def peer_side(path: Path, nlp: Any) -> tuple[PeerRun, float, PeakMemory]:
    """The peer over ``path``: its results, seconds, and peak memory."""
    memory = PeakMemory()
    release_memory()
    with memory.over():
        start = time.perf_counter()
        result = run_peer(path, nlp)
        seconds = time.perf_counter() - start
    return result, seconds, memory


def end_to_end(path: Path, gold: Mapping[str, str] | None, peer: bool = True) -> dict[str, Any]:
    """Both pipelines over the JSONL file at ``path``; gold (record id -> story) when known."""
    n = len(record_texts(path))
    load_nlp()  # warm-up: imports and the file cache; not counted
    with tempfile.TemporaryDirectory() as tmp:
        ours = retold_run(path, Path(tmp) / "bench.db")
    seconds = ours["seconds"] - ours["stages"].get("model_load", 0.0)
    stages = stage_table(ours["seconds"], ours["stages"], n)
    report: dict[str, Any] = {
        "articles": n,
        "retold": {
            "seconds": seconds,
            "model_load_seconds": ours["stages"].get("model_load", 0.0),
            "docs_per_second": n / seconds,
            "peak_bytes_per_article": ours["memory"].bytes / n,
            "memory_method": ours["memory"].method,
            **ours["counts"],
            "stories_bcubed": story_quality(ours["story_of"], gold),
        },
        "stages": stages,
        "text_rates": text_rates(record_texts(path), ours["bodies"], stages),
    }
    if peer:
        report["peer"] = _peer_report(path, gold, n)
        report["retold_over_peer_speed"] = report["peer"]["seconds"] / seconds
    return report


def _peer_report(path: Path, gold: Mapping[str, str] | None, n: int) -> dict[str, Any]:
    load_seconds, nlp = timed(load_full_nlp)
    result, seconds, memory = peer_side(path, nlp)
    return {
        "seconds": seconds,
        "model_load_seconds": load_seconds,
        "docs_per_second": n / seconds,
        "step_seconds": result.seconds,
        "peak_bytes_per_article": memory.bytes / n,
        "memory_method": memory.method,
        "copies": len(result.copies),
        "stories": len(set(result.story_of.values())),
        "quotes": len(result.quotes),
        "textacy_refused_docs": result.bailed,
        "stories_bcubed": story_quality(result.story_of, gold),
    }
