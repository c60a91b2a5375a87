"""Full-text search over articles with SQLite FTS5.

The index is a table of the web app's own (``web_search``), built from the latest
revision of every article on first use and rebuilt whenever the articles change (a
fingerprint of their count, ingestion time and text lengths is kept beside it).  FTS5 is
SQLite's; it is not a schema migration because it would not run on PostgreSQL.  On
PostgreSQL (or any store without FTS5) ``scan`` finds the same articles (every word
in the title or body) by a plain scan, ranked by how often the words occur.
"""

from __future__ import annotations

import hashlib
import json
import re
import sqlite3
from dataclasses import dataclass
from typing import Any

from retold.errors import StoreError
from retold.store import SQLiteStore, SQLStore
from retold.store.articles import LATEST_REVISION
from retold.store.base import Connection

MARK_START, MARK_END = "\x02", "\x03"
_WORD = re.compile(r"\w+", re.UNICODE)


@dataclass(frozen=True)
class SearchPage:
    total: int
    hits: list[dict[str, Any]]


def fts_query(text: str) -> str | None:
    """The user's words as an FTS5 query: every word must occur (as a prefix at the end).

    Quotes, operators and other FTS5 syntax in ``text`` are taken as plain words, so no
    input is a syntax error.  None when ``text`` has no word at all."""
    words = _WORD.findall(text)
    if not words:
        return None
    quoted = [f'"{w}"' for w in words]
    quoted[-1] += "*"
    return " ".join(quoted)


def ensure_index(store: SQLiteStore) -> None:
    """Build or rebuild the index when the articles changed since it was built."""
    conn = store.conn
    try:
        conn.execute("CREATE TABLE IF NOT EXISTS web_search_state (fingerprint TEXT NOT NULL)")
        now = _fingerprint(conn)
        if _built(conn) == now:
            return
        conn.execute("BEGIN IMMEDIATE")
        try:
            if _built(conn) != now:
                _rebuild(conn, now)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"cannot build the search index in {store.path}: {exc}") from exc


def _fingerprint(conn: Connection) -> str:
    row = conn.execute(
        "SELECT count(*), max(ingested_at), total(length(body)), total(length(title)), "
        f"total(length(outlet)), group_concat(id) FROM (SELECT * FROM articles WHERE {LATEST_REVISION} "
        "ORDER BY id)"
    ).fetchone()
    return json.dumps(
        [
            row[0],
            row[1],
            row[2],
            row[3],
            row[4],
            hashlib.sha256((row[5] or "").encode()).hexdigest(),
        ]
    )


def _built(conn: Connection) -> str | None:
    row = conn.execute("SELECT fingerprint FROM web_search_state").fetchone()
    exists = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'web_search'"
    ).fetchone()
    return str(row[0]) if row and exists else None


def _rebuild(conn: Connection, fingerprint: str) -> None:
    conn.execute("DROP TABLE IF EXISTS web_search")
    conn.execute(
        "CREATE VIRTUAL TABLE web_search USING fts5("
        "id UNINDEXED, title, outlet, body, tokenize = 'unicode61 remove_diacritics 2')"
    )
    conn.execute(
        "INSERT INTO web_search (id, title, outlet, body) "
        f"SELECT id, coalesce(title, ''), coalesce(outlet, ''), body FROM articles WHERE {LATEST_REVISION}"
    )
    conn.execute("DELETE FROM web_search_state")
    conn.execute("INSERT INTO web_search_state VALUES (?)", (fingerprint,))


def scan(store: SQLStore, text: str) -> list[dict[str, Any]]:
    """Without FTS5 (PostgreSQL): the latest revision of every article whose title or
    body holds every word of ``text`` (case aside), most occurrences first, each with a
    snippet around its first match.  A scan, not an index: fine for thousands."""
    words = [w.casefold() for w in _WORD.findall(text)]
    if not words:
        return []
    where = " AND ".join("lower(coalesce(title, '') || ' ' || body) LIKE ?" for _ in words)
    rows = store.conn.execute(
        f"SELECT id, title, outlet, published, body FROM articles WHERE {LATEST_REVISION} AND {where}",
        tuple(f"%{w}%" for w in words),
    ).fetchall()
    hits = []
    for article, title, outlet, published, body in rows:
        folded = f"{title or ''} {body}".casefold()
        score = sum(folded.count(w) for w in words)
        hits.append((-score, article, title, outlet, published, _snippet(body, words)))
    hits.sort()
    return [
        {"article": a, "title": t, "outlet": o, "published": p, "snippet": snippet_parts(snip)}
        for _, a, t, o, p, snip in hits
    ]


def _snippet(body: str, words: list[str], room: int = 120) -> str:
    """About ``room`` characters around the first match, the words marked."""
    folded = body.casefold()
    at = min((i for i in (folded.find(w) for w in words) if i >= 0), default=0)
    start, end = max(0, at - room // 2), min(len(body), at + room // 2)
    piece = body[start:end]
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    marked = pattern.sub(lambda m: f"{MARK_START}{m.group(0)}{MARK_END}", piece)
    return ("…" if start else "") + marked + ("…" if end < len(body) else "")


def matching_ids(any_store: SQLStore, text: str) -> frozenset[str]:
    """Ids of every article matching ``text`` (see ``fts_query``)."""
    query = fts_query(text)
    if query is None:
        return frozenset()
    if not isinstance(any_store, SQLiteStore):
        return frozenset(hit["article"] for hit in scan(any_store, text))
    store = any_store
    ensure_index(store)
    rows = store.conn.execute("SELECT id FROM web_search WHERE web_search MATCH ?", (query,))
    return frozenset(r[0] for r in rows)


def search(any_store: SQLStore, text: str, limit: int, offset: int) -> SearchPage:
    """Articles matching ``text``, best first, each with a snippet of its body."""
    query = fts_query(text)
    if query is None:
        return SearchPage(0, [])
    if not isinstance(any_store, SQLiteStore):
        found = scan(any_store, text)
        page = found[offset : offset + limit]
        return SearchPage(
            len(found), [{**h, "story": any_store.story_of(h["article"])} for h in page]
        )
    store = any_store
    ensure_index(store)
    conn = store.conn
    total = conn.execute(
        "SELECT count(*) FROM web_search WHERE web_search MATCH ?", (query,)
    ).fetchone()[0]
    rows = conn.execute(
        "SELECT s.id, a.title, a.outlet, a.published, "
        f"snippet(web_search, 3, '{MARK_START}', '{MARK_END}', '…', 24) "
        "FROM web_search s JOIN articles a ON a.id = s.id WHERE web_search MATCH ? "
        "ORDER BY rank, s.id LIMIT ? OFFSET ?",
        (query, limit, offset),
    ).fetchall()
    hits = [
        {
            "article": r[0],
            "title": r[1],
            "outlet": r[2],
            "published": r[3],
            "story": store.story_of(r[0]),
            "snippet": snippet_parts(r[4]),
        }
        for r in rows
    ]
    return SearchPage(total, hits)


def snippet_parts(snippet: str) -> list[dict[str, Any]]:
    """FTS5's marked snippet as parts: ``{"text": ..., "match": bool}``, markers removed."""
    parts = []
    for n, piece in enumerate(re.split(f"[{MARK_START}{MARK_END}]", snippet)):
        if piece:
            parts.append({"text": piece, "match": n % 2 == 1})
    return parts
