"""The copy index: each article's candidate keys and the verified copy pairs
(``retold.link.copyindex``), grown by each link run and read back by key.

The keys are kept as a log of sorted segments (``retold.store.segments``: ``copy_keys``
is clustered on (segment, key, slot); ``copy_segments`` holds each live segment's
number of rows, an upper bound once articles are unindexed): each run's keys go into a
new segment, so a run writes pages of its own, appended, not a few rows into every page
of the index.  A lookup probes every live segment."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from retold.store.base import IN_LIST, Connection, chunks, marks
from retold.store.segments import Logged, SegmentLog

COPY_KEYS = SegmentLog("copy_segments", (Logged("copy_keys", "key, slot"),))
"""The keys by segment (``retold.store.segments``)."""

PairRow = tuple[str, str, str, float, float]
"""A verified pair: article a < article b, kind, Jaccard, containment."""


class CopyIndexTables:
    """Mixed into a store that has ``conn`` and ``_transaction()``."""

    conn: Connection

    def _transaction(self) -> Any: ...

    def copy_indexed(self) -> set[str]:
        """Ids of the articles in the copy index."""
        return {i for (i,) in self.conn.execute("SELECT article_id FROM copy_index")}

    def copy_postings(self, keys: Sequence[int]) -> dict[int, list[str]]:
        """Per key, the indexed articles that hold it (keys no article holds are absent)."""
        found: dict[int, list[str]] = {}
        live = [s for s, _ in self._segments()]
        for start in range(0, len(keys), IN_LIST) if live else ():
            chunk = list(keys[start : start + IN_LIST])
            rows = self.conn.execute(
                "SELECT k.key, i.article_id FROM copy_keys k JOIN copy_index i"
                f" ON i.slot = k.slot WHERE k.segment IN ({marks(live)})"
                f" AND k.key IN ({marks(chunk)})",
                (*live, *chunk),
            ).fetchall()
            for key, article in rows:
                found.setdefault(int(key), []).append(article)
        return found

    def copy_pairs(self) -> list[PairRow]:
        """Every verified copy pair, by article ids."""
        rows = self.conn.execute(
            "SELECT a, b, kind, jaccard, containment FROM copy_pairs ORDER BY a, b"
        ).fetchall()
        return [(a, b, k, float(j), float(c)) for a, b, k, j, c in rows]

    def put_copy_index(
        self, entries: Sequence[tuple[str, int, Sequence[int]]], pairs: Sequence[PairRow]
    ) -> None:
        """Add articles to the index ((id, shingles, keys) each) and verified pairs,
        in one transaction."""
        with self._transaction():
            (top,) = self.conn.execute("SELECT MAX(slot) FROM copy_index").fetchone()
            first = 0 if top is None else int(top) + 1
            self.conn.executemany(
                "INSERT INTO copy_index (article_id, slot, shingles) VALUES (?, ?, ?)",
                [(a, first + k, s) for k, (a, s, _) in enumerate(entries)],
            )
            rows = sorted(
                (key, first + k) for k, (_, _, keys) in enumerate(entries) for key in keys
            )
            COPY_KEYS.add(self.conn, [rows])
            self.conn.executemany(
                "INSERT INTO copy_pairs (a, b, kind, jaccard, containment) VALUES (?, ?, ?, ?, ?)"
                " ON CONFLICT (a, b) DO NOTHING",
                pairs,
            )

    def _segments(self) -> list[tuple[int, int]]:
        """The live segments of ``copy_keys``, oldest first: (segment, rows)."""
        return COPY_KEYS.live(self.conn)

    def _unindex_copies(self, ids: Collection[str]) -> None:
        """Take ``ids`` out of the index with every article they were verified with (in
        the caller's transaction): their bodies changed, so the next link run indexes
        them as new articles, verifies their pairs again and ranks again every copy
        group they were in, pieces of a group they left included."""
        if not ids:
            return
        gone = set(ids)
        for chunk in chunks(ids, IN_LIST // 2):
            inside = f"IN ({marks(chunk)})"
            for a, b in self.conn.execute(
                f"SELECT a, b FROM copy_pairs WHERE a {inside} OR b {inside}", (*chunk, *chunk)
            ).fetchall():
                gone.update((str(a), str(b)))
        for chunk in chunks(gone, IN_LIST // 2):
            inside = f"IN ({marks(chunk)})"
            self.conn.execute(
                f"DELETE FROM copy_keys WHERE slot IN"
                f" (SELECT slot FROM copy_index WHERE article_id {inside})",
                chunk,
            )
            self.conn.execute(
                f"DELETE FROM copy_pairs WHERE a {inside} OR b {inside}", (*chunk, *chunk)
            )
            self.conn.execute(f"DELETE FROM copy_index WHERE article_id {inside}", chunk)

    def clear_copy_index(self) -> None:
        """Forget the index: the next link run indexes every article again."""
        with self._transaction():
            COPY_KEYS.clear(self.conn)
            for table in ("copy_pairs", "copy_index"):
                self.conn.execute(f"DELETE FROM {table}")
