"""Saved sentence splits (``retold.link.splits``): bytes per article id.

A cache, not a record: each value carries a digest of the body it was split from,
so a value that is not the stored body's is read as absent and written again.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

from retold.store.base import Connection, chunks, marks


class SentenceTables:
    """Mixed into a store that has ``conn`` and ``_transaction()``."""

    conn: Connection

    def _transaction(self) -> Any: ...

    def saved_splits(self, ids: Collection[str]) -> dict[str, bytes]:
        """The saved bytes of those of ``ids`` that have some."""
        found: dict[str, bytes] = {}
        for chunk in chunks(ids):
            rows = self.conn.execute(
                f"SELECT article_id, value FROM article_sentences WHERE article_id IN"
                f" ({marks(chunk)})",
                chunk,
            ).fetchall()
            found.update((str(i), bytes(v)) for i, v in rows)
        return found

    def put_splits(self, rows: Sequence[tuple[str, bytes]]) -> None:
        """Each article's bytes, in one transaction (replacing what it had)."""
        if not rows:
            return
        with self._transaction():
            self.conn.executemany(
                "INSERT INTO article_sentences (article_id, value) VALUES (?, ?)"
                " ON CONFLICT (article_id) DO UPDATE SET value = excluded.value",
                list(rows),
            )
