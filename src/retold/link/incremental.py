"""Growing a story state: merge new articles in, find the part of the graph they touch.

The affected region is every connected component (of the edge graph: full
cosine >= ``min_cosine``) that contains a new article, after the new articles'
edges are added, closed under the edges the updated IDF creates.  Re-clustering
that region with average linkage gives exactly what a single run over all
articles gives there, because the clustering of a component depends only on
the component.  The one way the two can differ: components no new article
touches are not recomputed, so the IDF shift the new articles cause is not
applied to them -- their stories, and the stored edges that propose ``related``
pairs, stay as the earlier IDF made them (``StoryOptions.rebuild_growth`` bounds
that shift by re-clustering everything once the corpus has grown by half since
the last full run).  Term vectors, titles, dates and related lists are rebuilt
for every story on each run (vectorized; only the clustering is incremental).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retold.link.features import StoryTerms, extract_terms
from retold.link.graph import Channels, linked
from retold.link.groups import components
from retold.link.headlines import NameKeys
from retold.link.language import Language
from retold.link.state import StoryState
from retold.link.vectors import I64, PairIndex, concat_counts
from retold.records import Article


@dataclass(frozen=True)
class Corpus:
    """Old and new articles together, rows sorted by article id."""

    ids: tuple[str, ...]
    published: tuple[str | None, ...]
    titles: tuple[str, ...]
    mentions: tuple[tuple[int, ...], ...]  # day numbers of dates each text mentions
    years: tuple[tuple[int, ...], ...]  # years before its publication each text mentions
    headline_names: tuple[NameKeys, ...]  # sound keys of the names each headline uses
    names: tuple[NameKeys, ...]  # ... and of all the names each article uses
    yearless: tuple[tuple[int, ...], ...]  # undated texts: month-days named without a year
    terms: StoryTerms
    old_story: tuple[str | None, ...]  # story from the state; None for new articles
    old_edge_a: I64  # edges kept from the state, in this corpus's row numbers
    old_edge_b: I64

    @property
    def new_rows(self) -> I64:
        return np.array([i for i, s in enumerate(self.old_story) if s is None], np.int64)


def merge(state: StoryState, articles: Sequence[Article], language: Language) -> Corpus:
    known = set(state.ids)
    fresh: dict[str, Article] = {}
    for article in articles:
        if article.id not in known:
            fresh.setdefault(article.id, article)
    new = [fresh[i] for i in sorted(fresh)]
    fresh_rows = extract_terms(new, language, extend=state.terms)
    new_terms = fresh_rows.terms
    ids = state.ids + tuple(a.id for a in new)
    order = np.argsort(np.array(ids, dtype=object), kind="stable").astype(np.int64)
    where = np.empty_like(order)
    where[order] = np.arange(order.size)
    full = concat_counts(state.terms.full, new_terms.full).take(order)
    title = concat_counts(state.terms.title, new_terms.title).take(order)
    pick = order.tolist()
    published = state.published + tuple(a.published for a in new)
    titles = state.titles + tuple(_title(a) for a in new)
    mentions = state.mentions + tuple(fresh_rows.mentions)
    years = (state.years or ((),) * len(state.ids)) + tuple(fresh_rows.years)
    headline_names = state.headline_names + tuple(fresh_rows.headline_names)
    names = state.names + tuple(fresh_rows.names)
    yearless = (state.yearless or ((),) * len(state.ids)) + tuple(fresh_rows.yearless)
    stories: tuple[str | None, ...] = state.story_of + (None,) * len(new)
    return Corpus(
        ids=tuple(ids[i] for i in pick),
        published=tuple(published[i] for i in pick),
        titles=tuple(titles[i] for i in pick),
        mentions=tuple(mentions[i] for i in pick),
        years=tuple(years[i] for i in pick),
        headline_names=tuple(headline_names[i] for i in pick),
        names=tuple(names[i] for i in pick),
        yearless=tuple(yearless[i] for i in pick),
        terms=StoryTerms(full, title),
        old_story=tuple(stories[i] for i in pick),
        old_edge_a=where[state.edge_a] if state.edge_a.size else state.edge_a,
        old_edge_b=where[state.edge_b] if state.edge_b.size else state.edge_b,
    )


def _title(article: Article) -> str:
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    first = article.body.strip().split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def affected_rows(corpus: Corpus, ch: Channels, pairs: PairIndex, min_cosine: float) -> I64:
    """Rows whose stories must be recomputed: components touched by new articles."""
    n = len(corpus.ids)
    new = corpus.new_rows
    if new.size == n:
        return np.arange(n, dtype=np.int64)
    edges = zip(corpus.old_edge_a.tolist(), corpus.old_edge_b.tolist(), strict=True)
    old_component = np.zeros(n, np.int64)
    for k, group in enumerate(components(n, edges)):
        old_component[group] = k
    inside = np.zeros(n, bool)
    frontier = new
    while frontier.size:
        inside[frontier] = True
        touched = linked(ch, pairs, frontier, min_cosine)
        grown = np.isin(old_component, old_component[np.concatenate([frontier, touched])])
        frontier = np.flatnonzero(grown & ~inside)
    return np.flatnonzero(inside)
