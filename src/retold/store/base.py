"""The storage interface every backend implements, and row <-> record conversion.

Backends (SQLite, PostgreSQL) differ only in how they connect, how a transaction
starts and how their SQL dialect is written (see ``retold.store.postgres``); the
``Store`` interface below is all the rest of retold sees.
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Sequence, Sized
from contextlib import AbstractContextManager
from dataclasses import dataclass
from typing import Any, Literal, Protocol

from retold.analyze.records import ArticleAnalysis, Citation, Quote
from retold.clean.relearn import Learned, LearnIndex
from retold.compare.records import PersonName, QuoteGroup, StatementGroup
from retold.coverage.align import AlignedSentence
from retold.records import (
    Article,
    CopyLink,
    Dateline,
    Finding,
    Known,
    Origin,
    Rejected,
    Removed,
    StoredArticle,
    Story,
)

WriteOutcome = Literal["new", "unchanged", "revised"]

ARTICLE_COLUMNS = (
    "id",
    "revision_key",
    "revision",
    "supersedes",
    "format",
    "encoding",
    "url",
    "outlet",
    "outlet_source",
    "title",
    "title_source",
    "published",
    "published_source",
    "published_time",
    "site_name",
    "dateline_text",
    "dateline_place",
    "dateline_date",
    "dateline_credit",
    "language",
    "body",
    "extra",
    "pipeline",
    "ingested_at",
)


@dataclass(frozen=True)
class ArticleQuery:
    """Filters for listing articles; every field optional."""

    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None  # YYYY-MM-DD, inclusive
    all_revisions: bool = False
    limit: int | None = None
    outlets: tuple[str, ...] | None = None  # exactly one of these names (see ``outlet_names``)


class Cursor(Protocol):
    """The rows of one statement (a DB-API cursor)."""

    @property
    def rowcount(self) -> int: ...

    def fetchone(self) -> Any: ...

    def fetchall(self) -> list[Any]: ...

    def __iter__(self) -> Iterator[Any]: ...


class Connection(Protocol):
    """What the tables need of a connection: statements written as for ``sqlite3``
    (``?`` placeholders), run one at a time or once per row."""

    def execute(self, sql: str, parameters: Sequence[Any] = ..., /) -> Cursor: ...

    def executemany(self, sql: str, parameters: Iterable[Sequence[Any]], /) -> Any: ...

    def close(self) -> None: ...


class Store(LearnIndex, Protocol):
    """What retold needs from a database."""

    def put_article(self, article: Article) -> WriteOutcome:
        """Store one article in one transaction (with its origin and removed lines)."""
        ...

    def has_article(self, article_id: str) -> bool: ...

    def put_known(self, known: Known) -> WriteOutcome:
        """Record another origin of a stored article (its content address is stored)."""
        ...

    def put_rejection(self, rejected: Rejected) -> None: ...

    def get_article(self, article_id: str) -> StoredArticle:
        """By full id or a unique prefix; raises NotFoundError."""
        ...

    def articles(self, query: ArticleQuery | None = None) -> Iterator[StoredArticle]: ...

    def articles_by_id(self, ids: Collection[str]) -> Iterator[StoredArticle]:
        """The stored articles of ``ids``, in chunks of ``IN_LIST``, in no set order."""
        ...

    def article_ids(self) -> list[str]:
        """The ids of the articles ``articles()`` gives by default, by id."""
        ...

    def rejections(self) -> list[Rejected]: ...

    def article_versions(self) -> list[tuple[str, str]]: ...

    def outlet_names(self) -> list[str]:
        """Every outlet name an article has, as stored, sorted."""
        ...

    def id_candidates(self, prefix: str, limit: int = 20) -> list[tuple[str, str, str | None]]:
        """Articles and stories whose id starts with ``prefix``: (id, "article" or "story",
        title), at most ``limit`` of them."""
        ...

    def outlet_furniture(self) -> dict[str, frozenset[str]]: ...

    # -- learned outlet furniture ---------------------------------------------------------
    def outlets_to_learn(self, pipeline: str) -> list[str]:
        """Outlets with an article whose ``pipeline`` is not this one (not yet learned from)."""
        ...

    def outlet_articles(self, outlet: str, besides: str | None = None) -> list[Article]:
        """Every article of exactly this outlet, all revisions, by id; with ``besides``,
        those whose pipeline is another."""
        ...

    def learn_version(self, outlet: str) -> str | None:
        """The pipeline the outlet's learn index was built under (``put_learned``)."""
        ...

    def outlet_lines(self, outlet: str) -> dict[str, int]:
        """The outlet's learned furniture: line -> distinct articles carrying it."""
        ...

    def put_learned(self, learned: Sequence[Learned], pipeline: str) -> None:
        """In one transaction, for each outlet ``learned``: its learn index (dropped first
        when ``fresh``) and furniture changed by its update, the bodies and removed lines
        of its rewritten articles (stored articles, same ids) replaced in place, with
        everything derived from their old bodies (quotes, credits, names, copies,
        findings, copy index entries: ``CopyIndexTables._unindex_copies``) deleted, the
        articles its update adds marked with ``pipeline``, and the index marked as built
        under it."""
        ...

    def record_run(self, started_at: str, counts: Sequence[int], pipeline: str) -> None: ...

    def derive_lock(self) -> AbstractContextManager[None]:
        """Held while a run rebuilds what is derived from every stored article (learned
        furniture, copies, stories, analyses, comparisons): one process at a time per
        database, waiting for the other; released when the block ends or the process
        dies.  Writes of articles and every read go on meanwhile."""
        ...

    def close(self) -> None: ...

    # -- cross-article results, each replaced as a whole per run --------------------------
    def replace_copies(
        self, copies: Sequence[CopyLink], before: Sequence[CopyLink] | None = None
    ) -> None:
        """Every copy link; given the links stored ``before``, only those that changed
        are written."""
        ...

    def copies(self, article_id: str | None = None) -> list[CopyLink]: ...

    def replace_stories(
        self, stories: Sequence[Story], only: Collection[str] | None = None
    ) -> None:
        """Every story; given ``only``, those ids alone (written, or deleted when not
        among ``stories``)."""
        ...

    def stories(self, ids: Sequence[str] | None = None) -> list[Story]: ...

    def get_story(self, story_id: str) -> Story: ...

    def story_of(self, article_id: str) -> str | None: ...

    def replace_findings(
        self, stage: str, findings: Sequence[Finding], stories: Collection[str] | None = None
    ) -> None: ...

    def findings(
        self,
        subject: str | None = None,
        kind: str | None = None,
        story: str | None = None,
        evidence_in: str | None = None,
    ) -> list[Finding]: ...

    def get_state(self, name: str) -> str | None: ...

    def put_state(self, name: str, value: str) -> None: ...

    def drop_state(self, name: str) -> None: ...

    def state_names(self, prefix: str) -> list[str]:
        """The names of the saved states that start with ``prefix``, sorted."""
        ...

    # -- saved states in bytes (the story state's parts), under names of their own ------
    def get_blob(self, name: str) -> bytes | None: ...

    def put_blob(self, name: str, value: bytes) -> None: ...

    def drop_blob(self, name: str) -> None: ...

    def blob_names(self, prefix: str) -> list[str]:
        """The names of the saved bytes that start with ``prefix``, sorted."""
        ...

    # -- saved sentence splits (``retold.link.splits``), a cache per article -------------
    def saved_splits(self, ids: Collection[str]) -> dict[str, bytes]:
        """The saved bytes of those of ``ids`` that have some."""
        ...

    def put_splits(self, rows: Sequence[tuple[str, bytes]]) -> None: ...

    # -- the copy index (``retold.link.copyindex``), grown by each link run -------------
    def copy_indexed(self) -> set[str]: ...

    def copy_postings(self, keys: Sequence[int]) -> dict[int, list[str]]: ...

    def copy_pairs(self) -> list[tuple[str, str, str, float, float]]: ...

    def put_copy_index(
        self,
        entries: Sequence[tuple[str, int, Sequence[int]]],
        pairs: Sequence[tuple[str, str, str, float, float]],
    ) -> None: ...

    def clear_copy_index(self) -> None: ...

    # -- per-article analysis and statement groups --------------------------------------
    def put_analysis(self, analysis: ArticleAnalysis) -> None: ...

    def analyzed(self, stage: str) -> set[str]: ...

    def analysis(self, article_id: str) -> ArticleAnalysis: ...

    def analyses(self, article_ids: Sequence[str]) -> list[ArticleAnalysis]:
        """Like ``analysis`` for each id, in that order, in one query per table."""
        ...

    def citations(self, article_id: str | None = None) -> list[Citation]: ...

    def quotes(
        self,
        speaker: str | None = None,
        article_ids: Sequence[str] | None = None,
        kind: str | None = None,
    ) -> list[Quote]: ...

    def replace_statement_groups(
        self, groups: Sequence[StatementGroup], stories: Collection[str] | None = None
    ) -> None: ...

    def statement_groups(self, story: str | None = None) -> list[StatementGroup]: ...

    def statement_story(self, group_id: str) -> str | None: ...

    def quote_group(self, quote_id: str) -> QuoteGroup | None: ...

    def replace_person_names(self, names: Sequence[PersonName]) -> None: ...

    def person_names(self) -> list[PersonName]: ...

    # -- coverage: per story, sentence alignment and a summary -------------------------
    def replace_coverage(
        self,
        aligned: Sequence[AlignedSentence],
        summaries: Sequence[dict[str, Any]],
        stories: Collection[str] | None = None,
    ) -> None: ...

    def alignment(self, story: str | None = None) -> list[AlignedSentence]: ...

    def coverage(self, story: str) -> dict[str, Any] | None: ...


IN_LIST = 500
"""Values per ``IN (...)`` list: well under every SQLite's limit on parameters (999)."""


def chunks(values: Collection[Any], size: int = IN_LIST) -> Iterator[list[Any]]:
    """``values``, sorted, in lists of at most ``size``."""
    items = sorted(values)
    for start in range(0, len(items), size):
        yield items[start : start + size]


def delete_of_stories(
    conn: Connection,
    table: str,
    stories: Collection[str] | None,
    where: str = "",
    params: Sequence[Any] = (),
    story: str = "story",
) -> None:
    """Delete the rows of ``table`` (``where`` narrows, with ``params``) that belong to
    ``stories`` or to a story that no longer exists; every row when ``stories`` is None.
    ``story`` is the SQL that gives a row's story (a column, or a subquery)."""
    narrow = f"{where} AND " if where else ""
    if stories is None:
        conn.execute(f"DELETE FROM {table}" + (f" WHERE {where}" if where else ""), tuple(params))
        return
    conn.execute(
        f"DELETE FROM {table} WHERE {narrow}({story} IS NULL"
        f" OR {story} NOT IN (SELECT id FROM stories))",
        tuple(params),
    )
    ids = sorted(stories)
    for start in range(0, len(ids), IN_LIST):
        chunk = ids[start : start + IN_LIST]
        conn.execute(
            f"DELETE FROM {table} WHERE {narrow}{story} IN ({marks(chunk)})", (*params, *chunk)
        )


def marks(values: Sized) -> str:
    """One ``?`` placeholder per value, comma-separated, for ``IN (...)``; ``NULL`` for
    no values (``IN (NULL)`` holds nothing)."""
    return ", ".join("?" * len(values)) or "NULL"


def article_row(
    article: Article, revision: int, supersedes: str | None, now: str
) -> tuple[Any, ...]:
    d = article.dateline
    return (
        article.id,
        article.revision_key,
        revision,
        supersedes,
        article.format,
        article.encoding,
        article.url,
        article.outlet,
        article.outlet_source,
        article.title,
        article.title_source,
        article.published,
        article.published_source,
        article.published_time,
        article.site_name,
        d.text if d else None,
        d.place if d else None,
        d.date if d else None,
        d.credit if d else None,
        article.language,
        article.body,
        article.extra_json,
        article.pipeline,
        now,
    )


def stored_from_row(
    row: Sequence[Any], origins: Sequence[Origin], removed: Sequence[Removed]
) -> StoredArticle:
    r = dict(zip(ARTICLE_COLUMNS, row, strict=True))
    dateline = None
    if r["dateline_text"]:
        dateline = Dateline(
            r["dateline_text"], r["dateline_place"], r["dateline_date"], r["dateline_credit"]
        )
    article = Article(
        id=r["id"],
        origin=origins[0] if origins else Origin(""),
        format=r["format"],
        encoding=r["encoding"],
        url=r["url"],
        outlet=r["outlet"],
        outlet_source=r["outlet_source"],
        title=r["title"],
        title_source=r["title_source"],
        published=r["published"],
        published_source=r["published_source"],
        dateline=dateline,
        language=r["language"],
        body=r["body"],
        removed=tuple(removed),
        published_time=r["published_time"],
        site_name=r["site_name"],
        revision_key=r["revision_key"],
        extra_json=r["extra"],
        pipeline=r["pipeline"],
    )
    return StoredArticle(article, r["revision"], r["supersedes"], tuple(origins), r["ingested_at"])
