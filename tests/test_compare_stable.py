"""Statement grouping does not depend on hash order: the same story, grouped in
processes with different ``PYTHONHASHSEED`` values, gives the same groups, the same
grades and the same link scores to the last bit (a score at a link bar must not fall
on either side of it by the order in which a set was summed)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from retold.compare.grouping import MatchOptions, link_pairs, prepare_items, weights_for
from test_compare_statements import ARTICLES

SCRIPT = """
import sys
sys.path.insert(0, {tests!r})
from test_compare_stable import dump
print(dump())
"""


def dump() -> str:
    """Link scores and groups of the invented story of ``test_compare_statements``."""
    from retold.analyze import QuoteOptions, analyze_articles
    from retold.compare import match_statements

    analyses = analyze_articles(ARTICLES, None, QuoteOptions())
    options = MatchOptions()
    items = prepare_items(analyses, options)
    links = link_pairs(items, weights_for(ARTICLES, options), options)
    lines = [f"{items[i].quote.id} {items[j].quote.id} {score!r}" for score, i, j in links]
    for group in match_statements(ARTICLES, analyses, options=options):
        lines += [f"{group.id} {o.quote} {o.fidelity} {o.similarity!r}" for o in group.occurrences]
    return "\n".join(lines)


def run(seed: str) -> str:
    tests = str(Path(__file__).resolve().parent)
    env = {**os.environ, "PYTHONHASHSEED": seed}
    script = SCRIPT.format(tests=tests)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, check=True
    )
    return done.stdout


def test_grouping_is_the_same_under_any_hash_seed() -> None:
    first = run("1")
    assert first.strip()
    assert all(run(seed) == first for seed in ("2", "3"))
