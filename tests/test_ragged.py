"""Rows of ints kept as one flat array: each row reads back as the tuple it was."""

from __future__ import annotations

import numpy as np
import pytest

from retold.link.packing import ragged, read_ragged
from retold.link.ragged import Ragged

ROWS = ((3, 1), (), (7,), (2, 2, 9), ())


def test_rows_read_back_as_tuples() -> None:
    rows = Ragged.of(ROWS)
    assert len(rows) == 5 and rows[0] == (3, 1) and rows[1] == () and rows[-2] == (2, 2, 9)
    assert tuple(rows) == ROWS and rows == ROWS and rows == Ragged.of(list(ROWS))
    assert rows != ROWS[:4] and rows.lengths().tolist() == [2, 0, 1, 3, 0]
    with pytest.raises(IndexError):
        rows[5]


def test_rows_taken_and_joined_are_those_rows_in_that_order() -> None:
    rows = Ragged.of(ROWS)
    assert tuple(rows.take([3, 0, 3, 1])) == (ROWS[3], ROWS[0], ROWS[3], ROWS[1])
    assert tuple(rows[1:4]) == ROWS[1:4] and tuple(rows.take([])) == ()
    joined = Ragged.joined([rows, [(5,), ()], ((),) * 2])
    assert tuple(joined) == (*ROWS, (5,), (), (), ())


@pytest.mark.parametrize("parts", [1, 2, 5])
@pytest.mark.parametrize("shape", ["sorted", "inserted", "shuffled"])
def test_rows_gathered_from_parts_are_those_rows_in_that_order(parts: int, shape: str) -> None:
    """Rows of several parts in turn (int32 values, as stored, widened to int64), taken in
    an order of few runs (copied as slices) or of many (gathered entry by entry)."""
    rng = np.random.default_rng(parts)
    sizes = [200 // parts] * parts + [3]  # and a small part, as a batch is
    pieces = [
        [tuple(rng.integers(0, 99, rng.integers(0, 5)).tolist()) for _ in range(n)] for n in sizes
    ]
    stored = [Ragged.of(p) for p in pieces]
    narrow = [Ragged(r.values.astype(np.int32), r.offsets.astype(np.int32)) for r in stored]
    every = [row for p in pieces for row in p]
    order = np.arange(len(every))
    if shape == "inserted":  # the last part's rows among the others
        order = np.insert(order[: -sizes[-1]], [5, 50, 51][: sizes[-1]], order[-sizes[-1] :])
    if shape == "shuffled":
        order = rng.permutation(len(every))
    gathered = Ragged.gather(narrow, order)
    assert tuple(gathered) == tuple(every[i] for i in order.tolist())
    assert gathered.values.dtype == np.int64 and gathered.offsets.dtype == np.int64


def test_rows_stored_as_arrays_read_back_the_same() -> None:
    arrays = ragged("mention", ROWS)
    assert arrays["mention_values"].dtype == np.int32  # small ints are kept in 32 bits
    assert read_ragged(arrays, "mention") == ROWS
