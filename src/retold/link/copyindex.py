"""Copies found incrementally: a persistent key index, queried with the new articles only.

Each indexed article keeps its candidate keys, 32 bits each under a tag (``key_of``):
its MinHash band keys (``candidates.band_keys`` folded to 32 bits, one tag per band),
its distinct anchors (``candidates.anchor_keys``, 32 bits) and its whole-text hash.
A new article is a candidate partner of every article, old or new, that shares one of
its band keys or its whole-text hash, or ``min_anchors`` anchors: the same routes as
``candidates.candidate_pairs``.  Candidates are verified exactly (``copies.verify_pair``
and ``beyond_quotes``); verified pairs are kept, and ``copies.direct`` ranks again only
the copy groups (components of verified pairs) that a new verified pair touches.  A
group's links depend only on its verified pairs, so they equal those of one run over
all the articles however the articles arrived, with one exception: a key that more
than ``max_bucket`` articles hold pairs each new holder only with its neighbours in id
order and the first holder (``candidates.bucket_pairs``; all pairs would be quadratic),
and which holders those are depends on what was indexed before.  Such buckets are
near-identical texts, whose groups end up connected either way; who links to whom
inside them can differ from one run's.

Pure functions: the store keeps the keys and the verified pairs; ``pipeline`` wires
them (``postings``: key -> ids of the indexed articles that have it).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from retold.link.candidates import anchor_keys, band_keys, bucket_pairs, signatures
from retold.link.copies import (
    CopyOptions,
    Verified,
    beyond_quotes,
    direct,
    verify_pair,
)
from retold.link.evidence import shared_passages
from retold.link.fingerprint import fingerprint
from retold.link.groups import components
from retold.records import Article, CopyLink

_LOW32 = np.uint64(0xFFFFFFFF)
_OWNER_SHIFT = 40  # tagged keys take 32 bits and a tag below 256
Postings = Callable[[Sequence[int]], Mapping[int, Sequence[str]]]
"""Every indexed article id holding each of the given keys."""


@dataclass(frozen=True)
class IndexEntry:
    """One article's row of the copy index: its candidate keys and shingle count."""

    article: str
    keys: tuple[int, ...]  # tagged 32-bit keys (``key_of``), sorted, unique
    shingles: int  # shingles with repeats (``Fingerprints.sizes``: completeness)


@dataclass(frozen=True)
class StoredPair:
    """A verified copy pair as the index keeps it (article ids, ``a`` < ``b``)."""

    a: str
    b: str
    kind: str
    jaccard: float
    containment: float


def key_of(tag: int, values: npt.NDArray[np.uint64]) -> npt.NDArray[np.int64]:
    """``values`` folded to 32 bits under ``tag`` (band number, or the anchor/exact tag)."""
    folded = (values ^ (values >> np.uint64(32))) & _LOW32
    return (folded | np.uint64(tag << 32)).astype(np.int64)


def index_entries(articles: Sequence[Article], options: CopyOptions) -> list[IndexEntry]:
    """The index rows of ``articles``: band keys and anchors of those with at least
    ``min_shingles`` shingles, the whole-text hash of any with a word."""
    fps = fingerprint([a.body for a in articles], options.shingles)
    cand = options.candidates
    eligible = fps.sizes() >= cand.min_shingles
    owners: list[npt.NDArray[np.int64]] = []
    keys: list[npt.NDArray[np.int64]] = []
    ids = np.flatnonzero(eligible)
    if ids.size:
        bands = band_keys(signatures(fps, cand)[ids], cand)
        owners += [ids] * cand.bands
        keys += [key_of(band, bands[band]) for band in range(cand.bands)]
    texts, anchors = anchor_keys(fps, eligible, cand)
    worded = np.flatnonzero(fps.words > 0)
    owners += [texts, worded]
    keys += [key_of(cand.bands, anchors), key_of(cand.bands + 1, fps.exact[worded])]
    # one sorted run of distinct keys per article: owner in the bits above the tagged key
    both = np.unique((np.concatenate(owners) << _OWNER_SHIFT) | np.concatenate(keys))
    owner, key = both >> _OWNER_SHIFT, both & ((1 << _OWNER_SHIFT) - 1)
    bounds = np.searchsorted(owner, np.arange(len(articles) + 1))
    sizes = fps.sizes().tolist()
    return [
        IndexEntry(a.id, tuple(key[s:e].tolist()), sizes[k])
        for k, (a, s, e) in enumerate(zip(articles, bounds[:-1], bounds[1:], strict=True))
    ]


def candidates(
    new: Sequence[IndexEntry], postings: Postings, options: CopyOptions
) -> list[tuple[str, str]]:
    """Pairs (sorted ids) of a new article and any indexed or new article sharing a band
    key or the whole-text hash, or ``min_anchors`` anchors.  A key more than
    ``max_bucket`` articles hold pairs as ``candidates.bucket_pairs`` does, its holders
    in id order: a new one with its neighbours and the first."""
    wanted = sorted({key for entry in new for key in entry.keys})
    stored = postings(wanted)
    rows = [(key, entry.article) for entry in new for key in entry.keys]
    rows += [(key, article) for key, held in stored.items() for article in held]
    if not rows:
        return []
    names = sorted({article for _, article in rows})
    number = {article: k for k, article in enumerate(names)}
    table = np.unique(np.array([(key, number[a]) for key, a in rows], np.int64), axis=0)
    fresh = np.zeros(len(names), bool)
    fresh[[number[e.article] for e in new if e.article in number]] = True
    cand = options.candidates
    anchor = (table[:, 0] >> 32) == cand.bands
    sure = _new_pairs(table[~anchor], fresh, cand.max_bucket)
    shared = _new_pairs(table[anchor], fresh, cand.max_bucket)
    if shared.size:
        pairs, counts = np.unique(shared, axis=0, return_counts=True)
        sure = np.concatenate([sure, pairs[counts >= cand.min_anchors]])
    found = np.unique(sure, axis=0) if sure.size else sure
    return [(names[a], names[b]) for a, b in found.tolist()]


def _new_pairs(
    table: npt.NDArray[np.int64], fresh: npt.NDArray[np.bool_], cap: int
) -> npt.NDArray[np.int64]:
    """``bucket_pairs`` over (key, article number) rows sorted by key then number, less
    the pairs of two articles indexed before (they were paired when they came)."""
    pairs = bucket_pairs(table[:, 0].astype(np.uint64), table[:, 1], cap)
    return pairs[fresh[pairs[:, 0]] | fresh[pairs[:, 1]]]


def verify(
    pairs: Sequence[tuple[str, str]], by_id: Mapping[str, Article], options: CopyOptions
) -> list[StoredPair]:
    """The candidate pairs that are copies (``verify_pair``, then ``beyond_quotes``)."""
    involved = sorted({i for pair in pairs for i in pair})
    row = {article: k for k, article in enumerate(involved)}
    fps = fingerprint([by_id[i].body for i in involved], options.shingles)
    sets: dict[int, npt.NDArray[np.uint64]] = {}

    def shingle_set(i: int) -> npt.NDArray[np.uint64]:
        return sets[i] if i in sets else sets.setdefault(i, fps.shingle_set(i))

    found = (
        verify_pair(row[a], row[b], fps.words, fps.exact, shingle_set, options) for a, b in pairs
    )
    verified = [v for v in found if v is not None]
    kept = beyond_quotes([by_id[i].body for i in involved], verified, options)
    return [
        StoredPair(involved[v.a], involved[v.b], v.kind, v.jaccard, v.containment) for v in kept
    ]


def group_members(touched: Iterable[str], pairs: Sequence[StoredPair]) -> list[str]:
    """The articles (by id) of every copy group (component of ``pairs``) holding a
    ``touched`` article."""
    nodes = sorted({i for p in pairs for i in (p.a, p.b)})
    at = {article: k for k, article in enumerate(nodes)}
    groups = components(len(nodes), ((at[p.a], at[p.b]) for p in pairs))
    wanted = {at[i] for i in touched if i in at}
    return sorted(nodes[k] for g in groups if wanted.intersection(g) for k in g)


def relink(
    members: Sequence[str],
    pairs: Sequence[StoredPair],
    by_id: Mapping[str, Article],
    options: CopyOptions,
) -> list[CopyLink]:
    """The links of the copy groups of ``members`` (``group_members``, sorted) as
    ``copies.direct`` ranks them (with evidence)."""
    if not members:
        return []
    row = {article: k for k, article in enumerate(members)}
    articles = [by_id[i] for i in members]
    fps = fingerprint([a.body for a in articles], options.shingles)
    verified = [
        Verified(row[p.a], row[p.b], p.kind, p.jaccard, p.containment)  # type: ignore[arg-type]
        for p in pairs
        if p.a in row
    ]
    links = direct(articles, fps, verified)
    if options.evidence:
        links = [shared_passages(link, by_id, options.language) for link in links]
    return links
