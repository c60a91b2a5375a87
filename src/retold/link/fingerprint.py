"""Word-shingle fingerprints of many texts at once, hashed with numpy.

A batch of bodies is lower-cased, joined and handled as one byte array: words
are runs of letters and digits (non-ASCII characters count as letters, typographic
punctuation does not); a word's value packs its bytes into 64 bits (longer words
are mixed); a shingle hash is a weighted sum of ``size`` consecutive word values
put through the splitmix64 finalizer; the whole-text hash is a polynomial over
all word values.  Nothing loops over words in Python.

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
_SEQUENCE_BASE = 0x9E3779B97F4A7C15


@dataclass(frozen=True)
class ShingleOptions:
    size: int = 5  # words per shingle
    seed: int = 0x5EED
    batch_size: int = 500  # texts hashed together (bounds memory, not results)


@dataclass(frozen=True)
class Fingerprints:
    """Per text: its shingle hashes in text order, word count and whole-text hash.

    ``hashes[offsets[i]:offsets[i + 1]]`` are text ``i``'s shingles (a repeated
    run of words repeats its hash; ``shingle_set`` gives the sorted unique set).
    """

    hashes: U64
    offsets: I64
    words: I64
    exact: U64  # hash of the whole normalized word sequence: equal texts, equal value

    def __len__(self) -> int:
        return len(self.words)

    def shingles(self, i: int) -> U64:
        return self.hashes[self.offsets[i] : self.offsets[i + 1]]

    def shingle_set(self, i: int) -> U64:
        """Sorted unique shingle hashes of text ``i``."""
        s = np.sort(self.shingles(i))
        return s[np.concatenate(([True], s[1:] != s[:-1]))] if s.size else s

    def sizes(self) -> I64:
        """Shingles per text, repeats included."""
        return np.diff(self.offsets)


def normalize(text: str) -> str:
    """Lower case, words separated by single spaces, punctuation gone (the regex twin of
    the byte-level normalization ``fingerprint`` uses)."""
    return _NONWORD.sub(" ", text.lower()).strip()


def fingerprint(texts: Sequence[str], options: ShingleOptions) -> Fingerprints:
    tables = _PowerTables.build(1)
    parts = []
    for i in range(0, len(texts), options.batch_size):
        part, tables = _fingerprint_batch(texts[i : i + options.batch_size], options, tables)
        parts.append(part)
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


def part_shingle_sets(texts: Sequence[Sequence[str]], options: ShingleOptions) -> list[U64]:
    """Per text given as parts: the sorted unique hashes of its shingles, none of which
    spans two parts (a text cut where its quotations were shares no shingle across a cut)."""
    fps = fingerprint([part for parts in texts for part in parts], options)
    bounds = np.cumsum([0, *(len(parts) for parts in texts)])
    return [
        np.unique(fps.hashes[fps.offsets[bounds[k]] : fps.offsets[bounds[k + 1]]])
        for k in range(len(texts))
    ]


def mix64(x: U64) -> U64:
    """splitmix64 finalizer: every input bit affects every output bit."""
    x = x ^ (x >> np.uint64(30))
    x = x * np.uint64(0xBF58476D1CE4E5B9)
    x = x ^ (x >> np.uint64(27))
    x = x * np.uint64(0x94D049BB133111EB)
    return x ^ (x >> np.uint64(31))


@dataclass(frozen=True)
class _PowerTables:
    """Powers of the sequence hash base (and of its inverse modulo 2**64), built once per
    call and grown when a batch has more words."""

    sequence: U64
    sequence_inverse: U64

    @staticmethod
    def build(n: int) -> _PowerTables:
        return _PowerTables(
            _powers(_SEQUENCE_BASE, n), _powers(pow(_SEQUENCE_BASE, -1, 1 << 64), n)
        )

    def grown(self, n: int) -> _PowerTables:
        return self if self.sequence.size >= n else _PowerTables.build(n + n // 2)


def _fingerprint_batch(
    texts: Sequence[str], options: ShingleOptions, tables: _PowerTables
) -> tuple[Fingerprints, _PowerTables]:
    encoded = [t.lower().encode("utf-8", "surrogatepass") for t in texts]
    data = np.frombuffer(b" ".join(encoded), np.uint8)
    text_starts = np.zeros(len(encoded) + 1, np.int64)
    np.cumsum([len(e) + 1 for e in encoded], out=text_starts[1:])
    tokens, owner = word_hashes(data, text_starts, options.seed)
    tables = tables.grown(tokens.size + 1)
    counts = np.bincount(owner, minlength=len(encoded)).astype(np.int64)
    starts = np.zeros(len(counts) + 1, np.int64)
    np.cumsum(counts, out=starts[1:])
    hashes, offsets = _shingles(tokens, owner, counts, options)
    exact = _sequence_hashes(tokens, starts, tables)
    return Fingerprints(hashes, offsets, counts, exact), tables


def _word_bytes(data: npt.NDArray[np.uint8]) -> npt.NDArray[np.bool_]:
    """Bytes that belong to words: ASCII letters and digits and non-ASCII characters,
    except the common typographic punctuation (curly quotes, dashes, ellipsis, nbsp ...)."""
    table = np.zeros(256, bool)
    table[ord("0") : ord("9") + 1] = True
    table[ord("a") : ord("z") + 1] = True
    table[ord("A") : ord("Z") + 1] = True
    table[0x80:] = True
    inside = table[data]
    high = np.flatnonzero(data >= 0xC2)  # lead bytes of non-ASCII characters: few in most text
    for lead, second, thirds in _PUNCTUATION:
        hits = high[data[high] == lead]
        if second is None:
            hits = hits[np.isin(data[np.minimum(hits + 1, data.size - 1)], thirds)]
            inside[hits] = False
            inside[np.minimum(hits + 1, data.size - 1)] = False
            continue
        hits = hits[hits + 2 < data.size]
        hits = hits[(data[hits + 1] == second) & np.isin(data[hits + 2], thirds)]
        for k in range(3):
            inside[hits + k] = False
    return inside


# UTF-8 of punctuation that should split words: (lead byte, second byte or None, last bytes)
_PUNCTUATION: tuple[tuple[int, int | None, tuple[int, ...]], ...] = (
    (0xC2, None, (0xA0, 0xA1, 0xA9, 0xAB, 0xAE, 0xB0, 0xB7, 0xBB, 0xBF)),  # nbsp ¡ © « ® ° · » ¿
    (0xE2, 0x80, (*tuple(range(144, 168)), 175, 185, 186)),  # dashes, quotes, bullets, … ‹ ›
)


def word_hashes(data: npt.NDArray[np.uint8], text_starts: I64, seed: int) -> tuple[U64, I64]:
    """One 64-bit value per word of the byte array, in order, and the text each belongs to.

    A word of up to 8 bytes is its bytes packed into the value (no collisions); a longer
    word mixes its first 8 bytes, its last 8 bytes and its length.
    """
    if data.size == 0:
        return np.zeros(0, np.uint64), np.zeros(0, np.int64)
    inside = _word_bytes(data)
    edges = np.flatnonzero(np.diff(np.concatenate(([False], inside, [False])).view(np.int8)))
    starts, ends = edges[0::2], edges[1::2]
    length = ends - starts
    window = _windows(data)
    value = _pack(window, starts, np.minimum(length, 8))
    long = np.flatnonzero(length > 8)
    if long.size:
        tail = _pack(window, ends[long] - 8, np.full(long.size, 8))
        value[long] = mix64(value[long] ^ mix64(tail + length[long].astype(np.uint64)))
    counts = np.diff(np.searchsorted(starts, text_starts))
    owner = np.repeat(np.arange(counts.size, dtype=np.int64), counts)
    return value + np.uint64(seed & 0xFFFFFFFFFFFFFFFF), owner


def _windows(data: npt.NDArray[np.uint8]) -> U64:
    """For every byte offset, the 8 bytes from there as a little-endian uint64 (a
    byte-strided view over one zero-padded copy: no per-read copying)."""
    padded = np.zeros(data.size + 8, np.uint8)
    padded[: data.size] = data
    return np.ndarray((data.size,), dtype="<u8", buffer=padded, strides=(1,))


_MASKS = np.array([(1 << (8 * k)) - 1 for k in range(8)] + [(1 << 64) - 1], np.uint64)


def _pack(window: U64, starts: I64, counts: I64) -> U64:
    """The ``counts[i]`` (<= 8) bytes from ``starts[i]``, little-endian in one uint64:
    one unaligned 8-byte read per word, then a mask."""
    return window[starts].astype(np.uint64) & _MASKS[counts]


def _powers(base: int, n: int) -> U64:
    """base**0 .. base**(n-1) modulo 2**64, by doubling (vectorized multiplies)."""
    out = np.ones(max(n, 1), np.uint64)
    filled, step = 1, base
    while filled < n:
        take = min(filled, n - filled)
        out[filled : filled + take] = out[:take] * np.uint64(step)
        filled += take
        step = step * step % (1 << 64)
    return out[:n]


def _shingles(tokens: U64, owner: I64, counts: I64, options: ShingleOptions) -> tuple[U64, I64]:
    """Hashes of every run of ``size`` words inside one text, in text order."""
    size = options.size
    n = tokens.size - size + 1
    per_text = np.maximum(counts - size + 1, 0)
    offsets = np.zeros(counts.size + 1, np.int64)
    np.cumsum(per_text, out=offsets[1:])
    if n <= 0:
        return np.zeros(0, np.uint64), offsets
    weights = np.random.default_rng(options.seed).integers(1, 1 << 63, size, dtype=np.uint64)
    acc = tokens[:n] * (weights[0] | np.uint64(1))
    for j in range(1, size):
        acc += tokens[j : j + n] * (weights[j] | np.uint64(1))
    valid = owner[:n] == owner[size - 1 :]
    return mix64(acc[valid]), offsets


def _sequence_hashes(tokens: U64, starts: I64, tables: _PowerTables) -> U64:
    if tokens.size == 0:
        return np.zeros(len(starts) - 1, np.uint64)
    prefix = np.zeros(tokens.size + 1, np.uint64)
    np.cumsum(tokens * tables.sequence[: tokens.size], out=prefix[1:])
    out = (prefix[starts[1:]] - prefix[starts[:-1]]) * tables.sequence_inverse[starts[:-1]]
    return mix64(out + np.diff(starts).astype(np.uint64))
