"""The word counts a run keeps (``retold.grow``) are saved as a log of what each run
added (``retold.countlog``): read back equal, in few parts, with bytes per run that do
not grow with the counts already saved."""

from __future__ import annotations

import base64
import itertools
import math
import random
from typing import Any

import numpy as np
import pytest
from tests.helpers import make_article

from retold import countlog, grow
from retold.link.copies import CopyOptions
from retold.link.rewrites import WordCounts, sentence_words
from retold.records import Article
from retold.store import Store, open_store
from retold.stored import StoredArticles

OPTIONS = CopyOptions()


def _articles(n: int, start: int, seed: int) -> list[Article]:
    """``n`` invented articles of made-up words drawn from a wide vocabulary, so the
    counts grow with the articles counted."""
    rng = random.Random(seed)
    made = []
    for k in range(start, start + n):
        words = [f"qz{rng.randrange(200_000):x}" for _ in range(48)]
        body = " ".join(" ".join(words[i : i + 12]) + "." for i in range(0, 48, 12))
        made.append(make_article(body, id=f"a{k:05d}"))
    return made


def _afresh(articles: list[Article]) -> WordCounts:
    stem, language = OPTIONS.rewrites.stem, OPTIONS.language
    return WordCounts.empty().grown([sentence_words(a.body, stem, language) for a in articles])


def _same(a: WordCounts, b: WordCounts) -> bool:
    return (
        a.n_docs == b.n_docs and np.array_equal(a.hashes, b.hashes) and np.array_equal(a.df, b.df)
    )


class _Counted:
    """``store`` with the bytes its state writes counted."""

    def __init__(self, store: Store) -> None:
        self.store, self.written = store, 0

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)

    def put_state(self, name: str, value: str) -> None:
        self.written += len(value)
        self.store.put_state(name, value)

    def put_blob(self, name: str, value: bytes) -> None:
        self.written += len(value)
        self.store.put_blob(name, value)


def _grow(store: Any, held: list[Article], new: list[Article]) -> WordCounts:
    held += new
    return grow.word_counts(store, StoredArticles(store, held), {a.id for a in new}, OPTIONS)


def test_counts_grown_run_by_run_read_back_as_counted_afresh(store_url: str) -> None:
    held: list[Article] = []
    with open_store(store_url) as store:
        for run, size in enumerate([30, 7, 1, 12, 3, 3, 25, 2, 9, 60, 4, 5]):
            counts = _grow(store, held, _articles(size, len(held), run))
            assert _same(counts, _afresh(held))
            parts = countlog.load(store, grow.WORD_COUNTS)
            assert _same(countlog.total(parts), counts)
            assert len(parts) <= 1 + math.log2(len(held))
            sizes = [c.n_docs for _, c in parts]
            assert all(2 * b < a for a, b in itertools.pairwise(sizes))
        live = {f"{grow.WORD_COUNTS}.{n}" for n, _ in parts}
        assert set(store.blob_names(f"{grow.WORD_COUNTS}.")) == live


def test_a_run_writes_bytes_of_its_own_not_of_the_counts_saved(store_url: str) -> None:
    """Six runs of 5 articles each on 200 and on 1,600 counted articles write about the
    same bytes (counts saved whole every run write ~5x more on the larger)."""
    means = []
    held: list[Article] = []
    with open_store(store_url) as store:
        counted = _Counted(store)
        for base in (200, 1600):
            _grow(store, held, _articles(base - len(held), len(held), base))
            counted.written = 0
            for run in range(6):
                _grow(counted, held, _articles(5, len(held), 10 + run))
            means.append(counted.written / 6)
    assert means[1] < 1.3 * means[0]


def test_counts_saved_whole_by_an_earlier_version_are_grown_as_a_log(db_path: Any) -> None:
    held = _articles(40, 0, 3)
    with open_store(db_path) as store:
        whole = _afresh(held)
        store.put_state(grow.WORD_COUNTS, base64.b64encode(whole.to_bytes()).decode("ascii"))
        counts = _grow(store, held, _articles(4, 40, 4))
        assert _same(counts, _afresh(held))
        assert _same(countlog.total(countlog.load(store, grow.WORD_COUNTS)), counts)
        assert store.get_state(grow.WORD_COUNTS) is None


@pytest.mark.parametrize("write", ["put_blob", "put_state"])
def test_a_save_cut_short_leaves_the_counts_it_found(db_path: Any, write: str) -> None:
    held = _articles(20, 0, 5)
    with open_store(db_path) as store:
        _grow(store, [], held)
        before = countlog.total(countlog.load(store, grow.WORD_COUNTS))

        def cut(*_: Any) -> None:
            raise KeyboardInterrupt

        setattr(store, write, cut)
        with pytest.raises(KeyboardInterrupt):
            _grow(store, list(held), _articles(20, 20, 6))
        delattr(store, write)
        assert _same(countlog.total(countlog.load(store, grow.WORD_COUNTS)), before)
        counts = _grow(store, held, _articles(20, 20, 6))
        assert _same(counts, _afresh(held))
        live = {f"{grow.WORD_COUNTS}.{n}" for n, _ in countlog.load(store, grow.WORD_COUNTS)}
        assert set(store.blob_names(f"{grow.WORD_COUNTS}.")) == live
