"""What the story state keeps between full runs so that a batch does not compute it
again for every row: each row's heaviest terms (an index built from them is the index
built from scratch) and each edge's channel cosines; and rows taken in runs."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.sparse as sp

from helpers import SHARED
from retold.eval.stories import load_articles
from retold.link.graph import channel_cosines, channel_vectors
from retold.link.incremental import frozen
from retold.link.state import StoryState
from retold.link.stories import StoryOptions, cluster_stories
from retold.link.vectors import (
    Frequencies,
    PairIndex,
    PairOptions,
    TermCounts,
    count_terms,
    top_terms,
)

NEWSDEV = SHARED / "eval" / "newsdev" / "corpus"
needs_newsdev = pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")


def matrix(seed: int, rows: int = 60, columns: int = 40) -> sp.csr_matrix:
    """Rows of random weights, a few of them empty, some with tied weights."""
    rng = np.random.default_rng(seed)
    dense = rng.random((rows, columns)) * (rng.random((rows, columns)) < 0.4)
    dense[::7] = 0.0
    dense[3] = np.where(np.arange(columns) < 20, 0.5, 0.0)  # ties: the earlier columns win
    return sp.csr_matrix(dense.astype(np.float32))


def same(x: sp.csr_matrix, y: sp.csr_matrix) -> bool:
    return x.shape == y.shape and (x != y).nnz == 0


def test_an_index_from_known_heaviest_terms_is_the_index_from_scratch() -> None:
    options = PairOptions(top_terms=5, rare_df=8, min_max_df=20)
    for seed in range(5):
        full = matrix(seed)
        before = (full.data.copy(), full.indices.copy(), full.indptr.copy())
        freqs = Frequencies(np.bincount(full.indices, minlength=full.shape[1]), full.shape[0])
        scratch = PairIndex.of(full, freqs, options)
        # the heaviest terms of every third row are known; the others' are ranked again
        known = scratch.top_counts(np.arange(full.shape[1], dtype=np.int64))
        lengths = np.diff(known.offsets) * (np.arange(full.shape[0]) % 3 == 0)
        keep = np.repeat(np.arange(full.shape[0]) % 3 == 0, np.diff(known.offsets))
        offsets = np.concatenate([[0], np.cumsum(lengths)])
        partly = TermCounts(known.ids[keep], known.counts[keep], offsets, known.vocab)
        grown = PairIndex.of(full, freqs, options, partly)
        assert same(grown.tops, scratch.tops)
        assert same(grown.marks, scratch.marks) and same(grown.present(), scratch.present())
        rows = np.arange(0, 60, 4)
        pairs = grown.between(rows)
        assert pairs[0].size and all(map(np.array_equal, pairs, scratch.between(rows)))
        for kept, array in zip(before, (full.data, full.indices, full.indptr), strict=True):
            assert np.array_equal(kept, array)  # the vectors are left as they were


def test_the_pairs_a_few_rows_have_are_those_their_marks_and_terms_give() -> None:
    """``between``, worked out by hand: a pair is a candidate when one's marks (usable
    heaviest terms, weight 2 if rare) found in the other's usable terms weigh 2."""
    options = PairOptions(top_terms=5, rare_df=8, min_max_df=20)
    for seed in range(3):
        full = matrix(seed)
        df = np.bincount(full.indices, minlength=full.shape[1])
        index = PairIndex.of(full, Frequencies(df, full.shape[0]), options)
        usable = (df > 1) & (df <= 20)
        weight = np.where(df <= 8, 2.0, 1.0)
        tops = index.tops.toarray() > 0
        terms = full.toarray() > 0
        rows = np.array([0, 5, 11, 30], np.int64)
        expected = set()
        for r in rows.tolist():
            for s in range(full.shape[0]):
                one = weight[tops[r] & terms[s] & usable].sum()
                two = weight[tops[s] & terms[r] & usable].sum()
                if r != s and max(one, two) >= 2:
                    expected.add((min(r, s), max(r, s)))
        a, b = index.between(rows)
        assert set(zip(a.tolist(), b.tolist(), strict=True)) == expected and expected


def test_heaviest_terms_rank_by_weight_then_by_place_in_the_row() -> None:
    full = matrix(0)
    tops = top_terms(full, 5)
    assert tops[3].indices.tolist() == list(range(5))
    for row in range(full.shape[0]):
        weights = full[row].toarray().ravel()
        chosen = set(tops[row].indices.tolist())
        order = sorted(np.flatnonzero(weights), key=lambda c: (-weights[c], c))
        assert chosen == set(order[:5])
    subset = top_terms(full, 5, np.array([3, 10], np.int64))
    assert subset.nnz == 10 and same(subset[[3, 10]], tops[[3, 10]])


@pytest.fixture(scope="module")
def grown() -> StoryState:
    """The state after a run over 80% of newsdev and one adding the rest (no full run)."""
    articles, _ = load_articles([NEWSDEV])
    articles = sorted(articles, key=lambda a: a.id)
    options = StoryOptions(full_below=0)
    cut = int(len(articles) * 0.8)
    first = cluster_stories(articles[:cut], options)
    saved = StoryState.from_bytes(first.state.to_bytes())
    assert saved.tops is not None and first.state.tops is not None
    assert np.array_equal(saved.tops.ids, first.state.tops.ids)
    assert saved.edge_channels is not None and first.state.edge_channels is not None
    assert np.array_equal(saved.edge_channels, first.state.edge_channels)
    second = cluster_stories(articles[cut:], options, existing=saved).state
    assert second.full_run_size == cut  # no full run
    return second


@needs_newsdev
def test_the_state_keeps_the_heaviest_terms_the_weights_of_the_last_full_run_give(
    grown: StoryState,
) -> None:
    freqs = frozen(grown.idf, grown.terms)
    fresh = PairIndex.of(channel_vectors(grown.terms, *freqs).full, freqs[0], PairOptions())
    assert grown.tops is not None
    assert np.array_equal(grown.tops.offsets, fresh.tops.indptr)
    assert np.array_equal(grown.tops.ids, fresh.tops.indices)


@needs_newsdev
def test_the_state_keeps_each_edges_channel_cosines(grown: StoryState) -> None:
    ch = channel_vectors(grown.terms, *frozen(grown.idf, grown.terms))
    fresh = channel_cosines(ch, grown.edge_a, grown.edge_b)
    assert grown.edge_channels is not None and grown.edge_a.size
    assert np.array_equal(fresh[:, 0], grown.edge_cos)
    assert np.array_equal(fresh[:, 1:], grown.edge_channels)


def test_rows_taken_in_runs_are_the_rows_gathered_one_by_one() -> None:
    rng = np.random.default_rng(3)
    for n in (0, 1, 9, 400):
        offsets = np.concatenate([[0], np.cumsum(rng.integers(0, 6, n))]).astype(np.int64)
        counts = TermCounts(
            rng.integers(0, 50, offsets[-1]),
            rng.random(offsets[-1]).astype(np.float32),
            offsets,
            np.arange(50, dtype=np.int64),
        )
        inserted = np.sort(np.concatenate([np.arange(n), rng.integers(0, max(n, 1), n // 40)]))
        for rows in (np.arange(n), rng.permutation(n), inserted.astype(np.int64)):
            taken = counts.take(rows)
            spans = [np.arange(offsets[r], offsets[r + 1]) for r in rows.tolist()]
            one_by_one = np.concatenate([np.zeros(0, np.int64), *spans])
            assert np.array_equal(taken.ids, counts.ids[one_by_one])
            assert np.array_equal(taken.counts, counts.counts[one_by_one])
            assert np.array_equal(np.diff(taken.offsets), np.diff(offsets)[rows])


def test_counted_terms_take_their_stored_columns_and_new_ones_in_first_seen_order() -> None:
    """Worked by hand: the stored vocabulary holds hashes 30, 10, 20 (columns 0-2); a
    term hashed 20 takes column 2, new hashes 50 and 40 columns 3 and 4 as first seen,
    and two terms of one hash (``dog``, ``cat``: 40) share a column and add up."""
    hashes = {"sun": 20, "moon": 50, "dog": 40, "cat": 40, "sea": 30}
    docs = [{"moon": 1.0, "sun": 2.0}, {"dog": 1.0, "sea": 3.0}, {"cat": 2.0, "moon": 1.0}]
    vocab = np.array([30, 10, 20], np.int64)
    counted = count_terms(docs, hashes.__getitem__, vocab)
    assert counted.vocab.tolist() == [30, 10, 20, 50, 40]
    assert counted.ids.tolist() == [3, 2, 4, 0, 4, 3] and counted.offsets.tolist() == [0, 2, 4, 6]
    assert counted.counts.tolist() == [1.0, 2.0, 1.0, 3.0, 2.0, 1.0]
    alone = count_terms(docs, hashes.__getitem__)
    assert alone.vocab.tolist() == [50, 20, 40, 30] and alone.ids.tolist() == [0, 1, 2, 3, 2, 0]
