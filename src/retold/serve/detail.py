"""What `retold show ID` tells about one article beyond its text: story, copies,
quotes with their variants in other outlets, credits and findings."""

from __future__ import annotations

from dataclasses import dataclass, field

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from retold.analyze.records import Citation, Quote
from retold.compare.records import Occurrence
from retold.records import CopyLink, Finding, StoredArticle
from retold.serve.export import person_of
from retold.serve.views import article_view, copies_table, finding_view, speaker_label
from retold.store import Store


@dataclass(frozen=True)
class QuoteLine:
    quote: Quote
    group: str | None
    fidelity: str | None
    variants: tuple[Occurrence, ...]  # the same statement in the story's other articles


@dataclass(frozen=True)
class ArticleDetail:
    stored: StoredArticle
    story: str | None
    quotes: tuple[QuoteLine, ...]
    citations: tuple[Citation, ...]
    copies: tuple[CopyLink, ...]
    findings: tuple[Finding, ...]
    outlets: dict[str, str | None]
    people: dict[tuple[str, str], str] = field(default_factory=dict)  # see person_of


def article_detail(store: Store, article_id: str) -> ArticleDetail:
    stored = store.get_article(article_id)
    a = stored.article
    groups = store.statement_groups()
    by_quote = {o.quote: (g, o) for g in groups for o in g.occurrences}
    lines = []
    for quote in store.quotes(article_ids=[a.id]):
        found = by_quote.get(quote.id)
        if found is None:
            lines.append(QuoteLine(quote, None, None, ()))
            continue
        group, own = found
        others = tuple(o for o in group.occurrences if o.article != a.id)
        lines.append(QuoteLine(quote, group.id, own.fidelity, others))
    outlets = {s.article.id: s.article.outlet for s in store.articles()}
    return ArticleDetail(
        stored,
        store.story_of(a.id),
        tuple(lines),
        tuple(store.citations(a.id)),
        tuple(store.copies(a.id)),
        tuple(store.findings(subject=a.id)),
        outlets,
        person_of(store),
    )


def detail_view(detail: ArticleDetail) -> RenderableType:
    parts: list[RenderableType] = [article_view(detail.stored)]
    if detail.story:
        parts.append(Text(f"story {detail.story}  (retold show {detail.story})", style="bold"))
    if detail.copies:
        parts.append(copies_table(detail.copies, detail.outlets))
    if detail.citations:
        credits = ", ".join(sorted({c.source for c in detail.citations}))
        parts.append(Text(f"credits: {credits}", style="bold"))
    elif detail.stored.article.body:
        parts.append(Text("credits: nobody", style="bold"))
    if detail.quotes:
        parts.append(_quotes_view(detail))
    parts.extend(finding_view(f) for f in detail.findings)
    return Group(*parts)


def _quotes_view(detail: ArticleDetail) -> Table:
    table = Table(
        header_style="bold",
        title="quotes, and how other outlets carried them",
        title_justify="left",
        show_lines=True,
    )
    table.add_column("speaker", max_width=22)
    table.add_column("quote", ratio=3, overflow="fold")
    table.add_column("in other outlets", ratio=3, overflow="fold")
    for line in detail.quotes:
        q = line.quote
        head = Text(f"{q.kind}" + (f", {line.fidelity}" if line.fidelity else ""), style="dim")
        quote = Text.assemble(head, "\n", q.text)
        variants = Text()
        for o in line.variants:
            outlet = detail.outlets.get(o.article) or o.article[:10]
            style = "bold red" if o.fidelity == "altered" else None
            variants.append(f"{outlet} ({o.fidelity}): ", style=style)
            variants.append(f"{o.text}\n")
            for alteration in o.alterations:
                variants.append(f"  ⚠ {alteration.detail}\n", style="red")
        table.add_row(speaker_label(q, detail.people), quote, variants or Text("—", style="dim"))
    return table
