"""Rows of ints of varying length (the dates and names each article of the story state
names), as one flat array and row offsets.

A story state holds five such columns for every stored article; as tuples of tuples
they cost a Python object per row to read back, to join and to reorder, every run.
``Ragged`` keeps the arrays and makes a row's tuple only when it is asked for, so a
run that looks at a few rows pays for those rows.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterator, Sequence
from typing import overload

import numpy as np

from retold.link.vectors import I64, gather_rows


class Ragged(Sequence[tuple[int, ...]]):
    """Row ``i`` is ``values[offsets[i]:offsets[i + 1]]``, as a tuple of ints."""

    __slots__ = ("offsets", "values")

    def __init__(self, values: I64, offsets: I64) -> None:
        self.values = values
        self.offsets = offsets

    @staticmethod
    def of(rows: Sequence[Sequence[int]]) -> Ragged:
        """``rows`` as a ``Ragged`` (itself when it is one)."""
        if isinstance(rows, Ragged):
            return rows
        lengths = np.fromiter(map(len, rows), np.int64, count=len(rows))
        offsets = np.zeros(lengths.size + 1, np.int64)
        np.cumsum(lengths, out=offsets[1:])
        values = np.fromiter((v for row in rows for v in row), np.int64, count=int(offsets[-1]))
        return Ragged(values, offsets)

    @staticmethod
    def gather(parts: Sequence[Sequence[Sequence[int]]], rows: Sequence[int] | I64) -> Ragged:
        """Rows of the ``parts``' rows in turn, in the given order (``gather_rows``)."""
        sources = [(r.offsets, (r.values,)) for r in map(Ragged.of, parts)]
        offsets, (values,) = gather_rows(sources, np.asarray(rows, np.int64), (np.int64,))
        return Ragged(values, offsets)

    @staticmethod
    def joined(parts: Sequence[Sequence[Sequence[int]]]) -> Ragged:
        """The rows of every part, in turn."""
        return Ragged.gather(parts, np.arange(sum(map(len, parts)), dtype=np.int64))

    def take(self, rows: Sequence[int] | I64) -> Ragged:
        """The given rows, in the given order."""
        return Ragged.gather([self], rows)

    def lengths(self) -> I64:
        return np.diff(self.offsets)

    def __len__(self) -> int:
        return int(self.offsets.size - 1)

    @overload
    def __getitem__(self, index: int) -> tuple[int, ...]: ...

    @overload
    def __getitem__(self, index: slice) -> Ragged: ...

    def __getitem__(self, index: int | slice) -> tuple[int, ...] | Ragged:
        if isinstance(index, slice):
            return self.take(np.arange(len(self))[index])
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        return tuple(self.values[self.offsets[index] : self.offsets[index + 1]].tolist())

    def __iter__(self) -> Iterator[tuple[int, ...]]:
        flat, bounds = self.values.tolist(), self.offsets.tolist()
        return (tuple(flat[s:e]) for s, e in itertools.pairwise(bounds))

    def __eq__(self, other: object) -> bool:
        if isinstance(other, Ragged):
            return bool(
                np.array_equal(self.offsets, other.offsets)
                and np.array_equal(self.values, other.values)
            )
        if isinstance(other, Sequence):
            return len(self) == len(other) and all(
                a == tuple(b) for a, b in zip(self, other, strict=True)
            )
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return f"Ragged({list(self)!r})"
