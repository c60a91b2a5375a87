"""Stories with and without the twin rule (``link/twins.py``): every article whose
story changed, with its gold label, day and title.

    PYTHONPATH=src python bench/twin_diff.py GOLD INPUT [--topics 1-27] [--days 14]

GOLD ``-`` clusters every article of INPUT (no labels).
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from dataclasses import replace
from pathlib import Path

from retold.eval.stories import keys_for, load_articles, load_gold_stories
from retold.link.stories import StoryOptions, cluster_stories


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("gold", type=Path)
    parser.add_argument("input", type=Path)
    parser.add_argument("--topics", default="")
    parser.add_argument("--days", type=float, default=14.0)
    args = parser.parse_args()
    gold, _ = load_gold_stories(args.gold) if args.gold.name != "-" else ({}, set())
    if args.topics:
        low, _, high = args.topics.partition("-")
        keep = range(int(low), int(high or low) + 1)
        gold = {k: v for k, v in gold.items() if int("".join(filter(str.isdigit, v))) in keep}
    articles, _ = load_articles([args.input])
    root = args.input if args.input.is_dir() else args.input.parent
    key = keys_for(articles, gold, root)
    if gold:
        articles = [a for a in articles if key[a.id] in gold]
    off = cluster_stories(articles, replace(StoryOptions(), twin_silence_days=float("inf")))
    on = cluster_stories(articles, replace(StoryOptions(), twin_silence_days=args.days))
    by_id = {a.id: a for a in articles}
    moved: dict[str, list[str]] = defaultdict(list)
    for article_id, story in off.story_of.items():
        if on.story_of[article_id] != story:
            moved[story].append(article_id)
    for story, ids in moved.items():
        print(f"story {story}:")
        for article_id in sorted(off.story_of, key=lambda i: by_id[i].published or ""):
            if off.story_of[article_id] == story:
                a = by_id[article_id]
                mark = "*" if article_id in ids else " "
                label = gold.get(key[article_id], "-")
                print(
                    f" {mark} {label:<8} {(a.published or '')[:10]} {on.story_of[article_id][:8]} {a.title!r:.90}"
                )


if __name__ == "__main__":
    main()
