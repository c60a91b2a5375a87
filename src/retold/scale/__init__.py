"""The distributed backend: retold's stages on Spark (``retold analyze --engine spark``).

What runs on Spark: reading and cleaning input (``ingest.py``), copies (``copies.py``:
fingerprints, LSH band and anchor buckets, verification, components, direction,
evidence) and the clustering of stories per component (``stories.py``).  What runs on
the driver: storing, learning outlet furniture, scoring the story graph (corpus-wide
IDF and edges, computed once), rewrites (searched story by story, ``retold.grow``), story
summaries, and the quotes and compare stages after the link stage.  The copies and
stories equal the local engine's.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from retold.pipeline import Engine
from retold.records import Article, CopyLink
from retold.scale.session import DEFAULT_MASTER, start

__all__ = ["DEFAULT_MASTER", "spark_engine"]


@contextmanager
def spark_engine(master: str = DEFAULT_MASTER) -> Iterator[Engine]:
    """An ``Engine`` on a Spark session at ``master``; the session stops on exit."""
    from retold.scale.copies import find_copies
    from retold.scale.ingest import spark_reader
    from retold.scale.stories import spark_grouping

    spark = start(master)

    def copies(articles: Sequence[Article]) -> list[CopyLink]:
        return find_copies(spark, articles)

    try:
        yield Engine(read=spark_reader(spark), find_copies=copies, grouping=spark_grouping(spark))
    finally:
        spark.stop()
