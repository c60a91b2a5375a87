"""Tables of per-article analysis (quotes, citations, name spellings) and statement groups.

Records are stored whole as JSON beside the columns that queries filter on, so
adding a field to a record never needs a migration to keep it.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import fields, is_dataclass
from typing import Any

from retold.analyze.records import ArticleAnalysis, Citation, NameUse, Quote, ScareQuote
from retold.compare.records import (
    Alteration,
    DiffOp,
    Occurrence,
    PersonName,
    QuoteGroup,
    StatementGroup,
)
from retold.records import Span
from retold.store.base import IN_LIST, Connection, delete_of_stories, marks


def quote_from_json(text: str) -> Quote:
    data = json.loads(text)
    article = data["article"]  # segments stored before they were spans lack it
    data["segments"] = tuple(Span(**{"article": article, **s}) for s in data["segments"])
    return Quote(**data)


def occurrence_from_json(text: str) -> Occurrence:
    data = json.loads(text)
    data["diff"] = tuple(DiffOp(**d) for d in data["diff"])
    data["alterations"] = tuple(Alteration(**a) for a in data["alterations"])
    return Occurrence(**data)


class AnalysisTables:
    """Mixed into a store that has ``conn`` and ``_transaction()``."""

    conn: Connection

    def _transaction(self) -> Any: ...

    def put_analysis(self, analysis: ArticleAnalysis) -> None:
        """Replace everything known about one article's quotes and credits."""
        a = analysis.article
        with self._transaction():
            for table in ("quotes", "scare_quotes", "citations", "name_uses", "analyzed"):
                self.conn.execute(f"DELETE FROM {table} WHERE article_id = ?", (a,))
            self.conn.executemany(
                "INSERT INTO quotes (id, article_id, kind, speaker, span_start, span_end, data)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)",
                [(q.id, a, q.kind, q.speaker, q.start, q.end, _json(q)) for q in analysis.quotes],
            )
            self.conn.executemany(
                "INSERT INTO scare_quotes (article_id, span_start, span_end, text, reason)"
                " VALUES (?, ?, ?, ?, ?)",
                [(a, s.start, s.end, s.text, s.reason) for s in analysis.scare_quotes],
            )
            self.conn.executemany(
                "INSERT INTO citations (article_id, seq, source, data) VALUES (?, ?, ?, ?)",
                [(a, n, c.source, _json(c)) for n, c in enumerate(analysis.citations)],
            )
            self.conn.executemany(
                "INSERT INTO name_uses (article_id, canonical, data) VALUES (?, ?, ?)",
                [(a, u.canonical, _json(u)) for u in analysis.names],
            )
            self.conn.execute(
                "INSERT INTO analyzed (article_id, stage, parsed) VALUES (?, ?, ?)",
                (a, analysis.stage, analysis.parsed_sentences),
            )

    def analyzed(self, stage: str) -> set[str]:
        """Ids of the articles already analysed by this version of the stage."""
        rows = self.conn.execute("SELECT article_id FROM analyzed WHERE stage = ?", (stage,))
        return {r[0] for r in rows}

    def analysis(self, article_id: str) -> ArticleAnalysis:
        return self.analyses([article_id])[0]

    def analyses(self, article_ids: Sequence[str]) -> list[ArticleAnalysis]:
        """The analyses of several articles, in the order given: one query per table
        (for every ``IN_LIST`` ids), not one per article."""
        ids = list(dict.fromkeys(article_ids))
        runs = self._by_article("SELECT article_id, stage, parsed FROM analyzed", ids, "")
        quotes = self._by_article("SELECT article_id, data FROM quotes", ids, "span_start")
        scares = self._by_article(
            "SELECT article_id, span_start, span_end, text, reason FROM scare_quotes",
            ids,
            "span_start",
        )
        cites = self._by_article("SELECT article_id, data FROM citations", ids, "seq")
        names = self._by_article("SELECT article_id, data FROM name_uses", ids, "")
        result = []
        for a in article_ids:
            ((stage, parsed),) = runs.get(a, [("", 0)])
            result.append(
                ArticleAnalysis(
                    a,
                    tuple(quote_from_json(d) for (d,) in quotes.get(a, ())),
                    tuple(ScareQuote(a, s, e, t, r) for s, e, t, r in scares.get(a, ())),
                    tuple(Citation(**json.loads(d)) for (d,) in cites.get(a, ())),
                    tuple(NameUse(**json.loads(d)) for (d,) in names.get(a, ())),
                    parsed,
                    stage,
                )
            )
        return result

    def _by_article(
        self, select: str, ids: list[str], order: str
    ) -> dict[str, list[tuple[Any, ...]]]:
        """Rows of ``select`` (article id first) for ``ids``, grouped by article, each
        article's rows by ``order`` and then in the order they were written."""
        rows: dict[str, list[tuple[Any, ...]]] = {}
        for start in range(0, len(ids), IN_LIST):
            chunk = ids[start : start + IN_LIST]
            sql = (
                f"{select} WHERE article_id IN ({marks(chunk)}) "
                f"ORDER BY article_id, {order + ', ' if order else ''}rowid"
            )
            for article_id, *rest in self.conn.execute(sql, chunk):
                rows.setdefault(article_id, []).append(tuple(rest))
        return rows

    def citations(self, article_id: str | None = None) -> list[Citation]:
        sql, params = "SELECT data FROM citations", []
        if article_id:
            sql, params = sql + " WHERE article_id = ?", [article_id]
        return [
            Citation(**json.loads(d))
            for (d,) in self.conn.execute(sql + " ORDER BY article_id, seq", params)
        ]

    def quotes(
        self,
        speaker: str | None = None,
        article_ids: Sequence[str] | None = None,
        kind: str | None = None,
    ) -> list[Quote]:
        sql, params = "SELECT data FROM quotes WHERE 1 = 1", []
        if speaker:
            # the article's own name for the speaker, or the one the person goes by
            sql += (
                " AND (lower(speaker) LIKE ? OR EXISTS (SELECT 1 FROM person_names p"
                " WHERE p.article_id = quotes.article_id AND p.name = quotes.speaker"
                " AND lower(p.person) LIKE ?))"
            )
            params += [f"%{speaker.lower()}%"] * 2
        if kind:
            sql += " AND kind = ?"
            params.append(kind)
        if article_ids is not None:
            sql += f" AND article_id IN ({marks(article_ids)})"
            params += list(article_ids)
        return [
            quote_from_json(d)
            for (d,) in self.conn.execute(sql + " ORDER BY article_id, span_start", params)
        ]

    def replace_statement_groups(
        self, groups: Sequence[StatementGroup], stories: Collection[str] | None = None
    ) -> None:
        """Replace every statement group, or only those of ``stories`` and of stories
        that no longer exist."""
        with self._transaction():
            group_story = "(SELECT g.story FROM statement_groups g WHERE g.id = group_id)"
            delete_of_stories(self.conn, "quote_groups", stories, story=group_story)
            delete_of_stories(self.conn, "statement_groups", stories)
            self.conn.executemany(
                "INSERT INTO statement_groups (id, story, speaker, original, reasons, statement)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [
                    (g.id, g.story, g.speaker, g.original, json.dumps(list(g.reasons)), g.statement)
                    for g in groups
                ],
            )
            self.conn.executemany(
                "INSERT INTO quote_groups (quote_id, group_id, fidelity, data)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (quote_id) DO UPDATE"
                " SET group_id = excluded.group_id, fidelity = excluded.fidelity,"
                " data = excluded.data",
                [(o.quote, g.id, o.fidelity, _json(o)) for g in groups for o in g.occurrences],
            )

    def statement_groups(self, story: str | None = None) -> list[StatementGroup]:
        """Every statement group, or those of one story."""
        where, params = ("WHERE story = ? ", (story,)) if story else ("", ())
        members: dict[str, list[Occurrence]] = {}
        for group_id, data in self.conn.execute(
            "SELECT group_id, data FROM quote_groups WHERE group_id IN "
            f"(SELECT id FROM statement_groups {where}) ORDER BY group_id, quote_id",
            params,
        ):
            members.setdefault(group_id, []).append(occurrence_from_json(data))
        return [
            StatementGroup(i, st, sp, o, tuple(members.get(i, ())), tuple(json.loads(r)), s)
            for i, st, sp, o, r, s in self.conn.execute(
                "SELECT id, story, speaker, original, reasons, statement FROM statement_groups "
                f"{where}ORDER BY id",
                params,
            )
        ]

    def replace_person_names(self, names: Sequence[PersonName]) -> None:
        with self._transaction():
            self.conn.execute("DELETE FROM person_names")
            self.conn.executemany(
                "INSERT INTO person_names (article_id, name, person, scope)"
                " VALUES (?, ?, ?, ?) ON CONFLICT (article_id, name)"
                " DO UPDATE SET person = excluded.person, scope = excluded.scope",
                [(n.article, n.name, n.person, n.scope) for n in names],
            )

    def person_names(self) -> list[PersonName]:
        return [
            PersonName(a, n, p, s)
            for a, n, p, s in self.conn.execute(
                "SELECT article_id, name, person, scope FROM person_names ORDER BY article_id, name"
            )
        ]

    def statement_story(self, group_id: str) -> str | None:
        """The story of a statement group (None when there is no such group)."""
        row = self.conn.execute(
            "SELECT story FROM statement_groups WHERE id = ?", (group_id,)
        ).fetchone()
        return str(row[0]) if row and row[0] is not None else None

    def quote_group(self, quote_id: str) -> QuoteGroup | None:
        """(group id, fidelity, statement across stories) of a quote, when it was
        matched across outlets."""
        row = self.conn.execute(
            "SELECT q.group_id, q.fidelity, g.statement FROM quote_groups q"
            " JOIN statement_groups g ON g.id = q.group_id WHERE q.quote_id = ?",
            (quote_id,),
        ).fetchone()
        return (str(row[0]), str(row[1]), row[2]) if row else None


def _json(record: Any) -> str:
    """``json.dumps(dataclasses.asdict(record))``, the same text, made faster: asdict
    deep-copies every value, which a dump does not need."""
    return json.dumps(_plain(record))


_SCALARS = frozenset({str, int, float, bool, type(None)})
_FIELDS: dict[type, tuple[str, ...]] = {}  # a record class's field names, in order


def _plain(value: Any) -> Any:
    kind = type(value)
    if kind in _SCALARS:
        return value
    names = _FIELDS.get(kind)
    if names is None and is_dataclass(value) and not isinstance(value, type):
        names = _FIELDS[kind] = tuple(f.name for f in fields(value))
    if names is not None:
        return {name: _plain(getattr(value, name)) for name in names}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value
