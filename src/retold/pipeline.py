"""The analyze run: ingest -> clean -> learn outlet furniture -> store.

Data flows one way.  Each stage is a function over records; this module only
wires them together, batches the work and counts what happened.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from retold.clean import STAGE as CLEAN_STAGE
from retold.clean import clean_document
from retold.clean.furniture import RuleBook, default_rules
from retold.clean.learn import LearnOptions, apply_furniture, learn_furniture
from retold.ingest import read_all
from retold.records import Article, IngestSummary, Origin, Rejected
from retold.store import Store

PIPELINE = f"ingest.v1+{CLEAN_STAGE}+learn.v1"

Progress = Callable[[str, Origin], None]
"""Called once per input item with its outcome: new, unchanged, revised or rejected."""


@dataclass(frozen=True)
class AnalyzeOptions:
    max_file_bytes: int = 50_000_000
    batch_size: int = 2000
    learn: LearnOptions = field(default_factory=LearnOptions)


@dataclass
class _Counts:
    outcomes: dict[str, int] = field(
        default_factory=lambda: {"new": 0, "unchanged": 0, "revised": 0}
    )
    rejected: list[Rejected] = field(default_factory=list)


def analyze(
    paths: Iterable[str | Path],
    store: Store,
    options: AnalyzeOptions | None = None,
    progress: Progress | None = None,
    rules: RuleBook | None = None,
) -> IngestSummary:
    """Read every article under ``paths`` into ``store``; bad inputs become rejections."""
    options = options or AnalyzeOptions()
    rules = rules or default_rules()
    started = datetime.now(UTC).isoformat(timespec="seconds")
    counts = _Counts()
    batch: list[Article] = []
    for item in read_all(paths, options.max_file_bytes):
        result = item if isinstance(item, Rejected) else clean_document(item, rules)
        if isinstance(result, Rejected):
            store.put_rejection(result)
            counts.rejected.append(result)
            _tell(progress, "rejected", result.origin)
            continue
        batch.append(result)
        if len(batch) >= options.batch_size:
            _flush(batch, store, options, counts, progress)
            batch = []
    _flush(batch, store, options, counts, progress)
    summary = IngestSummary(
        ingested=counts.outcomes["new"],
        unchanged=counts.outcomes["unchanged"],
        revised=counts.outcomes["revised"],
        rejected=tuple(counts.rejected),
    )
    store.record_run(
        started,
        (summary.ingested, summary.unchanged, summary.revised, len(summary.rejected)),
        PIPELINE,
    )
    return summary


def _flush(
    batch: list[Article],
    store: Store,
    options: AnalyzeOptions,
    counts: _Counts,
    progress: Progress | None,
) -> None:
    if not batch:
        return
    learned = learn_furniture(batch, options.learn)
    for outlet, lines in learned.items():
        store.put_outlet_furniture(outlet, lines)
    furniture = store.outlet_furniture()
    for article in batch:
        outcome = store.put_article(apply_furniture(article, furniture))
        # a revision is also new material: count it among the ingested
        counts.outcomes["new" if outcome == "revised" else outcome] += 1
        if outcome == "revised":
            counts.outcomes["revised"] += 1
        _tell(progress, outcome, article.origin)


def _tell(progress: Progress | None, outcome: str, origin: Origin) -> None:
    if progress is not None:
        progress(outcome, origin)
