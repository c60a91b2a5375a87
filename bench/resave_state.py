"""A copy of a base (``slope.py build``) whose story state is saved again, whole, by
this tree's code: the state a full run of this code would have written (its row part
with what this code keeps with the rows), for timing batches that read it.

    python bench/resave_state.py ../scale33-scratch/v50k.db /tmp/bases
"""

from __future__ import annotations

import argparse
import shutil
from pathlib import Path

from slope import copy_base, noted

from retold import storystate
from retold.store import open_store


def resave(db: Path, into: Path) -> Path:
    """``db`` copied into ``into`` (its note too), its story state read and saved whole."""
    into.mkdir(parents=True, exist_ok=True)
    copy = copy_base(db, into)
    shutil.copy(noted(db), noted(copy))
    with open_store(copy) as store:
        saved = storystate.load(store)
        if saved is None:
            raise SystemExit(f"{db}: no story state")
        storystate.save(store, saved.state, None, True)
    return copy


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("into", type=Path)
    args = parser.parse_args()
    print(resave(args.db, args.into))


if __name__ == "__main__":
    main()
