"""Every cross-article link statement grouping makes, to read one by one.

    python bench/group_links.py snapshot INPUT SNAP.pickle     # retold analyze once, kept
    python bench/group_links.py links SNAP.pickle --gold GOLD OUT.jsonl [--oracle]
    python bench/group_links.py show OUT.jsonl [--wrong]      # the links, readable
    python bench/group_links.py diff A.jsonl B.jsonl          # links in A and not in B

``snapshot`` runs ``retold analyze`` (the eval's ``pipeline_prediction``) and pickles
the articles, their analyses and the stories, so statement grouping can be run again
with the working tree's code in seconds.  ``links`` groups each story again
(``compare_story``, as the pipeline does; ``--oracle``: inside the gold stories),
prints the quote scores (fidelity, B-cubed) exactly as ``retold.eval.quotes`` computes
them, and writes one JSON line per merge the grouping made: the link's score and bar,
both wordings, their speakers, articles and gold statements (``same_gold``: both
wordings are gold occurrences and of one statement; ``None`` when either is not in the
gold), and the fidelity each member got against the group's original.
"""

from __future__ import annotations

import argparse
import json
import pickle
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from retold.analyze.records import ArticleAnalysis
from retold.compare import MatchOptions, StatementGroup, compare_story
from retold.compare.grouping import _bar, link_pairs, may_be_same, prepare_items, weights_for
from retold.eval.gold import gold_key, load_gold
from retold.eval.predict import Prediction, _gold_links
from retold.eval.quotes import QuoteScores, _gold_occurrences, _match, run
from retold.records import Article, Finding


def snapshot(input_path: Path, out: Path) -> int:
    """``retold analyze`` over ``input_path`` into a throwaway store; pickle what grouping reads."""
    from retold.pipeline import RunOptions
    from retold.pipeline import run as analyze
    from retold.store import open_store

    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "snap.db") as store:
        analyze([input_path], store, RunOptions())
        articles = [s.article for s in store.articles()]
        analyses = store.analyses([a.id for a in articles])
        stories = {s.id: list(s.articles) for s in store.stories()}
        links = [(c.original, c.copy, c.kind) for c in store.copies()]
    data = {"input": str(input_path), "articles": articles, "analyses": analyses}
    data |= {"stories": stories, "links": links}
    out.write_bytes(pickle.dumps(data))
    return len(articles)


def _stories(data: dict[str, Any], oracle: bool, gold: Any) -> Iterator[tuple[str, list[str]]]:
    if not oracle:
        yield from data["stories"].items()
        return
    keyed = {gold_key(a.origin, Path(data["input"])): a for a in data["articles"]}
    for story, spec in gold.raw.get("stories", {}).items():
        yield story, [keyed[k].id for k in spec.get("articles", []) if k in keyed]


def links(snap: Path, gold_path: Path, out: Path, oracle: bool) -> dict[str, float]:
    """Group every story again; write its merges to ``out``; return the quote scores."""
    data = pickle.loads(snap.read_bytes())
    gold, root = load_gold(gold_path), Path(data["input"])
    articles: dict[str, Article] = {a.id: a for a in data["articles"]}
    analysis_of: dict[str, ArticleAnalysis] = {a.article: a for a in data["analyses"]}
    keyed = {gold_key(a.origin, root): a for a in articles.values()}
    statement_of = _gold_statements(gold, keyed, analysis_of)
    copy = (
        _gold_links(gold, keyed)
        if oracle
        else [(o, c, k) for o, c, k in data["links"] if o in articles and c in articles]
    )
    groups: list[StatementGroup] = []
    findings: list[Finding] = []
    match = MatchOptions()
    with out.open("w", encoding="utf-8") as sink:
        for story, ids in _stories(data, oracle, gold):
            members = [articles[a] for a in ids if a in articles]
            if len(members) < 2:
                continue
            analyses = [analysis_of[a.id] for a in members]
            inside = {a.id for a in members}
            story_links = [x for x in copy if x[0] in inside and x[1] in inside]
            found, story_findings = compare_story(members, analyses, story_links, story, match)
            groups += found
            findings += story_findings
            for row in _merges(story, members, analyses, found, statement_of, match):
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
    predicted = Prediction(
        "oracle" if oracle else "pipeline",
        list(articles.values()),
        list(analysis_of.values()),
        groups,
        frozenset(f.subject for f in findings if f.kind == "uncredited_copy"),
        sum(1 for f in findings if f.kind == "quote_altered"),
    )
    scores = run(gold, root, predicted).scores()
    keys = ("fidelity_accuracy", "grouping_b3_precision", "grouping_b3_recall", "grouping_b3_f1")
    return {k: round(scores[k], 4) for k in keys}


def _gold_statements(
    gold: Any, keyed: dict[str, Article], analysis_of: dict[str, ArticleAnalysis]
) -> dict[str, tuple[str, str]]:
    """Quote id -> (gold statement, gold fidelity), as the scorer pairs them."""
    result = {}
    for key, occurrences in _gold_occurrences(gold, keyed).items():
        article = keyed.get(key)
        if article is None or article.id not in analysis_of:
            continue
        quotes = list(analysis_of[article.id].quotes)
        for g, q in _match(QuoteScores(), key, quotes, occurrences):
            result[q.id] = (g.quote, g.fidelity)
    return result


def _merges(
    story: str,
    members: list[Article],
    analyses: list[ArticleAnalysis],
    groups: list[StatementGroup],
    statement_of: dict[str, tuple[str, str]],
    options: MatchOptions,
) -> Iterator[dict[str, Any]]:
    """The merges ``cluster`` made (strongest first), each with both wordings."""
    items = prepare_items(analyses, options)
    pairs = link_pairs(items, weights_for(members, options), options)
    graded = {o.quote: (g, o) for g in groups for o in g.occurrences}
    outlet = {a.id: a.outlet for a in members}
    parent = list(range(len(items)))
    speakers = [{it.speaker} if it.speaker else set() for it in items]

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for score, i, j in pairs:
        ri, rj = root(i), root(j)
        union = speakers[ri] | speakers[rj]
        if ri == rj or any(not may_be_same(x, y) for x in union for y in union):
            continue
        parent[rj], speakers[ri] = ri, union
        a, b = items[i], items[j]
        ga, gb = statement_of.get(a.quote.id), statement_of.get(b.quote.id)
        group = graded[a.quote.id][0]
        yield {
            "story": story,
            "group": group.id,
            "score": round(score, 4),
            "bar": _bar(a, b, options),
            "same_gold": None if ga is None or gb is None else ga[0] == gb[0],
            "members": [_member(x, graded, statement_of, outlet, group) for x in (a, b)],
        }


def _member(item: Any, graded: Any, statement_of: Any, outlet: Any, group: Any) -> dict[str, Any]:
    q = item.quote
    gold = statement_of.get(q.id)
    return {
        "quote": q.id,
        "outlet": outlet.get(q.article),
        "kind": q.kind,
        "speaker": q.speaker,
        "original": q.id == group.original,
        "fidelity": graded[q.id][1].fidelity,
        "gold": gold[0] if gold else None,
        "gold_fidelity": gold[1] if gold else None,
        "text": q.text,
    }


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as source:
        for line in source:
            yield json.loads(line)


def _key(row: dict[str, Any]) -> tuple[str, str]:
    a, b = sorted(m["quote"] for m in row["members"])
    return a, b


def show(path: Path, wrong: bool, rows: Iterator[dict[str, Any]] | None = None) -> int:
    """Print each link (``wrong``: only those joining two gold statements or
    grading a gold occurrence other than its gold fidelity); return how many."""
    count = 0
    for row in rows if rows is not None else _rows(path):
        misgraded = any(m["gold_fidelity"] not in (None, m["fidelity"]) for m in row["members"])
        if wrong and row["same_gold"] is not False and not misgraded:
            continue
        count += 1
        print(
            f"== {row['story']} score {row['score']} bar {row['bar']} same_gold {row['same_gold']}"
        )
        for m in row["members"]:
            mark = "*" if m["original"] else " "
            print(
                f" {mark} {m['outlet']} | {m['kind']} {m['speaker']} | {m['fidelity']}"
                f" (gold {m['gold']} {m['gold_fidelity']}) | {m['text'][:300]}"
            )
    return count


def diff(a_path: Path, b_path: Path) -> int:
    """Print the links of ``a_path`` that ``b_path`` lacks."""
    b_keys = {_key(r) for r in _rows(b_path)}
    return show(a_path, False, (r for r in _rows(a_path) if _key(r) not in b_keys))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    s = sub.add_parser("snapshot")
    s.add_argument("input", type=Path)
    s.add_argument("out", type=Path)
    s = sub.add_parser("links")
    s.add_argument("snap", type=Path)
    s.add_argument("out", type=Path)
    s.add_argument("--gold", type=Path, required=True)
    s.add_argument("--oracle", action="store_true")
    s = sub.add_parser("show")
    s.add_argument("path", type=Path)
    s.add_argument("--wrong", action="store_true")
    s = sub.add_parser("diff")
    s.add_argument("a", type=Path)
    s.add_argument("b", type=Path)
    args = parser.parse_args(argv)
    if args.command == "snapshot":
        print(f"{snapshot(args.input, args.out)} articles")
    elif args.command == "links":
        print(json.dumps(links(args.snap, args.gold, args.out, args.oracle)))
    elif args.command == "show":
        print(f"{show(args.path, args.wrong)} links", file=sys.stderr)
    else:
        print(f"{diff(args.a, args.b)} links", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
