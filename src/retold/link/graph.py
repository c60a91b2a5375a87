"""The similarity graph of stories: channel vectors, neighbour lists and pair features.

A pair of articles is compared when it shares one of either's heaviest terms,
and is an edge when its full TF-IDF cosine reaches ``min_cosine`` (no top-k
cut: a big story keeps all its inner edges).  Each edge gets the features
``model.FEATURES`` lists; the neighbour lists (``list_size`` nearest, for ranks,
local scale and shared neighbours) are the edges themselves, so everything an
edge needs lies inside its connected component.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from retold.link.features import NAMES, NUMBERS, StoryTerms, channel
from retold.link.model import FEATURES
from retold.link.vectors import (
    F32,
    I64,
    Frequencies,
    PairIndex,
    PairOptions,
    PartFacts,
    TermCounts,
    no_counts,
    pair_cosines,
    pieces,
    tfidf,
)


@dataclass(frozen=True)
class GraphOptions:
    min_cosine: float = 0.08  # full-text cosine for a pair to be an edge
    list_size: int = 20  # neighbours kept per article for ranks and local scale
    pairs: PairOptions = field(default_factory=PairOptions)  # which pairs are compared


@dataclass(frozen=True)
class Channels:
    """TF-IDF rows, one per article: ``weights`` unnormalized over all terms, ``full`` the
    same L2-normalized, ``norms`` the row norms per channel (all, names, numbers) so a
    channel's cosine comes from the same products; ``title`` normalized, titles only."""

    full: sp.csr_matrix
    weights: sp.csr_matrix
    channel_of_column: sp.csr_matrix  # terms x 3 indicator: all, names, numbers
    norms: F32
    title: sp.csr_matrix
    has_body: npt.NDArray[np.bool_]  # False for a headline alone (no body terms)
    rows: I64 | None = None  # the rows ``full``, ``weights`` and ``norms`` hold (None: all)
    source: tuple[TermCounts, Frequencies, bool] | None = None  # ``rows_only``'s arguments

    def covering(self, rows: I64) -> Channels:
        """These channels with the full-text rows of ``rows`` too (``rows_only``)."""
        if self.rows is None or self.source is None:
            return self
        wanted = np.union1d(self.rows, rows).astype(np.int64)
        if wanted.size == self.rows.size:
            return self
        counts, freqs, all_sorted = self.source
        full, weights, norms = rows_only(counts, freqs, self.channel_of_column, wanted, all_sorted)
        return replace(self, full=full, weights=weights, norms=norms, rows=wanted)


@dataclass(frozen=True)
class Edges:
    """Undirected edges (a < b) with one feature row each (``model.FEATURES`` order)."""

    a: I64
    b: I64
    features: F32

    def __len__(self) -> int:
        return int(self.a.size)

    @property
    def cosine(self) -> F32:
        return self.features[:, 0]


def channel_vectors(
    terms: StoryTerms, freqs: Frequencies, title_freqs: Frequencies, rows: I64 | None = None
) -> Channels:
    """Every row's channels; given ``rows``, the full-text rows of those alone (the others
    empty until ``Channels.covering`` adds them) when ``rows_only`` can give them as
    the whole computation would, else every row's.  Titles and ``has_body``: every row."""
    indicator = _indicator(terms.full.vocab)
    title, has_body = tfidf(terms.title, title_freqs), _has_body(terms)
    if rows is not None and separable(terms.full, freqs):
        rows = np.unique(rows).astype(np.int64)
        source = (terms.full, freqs, _all_sorted(terms.full))
        full, weights, norms = rows_only(source[0], source[1], indicator, rows, source[2])
        return Channels(full, weights, indicator, norms, title, has_body, rows, source)
    weights = tfidf(terms.full, freqs, normalize=False)
    norms = np.sqrt(np.asarray((weights.multiply(weights) @ indicator).todense(), dtype=np.float32))
    full = sp.csr_matrix(sp.diags(1.0 / np.maximum(norms[:, 0], 1e-12)) @ weights, dtype=np.float32)
    return Channels(full, weights, indicator, norms, title, has_body)


def _indicator(vocab: I64) -> sp.csr_matrix:
    kind = channel(vocab)
    columns = np.arange(kind.size)
    names, numbers = columns[kind == NAMES], columns[kind == NUMBERS]
    return sp.csr_matrix(
        (
            np.ones(kind.size + names.size + numbers.size, np.float32),
            (
                np.concatenate([columns, names, numbers]),
                np.repeat([0, 1, 2], [kind.size, names.size, numbers.size]),
            ),
        ),
        shape=(max(1, kind.size), 3),
    )


def separable(counts: TermCounts, freqs: Frequencies) -> bool:
    """Whether each row's vector can be computed alone, equal to the whole computation's:
    no entry's weight is zero (every count at least one, every IDF above zero), so the
    rows' terms are their vectors' pattern; and there are two columns or more (for
    ``rows_only``'s unsorted row)."""
    return (
        counts.vocab.size >= 2
        and all(_least(p) >= 1.0 for p in pieces(counts)[0])
        and bool(np.all(freqs.idf() > 0))
    )


def part_facts(counts: TermCounts) -> PartFacts:
    """The ``PartFacts`` of term counts in one piece: as kept with them (a stored
    part's), else read off every entry."""
    return PartFacts(_least(counts), _ordered(counts))


def _least(counts: TermCounts) -> float:
    """The least count of term counts in one piece (inf for none), as kept or read."""
    if counts.facts is not None:
        return counts.facts.least
    return float(counts.counts.min()) if counts.counts.size else float("inf")


def _ordered(counts: TermCounts) -> bool:
    """``_sorted_rows`` of term counts in one piece, as kept or read."""
    return counts.facts.ordered if counts.facts is not None else _sorted_rows(counts)


def rows_only(
    counts: TermCounts,
    freqs: Frequencies,
    indicator: sp.csr_matrix,
    rows: I64,
    all_sorted: bool,
) -> tuple[sp.csr_matrix, sp.csr_matrix, F32]:
    """``channel_vectors``' full, weights and norms of ``rows`` (sorted) alone, the other
    rows empty, each row's entries as the whole computation gives them.  SciPy's
    elementwise product takes its sorted-rows path only when every row is sorted (and
    sums a row's norms in another order): the rows are computed with a row appended
    that is not sorted unless ``all_sorted`` (every row of ``counts`` is sorted)."""
    part = tfidf(counts.take(rows), freqs, normalize=False)
    weights = part
    if not all_sorted:
        extra = (np.ones(2, np.float32), np.array([1, 0]), np.array([0, 2]))
        weights = sp.vstack([part, sp.csr_matrix(extra, shape=(1, part.shape[1]))], format="csr")
    squares = weights.multiply(weights) @ indicator
    norms = np.sqrt(np.asarray(squares.todense(), dtype=np.float32))[: rows.size]
    full = sp.csr_matrix(sp.diags(1.0 / np.maximum(norms[:, 0], 1e-12)) @ part, dtype=np.float32)
    n = len(counts)
    spread = np.zeros((n, 3), np.float32)
    spread[rows] = norms
    return _spread(full, rows, n), _spread(part, rows, n), spread


def _all_sorted(counts: TermCounts) -> bool:
    """Whether every row's columns increase (sorted, none twice); a merge's parts are
    read in place (``pieces``), a stored part's kept answer read (``part_facts``)."""
    return all(_ordered(part) for part in pieces(counts)[0])


def _sorted_rows(counts: TermCounts) -> bool:
    """``_all_sorted`` of term counts in one piece."""
    step = 1 << 20
    for lo in range(0, counts.ids.size, step):
        ids = counts.ids[lo : lo + step + 1]
        rising = ids[1:] > ids[:-1]
        cuts = counts.offsets[(counts.offsets > lo) & (counts.offsets < lo + ids.size)] - lo
        rising[cuts - 1] = True
        if not rising.all():
            return False
    return True


def _spread(part: sp.csr_matrix, rows: I64, n: int) -> sp.csr_matrix:
    """``part``'s rows as ``rows`` of an ``n``-row matrix (the other rows empty)."""
    lengths = np.zeros(n, np.int64)
    lengths[rows] = np.diff(part.indptr)
    indptr = np.zeros(n + 1, np.int64)
    np.cumsum(lengths, out=indptr[1:])
    return sp.csr_matrix((part.data, part.indices, indptr), shape=(n, part.shape[1]))


def _has_body(terms: StoryTerms) -> npt.NDArray[np.bool_]:
    """``body_flags``, as kept with the terms (``StoryTerms.has_body``) when known."""
    return body_flags(terms) if terms.has_body is None else terms.has_body


def body_flags(terms: StoryTerms) -> npt.NDArray[np.bool_]:
    """Rows whose body adds terms to the title's (a row's full counts are the body's
    plus the title's), read off every row's counts."""
    result: npt.NDArray[np.bool_] = _row_sums(terms.full) > _row_sums(terms.title)
    return result


def _row_sums(counts: TermCounts) -> npt.NDArray[np.float64]:
    """Each row's counts summed in float64, in row order (0 for an empty row); a
    merge's parts are read in place (``pieces``), not copied."""
    parts, rows = pieces(counts)
    return np.concatenate([_part_sums(part) for part in parts])[rows]


def _part_sums(counts: TermCounts) -> npt.NDArray[np.float64]:
    """``_row_sums`` of term counts in one piece."""
    sums = np.zeros(len(counts))
    filled = np.flatnonzero(np.diff(counts.offsets) > 0)
    step = 1 << 13
    for k in range(0, filled.size, step):
        rows = filled[k : k + step]
        lo, hi = counts.offsets[rows[0]], counts.offsets[rows[-1] + 1]
        part = counts.counts[lo:hi].astype(np.float64)
        sums[rows] = np.add.reduceat(part, counts.offsets[rows] - lo)
    return sums


def frequencies(terms: StoryTerms) -> tuple[Frequencies, Frequencies]:
    return Frequencies.of(terms.full), Frequencies.of(terms.title)


def empty_terms() -> StoryTerms:
    return StoryTerms(no_counts(), no_counts())


def build_edges(ch: Channels, pairs: PairIndex, rows: I64, options: GraphOptions) -> Edges:
    """Edges among ``rows`` (a set closed under edges), with their features.

    Candidate pairs come from ``pairs`` (shared top terms); their exact cosine decides
    whether they are edges.  Neighbour lists are the edges.
    """
    a, b = pairs.among(rows)
    a, b, channels = _edges_of(ch, a, b, options.min_cosine)
    return featured(ch, (a, b, channels), (a, b, channels[:, 0]), options)


def new_edges(ch: Channels, pairs: PairIndex, rows: I64, min_cosine: float) -> tuple[I64, I64, F32]:
    """Every edge with an end in ``rows`` (in the whole corpus), and its channel cosines."""
    a, b = pairs.between(rows)
    return _edges_of(ch.covering(np.concatenate([a, b])), a, b, min_cosine)


def _edges_of(ch: Channels, a: I64, b: I64, min_cosine: float) -> tuple[I64, I64, F32]:
    channels = channel_cosines(ch, a, b)
    keep = channels[:, 0] >= min_cosine
    return a[keep], b[keep], channels[keep]


def featured(
    ch: Channels,
    edges: tuple[I64, I64, F32],
    around: tuple[I64, I64, F32],
    options: GraphOptions,
) -> Edges:
    """``edges`` (ends and channel cosines) with their features; the neighbour lists
    are read from ``around``, the edges (ends and cosine) of every row at an end."""
    a, b, channels = edges
    rows = np.unique(np.concatenate([around[0], around[1], a, b]))
    local = np.full(ch.full.shape[0], -1, np.int64)
    local[rows] = np.arange(rows.size)
    la, lb, cos = local[a], local[b], channels[:, 0]
    nbr = _Neighbours.of(local[around[0]], local[around[1]], around[2], ch.has_body[rows], options)
    features = np.column_stack(
        [
            channels,
            pair_cosines(ch.title, a, b),
            cos / np.sqrt(nbr.sigma[0][la] * nbr.sigma[0][lb]),
            cos / np.sqrt(nbr.sigma[1][la] * nbr.sigma[1][lb]),
            -np.log1p(np.minimum(nbr.rank(la, lb), nbr.rank(lb, la))),
            -np.log1p(np.maximum(nbr.rank(la, lb), nbr.rank(lb, la))),
            nbr.shared(la, lb, 5),
        ]
    ).astype(np.float32)
    return Edges(a, b, features.reshape(len(a), len(FEATURES)))


def relisted(
    rows: I64,
    old: tuple[I64, I64, F32],
    added: tuple[I64, I64, F32],
    has_body: npt.NDArray[np.bool_],
    options: GraphOptions,
) -> I64:
    """The ``rows`` whose neighbour list (``_Neighbours``: who, in which order) an
    ``added`` edge (ends and cosine) enters: one the row lists (a headline lists any
    article, an article those with a body) that sorts before the last of the list the
    ``old`` edges give it (by cosine, then row), or any such when that list is short."""
    order, values = _lists_at(rows, old, has_body, options)
    where = np.full(has_body.size, -1, np.int64)
    where[rows] = np.arange(rows.size)
    a, b, cos = added
    x, y, c = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([cos, cos])
    at = where[x]
    x, y, c, at = x[at >= 0], y[at >= 0], c[at >= 0], at[at >= 0]
    last, floor = order[at, -1], values[at, -1]
    before = (last < 0) | (c > floor) | ((c == floor) & (y < last))
    found: I64 = np.unique(x[before & (has_body[y] | ~has_body[x])])
    return found


def _lists_at(
    rows: I64, edges: tuple[I64, I64, F32], has_body: npt.NDArray[np.bool_], options: GraphOptions
) -> tuple[I64, F32]:
    """The neighbour lists of ``rows`` from ``edges``: corpus rows (-1 past the end)
    and their cosines."""
    a, b, cos = edges
    at = np.zeros(has_body.size, bool)
    at[rows] = True
    keep = at[a] | at[b]
    a, b, cos = a[keep], b[keep], cos[keep]
    nodes = np.unique(np.concatenate([rows, a, b]))
    local = np.full(has_body.size, -1, np.int64)
    local[nodes] = np.arange(nodes.size)
    lists = _Neighbours.of(local[a], local[b], cos, has_body[nodes], options)
    order = lists.order[local[rows]]
    found: I64 = np.where(order >= 0, nodes[order], -1)
    return found, lists.values[local[rows]]


def channel_cosines(ch: Channels, a: I64, b: I64, chunk: int = 100_000) -> F32:
    """Cosines of the given pairs in the channels all, names and numbers (m x 3)."""
    out = [np.zeros((0, 3), np.float32)]
    for s in range(0, a.size, chunk):
        x, y = a[s : s + chunk], b[s : s + chunk]
        dots = (ch.weights[x].multiply(ch.weights[y]) @ ch.channel_of_column).toarray()
        out.append((dots / np.maximum(ch.norms[x] * ch.norms[y], 1e-12)).astype(np.float32))
    return np.concatenate(out)


@dataclass(frozen=True)
class _Neighbours:
    """Each article's nearest neighbours, best first: ``order[i, k]`` (-1 when fewer)."""

    order: I64
    values: F32  # the cosine of each (``min_cosine`` past the end)
    sigma: tuple[F32, F32]  # cosine to the 1st and 3rd nearest (``min_cosine`` when none)
    size: int

    @staticmethod
    def of(
        a: I64, b: I64, cos: F32, has_body: npt.NDArray[np.bool_], options: GraphOptions
    ) -> _Neighbours:
        """Lists from the edges (both directions), best first, ties by the other's row.

        An article with a body lists only articles with a body: a headline's cosines are
        on another scale, and headlines added to a corpus must not change how the full
        texts' local scale, ranks and shared neighbours read.  A headline lists any."""
        n, k = has_body.size, options.list_size
        r, c, v = np.concatenate([a, b]), np.concatenate([b, a]), np.concatenate([cos, cos])
        counts = has_body[c] | ~has_body[r]
        r, c, v = r[counts], c[counts], v[counts]
        by = np.lexsort((c, -v, r))
        r, c, v = r[by], c[by], v[by]
        pos = np.arange(r.size) - np.searchsorted(r, r, side="left")
        keep = pos < k
        order = np.full((n, k), -1, np.int64)
        values = np.full((n, k), options.min_cosine, np.float32)
        order[r[keep], pos[keep]] = c[keep]
        values[r[keep], pos[keep]] = v[keep]
        return _Neighbours(order, values, (values[:, 0], values[:, min(2, k - 1)]), k)

    def rank(self, a: I64, b: I64) -> npt.NDArray[np.float64]:
        """Position of b in a's list (``size`` when absent)."""
        hit = self.order[a] == b[:, None]
        return np.where(hit.any(axis=1), hit.argmax(axis=1), self.size).astype(np.float64)

    def shared(self, a: I64, b: I64, k: int) -> npt.NDArray[np.float64]:
        left, right = self.order[a, :k], self.order[b, :k]
        same = (left[:, :, None] == right[:, None, :]) & (left[:, :, None] >= 0)
        result: npt.NDArray[np.float64] = same.any(axis=2).sum(axis=1) / k
        return result
