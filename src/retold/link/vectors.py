"""Sparse TF-IDF vectors with stable term ids, and their near neighbours.

Columns are assigned as terms are first seen; each column keeps the CRC-32 of
its term (``TermCounts.vocab``), so a stored state's columns keep their meaning
and a later run only appends new ones.  Document frequencies are kept per
column; vectors are sublinear TF times smoothed IDF, L2-normalized.
"""

from __future__ import annotations

import itertools
import zlib
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class PartFacts:
    """What the readers of every row ask of one piece of term counts, kept with a
    stored part so that they need not read its entries (``graph.part_facts``)."""

    least: float  # the least count (inf when there is none)
    ordered: bool  # every row's columns increase (sorted, none twice)


@dataclass(frozen=True)
class TermCounts:
    """Per document: the columns of the terms it contains and their weighted counts.

    ``vocab[c]`` is the stable id (a hash of the term) of column ``c``, so columns can be
    extended by later runs: new terms are appended, old columns keep their meaning.
    ``facts``: these counts' ``PartFacts`` when known (a stored part's, as read).
    """

    ids: I64
    counts: F32
    offsets: I64
    vocab: I64
    facts: PartFacts | None = field(default=None, compare=False)

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def take(self, rows: I64) -> TermCounts:
        """The given rows, in the given order (``gather``)."""
        return TermCounts.gather([self], rows)

    @staticmethod
    def gather(parts: Sequence[TermCounts], rows: I64) -> TermCounts:
        """Rows of the ``parts``' rows in turn (whose vocabularies must each extend the
        one before's), in the given order, over the last part's vocabulary, in one
        copy of the entries (``gather_rows``), the columns as int32 where they fit
        (half the bytes of the largest arrays a run makes afresh)."""
        parts, rows = _extending(*_unpended(parts, rows))
        sources = [(p.offsets, (p.ids, p.counts)) for p in parts]
        column = np.int32 if parts[-1].vocab.size <= np.iinfo(np.int32).max else np.int64
        offsets, (ids, counts) = gather_rows(sources, rows, (column, np.float32))
        return TermCounts(ids, counts, offsets, parts[-1].vocab)


class PendingCounts(TermCounts):
    """The rows ``rows`` of ``parts``' rows in turn (``TermCounts.gather``'s arguments),
    gathered when an array is first read; a gather of them gathers from their parts, so
    rows read back from parts and then merged with new ones are copied once, not twice
    (``state.from_parts``, ``incremental.merge``), and a take of some rows copies those
    alone; a reader of every row reads the parts in place (``pieces``)."""

    parts: list[TermCounts]
    rows: I64

    def __init__(self, parts: Sequence[TermCounts], rows: I64) -> None:
        parts, rows = _extending(*_unpended(parts, rows))
        object.__setattr__(self, "parts", parts)
        object.__setattr__(self, "rows", rows)
        object.__setattr__(self, "vocab", parts[-1].vocab)

    def __len__(self) -> int:
        return int(self.rows.size)

    @cached_property
    def gathered(self) -> TermCounts:
        return TermCounts.gather(self.parts, self.rows)

    @property
    def ids(self) -> I64:
        return self.gathered.ids

    @property
    def counts(self) -> F32:
        return self.gathered.counts

    @property
    def offsets(self) -> I64:
        return self.gathered.offsets


def _extending(parts: list[TermCounts], rows: I64) -> tuple[list[TermCounts], I64]:
    """``parts`` and ``rows``; ValueError unless each part's vocabulary extends the one
    before's."""
    for before, after in itertools.pairwise(parts):
        if not np.array_equal(after.vocab[: before.vocab.size], before.vocab):
            raise ValueError("term counts do not extend the vocabulary before theirs")
    return parts, rows


def pieces(counts: TermCounts) -> tuple[list[TermCounts], I64]:
    """``counts`` as parts and row numbers, its row ``k`` being row ``rows[k]`` of the
    parts' rows in turn: a ``PendingCounts`` not yet gathered that holds each of its
    parts' rows once (a merge's or a load's), as its parts (no copy), else ``counts``
    itself.  A reader of every row's entries (row sums, the least count, the columns
    some rows hold) reads the parts in place and numbers what it finds by ``rows``."""
    if isinstance(counts, PendingCounts) and "gathered" not in vars(counts):
        parts, rows = _unpended(counts.parts, counts.rows)
        if rows.size == sum(map(len, parts)) and np.array_equal(
            np.bincount(rows, minlength=rows.size), np.ones(rows.size, np.int64)
        ):
            return parts, rows
    return [counts], np.arange(len(counts), dtype=np.int64)


def _unpended(parts: Sequence[TermCounts], rows: I64) -> tuple[list[TermCounts], I64]:
    """``parts`` and ``rows`` with each ``PendingCounts`` not yet gathered in its parts'
    place (its rows numbered among theirs)."""
    if not any(isinstance(p, PendingCounts) and "gathered" not in vars(p) for p in parts):
        return list(parts), rows
    sources: list[TermCounts] = []
    numbers: list[I64] = []
    for p in parts:
        first = sum(map(len, sources))
        if isinstance(p, PendingCounts) and "gathered" not in vars(p):
            numbers.append(p.rows + first)
            sources += p.parts
        else:
            numbers.append(np.arange(len(p), dtype=np.int64) + first)
            sources.append(p)
    return sources, np.concatenate(numbers)[np.asarray(rows, np.int64)]


def gather_rows(
    sources: Sequence[tuple[npt.NDArray[np.integer], Sequence[npt.NDArray[Any]]]],
    rows: I64,
    dtypes: Sequence[type[Any]],
) -> tuple[I64, list[npt.NDArray[Any]]]:
    """Rows of ragged arrays: each source is row offsets and arrays of values (one per
    ``dtypes``); row ``r`` of the sources in turn is row ``r - first`` of the source
    whose rows start at ``first``.  Gives the offsets of the given ``rows`` (in the
    given order) and their values as ``dtypes``.  Runs of consecutive rows of one
    source (a few rows inserted among many, or sorted parts interleaved) are copied as
    slices; rows in a scattered order are gathered entry by entry."""
    rows = np.asarray(rows, np.int64)
    bounds = [np.asarray(o, np.int64) for o, _ in sources]
    if len(sources) == 1:  # no row numbers to join: O(rows), not O(every row)
        begin, end, source = bounds[0][rows], bounds[0][rows + 1], np.zeros(rows.size, np.int64)
    else:
        begin = np.concatenate([o[:-1] for o in bounds])[rows]
        end = np.concatenate([o[1:] for o in bounds])[rows]
        source = np.repeat(np.arange(len(sources)), [o.size - 1 for o in bounds])[rows]
    offsets = np.zeros(rows.size + 1, np.int64)
    np.cumsum(end - begin, out=offsets[1:])
    runs = np.flatnonzero((np.diff(rows, prepend=-2) != 1) | (np.diff(source, prepend=-1) != 0))
    if runs.size <= rows.size // 8:
        last = np.append(runs[1:], rows.size)[: runs.size] - 1
        pieces = list(
            zip(source[runs].tolist(), begin[runs].tolist(), end[last].tolist(), strict=True)
        )
        values = [
            np.concatenate(
                [sources[k][1][a][lo:hi] for k, lo, hi in pieces] + [np.zeros(0, dtype)],
                dtype=dtype,
            )
            for a, dtype in enumerate(dtypes)
        ]
        return offsets, values
    lengths = np.diff(offsets)
    at = np.repeat(begin - offsets[:-1], lengths) + np.arange(int(offsets[-1]), dtype=np.int64)
    if len(sources) == 1:
        return offsets, [np.asarray(a[at], d) for a, d in zip(sources[0][1], dtypes, strict=True)]
    return offsets, _scattered(sources, source, offsets, at, dtypes)


def _scattered(
    sources: Sequence[tuple[npt.NDArray[np.integer], Sequence[npt.NDArray[Any]]]],
    source: I64,
    offsets: I64,
    at: I64,
    dtypes: Sequence[type[Any]],
) -> list[npt.NDArray[Any]]:
    """``gather_rows``' values of rows in a scattered order from several sources
    (``at``: each entry's place in its row's source): every entry gathered from the
    source holding the most of them (the stored rows among a few new ones), then the
    entries of the other sources put in their places, so the largest is read as one
    source is, with no mask over every entry per source."""
    lengths = np.diff(offsets)
    most = int(np.argmax(np.bincount(source, weights=lengths, minlength=len(sources))))
    values = [
        np.asarray(np.take(a, at, mode="clip"), d)
        for a, d in zip(sources[most][1], dtypes, strict=True)
    ]
    for k, (_, arrays) in enumerate(sources):
        mine = np.flatnonzero(source == k)
        if k == most or not mine.size:
            continue
        size = lengths[mine]
        first = np.repeat(np.cumsum(size) - size, size)  # each entry's row's first, here
        to = np.repeat(offsets[mine], size) + np.arange(first.size, dtype=np.int64) - first
        for out, array in zip(values, arrays, strict=True):
            out[to] = array[at[to]]
    return values


def no_counts() -> TermCounts:
    none = np.zeros(0, np.int64)
    return TermCounts(none, np.zeros(0, np.float32), np.zeros(1, np.int64), none)


def term_id(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


def count_terms(
    docs: Iterable[Mapping[str, float]],
    hasher: Callable[[str], int] = term_id,
    vocab: I64 | None = None,
) -> TermCounts:
    """Weighted term counts per document, with columns extending ``vocab`` (if given):
    a term whose hash ``vocab`` holds takes its column, the others new columns in the
    order they are first seen.  The documents' hashes are looked up in ``vocab`` by one
    numpy search, not through a dict of every column (a stored vocabulary grows with the
    corpus, and a batch has a few thousand terms).

    Two terms with the same hash share a column (and a row's counts for it add up).
    """
    docs = list(docs)
    seen = list(dict.fromkeys(itertools.chain.from_iterable(docs)))  # first-seen order
    hashes = [hasher(term) for term in seen]
    old = np.zeros(0, np.int64) if vocab is None else vocab
    known = _columns_of(old, np.unique(np.array(hashes, np.int64)))
    added: list[int] = []
    memo: dict[str, int] = {}
    for term, h in zip(seen, hashes, strict=True):
        column = known.get(h)
        if column is None:
            column = known[h] = old.size + len(added)
            added.append(h)
        memo[term] = column
    ids: list[int] = []
    counts: list[float] = []
    for doc in docs:
        ids += map(memo.__getitem__, doc)
        counts += doc.values()
    lengths = [len(doc) for doc in docs]
    offsets = np.zeros(len(lengths) + 1, np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return TermCounts(
        np.array(ids, np.int64),
        np.array(counts, np.float32),
        offsets,
        np.concatenate([old, np.array(added, np.int64)]).astype(np.int64),
    )


def _columns_of(vocab: I64, hashes: I64) -> dict[int, int]:
    """The column of each of ``hashes`` (sorted, unique) that ``vocab`` holds (the last,
    were one held twice): each column's hash searched among the few ``hashes``."""
    if not hashes.size:
        return {}
    at = np.minimum(np.searchsorted(hashes, vocab), hashes.size - 1)
    held = np.flatnonzero(hashes[at] == vocab)
    return dict(zip(vocab[held].tolist(), held.tolist(), strict=True))


@dataclass(frozen=True)
class Frequencies:
    """Document frequency per column over ``n_docs`` documents."""

    df: I64
    n_docs: int

    @staticmethod
    def of(counts: TermCounts) -> Frequencies:
        df = np.bincount(counts.ids, minlength=counts.vocab.size).astype(np.int64)
        return Frequencies(df, len(counts))

    def idf(self) -> F32:
        result: F32 = (np.log((1.0 + self.n_docs) / (1.0 + self.df)) + 1.0).astype(np.float32)
        return result


def tfidf(
    counts: TermCounts,
    freqs: Frequencies,
    keep: npt.NDArray[np.bool_] | None = None,
    normalize: bool = True,
) -> sp.csr_matrix:
    """Sublinear TF-IDF rows over all columns (or those ``keep`` marks), L2-normalized
    unless ``normalize`` is false; rows with no terms stay empty."""
    weights = (1.0 + np.log(np.maximum(counts.counts, 1e-6))) * freqs.idf()[counts.ids]
    present = counts.counts > 0 if keep is None else (counts.counts > 0) & keep[counts.ids]
    weights = np.where(present, weights, 0.0).astype(np.float32)
    matrix = sp.csr_matrix(
        (weights, counts.ids, counts.offsets),
        shape=(len(counts), max(1, counts.vocab.size)),
        dtype=np.float32,
    )
    matrix.eliminate_zeros()
    if not normalize:
        return matrix
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    return sp.csr_matrix(sp.diags(1.0 / np.maximum(norms, 1e-12)) @ matrix, dtype=np.float32)


@dataclass(frozen=True)
class PairOptions:
    top_terms: int = 12  # a pair is compared when one's top terms occur in the other:
    min_shared_top: int = 2  # at least this many of them, or one that is rare:
    rare_df: int = 50  # in at most this many rows
    max_df_share: float = 0.02  # terms in more than this share of the rows never count
    min_max_df: int = 100  # ... (the cut is never below this many rows)
    chunk: int = 2000  # rows per sparse product (memory, not results)


@dataclass(frozen=True)
class PairIndex:
    """Which pairs of rows are worth comparing.  ``marks`` holds each row's ``top_terms``
    heaviest terms (weight 1, or ``min_shared_top`` for a rare one), ``present`` every
    term it has; terms in one row or in more than ``max_df_share`` (``usable``: per
    column) never count.  A pair is a candidate when one's marks found in the other
    weigh ``min_shared_top``.  ``tops`` is each row's ``top_terms`` heaviest terms,
    whatever their frequency (``top_terms``): a row's own, so it stands as long as the
    row's vector does.  ``present`` is read off ``full`` for the rows and columns a
    query needs, not built over every row: a few rows' candidates cost a pass over
    the entries, not a copy of them."""

    marks: sp.csr_matrix
    full: sp.csr_matrix
    usable: npt.NDArray[np.bool_]
    need: float
    chunk: int
    tops: sp.csr_matrix
    pattern: TermCounts | None = None  # where each row's terms are (None: ``full``'s)

    @staticmethod
    def of(
        full: sp.csr_matrix,
        freqs: Frequencies,
        options: PairOptions,
        known: TermCounts | None = None,
        sparse: tuple[float, TermCounts] | None = None,
    ) -> PairIndex:
        """The index of the rows of ``full``.  ``known`` (the ``tops`` of an index
        over vectors the same as these, or no terms for a row whose vector is new)
        saves ranking every row: only the rows it gives no terms are ranked.
        ``sparse``: ``full`` holds only some rows (those ranked, and those a query
        asks for); it gives the largest entry of every row's vector, and the term
        counts whose columns are every row's terms (no column twice in a row)."""
        cut = max(options.min_max_df, options.max_df_share * freqs.n_docs)
        usable = (freqs.df > 1) & (freqs.df <= cut)  # per column
        heaviest = None if sparse is None else sparse[0]
        if known is None:
            tops = top_terms(full, options.top_terms, heaviest=heaviest)
        else:
            tops = sp.csr_matrix((known.counts, known.ids, known.offsets), full.shape)
            unranked = np.flatnonzero((np.diff(tops.indptr) == 0) & (np.diff(full.indptr) > 0))
            tops = tops + top_terms(full, options.top_terms, unranked, heaviest)
        weight = np.where(freqs.df <= options.rare_df, float(options.min_shared_top), 1.0)
        marks = _entries(tops, usable[tops.indices], weight[tops.indices])
        need, pattern = float(options.min_shared_top), None if sparse is None else sparse[1]
        return PairIndex(marks, full, usable, need, options.chunk, tops, pattern)

    def present(self, rows: I64 | None = None) -> sp.csr_matrix:
        """The usable terms of ``rows`` (of every row when None), with weight 1."""
        part = self.full if rows is None else self.full[rows]
        return _entries(part, self.usable[part.indices], 1.0)

    def top_counts(self, vocab: I64) -> TermCounts:
        """``tops`` as term counts (ones) over ``vocab``, the columns of ``full``."""
        tops = self.tops
        ids, offsets = tops.indices.astype(np.int64), tops.indptr.astype(np.int64)
        return TermCounts(ids, np.ones(ids.size, np.float32), offsets, vocab)

    def among(self, rows: I64) -> tuple[I64, I64]:
        """Candidate pairs (a < b, corpus rows) with both ends in ``rows``."""
        found = self._products(self.marks[rows], self.present(rows).T.tocsr())
        return self._pairs(rows[found[0]], rows[found[1]])

    def between(self, rows: I64) -> tuple[I64, I64]:
        """Candidate pairs (a < b) with at least one end in ``rows``.  Only the columns
        of ``rows``' marks (and terms) can add to a product with them: every row's
        terms (and marks) are taken in those columns alone (marks are usable terms)."""
        marks, present = self.marks[rows], self.present(rows)
        terms = (
            _within(self.full, marks.indices, 1.0)
            if self.pattern is None
            else _pattern_within(self.pattern, marks.indices, self.full.shape)
        )
        one = self._products(marks, terms.T.tocsr())
        two = self._products(present, _within(self.marks, present.indices).T.tocsr())
        return self._pairs(
            np.concatenate([rows[one[0]], rows[two[0]]]), np.concatenate([one[1], two[1]])
        )

    def _products(self, left: sp.csr_matrix, right_t: sp.csr_matrix) -> tuple[I64, I64]:
        found_r, found_c = [np.zeros(0, np.int64)], [np.zeros(0, np.int64)]
        for start in range(0, left.shape[0], self.chunk):
            product = (left[start : start + self.chunk] @ right_t).tocoo()
            hit = product.data >= self.need
            found_r.append(product.row[hit].astype(np.int64) + start)
            found_c.append(product.col[hit].astype(np.int64))
        return np.concatenate(found_r), np.concatenate(found_c)

    def _pairs(self, r: I64, c: I64) -> tuple[I64, I64]:
        n = self.marks.shape[0]
        keys = np.sort(np.minimum(r, c)[r != c] * n + np.maximum(r, c)[r != c])
        keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if keys.size else keys
        return keys // n, keys % n


def _entries(
    matrix: sp.csr_matrix, keep: npt.NDArray[np.bool_], values: npt.NDArray[np.float64] | float
) -> sp.csr_matrix:
    """The entries of ``matrix`` that ``keep`` marks, with ``values`` (per entry, or one
    for all), as a new matrix (``matrix`` and its arrays stay as they are)."""
    before = np.concatenate([[0], np.cumsum(keep)])
    indices = matrix.indices[keep]
    data = np.full(indices.size, values) if np.isscalar(values) else np.asarray(values)[keep]
    rows = (data.astype(np.float32), indices, before[matrix.indptr])
    return sp.csr_matrix(rows, shape=matrix.shape)


def _within(
    matrix: sp.csr_matrix, columns: npt.NDArray[np.int32], value: float | None = None
) -> sp.csr_matrix:
    """The entries of ``matrix`` in ``columns``, with their values (or ``value``): one
    pass over the entries, the rest over the few it finds."""
    wanted = np.zeros(matrix.shape[1], bool)
    wanted[columns] = True
    at = np.flatnonzero(wanted[matrix.indices])
    rows = np.searchsorted(matrix.indptr, at, side="right") - 1
    indptr = np.zeros(matrix.shape[0] + 1, np.int64)
    np.cumsum(np.bincount(rows, minlength=matrix.shape[0]), out=indptr[1:])
    data = np.full(at.size, value, np.float32) if value is not None else matrix.data[at]
    return sp.csr_matrix((data.astype(np.float32), matrix.indices[at], indptr), shape=matrix.shape)


def _pattern_within(
    counts: TermCounts, columns: npt.NDArray[np.int32], shape: tuple[int, int]
) -> sp.csr_matrix:
    """``_within``'s ones from term counts: each row's entries in ``columns``, each
    column once in a row (as a sparse product merges a row's repeated column).  The
    counts' parts are read in place (``pieces``: a merge's rows are not copied)."""
    wanted = np.zeros(shape[1], bool)
    wanted[columns] = True
    parts, order = pieces(counts)
    where = np.empty_like(order)
    where[order] = np.arange(order.size)
    held, first = [np.zeros(0, np.int64)], 0
    for part in parts:
        at = np.flatnonzero(wanted[part.ids])
        local = np.searchsorted(part.offsets, at, side="right") - 1
        held.append(where[local + first] * shape[1] + part.ids[at])
        first += len(part)
    keys = np.unique(np.concatenate(held))
    rows, found = keys // shape[1], keys % shape[1]
    indptr = np.zeros(shape[0] + 1, np.int64)
    np.cumsum(np.bincount(rows, minlength=shape[0]), out=indptr[1:])
    return sp.csr_matrix((np.ones(found.size, np.float32), found, indptr), shape=shape)


def pair_cosines(matrix: sp.csr_matrix, a: I64, b: I64, chunk: int = 100_000) -> F32:
    """Row-wise dot products of the given pairs of rows."""
    out = [np.zeros(0, np.float32)]
    for s in range(0, a.size, chunk):
        left, right = matrix[a[s : s + chunk]], matrix[b[s : s + chunk]]
        out.append(np.asarray(left.multiply(right).sum(axis=1), dtype=np.float32).ravel())
    return np.concatenate(out)


def top_terms(
    full: sp.csr_matrix, k: int, rows: I64 | None = None, heaviest: float | None = None
) -> sp.csr_matrix:
    """The pattern (ones) of each row's ``k`` heaviest entries, of ``rows`` only when
    given (the other rows empty); ties go to the entry earlier in the row.  ``heaviest``:
    the largest entry of ``full`` (given when ``full`` holds only some rows)."""
    part = full if rows is None else full[rows]
    rows = np.arange(full.shape[0], dtype=np.int64) if rows is None else rows
    local = np.repeat(np.arange(rows.size), np.diff(part.indptr))
    # rank within the row, heaviest first: one sort of the row number plus a share below 1
    if heaviest is None:
        heaviest = float(full.data.max()) if full.nnz else 1.0
    key = rows[local] + 0.999 * (1.0 - part.data / (heaviest + 1e-9))
    by = np.argsort(key, kind="stable")
    rank = np.empty(by.size, np.int64)
    rank[by] = np.arange(by.size) - part.indptr[local[by]]
    top = rank < k
    pattern = (np.ones(int(top.sum()), np.float32), (rows[local[top]], part.indices[top]))
    return sp.csr_matrix(pattern, shape=full.shape)
