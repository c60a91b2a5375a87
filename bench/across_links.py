"""Every join of statement groups across stories, to read one by one.

    python bench/across_links.py SNAP.pickle [--gold GOLD] [--oracle] [--words N ...]

``SNAP.pickle`` is a ``bench/group_links.py snapshot``.  Each story is grouped again
(``compare_story``), then ``join_stories`` joins groups across stories with
``AcrossOptions.words`` set to each N given; every joined statement is printed: its
groups (story, speaker, whether it is the lead, the gold statements of its members
when ``--gold`` is given) and each group's direct wordings.  With ``--gold`` the quote
scores (fidelity, B-cubed) are printed too, as ``retold.eval.quotes`` computes them.
"""

from __future__ import annotations

import argparse
import pickle
import sys
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from group_links import _gold_statements, _stories

from retold.compare import MatchOptions, StatementGroup, compare_story
from retold.compare.across import AcrossOptions, join_stories
from retold.eval.gold import gold_key, load_gold
from retold.eval.predict import Prediction
from retold.eval.quotes import run


def grouped(data: dict[str, Any], oracle: bool, gold: Any) -> list[StatementGroup]:
    """Every story's statement groups, as the pipeline makes them."""
    articles = {a.id: a for a in data["articles"]}
    analysis_of = {a.article: a for a in data["analyses"]}
    match, groups = MatchOptions(), []
    for story, ids in _stories(data, oracle, gold):
        members = [articles[a] for a in ids if a in articles]
        if len(members) > 1:
            analyses = [analysis_of[a.id] for a in members]
            groups += compare_story(members, analyses, [], story, match)[0]
    return groups


def show(data: dict[str, Any], groups: list[StatementGroup], words: int, gold: Any) -> None:
    articles = {a.id: a for a in data["articles"]}
    quotes = {q.id: q for a in data["analyses"] for q in a.quotes}
    joined = join_stories(groups, quotes, articles, AcrossOptions(words=words))
    statement_of: dict[str, tuple[str, str]] = {}
    if gold is not None:
        root = Path(data["input"])
        keyed = {gold_key(a.origin, root): a for a in articles.values()}
        statement_of = _gold_statements(gold, keyed, {a.article: a for a in data["analyses"]})
    by_statement: dict[str, list[StatementGroup]] = {}
    for g in joined:
        if g.statement:
            by_statement.setdefault(g.statement, []).append(g)
    print(f"### words >= {words}: {len(by_statement)} statements joined across stories")
    for statement, members in sorted(by_statement.items()):
        print(f"== {statement}")
        for g in members:
            golds = sorted({statement_of.get(o.quote, ("-",))[0] for o in g.occurrences})
            lead = "LEAD" if g.id == statement else "    "
            print(f"  {lead} {g.story} {g.speaker} gold={','.join(golds)}")
            for o in g.occurrences:
                if o.kind == "direct":
                    print(f"      [{o.fidelity}] {o.text[:200]}")
    if gold is not None:
        mode = "pipeline"
        predicted = Prediction(
            mode, list(articles.values()), data["analyses"], joined, frozenset(), 0
        )
        scores = run(gold, Path(data["input"]), predicted).scores()
        keys = ("fidelity_accuracy", "grouping_b3_precision", "grouping_b3_recall")
        print("  ".join(f"{k} {scores[k]:.4f}" for k in keys))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("snapshot", type=Path)
    parser.add_argument("--gold", type=Path)
    parser.add_argument("--oracle", action="store_true")
    parser.add_argument("--words", type=int, nargs="*", default=[AcrossOptions().words])
    args = parser.parse_args()
    data = pickle.loads(args.snapshot.read_bytes())
    gold = load_gold(args.gold) if args.gold else None
    groups = grouped(data, args.oracle, gold)
    for words in args.words:
        show(data, groups, words, gold)


if __name__ == "__main__":
    main()
