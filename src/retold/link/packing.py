"""Arrays in bytes: named numpy arrays, zstd-compressed, with the helpers that turn
strings and ragged rows of ints into arrays and back.

The arrays lie one after another behind a JSON list of their names, dtypes and
shapes, and are read back as views of the one decompressed buffer (read-only):
no archive to walk and no copy of each array.  Bytes of the earlier form (an
``.npz`` behind ``NPZ_MAGIC``) are read too.
"""

from __future__ import annotations

import io
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import pyarrow as pa

from retold.link.ragged import Ragged

MAGIC = b"retold-arrays-zstd\n"  # then the uncompressed size (8 bytes), then zstd
NPZ_MAGIC = b"retold-story-state-zstd\n"  # the same around an ``.npz`` (read only)
LEVEL = 1  # zstd level: the state is written every run; level 1 is 3x faster than zlib's 1
ALIGN = 8  # each array starts at a multiple of this many bytes

Arrays = Mapping[str, np.ndarray]


def pack(arrays: Mapping[str, Any]) -> bytes:
    """The arrays, each as its dtype's bytes behind a header of names, dtypes, shapes."""
    values = {name: np.asarray(value) for name, value in arrays.items()}
    layout = [[name, v.dtype.str, list(v.shape)] for name, v in values.items()]
    header = json.dumps(layout).encode("utf-8")
    chunks = [len(header).to_bytes(8, "little"), header]
    size = 8 + len(header)
    for value in values.values():
        pad = -size % ALIGN
        chunks += [bytes(pad), value.tobytes()]
        size += pad + value.nbytes
    data = b"".join(chunks)
    packed: bytes = pa.Codec("zstd", compression_level=LEVEL).compress(data, asbytes=True)
    return MAGIC + len(data).to_bytes(8, "little") + packed


def unpack(data: bytes | memoryview, expected: str) -> dict[str, np.ndarray]:
    """Every array ``pack`` stored (read-only); ValueError unless they are ``expected``
    (the format their ``meta`` names).  ``data`` may be a view of larger bytes: it is
    read in place, not copied."""
    view = memoryview(data)
    magic = next((m for m in (MAGIC, NPZ_MAGIC) if view[: len(m)] == m), None)
    if magic is None:
        raise ValueError(f"not packed arrays (expected {expected})")
    size = int.from_bytes(view[len(magic) : len(magic) + 8], "little")
    try:
        packed = view[len(magic) + 8 :]  # a view: no copy of the compressed bytes
        raw: bytes = pa.Codec("zstd").decompress(packed, decompressed_size=size, asbytes=True)
    except (pa.ArrowException, OSError) as exc:  # a cut zstd frame raises OSError
        raise ValueError(f"not packed arrays ({exc}; expected {expected})") from exc
    arrays = _arrays(raw) if magic == MAGIC else _npz(raw)
    found = json.loads(str(arrays["meta"])).get("format") if "meta" in arrays else None
    if found != expected:
        raise ValueError(f"not the expected arrays ({found!r}; expected {expected})")
    return arrays


def _arrays(data: bytes) -> dict[str, np.ndarray]:
    """The arrays of ``pack``'s uncompressed bytes, as views of them."""
    length = int.from_bytes(data[:8], "little")
    at = 8 + length
    arrays = {}
    for name, dtype, shape in json.loads(data[8:at].decode("utf-8")):
        at += -at % ALIGN
        kind = np.dtype(dtype)
        count = int(np.prod(shape, dtype=np.int64))
        arrays[name] = np.frombuffer(data, kind, count, at).reshape(shape)
        at += count * kind.itemsize
    return arrays


def _npz(data: bytes) -> dict[str, np.ndarray]:
    with np.load(io.BytesIO(data), allow_pickle=False) as z:
        return {name: z[name] for name in z.files}


def strings(values: Iterable[str]) -> np.ndarray:
    """Strings as the UTF-8 bytes of a JSON list (numpy's own string arrays hold four
    bytes a character, padded to the longest)."""
    return np.frombuffer(json.dumps(list(values)).encode("utf-8"), np.uint8)


def read_strings(values: np.ndarray) -> tuple[str, ...]:
    return tuple(json.loads(values.tobytes().decode("utf-8")))


def ragged(prefix: str, rows: Sequence[Sequence[int]]) -> dict[str, np.ndarray]:
    """Rows of ints of varying length as one flat array and row offsets."""
    flat = Ragged.of(rows)
    return {f"{prefix}_values": narrow(flat.values), f"{prefix}_offsets": narrow(flat.offsets)}


def read_ragged(z: Arrays, prefix: str) -> Ragged:
    return Ragged(z[f"{prefix}_values"].astype(np.int64), z[f"{prefix}_offsets"].astype(np.int64))


def whole_counts(values: np.ndarray) -> np.ndarray:
    """Counts as uint8 or uint16 where each is a whole number that fits (a quarter or
    half the bytes of float32 to decompress), else as they are; read back as float32
    (``astype``), the same values."""
    if not values.size or values.min() < 0 or values.max() > np.iinfo(np.uint16).max:
        return values
    if np.signbit(values).any() or not np.array_equal(np.trunc(values), values):
        return values
    return values.astype(np.uint8 if values.max() <= np.iinfo(np.uint8).max else np.uint16)


def narrow(values: np.ndarray) -> np.ndarray:
    """Integers as int32 where they fit (half the bytes to compress); read back as int64."""
    small = not values.size or (values.min() >= -(2**31) and values.max() < 2**31)
    return values.astype(np.int32) if small else values.astype(np.int64)
