"""Rewrites searched again in a story a run changed: only the pairs with an article not
searched there before are judged, and they are judged as a search over the whole story
judges them."""

from __future__ import annotations

import itertools

import pytest

from helpers import ORIGINAL, REWRITE, make_article
from retold.link import rewrites
from retold.link.language import load_language
from retold.link.rewrites import (
    RewriteOptions,
    WordIndex,
    find_rewrites,
    sentence_split,
    sentence_table,
)
from retold.records import Article

OPTIONS = RewriteOptions()
LANGUAGE = load_language()
SECOND = [s.replace("Harlow Creek", "Harlow Falls").replace("Tuesday", "Monday") for s in REWRITE]
ARTICLES = [
    make_article(" ".join(ORIGINAL), id="wire", published="2024-07-01"),
    make_article(" ".join(REWRITE), id="farm", published="2024-07-02"),
    make_article(" ".join(SECOND), id="later", published="2024-07-03"),
]


def judged_pairs(
    monkeypatch: pytest.MonkeyPatch, judged: list[str | None]
) -> tuple[set[tuple[str, str]], list[object]]:
    """The pairs (by id) ``find_rewrites`` judges over ``ARTICLES`` and the links it finds."""
    seen: set[tuple[str, str]] = set()
    real = rewrites._judge

    def spy(a: int, b: int, *rest: object) -> object:
        seen.add((ARTICLES[a].id, ARTICLES[b].id))
        return real(a, b, *rest)  # type: ignore[arg-type]

    monkeypatch.setattr(rewrites, "_judge", spy)
    return seen, list(find_rewrites(ARTICLES, OPTIONS, LANGUAGE, judged=judged))


def ends(link: object) -> set[str]:
    return {link.original, link.copy}  # type: ignore[attr-defined]


def test_every_pair_is_judged_in_a_first_search(monkeypatch: pytest.MonkeyPatch) -> None:
    seen, links = judged_pairs(monkeypatch, [None, None, None])
    assert seen == {("wire", "farm"), ("wire", "later"), ("farm", "later")}
    assert len(links) == 3


def test_a_new_article_is_judged_with_each_member_and_no_old_pair_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _, every = judged_pairs(monkeypatch, [None, None, None])
    seen, links = judged_pairs(monkeypatch, ["story-1", "story-1", None])
    assert seen == {("wire", "later"), ("farm", "later")}
    assert links == [link for link in every if "later" in ends(link)]


def test_articles_searched_in_two_stories_before_are_judged_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen, _ = judged_pairs(monkeypatch, ["story-1", "story-2", "story-1"])
    assert seen == {("wire", "farm"), ("farm", "later")}


def test_nothing_is_judged_when_every_article_was_searched_together(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    seen, links = judged_pairs(monkeypatch, ["story-1"] * 3)
    assert seen == set() and links == []


def test_a_sentence_table_from_the_kept_spans_is_the_one_read_again() -> None:
    article: Article = ARTICLES[1]
    spans, words = sentence_split(article.body, OPTIONS.stem, LANGUAGE)
    index = WordIndex.of([words])
    kept = sentence_table(article.body, words, index, LANGUAGE, spans)
    again = sentence_table(article.body, words, index, LANGUAGE)
    assert kept.spans == again.spans and len(kept.spans) == len(REWRITE)
    for name in ("columns", "weights", "offsets"):
        assert getattr(kept, name).tolist() == getattr(again, name).tolist()
    # each sentence's distinct words' columns, in column order
    rows = [sorted({index.columns[w] for w in sentence}) for sentence in words]
    assert kept.columns.tolist() == [c for row in rows for c in row]
    assert kept.offsets.tolist()[1:] == list(itertools.accumulate(len(row) for row in rows))
