"""The Spark session retold runs in, and the Arrow helpers its tasks share.

Records travel between the driver and the tasks pickled, one per row (``payload``,
binary): tasks call retold's own stage functions on them, so a record is never
rebuilt from a lossy column form.  Unsigned 64-bit hashes travel as signed longs
(the same bits: Spark has no unsigned type).
"""

from __future__ import annotations

import os
import pickle
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession

DEFAULT_MASTER = "local[2]"
Batches = Iterator[pa.RecordBatch]
BatchFunction = Callable[[Iterable[pa.RecordBatch]], Batches]


def start(master: str = DEFAULT_MASTER, partitions: int = 4) -> SparkSession:
    """A Spark session on ``master`` whose Python workers run this interpreter."""
    os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
    os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
    spark = (
        SparkSession.builder.master(master)
        .appName("retold")
        .config("spark.ui.enabled", "false")
        .config("spark.sql.shuffle.partitions", str(partitions))
        .config("spark.default.parallelism", str(partitions))
        .config("spark.sql.adaptive.enabled", "true")
        .config("spark.sql.execution.arrow.pyspark.enabled", "true")
        .config("spark.python.worker.reuse", "true")
        .config("spark.ui.showConsoleProgress", "false")
        .getOrCreate()
    )
    spark.sparkContext.setLogLevel("ERROR")
    return spark


def pickled(records: Sequence[Any]) -> pa.Array:
    return pa.array(
        [pickle.dumps(r, protocol=pickle.HIGHEST_PROTOCOL) for r in records], pa.binary()
    )


def unpickled(column: pa.Array | pa.ChunkedArray) -> list[Any]:
    return [pickle.loads(b) for b in column.to_pylist()]


def signed(values: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    """Unsigned hashes as the signed longs Spark stores (same bits)."""
    return np.ascontiguousarray(values, np.uint64).view(np.int64)


def unsigned(values: npt.NDArray[np.int64]) -> npt.NDArray[np.uint64]:
    return np.ascontiguousarray(values, np.int64).view(np.uint64)


def frame(spark: SparkSession, table: pa.Table, partitions: int | None = None) -> DataFrame:
    """A DataFrame of an Arrow table built on the driver, spread over ``partitions``."""
    df = spark.createDataFrame(table)
    return df.repartition(partitions) if partitions else df


def records_frame(
    spark: SparkSession, records: Sequence[Any], partitions: int | None = None
) -> DataFrame:
    """``idx`` (position in ``records``) and ``payload`` (the pickled record) per row."""
    table = pa.table(
        {"idx": pa.array(np.arange(len(records), dtype=np.int64)), "payload": pickled(records)}
    )
    return frame(spark, table, partitions or spark.sparkContext.defaultParallelism)


_DDL = {pa.int64(): "bigint", pa.binary(): "binary", pa.string(): "string", pa.float64(): "double"}


def ddl(schema: pa.Schema) -> str:
    """Spark's DDL for an Arrow schema of the types the tasks use."""
    return ", ".join(f"{f.name} {_ddl_type(f.type)}" for f in schema)


def _ddl_type(kind: pa.DataType) -> str:
    if pa.types.is_list(kind):
        return f"array<{_ddl_type(kind.value_type)}>"
    return _DDL[kind]


def batches(rows: dict[str, Any], schema: pa.Schema) -> Batches:
    """One record batch of ``rows`` (column name -> values) under ``schema``."""
    yield pa.RecordBatch.from_pydict(rows, schema=schema)
