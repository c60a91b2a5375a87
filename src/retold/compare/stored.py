"""The compare stage's own reads and writes around the comparison of each story: the
scare quotes a story's speakers said (``partial.speakers_words``; a changed analysis is
stored again), and the statement groups joined across stories with the stored groups
of the stories not compared again (``across.join_stories``)."""

from __future__ import annotations

from retold.analyze.records import ArticleAnalysis
from retold.compare.across import join_stories
from retold.compare.grouping import MatchOptions
from retold.compare.partial import speakers_words
from retold.compare.records import StatementGroup
from retold.records import Article
from retold.store import Store


def with_speakers_words(
    store: Store,
    members: list[Article],
    analysis_of: dict[str, ArticleAnalysis],
    match: MatchOptions,
) -> list[ArticleAnalysis]:
    """The story's analyses with the scare quotes its speakers said made partial quotes
    (``speakers_words``); an analysis that changes is stored again."""
    before = [analysis_of[a.id] for a in members]
    analyses = speakers_words(before, match.vocabulary, match.aliases)
    for old, new in zip(before, analyses, strict=True):
        if new is not old:
            store.put_analysis(new)
            analysis_of[new.article] = new
    return analyses


def joined_groups(
    store: Store,
    groups: list[StatementGroup],
    todo: set[str] | None,
    live: set[str],
    read: tuple[dict[str, ArticleAnalysis], dict[str, Article]],
) -> tuple[list[StatementGroup], set[str] | None]:
    """The statement groups to write and the stories they replace (None: every one):
    the groups of the stories compared, joined across stories with the stored groups of
    the others (``join_stories``), and the stored groups the join changes."""
    analysis_of, articles = read
    stored = []
    if todo is not None:
        stored = [g for g in store.statement_groups() if g.story in live - todo]
    quotes = {q.id: q for analysis in analysis_of.values() for q in analysis.quotes}
    joined = join_stories(groups + stored, quotes, articles)
    if todo is None:
        return joined, None
    changed = {
        new.story for new, old in zip(joined[len(groups) :], stored, strict=True) if new != old
    }
    replaced = todo | {s for s in changed if s is not None}
    return [g for g in joined if g.story in replaced], replaced
