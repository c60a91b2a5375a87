"""Word counts (``rewrites.WordCounts``) kept in the store as a log of the counts each
run added, so a run writes about what its new articles add, not every count again.

The counts are saved as parts (``Store.put_blob``, named ``<state>.<number>``), each
the counts of some articles; the whole is their sum.  A header (``Store.put_state``
under ``<state>.parts``, JSON: ``{"parts": [[number, documents], ...]}``) names the
live parts.  A run writes its new part, then merges the last two while the last counts at
least half the documents of the one before (so there are O(log n) parts and each
document's counts are rewritten O(log n) times in all), writes the header last and
then drops the parts no header names: a run cut short before its header leaves the
counts it found.  Counts saved whole by earlier versions (base64 text under
``<state>``) are read as one part, and dropped once the log is saved (an earlier
version then finds no counts and counts every article again).
"""

from __future__ import annotations

import base64
import json
from collections.abc import Sequence

from retold.link.rewrites import WordCounts
from retold.logparts import merge_tail
from retold.store import Store

Part = tuple[int, WordCounts]


def load(store: Store, state: str) -> list[Part]:
    """The saved parts of ``state``'s counts, oldest first (none when nothing is saved,
    or a part the header names is missing)."""
    header = store.get_state(_header(state))
    if header is None:
        whole = store.get_state(state)  # saved whole by an earlier version
        return [(0, WordCounts.from_bytes(base64.b64decode(whole)))] if whole else []
    parts: list[Part] = []
    for number, _ in json.loads(header)["parts"]:
        data = store.get_blob(_name(state, number))
        if data is None:
            return []
        parts.append((number, WordCounts.from_bytes(data)))
    return parts


def saved_bytes(store: Store, state: str) -> int:
    """The bytes ``state``'s live parts take in the store."""
    header = store.get_state(_header(state))
    if header is None:
        return len(base64.b64decode(store.get_state(state) or ""))
    parts = json.loads(header)["parts"]
    return sum(len(store.get_blob(_name(state, n)) or b"") for n, _ in parts)


def total(parts: Sequence[Part]) -> WordCounts:
    """The sum of ``parts``' counts."""
    return WordCounts.summed([counts for _, counts in parts])


def save(store: Store, state: str, kept: Sequence[Part], added: WordCounts) -> None:
    """Save ``kept`` (parts already saved) with ``added`` after them: ``added``'s part
    and the merges it sets off are written, then the header, then the parts no longer
    named are dropped (``kept`` empty: ``added`` is the whole)."""
    names = set(store.blob_names(f"{state}."))
    left = [int(name.rpartition(".")[2]) for name in names]  # some by a run cut short
    number = max([n for n, _ in kept] + left, default=-1) + 1
    parts = merge_tail(
        [*kept, (number, added)],
        lambda counts: counts.n_docs,
        lambda older, newer, _: WordCounts.summed([older[1], newer[1]]),
    )
    for n, counts in parts:
        if _name(state, n) not in names:
            store.put_blob(_name(state, n), counts.to_bytes())
    store.put_state(_header(state), json.dumps({"parts": [[n, c.n_docs] for n, c in parts]}))
    named = {_name(state, n) for n, _ in parts}
    for name in sorted(names - named):
        store.drop_blob(name)
    if store.get_state(state) is not None:
        store.drop_state(state)


def _header(state: str) -> str:
    return f"{state}.parts"


def _name(state: str, number: int) -> str:
    return f"{state}.{number}"
