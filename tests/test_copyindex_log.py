"""The copy index's keys as a log of sorted segments (``retold.store.copyindex``): every
posting survives the merges, unindexing reaches every segment, an index of the earlier
format is read as one segment, and a batch writes pages of its own."""

from __future__ import annotations

import itertools
import math
import random
from collections.abc import Iterator
from dataclasses import replace
from functools import partial
from pathlib import Path

import pytest

from helpers import make_article, wal_per_write
from retold.store import open_store, sql
from retold.store.schema import MIGRATIONS

Entry = tuple[str, int, list[int]]


def entries(rng: random.Random, first: int, n: int, keys: int = 12) -> list[Entry]:
    """``n`` invented entries, ids from ``first``: a few keys shared, most not."""
    return [
        (f"{k:016x}", 40, sorted({rng.randrange(50), *(rng.getrandbits(60) for _ in range(keys))}))
        for k in range(first, first + n)
    ]


def put_articles(store: sql.SQLStore, ids: Iterator[str]) -> None:
    base = make_article("Words for the copy index.")
    for i in ids:
        store.put_article(replace(base, id=i))


def held(batches: list[list[Entry]], gone: frozenset[str] = frozenset()) -> dict[int, list[str]]:
    """Per key, the ids the entries hold, in id order."""
    found: dict[int, list[str]] = {}
    for batch in batches:
        for article, _, keys in batch:
            if article not in gone:
                for key in keys:
                    found.setdefault(key, []).append(article)
    return {key: sorted(ids) for key, ids in found.items()}


def postings(store: sql.SQLStore, keys: set[int]) -> dict[int, list[str]]:
    return {key: sorted(ids) for key, ids in store.copy_postings(sorted(keys)).items()}


def test_every_posting_survives_the_merges_and_segments_stay_few(store_url: str) -> None:
    rng = random.Random(5)
    batches = [entries(rng, 30 * k, 3 + rng.randrange(28)) for k in range(14)]
    with open_store(store_url) as store:
        put_articles(store, (a for batch in batches for a, _, _ in batch))
        for k, batch in enumerate(batches, 1):
            store.put_copy_index(batch, [])
            expected = held(batches[:k])
            assert postings(store, {*expected, 1 << 61}) == expected
            segments = store._segments()
            rows = store.conn.execute("SELECT COUNT(*) FROM copy_keys").fetchone()[0]
            assert sum(n for _, n in segments) == rows
            assert 1 <= len(segments) <= 1 + math.log2(rows / 30)
            sizes = [n for _, n in segments]
            assert all(2 * later < before for before, later in itertools.pairwise(sizes))
        assert len(store.copy_indexed()) == sum(map(len, batches))


def test_unindexing_reaches_every_segment(store_url: str) -> None:
    rng = random.Random(8)
    batches = [entries(rng, 20 * k, n) for k, n in enumerate((20, 6, 3, 1))]
    with open_store(store_url) as store:
        put_articles(store, (a for batch in batches for a, _, _ in batch))
        for batch in batches:
            store.put_copy_index(batch, [])
        assert len(store._segments()) == 3
        first, last = batches[0][0][0], batches[-1][-1][0]
        partner = batches[2][1][0]
        store.put_copy_index([], [(first, partner, "copy", 0.9, 0.95)])
        with store._transaction():
            store._unindex_copies([first, last])
        gone = frozenset({first, last, partner})
        assert store.copy_indexed() == {a for b in batches for a, _, _ in b} - gone
        expected = held(batches, gone)
        assert postings(store, set(held(batches))) == expected
        again = entries(rng, 500, 40)
        put_articles(store, (a for a, _, _ in again))
        store.put_copy_index(again, [])  # merges what is left
        assert postings(store, set(held([*batches, again]))) == held([*batches, again], gone)
        store.clear_copy_index()
        assert store._segments() == []
        assert store.copy_postings(sorted(expected)) == {}


def test_an_index_of_the_earlier_format_is_read_as_one_segment(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(3)
    before = [m for m in MIGRATIONS if m.version < 12]
    old = entries(rng, 0, 25)
    with monkeypatch.context() as m:
        m.setattr(sql, "MIGRATIONS", tuple(before))
        m.setattr(sql, "LATEST", before[-1].version)
        with open_store(store_url) as store:
            put_articles(store, (a for a, _, _ in old))
            for slot, (a, shingles, keys) in enumerate(old):
                store.conn.execute(
                    "INSERT INTO copy_index (article_id, slot, shingles) VALUES (?, ?, ?)",
                    (a, slot, shingles),
                )
                for key in keys:
                    store.conn.execute(
                        "INSERT INTO copy_keys (key, slot) VALUES (?, ?)", (key, slot)
                    )
    with open_store(store_url) as store:
        rows = sum(len(keys) for _, _, keys in old)
        assert store._segments() == [(0, rows)]
        assert postings(store, set(held([old]))) == held([old])
        new = entries(rng, 100, 30)
        put_articles(store, (a for a, _, _ in new))
        store.put_copy_index(new, [])
        assert postings(store, set(held([old, new]))) == held([old, new])


def wal_bytes_per_batch(path: Path, stored: int, batches: int = 8) -> float:
    """Mean bytes of WAL a batch of 10 articles writes into the copy index of an SQLite
    store that holds ``stored`` (its keys written at once), checkpointed before each."""
    rng = random.Random(stored)
    base, later = entries(rng, 0, stored, 40), entries(rng, stored, 10 * batches, 40)
    with open_store(path) as store:
        put_articles(store, (a for a, _, _ in [*base, *later]))
        store.put_copy_index(base, [])
        tens = [later[k : k + 10] for k in range(0, len(later), 10)]
        return wal_per_write(store, path, [partial(store.put_copy_index, t, []) for t in tens])


def test_a_batch_writes_pages_of_its_own_not_of_the_whole_index(tmp_path: Path) -> None:
    small = wal_bytes_per_batch(tmp_path / "small.db", 100)
    large = wal_bytes_per_batch(tmp_path / "large.db", 1600)
    assert large < 1.5 * small
