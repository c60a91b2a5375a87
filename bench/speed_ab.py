"""Base against branch, alternating: ``same_output.py --stages`` on one corpus, each run
in its own process, base and branch in turn, so that the load of a shared machine falls
on both.  Prints each run's stage seconds, then the median of each side and the ratio
base / branch (above 1: the branch is faster), and whether every export was identical.

    PYTHONHASHSEED=0 .venv/bin/python bench/speed_ab.py BASE_SRC BRANCH_SRC CORPUS \
        [--pairs 3] [--out DIR]

BASE_SRC and BRANCH_SRC are ``src`` folders of two trees (``git archive`` the base into a
scratch folder).  PYTHONHASHSEED is passed on (0 when unset) so that the exports compare.
"""

from __future__ import annotations

import argparse
import filecmp
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def one_run(src: Path, corpus: Path, out: Path) -> dict[str, float]:
    env = dict(os.environ, PYTHONPATH=f"{src}{os.pathsep}{HERE}")
    env.setdefault("PYTHONHASHSEED", "0")
    done = subprocess.run(
        [sys.executable, str(HERE / "same_output.py"), str(corpus), str(out), "--stages"],
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )
    stages: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return stages


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("base", type=Path)
    parser.add_argument("branch", type=Path)
    parser.add_argument("corpus", type=Path)
    parser.add_argument("--pairs", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None, help="keep the exports here")
    args = parser.parse_args()
    runs: dict[str, list[dict[str, float]]] = {"base": [], "branch": []}
    with tempfile.TemporaryDirectory() as tmp:
        folder = args.out or Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        exports: list[Path] = []
        for pair in range(args.pairs):
            for side, src in (("base", args.base), ("branch", args.branch)):
                out = folder / f"{side}-{pair}.json"
                stages = one_run(src, args.corpus, out)
                runs[side].append(stages)
                exports.append(out)
                print(side, json.dumps(stages), flush=True)
        same = all(filecmp.cmp(exports[0], e, shallow=False) for e in exports[1:])
    medians = {
        side: {k: statistics.median(r[k] for r in rs) for k in rs[0]} for side, rs in runs.items()
    }
    for key in medians["base"]:
        b, n = medians["base"][key], medians["branch"][key]
        ratio = b / n if n > 0 else float("inf")
        print(f"{key:14s} base {b:7.3f}  branch {n:7.3f}  ratio {ratio:5.2f}")
    print("exports identical:", same)


if __name__ == "__main__":
    main()
