"""Corpus-level furniture: lines one outlet repeats across otherwise different articles.

A phrase list cannot know every outlet's "Markets data delayed" or "Our
Standards" line.  Across a corpus they give themselves away: the same short line
in several articles of one outlet that share little else.  Articles that share
most of their paragraphs (copies, revisions) count once, so a story an outlet
ran twice does not turn its paragraphs into furniture.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from retold.clean.furniture import normalize
from retold.records import Article, Removed

REASON = "recurring outlet line"


@dataclass(frozen=True)
class LearnOptions:
    min_articles: int = 3  # distinct articles carrying the line anywhere in the body
    min_edge_articles: int = 2  # ... when it always sits among the first or last lines
    max_words: int = 30
    edge_lines: int = 3
    same_article_overlap: float = 0.5  # paragraph-set Jaccard above which two count as one


def paragraphs(article: Article) -> list[str]:
    return [p for p in article.body.split("\n\n") if p.strip()]


def learn_furniture(
    articles: Iterable[Article], options: LearnOptions
) -> dict[str, dict[str, int]]:
    """outlet -> {normalized line: number of distinct articles carrying it}."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.outlet:
            by_outlet[article.outlet].append(article)
    learned: dict[str, dict[str, int]] = {}
    for outlet, group in by_outlet.items():
        found = _outlet_lines(group, options)
        if found:
            learned[outlet] = found
    return learned


def _outlet_lines(group: list[Article], options: LearnOptions) -> dict[str, int]:
    sets = [frozenset(normalize(p) for p in paragraphs(a)) for a in group]
    representative = _distinct_articles(sets, options.same_article_overlap)
    where: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for n, article in enumerate(group):
        paras = paragraphs(article)
        for i, para in enumerate(paras):
            line = normalize(para)
            if len(line.split()) <= options.max_words:
                edge = i < options.edge_lines or i >= len(paras) - options.edge_lines
                where[line].append((representative[n], edge))
    found = {}
    for line, hits in where.items():
        distinct = {rep for rep, _ in hits}
        need = options.min_edge_articles if all(edge for _, edge in hits) else options.min_articles
        if len(distinct) >= need:
            found[line] = len(distinct)
    return found


def _distinct_articles(sets: list[frozenset[str]], overlap: float) -> list[int]:
    """For each article, the index of the first earlier article it nearly duplicates."""
    reps: list[int] = []
    for n, current in enumerate(sets):
        rep = n
        for m in range(n):
            if reps[m] != m:
                continue
            union = len(current | sets[m]) or 1
            if len(current & sets[m]) / union > overlap:
                rep = m
                break
        reps.append(rep)
    return reps


def apply_furniture(article: Article, furniture: Mapping[str, frozenset[str]]) -> Article:
    """``article`` without the paragraphs learned as its outlet's furniture."""
    lines = furniture.get(article.outlet or "", frozenset())
    if not lines:
        return article
    kept: list[str] = []
    dropped: list[str] = []
    for para in paragraphs(article):
        (dropped if normalize(para) in lines else kept).append(para)
    if not dropped or not kept:
        return article
    removed = article.removed + tuple(Removed(p, REASON, -1) for p in dropped)
    return replace(article, body="\n\n".join(kept), removed=removed)
