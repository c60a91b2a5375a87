"""Sentence splits kept in bytes, so a body is split into sentence words once.

The rewrite search reads every member of a story it searches again: a new article
is a candidate with nearly every member, and splitting their bodies into sentence
words (``rewrites.sentence_split``) was the largest part of a search.  A split is
kept as its spans and its words, behind a digest of the body and of what the words
depend on (``split_key``: the stem length, the abbreviations and the stopwords, and
``FORMAT``, which changes whenever ``rewrites.sentence_split`` would give other
words).  A split whose digest is not the body's and key's is not read: it is made
again.  Words are letters and digits only (``text.words``), so a sentence's words
are kept joined by spaces and sentences by line breaks.
"""

from __future__ import annotations

import hashlib
from collections.abc import Sequence
from functools import lru_cache

import numpy as np
import pyarrow as pa

from retold.link.language import Language
from retold.link.rewrites import Split

FORMAT = "retold.sentence-split.v1"
LEVEL = 1  # zstd level (as the story state's)
DIGEST = 16  # bytes of the body's digest


def split_key(stem: int, language: Language) -> bytes:
    """What a split's words depend on besides the body, as a digest key."""
    return _key(stem, language.abbreviations, language.stopwords)


@lru_cache(maxsize=8)
def _key(stem: int, abbreviations: frozenset[str], stopwords: frozenset[str]) -> bytes:
    parts = [FORMAT, str(stem), " ".join(sorted(abbreviations)), " ".join(sorted(stopwords))]
    return hashlib.blake2b("\n".join(parts).encode("utf-8"), digest_size=32).digest()


def _digest(body: str, key: bytes) -> bytes:
    return hashlib.blake2b(body.encode("utf-8"), digest_size=DIGEST, key=key).digest()


def split_bytes(body: str, split: Split, key: bytes) -> bytes:
    """``split`` (of ``body``) in bytes: the digest, the sentence count, the spans
    (int32 pairs) and the words, zstd-compressed behind their size."""
    spans, words = split
    flat = np.asarray(spans, np.int32).reshape(-1)
    text = "\n".join(" ".join(sentence) for sentence in words).encode("utf-8")
    raw = b"".join([_digest(body, key), len(spans).to_bytes(4, "little"), flat.tobytes(), text])
    packed: bytes = pa.Codec("zstd", compression_level=LEVEL).compress(raw, asbytes=True)
    return len(raw).to_bytes(4, "little") + packed


def split_from_bytes(data: bytes, body: str, key: bytes) -> Split | None:
    """The split ``split_bytes`` kept, None when it is not of ``body`` under ``key``."""
    try:
        size = int.from_bytes(data[:4], "little")
        raw = pa.Codec("zstd").decompress(data[4:], decompressed_size=size, asbytes=True)
    except (pa.ArrowException, OSError, ValueError):
        return None
    if raw[:DIGEST] != _digest(body, key):
        return None
    n = int.from_bytes(raw[DIGEST : DIGEST + 4], "little")
    at = DIGEST + 4 + 8 * n
    flat = np.frombuffer(raw, np.int32, 2 * n, DIGEST + 4).tolist()
    spans = tuple(zip(flat[0::2], flat[1::2], strict=True))
    lines = raw[at:].decode("utf-8").split("\n") if n else []
    return spans, [line.split(" ") if line else [] for line in lines]


def splits_of(
    saved: dict[str, bytes], bodies: Sequence[tuple[str, str]], key: bytes
) -> dict[str, Split]:
    """The splits ``saved`` (article id -> bytes) holds for ``bodies`` (id, body)."""
    found = {}
    for article, body in bodies:
        data = saved.get(article)
        split = None if data is None else split_from_bytes(data, body, key)
        if split is not None:
            found[article] = split
    return found
