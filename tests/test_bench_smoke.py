"""The benchmark report builder (bench/report.py) on a dozen synthetic articles: every
section is there, in the shape REPORT.md and report.json promise.  No timing is judged."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path
from typing import Any

import pytest

BENCH = Path(__file__).resolve().parents[1] / "bench"
sys.path.insert(0, str(BENCH))

from incremental import write_jsonl  # noqa: E402
from report import Config, build_report, write  # noqa: E402
from synth import generate  # noqa: E402

STAGES = {
    "ingest_clean",
    "learn",
    "link_copies",
    "stories",
    "link_rest",
    "analysis",
    "compare",
    "coverage",
}


@pytest.fixture(scope="module")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, Any], Path]:
    folder = tmp_path_factory.mktemp("bench")
    corpus = generate(n_articles=12, seed=3)
    path = write_jsonl(corpus.articles, folder / "tiny.jsonl")
    gold = folder / "gold.json"
    gold.write_text(json.dumps(corpus.story), encoding="utf-8")
    config = Config(
        articles=12,
        repeats=1,
        corpus=path,
        gold=gold,
        newsdev=None,
        incremental_base=12,
        incremental_batches=2,
        batch_size=2,
        incremental_add=3,
        spark=False,
    )
    report = build_report(config)
    write(report, folder)
    return report, folder


def test_end_to_end_has_both_sides_and_every_stage(tiny: tuple[dict[str, Any], Path]) -> None:
    e = tiny[0]["end_to_end"]
    assert e["articles"] == 12
    assert e["retold"]["docs_per_second"] > 0
    assert e["retold"]["stories_bcubed"]["all"]["items"] == 12
    assert set(e["stages"]) == STAGES
    assert all(row["seconds"] >= 0 for row in e["stages"].values())
    assert set(e["text_rates"]) == {"clean", "analysis"}
    assert e["text_rates"]["clean"]["share_of_limit"] > 0
    if importlib.util.find_spec("textacy") is None:
        assert e["peer"]["status"] == "not available"
    else:
        assert e["peer"]["stories_bcubed"]["all"]["items"] == 12
        assert e["retold_over_peer_speed"] > 0


def test_sections_present_or_marked_missing(tiny: tuple[dict[str, Any], Path]) -> None:
    report = tiny[0]
    assert report["synthetic"]["articles"] == 12
    assert report["quote_recall"]["status"] == "not available"
    assert report["spark"]["status"] == "not available"
    inc = report["incremental"]
    assert inc["final_articles"] == 12 + 2 * 2 + 3
    assert inc["add_into_large_seconds"] > 0 and inc["add_into_empty_seconds"] > 0
    assert inc["copy_index_bytes_per_article"] >= 0
    assert len(inc["samples_ms_per_article"]) == 2
    assert inc["ms_per_article_p50"] <= inc["ms_per_article_p99"] <= inc["ms_per_article_max"]
    assert inc["story_state_bytes_per_article"] > 0
    quality = inc["story_quality"]
    assert quality["batches_run"]["items"] == quality["single_run"]["items"] > 0


def test_both_files_written(tiny: tuple[dict[str, Any], Path]) -> None:
    report, folder = tiny
    assert json.loads((folder / "report.json").read_text(encoding="utf-8")) == json.loads(
        json.dumps(report)
    )
    text = (folder / "REPORT.md").read_text(encoding="utf-8")
    for heading in (
        "## End to end",
        "## retold's stages",
        "## Text passes",
        "## Direct quotes on newsdev",
        "## Synthetic corpus",
        "## Incremental add",
        "## Spark",
    ):
        assert heading in text
