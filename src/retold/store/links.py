"""Tables of cross-article results (copies, stories, findings).

Each stage's results are replaced in one transaction (as a whole, or the part a run
changed), so a reader never sees half of one run's stories beside half of another's.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from retold.errors import NotFoundError
from retold.records import CopyLink, Finding, Span, Story
from retold.store.base import IN_LIST, Connection, chunks, delete_of_stories, marks

StoredRows = tuple[set[tuple[str, str]], set[tuple[str, str]], dict[str, tuple[str, str | None]]]
"""Stored rows of some stories: (article, story) members, (story, related) pairs, and
title and first date by story."""


def evidence_json(evidence: Sequence[Span]) -> str:
    return json.dumps(
        [e.as_dict() for e in evidence],
        ensure_ascii=False,
    )


def evidence_from_json(text: str) -> tuple[Span, ...]:
    return tuple(Span(e["article"], e["start"], e["end"], e["text"]) for e in json.loads(text))


class LinkTables:
    """Mixed into a store that has ``conn`` and ``_transaction()``."""

    conn: Connection

    def _transaction(self) -> Any: ...

    def replace_copies(
        self, copies: Sequence[CopyLink], before: Sequence[CopyLink] | None = None
    ) -> None:
        """Every copy link, or, given the links stored ``before``, only the links that
        changed: those gone or different deleted, the new ones inserted."""
        with self._transaction():
            if before is None:
                self.conn.execute("DELETE FROM copies")
                added = list(copies)
            else:
                now = {(c.original, c.copy): c for c in copies}
                gone = [(c.original, c.copy) for c in before if now.get((c.original, c.copy)) != c]
                self.conn.executemany("DELETE FROM copies WHERE original = ? AND copy = ?", gone)
                was = set(before)
                added = [c for c in copies if c not in was]
            self.conn.executemany(
                "INSERT INTO copies (original, copy, kind, similarity, containment, evidence,"
                " details)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        c.original,
                        c.copy,
                        c.kind,
                        c.similarity,
                        c.containment,
                        evidence_json(c.evidence),
                        json.dumps({"reasons": list(c.reasons)}),
                    )
                    for c in added
                ],
            )

    def copies(self, article_id: str | None = None) -> list[CopyLink]:
        sql = "SELECT original, copy, kind, similarity, containment, evidence, details FROM copies"
        params: tuple[str, ...] = ()
        if article_id:
            sql += " WHERE original = ? OR copy = ?"
            params = (article_id, article_id)
        rows = self.conn.execute(sql + " ORDER BY original, copy", params).fetchall()
        return [
            CopyLink(o, c, k, s, ct, tuple(json.loads(d).get("reasons", ())), evidence_from_json(e))
            for o, c, k, s, ct, e, d in rows
        ]

    def replace_stories(
        self, stories: Sequence[Story], only: Collection[str] | None = None
    ) -> None:
        """Every story; or, given ``only`` (story ids), those of them: each one of
        ``stories`` written, each one not among them deleted, the others left alone.
        Only the rows that change are written: a member or related story that stays
        (and a story whose title and first date stay) keeps its row."""
        with self._transaction():
            if only is None:
                for table in ("story_related", "story_articles", "stories"):
                    self.conn.execute(f"DELETE FROM {table}")
                old: StoredRows = (set(), set(), {})
            else:
                old = self._stored_rows(only)
            members = {(a, s.id) for s in stories for a in s.articles}
            related = {(s.id, r) for s in stories for r in s.related}
            self.conn.executemany(
                "DELETE FROM story_related WHERE story_id = ? AND related_id = ?",
                sorted(old[1] - related),
            )
            self.conn.executemany(
                "DELETE FROM story_articles WHERE article_id = ? AND story_id = ?",
                sorted(old[0] - members),
            )
            kept = {s.id for s in stories}
            gone = [(i,) for i in sorted(old[2]) if i not in kept]
            self.conn.executemany("DELETE FROM stories WHERE id = ?", gone)
            self.conn.executemany(
                "INSERT INTO stories (id, title, first_published) VALUES (?, ?, ?)"
                " ON CONFLICT (id) DO UPDATE SET title = excluded.title,"
                " first_published = excluded.first_published",
                [
                    (s.id, s.title, s.first_published)
                    for s in stories
                    if old[2].get(s.id) != (s.title, s.first_published)
                ],
            )
            self.conn.executemany(
                "INSERT INTO story_articles (article_id, story_id) VALUES (?, ?)",
                sorted(members - old[0]),
            )
            self.conn.executemany(
                "INSERT INTO story_related (story_id, related_id) VALUES (?, ?)",
                sorted(related - old[1]),
            )

    def _stored_rows(self, ids: Collection[str]) -> StoredRows:
        """The stored rows of the stories ``ids``: their (article, story) members,
        (story, related) pairs, and title and first date by story."""
        members: set[tuple[str, str]] = set()
        related: set[tuple[str, str]] = set()
        rows: dict[str, tuple[str, str | None]] = {}
        for chunk in chunks(sorted(ids), IN_LIST):
            inside = f"IN ({marks(chunk)})"
            for a, s in self.conn.execute(
                f"SELECT article_id, story_id FROM story_articles WHERE story_id {inside}", chunk
            ):
                members.add((str(a), str(s)))
            for s, r in self.conn.execute(
                f"SELECT story_id, related_id FROM story_related WHERE story_id {inside}", chunk
            ):
                related.add((str(s), str(r)))
            for i, t, f in self.conn.execute(
                f"SELECT id, title, first_published FROM stories WHERE id {inside}", chunk
            ):
                rows[str(i)] = (str(t), None if f is None else str(f))
        return members, related, rows

    def stories(self, ids: Sequence[str] | None = None) -> list[Story]:
        """Every story, or those of ``ids``, each with its articles by date."""
        only, params = "", tuple(ids or ())
        if ids is not None:
            only = f" IN ({marks(ids)})"
        members: dict[str, list[str]] = {}
        for story_id, article_id in self.conn.execute(
            "SELECT sa.story_id, sa.article_id FROM story_articles sa "
            "JOIN articles a ON a.id = sa.article_id "
            + (f"WHERE sa.story_id{only} " if only else "")
            + "ORDER BY a.published IS NULL, a.published, a.id",
            params,
        ):
            members.setdefault(story_id, []).append(article_id)
        related: dict[str, list[str]] = {}
        for story_id, other in self.conn.execute(
            "SELECT story_id, related_id FROM story_related "
            + (f"WHERE story_id{only} " if only else "")
            + "ORDER BY related_id",
            params,
        ):
            related.setdefault(story_id, []).append(other)
        rows = self.conn.execute(
            "SELECT id, title, first_published FROM stories "
            + (f"WHERE id{only} " if only else "")
            + "ORDER BY first_published IS NULL, first_published, id",
            params,
        ).fetchall()
        return [
            Story(i, t, tuple(members.get(i, ())), f, tuple(related.get(i, ()))) for i, t, f in rows
        ]

    def get_story(self, story_id: str) -> Story:
        found = self.conn.execute(
            "SELECT id FROM stories WHERE substr(id, 1, ?) = ? ORDER BY id LIMIT 2",
            (len(story_id), story_id),
        )
        matches = self.stories([i for (i,) in found]) if story_id else []
        exact = [s for s in matches if s.id == story_id]
        if exact:
            return exact[0]
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(f"no story with id {story_id!r}; `retold stories` lists them")
        raise NotFoundError(f"story id prefix {story_id!r} matches several stories")

    def story_of(self, article_id: str) -> str | None:
        row = self.conn.execute(
            "SELECT story_id FROM story_articles WHERE article_id = ?", (article_id,)
        ).fetchone()
        return str(row[0]) if row else None

    def replace_findings(
        self, stage: str, findings: Sequence[Finding], stories: Collection[str] | None = None
    ) -> None:
        """Replace every finding a stage made (stages own disjoint kinds), or only those
        of ``stories`` and of stories that no longer exist."""
        with self._transaction():
            delete_of_stories(self.conn, "findings", stories, "stage = ?", (stage,))
            self.conn.executemany(
                "INSERT INTO findings (stage, kind, subject, story, articles, summary, confidence,"
                " evidence, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        stage,
                        f.kind,
                        f.subject,
                        f.story,
                        json.dumps(list(f.articles)),
                        f.summary,
                        f.confidence,
                        evidence_json(f.evidence),
                        f.details_json,
                    )
                    for f in findings
                ],
            )

    def findings(
        self,
        subject: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        evidence_in: str | None = None,
    ) -> list[Finding]:
        """Findings, narrowed to those about ``subject`` (or listing it among their
        articles), of ``kind``, of ``story``, or with evidence in article ``evidence_in``."""
        sql = (
            "SELECT kind, subject, story, articles, summary, confidence, evidence, details "
            "FROM findings WHERE 1 = 1"
        )
        params: list[str] = []
        if story:
            sql += " AND story = ?"
            params.append(story)
        if evidence_in:  # a cheap narrowing in SQL, then the exact test on the evidence
            sql += " AND (subject = ? OR evidence LIKE ?)"
            params += [evidence_in, f"%{evidence_in}%"]
        if subject:
            sql += " AND (subject = ? OR articles LIKE ?)"
            params += [subject, f'%"{subject}"%']
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        rows = self.conn.execute(sql + " ORDER BY kind, subject, id", params).fetchall()
        found = [
            Finding(k, s, st, tuple(json.loads(a)), su, c, evidence_from_json(e), d)
            for k, s, st, a, su, c, e, d in rows
        ]
        if evidence_in:
            found = [
                f
                for f in found
                if f.subject == evidence_in or any(e.article == evidence_in for e in f.evidence)
            ]
        return found

    def get_state(self, name: str) -> str | None:
        value = self._get("link_state", name)
        return str(value) if value is not None else None

    def state_names(self, prefix: str) -> list[str]:
        return self._names("link_state", prefix)

    def drop_state(self, name: str) -> None:
        self._drop("link_state", name)

    def put_state(self, name: str, value: str) -> None:
        self._put("link_state", name, value)

    def get_blob(self, name: str) -> bytes | None:
        value = self._get("link_blobs", name)
        return bytes(value) if value is not None else None

    def blob_names(self, prefix: str) -> list[str]:
        return self._names("link_blobs", prefix)

    def drop_blob(self, name: str) -> None:
        self._drop("link_blobs", name)

    def put_blob(self, name: str, value: bytes) -> None:
        self._put("link_blobs", name, value)

    # The named values of the two state tables: link_state (text), link_blobs (bytes).

    def _get(self, table: str, name: str) -> Any:
        row = self.conn.execute(f"SELECT value FROM {table} WHERE name = ?", (name,)).fetchone()
        return row[0] if row else None

    def _names(self, table: str, prefix: str) -> list[str]:
        rows = self.conn.execute(f"SELECT name FROM {table} ORDER BY name").fetchall()
        return [str(name) for (name,) in rows if str(name).startswith(prefix)]

    def _drop(self, table: str, name: str) -> None:
        with self._transaction():
            self.conn.execute(f"DELETE FROM {table} WHERE name = ?", (name,))

    def _put(self, table: str, name: str, value: str | bytes) -> None:
        with self._transaction():
            self.conn.execute(
                f"INSERT INTO {table} (name, value) VALUES (?, ?) ON CONFLICT (name) DO UPDATE "
                "SET value = excluded.value",
                (name, value),
            )
