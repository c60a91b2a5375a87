"""The learn index's carriers and counts as a log of sorted segments
(``retold.store.learnindex``): what each batch adds reads back summed over many batches
and merges, an outlet learned afresh is forgotten in every segment, an index of the
earlier format is read as one segment, a batch cut short leaves the index it found, and
a batch writes pages of its own, not of the whole index."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from helpers import make_article, wal_per_write
from retold.clean.relearn import Count, IndexUpdate, Learned, Relearned, pack
from retold.store import open_store, sql
from retold.store.learnindex import LEARN_KEYS
from retold.store.schema import MIGRATIONS
from retold.store.segments import SegmentLog

Batch = list[tuple[str, list[int], dict[int, Count]]]  # per article: id, line keys, gains


class Index:
    """What the index should hold: each line's carriers and summed counts."""

    def __init__(self) -> None:
        self.carriers: dict[int, list[str]] = {}
        self.counts: dict[int, Count] = {}

    def add(self, batch: Batch) -> None:
        for article, keys, gains in batch:
            for key in keys:
                self.carriers.setdefault(key, []).append(article)
            for key, gain in gains.items():
                self.counts[key] = self.counts.get(key, Count()) + gain

    def check(self, store: Any, keys: Iterable[int]) -> None:
        asked = sorted({*keys, 1 << 60})
        got = {k: sorted(ids) for k, ids in store.learn_carriers(asked).items()}
        assert got == {k: sorted(ids) for k, ids in self.carriers.items()}
        assert store.learn_counts(asked) == self.counts


def batch(rng: random.Random, first: int, n: int, outlet: int = 0) -> Batch:
    """``n`` invented articles from id ``first``: lines from a small pool (so that lines
    recur), each carried line's counts gaining a carrier, some a representative."""
    made: Batch = []
    for k in range(first, first + n):
        keys = sorted({outlet << 40 | rng.randrange(80) for _ in range(6)})
        gains = {key: Count(1, rng.choice((-1, 0, 1)), rng.randrange(2)) for key in keys}
        made.append((f"{outlet}-{k:08d}", keys, gains))
    return made


def learned(outlet: str, made: Batch, fresh: bool = False) -> Learned:
    gains: dict[int, Count] = {}
    for _, _, mine in made:
        for key, gain in mine.items():
            gains[key] = gains.get(key, Count()) + gain
    added = [(a, a, pack([key << 2 for key in keys])) for a, keys, _ in made]
    return Learned(outlet, Relearned(IndexUpdate(added=added, counts=gains), []), fresh)


def put_articles(store: Any, made: Batch, outlet: str) -> None:
    base = make_article("Words for the learn index.", outlet=outlet)
    for a, _, _ in made:
        store.put_article(replace(base, id=a))


def check_segments(store: Any, log: SegmentLog = LEARN_KEYS) -> None:
    segments = log.live(store.conn)
    rows = store.conn.execute("SELECT COUNT(*) FROM line_index").fetchone()[0]
    assert sum(n for _, n in segments) == rows
    assert 1 <= len(segments) <= 1 + math.log2(rows / 10)
    sizes = [n for _, n in segments]
    assert all(2 * later < before for before, later in itertools.pairwise(sizes))


def test_counts_and_carriers_survive_many_batches_and_merges(store_url: str) -> None:
    rng = random.Random(4)
    expected = Index()
    with open_store(store_url) as store:
        first = 0
        for n in [rng.randrange(2, 30) for _ in range(14)]:
            made = batch(rng, first, n)
            first += n
            put_articles(store, made, "Lakeside Ledger")
            store.put_learned([learned("Lakeside Ledger", made)], "v1")
            expected.add(made)
            expected.check(store, range(80))
            check_segments(store)
        one = store.conn.execute("SELECT COUNT(*) FROM learn_lines").fetchone()[0]
        assert one <= len(expected.counts) * len(LEARN_KEYS.live(store.conn))


def test_an_outlet_learned_afresh_is_forgotten_in_every_segment(store_url: str) -> None:
    rng = random.Random(9)
    keep, other = Index(), Index()
    with open_store(store_url) as store:
        for k, n in enumerate((20, 6, 3, 1)):
            mine, theirs = batch(rng, 100 * k, n, 1), batch(rng, 100 * k, n, 2)
            put_articles(store, mine, "Valley Post")
            put_articles(store, theirs, "Harbour Herald")
            store.put_learned(
                [learned("Valley Post", mine), learned("Harbour Herald", theirs)], "v1"
            )
            keep.add(theirs)
        assert len(LEARN_KEYS.live(store.conn)) >= 3
        more, again = batch(rng, 1000, 5, 2), batch(rng, 1000, 12, 1)
        put_articles(store, more, "Harbour Herald")
        put_articles(store, again, "Valley Post")
        store.put_learned(
            [learned("Harbour Herald", more), learned("Valley Post", again, True)], "v2"
        )
        keep.add(more)
        other.add(again)
        keep.check(store, (2 << 40 | k for k in range(80)))
        other.check(store, (1 << 40 | k for k in range(80)))
        assert store.learn_version("Valley Post") == "v2"


def test_an_index_of_the_earlier_format_is_read_as_one_segment(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(2)
    old, expected = batch(rng, 0, 25), Index()
    expected.add(old)
    before = [m for m in MIGRATIONS if m.version < 13]
    with monkeypatch.context() as m:
        m.setattr(sql, "MIGRATIONS", tuple(before))
        m.setattr(sql, "LATEST", before[-1].version)
        with open_store(store_url) as store:
            put_articles(store, old, "Lakeside Ledger")
            for key, count in expected.counts.items():
                store.conn.execute(
                    "INSERT INTO learn_lines (key, carriers, reps, inside) VALUES (?, ?, ?, ?)",
                    (key, count.carriers, count.reps, count.inside),
                )
            for article, keys, _ in old:
                for key in keys:
                    store.conn.execute(
                        "INSERT INTO line_index (key, article_id) VALUES (?, ?)", (key, article)
                    )
    with open_store(store_url) as store:
        assert LEARN_KEYS.live(store.conn) == [(0, sum(len(keys) for _, keys, _ in old))]
        expected.check(store, range(80))
        new = batch(rng, 100, 30)
        put_articles(store, new, "Lakeside Ledger")
        store.put_learned([learned("Lakeside Ledger", new)], "v1")
        expected.add(new)
        expected.check(store, range(80))
        check_segments(store)


def test_a_batch_cut_in_a_merge_leaves_the_index_it_found(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(6)
    expected = Index()
    with open_store(store_url) as store:
        for k, n in enumerate((16, 8)):
            made = batch(rng, 100 * k, n)
            put_articles(store, made, "Lakeside Ledger")
            store.put_learned([learned("Lakeside Ledger", made)], "v1")
            expected.add(made)
        segments = LEARN_KEYS.live(store.conn)
        cut = batch(rng, 500, 9)
        put_articles(store, cut, "Lakeside Ledger")

        def interrupted(*args: Any) -> int:
            raise KeyboardInterrupt("cut in a merge")

        with monkeypatch.context() as m, pytest.raises(KeyboardInterrupt):
            m.setattr(SegmentLog, "_merge", interrupted)
            store.put_learned([learned("Lakeside Ledger", cut)], "v1")
        assert LEARN_KEYS.live(store.conn) == segments
        expected.check(store, range(80))
        store.put_learned([learned("Lakeside Ledger", cut)], "v1")
        expected.add(cut)
        expected.check(store, range(80))
        check_segments(store)


def wide(rng: random.Random, first: int, n: int) -> Batch:
    """``n`` invented articles from id ``first``, of 40 lines each, most their own."""
    made: Batch = []
    for k in range(first, first + n):
        keys = sorted({rng.randrange(50), *(rng.getrandbits(56) for _ in range(40))})
        made.append((f"0-{k:08d}", keys, {key: Count(1, 1, 0) for key in keys}))
    return made


def wal_bytes_per_batch(path: Path, stored: int, batches: int = 8) -> float:
    """Mean bytes of WAL a batch of 10 articles writes into the learn index of an SQLite
    store that holds ``stored`` (its lines written at once), checkpointed before each.
    (PostgreSQL's test server keeps no full pages in its WAL, and its tables are heaps
    in the order rows were written: its WAL counts rows, not the pages they land in.)"""
    rng = random.Random(stored)
    base, later = wide(rng, 0, stored), wide(rng, stored, 10 * batches)
    with open_store(path) as store:
        put_articles(store, [*base, *later], "Lakeside Ledger")
        store.put_learned([learned("Lakeside Ledger", base)], "v1")
        tens = [[learned("Lakeside Ledger", later[k : k + 10])] for k in range(0, len(later), 10)]
        return wal_per_write(store, path, [partial(store.put_learned, t, "v1") for t in tens])


def test_a_batch_writes_pages_of_its_own_not_of_the_whole_index(tmp_path: Path) -> None:
    """Main's layout: 312 kB per batch into 100 articles, 2,205 kB into 1,600."""
    small = wal_bytes_per_batch(tmp_path / "small.db", 100)
    large = wal_bytes_per_batch(tmp_path / "large.db", 1600)
    assert large < 1.5 * small
