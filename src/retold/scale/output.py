"""The Spark engine's Parquet output: copies, stories and articles as the store holds them."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.parquet as pq

from retold.store import Store


def write_parquet(store: Store, folder: Path) -> None:
    """``copies.parquet``, ``stories.parquet`` and ``articles.parquet`` under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    copies = store.copies()
    pq.write_table(
        pa.table(
            {
                "original": [c.original for c in copies],
                "copy": [c.copy for c in copies],
                "kind": [c.kind for c in copies],
                "similarity": pa.array([c.similarity for c in copies], pa.float64()),
                "containment": pa.array([c.containment for c in copies], pa.float64()),
                "reasons": pa.array([list(c.reasons) for c in copies], pa.list_(pa.string())),
            }
        ),
        folder / "copies.parquet",
    )
    stories = store.stories()
    pq.write_table(
        pa.table(
            {
                "id": [s.id for s in stories],
                "title": [s.title for s in stories],
                "articles": pa.array([list(s.articles) for s in stories], pa.list_(pa.string())),
                "first_published": pa.array([s.first_published for s in stories], pa.string()),
                "related": pa.array([list(s.related) for s in stories], pa.list_(pa.string())),
            }
        ),
        folder / "stories.parquet",
    )
    story_of = {a: s.id for s in stories for a in s.articles}
    articles = [s.article for s in store.articles()]
    columns = ("id", "url", "outlet", "title", "published", "language", "body")
    table = {c: pa.array([getattr(a, c) for a in articles], pa.string()) for c in columns}
    table["story"] = pa.array([story_of.get(a.id) for a in articles], pa.string())
    pq.write_table(pa.table(table), folder / "articles.parquet")
