"""Candidate pairs of copies: MinHash LSH banding plus shared content anchors.

Two routes, both over the shingle fingerprints:

* **MinHash banding** (rensa's R-MinHash signatures, banded here with numpy):
  pairs whose shingle sets overlap much (Jaccard) collide in some band.
* **Anchors**: every shingle whose hash falls in a fixed 1/``anchor_rate`` slice
  is an anchor; two texts sharing ``min_anchors`` anchors are candidates.  The
  slice is the same for every text, so a short text copied inside a long one
  shares anchors however low their Jaccard similarity is (containment).

Candidates are only candidates: ``copies.py`` verifies each one exactly.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt
import rensa

from retold.link.fingerprint import Fingerprints, mix64

Pairs = npt.NDArray[np.int64]  # shape (n, 2), i < j, sorted, unique
_LOW40 = np.uint64((1 << 40) - 1)


@dataclass(frozen=True)
class CandidateOptions:
    num_perm: int = 128
    bands: int = 32  # bands * rows == num_perm; 32 x 4 catches Jaccard >= ~0.45 reliably
    seed: int = 42
    min_shingles: int = 20  # texts with fewer shingles are never copy candidates
    anchor_rate: int = 16  # one shingle in this many is an anchor
    min_anchors: int = 2
    max_bucket: int = 64  # larger buckets are chained, not paired all against all


def signatures(
    fingerprints: Fingerprints, options: CandidateOptions, batch: int = 5000
) -> npt.NDArray[np.uint32]:
    """R-MinHash signature per text (rows of ``num_perm`` uint32), computed by rensa in
    batches (the conversion to numpy is cheaper in pieces; the values do not change)."""
    parts = [np.zeros((0, options.num_perm), np.uint32)]
    offsets = fingerprints.offsets
    for start in range(0, len(fingerprints), batch):
        end = min(start + batch, len(fingerprints))
        local = (offsets[start : end + 1] - offsets[start]).astype(np.uint64)
        matrix = rensa.RMinHash.digest_matrix_from_flat_token_hashes(
            fingerprints.hashes[offsets[start] : offsets[end]],
            local,
            options.num_perm,
            options.seed,
        )
        parts.append(np.asarray(matrix.to_rows(), dtype=np.uint32).reshape(-1, options.num_perm))
    return np.concatenate(parts)


def candidate_pairs(fingerprints: Fingerprints, options: CandidateOptions) -> Pairs:
    eligible = fingerprints.sizes() >= options.min_shingles
    found = [
        _banded_pairs(signatures(fingerprints, options), eligible, options),
        _anchor_pairs(fingerprints, eligible, options),
        _exact_pairs(fingerprints, options),
    ]
    return unique_pairs(np.concatenate(found))


def unique_pairs(pairs: Pairs) -> Pairs:
    if pairs.size == 0:
        return np.zeros((0, 2), np.int64)
    lo, hi = np.minimum(pairs[:, 0], pairs[:, 1]), np.maximum(pairs[:, 0], pairs[:, 1])
    keep = lo != hi
    both = np.unique(np.stack([lo[keep], hi[keep]], axis=1), axis=0)
    return both.astype(np.int64)


def _banded_pairs(
    sigs: npt.NDArray[np.uint32], eligible: npt.NDArray[np.bool_], options: CandidateOptions
) -> Pairs:
    ids = np.flatnonzero(eligible)
    keys = band_keys(sigs[ids], options)
    found = [bucket_pairs(keys[band], ids, options.max_bucket) for band in range(options.bands)]
    return np.concatenate(found) if found else np.zeros((0, 2), np.int64)


def band_keys(sigs: npt.NDArray[np.uint32], options: CandidateOptions) -> npt.NDArray[np.uint64]:
    """Every band's key of every signature row: one contiguous row per band (bands x texts)."""
    rows = options.num_perm // options.bands
    weights = np.random.default_rng(options.seed).integers(1, 1 << 63, rows, dtype=np.uint64)
    blocks = sigs.reshape(sigs.shape[0], options.bands, rows).astype(np.uint64)
    blocks *= weights | np.uint64(1)
    return np.ascontiguousarray(mix64(blocks.sum(axis=2, dtype=np.uint64)).T)


def _anchor_pairs(
    fingerprints: Fingerprints, eligible: npt.NDArray[np.bool_], options: CandidateOptions
) -> Pairs:
    texts, anchors = anchor_keys(fingerprints, eligible, options)
    pairs = bucket_pairs(anchors, texts, options.max_bucket)
    if pairs.size == 0:
        return pairs
    n = len(fingerprints)
    found = np.sort(pairs[:, 0] * n + pairs[:, 1])
    starts = np.flatnonzero(np.concatenate(([True], found[1:] != found[:-1])))
    counts = np.diff(np.concatenate((starts, [found.size])))
    found = found[starts][counts >= options.min_anchors]
    return np.stack([found // n, found % n], axis=1)


def anchor_keys(
    fingerprints: Fingerprints, eligible: npt.NDArray[np.bool_], options: CandidateOptions
) -> tuple[npt.NDArray[np.int64], npt.NDArray[np.uint64]]:
    """Each eligible text's distinct anchors (40 hash bits), as (text, anchor) sorted by
    text then anchor; two texts are candidates when they share ``min_anchors`` of them."""
    hashes = fingerprints.hashes
    rate = options.anchor_rate
    if rate & (rate - 1):
        chosen = np.flatnonzero((hashes >> np.uint64(40)) % np.uint64(rate) == 0)
    else:  # a power of two: a bit mask is much cheaper than a modulo
        chosen = np.flatnonzero((hashes >> np.uint64(40)) & np.uint64(rate - 1) == 0)
    owner = np.searchsorted(fingerprints.offsets, chosen, side="right") - 1
    chosen, owner = chosen[eligible[owner]], owner[eligible[owner]]
    # one (text, anchor) pair per distinct anchor of a text: key = text << 40 | 40 hash bits
    keys = np.sort((owner.astype(np.uint64) << np.uint64(40)) | (hashes[chosen] & _LOW40))
    keys = keys[np.concatenate(([True], keys[1:] != keys[:-1]))] if keys.size else keys
    return (keys >> np.uint64(40)).astype(np.int64), keys & _LOW40


def _exact_pairs(fingerprints: Fingerprints, options: CandidateOptions) -> Pairs:
    """Texts with the same word sequence, however short (but not empty)."""
    ids = np.flatnonzero(fingerprints.words > 0)
    return bucket_pairs(fingerprints.exact[ids], ids, options.max_bucket)


def bucket_pairs(keys: npt.NDArray[np.uint64], ids: npt.NDArray[np.int64], cap: int) -> Pairs:
    """Pairs of ids that share a key.  A bucket larger than ``cap`` links each member to
    the next one and to the first one, which keeps it connected without n^2 pairs."""
    if keys.size < 2:
        return np.zeros((0, 2), np.int64)
    order = np.argsort(keys, kind="stable")
    k, members = keys[order], ids[order]
    starts = np.flatnonzero(np.concatenate(([True], k[1:] != k[:-1])))
    sizes = np.diff(np.concatenate((starts, [k.size])))
    group_start = np.repeat(starts, sizes)
    group_size = np.repeat(sizes, sizes)
    position = np.arange(k.size) - group_start
    small = group_size <= cap
    # small buckets: every member with every later member of its bucket
    partners = np.where(small, group_size - position - 1, 0)
    left = np.repeat(np.arange(k.size), partners)
    step = np.arange(left.size) - np.repeat(np.cumsum(partners) - partners, partners)
    right = left + 1 + step
    # large buckets: a chain, and a star from the first member
    chain = np.flatnonzero(~small & (position < group_size - 1))
    star = np.flatnonzero(~small & (position > 1))
    a = np.concatenate([members[left], members[chain], members[group_start[star]]])
    b = np.concatenate([members[right], members[chain + 1], members[star]])
    return np.stack([np.minimum(a, b), np.maximum(a, b)], axis=1)
