"""CPU seconds of the coverage stage's clause reading at two ``nlp.pipe`` batch sizes,
taken in turn in one process (session 21, speed41): the passages ``settle`` hands the
parser on a run over CORPUS are recorded, then read again and again at each size.

    PYTHONPATH=src:bench .venv/bin/python bench/batch_ab.py CORPUS [--sizes 64 256] \
        [--rounds 6] [--threads]

Prints each round's seconds, the median per size, the ratio of the medians (the
first size over each other) and whether every size gave the same clauses.  Thread pools
are pinned to one thread, as a run pins BLAS (``pipeline.run``); ``--threads`` leaves
them as they start, which is how a batch of 64 once seemed 1.4x slower than one of 256
(BLAS threads woken for each small product; pinned, the two take the same time).
"""

import sys

from measure import pin_one_thread

if "--threads" not in sys.argv:
    pin_one_thread()  # before numpy loads

import argparse
import statistics
import tempfile
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import retold.coverage.clauses as clauses
from retold.analyze import load_nlp
from retold.config import load_settings
from retold.pipeline import RunOptions, run
from retold.store import open_store


def passages(corpus: Path) -> list[str]:
    """The texts the coverage stage asks main clauses of, on a run over ``corpus``."""
    asked: list[str] = []
    real = clauses.ClauseReader.read

    def recording(self: clauses.ClauseReader, texts: Sequence[str], batch_size: int = 64) -> Any:
        asked.extend(texts)
        return real(self, texts, batch_size)

    clauses.ClauseReader.read = recording  # type: ignore[method-assign]
    try:
        with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "run.db") as store:
            run([corpus], store, RunOptions.from_settings(load_settings(None)))
    finally:
        clauses.ClauseReader.read = real  # type: ignore[method-assign]
    return asked


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--sizes", type=int, nargs="+", default=[64, 256])
    parser.add_argument("--rounds", type=int, default=6)
    parser.add_argument("--threads", action="store_true", help="leave thread pools unpinned")
    args = parser.parse_args()
    texts = passages(args.corpus)
    nlp = load_nlp()
    reader = clauses.ClauseReader(lambda: nlp)
    seconds: dict[int, list[float]] = {size: [] for size in args.sizes}
    read = {size: reader.read(texts, size) for size in args.sizes}  # warm, and compared
    for k in range(args.rounds):
        order = args.sizes if k % 2 == 0 else args.sizes[::-1]
        for size in order:
            start = time.process_time()
            reader.read(texts, size)
            seconds[size].append(time.process_time() - start)
        print(k, " ".join(f"{s}: {seconds[s][-1]:.3f}" for s in args.sizes), flush=True)
    first = args.sizes[0]
    medians = {s: statistics.median(v) for s, v in seconds.items()}
    print(f"{len(texts)} passages, {sum(map(len, texts))} characters")
    for size in args.sizes:
        ratio = medians[first] / medians[size]
        print(f"batch {size:5d}: median {medians[size]:.3f} s CPU, {first}/{size} {ratio:.2f}")
    print("same clauses:", all(read[s] == read[first] for s in args.sizes))


if __name__ == "__main__":
    main()
