"""Corpus-level furniture: lines one outlet repeats across otherwise different articles.

A phrase list cannot know every outlet's "Markets data delayed" or "Our
Standards" line.  Across a corpus they give themselves away: the same short line
in several articles of one outlet that share little else.  Articles that share
most of their paragraphs (copies, revisions) count once, so a story an outlet
ran twice does not turn its paragraphs into furniture.

What is learned depends only on the set of articles, never on their order or on
how they were batched: each outlet's articles are read in id order
(``retold.clean.relearn`` keeps the same result up to date as articles arrive).  A learned
line taken out of a body keeps its paragraph's position (``Removed.line``), so
``unlearned`` gives back the body as the cleaner left it and a later corpus can
clean it again.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, replace

from retold.clean.furniture import normalize
from retold.records import Article, Removed

STAGE = "learn.v2"
REASON = "recurring outlet line"
PARAGRAPH = "\n\n"


@dataclass(frozen=True)
class LearnOptions:
    min_articles: int = 3  # distinct articles carrying the line anywhere in the body
    min_edge_articles: int = 2  # ... when it always sits among the first or last lines
    max_words: int = 30
    edge_lines: int = 3
    same_article_overlap: float = 0.5  # paragraph-set Jaccard above which two count as one

    def __post_init__(self) -> None:
        if not self.same_article_overlap >= 0:  # below 0 articles sharing nothing are one
            raise ValueError(f"same_article_overlap must be 0 or more: {self}")

    @property
    def version(self) -> str:
        """The stage and a digest of every option: what was learned under other options
        is learned again."""
        digest = hashlib.sha256(repr(self).encode("utf-8")).hexdigest()[:12]
        return f"{STAGE}+{digest}"


def paragraphs(article: Article) -> list[str]:
    return [p for p in article.body.split(PARAGRAPH) if p.strip()]


def learn_furniture(
    articles: Iterable[Article], options: LearnOptions
) -> dict[str, dict[str, int]]:
    """outlet -> {normalized line: number of distinct articles carrying it}.

    Give it bodies as the cleaner left them (see ``unlearned``)."""
    by_outlet: dict[str, list[Article]] = defaultdict(list)
    for article in articles:
        if article.outlet:
            by_outlet[article.outlet].append(article)
    learned: dict[str, dict[str, int]] = {}
    for outlet, group in by_outlet.items():
        found = _outlet_lines(sorted(group, key=lambda a: a.id), options)
        if found:
            learned[outlet] = found
    return learned


def _outlet_lines(group: list[Article], options: LearnOptions) -> dict[str, int]:
    lines_of = [[normalize(p) for p in paragraphs(a)] for a in group]  # normalised once
    representative = distinct_articles(
        [frozenset(ls) for ls in lines_of], options.same_article_overlap
    )
    where: dict[str, list[tuple[int, bool]]] = defaultdict(list)
    for n, lines in enumerate(lines_of):
        for i, line in enumerate(lines):
            if len(line.split()) <= options.max_words:
                edge = i < options.edge_lines or i >= len(lines) - options.edge_lines
                where[line].append((representative[n], edge))
    found = {}
    for line, hits in where.items():
        distinct = {rep for rep, _ in hits}
        need = options.min_edge_articles if all(edge for _, edge in hits) else options.min_articles
        if len(distinct) >= need:
            found[line] = len(distinct)
    return found


def distinct_articles(sets: list[frozenset[str]], overlap: float) -> list[int]:
    """For each set, the index of the first earlier representative whose Jaccard
    similarity to it is above ``overlap``, else its own index (it represents itself).

    Candidates come from a prefix-filter index, so an outlet of many articles costs
    about linear time: ordered rarest paragraph first, two sets with Jaccard >= t share
    one of their first ``|S| - ceil(t |S|) + 1`` paragraphs (the shared paragraph that
    comes first in the order is in both prefixes).  The outlet's repeated lines come
    last and stay out of the index."""
    frequency = Counter(p for s in sets for p in s)
    index: dict[str, list[int]] = defaultdict(list)
    reps: list[int] = []
    for n, current in enumerate(sets):
        prefix = _prefix(current, frequency, overlap)
        candidates = sorted({m for p in prefix for m in index[p]})
        rep = next((m for m in candidates if _jaccard(current, sets[m]) > overlap), n)
        reps.append(rep)
        if rep == n:
            for p in prefix:
                index[p].append(n)
    return reps


def _prefix(items: frozenset[str], frequency: Counter[str], overlap: float) -> list[str]:
    ordered = sorted(items, key=lambda p: (frequency[p], p))
    # the small margin keeps float error from shortening the prefix
    need = max(0, math.ceil(overlap * len(ordered) - 1e-9))
    return ordered[: max(1, len(ordered) - need + 1)]


def _jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / (len(a | b) or 1)


def apply_furniture(article: Article, furniture: Mapping[str, frozenset[str]]) -> Article:
    """``article`` without the paragraphs learned as its outlet's furniture; each one
    removed keeps its paragraph's position in the body, as ``Removed.line``."""
    lines = furniture.get(article.outlet or "", frozenset())
    if not lines:
        return article
    kept: list[str] = []
    dropped: list[Removed] = []
    for i, para in enumerate(article.body.split(PARAGRAPH)):
        if para.strip() and normalize(para) in lines:
            dropped.append(Removed(para, REASON, i))
        else:
            kept.append(para)
    if not dropped or not any(p.strip() for p in kept):
        return article
    return replace(article, body=PARAGRAPH.join(kept), removed=article.removed + tuple(dropped))


def unlearned(article: Article) -> Article:
    """``article`` as the cleaner left it: learned lines put back where they stood.

    A line learned before positions were kept (``line`` -1) goes back at the end."""
    learned = [r for r in article.removed if r.reason == REASON]
    if not learned:
        return article
    paras = article.body.split(PARAGRAPH)
    for r in sorted(learned, key=lambda r: (r.line < 0, r.line)):
        paras.insert(r.line if r.line >= 0 else len(paras), r.text)
    removed = tuple(r for r in article.removed if r.reason != REASON)
    return replace(article, body=PARAGRAPH.join(paras), removed=removed)
