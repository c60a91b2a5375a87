"""What a stored part of term counts keeps with its entries, so that the readers of
every row (``graph.separable``, ``graph._all_sorted``, the pair search's pattern,
``vectors._pattern_within``) read a few values, not every entry: its least count and
whether its rows are sorted (``PartFacts``), and which rows hold each column
(``Postings``).  Both are written with the part and read back with it
(``state.Rows``); a part without them (written before they were, or made in memory)
is read entry by entry, as before."""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

I64 = npt.NDArray[np.int64]
Ints = npt.NDArray[np.integer]

SHARE, FLOOR, MARGIN = 0.02, 100, 1.25
"""A part indexes every column in at most ``MARGIN`` times ``max(FLOOR, SHARE * rows)``
of its rows: the pair search asks only about columns in at most that many of the
state's rows (``PairOptions``' defaults), and a part (a share of those rows) holds
each of them in no more (the margin: a part a little smaller than the state)."""


@dataclass(frozen=True)
class PartFacts:
    """What the readers of every row ask of one piece of term counts."""

    least: float  # the least count (inf when there is none)
    ordered: bool  # every row's columns increase (sorted, none twice)


@dataclass(frozen=True)
class Postings:
    """The rows of one piece of term counts that hold each column, for every column
    but ``skipped`` (those in many rows): ``columns`` sorted, the rows of
    ``columns[k]`` are ``rows[offsets[k]:offsets[k + 1]]`` (ascending)."""

    columns: Ints
    offsets: Ints
    rows: Ints
    skipped: Ints

    @staticmethod
    def of(ids: Ints, offsets: Ints) -> Postings:
        """The postings of term counts' columns ``ids`` (rows cut by ``offsets``)."""
        bounds: I64 = np.asarray(offsets, np.int64)
        n = bounds.size - 1
        row = np.repeat(np.arange(n, dtype=np.int64), np.diff(bounds))
        ids = np.asarray(ids, np.int64)
        cut = MARGIN * max(FLOOR, SHARE * n)
        columns, df = np.unique(ids, return_counts=True)  # a row holds a column once or more
        skipped = columns[df > cut]
        kept = ~np.isin(ids, skipped)
        order = np.argsort(ids[kept], kind="stable")  # entries are in row order
        found, starts = np.unique(ids[kept][order], return_index=True)
        ends = np.append(starts, order.size)
        return Postings(found, ends, row[kept][order], skipped)

    def holding(self, wanted: Ints) -> tuple[I64, I64] | None:
        """Every (row, column) entry whose column is one of ``wanted`` (unique), as
        rows and columns; None when one of them is ``skipped`` (read the entries)."""
        wanted = np.asarray(wanted, np.int64)
        if np.isin(wanted, self.skipped).any():
            return None
        at = np.searchsorted(self.columns, wanted)
        hit = at < self.columns.size
        hit[hit] = self.columns[at[hit]] == wanted[hit]
        bounds = np.asarray(self.offsets, np.int64)
        lo = bounds[at[hit]]
        lengths: I64 = bounds[at[hit] + 1] - lo
        starts = np.repeat(lo - np.cumsum(lengths) + lengths, lengths)
        entries = starts + np.arange(int(lengths.sum()), dtype=np.int64)
        return np.asarray(self.rows, np.int64)[entries], np.repeat(wanted[hit], lengths)
