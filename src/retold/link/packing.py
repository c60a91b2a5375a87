"""Arrays in bytes: named numpy arrays as one zstd-compressed ``.npz``, with the
helpers that turn strings and ragged rows of ints into arrays and back."""

from __future__ import annotations

import io
import itertools
import json
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pyarrow as pa

MAGIC = b"retold-story-state-zstd\n"  # then the uncompressed size (8 bytes), then zstd
LEVEL = 1  # zstd level: the state is written every run; level 1 is 3x faster than zlib's 1

Arrays = Mapping[str, np.ndarray]


def pack(arrays: Mapping[str, Any]) -> bytes:
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    data = buffer.getvalue()
    packed: bytes = pa.Codec("zstd", compression_level=LEVEL).compress(data, asbytes=True)
    return MAGIC + len(data).to_bytes(8, "little") + packed


def unpack(data: bytes, expected: str) -> dict[str, np.ndarray]:
    """Every array ``pack`` stored; ValueError unless they are ``expected`` (the format
    their ``meta`` names)."""
    if not data.startswith(MAGIC):
        raise ValueError(f"not a story state (expected {expected})")
    size = int.from_bytes(data[len(MAGIC) : len(MAGIC) + 8], "little")
    try:
        packed = data[len(MAGIC) + 8 :]
        data = pa.Codec("zstd").decompress(packed, decompressed_size=size, asbytes=True)
    except pa.ArrowException as exc:
        raise ValueError(f"not a story state ({exc}; expected {expected})") from exc
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        arrays = {name: z[name] for name in z.files}
    found = json.loads(str(arrays["meta"])).get("format") if "meta" in arrays else None
    if found != expected:
        raise ValueError(f"not a story state ({found!r}; expected {expected})")
    return arrays


def strings(values: Iterable[str]) -> np.ndarray:
    """Strings as the UTF-8 bytes of a JSON list (numpy's own string arrays hold four
    bytes a character, padded to the longest)."""
    return np.frombuffer(json.dumps(list(values)).encode("utf-8"), np.uint8)


def read_strings(values: np.ndarray) -> tuple[str, ...]:
    return tuple(json.loads(values.tobytes().decode("utf-8")))


def ragged(prefix: str, rows: tuple[tuple[int, ...], ...]) -> dict[str, np.ndarray]:
    """Rows of ints of varying length as one flat array and row offsets."""
    return {
        f"{prefix}_values": narrow(np.array([v for row in rows for v in row], np.int64)),
        f"{prefix}_offsets": narrow(np.cumsum([0] + [len(row) for row in rows])),
    }


def read_ragged(z: Arrays, prefix: str) -> tuple[tuple[int, ...], ...]:
    flat = z[f"{prefix}_values"].tolist()
    bounds = z[f"{prefix}_offsets"].tolist()
    return tuple(tuple(flat[s:e]) for s, e in itertools.pairwise(bounds))


def narrow(values: np.ndarray) -> np.ndarray:
    """Integers as int32 where they fit (half the bytes to compress); read back as int64."""
    small = not values.size or (values.min() >= -(2**31) and values.max() < 2**31)
    return values.astype(np.int32) if small else values.astype(np.int64)
