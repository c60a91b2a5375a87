"""Full-text vectors computed for some rows alone (a batch's rows and the rows its edges
and stories read) are, bit for bit, those rows of the vectors computed for every row;
and a pair index over them finds the pairs the index over every row finds."""

from __future__ import annotations

import itertools

import numpy as np
import pytest
import scipy.sparse as sp

from helpers import SHARED
from retold.eval.stories import load_articles
from retold.link import graph, vectors
from retold.link.features import StoryTerms
from retold.link.graph import Channels, channel_vectors, frequencies, rows_only
from retold.link.state import StoryState
from retold.link.stories import StoryOptions, cluster_stories
from retold.link.summary import row_dots
from retold.link.vectors import Frequencies, PairIndex, PairOptions, PendingCounts, TermCounts

NEWSDEV = SHARED / "eval" / "newsdev" / "corpus"


def counts(seed: int, rows: int = 80, columns: int = 60, ordered: bool = False) -> TermCounts:
    """Rows of 0-40 terms with whole counts; unless ``ordered``, columns in no order
    and some twice in a row (two terms of one hash), and some rows sorted anyway."""
    rng = np.random.default_rng(seed)
    ids: list[int] = []
    offsets = [0]
    for row in range(rows):
        size = int(rng.integers(0, min(40, columns))) if row % 9 else 0
        picked = rng.choice(columns, size, replace=False)
        if ordered or row % 4 == 1:
            picked = np.sort(picked)
        elif size > 3 and row % 5 == 0:
            picked[-1] = picked[0]  # a column twice
        ids += picked.tolist()
        offsets.append(len(ids))
    values = rng.integers(1, 6, len(ids)).astype(np.float32)
    vocab = np.arange(columns, dtype=np.int64) * 7919
    return TermCounts(np.array(ids, np.int64), values, np.array(offsets, np.int64), vocab)


def terms(seed: int, ordered: bool = False) -> StoryTerms:
    full = counts(seed, ordered=ordered)
    return StoryTerms(full, counts(seed + 100, columns=20))


def equal_rows(whole: Channels, part: Channels, rows: np.ndarray) -> bool:
    same = [
        np.array_equal(a.indptr, b.indptr)
        and np.array_equal(a.indices, b.indices)
        and np.array_equal(a.data.view(np.uint32), b.data.view(np.uint32))
        for a, b in ((whole.full[rows], part.full[rows]), (whole.weights[rows], part.weights[rows]))
    ]
    return all(same) and np.array_equal(
        whole.norms[rows].view(np.uint32), part.norms[rows].view(np.uint32)
    )


@pytest.mark.parametrize("ordered", [False, True])
def test_rows_alone_are_the_rows_of_the_whole_computation(ordered: bool) -> None:
    for seed in range(5):
        t = terms(seed, ordered)
        freqs = frequencies(t)
        whole = channel_vectors(t, *freqs)
        assert whole.rows is None
        sorted_rows = np.flatnonzero(np.arange(80) % 4 == 1)  # rows that are sorted alone
        for rows in (np.array([5]), sorted_rows, np.arange(0, 80, 3), np.arange(80)):
            part = channel_vectors(t, *freqs, rows)
            assert part.rows is not None and np.array_equal(part.rows, rows)
            assert equal_rows(whole, part, rows)
            others = np.setdiff1d(np.arange(80), rows)
            assert part.full[others].nnz == 0 and not part.norms[others].any()
            assert np.array_equal(part.has_body, whole.has_body)
            more = part.covering(np.array([1, 2, 79]))
            assert equal_rows(whole, more, np.union1d(rows, [1, 2, 79]))


def test_sorted_rows_alone_take_the_path_the_whole_computation_takes() -> None:
    """Computed alone, rows that are each sorted would be summed in SciPy's other order:
    the norms differ in their last bits unless the computation knows the whole is not."""
    t = terms(7)
    freqs = frequencies(t)
    whole = channel_vectors(t, *freqs)
    rows = np.flatnonzero(np.arange(80) % 4 == 1)
    indicator = whole.channel_of_column
    _, _, alone = rows_only(t.full, freqs[0], indicator, rows, True)  # taken for sorted
    _, _, right = rows_only(t.full, freqs[0], indicator, rows, False)
    assert np.array_equal(right[rows], whole.norms[rows])
    assert not np.array_equal(alone[rows], whole.norms[rows])


def test_weights_that_may_be_zero_give_every_row() -> None:
    t = terms(1)
    fractional = TermCounts(t.full.ids, t.full.counts / 3, t.full.offsets, t.full.vocab)
    part = channel_vectors(StoryTerms(fractional, t.title), *frequencies(t), np.array([4]))
    assert part.rows is None


def test_an_index_over_some_rows_finds_the_pairs_of_the_index_over_all() -> None:
    for seed in range(5):
        t = terms(seed)
        freqs = frequencies(t)
        options = PairOptions(top_terms=5, min_max_df=3, max_df_share=0.5)
        whole = channel_vectors(t, *freqs)
        new = np.array([3, 17, 40, 41, 66])
        tops = PairIndex.of(whole.full, freqs[0], options).top_counts(t.full.vocab)
        known = _without(tops, new)
        expected = PairIndex.of(whole.full, freqs[0], options, known)
        part = channel_vectors(t, *freqs, new)
        heaviest = float(whole.full.data.max())
        found = PairIndex.of(part.full, freqs[0], options, known, (heaviest, t.full))
        assert (expected.tops != found.tops).nnz == 0
        a, b = expected.between(new)
        assert a.size
        c, d = found.between(new)
        assert np.array_equal(a, c) and np.array_equal(b, d)


def _without(tops: TermCounts, rows: np.ndarray) -> TermCounts:
    """``tops`` with no terms for ``rows`` (rows whose vectors are new)."""
    keep = np.setdiff1d(np.arange(len(tops)), rows)
    sizes = np.zeros(len(tops), np.int64)
    sizes[keep] = np.diff(tops.offsets)[keep]
    picked = tops.take(keep)
    offsets = np.concatenate([[0], np.cumsum(sizes)]).astype(np.int64)
    return TermCounts(picked.ids, picked.counts, offsets, tops.vocab)


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
def test_runs_over_some_rows_end_where_runs_over_every_row_do(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    articles, _ = load_articles([NEWSDEV])
    articles = sorted(articles, key=lambda a: a.id)
    options = StoryOptions(full_below=0)
    cuts = [0, int(len(articles) * 0.7), int(len(articles) * 0.85), len(articles)]

    def grown() -> list[object]:
        state, out = None, []
        for start, end in itertools.pairwise(cuts):
            done = cluster_stories(articles[start:end], options, existing=state, partial=())
            state = StoryState.from_bytes(done.state.to_bytes())
            out += [done.stories, done.changed, state.story_of, state.edge_a, state.edge_p]
        assert state is not None and state.full_run_size == cuts[1]
        out.append(state.heaviest)
        return out

    computed: list[int] = []
    real = graph.rows_only

    def spy(*args: object) -> object:
        computed.append(len(args[3]))  # type: ignore[arg-type]
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(graph, "rows_only", spy)
    some = grown()
    assert computed and min(computed) < len(articles)
    monkeypatch.setattr(graph, "separable", lambda *_: False)
    every = grown()
    for a, b in zip(some, every, strict=True):
        assert np.array_equal(a, b) if isinstance(a, np.ndarray) else a == b


def test_term_counts_gathered_from_parts_are_the_rows_of_the_whole() -> None:
    """Parts of a corpus's rows (ids stored as int32), the later over a wider vocabulary,
    taken in an order that interleaves them (row by row, in runs of consecutive rows, or
    in stretches of one part's scattered rows) are the whole's rows in that order, their
    columns kept as int32 (half the bytes of a copy of every row)."""
    whole = counts(5)
    stored = [whole.take(np.arange(0, 50)), whole.take(np.arange(50, 80))]
    narrow = [TermCounts(p.ids.astype(np.int32), p.counts, p.offsets, p.vocab) for p in stored]
    wider = np.append(whole.vocab, 1)
    narrow[1] = TermCounts(narrow[1].ids, narrow[1].counts, narrow[1].offsets, wider)
    order = np.argsort(np.arange(80) % 7, kind="stable")  # runs of one row: gathered
    stretches = np.concatenate([np.arange(0, 50, 2), np.arange(51, 80, 3)])  # by source
    for rows in (order, np.insert(np.arange(50), [3, 3, 40], [70, 51, 79]), stretches):
        got, bounds = TermCounts.gather(narrow, rows), whole.offsets
        assert got.ids.dtype == np.int32 and np.array_equal(got.vocab, wider)
        for k, r in enumerate(rows.tolist()):
            row = slice(got.offsets[k], got.offsets[k + 1])
            assert got.ids[row].tolist() == whole.ids[bounds[r] : bounds[r + 1]].tolist()
            assert got.counts[row].tolist() == whole.counts[bounds[r] : bounds[r + 1]].tolist()
    with pytest.raises(ValueError, match="extend"):
        TermCounts.gather([narrow[1], stored[0]], order[:10])


def test_row_sums_and_sortedness_read_in_chunks_are_those_of_one_pass() -> None:
    """Over more rows and entries than one chunk (8,192 rows, 2**20 entries), with empty
    rows and fractional counts: each row's float64 sum and whether every row is sorted
    are what one pass over every entry gives (the sums exactly)."""
    rng = np.random.default_rng(7)
    lengths = rng.integers(0, 200, 12_000) * (rng.random(12_000) > 0.1)
    offsets = np.concatenate([[0], np.cumsum(lengths)]).astype(np.int64)
    rows = [np.sort(rng.choice(5000, n, replace=False)) for n in lengths.tolist()]
    ids = np.concatenate(rows).astype(np.int64)
    values = (rng.random(ids.size) * 5).astype(np.float32)
    whole = TermCounts(ids, values, offsets, np.arange(5000, dtype=np.int64))
    filled = np.flatnonzero(lengths > 0)
    sums = np.zeros(lengths.size)
    sums[filled] = np.add.reduceat(values.astype(np.float64), offsets[filled])
    assert ids.size > 2**20 and np.array_equal(graph._row_sums(whole), sums)
    assert graph._all_sorted(whole)
    cuts = set(offsets.tolist())
    for at in (0, 2**20 - 1, 2**20, ids.size - 2):  # a column twice, across a chunk's edge
        if at + 1 in cuts:
            continue
        broken = ids.copy()
        broken[at + 1] = broken[at]
        assert not graph._all_sorted(TermCounts(broken, values, offsets, whole.vocab))


def _random_rows(seed: int, rows: int, reversed_rows: tuple[int, ...] = ()) -> sp.csr_matrix:
    """Rows of random weights over 300 columns, sorted but for ``reversed_rows``."""
    rng = np.random.default_rng(seed)
    m = sp.random(rows, 300, density=0.3, format="csr", dtype=np.float32, random_state=rng)
    m.sort_indices()
    data, indices = m.data.copy(), m.indices.copy()
    for r in reversed_rows:
        at = slice(m.indptr[r], m.indptr[r + 1])
        data[at], indices[at] = data[at][::-1], indices[at][::-1]
    return sp.csr_matrix((data, indices, m.indptr.copy()), shape=m.shape)


@pytest.mark.parametrize("reversed_rows", [(), (7,), (7, 2500)])
def test_row_dots_in_chunks_are_those_of_one_product(reversed_rows: tuple[int, ...]) -> None:
    """Each row's dot product with another matrix's row, taken a chunk of rows at a time,
    is bit for bit what one product over every row gives: also when one chunk's rows are
    all sorted and another's are not (SciPy sums a row in another order then)."""
    left, right = _random_rows(1, 3000, reversed_rows), _random_rows(2, 40)
    rows = np.random.default_rng(3).permutation(3000)
    other = np.random.default_rng(4).integers(0, 40, rows.size)
    whole = np.asarray(left[rows].multiply(right[other]).sum(axis=1)).ravel()
    got = row_dots(left, rows, right, other, chunk=500)
    assert got.dtype == whole.dtype and np.array_equal(got, whole)


def test_pending_rows_merged_with_new_ones_are_gathered_from_their_parts_once() -> None:
    """Rows of parts in an order, not gathered yet (a state read back from row parts),
    then merged with new rows: the merge gathers from the parts (the pending rows are
    never copied on their own) and gives what gathering them first would give."""
    whole = counts(8)
    parts = [whole.take(np.arange(0, 50)), whole.take(np.arange(50, 80))]
    order = np.argsort(np.arange(80) % 7, kind="stable")
    pending = PendingCounts(parts, order)
    assert len(pending) == 80 and np.array_equal(pending.vocab, whole.vocab)
    new = counts(9, rows=5)
    new = TermCounts(new.ids, new.counts, new.offsets, np.append(whole.vocab, new.vocab))
    merged_order = np.insert(np.arange(80), [3, 40, 40], [82, 80, 84])[:83]
    merged = TermCounts.gather([pending, new], merged_order)
    assert "gathered" not in vars(pending)  # never copied on its own
    first = TermCounts.gather([TermCounts.gather(parts, order), new], merged_order)
    for name in ("ids", "counts", "offsets", "vocab"):
        assert np.array_equal(getattr(merged, name), getattr(first, name))
    assert np.array_equal(pending.ids, TermCounts.gather(parts, order).ids)  # read: gathered


def test_readers_of_every_row_read_pending_parts_in_place() -> None:
    """Row sums, sortedness, the least count (``separable``) and the rows holding some
    columns (the pair search's pattern) read a merge's pending rows (parts in an order
    that interleaves them, one over a wider vocabulary, nested pending rows too) part
    by part, never copying them, and give what they give over the rows gathered; rows
    that are not each part row once (a subset) are gathered first."""
    whole = counts(10)
    parts = [whole.take(np.arange(0, 50)), whole.take(np.arange(50, 80))]
    new = counts(11, rows=6, columns=6)
    vocab = np.append(whole.vocab, np.arange(6) + 10**6)
    wider = TermCounts(new.ids + whole.vocab.size, new.counts, new.offsets, vocab)
    order = np.random.default_rng(12).permutation(86)
    columns = np.array([2, 7, 19, 33, 61, 64], np.int32)
    for pending in (
        PendingCounts([*parts, wider], order),
        PendingCounts([PendingCounts(parts, np.arange(80)[::-1].copy()), wider], order),
        PendingCounts([*parts, wider], order[:40]),
    ):
        gathered = TermCounts.gather([pending], np.arange(len(pending)))
        assert np.array_equal(graph._row_sums(pending), graph._row_sums(gathered))
        assert graph._all_sorted(pending) == graph._all_sorted(gathered)
        freqs = Frequencies.of(gathered)
        assert graph.separable(pending, freqs) == graph.separable(gathered, freqs)
        shape = (len(pending), 66)
        found = vectors._pattern_within(pending, columns, shape)
        assert (found != vectors._pattern_within(gathered, columns, shape)).nnz == 0
        assert ("gathered" in vars(pending)) == (len(pending) == 40)
