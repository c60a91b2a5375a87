"""``make bench``: one command, one report (``bench/REPORT.md`` and ``bench/report.json``).

Every figure is a ratio of two things measured in this run, in this process (the Spark
slot excepted: it runs the CLI twice): retold against the peer pipeline on the same
documents, retold's text passes against ``str.lower()`` plus UTF-8 encoding of the same
text.  Thread pools are pinned to one thread, so "per core" means one core.

    .venv/bin/python bench/report.py                       # the defaults, ~10 minutes
    .venv/bin/python bench/report.py --articles 100000 --incremental-base 1000000

Sections (bench/README.md says what each measures and on which data):

1. synthetic corpus: copies against datasketch, rewrites, stories (``run.py``);
2. end to end on ECB+ dev: ``retold analyze`` against the peer (``e2e.py``, ``peer.py``),
   each retold stage in articles/s, MB/s against the limit, peak memory per article;
3. direct-quote recall on newsdev, retold against the peer (``quote_recall.py``);
4. incremental add on a synthetic database (``incremental.py``);
5. Spark ``local[2]`` against the local engine, when ``retold.scale`` is there (``spark.py``).
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from measure import pin_one_thread

pin_one_thread()  # before numpy loads: the environment only counts then

import argparse  # noqa: E402
import importlib.util  # noqa: E402
import json  # noqa: E402
import platform  # noqa: E402
import time  # noqa: E402
from collections.abc import Callable  # noqa: E402
from dataclasses import asdict, dataclass  # noqa: E402
from datetime import UTC, datetime  # noqa: E402
from typing import Any  # noqa: E402

from render import markdown  # noqa: E402

HERE = Path(__file__).resolve().parent
SHARED = HERE.parents[1] / "shared"


@dataclass(frozen=True)
class Config:
    """What one report run measures, and at which sizes."""

    articles: int = 10_000  # synthetic corpus for copies and stories
    repeats: int = 3  # timed runs per synthetic pipeline; the fastest counts
    baseline: bool = True  # run datasketch on the synthetic corpus
    corpus: Path | None = SHARED / "eval/ecbplus-dev/articles.jsonl"  # end to end (JSONL)
    gold: Path | None = SHARED / "eval/ecbplus-dev/gold.json"  # record id -> story
    newsdev: Path | None = SHARED / "eval/newsdev"  # corpus/ and gold.json
    peer: bool = True  # the peer pipeline (needs bench/requirements.lock)
    incremental_base: int = 10_000
    incremental_batches: int = 10
    batch_size: int = 10
    incremental_add: int = 300  # articles added at once, into the base and into nothing
    spark: bool = True
    seed: int = 7


def not_available(reason: str) -> dict[str, str]:
    return {"status": "not available", "reason": reason}


def _section(report: dict[str, Any], name: str, fn: Callable[[], Any]) -> None:
    """Run one section, record its result (or why it could not run) and its seconds."""
    start = time.perf_counter()
    print(f"[bench] {name} ...", file=sys.stderr, flush=True)
    report[name] = fn()
    report["meta"]["section_seconds"][name] = time.perf_counter() - start


def build_report(config: Config) -> dict[str, Any]:
    """Every section the config asks for, into one JSON-ready dict."""
    pin_one_thread()
    peer_ok = config.peer and importlib.util.find_spec("textacy") is not None
    report: dict[str, Any] = {
        "meta": {
            "date": datetime.now(UTC).isoformat(timespec="seconds"),
            "machine": f"{platform.machine()} {platform.python_implementation()} "
            f"{platform.python_version()}",
            "cpus": os.cpu_count(),
            "load_average_at_start": list(os.getloadavg()),
            "threads_per_pool": 1,
            "config": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(config).items()},
            "section_seconds": {},
        }
    }
    _section(report, "synthetic", lambda: _synthetic(config))
    _section(report, "end_to_end", lambda: _end_to_end(config, peer_ok))
    _section(report, "quote_recall", lambda: _quote_recall(config, peer_ok))
    _section(report, "incremental", lambda: _incremental(config))
    _section(report, "spark", lambda: _spark(config))
    return report


def _synthetic(config: Config) -> dict[str, Any]:
    from run import run

    return run(config.articles, config.seed, config.baseline, config.repeats)


def _end_to_end(config: Config, peer_ok: bool) -> dict[str, Any]:
    from e2e import end_to_end

    if config.corpus is None or not config.corpus.is_file():
        return not_available(f"no corpus at {config.corpus}")
    gold = None
    if config.gold is not None and config.gold.is_file():
        gold = json.loads(config.gold.read_text(encoding="utf-8"))
    result = end_to_end(config.corpus, gold, peer=peer_ok)
    result["data"] = str(config.corpus)
    if not peer_ok:
        result["peer"] = not_available(_peer_reason(config))
    return result


def _peer_reason(config: Config) -> str:
    if not config.peer:
        return "switched off (--no-peer)"
    return "textacy is not installed: make bench installs bench/requirements.lock"


def _quote_recall(config: Config, peer_ok: bool) -> dict[str, Any]:
    if config.newsdev is None or not (config.newsdev / "gold.json").is_file():
        return not_available(f"no newsdev gold under {config.newsdev}")
    if not peer_ok:
        return not_available(_peer_reason(config))
    from peer import load_full_nlp
    from quote_recall import quote_recall

    result = quote_recall(config.newsdev / "corpus", config.newsdev / "gold.json", load_full_nlp())
    result["data"] = str(config.newsdev)
    return result


def _incremental(config: Config) -> dict[str, Any]:
    from incremental import incremental

    if config.incremental_batches < 1:
        return not_available("no batches asked for (--incremental-batches 0)")
    return incremental(
        config.incremental_base,
        config.incremental_batches,
        config.batch_size,
        config.incremental_add,
    )


def _spark(config: Config) -> dict[str, Any]:
    from spark import spark_slot

    if not config.spark:
        return not_available("switched off (--no-spark)")
    if config.corpus is None or not config.corpus.is_file():
        return not_available(f"no corpus at {config.corpus}")
    return spark_slot(config.corpus)


def parse_config(argv: list[str] | None = None) -> tuple[Config, Path]:
    d = Config()
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--articles", type=int, default=d.articles, help="synthetic corpus size")
    p.add_argument("--repeats", type=int, default=d.repeats)
    p.add_argument("--skip-baseline", action="store_true", help="no datasketch on synthetic")
    p.add_argument("--shared", type=Path, default=SHARED, help="the shared data folder")
    p.add_argument("--no-peer", action="store_true")
    p.add_argument("--no-spark", action="store_true")
    p.add_argument("--incremental-base", type=int, default=d.incremental_base)
    p.add_argument("--incremental-batches", type=int, default=d.incremental_batches)
    p.add_argument("--batch-size", type=int, default=d.batch_size)
    p.add_argument("--incremental-add", type=int, default=d.incremental_add)
    p.add_argument("--out", type=Path, default=HERE, help="folder for REPORT.md, report.json")
    a = p.parse_args(argv)
    config = Config(
        articles=a.articles,
        repeats=a.repeats,
        baseline=not a.skip_baseline,
        corpus=a.shared / "eval/ecbplus-dev/articles.jsonl",
        gold=a.shared / "eval/ecbplus-dev/gold.json",
        newsdev=a.shared / "eval/newsdev",
        peer=not a.no_peer,
        incremental_base=a.incremental_base,
        incremental_batches=a.incremental_batches,
        batch_size=a.batch_size,
        incremental_add=a.incremental_add,
        spark=not a.no_spark,
    )
    return config, a.out


def write(report: dict[str, Any], out: Path) -> None:
    """``report.json`` and ``REPORT.md`` into the folder ``out``."""
    out.mkdir(parents=True, exist_ok=True)
    (out / "report.json").write_text(json.dumps(report, indent=2) + "\n", encoding="utf-8")
    (out / "REPORT.md").write_text(markdown(report), encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    config, out = parse_config(argv)
    started = time.perf_counter()
    report = build_report(config)
    report["meta"]["total_seconds"] = time.perf_counter() - started
    write(report, out)
    print(markdown(report))
    print(f"report written to {out / 'REPORT.md'} and {out / 'report.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
