"""The story state in the store (``link.state``), kept in parts so that a batch writes
what it changes, not every article's terms again.

The state is kept as bytes (``Store.put_blob``): ``STORY_STATE`` holds a header line
(JSON: the numbers of the row parts) and the shared part (``StoryState.shared_bytes``:
edges, days, stories, frequencies, vocabularies); each ``stories.rows.N`` holds the
rows of some articles (``StoryState.row_bytes``: terms, heaviest terms, title, dates,
names), which stand between full runs.  A run that recomputed every story writes every
row again, in one part; any other adds a part of the rows the saved parts lack, then
merges the last two parts while the last holds at least half as many rows as the one
before it: there are O(log n) parts, and a row is written O(log n) times in all.  A
part is written under a number no header names yet, before the header that names it;
the parts the header no longer names are dropped after it: a run cut short leaves the
state it found.  ``load`` reads every part (decompressed, not decoded from text) and
sorts the rows by id as it joins them, in one copy (the parts' rows are each sorted,
so they interleave in runs); the run's merge inserts its new rows the same way.  A
state saved as text by earlier versions (``Store.put_state``: whole,
or in base64 parts) is read, and written again as bytes in one part; the text is
dropped after the header that replaces it.
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from retold.link.state import StoryState
from retold.store.base import Store

STORY_STATE = "stories"
ROW_PART = "stories.rows."

Part = tuple[int, tuple[str, ...]]
"""A row part: its number and the ids of its rows (sorted)."""


@dataclass(frozen=True)
class Saved:
    """The saved state and the row parts it was read from."""

    state: StoryState
    parts: tuple[Part, ...]


def load(store: Store) -> Saved | None:
    """The saved state; None when there is none, ValueError when what is saved is not
    one (or a part of it is missing)."""
    value = store.get_blob(STORY_STATE)
    if value is None:
        return _load_text(store)
    cut = value.index(b"\n")  # the shared part is read in place (it is most of the value)
    header, shared = value[:cut], memoryview(value)[cut + 1 :]
    numbers = [int(n) for n in json.loads(header)["parts"]]
    parts = []
    for number in numbers:
        part = store.get_blob(f"{ROW_PART}{number}")
        if part is None:
            raise ValueError(f"story state row part {number} is missing")
        parts.append(part)
    state, ids = StoryState.from_parts(shared, parts)
    return Saved(state, tuple(zip(numbers, ids, strict=True)))


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


def save(store: Store, state: StoryState, saved: Sequence[Part], whole: bool) -> None:
    """Save ``state``, read from the ``saved`` parts (none: every row is written);
    ``whole``: every story was recomputed (and every row's heaviest terms with it)."""
    parts = layout(state.ids, saved, whole)
    written = {number for number, _ in saved}
    row = {article: k for k, article in enumerate(state.ids)}
    for number, ids in parts:
        if number not in written:
            rows = np.array([row[i] for i in ids], np.int64)
            store.put_blob(f"{ROW_PART}{number}", state.row_bytes(rows))
    header = json.dumps({"parts": [number for number, _ in parts]}).encode("utf-8")
    store.put_blob(STORY_STATE, header + b"\n" + state.shared_bytes())
    named = {f"{ROW_PART}{number}" for number, _ in parts}
    for name in store.blob_names(ROW_PART):
        if name not in named:
            store.drop_blob(name)
    for name in _text_names(store):
        store.drop_state(name)


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
        number += 1
    while len(parts) >= 2 and 2 * len(parts[-1][1]) >= len(parts[-2][1]):
        merged = tuple(sorted(parts[-2][1] + parts[-1][1]))
        parts[-2:] = [(number, merged)]
        number += 1
    return tuple(parts)


def saved_bytes(store: Store) -> int:
    """Bytes the saved story state takes, all parts (a state saved as text: decoded)."""
    blobs = [store.get_blob(name) or b"" for name in store.blob_names(STORY_STATE)]
    value = store.get_state(STORY_STATE) or ""
    text = value.partition("\n")[2] if value.startswith("{") else value
    parts = [store.get_state(name) or "" for name in store.state_names(ROW_PART)]
    return sum(map(len, blobs)) + sum(len(base64.b64decode(t)) for t in [text, *parts])
