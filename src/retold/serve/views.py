"""Terminal views of library results (rich renderables); no logic beyond layout."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from retold.analyze.records import Quote
from retold.compare.records import QuoteGroup
from retold.records import CopyLink, Finding, IngestSummary, StoredArticle, Story
from retold.serve.export import speaker_label
from retold.serve.layout import Col, fitted_table
from retold.serve.plain import add_row, plain

_SOURCES = {
    "metadata": "from the document's metadata",
    "header": "from the scraped header",
    "dateline": "from the dateline",
    "masthead": "from the masthead",
    "text marker": "named in the text",
    "feed": "from the feed's title",
    "title": "from the page title's tail",
    "copyright": "from the copyright line",
    "furniture": "named again and again in the page's furniture",
    "url": "from the URL's domain",
    "none": "not found",
}


def summary_view(summary: IngestSummary, db: str) -> RenderableType:
    lines = [
        f"ingested   {summary.ingested:>6}"
        + (f"  ({summary.revised} revised)" if summary.revised else ""),
        f"unchanged  {summary.unchanged:>6}",
        f"rejected   {len(summary.rejected):>6}",
    ]
    text = Text("\n".join(lines))
    for rejected in summary.rejected[:20]:
        text.append(f"\n  ✗ {rejected.origin}: {rejected.reason}", style="yellow")
    if len(summary.rejected) > 20:
        text.append(f"\n  … and {len(summary.rejected) - 20} more (retold export lists all)")
    text.append(f"\ndatabase   {db}", style="dim")
    return text


ARTICLE_COLUMNS = (
    Col("id", 8, most=10, weight=9, prefix=True),
    Col("published", 10),
    Col("outlet", 10, want=12, most=24, weight=2, truncate=True),
    Col("title", 30, want=40, weight=4),
    Col("words", 5, justify="right", drop=2),
    Col("file", 10, want=24, weight=1, drop=1),
)


def articles_table(rows: Iterable[StoredArticle], width: int) -> Table:
    """One line of facts per article; the title keeps the most room at any ``width``."""
    cells = []
    for stored in rows:
        a = stored.article
        where = Path(a.origin.path).name + (f"#{a.origin.record}" if a.origin.record else "")
        cells.append(
            (
                a.id[:10],
                a.published or "—",
                a.outlet or "—",
                a.title or "—",
                str(a.word_count),
                where,
            )
        )
    return fitted_table(ARTICLE_COLUMNS, cells, width)


def article_view(stored: StoredArticle) -> RenderableType:
    a = stored.article
    meta = Table.grid(padding=(0, 2))
    meta.add_column(style="bold")
    meta.add_column()
    add_row(
        meta,
        "id",
        f"{a.id}  (revision {stored.revision}"
        + (f", supersedes {stored.supersedes}" if stored.supersedes else "")
        + ")",
    )
    add_row(meta, "outlet", _sourced(a.outlet, a.outlet_source))
    add_row(meta, "title", _sourced(a.title, a.title_source))
    add_row(meta, "published", _sourced(a.published, a.published_source))
    if a.dateline:
        place = a.dateline.place or a.dateline.text
        extra = ", ".join(x for x in (a.dateline.date, a.dateline.credit) if x)
        line = Text(place + (f" ({extra})" if extra else ""))
        add_row(meta, "dateline", line.append(f"  “{a.dateline.text}”", style="dim"))
    add_row(meta, "language", a.language or "—")
    add_row(meta, "url", a.url or "—")
    add_row(meta, "format", f"{a.format}, {a.encoding}")
    for origin in stored.origins:
        add_row(meta, "origin", str(origin))
    removed = Table(header_style="bold", title="removed from the input", title_justify="left")
    removed.add_column("line", justify="right")
    removed.add_column("reason")
    removed.add_column("text", overflow="fold")
    for r in a.removed:
        add_row(removed, "learned" if r.line < 0 else str(r.line + 1), r.reason, r.text)
    body = (
        Panel(plain(a.body), title="body", title_align="left")
        if a.body
        else Text("title only: the input had no body", style="dim")
    )
    return Group(meta, body, removed if a.removed else Text("nothing removed", style="dim"))


def _sourced(value: str | None, source: str) -> Text:
    if not value:
        return Text("— (not found)", style="dim")
    return plain(value).append(f"  {_SOURCES.get(source, source)}", style="dim")


STORY_COLUMNS = (
    Col("story", 14, most=22, weight=9, prefix=True),
    Col("first", 10),
    Col("n", 2, justify="right", drop=2),
    Col("title", 30, want=36, weight=2),
    Col("outlets", 12, want=20, weight=3),
    Col("related", 22, drop=1),
)


def stories_table(stories: Iterable[Story], outlets: dict[str, str | None], width: int) -> Table:
    cells = []
    for story in stories:
        names = sorted({outlets.get(a) or "?" for a in story.articles})
        cells.append(
            (
                story.id,
                story.first_published or "—",
                str(len(story.articles)),
                story.title,
                ", ".join(names),
                ", ".join(story.related) or "—",
            )
        )
    return fitted_table(STORY_COLUMNS, cells, width)


def copies_table(copies: Iterable[CopyLink], outlets: dict[str, str | None]) -> Table:
    table = Table(header_style="bold", title="copies", title_justify="left")
    for column in ("original", "copy", "kind", "similarity", "containment"):
        table.add_column(column)
    for c in copies:
        add_row(
            table,
            f"{c.original[:10]} {outlets.get(c.original) or ''}",
            f"{c.copy[:10]} {outlets.get(c.copy) or ''}",
            c.kind,
            f"{c.similarity:.2f}",
            f"{c.containment:.2f}",
        )
    return table


def finding_view(finding: Finding) -> RenderableType:
    text = Text(f"{finding.kind}", style="bold red")
    text.append(f"  (confidence {finding.confidence:.2f})  {finding.summary}")
    for e in finding.evidence:
        text.append(f"\n  {e.article[:10]} [{e.start}:{e.end}] ", style="dim")
        text.append(f"“{e.text}”")
    return text


QUOTE_COLUMNS = (
    Col("article", 8, most=10, weight=9, prefix=True),
    Col("outlet", 10, most=20, weight=1, truncate=True),
    Col("speaker", 12, most=24, weight=1),
    Col("kind", 8, drop=2),
    Col("quote", 30, want=40, weight=4),
    Col("group / fidelity", 12, most=22, weight=1, drop=1),
)


def quotes_table(
    quotes: Iterable[Quote],
    groups: Mapping[str, QuoteGroup],
    outlets: dict[str, str | None],
    people: Mapping[tuple[str, str], str] | None,
    width: int,
) -> Table:
    cells = []
    for q in quotes:
        group = groups.get(q.id)
        cells.append(
            (
                q.article[:10],
                outlets.get(q.article) or "—",
                speaker_label(q, people or {}),
                q.kind,
                q.text,
                f"{group[0]} {group[1]}" if group else "—",
            )
        )
    return fitted_table(QUOTE_COLUMNS, cells, width)
