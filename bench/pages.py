"""Which tables a batch's writes go to: the pages of the SQLite WAL, by table.

``python bench/pages.py DB [--batches N] [--size 100]`` copies a base of ``slope.py``
(its pool and N noted beside it), adds batches of the pool's next articles with the WAL
checkpointed before each batch and never during it, then reads the WAL's frames: each
is one page written, and the checkpoint that follows writes each distinct page once.
Pages are named by the table or index that holds them after the batch (``dbstat``);
a page freed during the batch is ``(free)``.  Prints, per batch, the WAL bytes and the
distinct-page bytes of each table, largest first.
"""

from __future__ import annotations

import argparse
import json
import shutil
import struct
import sys
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any

from slope import lines, noted, options

from retold.pipeline import run
from retold.store import open_store

WAL_HEADER, FRAME_HEADER = 32, 24


def frames(wal: Path) -> tuple[int, list[int]]:
    """The page size and the page number of every frame of ``wal``."""
    data = wal.read_bytes()
    if len(data) < WAL_HEADER:
        return 4096, []
    size = struct.unpack(">I", data[8:12])[0]
    step = FRAME_HEADER + size
    return size, [
        struct.unpack(">I", data[at : at + 4])[0]
        for at in range(WAL_HEADER, len(data) - step + 1, step)
    ]


def by_table(store: Any, pages: Counter[int], size: int) -> dict[str, tuple[int, int]]:
    """Per table: (WAL bytes, distinct-page bytes) of ``pages`` (page -> frames)."""
    owner = dict(store.conn.execute("SELECT pageno, name FROM dbstat").fetchall())
    found: dict[str, list[int]] = {}
    for page, n in pages.items():
        into = found.setdefault(owner.get(page, "(free)"), [0, 0])
        into[0] += n * size
        into[1] += size
    return {k: (v[0], v[1]) for k, v in sorted(found.items(), key=lambda kv: -kv[1][0])}


def batches(db: Path, count: int, size: int) -> None:
    note = json.loads(noted(db).read_text())
    source, at = Path(note["pool"]), int(note["n"])
    with tempfile.TemporaryDirectory(dir=db.parent) as tmp:
        work = Path(tmp) / db.name
        shutil.copy(db, work)
        for k in range(count):
            path = Path(tmp) / f"batch{k}.jsonl"
            path.write_text("".join(lines(source, at + k * size, at + (k + 1) * size)))
            with open_store(work) as store:
                store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                store.conn.execute("PRAGMA wal_autocheckpoint=0")
                run([path], store, options())
                page_size, written = frames(Path(f"{work}-wal"))
                tables = by_table(store, Counter(written), page_size)
            total = len(written) * page_size
            print(json.dumps({"batch": k, "wal": total, "tables": tables}), flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--batches", type=int, default=2)
    parser.add_argument("--size", type=int, default=100)
    args = parser.parse_args()
    batches(args.db, args.batches, args.size)


if __name__ == "__main__":
    sys.exit(main())
