"""``make bench``: one seeded synthetic corpus, copies and stories measured on it, one report.

    .venv/bin/python bench/run.py                         # 10k articles, about two minutes
    .venv/bin/python bench/run.py --articles 100000       # the 100k targets (several minutes)
    .venv/bin/python bench/run.py --articles 1000000 --skip-baseline   # 1M (needs ~40 GB RAM
                                                          # and hours for the baseline; see README)

Everything runs on one core (thread pools pinned to 1) so "per core" means that.
Writes ``bench/report.json`` (or ``--out``) and prints a table.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import resource  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
import tracemalloc  # noqa: E402
from collections.abc import Callable, Sequence  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import (  # noqa: E402
    SHINGLE_KINDS,
    Run,
    datasketch_copies,
    recall_precision,
    retold_copies,
    retold_rewrites,
)
from synth import generate  # noqa: E402

from retold.eval.stories import bcubed  # noqa: E402
from retold.link.stories import cluster_stories  # noqa: E402
from retold.records import Article  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--skip-baseline", action="store_true", help="do not run datasketch")
    parser.add_argument("--out", type=Path, default=Path(__file__).with_name("report.json"))
    parser.add_argument(
        "--repeats", type=int, default=3, help="timed runs per copy pipeline; the fastest counts"
    )
    args = parser.parse_args()
    report = run(args.articles, args.seed, not args.skip_baseline, args.repeats)
    args.out.write_text(json.dumps(report, indent=2), encoding="utf-8")
    print(table(report))
    print(f"\nreport written to {args.out}")
    return 0


def fastest(
    pipeline: Callable[[Sequence[Article]], Run], articles: Sequence[Article], repeats: int
) -> Run:
    """The fastest of ``repeats`` runs: both pipelines get the same number of tries, so
    a pause of the machine in one run does not decide the ratio."""
    return min((pipeline(articles) for _ in range(max(1, repeats))), key=lambda r: r.seconds)


def run(n: int, seed: int, baseline: bool, repeats: int = 3) -> dict[str, Any]:
    started = time.perf_counter()
    corpus = generate(n_articles=n, seed=seed)
    words = sum(a.word_count for a in corpus.articles)
    report: dict[str, Any] = {
        "articles": n,
        "seed": seed,
        "mean_words": words / n,
        "planted_copies": len(corpus.copies),
        "planted_stories": len(set(corpus.story.values())),
        "generate_seconds": time.perf_counter() - started,
        "repeats": repeats,
        "machine": f"{platform.machine()} {platform.python_implementation()} {platform.python_version()}",
    }
    warm = corpus.articles[:200]  # imports and first-call set-up are not throughput
    retold_copies(warm)
    ours = fastest(retold_copies, corpus.articles, repeats)
    tracemalloc.start()
    retold_copies(corpus.articles[: min(n, 20_000)])
    peak = tracemalloc.get_traced_memory()[1] / min(n, 20_000)
    tracemalloc.stop()
    report["retold"] = {
        "seconds": ours.seconds,
        "docs_per_second": n / ours.seconds,
        "peak_bytes_per_article": peak,
        **recall_precision(ours, corpus.copies, SHINGLE_KINDS, corpus.story),
    }
    rewrites = retold_rewrites(corpus.articles)
    report["retold_rewrites"] = {
        "seconds": rewrites.seconds,
        "docs_per_second": n / rewrites.seconds,
        **recall_precision(rewrites, corpus.copies, ("rewrite",), corpus.story),
    }
    if baseline:
        datasketch_copies(warm)
        theirs = fastest(datasketch_copies, corpus.articles, repeats)
        report["datasketch"] = {
            "seconds": theirs.seconds,
            "docs_per_second": n / theirs.seconds,
            **recall_precision(theirs, corpus.copies, SHINGLE_KINDS, corpus.story),
        }
        report["speedup"] = theirs.seconds / ours.seconds
    report["stories"] = stories(corpus, repeats)
    report["max_rss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return report


def stories(corpus: Any, repeats: int = 1) -> dict[str, float]:
    """Story clustering of the whole corpus, the fastest of ``repeats`` runs."""
    seconds = float("inf")
    for _ in range(max(1, repeats)):
        start = time.perf_counter()
        assignment = cluster_stories(corpus.articles)
        seconds = min(seconds, time.perf_counter() - start)
    scores = bcubed(dict(assignment.story_of), corpus.story)
    state_bytes = len(assignment.state.to_bytes())
    return {
        "seconds": seconds,
        "articles_per_second": len(corpus.articles) / seconds,
        "bcubed_precision": scores["precision"],
        "bcubed_recall": scores["recall"],
        "bcubed_f1": scores["f1"],
        "stories_found": float(len(assignment.stories)),
        "state_bytes_per_article": state_bytes / len(corpus.articles),
    }


def table(r: dict[str, Any]) -> str:
    lines = [
        f"synthetic corpus: {r['articles']} articles, {r['mean_words']:.0f} words each, "
        f"{r['planted_copies']} planted copies, {r['planted_stories']} planted stories",
        "",
        f"{'copies (exact/near/trimmed/reheadlined/stale)':<48}{'docs/s/core':>12}{'recall':>9}{'precision':>11}",
    ]
    for name in ("retold", "datasketch"):
        if name in r:
            row = r[name]
            lines.append(
                f"{name:<48}{row['docs_per_second']:>12.0f}{row['recall']:>9.3f}{row['precision']:>11.3f}"
            )
    if "speedup" in r:
        lines.append(f"{'retold / datasketch speed':<48}{r['speedup']:>12.1f}x")
    rw = r["retold_rewrites"]
    lines.append(
        f"{'retold rewrites (sentence alignment)':<48}{rw['docs_per_second']:>12.0f}"
        f"{rw['recall']:>9.3f}{rw['precision']:>11.3f}"
    )
    per_kind = "  ".join(
        f"{k[7:]} {v:.3f}" for k, v in r["retold"].items() if k.startswith("recall_")
    )
    lines += [
        f"retold recall by kind: {per_kind}",
        f"retold direction (original found): {r['retold'].get('direction', 0):.3f}",
        f"retold copy memory: {r['retold']['peak_bytes_per_article']:.0f} bytes/article (peak, traced)",
    ]
    s = r["stories"]
    lines += [
        "",
        f"stories: {s['seconds']:.1f} s for {r['articles']} articles ({s['articles_per_second']:.0f}/s, one core), "
        f"B-cubed P {s['bcubed_precision']:.3f} R {s['bcubed_recall']:.3f} F1 {s['bcubed_f1']:.3f}, "
        f"state {s['state_bytes_per_article']:.0f} bytes/article",
        f"max RSS {r['max_rss_mb']:.0f} MB",
    ]
    return "\n".join(lines)


if __name__ == "__main__":
    sys.exit(main())
