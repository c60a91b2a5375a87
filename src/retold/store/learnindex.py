"""The learn index (``retold.clean.relearn``): per outlet, each article's line codes and
representative, which articles carry each line, each line's counts and the pairs of
near-duplicate articles; written with the outlet's furniture and the bodies it cleans
again, several outlets in one transaction (``put_learned``).

Which articles carry each line (``line_index``) and each line's counts (``learn_lines``)
are kept as one log of sorted segments (``retold.store.segments``, sized in
``learn_segments``): a write's carriers, and what it adds to each count, go into a new
segment, so a batch writes pages of its own, not a few rows into every page of the
index; a line's counts are the sums of its rows over the live segments, and merged
segments keep one row per line, its sums."""

from __future__ import annotations

from collections.abc import Collection, Iterator, Sequence
from typing import Any

from retold.clean.relearn import Count, IndexUpdate, Learned, unpack
from retold.errors import StoreError
from retold.records import Article
from retold.store.base import Connection, chunks, marks
from retold.store.segments import Logged, SegmentLog

LEARN_KEYS = SegmentLog(
    "learn_segments",
    (
        Logged("line_index", "key, article_id"),
        Logged(
            "learn_lines",
            "key, carriers, reps, inside",
            group="key",
            merged="key, SUM(carriers), SUM(reps), SUM(inside)",
        ),
    ),
)
"""The lines' carriers and counts, by segment."""

Rows = tuple[list[tuple[int, str]], dict[int, Count]]
"""A segment being gathered: (line, carrier) pairs, and what each line's counts gain."""


class LearnIndexTables:
    """Mixed into a store that has ``conn``, ``errors``, ``_transaction()`` and
    ``_rewrite()`` (``ArticleTables``) and ``_unindex_copies()`` (``CopyIndexTables``)."""

    conn: Connection
    errors: tuple[type[Exception], ...]

    def _transaction(self) -> Any: ...

    def _rewrite(self, article: Article) -> None: ...

    def _unindex_copies(self, ids: Collection[str]) -> None: ...

    def _rows(self, sql: str, values: Collection[Any]) -> Iterator[Any]:
        """The rows of ``sql`` (one ``IN ({})`` list) for every chunk of ``values``."""
        for chunk in chunks(values):
            yield from self.conn.execute(sql.format(marks(chunk)), chunk).fetchall()

    # -- reading ------------------------------------------------------------------------
    def learn_version(self, outlet: str) -> str | None:
        """The pipeline the outlet's learn index was built under; None: no index."""
        row = self.conn.execute(
            "SELECT version FROM learn_outlets WHERE outlet = ?", (outlet,)
        ).fetchone()
        return None if row is None else str(row[0])

    def _logged(self, sql: str, keys: Collection[int]) -> Iterator[Any]:
        """The rows of ``sql`` (``segment IN ({live}) AND key IN ({keys})``) for every
        chunk of ``keys``, over the live segments of the learn index."""
        live = [s for s, _ in LEARN_KEYS.live(self.conn)]
        for chunk in chunks(keys) if live else ():
            found = sql.format(live=marks(live), keys=marks(chunk))
            yield from self.conn.execute(found, (*live, *chunk)).fetchall()

    def learn_counts(self, keys: Collection[int]) -> dict[int, Count]:
        sql = (
            "SELECT key, SUM(carriers), SUM(reps), SUM(inside) FROM learn_lines"
            " WHERE segment IN ({live}) AND key IN ({keys}) GROUP BY key"
        )
        return {int(k): Count(int(c), int(r), int(i)) for k, c, r, i in self._logged(sql, keys)}

    def learn_carriers(self, keys: Collection[int]) -> dict[int, list[str]]:
        found: dict[int, list[str]] = {}
        sql = "SELECT key, article_id FROM line_index WHERE segment IN ({live}) AND key IN ({keys})"
        for key, article in self._logged(sql, keys):
            found.setdefault(int(key), []).append(str(article))
        return found

    def learn_reps(self, ids: Collection[str]) -> dict[str, str]:
        sql = "SELECT article_id, rep FROM learn_articles WHERE article_id IN ({})"
        return {str(a): str(r) for a, r in self._rows(sql, ids)}

    def learn_codes(self, ids: Collection[str]) -> dict[str, tuple[int, ...]]:
        sql = "SELECT article_id, lines FROM learn_articles WHERE article_id IN ({})"
        return {str(a): unpack(lines) for a, lines in self._rows(sql, ids)}

    def learn_groups(self, reps: Collection[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        sql = "SELECT rep, article_id FROM learn_articles WHERE rep IN ({})"
        for rep, article in self._rows(sql, reps):
            found.setdefault(str(rep), []).append(str(article))
        return found

    def learn_neighbours(self, ids: Collection[str]) -> dict[str, list[str]]:
        found: dict[str, list[str]] = {}
        for sql in (
            "SELECT a, b FROM learn_pairs WHERE a IN ({})",
            "SELECT b, a FROM learn_pairs WHERE b IN ({})",
        ):
            for one, other in self._rows(sql, ids):
                found.setdefault(str(one), []).append(str(other))
        return found

    def outlet_lines(self, outlet: str) -> dict[str, int]:
        """The outlet's learned furniture: line -> distinct articles carrying it."""
        rows = self.conn.execute(
            "SELECT line, articles FROM outlet_furniture WHERE outlet = ?", (outlet,)
        )
        return {str(line): int(n) for line, n in rows}

    # -- writing ------------------------------------------------------------------------
    def put_learned(self, learned: Sequence[Learned], pipeline: str) -> None:
        outlet = ""
        rows: Rows = ([], {})
        try:
            with self._transaction():
                for one in learned:
                    outlet = one.outlet
                    if one.fresh:
                        rows = self._add_segment(rows)
                        self._forget_learned(outlet)
                    self._write_learned(one, pipeline, rows)
                self._add_segment(rows)
        except self.errors as exc:
            raise StoreError(f"cannot write learned furniture of {outlet!r}: {exc}") from exc

    def _add_segment(self, rows: Rows) -> Rows:
        """``rows`` written as a segment of the learn index; nothing gathered now."""
        lines, gains = rows
        counts = [(k, c.carriers, c.reps, c.inside) for k, c in sorted(gains.items())]
        LEARN_KEYS.add(self.conn, [sorted(lines), counts])
        return [], {}

    def _write_learned(self, learned: Learned, pipeline: str, rows: Rows) -> None:
        """One outlet's learning written, its carriers and counts gathered in ``rows``."""
        outlet, update = learned.outlet, learned.relearned.update
        rewritten = learned.relearned.rewritten
        self._write_index(update, rows)
        self._write_furniture(outlet, update)
        for article in rewritten:
            self._rewrite(article)
        self._unindex_copies([a.id for a in rewritten])
        for chunk in chunks([a for a, _, _ in update.added]):
            self.conn.execute(
                f"UPDATE articles SET pipeline = ? WHERE id IN ({marks(chunk)})",
                (pipeline, *chunk),
            )
        self.conn.execute(
            "INSERT INTO learn_outlets (outlet, version) VALUES (?, ?) ON CONFLICT"
            " (outlet) DO UPDATE SET version = excluded.version",
            (outlet, pipeline),
        )

    def _write_index(self, update: IndexUpdate, rows: Rows) -> None:
        self.conn.executemany(
            "INSERT INTO learn_articles (article_id, rep, lines) VALUES (?, ?, ?)", update.added
        )
        self.conn.executemany(
            "UPDATE learn_articles SET rep = ? WHERE article_id = ?",
            [(rep, a) for a, rep in update.moved],
        )
        self.conn.executemany("INSERT INTO learn_pairs (a, b) VALUES (?, ?)", update.pairs)
        lines, gains = rows
        lines += [(code >> 2, a) for a, _, codes in update.added for code in unpack(codes)]
        for key, gain in update.counts.items():
            gains[key] = gains.get(key, Count()) + gain

    def _write_furniture(self, outlet: str, update: IndexUpdate) -> None:
        self.conn.executemany(
            "INSERT INTO outlet_furniture (outlet, line, articles) VALUES (?, ?, ?)"
            " ON CONFLICT (outlet, line) DO UPDATE SET articles = excluded.articles",
            [(outlet, line, n) for line, n in sorted(update.furniture.items())],
        )
        self.conn.executemany(
            "DELETE FROM outlet_furniture WHERE outlet = ? AND line = ?",
            [(outlet, line) for line in update.dropped],
        )

    def _forget_learned(self, outlet: str) -> None:
        """The outlet's learn index and furniture deleted (to be learned from scratch)."""
        ids = [
            str(i)
            for (i,) in self.conn.execute("SELECT id FROM articles WHERE outlet = ?", (outlet,))
        ]
        codes = self.learn_codes(ids)
        live = [s for s, _ in LEARN_KEYS.live(self.conn)]
        inside = f"segment IN ({marks(live)}) AND key = ?"
        self.conn.executemany(
            f"DELETE FROM line_index WHERE {inside} AND article_id = ?",
            [(*live, code >> 2, a) for a, lines in codes.items() for code in lines],
        )
        self.conn.executemany(
            f"DELETE FROM learn_lines WHERE {inside}",
            [(*live, k) for k in sorted({code >> 2 for lines in codes.values() for code in lines})],
        )
        for chunk in chunks(codes):
            for sql in (
                "DELETE FROM learn_pairs WHERE a IN ({})",
                "DELETE FROM learn_pairs WHERE b IN ({})",
                "DELETE FROM learn_articles WHERE article_id IN ({})",
            ):
                self.conn.execute(sql.format(marks(chunk)), chunk)
        self.conn.execute("DELETE FROM outlet_furniture WHERE outlet = ?", (outlet,))
        self.conn.execute("DELETE FROM learn_outlets WHERE outlet = ?", (outlet,))
