"""Sentence splits kept per article: the bytes give back the split of the body they
were made from (and nothing for another body or other word lists), and a rewrite
search over kept splits finds what one that splits every body finds."""

from __future__ import annotations

from dataclasses import replace

import pytest

import retold.grow as grow
from helpers import ORIGINAL, REWRITE, make_article
from retold.link import rewrites
from retold.link.copies import CopyOptions
from retold.link.language import load_language
from retold.link.rewrites import RewriteOptions, find_rewrites, sentence_split
from retold.link.splits import split_bytes, split_from_bytes, split_key
from retold.store import open_store

LANGUAGE = load_language()
STEM = RewriteOptions().stem
KEY = split_key(STEM, LANGUAGE)
BODIES = [
    " ".join(ORIGINAL),
    " ".join(REWRITE),
    "It was. And so it is.\n\nSão Paulo’s mayor said 1,200 homes were hit. Then he left.",
    "",
]


@pytest.mark.parametrize("body", BODIES)
def test_the_bytes_give_back_the_split_of_their_body(body: str) -> None:
    split = sentence_split(body, STEM, LANGUAGE)
    assert split_from_bytes(split_bytes(body, split, KEY), body, KEY) == split


def test_the_bytes_give_nothing_for_another_body_other_words_or_damage() -> None:
    body = BODIES[0]
    data = split_bytes(body, sentence_split(body, STEM, LANGUAGE), KEY)
    assert split_from_bytes(data, BODIES[1], KEY) is None
    assert split_from_bytes(data, body, split_key(STEM + 1, LANGUAGE)) is None
    fewer = replace(LANGUAGE, stopwords=LANGUAGE.stopwords - {"the"})
    assert split_from_bytes(data, body, split_key(STEM, fewer)) is None
    assert split_from_bytes(data[:-3], body, KEY) is None
    assert split_from_bytes(b"", body, KEY) is None


def test_a_search_over_kept_splits_splits_no_body_and_finds_the_same(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles = [make_article(b, id=f"a{k}") for k, b in enumerate(BODIES[:3])]
    options = RewriteOptions()
    before = find_rewrites(articles, options, LANGUAGE)
    assert before
    splits = {a.id: sentence_split(a.body, options.stem, LANGUAGE) for a in articles}
    monkeypatch.setattr(rewrites, "sentence_split", _no_split)
    assert find_rewrites(articles, options, LANGUAGE, splits=splits) == before


def _no_split(*_: object) -> None:
    raise AssertionError("a kept split was made again")


def test_the_store_keeps_splits_for_the_next_run(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    articles = [make_article(b, id=f"a{k}") for k, b in enumerate(BODIES[:2])]
    options = CopyOptions()
    with open_store(store_url) as store:
        for article in articles:
            store.put_article(article)
        made = grow.saved_splits(store, articles, options)
        assert made == {a.id: sentence_split(a.body, STEM, LANGUAGE) for a in articles}
        assert set(store.saved_splits(["a0", "a1", "none"])) == {"a0", "a1"}
    with open_store(store_url) as store:
        monkeypatch.setattr(grow, "sentence_split", _no_split)
        assert grow.saved_splits(store, articles, options) == made
        # another body under a kept id is split again, and its split kept instead
        revised = replace(articles[0], body=BODIES[2])
        monkeypatch.undo()
        again = grow.saved_splits(store, [revised], options)
        assert again == {"a0": sentence_split(BODIES[2], STEM, LANGUAGE)}
        assert split_from_bytes(store.saved_splits(["a0"])["a0"], BODIES[2], KEY) is not None
