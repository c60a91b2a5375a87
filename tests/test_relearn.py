"""Furniture learned incrementally (``clean.relearn``) stores what learning from scratch
stores over the same articles, whatever the batches and their order, and a batch reads
only its own articles and the carriers of the lines whose status it changes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import make_article
from retold import learning
from retold.clean import relearn as relearn_module
from retold.clean.learn import LearnOptions, apply_furniture, learn_furniture
from retold.clean.relearn import Learned
from retold.learning import learn_stage
from retold.records import Article, StoredArticle
from retold.store import ArticleQuery, open_store
from retold.store.base import Store

OUTLETS = ("Lakeside Ledger", "Valley Post")
# a small pool, so that lines recur, articles overlap and near-duplicates chain
POOL = (
    "Subscribe to the morning briefing",
    "Share this story",
    "Ferry timetable changes again",
    "The council met on Thursday evening to discuss the harbour budget for next year",
    "Library hours extended",
    "Bridge closed for repairs until the spring",
    "Readers can send tips to the newsroom at any time of the day or night",
    "Weather: rain later",
    "A new school opens its doors",
    "Photo: staff",
)
TIGHT = LearnOptions(min_articles=3, min_edge_articles=2, max_words=5, edge_lines=1)
OPTIONS = (LearnOptions(), TIGHT, replace(TIGHT, same_article_overlap=0.3))

Draft = tuple[int, int, list[int]]  # id number, outlet, paragraphs from the pool


def article(draft: Draft) -> Article:
    number, outlet, paras = draft
    ident = f"{number:016x}"
    made = make_article("\n\n".join(POOL[p] for p in paras), id=ident, outlet=OUTLETS[outlet])
    return replace(made, revision_key=ident, removed=())


drafts = st.lists(
    st.tuples(
        st.integers(0, 2**40),
        st.integers(0, len(OUTLETS) - 1),
        st.lists(st.integers(0, len(POOL) - 1), min_size=1, max_size=6),
    ),
    min_size=1,
    max_size=14,
    unique_by=lambda d: d[0],
)


def stored(store: Store) -> tuple[Any, ...]:
    bodies = {
        s.article.id: (s.article.body, s.article.removed)
        for s in store.articles(ArticleQuery(all_revisions=True))
    }
    return bodies, store.outlet_furniture(), {o: store.outlet_lines(o) for o in OUTLETS}


def index_rows(store: Any) -> tuple[Any, ...]:
    """The learn index tables, as sorted rows, each line's counts summed over the
    segments that hold them (equal for equal article sets)."""
    return tuple(
        sorted(tuple(r) for r in store.conn.execute(f"SELECT {cols} FROM {table}{group}"))
        for table, cols, group in (
            ("learn_articles", "article_id, rep, lines", ""),
            ("learn_lines", "key, SUM(carriers), SUM(reps), SUM(inside)", " GROUP BY key"),
            ("line_index", "key, article_id", ""),
            ("learn_pairs", "a, b", ""),
        )
    )


def from_scratch(articles: Sequence[Article], options: LearnOptions) -> tuple[Any, ...]:
    learned = learn_furniture(articles, options)
    sets = {o: frozenset(lines) for o, lines in learned.items()}
    bodies = {}
    for a in articles:
        clean = apply_furniture(a, sets)
        bodies[a.id] = (clean.body, clean.removed)
    lines = {o: learned.get(o, {}) for o in OUTLETS}
    return bodies, sets, lines


@settings(max_examples=60, deadline=None)
@given(corpus=drafts, data=st.data())
def test_batches_in_any_order_store_what_one_learn_from_scratch_stores(
    corpus: list[Draft], data: st.DataObject
) -> None:
    options = data.draw(st.sampled_from(OPTIONS), label="options")
    articles = [article(d) for d in corpus]
    order = data.draw(st.permutations(articles), label="order")
    cuts = sorted(data.draw(st.sets(st.integers(1, len(articles)), max_size=4), label="cuts"))
    expected = from_scratch(articles, options)
    with open_store(":memory:") as batches, open_store(":memory:") as one:
        for start, end in zip([0, *cuts], [*cuts, len(order)], strict=True):
            for a in order[start:end]:
                batches.put_article(a)
            learn_stage(batches, options)
        for a in articles:
            one.put_article(a)
        learn_stage(one, options)
        got = stored(batches)
        assert got[0] == expected[0]
        assert got[1] == {o: s for o, s in expected[1].items() if s}
        assert got[2] == expected[2]
        assert index_rows(batches) == index_rows(one)


def test_an_article_between_two_near_copies_in_id_order(store_url: str) -> None:
    """b and c are one article (b represents both); a comes before them in id order and
    is close to b but not to c: b counts under a, and c on its own again."""
    drafts_ = {"b": (2, 0, [0, 1, 2, 3]), "c": (3, 0, [0, 1, 2, 3, 7]), "a": (1, 0, [0, 1, 3, 4])}
    with open_store(store_url) as store:
        for name in ("b", "c"):
            store.put_article(article(drafts_[name]))
        learn_stage(store, TIGHT)
        assert store.learn_reps(["0" * 15 + "3"]) == {"0" * 15 + "3": "0" * 15 + "2"}
        store.put_article(article(drafts_["a"]))
        learn_stage(store, TIGHT)
        assert store.learn_reps(["0" * 15 + "2", "0" * 15 + "3"]) == {
            "0" * 15 + "2": "0" * 15 + "1",
            "0" * 15 + "3": "0" * 15 + "3",
        }
        got = stored(store)
    assert got == _expected([article(d) for d in drafts_.values()])


def _expected(articles: list[Article]) -> tuple[Any, ...]:
    bodies, sets, lines = from_scratch(articles, TIGHT)
    return bodies, {o: s for o, s in sets.items() if s}, lines


class Counting:
    """A store that counts the articles it hands out."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.read: list[str] = []

    def outlet_articles(self, outlet: str, besides: str | None = None) -> list[Article]:
        found = self.store.outlet_articles(outlet, besides)
        self.read += [a.id for a in found]
        return found

    def articles_by_id(self, ids: Sequence[str]) -> list[StoredArticle]:
        found = list(self.store.articles_by_id(ids))
        self.read += [s.article.id for s in found]
        return found

    def __getattr__(self, name: str) -> Any:
        return getattr(self.store, name)


def test_a_batch_reads_its_articles_and_the_carriers_of_changed_lines(tmp_path: Path) -> None:
    footer = 0
    with open_store(tmp_path / "t.db") as store:
        for n in range(40):
            store.put_article(article((n * 7919 + 1, 0, [footer, 2 + n % 8, 2 + (n * 3) % 8])))
        learn_stage(store, TIGHT)
        counting = Counting(store)
        new = [article((10**9 + k, 0, [footer, 5, 9])) for k in range(3)]
        for a in new:
            store.put_article(a)
        learn_stage(counting, TIGHT)  # type: ignore[arg-type]
        assert sorted(counting.read) == sorted(a.id for a in new)
        assert all(POOL[footer] not in store.get_article(a.id).article.body for a in new)
        # a line that becomes furniture: its stored carrier is read, no other article
        line = "Corrections: write to the desk"
        first, second = (
            replace(article((2 * 10**9 + k, 0, [3 + k])), body=f"{POOL[3 + k]}\n\n{line}")
            for k in range(2)
        )
        store.put_article(first)
        learn_stage(store, TIGHT)
        assert line in store.get_article(first.id).article.body
        counting.read = []
        store.put_article(second)
        learn_stage(counting, TIGHT)  # type: ignore[arg-type]
        assert sorted(counting.read) == sorted([first.id, second.id])
        assert store.outlet_lines(OUTLETS[0])[line] == 2
        assert line not in store.get_article(first.id).article.body


class Recording(Counting):
    """A store that records the outlets of each ``put_learned`` call."""

    def __init__(self, store: Store) -> None:
        super().__init__(store)
        self.writes: list[list[str]] = []

    def put_learned(self, learned: Sequence[Learned], pipeline: str) -> None:
        self.writes.append([one.outlet for one in learned])
        self.store.put_learned(learned, pipeline)


def test_the_outlets_a_run_learns_are_written_together(monkeypatch: pytest.MonkeyPatch) -> None:
    drafts_ = [(n + 1, n % 2, [0, 1 + n % 5, 6 + n % 4]) for n in range(12)]
    results = []
    for most in (learning.LEARNED_WRITE, 1):
        monkeypatch.setattr(learning, "LEARNED_WRITE", most)
        with open_store(":memory:") as store:
            for d in drafts_:
                store.put_article(article(d))
            recording = Recording(store)
            rewritten = learn_stage(recording, TIGHT)  # type: ignore[arg-type]
            assert rewritten  # the first line is furniture of both outlets
            results.append((recording.writes, stored(store), index_rows(store)))
    (together, *learned), (apart, *again) = results
    assert together == [sorted(OUTLETS)]  # one transaction
    assert len(apart) == 2 and learned == again


def test_a_new_furniture_line_is_named_without_reading_its_carriers_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    options = replace(TIGHT, min_articles=5, min_edge_articles=5)
    read: list[str] = []
    real = relearn_module.article_lines

    def counted(a: Article, outlet: str, o: LearnOptions) -> Any:
        read.append(a.id)
        return real(a, outlet, o)

    with open_store(":memory:") as store:
        for k in range(4):  # four carriers: one short of furniture
            store.put_article(article((k + 1, 0, [0, 2 + k, 6 + k])))
        learn_stage(store, options)
        new = article((99, 0, [0, 1, 7]))
        store.put_article(new)
        monkeypatch.setattr(relearn_module, "article_lines", counted)
        rewritten = learn_stage(store, options)
        assert store.outlet_lines(OUTLETS[0]) == {POOL[0]: 5}
    assert len(rewritten) == 5  # every carrier cleaned again
    assert read == [new.id]  # the line's text is the new article's
