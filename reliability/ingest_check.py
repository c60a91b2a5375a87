"""Run the ingest stages of ``retold analyze`` over a hostile corpus (``hostile.py``) and
check that every file was ingested or rejected with a reason, none crashed the run and
none took longer than the per-file limit.

    python reliability/ingest_check.py --count 10000 [--full] [--json out.json]

Linking and quote analysis are off: the corpus tests reading, not the stages after it
(those read what the store holds, and the store holds only what ingest let through).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path
from typing import Any

from hostile import generate

from retold.ingest.limits import UNEXPECTED
from retold.pipeline import RunOptions, run
from retold.records import Origin
from retold.store.sqlite import SQLiteStore


def check(folder: Path, kinds: dict[str, str], max_seconds: float = 60.0) -> dict[str, Any]:
    """Analyze ``folder`` (ingest only) and report what became of each file in ``kinds``."""
    outcomes: dict[str, Counter[str]] = {path: Counter() for path in kinds}
    seconds: Counter[str] = Counter()
    last = time.perf_counter()

    def tell(outcome: str, origin: Origin) -> None:
        nonlocal last
        now = time.perf_counter()
        outcomes.setdefault(origin.path, Counter())[outcome] += 1
        seconds[origin.path] += now - last
        last = now

    options = RunOptions(batch_size=1, link=False, quotes=False, max_file_seconds=max_seconds)
    with tempfile.TemporaryDirectory() as tmp:
        store = SQLiteStore(Path(tmp) / "hostile.db")
        started = time.perf_counter()
        summary = run([folder], store, options, progress=tell)
        elapsed = time.perf_counter() - started
        stored = sum(1 for _ in store.articles())
        store.close()
    silent = sorted(p for p, c in outcomes.items() if not c)
    rejected_files = sorted(p for p, c in outcomes.items() if c and set(c) == {"rejected"})
    slowest = max(seconds, key=lambda p: seconds[p])
    reasons = Counter(_reason_kind(r.reason) for r in summary.rejected)
    return {
        "files": len(kinds),
        "kinds": len(set(kinds.values())),
        "files_ingested": len(kinds) - len(rejected_files) - len(silent),
        "files_rejected": len(rejected_files),
        "files_without_outcome": silent,
        "articles_stored": stored,
        "articles_ingested": summary.ingested + summary.unchanged,
        "items_rejected": len(summary.rejected),
        "rejections_without_reason": sum(1 for r in summary.rejected if not r.reason.strip()),
        "unexpected_errors": [
            f"{Path(r.origin.path).name}: {r.reason}"
            for r in summary.rejected
            if r.reason.startswith(UNEXPECTED)
        ],
        "reasons": dict(reasons.most_common()),
        "rejected_by_kind": dict(Counter(kinds[p] for p in rejected_files if p in kinds)),
        "slowest_file": {
            "path": Path(slowest).name,
            "kind": kinds.get(slowest),
            "seconds": round(seconds[slowest], 2),
        },
        "seconds": round(elapsed, 1),
        "peak_rss_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024,
    }


def _reason_kind(reason: str) -> str:
    """'malformed JSONL line 3: Expecting value...' -> 'malformed JSONL line'."""
    head = reason.split(":")[0]
    return " ".join(w for w in head.split() if not any(ch.isdigit() for ch in w))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--full", action="store_true")
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--json", type=Path, help="write the report here as JSON")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        kinds = generate(Path(tmp) / "corpus", args.count, full=args.full, seed=args.seed)
        report = check(Path(tmp) / "corpus", kinds)
    text = json.dumps(report, indent=2, ensure_ascii=False)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    ok = not (
        report["files_without_outcome"]
        or report["rejections_without_reason"]
        or report["unexpected_errors"]
    )
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
