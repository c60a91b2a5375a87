"""Reading and cleaning input on Spark.

Parquet files are read by Spark (one record per row, its columns as a JSONL record's
fields: ``ingest.formats.from_record``; a row without ``id`` is ``row-N``).  Every other
file (JSONL, HTML, text, feeds, gzip) is read by ``ingest.files.read_path`` inside a
Spark task, one task per file, exactly as the local run reads it.  Each document is
cleaned by ``clean_document`` in the task; the driver gets the articles back in the
local run's order (file by file, record by record).
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

import numpy as np
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from retold.clean import clean_document
from retold.clean.furniture import RuleBook
from retold.ingest.files import read_path, walk
from retold.ingest.formats import from_record
from retold.records import Article, Rejected
from retold.scale.session import Batches, batches, ddl, frame, pickled

_ITEMS = pa.schema([("file", pa.int64()), ("item", pa.int64()), ("payload", pa.binary())])


def spark_reader(spark: SparkSession):  # type: ignore[no-untyped-def]
    """A ``pipeline.Reader`` whose reading and cleaning run as Spark tasks."""

    def read(
        paths: Iterable[str | Path],
        max_bytes: int,
        max_seconds: float,
        rules: RuleBook,
        known: Callable[[str], bool] = lambda _: False,
    ) -> Iterator[Article | Rejected]:
        # Spark tasks are bounded by Spark, not by a signal in the worker; they cannot
        # reach the store, so every item is cleaned (the store says which are unchanged)
        del max_seconds, known
        found = list(walk(paths))
        yield from (f for f in found if isinstance(f, Rejected))
        files = [(k, str(f)) for k, f in enumerate(found) if isinstance(f, Path)]
        parts = [
            _files(spark, [f for f in files if not f[1].endswith(".parquet")], max_bytes, rules),
            _parquet(spark, [f for f in files if f[1].endswith(".parquet")], rules),
        ]
        items = [p for p in parts if p is not None]
        if not items:
            return
        union = items[0] if len(items) == 1 else items[0].union(items[1])
        table = union.toArrow().sort_by([("file", "ascending"), ("item", "ascending")])
        for payload in table.column("payload").to_pylist():
            yield pickle.loads(payload)

    return read


def _files(
    spark: SparkSession, files: list[tuple[int, str]], max_bytes: int, rules: RuleBook
) -> DataFrame | None:
    if not files:
        return None

    def task(parts: Iterable[pa.RecordBatch]) -> Batches:
        for part in parts:
            for k, path in zip(
                part.column("file").to_pylist(), part.column("path").to_pylist(), strict=True
            ):
                out = [_clean(item, rules) for item in read_path(Path(path), max_bytes)]
                yield from batches(
                    {
                        "file": [k] * len(out),
                        "item": list(range(len(out))),
                        "payload": pickled(out),
                    },
                    _ITEMS,
                )

    table = pa.table({"file": [k for k, _ in files], "path": [p for _, p in files]})
    return frame(spark, table, len(files)).mapInArrow(task, ddl(_ITEMS))


def _parquet(
    spark: SparkSession, files: list[tuple[int, str]], rules: RuleBook
) -> DataFrame | None:
    if not files:
        return None
    number = {Path(p).resolve().as_uri(): k for k, p in files}
    df = spark.read.parquet(*(p for _, p in files))
    df = df.select(
        "*", F.col("_metadata.file_path").alias("_path"), F.col("_metadata.row_index").alias("_row")
    )

    def task(parts: Iterable[pa.RecordBatch]) -> Batches:
        for part in parts:
            rows = part.to_pylist()
            out = [_clean(_parquet_record(r), rules) for r in rows]
            yield from batches(
                {
                    "file": [
                        number.get(r["_path"], _file_number(number, r["_path"])) for r in rows
                    ],
                    "item": [r["_row"] for r in rows],
                    "payload": pickled(out),
                },
                _ITEMS,
            )

    return df.mapInArrow(task, ddl(_ITEMS))


def _parquet_record(row: dict[str, Any]) -> Any:
    path = _local_path(row["_path"])
    fallback = f"row-{row['_row'] + 1}"
    item = {k: v for k, v in row.items() if v is not None and k not in ("_path", "_row")}
    return from_record(item, path, fallback, "utf-8")


def _local_path(uri: str) -> str:
    from urllib.parse import unquote, urlparse

    return unquote(urlparse(uri).path) if uri.startswith("file:") else uri


def _file_number(number: dict[str, int], uri: str) -> int:
    local = _local_path(uri)
    return next((k for u, k in number.items() if _local_path(u) == local), int(np.int64(-1)))


def _clean(item: Any, rules: RuleBook) -> Article | Rejected:
    return item if isinstance(item, Rejected) else clean_document(item, rules)
