"""The readers of every row (``graph._has_body``, ``separable``, ``_all_sorted``) on a
saved state's rows, reading the values kept with the rows (body flags, each part's
least count and sortedness) and reading every row's terms, alternating, one process:
milliseconds (min, median) and whether both give the same.  The base's state must be
saved by this tree's code (``resave_state.py``) for the kept values to be there.

    python bench/rowreaders.py /tmp/bases/v50k.db --rounds 7
"""

from __future__ import annotations

import argparse
import statistics
import time
from dataclasses import replace
from pathlib import Path

import numpy as np

from retold import storystate
from retold.link import graph
from retold.link.features import StoryTerms
from retold.store import open_store


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path)
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    with open_store(args.db) as store:
        saved = storystate.load(store)
    if saved is None or saved.state.terms.has_body is None:
        raise SystemExit(f"{args.db}: no state with kept values (resave_state.py)")
    kept, freqs = saved.state.terms, saved.state.idf[0]
    bare = StoryTerms(replace(kept.full, facts=None), kept.title)
    seconds: dict[str, list[float]] = {"kept": [], "every row": []}
    answers = {}
    for _ in range(args.rounds):
        for name, terms in (("kept", kept), ("every row", bare)):
            start = time.perf_counter()
            body = graph._has_body(terms)
            answer = (graph.separable(terms.full, freqs), graph._all_sorted(terms.full))
            seconds[name].append(time.perf_counter() - start)
            answers[name] = (body.tobytes(), answer)
    print(
        len(saved.state),
        "rows; ms (min, median):",
        {
            k: (round(min(v) * 1e3, 2), round(statistics.median(v) * 1e3, 2))
            for k, v in seconds.items()
        },
        "same:",
        answers["kept"] == answers["every row"] and bool(np.all(kept.has_body == body)),
    )


if __name__ == "__main__":
    main()
