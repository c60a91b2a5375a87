"""What one incremental batch reads of the story state, and what it needs of it.

Prints, for a copy of a base (``slope.py build``) and the pool's next ``--size``
articles: the saved state's parts (compressed and raw bytes, the raw bytes of each
group of arrays: term counts, strings, ragged rows, serials) and logs; then, for one
batch, the rows each step reads the terms of (``rows_only``: the rows whose full-text
vectors are computed; ``_pattern_within``: the rows with a term in a column the pair
search asks about; ``featured``: the rows whose lists and titles the edges' features
read; ``region``; the rows ``build_stories`` reads, and of those the members of the
stories it builds: all it would read were the other stories' centroids kept), and how
many blocks of ``K`` consecutive rows (id order) those rows fall in, for a few ``K``:
what a state stored in blocks by id, read by the blocks a batch touches, would read.

    python bench/statereads.py ../scale33-scratch/v50k.db --size 100
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
from slope import copy_base, lines, noted, options

from retold import storystate
from retold.link import graph, incremental, summary, vectors
from retold.link import state as state_module
from retold.link import stories as story_module
from retold.link.packing import unpack
from retold.link.state import FORMAT
from retold.pipeline import run
from retold.store import open_store

GROUPS = {
    "kept": ("full_least", "full_ordered", "has_body"),  # ``state._facts``, has_body
    "full terms": ("full_",),
    "title terms": ("title_",),
    "tops": ("top_",),
    "strings": ("ids", "published", "titles"),
    "ragged": ("mention", "year", "yearless", "headline_name", "name"),
    "serials": ("serials",),
}


def state_bytes(db: Path) -> dict[str, Any]:
    """The saved state's parts: bytes stored and decompressed, by group of arrays."""
    groups = dict.fromkeys(GROUPS, 0)
    out: dict[str, Any] = {"row_parts": [], "log_bytes": [0, 0]}
    with open_store(db) as store:
        for name in sorted(store.blob_names(storystate.STORY_STATE)):
            blob = store.get_blob(name) or b""
            if name.startswith(storystate.LOG_PART):
                out["log_bytes"][0] += len(blob)
                out["log_bytes"][1] += int.from_bytes(blob[19:27], "little")
            elif name.startswith(storystate.ROW_PART):
                z = unpack(blob, FORMAT)
                for key, value in z.items():
                    group = next((g for g, p in GROUPS.items() if key.startswith(p)), "other")
                    groups[group] = groups.get(group, 0) + value.nbytes
                out["row_parts"].append([name, len(z["full_offsets"]) - 1, len(blob)])
    out["raw_by_group"] = groups
    return out


def touched(db: Path, size: int) -> dict[str, Any]:
    """One batch of ``size`` on a copy of ``db``: the rows each step reads the terms of."""
    note = json.loads(noted(db).read_text())
    source, at = Path(note["pool"]), int(note["n"])
    seen: dict[str, Any] = {}

    def spy(module: Any, name: str, record: Callable[..., None]) -> Callable[..., Any]:
        real = getattr(module, name)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            result = real(*args, **kwargs)
            record(result, *args)
            return result

        setattr(module, name, wrapped)
        return real

    def add(key: str, rows: Any) -> None:
        seen.setdefault(key, set()).update(np.asarray(rows, np.int64).tolist())

    def on_merge(corpus: Any, *_: Any) -> None:
        seen["n"] = len(corpus.ids)
        add("new", corpus.new_rows)

    def on_pattern(matrix: Any, *_: Any) -> None:
        add("pattern", np.flatnonzero(np.diff(matrix.indptr) > 0))

    def on_featured(_: Any, ch: Any, edges: Any, around: Any, *rest: Any) -> None:
        add("featured", np.concatenate([around[0], around[1], edges[0], edges[1]]))

    def on_selected(chosen: Any, *_: Any) -> None:
        _, label, want, _ = chosen
        add("records' own", np.flatnonzero(want[label]))

    hooks = [
        (summary, "_selected", on_selected),
        (story_module, "merge", on_merge),
        (vectors, "_pattern_within", on_pattern),
        (graph, "rows_only", lambda _, counts, freqs, ind, rows, *r: add("vectors", rows)),
        (story_module, "featured", on_featured) if hasattr(story_module, "featured") else None,
        (graph, "featured", on_featured),
        (incremental, "featured", on_featured),
        (story_module, "region", lambda rows, *_: add("region", rows)),
        (summary, "built_rows", lambda rows, *_: add("records", rows)),
        (story_module, "built_rows", lambda rows, *_: add("records", rows)),
    ]
    reals = [(h[0], h[1], spy(*h)) for h in hooks if h is not None and hasattr(h[0], h[1])]
    try:
        with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
            work = copy_base(db, Path(tmp))
            path = Path(tmp) / "batch.jsonl"
            path.write_text("".join(lines(source, at, at + size)))
            with open_store(work) as store:
                run([path], store, options())
    finally:
        for module, name, real in reals:
            setattr(module, name, real)
    n = int(seen.pop("n"))
    rows = {k: np.array(sorted(v), np.int64) for k, v in seen.items()}
    full = np.union1d(rows.get("vectors", []), rows.get("pattern", [])).astype(np.int64)
    records = rows.get("records", np.zeros(0, np.int64))
    rows["full terms"] = full
    aside = np.union1d(np.setdiff1d(full, records), rows["new"])
    rows["full terms, records aside"] = aside.astype(np.int64)
    own = rows.get("records' own", np.zeros(0, np.int64))
    rows["full terms, centroids kept"] = np.union1d(aside, own).astype(np.int64)
    return {
        "rows": n,
        "read": {k: int(v.size) for k, v in rows.items()},
        "blocks_touched (of 256, 1024, 4096 rows)": {
            k: [int(np.unique(v // size).size) for size in (256, 1024, 4096)]
            for k, v in rows.items()
        },
        "blocks": [-(-n // size) for size in (256, 1024, 4096)],
    }


def load_seconds(db: Path, rounds: int) -> dict[str, Any]:
    """The state of ``db`` saved whole twice (counts as float32, as main wrote them, and
    as this tree writes them), then each loaded in turn ``rounds`` times: bytes stored,
    and the least and median seconds of a load."""
    out: dict[str, Any] = {}
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        base = copy_base(db, Path(tmp))
        with open_store(base) as store:
            saved = storystate.load(store)
        assert saved is not None
        works = {}
        for name, counts in (("float32", lambda values: values), ("written", None)):
            works[name] = Path(tmp) / name
            works[name].mkdir()
            work = copy_base(base, works[name])
            real = state_module.whole_counts
            state_module.whole_counts = counts or real
            try:
                with open_store(work) as store:
                    storystate.save(store, saved.state, None, True)
                    out[name] = {"bytes": storystate.saved_bytes(store), "seconds": []}
            finally:
                state_module.whole_counts = real
            works[name] = work
        for _ in range(rounds):
            for name, work in works.items():
                with open_store(work) as store:
                    start = time.perf_counter()
                    storystate.load(store)
                    out[name]["seconds"].append(time.perf_counter() - start)
    for found in out.values():
        seconds = found.pop("seconds")
        found["least"], found["median"] = min(seconds), statistics.median(seconds)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--size", type=int, default=100)
    parser.add_argument("--loads", type=int, default=0, help="time loads, counts two ways")
    parser.add_argument("--bytes", action="store_true", help="the state's bytes alone")
    args = parser.parse_args()
    if args.loads:
        print(json.dumps(load_seconds(args.db, args.loads)))
        return
    with tempfile.TemporaryDirectory(dir=args.db.parent) as tmp:  # the base stays unread
        state = state_bytes(copy_base(args.db, Path(tmp)))
    batch = None if args.bytes else touched(args.db, args.size)
    print(json.dumps({"state": state, "batch": batch}))


if __name__ == "__main__":
    main()
