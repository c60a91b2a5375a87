"""The article tables: articles with their origins and removed lines, rejections,
learned outlet furniture and runs, for a store with ``conn`` and ``_transaction()``.

The SQL is written once for every backend (see ``retold.store.schema``).
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Collection, Iterator, Sequence
from datetime import UTC, datetime
from typing import Any, Literal

from retold.errors import NotFoundError, StoreError
from retold.records import Article, Known, Origin, Rejected, Removed, StoredArticle
from retold.store.base import (
    ARTICLE_COLUMNS,
    IN_LIST,
    ArticleQuery,
    Connection,
    WriteOutcome,
    article_row,
    marks,
    stored_from_row,
)

DERIVED = ("quotes", "scare_quotes", "citations", "name_uses", "analyzed", "person_names")
"""Tables of results read off one article's body, by ``article_id``."""


def now() -> str:
    """The time now, as stored: UTC, ISO 8601, to the second."""
    return datetime.now(UTC).isoformat(timespec="seconds")


class ArticleTables:
    """Mixed into a store that has ``conn``, ``path``, ``errors`` and ``_transaction()``."""

    conn: Connection
    path: str
    errors: tuple[type[Exception], ...]

    def _transaction(self) -> Any: ...

    # -- writing ------------------------------------------------------------------------
    def put_article(self, article: Article) -> WriteOutcome:
        try:
            with self._transaction():
                return self._write_article(article)
        except self.errors as exc:
            raise StoreError(
                f"cannot write article {article.origin} to {self.path}: {exc}"
            ) from exc

    def has_article(self, article_id: str) -> bool:
        """Whether an article with this id (content address) is stored."""
        row = self.conn.execute("SELECT 1 FROM articles WHERE id = ?", (article_id,)).fetchone()
        return row is not None

    def put_known(self, known: Known) -> WriteOutcome:
        """Record where a stored article was found again (``put_article`` without the
        article: its content is the stored one)."""
        try:
            with self._transaction():
                outcome = self._write_known(known.id, known.origin, known.revision_key)
        except self.errors as exc:
            raise StoreError(f"cannot write article {known.origin} to {self.path}: {exc}") from exc
        if outcome is None:
            raise StoreError(f"{known.origin}: article {known.id} is no longer stored; run again")
        return outcome

    def _write_known(
        self, article_id: str, where: Origin, key: str
    ) -> Literal["unchanged", "revised"] | None:
        """The origin of a stored article, and an edit reverted; None: not stored."""
        exists = self.conn.execute(
            "SELECT revision_key FROM articles WHERE id = ?", (article_id,)
        ).fetchone()
        if not exists:
            return None
        latest = self.conn.execute(
            "SELECT id, revision FROM articles WHERE revision_key = ? ORDER BY revision DESC LIMIT 1",
            (key,),
        ).fetchone()
        self.conn.execute(
            "INSERT INTO article_origins (article_id, path, record)"
            " VALUES (?, ?, ?) ON CONFLICT DO NOTHING",
            (article_id, where.path, where.record or ""),
        )
        self._clear_rejection(where)
        if exists[0] != key or latest is None or latest[0] == article_id:
            return "unchanged"
        # an edit reverted: the earlier content becomes the latest revision again
        self.conn.execute(
            "UPDATE articles SET revision = ?, supersedes = ? WHERE id = ?",
            (latest[1] + 1, latest[0], article_id),
        )
        return "revised"

    def _write_article(self, article: Article) -> WriteOutcome:
        origin = (article.id, article.origin.path, article.origin.record or "")
        known = self._write_known(article.id, article.origin, article.revision_key)
        if known is not None:
            return known
        latest = self.conn.execute(
            "SELECT id, revision FROM articles WHERE revision_key = ? ORDER BY revision DESC LIMIT 1",
            (article.revision_key,),
        ).fetchone()
        revision, supersedes = (latest[1] + 1, latest[0]) if latest else (1, None)
        self.conn.execute(
            f"INSERT INTO articles ({', '.join(ARTICLE_COLUMNS)}) VALUES ({marks(ARTICLE_COLUMNS)})",
            article_row(article, revision, supersedes, now()),
        )
        self.conn.execute(
            "INSERT INTO article_origins (article_id, path, record) VALUES (?, ?, ?)", origin
        )
        self.conn.executemany(
            "INSERT INTO removed_lines (article_id, seq, line, reason, text)"
            " VALUES (?, ?, ?, ?, ?)",
            [(article.id, n, r.line, r.reason, r.text) for n, r in enumerate(article.removed)],
        )
        self._clear_rejection(article.origin)
        return "revised" if latest else "new"

    def _clear_rejection(self, origin: Origin) -> None:
        self.conn.execute(
            "DELETE FROM rejections WHERE path = ? AND record IN (?, '')",
            (origin.path, origin.record or ""),
        )

    def put_rejection(self, rejected: Rejected) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO rejections (path, record, reason, last_seen)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (path, record) DO UPDATE "
                "SET reason = excluded.reason, last_seen = excluded.last_seen",
                (rejected.origin.path, rejected.origin.record or "", rejected.reason, now()),
            )

    def _rewrite(self, article: Article) -> None:
        """A stored article's new body and removed lines; what its old body gave, gone."""
        a = article.id
        done = self.conn.execute("UPDATE articles SET body = ? WHERE id = ?", (article.body, a))
        if done.rowcount != 1:
            raise StoreError(f"cannot rewrite article {a}: it is not stored")
        self.conn.execute("DELETE FROM removed_lines WHERE article_id = ?", (a,))
        self.conn.executemany(
            "INSERT INTO removed_lines (article_id, seq, line, reason, text)"
            " VALUES (?, ?, ?, ?, ?)",
            [(a, n, r.line, r.reason, r.text) for n, r in enumerate(article.removed)],
        )
        self.conn.execute(
            "DELETE FROM quote_groups WHERE quote_id IN (SELECT id FROM quotes WHERE article_id = ?)",
            (a,),
        )
        for table in DERIVED:
            self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (a,))
        self.conn.execute("DELETE FROM copies WHERE original = ? OR copy = ?", (a, a))
        # ids are hex digits: nothing in them is a LIKE wildcard
        self.conn.execute(
            "DELETE FROM findings WHERE subject = ? OR articles LIKE ?", (a, f'%"{a}"%')
        )

    def record_run(self, started_at: str, counts: Sequence[int], pipeline: str) -> None:
        with self._transaction():
            self.conn.execute(
                "INSERT INTO runs (started_at, finished_at, ingested, unchanged, revised, rejected,"
                " pipeline) VALUES (?, ?, ?, ?, ?, ?, ?)",
                (started_at, now(), *counts, pipeline),
            )

    # -- reading ------------------------------------------------------------------------
    def get_article(self, article_id: str) -> StoredArticle:
        if not re.fullmatch(r"[0-9a-f]{1,16}", article_id):
            raise NotFoundError(
                f"no article with id {article_id!r}: ids are 16 hex digits "
                "(any unique prefix will do); `retold articles` lists them"
            )
        # ids are lower-case hex: those starting with the prefix sort between it and
        # prefix + "g", a range the primary key's index answers (LIKE would scan)
        rows = self.conn.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE id >= ? AND id < ? LIMIT 2",
            (article_id, article_id + "g"),
        ).fetchall()
        if not rows or not article_id:
            raise NotFoundError(f"no article with id {article_id!r}; `retold articles` lists them")
        if len(rows) > 1:
            raise NotFoundError(
                f"id prefix {article_id!r} matches several articles; give more of it"
            )
        return self._stored(rows[0])

    def articles(self, query: ArticleQuery | None = None) -> Iterator[StoredArticle]:
        """The articles the query selects, their origins and removed lines read in one
        query per table for each chunk of articles (not two queries per article)."""
        sql, params = _article_select(query or ArticleQuery())
        yield from self._with_extras(self.conn.execute(sql, params).fetchall())

    def _with_extras(self, rows: Sequence[Sequence[Any]]) -> Iterator[StoredArticle]:
        """The articles of ``rows``, their origins and removed lines read per chunk."""
        for start in range(0, len(rows), IN_LIST):
            chunk = rows[start : start + IN_LIST]
            origins, removed = self._extras([row[0] for row in chunk])
            for row in chunk:
                yield stored_from_row(row, origins.get(row[0], []), removed.get(row[0], []))

    def articles_by_id(self, ids: Collection[str]) -> Iterator[StoredArticle]:
        """The stored articles of ``ids`` (any revision; ids not stored are skipped), read
        ``IN_LIST`` at a time, in no particular order."""
        wanted = sorted(ids)
        columns = ", ".join(ARTICLE_COLUMNS)
        for start in range(0, len(wanted), IN_LIST):
            chunk = wanted[start : start + IN_LIST]
            rows = self.conn.execute(
                f"SELECT {columns} FROM articles WHERE id IN ({marks(chunk)})", tuple(chunk)
            ).fetchall()
            origins, removed = self._extras([row[0] for row in rows])
            for row in rows:
                yield stored_from_row(row, origins.get(row[0], []), removed.get(row[0], []))

    def article_ids(self) -> list[str]:
        """The ids of the articles ``articles()`` gives by default (latest revisions), by id:
        every id but those a later revision of the same key supersedes, looked for only
        among the keys with a revision past the first (few; a scan of the revision index)."""
        ids = [str(i) for (i,) in self.conn.execute("SELECT id FROM articles ORDER BY id")]
        superseded = {str(i) for (i,) in self.conn.execute(SUPERSEDED)}
        return [i for i in ids if i not in superseded] if superseded else ids

    def _stored(self, row: Sequence[Any]) -> StoredArticle:
        origins, removed = self._extras([row[0]])
        return stored_from_row(row, origins.get(row[0], []), removed.get(row[0], []))

    def _extras(
        self, ids: Sequence[str]
    ) -> tuple[dict[str, list[Origin]], dict[str, list[Removed]]]:
        """Origins (in the order stored) and removed lines (in line order) of ``ids``."""
        origins: dict[str, list[Origin]] = defaultdict(list)
        for article_id, path, record in self.conn.execute(
            "SELECT article_id, path, record FROM article_origins "
            f"WHERE article_id IN ({marks(ids)}) ORDER BY article_id, rowid",
            tuple(ids),
        ):
            origins[article_id].append(Origin(path, record or None))
        removed: dict[str, list[Removed]] = defaultdict(list)
        for article_id, line, reason, text in self.conn.execute(
            "SELECT article_id, line, reason, text FROM removed_lines "
            f"WHERE article_id IN ({marks(ids)}) ORDER BY article_id, seq",
            tuple(ids),
        ):
            removed[article_id].append(Removed(text, reason, line))
        return origins, removed

    def rejections(self) -> list[Rejected]:
        return [
            Rejected(Origin(p, r or None), reason)
            for p, r, reason in self.conn.execute(
                "SELECT path, record, reason FROM rejections ORDER BY path, record"
            )
        ]

    def outlet_names(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE outlet IS NOT NULL ORDER BY outlet"
        )
        return [str(outlet) for (outlet,) in rows]

    def id_candidates(self, prefix: str, limit: int = 20) -> list[tuple[str, str, str | None]]:
        pattern = prefix.replace("%", "").replace("_", "").replace("\\", "") + "%"
        rows = self.conn.execute(
            "SELECT id, 'article', title FROM articles WHERE id LIKE ? "
            "UNION ALL SELECT id, 'story', title FROM stories WHERE id LIKE ? "
            "ORDER BY 1 LIMIT ?",
            (pattern, pattern, limit),
        )
        return [(str(i), str(kind), title) for i, kind, title in rows]

    def outlets_to_learn(self, pipeline: str) -> list[str]:
        rows = self.conn.execute(
            "SELECT DISTINCT outlet FROM articles WHERE pipeline != ? AND outlet IS NOT NULL "
            "ORDER BY outlet",
            (pipeline,),
        )
        return [str(outlet) for (outlet,) in rows]

    def outlet_articles(self, outlet: str, besides: str | None = None) -> list[Article]:
        where = "outlet = ?" + ("" if besides is None else " AND pipeline != ?")
        params = (outlet,) if besides is None else (outlet, besides)
        rows = self.conn.execute(
            f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles WHERE {where} ORDER BY id", params
        ).fetchall()
        return [s.article for s in self._with_extras(rows)]

    def outlet_furniture(self) -> dict[str, frozenset[str]]:
        found: dict[str, set[str]] = {}
        for outlet, line in self.conn.execute("SELECT outlet, line FROM outlet_furniture"):
            found.setdefault(outlet, set()).add(line)
        return {k: frozenset(v) for k, v in found.items()}

    def article_versions(self) -> list[tuple[str, str]]:
        """Every stored article's id and the pipeline that last wrote it, by id: a cheap
        summary that changes whenever an article is added, revised, relearned or removed."""
        rows = self.conn.execute("SELECT id, pipeline FROM articles ORDER BY id").fetchall()
        return [(str(i), str(p)) for i, p in rows]

    def counts(self) -> dict[str, int]:
        one = self.conn.execute
        return {
            "articles": one("SELECT COUNT(*) FROM articles").fetchone()[0],
            "origins": one("SELECT COUNT(*) FROM article_origins").fetchone()[0],
            "removed_lines": one("SELECT COUNT(*) FROM removed_lines").fetchone()[0],
            "rejections": one("SELECT COUNT(*) FROM rejections").fetchone()[0],
        }


LATEST_REVISION = (
    "revision = (SELECT MAX(revision) FROM articles b WHERE b.revision_key = articles.revision_key)"
)
"""SQL: the row is its article's latest revision."""

SUPERSEDED = (
    "SELECT a.id FROM articles a WHERE a.revision_key IN"
    " (SELECT revision_key FROM articles WHERE revision > 1) AND EXISTS"
    " (SELECT 1 FROM articles b WHERE b.revision_key = a.revision_key AND b.revision > a.revision)"
)
"""SQL: the ids of the rows a later revision of their key supersedes, looked for among
the keys with a revision past 1 (a key's revisions are distinct and count from 1, so a
key of one row has none)."""


def article_where(query: ArticleQuery) -> tuple[list[str], list[Any]]:
    """The SQL conditions (and their parameters) that select ``query``'s articles."""
    where: list[str] = []
    params: list[Any] = []
    if query.outlet:
        where.append("lower(outlet) = lower(?)")
        params.append(query.outlet)
    if query.outlets is not None:
        where.append(f"outlet IN ({marks(query.outlets)})" if query.outlets else "1 = 0")
        params.extend(query.outlets)
    if query.since:
        where.append("published >= ?")
        params.append(query.since)
    if query.until:
        where.append("published <= ?")
        params.append(query.until)
    if not query.all_revisions:
        where.append(LATEST_REVISION)
    return where, params


def _article_select(query: ArticleQuery) -> tuple[str, list[Any]]:
    where, params = article_where(query)
    sql = f"SELECT {', '.join(ARTICLE_COLUMNS)} FROM articles"
    if where:
        sql += " WHERE " + " AND ".join(where)
    # NULLs sort first in SQLite and last in PostgreSQL: say where they go
    sql += " ORDER BY published IS NULL, published, outlet IS NOT NULL, outlet, id"
    if query.limit:
        sql += f" LIMIT {int(query.limit)}"
    return sql, params
