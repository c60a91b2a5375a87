"""Story grouping on Spark: ``link.stories.group`` on each component, in parallel.

``cluster_stories`` scores the graph on the driver (term vectors, corpus-wide IDF,
edges and their probabilities: computed once) and hands the clustering to a
``Grouping``.  This one finds the connected components of the edges that could
ever merge two clusters (probability at least the lowest threshold in use) with
Spark (``graph.py``) and runs ``group`` on each component as a Spark task
(``applyInArrow``), edges in their original order.  The result equals ``group``
over the whole graph because ``group`` never joins two such components (it drops
the edges between them before clustering; see its docstring), and each component's
clustering reads only its own nodes and edges.
"""

from __future__ import annotations

import pickle
from collections.abc import Sequence

import numpy as np
import numpy.typing as npt
import pyarrow as pa
from pyspark.sql import SparkSession

from retold.link.eventdates import DateRefs
from retold.link.headlines import NameKeys
from retold.link.stories import Grouping, StoryOptions, group
from retold.scale.graph import components
from retold.scale.session import ddl, frame, pickled

I64 = npt.NDArray[np.int64]
_CLUSTERS = pa.schema([("members", pa.list_(pa.int64()))])


def spark_grouping(spark: SparkSession) -> Grouping:
    """A ``Grouping`` that clusters each component of the graph in a Spark task."""

    def grouping(
        n: int,
        a: I64,
        b: I64,
        p: npt.NDArray[np.float64],
        options: StoryOptions,
        days: I64 | None = None,
        names: tuple[Sequence[NameKeys], Sequence[NameKeys]] | None = None,
        has_body: npt.NDArray[np.bool_] | None = None,
        refs: DateRefs | None = None,
    ) -> list[list[int]]:
        sure = p >= options.model.threshold * min(1.0, options.headline_scale)
        edges = frame(spark, pa.table({"a": a[sure], "b": b[sure]}))
        comp = components(edges).toArrow()
        label = np.arange(n, dtype=np.int64)
        label[comp.column("node").to_numpy()] = comp.column("component").to_numpy()
        shared = np.bincount(label, minlength=n)[label] > 1
        nodes = np.flatnonzero(shared)
        payload = [
            (
                days[i] if days is not None else None,
                (names[0][i], names[1][i]) if names is not None else None,
                has_body[i] if has_body is not None else None,
                (refs.days[i], refs.years[i]) if refs is not None else None,
            )
            for i in nodes.tolist()
        ]
        keep = (p >= options.min_probability) & (label[a] == label[b]) & shared[a]
        order = np.flatnonzero(keep)
        rows = pa.table(
            {
                "component": pa.concat_arrays([pa.array(label[nodes]), pa.array(label[a[order]])]),
                "node": pa.concat_arrays([pa.array(nodes), pa.nulls(order.size, pa.int64())]),
                "edge": pa.concat_arrays([pa.nulls(nodes.size, pa.int64()), pa.array(order)]),
                "payload": pa.concat_arrays(
                    [
                        pickled(payload),
                        pickled(list(zip(a[order], b[order], p[order], strict=True))),
                    ]
                ),
            }
        )
        task = _component_task(
            options, days is not None, names is not None, has_body is not None, refs is not None
        )
        df = frame(spark, rows, spark.sparkContext.defaultParallelism)
        out = df.groupBy("component").applyInArrow(task, ddl(_CLUSTERS)).toArrow()
        clusters = out.column("members").to_pylist() + [
            [i] for i in np.flatnonzero(~shared).tolist()
        ]
        return sorted((sorted(c) for c in clusters), key=lambda c: c[0])

    return grouping


def _component_task(options: StoryOptions, *given: bool):  # type: ignore[no-untyped-def]
    """``group`` on one component's rows (nodes and edges), node ids mapped back."""
    has_days, has_names, has_body, has_refs = given

    def task(table: pa.Table) -> pa.Table:
        rows = table.to_pylist()
        nodes = sorted((r for r in rows if r["node"] is not None), key=lambda r: r["node"])
        edges = sorted((r for r in rows if r["node"] is None), key=lambda r: r["edge"])
        ids = [r["node"] for r in nodes]
        local = {node: k for k, node in enumerate(ids)}
        data = [pickle.loads(r["payload"]) for r in nodes]
        ends = [pickle.loads(r["payload"]) for r in edges]
        a = np.array([local[int(x)] for x, _, _ in ends], np.int64)
        b = np.array([local[int(y)] for _, y, _ in ends], np.int64)
        p = np.array([w for _, _, w in ends], np.float64)
        clusters = group(
            len(ids),
            a,
            b,
            p,
            options,
            np.array([d[0] for d in data], np.int64) if has_days else None,
            ([d[1][0] for d in data], [d[1][1] for d in data]) if has_names else None,
            np.array([d[2] for d in data], bool) if has_body else None,
            DateRefs([d[3][0] for d in data], [d[3][1] for d in data]) if has_refs else None,
        )
        members = [[ids[k] for k in c] for c in clusters]
        return pa.table({"members": pa.array(members, pa.list_(pa.int64()))})

    return task
