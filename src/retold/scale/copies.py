"""Copies on Spark: ``link.copies.find_copies``, stage by stage, as Spark tasks.

1. Per article (``mapInArrow``): shingle fingerprint, its shingle set and the set
   outside quotation marks, the MinHash band keys and the anchors
   (``fingerprint``, ``candidates.signatures``/``band_keys``/``anchor_keys``,
   ``copies.plain_sets``).  Every value depends only on the article's text.
2. Candidates: one Spark group-by per key kind (band, anchor, whole-text hash);
   each bucket's members, in index order, become pairs by ``bucket_pairs``; anchor
   pairs must recur ``min_anchors`` times (a group-by count).
3. Verification (``mapInArrow`` over the pairs joined to both articles' sets):
   ``verify_pair`` and ``plain_passes``.
4. Direction: connected components of the verified pairs in Spark (``graph.py``),
   then ``direct`` on each component (``applyInArrow``).
5. Evidence: ``shared_passages`` per link (``mapInArrow`` over the links joined to
   their two articles).

The links equal ``find_copies``'s without rewrites: the same functions on the same
values.  Rewrites are searched story by story after the stories (``retold.grow``), on
the driver, whichever engine found the copies.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pickle import loads as pickle_loads

import numpy as np
import pyarrow as pa
from pyspark.sql import DataFrame, SparkSession
from pyspark.sql import functions as F

from retold.link.candidates import anchor_keys, band_keys, bucket_pairs, signatures
from retold.link.copies import (
    CopyOptions,
    Verified,
    direct,
    plain_passes,
    plain_sets,
    verify_pair,
)
from retold.link.evidence import shared_passages
from retold.link.fingerprint import fingerprint
from retold.records import Article, CopyLink
from retold.scale.graph import components
from retold.scale.session import (
    Batches,
    batches,
    ddl,
    frame,
    pickled,
    records_frame,
    signed,
    unpickled,
    unsigned,
)

_PRINTS = pa.schema(
    [
        ("idx", pa.int64()),
        ("words", pa.int64()),
        ("exact", pa.int64()),
        ("shingles", pa.list_(pa.int64())),
        ("plain", pa.list_(pa.int64())),
        ("bands", pa.list_(pa.int64())),
        ("anchors", pa.list_(pa.int64())),
    ]
)
_PAIRS = pa.schema([("a", pa.int64()), ("b", pa.int64())])
_VERIFIED = pa.schema([("a", pa.int64()), ("b", pa.int64()), ("payload", pa.binary())])
_LINKS = pa.schema([("payload", pa.binary())])


def find_copies(
    spark: SparkSession, articles: Sequence[Article], options: CopyOptions | None = None
) -> list[CopyLink]:
    """Every verified copy in ``articles``, each linked to its original (as ``find_copies``)."""
    options = options or CopyOptions()
    arts = records_frame(spark, articles).cache()
    prints = arts.mapInArrow(_fingerprint_task(options), ddl(_PRINTS)).cache()
    pairs = _candidates(prints, options)
    verified = _verify(pairs, prints, options)
    links = _direct(verified, arts, options)
    if options.evidence:
        links = _evidence(spark, links, articles, arts, options)
    arts.unpersist()
    prints.unpersist()
    return sorted(links, key=lambda link: (link.original, link.copy))


def _fingerprint_task(options: CopyOptions):  # type: ignore[no-untyped-def]
    def task(parts: Iterable[pa.RecordBatch]) -> Batches:
        for part in parts:
            found: list[Article] = unpickled(part.column("payload"))
            fps = fingerprint([a.body for a in found], options.shingles)
            eligible = fps.sizes() >= options.candidates.min_shingles
            keys = band_keys(signatures(fps, options.candidates), options.candidates)
            texts, anchors = anchor_keys(fps, eligible, options.candidates)
            owner = np.searchsorted(texts, np.arange(len(found) + 1))
            yield from batches(
                {
                    "idx": part.column("idx"),
                    "words": fps.words,
                    "exact": signed(fps.exact),
                    "shingles": [signed(fps.shingle_set(i)) for i in range(len(found))],
                    "plain": [signed(s) for s in plain_sets([a.body for a in found], options)],
                    "bands": [
                        signed(keys[:, i]) if eligible[i] else None for i in range(len(found))
                    ],
                    "anchors": [
                        signed(anchors[owner[i] : owner[i + 1]]) for i in range(len(found))
                    ],
                },
                _PRINTS,
            )

    return task


def _candidates(prints: DataFrame, options: CopyOptions) -> DataFrame:
    """Candidate pairs (a < b) from band, anchor and whole-text buckets, as
    ``candidates.candidate_pairs``."""
    cap, least = options.candidates.max_bucket, options.candidates.min_anchors
    banded = prints.where(F.col("bands").isNotNull()).select(
        "idx", F.posexplode("bands").alias("band", "key")
    )
    anchored = prints.select("idx", F.explode("anchors").alias("key"))
    exact = prints.where(F.col("words") > 0).select("idx", F.col("exact").alias("key"))
    anchor_pairs = (
        _bucketed(anchored, ["key"], cap)
        .groupBy("a", "b")
        .count()
        .where(F.col("count") >= least)
        .select("a", "b")
    )
    found = _bucketed(banded, ["band", "key"], cap).union(anchor_pairs)
    return found.union(_bucketed(exact, ["key"], cap)).distinct()


def _bucketed(keyed: DataFrame, keys: list[str], cap: int) -> DataFrame:
    """Pairs of the ``idx`` that share ``keys``: ``bucket_pairs`` on each bucket's members
    in index order (the order the local run gives them)."""
    buckets = keyed.groupBy(*keys).agg(F.sort_array(F.collect_list("idx")).alias("ids"))

    def task(parts: Iterable[pa.RecordBatch]) -> Batches:
        for part in parts:
            found = [np.zeros((0, 2), np.int64)]
            for ids in part.column("ids").to_pylist():
                members = np.array(ids, np.int64)
                found.append(bucket_pairs(np.zeros(members.size, np.uint64), members, cap))
            pairs = np.concatenate(found)
            yield from batches({"a": pairs[:, 0], "b": pairs[:, 1]}, _PAIRS)

    return buckets.where(F.size("ids") > 1).select("ids").mapInArrow(task, ddl(_PAIRS))


def _verify(pairs: DataFrame, prints: DataFrame, options: CopyOptions) -> DataFrame:
    """The candidates that are copies: ``verify_pair``, then ``plain_passes`` for near ones."""

    def side(name: str) -> DataFrame:
        return prints.select(
            F.col("idx").alias(name),
            *(F.col(c).alias(f"{c}_{name}") for c in ("words", "exact", "shingles", "plain")),
        )

    def task(parts: Iterable[pa.RecordBatch]) -> Batches:
        for part in parts:
            rows = part.to_pylist()
            out = [v for v in (_verified(row, options) for row in rows) if v is not None]
            yield from batches(
                {"a": [v.a for v in out], "b": [v.b for v in out], "payload": pickled(out)},
                _VERIFIED,
            )

    return pairs.join(side("a"), "a").join(side("b"), "b").mapInArrow(task, ddl(_VERIFIED))


def _verified(row: dict[str, object], options: CopyOptions) -> Verified | None:
    a, b = int(row["a"]), int(row["b"])  # type: ignore[call-overload]
    words = {a: row["words_a"], b: row["words_b"]}
    exact = {a: row["exact_a"], b: row["exact_b"]}
    sets = {
        a: unsigned(np.array(row["shingles_a"], np.int64)),
        b: unsigned(np.array(row["shingles_b"], np.int64)),
    }
    v = verify_pair(a, b, words, exact, sets.__getitem__, options)  # type: ignore[arg-type]
    if v is None or v.kind != "near":
        return v
    plain = [unsigned(np.array(row[f"plain_{k}"], np.int64)) for k in ("a", "b")]
    return v if plain_passes(plain[0], plain[1], options) else None


def _direct(verified: DataFrame, arts: DataFrame, options: CopyOptions) -> list[CopyLink]:
    """``direct`` on each connected component of the verified pairs, in Spark."""
    verified = verified.cache()
    comp = components(verified).cache()
    none = F.lit(None).cast("long")
    pair_rows = verified.join(comp.withColumnRenamed("node", "a"), "a").select(
        "component", none.alias("node"), "a", "b", "payload"
    )
    node_rows = comp.join(arts.withColumnRenamed("idx", "node"), "node").select(
        "component", "node", none.alias("a"), none.alias("b"), "payload"
    )

    def task(table: pa.Table) -> pa.Table:
        rows = table.to_pylist()
        nodes = sorted((r for r in rows if r["node"] is not None), key=lambda r: r["node"])
        local = {r["node"]: k for k, r in enumerate(nodes)}
        members: list[Article] = [pickle_loads(r["payload"]) for r in nodes]
        pairs = sorted((r for r in rows if r["node"] is None), key=lambda r: (r["a"], r["b"]))
        found = [pickle_loads(r["payload"]) for r in pairs]
        moved = [Verified(local[v.a], local[v.b], v.kind, v.jaccard, v.containment) for v in found]
        fps = fingerprint([a.body for a in members], options.shingles)
        return pa.table({"payload": pickled(direct(members, fps, moved))}, schema=_LINKS)

    out = node_rows.unionByName(pair_rows).groupBy("component").applyInArrow(task, ddl(_LINKS))
    links: list[CopyLink] = unpickled(out.toArrow().column("payload"))
    comp.unpersist()
    verified.unpersist()
    return links


def _evidence(
    spark: SparkSession,
    links: Sequence[CopyLink],
    articles: Sequence[Article],
    arts: DataFrame,
    options: CopyOptions,
) -> list[CopyLink]:
    """``shared_passages`` for each link, on the two articles it joins."""
    index = {a.id: i for i, a in enumerate(articles)}
    table = pa.table(
        {
            "o": pa.array([index[link.original] for link in links], pa.int64()),
            "c": pa.array([index[link.copy] for link in links], pa.int64()),
            "link": pickled(links),
        }
    )
    df = frame(spark, table, spark.sparkContext.defaultParallelism)
    ends = df.join(arts.select(F.col("idx").alias("o"), F.col("payload").alias("po")), "o").join(
        arts.select(F.col("idx").alias("c"), F.col("payload").alias("pc")), "c"
    )

    def task(parts: Iterable[pa.RecordBatch]) -> Batches:
        for part in parts:
            out = []
            for row in part.to_pylist():
                original, copy = pickle_loads(row["po"]), pickle_loads(row["pc"])
                by_id = {original.id: original, copy.id: copy}
                out.append(shared_passages(pickle_loads(row["link"]), by_id, options.language))
            yield from batches({"payload": pickled(out)}, _LINKS)

    found: list[CopyLink] = unpickled(
        ends.mapInArrow(task, ddl(_LINKS)).toArrow().column("payload")
    )
    return found
