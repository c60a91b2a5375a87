"""The coverage tables: each story's sentence alignment and its summary."""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from typing import Any

from retold.coverage.align import AlignedSentence
from retold.store.base import Connection, delete_of_stories


class CoverageTables:
    """Mixed into a store that has ``conn`` and ``_transaction()``."""

    conn: Connection

    def _transaction(self) -> Any: ...

    def replace_coverage(
        self,
        aligned: Sequence[AlignedSentence],
        summaries: Sequence[dict[str, Any]],
        stories: Collection[str] | None = None,
    ) -> None:
        """Replace every story's alignment and summary (each summary has its ``story``),
        or only those of ``stories`` and of stories that no longer exist."""
        with self._transaction():
            delete_of_stories(self.conn, "alignment", stories)
            delete_of_stories(self.conn, "coverage", stories)
            self.conn.executemany(
                "INSERT INTO alignment (story, article_id, start_char, end_char, paragraph,"
                " shared_with, similarity, statements)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                " ON CONFLICT (article_id, start_char) DO UPDATE SET story = excluded.story,"
                " end_char = excluded.end_char, paragraph = excluded.paragraph,"
                " shared_with = excluded.shared_with, similarity = excluded.similarity,"
                " statements = excluded.statements",
                [
                    (
                        s.story,
                        s.article,
                        s.start,
                        s.end,
                        s.paragraph,
                        json.dumps(list(s.shared_with)),
                        s.similarity,
                        json.dumps(list(s.statements)),
                    )
                    for s in aligned
                ],
            )
            self.conn.executemany(
                "INSERT INTO coverage (story, data) VALUES (?, ?)",
                [(s["story"], json.dumps(s, ensure_ascii=False)) for s in summaries],
            )

    def alignment(self, story: str | None = None) -> list[AlignedSentence]:
        """Aligned sentences, of one story or all, in article and text order."""
        sql = (
            "SELECT story, article_id, start_char, end_char, paragraph, shared_with, similarity,"
            " statements FROM alignment"
        )
        rows = (
            self.conn.execute(sql + " WHERE story = ? ORDER BY article_id, start_char", (story,))
            if story is not None
            else self.conn.execute(sql + " ORDER BY story, article_id, start_char")
        )
        return [
            AlignedSentence(st, a, s, e, p, tuple(json.loads(w)), sim, tuple(json.loads(g)))
            for st, a, s, e, p, w, sim, g in rows
        ]

    def coverage(self, story: str) -> dict[str, Any] | None:
        """The story's coverage summary, or None when it has none."""
        row = self.conn.execute("SELECT data FROM coverage WHERE story = ?", (story,)).fetchone()
        return json.loads(row[0]) if row else None
