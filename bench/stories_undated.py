"""Stories on newsdev and the examples with every publication date removed.

Feeds and scrapes without dates are real input: this shows what the clustering
loses when only the texts are left (B-cubed against each set's gold; the sets
are gate suites, used for choices).

    .venv/bin/python bench/stories_undated.py --shared ../shared
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from retold.eval.stories import bcubed, keys_for, load_articles, load_gold_stories
from retold.link.stories import cluster_stories

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    sets = {
        "newsdev": (args.shared / "eval/newsdev/gold.json", args.shared / "eval/newsdev/corpus"),
        "examples": (ROOT / "examples/gold.json", ROOT / "examples/corpus"),
    }
    for name, (gold_path, corpus) in sets.items():
        gold, _ = load_gold_stories(gold_path)
        articles, _ = load_articles([corpus])
        key = keys_for(articles, gold, corpus)
        for undated in (False, True):
            run = [replace(a, published=None) if undated else a for a in articles]
            got = cluster_stories(run).story_of
            s = bcubed({key[a]: story for a, story in got.items()}, gold)
            dates = "removed" if undated else "kept   "
            print(
                f"{name:8} dates {dates}  P {s['precision']:.4f} R {s['recall']:.4f} F1 {s['f1']:.4f}"
            )


if __name__ == "__main__":
    main()
