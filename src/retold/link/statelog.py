"""The story state's shared part (edges, days, stories, frequencies, vocabularies) as a
log of what each run changed, so that a run writes what it changes, not the whole.

Rows are named by a serial, given once to each row (``storystate`` keeps it beside the
row's terms): a row's position in id order moves whenever a new id sorts before it, its
serial never does.  A ``Log`` holds edges (by their ends' serials) with their cosines,
probabilities and channels, which drop the edges of the same ends before them (a run
that scores an edge again moves it to the end of its edges, whether its values change
or not: one moved as it was is held by its ends alone, ``unchanged``, and ``merge``
reads its values in the logs before), the edges of earlier logs it drops outright
(``gone``), the days and stories it sets, and the terms it adds to the vocabularies.
The first log is the base: it sets every row and holds the frequencies of the last
full run.  Applied in turn, the logs give the edges in the order the run
left them, each row's last day and story, and the vocabularies: ``shared`` turns them,
over the rows' serials in id order, into the arrays ``StoryState.shared_bytes`` holds.
``change`` is what a run changed from the state it read (None when it is no growth of
it: a full run, or other frequencies), ``merge`` two consecutive logs in one.  An edge
is named by its ends (``keys``): a state holds each pair once (``graph.Edges``), which
``change`` checks of the edges a run adds or moves.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import reduce
from typing import Any

import numpy as np

from retold.link.packing import narrow, pack, read_strings, strings, unpack
from retold.link.state import FORMAT, StoryState
from retold.link.vectors import F32, I64, Frequencies

LOG_FORMAT = "retold.story-log.v1"
_NONE = np.zeros(0, np.int64)


@dataclass(frozen=True)
class Log:
    """What runs changed in the shared part, rows by serial."""

    meta: dict[str, Any]  # version, full_run_size, heaviest: the state's after the run
    gone: I64  # keys (``keys``) of earlier logs' edges this one drops (and holds none of)
    edge_a: I64  # serials
    edge_b: I64
    edge_cos: F32
    edge_p: F32
    channels: F32 | None  # names and numbers cosines (m x 2)
    day_rows: I64  # serials whose effective day this log sets ...
    day_values: I64  # ... to these
    story_rows: I64  # serials whose story this log sets ...
    story_values: np.ndarray  # ... to these (an object array of str)
    full_vocab: I64  # the terms added to the vocabularies (the base: every term)
    title_vocab: I64
    idf: tuple[Frequencies, Frequencies] | None  # the base only: the last full run's
    # the edges moved as they were: their values are their key's in the logs before
    # (not held; zero until ``merge`` reads them there); None: none
    unchanged: np.ndarray | None = None

    @property
    def base(self) -> bool:
        return self.idf is not None

    def size(self) -> int:
        """Entries held (about its bytes): what the parts' merging weighs."""
        vocab = self.full_vocab.size + self.title_vocab.size
        return self.gone.size + self.edge_a.size + self.day_rows.size + self.story_rows.size + vocab

    def to_bytes(self) -> bytes:
        held = slice(None) if self.unchanged is None else ~self.unchanged
        arrays: dict[str, Any] = {
            "meta": np.array(json.dumps({**self.meta, "format": LOG_FORMAT})),
            "gone": self.gone,
            "edge_a": narrow(self.edge_a),
            "edge_b": narrow(self.edge_b),
            "edge_cos": self.edge_cos[held].astype(np.float32),
            "edge_p": self.edge_p[held].astype(np.float32),
            "day_rows": narrow(self.day_rows),
            "day_values": narrow(self.day_values),
            "story_rows": narrow(self.story_rows),
            "story_values": strings(self.story_values.tolist()),
            "full_vocab": self.full_vocab,
            "title_vocab": self.title_vocab,
        }
        if self.channels is not None:
            moved = self.unchanged
            channels = self.channels if moved is None else _rows(self.channels, ~moved)
            arrays["edge_channels"] = channels.astype(np.float32)
        if self.unchanged is not None:
            arrays["unchanged"] = self.unchanged.astype(np.uint8)
        if self.idf is not None:
            arrays["idf_docs"] = np.array(self.idf[0].n_docs)
            arrays["idf_full"] = narrow(self.idf[0].df)
            arrays["idf_title"] = narrow(self.idf[1].df)
        return pack(arrays)

    @staticmethod
    def from_bytes(data: bytes) -> Log:
        z = unpack(data, LOG_FORMAT)
        meta = json.loads(str(z["meta"]))
        del meta["format"]
        idf = None
        if "idf_docs" in z:
            docs = int(z["idf_docs"])
            full, title = (
                Frequencies(z[k].astype(np.int64), docs) for k in ("idf_full", "idf_title")
            )
            idf = (full, title)
        unchanged = z["unchanged"].astype(bool) if "unchanged" in z else None
        cos, p, channels = z["edge_cos"], z["edge_p"], z.get("edge_channels")
        if unchanged is not None:  # zero where the logs before hold them
            cos, p = _spread(cos, unchanged), _spread(p, unchanged)
            channels = None if channels is None else _spread(channels, unchanged)
        return Log(
            meta,
            z["gone"].astype(np.int64),
            z["edge_a"].astype(np.int64),
            z["edge_b"].astype(np.int64),
            cos,
            p,
            channels,
            z["day_rows"].astype(np.int64),
            z["day_values"].astype(np.int64),
            z["story_rows"].astype(np.int64),
            np.array(read_strings(z["story_values"]), dtype=object),
            z["full_vocab"].astype(np.int64),
            z["title_vocab"].astype(np.int64),
            idf,
            unchanged,
        )


def _spread(values: np.ndarray, unchanged: np.ndarray) -> np.ndarray:
    """``values`` of the edges not ``unchanged``, zero at the others."""
    out = np.zeros((unchanged.size, *values.shape[1:]), values.dtype)
    out[~unchanged] = values
    return out


def keys(a: I64, b: I64) -> I64:
    """One int per edge, of its ends' serials (in its order)."""
    return (a.astype(np.int64, copy=False) << 32) | b.astype(np.int64, copy=False)


def _meta(state: StoryState) -> dict[str, Any]:
    meta: dict[str, Any] = {"version": state.version, "full_run_size": state.full_run_size}
    if state.heaviest is not None:
        meta["heaviest"] = state.heaviest
    return meta


def whole(state: StoryState, serials: I64) -> Log:
    """The base log of ``state`` (rows sorted by id, of these ``serials``)."""
    return Log(
        _meta(state),
        _NONE,
        serials[state.edge_a],
        serials[state.edge_b],
        state.edge_cos,
        state.edge_p,
        state.edge_channels,
        serials,
        state.days,
        serials,
        np.array(state.story_of, dtype=object),
        state.terms.full.vocab,
        state.terms.title.vocab,
        state.idf,
    )


def change(old: Log, state: StoryState, serials: I64) -> Log | None:
    """What ``state`` (rows sorted by id, of these ``serials``) changed from the base
    log ``old`` (every log applied): its edges after those it keeps of ``old``'s, in
    order, and the days and stories that differ; None when it is no growth of ``old``
    (other frequencies, a vocabulary not extended, channels kept or not anew, an edge
    twice).  Where each edge was among ``old``'s is the run's word
    (``StoryState.edge_source``, checked: the same ends and values there), or else
    found by its ends."""
    vocabs = (old.full_vocab, state.terms.full.vocab), (old.title_vocab, state.terms.title.vocab)
    if not _same_idf(old, state) or not all(_extends(a, b) for a, b in vocabs):
        return None
    if (old.channels is None) != (state.edge_channels is None):
        return None
    a, b = serials[state.edge_a], serials[state.edge_b]
    known, found = keys(old.edge_a, old.edge_b), keys(a, b)
    top = int(old.day_rows.max(initial=-1)) + 1  # the base sets every row
    head = None
    at = state.edge_source
    if at is not None and at.size == found.size and int(at.max(initial=-1)) < known.size:
        head = _head(old, state, (known, found), at, (a >= top) | (b >= top))
    if head is None:  # no run's word for it, or not the edges it grew: found by ends
        at = _positions(known, found)
        head = None if at is None else _head(old, state, (known, found), at, None)
    if head is None or at is None:
        return None
    k, dropped, equal = head
    shifted = at[k:] >= 0
    dropped[at[k:][shifted]] = False  # a key a log holds drops the key's edge before
    was = np.minimum(serials, max(top - 1, 0))
    fresh = serials >= top
    day_old, story_old = _by_serial(old, top)
    days = fresh | (day_old[was] != state.days) if top else fresh | True
    stories = np.array(state.story_of, dtype=object)
    moved = fresh | (story_old[was] != stories) if top else fresh | True
    return Log(
        _meta(state),
        known[dropped],
        a[k:],
        b[k:],
        state.edge_cos[k:],
        state.edge_p[k:],
        None if state.edge_channels is None else state.edge_channels[k:],
        serials[days],
        state.days[days],
        serials[moved],
        stories[moved],
        state.terms.full.vocab[old.full_vocab.size :],
        state.terms.title.vocab[old.title_vocab.size :],
        None,
        shifted & equal[k:],
    )


def _head(
    old: Log, state: StoryState, ends: tuple[I64, I64], at: I64, fresh: np.ndarray | None
) -> tuple[int, np.ndarray, np.ndarray] | None:
    """How many of the state's edges lead it as they were, in order, among ``old``'s
    (``at``: where each was, -1 nowhere), and a mask of ``old``'s edges the others
    drop, and which edges have the values of the edge ``at`` names; None unless each
    edge's key is once in the state (with ``fresh``: each edge
    of a fresh row, checked for those said to be new, and the others said to be moved;
    without, ``at`` was found by key, once each)."""
    known, found = ends
    held = at >= 0
    where = np.where(held, at, 0)
    values: list[tuple[np.ndarray, np.ndarray]] = [(known, found), (old.edge_cos, state.edge_cos)]
    values.append((old.edge_p, state.edge_p))
    if old.channels is not None and state.edge_channels is not None:
        values.append((old.channels, state.edge_channels))
    for before, now in values:
        held &= _rows_equal(_rows(before, where), now)
    equal = held.copy()
    held[1:] &= at[1:] > at[:-1]
    k = int(np.argmin(held)) if not held.all() else held.size
    dropped = np.ones(known.size, bool)
    dropped[at[:k]] = False
    if fresh is not None:
        tail, ranked = at[k:], np.sort(found[k:])
        moved = tail >= 0
        if not fresh[k:][~moved].all() or not dropped[tail[moved]].all():
            return None
        if not _rows_equal(known[tail[moved]], found[k:][moved]).all():
            return None
        if ranked.size > 1 and bool((ranked[1:] == ranked[:-1]).any()):
            return None
    return k, dropped, equal


def _same_idf(old: Log, state: StoryState) -> bool:
    if old.idf is None:
        return False
    pairs = zip(old.idf, state.idf, strict=True)
    return all(x.n_docs == y.n_docs and np.array_equal(x.df, y.df) for x, y in pairs)


def _extends(old: I64, new: I64) -> bool:
    return new.size >= old.size and bool(np.array_equal(new[: old.size], old))


def _rows_equal(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Per entry (per row of a 2-d array): equal.  A 2-d array's columns are joined
    one by one: ``all(axis=1)`` over a few columns is an order of magnitude slower."""
    same: np.ndarray = np.equal(a, b)
    if same.ndim == 1:
        return same
    return reduce(
        np.logical_and, (same[:, j] for j in range(same.shape[1])), np.ones(len(same), bool)
    )


def _rows(values: np.ndarray, at: np.ndarray) -> np.ndarray:
    """The rows of ``values`` that ``at`` (indices, or a mask) names: ``np.take`` and
    ``np.compress`` copy a 2-d array's rows (the channels) about ten times faster than
    indexing does."""
    if at.dtype == bool:
        return np.compress(at, values, axis=0)
    return np.take(values, at, axis=0)


def _positions(old: I64, new: I64) -> I64 | None:
    """Where each of the ``new`` keys is among the ``old`` (-1: not there); None when
    a key is there twice."""
    order = np.argsort(old, kind="stable")
    ranked = old[order]
    if ranked.size > 1 and bool((ranked[1:] == ranked[:-1]).any()):
        return None
    ranked_new = np.sort(new)
    if ranked_new.size > 1 and bool((ranked_new[1:] == ranked_new[:-1]).any()):
        return None
    if not ranked.size:
        return np.full(new.size, -1, np.int64)
    i = np.minimum(np.searchsorted(ranked, new), ranked.size - 1)
    return np.where(ranked[i] == new, order[i], -1).astype(np.int64)


def _by_serial(log: Log, top: int) -> tuple[I64, np.ndarray]:
    """Each serial's day and story (of a base log: it sets every row)."""
    day = np.full(top, -1, np.int64)
    day[log.day_rows] = log.day_values
    story = np.full(top, None, dtype=object)
    story[log.story_rows] = log.story_values
    return day, story


def merge(x: Log, y: Log) -> Log:
    """The log that does what ``x`` then ``y`` do (``y``'s edges moved as they were
    take their values from ``x`` where it holds them: from the base, always)."""
    if y.base:
        return y
    y = _read_unchanged(x, y)
    keep = ~_among(x.edge_a, x.edge_b, np.concatenate([y.gone, keys(y.edge_a, y.edge_b)]))
    gone = _NONE  # the base holds every edge: what ``y`` drops of it is dropped here
    if not x.base:  # the edges ``y`` drops that ``x`` did not add are older ones
        older = ~_among(y.gone >> 32, y.gone & 0xFFFFFFFF, keys(x.edge_a, x.edge_b))
        gone = np.concatenate([x.gone, y.gone[older]])
    channels = None
    if x.channels is not None and y.channels is not None:
        channels = np.concatenate([_rows(x.channels, keep), y.channels])
    day_rows, day_values = _last(x.day_rows, x.day_values, y.day_rows, y.day_values)
    story_rows, story_values = _last(x.story_rows, x.story_values, y.story_rows, y.story_values)
    return Log(
        y.meta,
        gone,
        np.concatenate([x.edge_a[keep], y.edge_a]),
        np.concatenate([x.edge_b[keep], y.edge_b]),
        np.concatenate([x.edge_cos[keep], y.edge_cos]),
        np.concatenate([x.edge_p[keep], y.edge_p]),
        channels,
        day_rows,
        day_values,
        story_rows,
        story_values,
        np.concatenate([x.full_vocab, y.full_vocab]),
        np.concatenate([x.title_vocab, y.title_vocab]),
        x.idf,
        _unchanged(x, y, keep),
    )


def _unchanged(x: Log, y: Log, keep: np.ndarray) -> np.ndarray | None:
    """The edges of ``x`` (those ``keep`` marks) and ``y`` moved as they were."""
    if x.unchanged is None and y.unchanged is None:
        return None
    before = np.zeros(x.edge_a.size, bool) if x.unchanged is None else x.unchanged
    after = np.zeros(y.edge_a.size, bool) if y.unchanged is None else y.unchanged
    unchanged = np.concatenate([before[keep], after])
    return unchanged if unchanged.any() else None


def _read_unchanged(x: Log, y: Log) -> Log:
    """``y`` with the values of its edges moved as they were that ``x`` holds;
    ValueError when ``x`` is the base and does not hold one."""
    if y.unchanged is None or not y.unchanged.any():
        return y
    refs = np.flatnonzero(y.unchanged)
    at = _where(x.edge_a, x.edge_b, keys(y.edge_a[refs], y.edge_b[refs]))
    if x.unchanged is not None:  # moved as they were in ``x`` too: older still
        at[at >= 0] = np.where(x.unchanged[at[at >= 0]], -1, at[at >= 0])
    found = at >= 0
    if x.base and not found.all():
        raise ValueError("story state log moves an edge not saved")
    to, source = refs[found], at[found]
    cos, p = np.array(y.edge_cos), np.array(y.edge_p)
    cos[to], p[to] = x.edge_cos[source], x.edge_p[source]
    channels = None
    if y.channels is not None and x.channels is not None:
        channels = np.array(y.channels)
        channels[to] = _rows(x.channels, source)
    unchanged = np.array(y.unchanged)
    unchanged[to] = False
    return replace(y, edge_cos=cos, edge_p=p, channels=channels, unchanged=unchanged)


def _where(a: I64, b: I64, listed: I64) -> I64:
    """Where each ``listed`` key is among the edges of ends ``a``, ``b`` (-1: not
    there), looked up only at the edges with an end the listed ones have."""
    at = np.full(listed.size, -1, np.int64)
    if not listed.size or not a.size:
        return at
    ends = listed >> 32
    marked = np.zeros(max(int(a.max()), int(ends.max())) + 1, bool)
    marked[ends] = True
    maybe = np.flatnonzero(marked[a])
    if not maybe.size:
        return at
    found = keys(a[maybe], b[maybe])
    order = np.argsort(found)
    i = np.minimum(np.searchsorted(found[order], listed), maybe.size - 1)
    hit = found[order[i]] == listed
    at[hit] = maybe[order[i[hit]]]
    return at


def _among(a: I64, b: I64, listed: I64) -> np.ndarray:
    """Which edges (of ends ``a``, ``b``) are ``listed`` (by key): looked up only at
    the edges with an end the listed ones have (few: a batch's)."""
    found = np.zeros(a.size, bool)
    if not listed.size or not a.size:
        return found
    ends = listed >> 32
    top = max(int(a.max()), int(ends.max())) + 1
    marked = np.zeros(top, bool)
    marked[ends] = True
    maybe = np.flatnonzero(marked[a])
    found[maybe] = np.isin(keys(a[maybe], b[maybe]), listed)
    return found


def _last(rows: I64, values: np.ndarray, later: I64, set_later: np.ndarray) -> tuple[I64, Any]:
    """Each row's value, the ``later`` ones over the others (rows sorted)."""
    every = np.concatenate([later, rows])
    found, first = np.unique(every, return_index=True)
    return found, np.concatenate([set_later, values])[first]


def combine(logs: Sequence[Log]) -> Log:
    """Every log applied in turn (the first is the base): the later ones merged first,
    so that the base's edges are looked through once."""
    if not logs or not logs[0].base:
        raise ValueError("story state log has no base")
    if len(logs) == 1:
        return logs[0]
    return merge(logs[0], reduce(merge, logs[1:]))


def shared(log: Log, serials: I64) -> dict[str, Any]:
    """The shared arrays (as ``StoryState.shared_bytes`` holds them, the stories as an
    object array) of the base ``log`` over rows of these ``serials``, sorted by id;
    ValueError when the log names a row there is none of."""
    if log.idf is None:
        raise ValueError("story state log has no base")
    if log.unchanged is not None and log.unchanged.any():
        raise ValueError("story state log moves an edge not saved")
    top = max(int(a.max(initial=-1)) for a in (serials, log.edge_a, log.edge_b, log.day_rows)) + 1
    top = max(top, int(log.story_rows.max(initial=-1)) + 1)
    where = np.full(top, -1, np.int64)
    where[serials] = np.arange(serials.size)
    day, story = _by_serial(log, top)
    edge_a, edge_b = where[log.edge_a], where[log.edge_b]
    story_of = story[serials]
    if (edge_a < 0).any() or (edge_b < 0).any() or any(s is None for s in story_of.tolist()):
        raise ValueError("story state log names a row not saved")
    arrays: dict[str, Any] = {
        "meta": np.array(json.dumps({**log.meta, "format": FORMAT})),
        "story_of": story_of,
        "edge_a": edge_a,
        "edge_b": edge_b,
        "edge_cos": log.edge_cos,
        "edge_p": log.edge_p,
        "days": day[serials],
        "idf_docs": np.array(log.idf[0].n_docs),
        "idf_full": log.idf[0].df,
        "idf_title": log.idf[1].df,
        "full_vocab": log.full_vocab,
        "title_vocab": log.title_vocab,
    }
    if log.channels is not None:
        arrays["edge_names"] = log.channels[:, 0]
        arrays["edge_numbers"] = log.channels[:, 1]
    return arrays
