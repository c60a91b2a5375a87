"""The story state in the store (``link.state``), kept in parts so that a batch writes
what it changes, not the whole state again.

The state is kept as bytes (``Store.put_blob``): ``STORY_STATE`` holds a header line
(JSON: the numbers of the row parts and of the log parts); each ``stories.rows.N``
holds the rows of some articles (``StoryState.row_bytes``: terms, heaviest terms,
title, dates, names, and each row's serial), which stand between full runs; each
``stories.log.N`` holds what a run changed in the shared part (``statelog.Log``:
edges, days, stories, vocabularies, by the rows' serials), the first one all of it.
A run that recomputed every story writes every row again, in one part, and the
shared part whole, in one log; any other adds a part of the rows the saved parts lack
and a log of what it changed, then merges the last two parts (and the last two logs)
while the last is at least half the size of the one before it: there are O(log n)
parts, and a row (or an edge) is written O(log n) times in all.  A part is written
under a number no header names yet, before the header that names it; the parts the
header no longer names are dropped after it: a run cut short leaves the state it
found.  ``load`` reads every part (decompressed, not decoded from text), applies the
logs in turn and sorts the rows by id as it joins them, in one copy (the parts' rows
are each sorted, so they interleave in runs; the full-text term counts, the largest,
are numbered in id order, not copied: ``vectors.PendingCounts``); the run's merge
inserts its new rows the same way.  A state saved by earlier versions (the shared part whole after the header,
rows without serials; or as text, ``Store.put_state``: whole, or in base64 parts) is
read, and written again in one part and one log; the text is dropped after the header
that replaces it.
"""

from __future__ import annotations

import base64
import json
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retold.link import statelog
from retold.link.state import Rows, StoryState, read_rows, state_of
from retold.link.statelog import Log
from retold.link.vectors import I64
from retold.logparts import merge_tail
from retold.store.base import Store

STORY_STATE = "stories"
ROW_PART = "stories.rows."
LOG_PART = "stories.log."

Part = tuple[int, tuple[str, ...]]
"""A row part: its number and the ids of its rows (sorted)."""

LogPart = tuple[int, Log]
"""A part of the shared log: its number and what it holds."""


@dataclass(frozen=True)
class Saved:
    """The saved state and the parts it was read from: row parts, and, when its rows
    were saved with serials, their serials (in id order) and the shared part's logs."""

    state: StoryState
    parts: tuple[Part, ...]
    serials: I64 | None = None
    logs: tuple[LogPart, ...] = ()
    log: Log | None = None  # the logs applied in turn


def load(store: Store) -> Saved | None:
    """The saved state; None when there is none, ValueError when what is saved is not
    one (or a part of it is missing)."""
    value = store.get_blob(STORY_STATE)
    if value is None:
        return _load_text(store)
    cut = value.index(b"\n")
    header = json.loads(value[:cut])
    numbers = [int(n) for n in header["parts"]]
    parts = [_part(store, ROW_PART, n) for n in numbers]
    if "logs" not in header:  # the shared part whole, read in place (most of the value)
        state, ids = StoryState.from_parts(memoryview(value)[cut + 1 :], parts)
        return Saved(state, tuple(zip(numbers, ids, strict=True)))
    logs = tuple((int(n), Log.from_bytes(_part(store, LOG_PART, n))) for n in header["logs"])
    log = statelog.combine([log for _, log in logs])
    rows = read_rows(parts, (log.full_vocab, log.title_vocab))
    joined = Rows.join(rows)
    if joined.serials is None:
        raise ValueError("story state rows saved without serials")
    state = state_of(statelog.shared(log, joined.serials), joined)
    held = tuple(zip(numbers, (r.ids for r in rows), strict=True))
    return Saved(state, held, joined.serials, logs, log)


def _part(store: Store, prefix: str, number: int) -> bytes:
    part = store.get_blob(f"{prefix}{number}")
    if part is None:
        raise ValueError(f"story state part {prefix}{number} is missing")
    return part


def _load_text(store: Store) -> Saved | None:
    """A state as earlier versions saved it, as text (no parts to keep: every row is
    written again)."""
    value = store.get_state(STORY_STATE)
    if not value:
        return None
    if not value.startswith("{"):  # kept whole
        return Saved(StoryState.from_bytes(base64.b64decode(value)), ())
    header, _, shared = value.partition("\n")
    parts = []
    for number in json.loads(header)["parts"]:
        part = store.get_state(f"{ROW_PART}{number}")
        if part is None:
            raise ValueError(f"story state row part {number} is missing")
        parts.append(base64.b64decode(part))
    return Saved(StoryState.from_parts(base64.b64decode(shared), parts)[0], ())


def save(store: Store, state: StoryState, saved: Saved | None, whole: bool) -> None:
    """Save ``state``, read from ``saved`` (None: every row is written); ``whole``:
    every story was recomputed (and every row's heaviest terms with it)."""
    state = state.in_order()
    serials = None if whole or saved is None else _serials(state.ids, saved)
    held = () if saved is None else saved.parts
    parts = layout(state.ids, held, serials is None)
    kept = () if saved is None else saved.logs
    changed = None
    if serials is None:
        serials = np.arange(len(state.ids), dtype=np.int64)
    elif saved is not None and saved.log is not None:
        changed = statelog.change(saved.log, state, serials)
    if changed is None:
        logs = log_layout(kept, statelog.whole(state, serials), whole=True)
    else:
        logs = log_layout(kept, changed)
    written = {number for number, _ in held}
    for number, ids in parts:
        if number not in written:  # a part's ids are sorted, as the state's are
            rows = np.array([bisect_left(state.ids, i) for i in ids], np.int64)
            store.put_blob(f"{ROW_PART}{number}", state.row_bytes(rows, serials[rows]))
    logged = {number for number, _ in kept}
    for number, log in logs:
        if number not in logged:
            store.put_blob(f"{LOG_PART}{number}", log.to_bytes())
    numbers = {"parts": [n for n, _ in parts], "logs": [n for n, _ in logs]}
    store.put_blob(STORY_STATE, json.dumps(numbers).encode("utf-8") + b"\n")
    for prefix, named_parts in ((ROW_PART, parts), (LOG_PART, logs)):
        named = {f"{prefix}{number}" for number, _ in named_parts}
        for name in store.blob_names(prefix):
            if name not in named:
                store.drop_blob(name)
    for name in _text_names(store):
        store.drop_state(name)


def _serials(ids: Sequence[str], saved: Saved) -> I64 | None:
    """Each of ``ids``' (sorted) serial: the saved rows' own, the others' new (in id
    order); None when the saved rows have none, or one of them is not in ``ids``.  The
    saved rows are sorted too, so they take their serials in turn around the new ones,
    found by set difference and placed by bisection (no Python pass over every id)."""
    if saved.serials is None or saved.log is None:
        return None
    fresh = sorted(set(ids).difference(saved.state.ids))
    if len(ids) - len(fresh) != len(saved.state.ids):
        return None
    new = np.zeros(len(ids), bool)
    new[[bisect_left(ids, i) for i in fresh]] = True
    serials = np.empty(len(ids), np.int64)
    serials[~new] = saved.serials
    start = int(saved.serials.max(initial=-1)) + 1
    serials[new] = np.arange(start, start + len(fresh))
    return serials


def log_layout(saved: Sequence[LogPart], log: Log, whole: bool = False) -> tuple[LogPart, ...]:
    """The ``saved`` logs and ``log`` (alone when ``whole``: a base), the last two merged
    while the last is at least half the size of the one before.  A part made here has a
    number above every saved one."""
    number = max((n for n, _ in saved), default=-1) + 1
    logs = [] if whole else list(saved)
    logs.append((number, log))
    merge_tail(logs, Log.size, lambda older, newer, _: statelog.merge(older[1], newer[1]))
    return tuple(logs)


def drop(store: Store) -> None:
    """Drop the saved state (the next run clusters every article afresh); the row
    parts no header names are dropped by the next save."""
    store.drop_blob(STORY_STATE)
    for name in _text_names(store):
        store.drop_state(name)


def _text_names(store: Store) -> list[str]:
    """The names of a state saved as text."""
    names = store.state_names(STORY_STATE)
    return [n for n in names if n == STORY_STATE or n.startswith(ROW_PART)]


def layout(ids: Sequence[str], saved: Sequence[Part], whole: bool = False) -> tuple[Part, ...]:
    """The parts that hold each of ``ids`` (sorted) once: the ``saved`` ones and one of
    the ids they lack, the last two merged while the last is at least half the one
    before; or, ``whole`` (or when a saved part holds an id not in ``ids``), one part of
    them all.  A part made here has a number above every saved one."""
    held = {i for _, part in saved for i in part}
    fresh = tuple(i for i in ids if i not in held)
    parts = [] if whole or len(held) + len(fresh) != len(ids) else list(saved)
    if not parts:
        fresh = tuple(ids)
    number = max((n for n, _ in saved), default=-1) + 1
    if fresh or not parts:  # a state of no rows has one part, of none
        parts.append((number, fresh))
    merge_tail(parts, len, lambda older, newer, _: tuple(sorted(older[1] + newer[1])))
    return tuple(parts)


def saved_bytes(store: Store) -> int:
    """Bytes the saved story state takes, all parts (a state saved as text: decoded)."""
    blobs = [store.get_blob(name) or b"" for name in store.blob_names(STORY_STATE)]
    value = store.get_state(STORY_STATE) or ""
    text = value.partition("\n")[2] if value.startswith("{") else value
    parts = [store.get_state(name) or "" for name in store.state_names(ROW_PART)]
    return sum(map(len, blobs)) + sum(len(base64.b64decode(t)) for t in [text, *parts])
