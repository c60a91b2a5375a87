"""Findings about linked articles.  First kind: stale reprints.

A stale reprint is an article published long after the rest of its story (or
after the article it copies) that still describes the earlier event: a wire
story rerun a year later under a new date, a translation of last year's
interview.  A follow-up with new reporting is not one, so the finding needs
more than the date gap: either the article copies an earlier one (a ``CopyLink``),
or it is close to the earlier coverage, mentions no date after it and does not name
the earlier coverage's year as past ("a man charged in an April 2007 shooting").  An article
that is a headline alone is never judged, nor taken for the earlier coverage: a
finding points at text on both sides.

Similarity weighs words by their document frequencies over every article
(``reprint_words``): given those counts (``rewrites.WordCounts``, kept between runs),
a run judges only the stories it changed, and their findings are those a run over
every article gives them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from functools import cached_property

import scipy.sparse as sp

from retold.link.evidence import best_match
from retold.link.features import mentioned_days, past_years
from retold.link.language import Language, load_language
from retold.link.rewrites import WordCounts, WordIndex
from retold.link.text import content_words
from retold.link.vectors import tfidf
from retold.records import Article, CopyLink, Finding, Span, Story

STALE_REPRINT = "stale_reprint"


@dataclass(frozen=True)
class StaleOptions:
    min_gap_days: int = 90  # after the latest other dated article of the story (or the original)
    min_similarity: float = 0.3  # TF-IDF cosine to an earlier article, when there is no copy link
    copy_confidence: float = 0.9
    similar_confidence: float = 0.6
    language: Language = field(default_factory=load_language)


def stale_reprints(
    articles: Sequence[Article],
    stories: Sequence[Story],
    copies: Sequence[CopyLink] = (),
    options: StaleOptions | None = None,
    corpus: WordCounts | None = None,
) -> list[Finding]:
    """One ``stale_reprint`` finding per article of ``stories`` that reprints an earlier
    event late.  Words are weighed over ``corpus`` (``reprint_words`` of every article;
    by default counted over ``articles``, which must then be all of them)."""
    options = options or StaleOptions()
    by_id = {a.id: a for a in articles}
    source = {c.copy: c for c in copies}
    groups = [[by_id[i] for i in story.articles if i in by_id] for story in stories]
    if corpus is None:
        corpus = WordCounts.empty().grown([reprint_words(a, options.language) for a in articles])
    similarity = _Similarity([a for g in groups for a in g], options.language, corpus)
    findings = []
    for story, members in zip(stories, groups, strict=True):
        for article in members:
            link = source.get(article.id)
            finding = _judge(article, members, story, link, by_id, similarity, options)
            if finding is not None:
                findings.append(finding)
    return sorted(findings, key=lambda f: (f.story or "", f.subject))


def _judge(
    article: Article,
    members: list[Article],
    story: Story,
    link: CopyLink | None,
    by_id: dict[str, Article],
    similarity: _Similarity,
    options: StaleOptions,
) -> Finding | None:
    day = _day(article.published)
    others = [m for m in members if m.id != article.id and _day(m.published) is not None]
    if day is None or not others or not article.body:
        return None  # a headline alone shows neither the old event nor any new reporting
    latest = max(others, key=lambda m: (m.published or "", m.id))
    original = by_id.get(link.original) if link else None
    if original is not None and _day(original.published) is not None:
        gap = day - _day(original.published)  # type: ignore[operator]
        if gap >= options.min_gap_days:
            return _finding(article, original, story, gap, options.copy_confidence, link, options)
    if day - _day(latest.published) < options.min_gap_days:  # type: ignore[operator]
        return None
    earlier = [
        m
        for m in others
        if m.body and _day(m.published) <= day - options.min_gap_days  # type: ignore[operator]
    ]
    nearest, best = similarity.most_similar(article, earlier)
    if nearest is None or best < options.min_similarity:
        return None
    cutoff = _day(latest.published) or 0
    if any(
        d > cutoff + 1 for d in mentioned_days(article.body, article.published, options.language)
    ):
        return None  # it dates something after the earlier coverage: a follow-up
    if _looks_back(article, nearest):
        return None
    gap = day - (_day(nearest.published) or day)
    return _finding(article, nearest, story, gap, options.similar_confidence, None, options)


def _looks_back(article: Article, earlier: Article) -> bool:
    """Does ``article`` name the year of the ``earlier`` coverage, which that coverage
    had no need to name ("convicted a man charged in an April 2007 shooting")?  It
    tells of that event from a later day: a follow-up, not the old text rerun."""
    year = (earlier.published or "")[:4]
    if not year.isdigit() or int(year) not in past_years(article.body, article.published):
        return False
    return re.search(rf"\b{year}\b", f"{earlier.title or ''} {earlier.body}") is None


def _finding(
    article: Article,
    original: Article,
    story: Story,
    gap: int,
    confidence: float,
    link: CopyLink | None,
    options: StaleOptions,
) -> Finding:
    how = f"a {link.kind} copy of" if link else "close to"
    summary = (
        f"Published {article.published}, {gap} days after {original.published}: "
        f"{how} {original.id} ({original.outlet or 'unknown outlet'}), describing the earlier event."
    )
    evidence: tuple[Span, ...] = ()
    pair = best_match(original, article, options.language)
    if pair is not None:
        evidence = pair
    return Finding(
        kind=STALE_REPRINT,
        subject=article.id,
        story=story.id,
        articles=(article.id, original.id),
        summary=summary,
        confidence=confidence,
        evidence=evidence,
    )


def reprint_words(article: Article, language: Language) -> list[list[str]]:
    """The words similarity reads of an article (title and body, one list), in the form
    ``rewrites.WordCounts`` counts."""
    return [content_words(f"{article.title or ''}\n\n{article.body}", language)]


class _Similarity:
    """TF-IDF rows (content words of title and body, IDF over ``corpus``) for the
    articles given, counted the first time a similarity is asked for (most runs judge
    no article that far)."""

    def __init__(self, articles: Sequence[Article], language: Language, corpus: WordCounts):
        self.articles = articles
        self.language = language
        self.corpus = corpus
        self.row = {a.id: k for k, a in enumerate(articles)}

    @cached_property
    def matrix(self) -> sp.csr_matrix:
        index = WordIndex.of([reprint_words(a, self.language) for a in self.articles], self.corpus)
        return tfidf(index.counts, self.corpus.frequencies(index))

    def most_similar(
        self, article: Article, candidates: list[Article]
    ) -> tuple[Article | None, float]:
        if not candidates:
            return None, 0.0
        rows = [self.row[c.id] for c in candidates]
        sims = (self.matrix[rows] @ self.matrix[self.row[article.id]].T).toarray().ravel()
        best = max(range(len(candidates)), key=lambda k: (sims[k], candidates[k].id))
        return candidates[best], float(sims[best])


def _day(value: str | None) -> int | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return None
