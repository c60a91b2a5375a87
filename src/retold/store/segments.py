"""Tables kept as a log of sorted segments, so that a write adds pages of its own rather
than a few rows to every page of a large table: the tables' rows are clustered on
(segment, ...); each write's rows go into a new segment, and the last two segments
merge, into a new one, while the last holds at least half the rows of the one before
(``logparts.merge_tail``), so there are O(log n) segments and each row is rewritten
O(log n) times in all.  A table of sizes holds each live segment's rows (of the first
table), an upper bound once rows are deleted; a read probes every live segment.  Used
by the copy index (``copyindex``) and the learn index (``learnindex``)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from retold.logparts import merge_tail
from retold.store.base import Connection


@dataclass(frozen=True)
class Logged:
    """A table kept by segment: its columns after ``segment``; with ``group`` (a
    column), two segments merge into one row per value of it, of the select list
    ``merged`` (sums, say, to add up a log of increments), else into their rows."""

    table: str
    columns: str
    group: str = ""
    merged: str = ""

    def insert_sql(self) -> str:
        marks = ", ".join("?" * (1 + len(self.columns.split(","))))
        return f"INSERT INTO {self.table} (segment, {self.columns}) VALUES ({marks})"

    def merge_sql(self) -> str:
        """Segments ``?`` and ``?`` written as segment ``?`` (parameters: into, a, b)."""
        rows = f"SELECT ?, {self.merged or self.columns} FROM {self.table} WHERE segment IN (?, ?)"
        grouped = f"GROUP BY {self.group} ORDER BY {self.group}"
        order = grouped if self.group else f"ORDER BY {self.columns}"
        return f"INSERT INTO {self.table} (segment, {self.columns}) {rows} {order}"


@dataclass(frozen=True)
class SegmentLog:
    """Tables whose rows are kept as one log of segments, sized in ``sizes``
    (segment, keys) by the rows of the first table."""

    sizes: str
    tables: tuple[Logged, ...]

    def live(self, conn: Connection) -> list[tuple[int, int]]:
        """The live segments, oldest first: (segment, rows)."""
        rows = conn.execute(f"SELECT segment, keys FROM {self.sizes} ORDER BY segment")
        return [(int(s), int(n)) for s, n in rows.fetchall()]

    def add(self, conn: Connection, rows: Sequence[Sequence[tuple[Any, ...]]]) -> None:
        """Write ``rows`` (per table, sorted) as a new segment, then merge the last two
        segments while the last holds at least half the rows of the one before (in
        the caller's transaction)."""
        if not any(rows):
            return
        segments = self.live(conn)
        new = segments[-1][0] + 1 if segments else 0
        for logged, part in zip(self.tables, rows, strict=True):
            conn.executemany(logged.insert_sql(), [(new, *row) for row in part])
        size = len(rows[0])
        conn.execute(f"INSERT INTO {self.sizes} (segment, keys) VALUES (?, ?)", (new, size))
        segments.append((new, size))
        merge_tail(
            segments, int, lambda older, newer, into: self._merge(conn, older[0], newer[0], into)
        )

    def _merge(self, conn: Connection, a: int, b: int, into: int) -> int:
        """Segments ``a`` and ``b`` rewritten as one, ``into``: its rows."""
        sizes = [conn.execute(t.merge_sql(), (into, a, b)).rowcount for t in self.tables]
        for table in (*(t.table for t in self.tables), self.sizes):
            conn.execute(f"DELETE FROM {table} WHERE segment IN (?, ?)", (a, b))
        conn.execute(f"INSERT INTO {self.sizes} (segment, keys) VALUES (?, ?)", (into, sizes[0]))
        return sizes[0]

    def clear(self, conn: Connection) -> None:
        """Every segment deleted (in the caller's transaction)."""
        for table in (*(t.table for t in self.tables), self.sizes):
            conn.execute(f"DELETE FROM {table}")
