"""``borrowed_statements``: uncredited copies found by what they quote, not by their text.

A rewrite in other words shares too little text for a copy link, but it still carries
the same statements.  Inside one story, an article is flagged ``uncredited_copy`` when

* other articles of the story credit an outside outlet G explicitly ("according to
  The Guardian", "told Kestrel Wire", "Translated from ..."), at least
  ``min_crediting`` of them, and G has no article of its own in the story (a *third*
  outlet: had G's article been here, a copy link to it would be the evidence);
* the article credits nobody, and no article of the story credits its outlet (a
  source is not a copy);
* it carries at least ``min_statements`` statements (statement groups) that the
  crediting articles also carry, and those make up at least ``min_share`` of all its
  statements: it reproduces that material, not one famous line from a press event.

Precision comes first: the confidence is below that of a found copy link, and each
finding shows every shared statement in both articles.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from retold.analyze.aliases import outlet_key
from retold.analyze.records import ArticleAnalysis
from retold.compare.records import Occurrence, StatementGroup
from retold.records import Article, Finding, Span


@dataclass(frozen=True)
class BorrowOptions:
    min_crediting: int = 2  # articles of the story that credit the outside source
    min_statements: int = 2  # statements the article shares with those articles
    min_share: float = 0.5  # share of the article's own statements they make up
    confidence: float = 0.6  # below a copy link's (rewrite: 0.75)
    max_evidence: int = 8  # spans kept (pairs: the article's, then the crediting one's)


@dataclass(frozen=True)
class _Shared:
    mine: Occurrence  # the article's wording
    theirs: tuple[Occurrence, ...]  # the crediting articles' wordings


@dataclass(frozen=True)
class _Source:
    name: str  # as credited
    crediting: frozenset[str]  # ids of the articles crediting it


def borrowed_statements(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    groups: Sequence[StatementGroup],
    story: str | None = None,
    flagged: Collection[str] = (),
    options: BorrowOptions | None = None,
) -> list[Finding]:
    """``uncredited_copy`` findings for articles that reproduce credited statements
    without crediting anyone; ``flagged`` subjects (already found by a copy link) are
    left alone."""
    options = options or BorrowOptions()
    by_id = {a.id: a for a in articles}
    credits = {a.article: {outlet_key(c.source): c.source for c in a.citations} for a in analyses}
    sources = _outside_sources(articles, credits, options)
    credited = {key for found in credits.values() for key in found}
    findings = []
    for article in articles:
        if article.id in flagged or credits.get(article.id) or article.id not in credits:
            continue
        if article.outlet and outlet_key(article.outlet) in credited:
            continue
        for source in sources:
            shared = _shared(article.id, source.crediting, groups)
            if _enough(article.id, shared, groups, options):
                findings.append(_finding(article, source, shared, by_id, story, options))
                break
    return findings


def _outside_sources(
    articles: Sequence[Article], credits: dict[str, dict[str, str]], options: BorrowOptions
) -> list[_Source]:
    """Outlets credited by enough articles of the story and with no article in it,
    most credited first."""
    present = {outlet_key(a.outlet) for a in articles if a.outlet}
    crediting: dict[str, set[str]] = {}
    names: dict[str, str] = {}
    for article, found in credits.items():
        for key, name in found.items():
            if key not in present:
                crediting.setdefault(key, set()).add(article)
                names.setdefault(key, name)
    sources = [
        _Source(names[key], frozenset(ids))
        for key, ids in crediting.items()
        if len(ids) >= options.min_crediting
    ]
    return sorted(sources, key=lambda s: (-len(s.crediting), s.name))


def _shared(
    article: str, crediting: frozenset[str], groups: Sequence[StatementGroup]
) -> list[_Shared]:
    """Each statement the article and a crediting article both carry, in reading order."""
    shared = []
    for group in groups:
        mine = [o for o in group.occurrences if o.article == article]
        theirs = tuple(o for o in group.occurrences if o.article in crediting)
        if mine and theirs:
            shared.append(_Shared(mine[0], theirs))
    return sorted(shared, key=lambda s: s.mine.start)


def _enough(
    article: str,
    shared: list[_Shared],
    groups: Sequence[StatementGroup],
    options: BorrowOptions,
) -> bool:
    if len(shared) < options.min_statements:
        return False
    own = sum(1 for g in groups if any(o.article == article for o in g.occurrences))
    return own > 0 and len(shared) / own >= options.min_share


def _finding(
    article: Article,
    source: _Source,
    shared: list[_Shared],
    by_id: dict[str, Article],
    story: str | None,
    options: BorrowOptions,
) -> Finding:
    evidence: list[Span] = []
    for one in shared:
        first = one.theirs[0]
        evidence.append(Span.of(article, one.mine.start, one.mine.end))
        evidence.append(Span.of(by_id[first.article], first.start, first.end))
    others = sorted({o.article for one in shared for o in one.theirs})
    name = article.label
    outlets = sorted({by_id[a].label for a in others})
    summary = (
        f"{name} reproduces {len(shared)} statements that {', '.join(outlets)} credit to"
        f" {source.name}, without crediting anyone"
    )
    details = {
        "kind": "statements",
        "uncredited": [source.name],
        "credited_by": others,
        "statements": [one.mine.quote for one in shared],
    }
    return Finding(
        kind="uncredited_copy",
        subject=article.id,
        story=story,
        articles=(article.id, *others),
        summary=summary,
        confidence=options.confidence,
        evidence=tuple(evidence[: options.max_evidence]),
        details_json=json.dumps(details, ensure_ascii=False),
    )
