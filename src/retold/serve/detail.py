"""What `retold show ID` tells about one article beyond its text: story, copies,
quotes with their variants in other outlets, credits and findings."""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from typing import Any

from rich.console import Group, RenderableType
from rich.table import Table
from rich.text import Text

from retold.analyze.records import Citation, Quote
from retold.compare.records import Occurrence
from retold.link import copy_diff
from retold.link.language import load_language
from retold.records import CopyDiff, CopyLink, Finding, StoredArticle
from retold.serve.export import (
    article_json,
    citation_json,
    copy_json,
    diff_json,
    finding_json,
    occurrence_json,
    person_of,
    quote_json,
    speaker_label,
)
from retold.serve.plain import add_row
from retold.serve.views import article_view, copies_table, finding_view
from retold.store import Store


@dataclass(frozen=True)
class QuoteLine:
    quote: Quote
    group: str | None
    fidelity: str | None
    variants: tuple[Occurrence, ...]  # the same statement in the story's other articles
    statement: str | None = None  # the group's statement across stories (its ``statement``)


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
    diffs: tuple[CopyDiff, ...] = ()  # one per copy link: what the copy dropped, added, reworded


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
        lines.append(QuoteLine(quote, group.id, own.fidelity, others, group.statement))
    outlets = {s.article.id: s.article.outlet for s in store.articles()}
    copies = tuple(store.copies(a.id))
    return ArticleDetail(
        stored,
        store.story_of(a.id),
        tuple(lines),
        tuple(store.citations(a.id)),
        copies,
        tuple(store.findings(subject=a.id)),
        outlets,
        person_of(store),
        copy_diffs(store, copies),
    )


def copy_diffs(store: Store, copies: tuple[CopyLink, ...]) -> tuple[CopyDiff, ...]:
    """What each copy dropped from its original, added to it and reworded (sentence spans)."""
    language = load_language()
    out = []
    for link in copies:
        original = store.get_article(link.original).article
        copy = store.get_article(link.copy).article
        out.append(copy_diff(original, copy, language))
    return tuple(out)


def detail_json(detail: ArticleDetail) -> dict[str, Any]:
    """Everything ``detail_view`` shows, as JSON: the article as in the export, then its
    story, copies and what each copy changed, credits, quotes with how the story's other
    articles carried them, findings, and the outlet of every article named."""
    a = detail.stored.article
    named = {a.id, *(o.article for line in detail.quotes for o in line.variants)}
    named |= {x for c in detail.copies for x in (c.original, c.copy)}
    named |= {x for f in detail.findings for x in f.articles}
    return {
        **article_json(detail.stored),
        "story": detail.story,
        "copies": [copy_json(c) for c in detail.copies],
        "copy_diffs": [_diff_json(d) for d in detail.diffs],
        "credits": sorted({c.source for c in detail.citations}),
        "citations": [citation_json(c) for c in detail.citations],
        "quotes": [_quote_line_json(line, detail.people) for line in detail.quotes],
        "findings": [finding_json(f) for f in detail.findings],
        "outlets": {i: detail.outlets.get(i) for i in sorted(named)},
    }


def _diff_json(diff: CopyDiff) -> dict[str, Any]:
    """``diff_json``, each reworded pair with its word-level changes as the view has them."""
    out = diff_json(diff)
    for pair, (o, c) in zip(out["changed"], diff.changed, strict=True):
        pair["words"] = word_changes(o.text, c.text)
    return out


def _quote_line_json(line: QuoteLine, people: dict[tuple[str, str], str]) -> dict[str, Any]:
    group = (line.group, line.fidelity, line.statement) if line.group and line.fidelity else None
    return {
        **quote_json(line.quote, group, people),
        "speaker_label": speaker_label(line.quote, people),
        "variants": [occurrence_json(o) for o in line.variants],
    }


def detail_view(detail: ArticleDetail) -> RenderableType:
    parts: list[RenderableType] = [article_view(detail.stored)]
    if detail.story:
        parts.append(Text(f"story {detail.story}  (retold show {detail.story})", style="bold"))
    if detail.copies:
        parts.append(copies_table(detail.copies, detail.outlets))
        parts.extend(_diff_view(d, detail.outlets) for d in detail.diffs)
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
        add_row(table, speaker_label(q, detail.people), quote, variants or Text("—", style="dim"))
    return table


def _diff_view(diff: CopyDiff, outlets: dict[str, str | None]) -> Text:
    copy = outlets.get(diff.copy) or diff.copy[:10]
    original = outlets.get(diff.original) or diff.original[:10]
    text = Text(f"{copy} ({diff.copy[:10]}) against its original, {original}", style="bold")
    text.append(f" ({diff.original[:10]}):")
    if not (diff.dropped or diff.added or diff.changed):
        text.append("\n  the same sentences, nothing dropped, added or reworded", style="dim")
    for label, style, spans in (("dropped", "red", diff.dropped), ("added", "green", diff.added)):
        for e in spans:
            text.append(f"\n  {label} ", style=style)
            text.append(f"[{e.start}:{e.end}] ", style="dim")
            text.append(f"“{e.text}”")
    for o, c in diff.changed:
        text.append("\n  reworded ", style="yellow")
        text.append(f"[{o.start}:{o.end}] ", style="dim")
        text.append(f"“{o.text}”\n        -> ")
        text.append(f"[{c.start}:{c.end}] ", style="dim")
        text.append(f"“{c.text}”")
        text.append(f"\n        words: {'; '.join(word_changes(o.text, c.text))}", style="yellow")
    return text


def word_changes(original: str, copy: str) -> list[str]:
    """The word-level edits from ``original`` to ``copy``: "'Feb 13' dropped",
    "'on Tuesday' -> 'today'", "'x' added"."""
    a, b = original.split(), copy.split()
    out = []
    for tag, i, j, k, m in difflib.SequenceMatcher(None, a, b, autojunk=False).get_opcodes():
        old, new = " ".join(a[i:j]), " ".join(b[k:m])
        if tag == "delete":
            out.append(f"'{old}' dropped")
        elif tag == "insert":
            out.append(f"'{new}' added")
        elif tag == "replace":
            out.append(f"'{old}' -> '{new}'")
    return out
