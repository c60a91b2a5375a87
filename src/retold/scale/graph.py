"""Connected components of an edge DataFrame, in Spark: minimum-label propagation.

Every node starts with its own id as label; each round a node takes the smallest
label among itself and its neighbours, and then the label its label's node holds
(a pointer jump, which halves long chains each round).  When no label changes,
each component's label is its smallest node id: the same partition as
``link.groups.components``, whatever the order of the edges.
"""

from __future__ import annotations

from pyspark.sql import DataFrame
from pyspark.sql import functions as F

MAX_ROUNDS = 200


def components(edges: DataFrame, a: str = "a", b: str = "b") -> DataFrame:
    """(``node``, ``component``) for every node of an edge; ``component`` is the smallest
    node of its component.  Nodes on no edge are not listed (each is its own)."""
    both = (
        edges.select(F.col(a).alias("u"), F.col(b).alias("v"))
        .union(edges.select(F.col(b).alias("u"), F.col(a).alias("v")))
        .where(F.col("u") != F.col("v"))
        .distinct()
        .localCheckpoint()
    )
    label = both.groupBy("u").agg(F.least(F.min("v"), F.first("u")).alias("label"))
    label = label.select(F.col("u").alias("node"), "label").localCheckpoint()
    for _ in range(MAX_ROUNDS):
        nxt = _round(both, label).localCheckpoint()
        changed = nxt.join(label.withColumnRenamed("label", "old"), "node")
        if changed.where(F.col("label") != F.col("old")).limit(1).count() == 0:
            return nxt.withColumnRenamed("label", "component")
        label = nxt
    raise RuntimeError(f"connected components did not settle in {MAX_ROUNDS} rounds")


def _round(both: DataFrame, label: DataFrame) -> DataFrame:
    """Smallest label among a node and its neighbours, then its label's own label."""
    seen = (
        both.join(label.withColumnRenamed("node", "v"), "v")
        .groupBy("u")
        .agg(F.min("label").alias("around"))
    )
    mine = label.join(seen.withColumnRenamed("u", "node"), "node").select(
        "node", F.least("label", "around").alias("label")
    )
    jump = mine.select(F.col("node").alias("label"), F.col("label").alias("jump"))
    return mine.join(jump, "label", "left").select(
        "node", F.least("label", F.coalesce("jump", "label")).alias("label")
    )
