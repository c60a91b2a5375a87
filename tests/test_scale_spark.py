"""The Spark engine (``retold analyze --engine spark``) against the local engine.

One run of each engine over the same synthetic articles (``bench/synth.py``: planted
stories and copies of every kind), half of them in JSONL, half in Parquet for the
Spark run: the copies and stories must be identical.  Skipped only where Java is
missing (and failed then too when REQUIRE_SPARK=1, as in CI).
"""

from __future__ import annotations

import json
import os
import shutil
import sys
from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from click.testing import CliRunner

from retold.pipeline import RunOptions, run
from retold.serve.cli import cli
from retold.store import open_store

sys.path.insert(0, str(Path(__file__).parents[1] / "bench"))
from synth import generate

N_ARTICLES = 1000

if shutil.which("java") is None:
    if os.environ.get("REQUIRE_SPARK") == "1":
        pytest.fail("REQUIRE_SPARK=1 but java is not installed", pytrace=False)
    pytest.skip("the Spark engine needs Java (java is not on PATH)", allow_module_level=True)

pytest.importorskip("pyspark")
from retold.scale import spark_engine  # noqa: E402
from retold.scale.output import write_parquet  # noqa: E402

FIELDS = ("id", "url", "outlet", "title", "published", "text")


def _records(n: int) -> list[dict[str, str | None]]:
    corpus = generate(n_articles=n, seed=11)
    return [
        {
            "id": a.id,
            "url": f"https://example.org/{a.id}",
            "outlet": a.outlet,
            "title": a.title,
            "published": a.published,
            "text": a.body,
        }
        for a in corpus.articles
    ]


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    root = tmp_path_factory.mktemp("scale")
    records = _records(N_ARTICLES)
    whole = root / "all.jsonl"
    whole.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    split = root / "split"
    split.mkdir()
    half = len(records) // 2
    (split / "first.jsonl").write_text(
        "".join(json.dumps(r) + "\n" for r in records[:half]), encoding="utf-8"
    )
    table = pa.table({f: [r[f] for r in records[half:]] for f in FIELDS})
    pq.write_table(table, split / "second.parquet")
    options = RunOptions(quotes=False)
    with open_store(root / "local.db") as store:
        run([whole], store, options)
    with open_store(root / "spark.db") as store, spark_engine() as engine:
        run([split], store, options, engine=engine)
        write_parquet(store, root / "parquet")
    return {"local": root / "local.db", "spark": root / "spark.db", "parquet": root / "parquet"}


def _linked(path: Path) -> tuple[list[object], list[object], int]:
    with open_store(path) as store:
        return store.copies(), store.stories(), sum(1 for _ in store.articles())


def test_spark_copies_and_stories_equal_the_local_engine(runs: dict[str, Path]) -> None:
    local_copies, local_stories, local_n = _linked(runs["local"])
    spark_copies, spark_stories, spark_n = _linked(runs["spark"])
    assert local_n == spark_n == N_ARTICLES  # JSONL and Parquet rows all read
    assert len(local_copies) > 50 and len(local_stories) > 50  # the planted ones are found
    assert spark_copies == local_copies
    assert spark_stories == local_stories


def test_parquet_output_holds_what_the_database_holds(runs: dict[str, Path]) -> None:
    copies, stories, n = _linked(runs["spark"])
    out = runs["parquet"]
    written = pq.read_table(out / "copies.parquet").to_pylist()
    assert [(r["original"], r["copy"], r["kind"]) for r in written] == [
        (c.original, c.copy, c.kind)  # type: ignore[attr-defined]
        for c in copies
    ]
    assert pq.read_table(out / "stories.parquet").column("id").to_pylist() == [
        s.id  # type: ignore[attr-defined]
        for s in stories
    ]
    articles = pq.read_table(out / "articles.parquet")
    assert articles.num_rows == n and articles.column("story").null_count == 0


def test_cli_engine_spark(tmp_path: Path) -> None:
    records = _records(40)
    source = tmp_path / "in.parquet"
    pq.write_table(pa.table({f: [r[f] for r in records] for f in FIELDS}), source)
    db, out = tmp_path / "cli.db", tmp_path / "out"
    args = ["analyze", str(source), "--db", str(db), "--engine", "spark", "--parquet", str(out)]
    result = CliRunner().invoke(cli, [*args, "--quiet"])
    assert result.exit_code == 0, result.output
    with open_store(db) as store:
        assert sum(1 for _ in store.articles()) == 40
        stories = store.stories()
    assert pq.read_table(out / "stories.parquet").num_rows == len(stories) > 0
