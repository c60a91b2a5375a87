"""Word-shingle fingerprints of many texts at once, hashed with numpy.

A batch of bodies is normalized (lower case, every run of non-word characters a
single space), joined and hashed as one byte array: word hashes come from a
polynomial hash over prefix sums (wrapping 64-bit arithmetic), shingle hashes
from a polynomial over ``size`` consecutive word hashes, and every hash goes
through the splitmix64 finalizer.  Nothing loops over words in Python.

Hashes depend only on the text and ``seed``: the same body always gets the
same fingerprint, whatever else is in the batch.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

U64 = npt.NDArray[np.uint64]
I64 = npt.NDArray[np.int64]

_NONWORD = re.compile(r"[\W_]+")
_SPACE = 32
_WORD_BASE = 0x100000001B3  # odd, so invertible modulo 2**64
_SEQUENCE_BASE = 0x9E3779B97F4A7C15


@dataclass(frozen=True)
class ShingleOptions:
    size: int = 5  # words per shingle
    seed: int = 0x5EED
    batch_size: int = 2000  # texts hashed together (bounds memory, not results)


@dataclass(frozen=True)
class Fingerprints:
    """Per text: its sorted unique shingle hashes, word count and whole-text hash.

    ``hashes[offsets[i]:offsets[i + 1]]`` are text ``i``'s shingles.
    """

    hashes: U64
    offsets: I64
    words: I64
    exact: U64  # hash of the whole normalized word sequence: equal texts, equal value

    def __len__(self) -> int:
        return len(self.words)

    def shingles(self, i: int) -> U64:
        return self.hashes[self.offsets[i] : self.offsets[i + 1]]

    def sizes(self) -> I64:
        return np.diff(self.offsets)


def normalize(text: str) -> str:
    """Lower case, words separated by single spaces, punctuation gone."""
    return _NONWORD.sub(" ", text.lower()).strip()


def fingerprint(texts: Sequence[str], options: ShingleOptions) -> Fingerprints:
    parts = [
        _fingerprint_batch(texts[i : i + options.batch_size], options)
        for i in range(0, len(texts), options.batch_size)
    ]
    if not parts:
        empty = np.zeros(0, np.uint64)
        return Fingerprints(empty, np.zeros(1, np.int64), np.zeros(0, np.int64), empty)
    offsets = [np.zeros(1, np.int64)]
    base = 0
    for part in parts:
        offsets.append(part.offsets[1:] + base)
        base += int(part.offsets[-1])
    return Fingerprints(
        hashes=np.concatenate([p.hashes for p in parts]),
        offsets=np.concatenate(offsets),
        words=np.concatenate([p.words for p in parts]),
        exact=np.concatenate([p.exact for p in parts]),
    )


def mix64(x: U64) -> U64:
    """splitmix64 finalizer: every input bit affects every output bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


def _fingerprint_batch(texts: Sequence[str], options: ShingleOptions) -> Fingerprints:
    normalized = [normalize(t) for t in texts]
    counts = np.array([s.count(" ") + 1 if s else 0 for s in normalized], np.int64)
    tokens = word_hashes(" ".join(normalized), options.seed)
    starts = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=starts[1:])
    shingles, owner = _shingles(tokens, starts, options.size, options.seed)
    hashes, offsets = _unique_per_text(shingles, owner, len(counts))
    return Fingerprints(hashes, offsets, counts, _sequence_hashes(tokens, starts))


def word_hashes(joined: str, seed: int) -> U64:
    """One 64-bit hash per space-separated word of ``joined``, in order."""
    data = np.frombuffer(joined.encode("utf-8"), np.uint8)
    if data.size == 0:
        return np.zeros(0, np.uint64)
    inside = data != _SPACE
    before = np.concatenate(([False], inside[:-1]))
    after = np.concatenate((inside[1:], [False]))
    starts = np.flatnonzero(inside & ~before)
    ends = np.flatnonzero(inside & ~after) + 1
    powers = _powers(_WORD_BASE, data.size + 1)
    inverse = _powers(pow(_WORD_BASE, -1, 1 << 64), data.size + 1)
    prefix = np.zeros(data.size + 1, np.uint64)
    np.cumsum((data.astype(np.uint64) + np.uint64(1)) * powers[:-1], out=prefix[1:])
    raw = (prefix[ends] - prefix[starts]) * inverse[starts]
    return mix64(raw ^ np.uint64(seed & 0xFFFFFFFFFFFFFFFF))


def _powers(base: int, n: int) -> U64:
    out = np.full(n, base, np.uint64)
    out[0] = 1
    return np.cumprod(out, dtype=np.uint64)


def _shingles(tokens: U64, starts: I64, size: int, seed: int) -> tuple[U64, I64]:
    """Hashes of every run of ``size`` words inside one text, and the text each belongs to."""
    n = tokens.size - size + 1
    if n <= 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    owner = np.repeat(np.arange(len(starts) - 1, dtype=np.int64), np.diff(starts))
    rng = np.random.default_rng(seed)
    weights = rng.integers(1, 1 << 63, size=size, dtype=np.uint64) | np.uint64(1)
    acc = np.zeros(n, np.uint64)
    for j in range(size):
        acc += tokens[j : j + n] * weights[j]
    valid = owner[:n] == owner[size - 1 :]
    return mix64(acc[valid]), owner[:n][valid]


def _unique_per_text(shingles: U64, owner: I64, n_texts: int) -> tuple[U64, I64]:
    order = np.lexsort((shingles, owner))
    s, o = shingles[order], owner[order]
    keep = np.ones(s.size, bool)
    keep[1:] = (s[1:] != s[:-1]) | (o[1:] != o[:-1])
    s, o = s[keep], o[keep]
    offsets = np.zeros(n_texts + 1, np.int64)
    np.cumsum(np.bincount(o, minlength=n_texts), out=offsets[1:])
    return s, offsets


def _sequence_hashes(tokens: U64, starts: I64) -> U64:
    n_texts = len(starts) - 1
    out = np.zeros(n_texts, np.uint64)
    if tokens.size == 0:
        return out
    powers = _powers(_SEQUENCE_BASE, tokens.size)
    inverse = _powers(pow(_SEQUENCE_BASE, -1, 1 << 64), tokens.size)
    prefix = np.zeros(tokens.size + 1, np.uint64)
    np.cumsum(tokens * powers, out=prefix[1:])
    out = (prefix[starts[1:]] - prefix[starts[:-1]]) * inverse[starts[:-1]]
    return mix64(out + np.diff(starts).astype(np.uint64))
