"""Sparse TF-IDF vectors with stable term ids, and their near neighbours.

Columns are assigned as terms are first seen; each column keeps the CRC-32 of
its term (``TermCounts.vocab``), so a stored state's columns keep their meaning
and a later run only appends new ones.  Document frequencies are kept per
column; vectors are sublinear TF times smoothed IDF, L2-normalized.
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

F32 = npt.NDArray[np.float32]
I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class TermCounts:
    """Per document: the columns of the terms it contains and their weighted counts.

    ``vocab[c]`` is the stable id (a hash of the term) of column ``c``, so columns can be
    extended by later runs: new terms are appended, old columns keep their meaning.
    """

    ids: I64
    counts: F32
    offsets: I64
    vocab: I64

    def __len__(self) -> int:
        return len(self.offsets) - 1

    def take(self, rows: I64) -> TermCounts:
        """The given rows, in the given order (vectorized gather)."""
        rows = np.asarray(rows, np.int64)
        lengths = self.offsets[rows + 1] - self.offsets[rows]
        offsets = np.zeros(rows.size + 1, np.int64)
        np.cumsum(lengths, out=offsets[1:])
        within = np.arange(int(offsets[-1]), dtype=np.int64) - np.repeat(offsets[:-1], lengths)
        gather = np.repeat(self.offsets[rows], lengths) + within
        return TermCounts(self.ids[gather], self.counts[gather], offsets, self.vocab)


def no_counts() -> TermCounts:
    none = np.zeros(0, np.int64)
    return TermCounts(none, np.zeros(0, np.float32), np.zeros(1, np.int64), none)


def concat_counts(first: TermCounts, second: TermCounts) -> TermCounts:
    """Rows of ``first`` then ``second``, whose vocabulary must extend ``first``'s."""
    if not np.array_equal(second.vocab[: first.vocab.size], first.vocab):
        raise ValueError("the second term counts do not extend the first's vocabulary")
    return TermCounts(
        np.concatenate([first.ids, second.ids]),
        np.concatenate([first.counts, second.counts]),
        np.concatenate([first.offsets, second.offsets[1:] + first.offsets[-1]]),
        second.vocab,
    )


def term_id(term: str) -> int:
    return zlib.crc32(term.encode("utf-8"))


def count_terms(
    docs: Iterable[Mapping[str, float]],
    hasher: Callable[[str], int] = term_id,
    vocab: I64 | None = None,
) -> TermCounts:
    """Weighted term counts per document, with columns extending ``vocab`` (if given).

    Two terms with the same hash share a column (and a row's counts for it add up).
    """
    known: dict[int, int] = (
        {} if vocab is None else dict(zip(vocab.tolist(), range(vocab.size), strict=False))
    )
    stable: list[int] = [] if vocab is None else vocab.tolist()
    memo: dict[str, int] = {}
    ids: list[int] = []
    counts: list[float] = []
    lengths: list[int] = []
    for doc in docs:
        for term in [t for t in doc if t not in memo]:
            h = hasher(term)
            column = known.get(h)
            if column is None:
                column = known[h] = len(stable)
                stable.append(h)
            memo[term] = column
        ids += map(memo.__getitem__, doc)
        counts += doc.values()
        lengths.append(len(doc))
    offsets = np.zeros(len(lengths) + 1, np.int64)
    np.cumsum(lengths, out=offsets[1:])
    return TermCounts(
        np.array(ids, np.int64), np.array(counts, np.float32), offsets, np.array(stable, np.int64)
    )


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


def neighbours(
    queries: sp.csr_matrix,
    index: sp.csr_matrix,
    min_cosine: float,
    top_k: int,
    chunk: int = 2000,
) -> tuple[I64, I64, F32]:
    """For each query row, the index rows with cosine >= ``min_cosine`` (at most ``top_k``,
    best first; ties by index).  Returns (query row, index row, cosine) arrays."""
    rows, cols, vals = [], [], []
    index_t = index.T.tocsr()
    for start in range(0, queries.shape[0], chunk):
        product = (queries[start : start + chunk] @ index_t).tocoo()
        keep = product.data >= min_cosine
        r, c, v = product.row[keep] + start, product.col[keep], product.data[keep]
        order = np.lexsort((c, -v, r))
        r, c, v = r[order], c[order], v[order]
        first = np.searchsorted(r, r, side="left")
        within = np.arange(r.size) - first
        keep = within < top_k
        rows.append(r[keep].astype(np.int64))
        cols.append(c[keep].astype(np.int64))
        vals.append(v[keep].astype(np.float32))
    if not rows:
        return np.zeros(0, np.int64), np.zeros(0, np.int64), np.zeros(0, np.float32)
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)
