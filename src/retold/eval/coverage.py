"""Coverage scores: framing terms and added context against gold (newsdev schema).

retold runs end to end (``retold analyze`` into a throwaway database: its own stories,
copies and quotes).  Then, per article:

* **framing**: every span of a ``framing`` finding's evidence (and each headline term
  in its details) is a predicted term of that article; a predicted term is right when
  it and one of the article's gold ``framing_terms`` contain one another, case aside
  ("shock" in "Doping Shock"); a gold term is found when some predicted term of its
  article matches it.
* **added context**: each ``added_context`` finding's paragraph is right when it is one
  of the article's gold ``context_added`` paragraphs.  The gold lists the paragraphs a
  framing comparison should surface, "selective, not exhaustive": a background
  paragraph the gold did not pick counts against precision.
* **primary source**: a story's ``primary_source`` finding is right when it names the
  gold ``origin_outlet`` of the gold story most of its articles belong to (outlet names
  compared with the gold's aliases); recall is over the gold stories.
* **evidence exact**: the share of all evidence spans (every finding kind) that are
  exactly their article's body between their offsets.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from retold.eval.gold import Gold, gold_key, load_gold, same_outlet
from retold.eval.report import print_report
from retold.pipeline import RunOptions, run
from retold.records import Article, Finding, Story
from retold.store import open_store

Term = tuple[str, str]  # (gold key, casefolded text)


@dataclass
class CoverageScores:
    counts: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, name: str, n: int = 1) -> None:
        self.counts[name] = self.counts.get(name, 0) + n

    def scores(self) -> dict[str, float]:
        c = self.counts.get
        return {
            "framing_precision": _ratio(c("framing_right", 0), c("framing_predicted", 0)),
            "framing_recall": _ratio(c("framing_found", 0), c("framing_gold", 0)),
            "added_precision": _ratio(c("added_right", 0), c("added_predicted", 0)),
            "added_recall": _ratio(c("added_found", 0), c("added_gold", 0)),
            "primary_source_precision": _ratio(c("source_right", 0), c("source_predicted", 0)),
            "primary_source_recall": _ratio(c("source_right", 0), c("source_gold", 0)),
            "evidence_exact": _ratio(c("evidence_exact", 0), c("evidence", 0)),
        }


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def score_coverage(
    gold: Gold,
    root: Path,
    articles: list[Article],
    findings: list[Finding],
    stories: list[Story],
) -> CoverageScores:
    keys = {a.id: gold_key(a.origin, root) for a in articles}
    scores = CoverageScores()
    sources = [f for f in findings if f.kind == "primary_source"]
    _score_sources(scores, gold, keys, sources, stories)
    _score_evidence(scores, articles, findings)
    _score_framing(scores, gold, keys, [f for f in findings if f.kind == "framing"])
    _score_added(scores, gold, keys, [f for f in findings if f.kind == "added_context"])
    return scores


def _score_evidence(
    scores: CoverageScores, articles: list[Article], findings: list[Finding]
) -> None:
    bodies = {a.id: a.body for a in articles}
    for finding in findings:
        for e in finding.evidence:
            scores.add("evidence")
            exact = bodies.get(e.article, "")[e.start : e.end] == e.text
            scores.add("evidence_exact", int(exact))
            if not exact:
                scores.misses.append(
                    f"evidence not exact: {finding.kind} {e.article} [{e.start}:{e.end}]"
                )


def _score_framing(
    scores: CoverageScores, gold: Gold, keys: dict[str, str], findings: list[Finding]
) -> None:
    predicted: set[Term] = set()
    for finding in findings:
        predicted |= {(keys[e.article], e.text.casefold()) for e in finding.evidence}
        titles = json.loads(finding.details_json).get("in_title", [])
        predicted |= {(keys[a], t.casefold()) for a in finding.articles for t in titles}
    expected = {
        (k, t.casefold())
        for k, label in gold.articles.items()
        for t in label.get("framing_terms") or []
    }
    _tally(scores, "framing", predicted, expected, _same_term)


def _tally(
    scores: CoverageScores,
    name: str,
    predicted: set[Term],
    expected: set[Term],
    same: Callable[[Term, Term], bool],
) -> None:
    """Precision counts over ``predicted``, recall counts over ``expected``."""
    for item in sorted(predicted):
        right = any(same(item, g) for g in expected)
        scores.add(f"{name}_predicted")
        scores.add(f"{name}_right", int(right))
        if not right:
            scores.misses.append(f"{name}, not in gold: {item[0]}: {item[1][:80]!r}")
    for item in sorted(expected):
        found = any(same(p, item) for p in predicted)
        scores.add(f"{name}_gold")
        scores.add(f"{name}_found", int(found))
        if not found:
            scores.misses.append(f"{name}, missed: {item[0]}: {item[1][:80]!r}")


def _same_term(a: Term, b: Term) -> bool:
    return a[0] == b[0] and (a[1] in b[1] or b[1] in a[1])


def _score_added(
    scores: CoverageScores, gold: Gold, keys: dict[str, str], findings: list[Finding]
) -> None:
    expected = {
        (k, " ".join(c["text"].split()))
        for k, label in gold.articles.items()
        for c in label.get("context_added") or []
    }
    predicted = {(keys[e.article], " ".join(e.text.split())) for f in findings for e in f.evidence}
    _tally(scores, "added", predicted, expected, lambda a, b: a == b)


def _score_sources(
    scores: CoverageScores,
    gold: Gold,
    keys: dict[str, str],
    findings: list[Finding],
    stories: list[Story],
) -> None:
    gold_stories = gold.raw.get("stories", {})
    scores.add("source_gold", sum(1 for s in gold_stories.values() if s.get("origin_outlet")))
    members = {s.id: s.articles for s in stories}
    for finding in findings:
        labels = Counter(
            gold.articles.get(keys.get(a, ""), {}).get("story")
            for a in members.get(finding.story or "", ())
        )
        label, _ = labels.most_common(1)[0] if labels else (None, 0)
        origin = gold_stories.get(label, {}).get("origin_outlet")
        right = origin is not None and same_outlet(finding.subject, origin, gold.outlet_aliases)
        scores.add("source_predicted")
        scores.add("source_right", int(right))
        if not right:
            scores.misses.append(f"primary source: {finding.summary!r}, gold {label}: {origin!r}")


def evaluate(gold_path: Path, input_path: Path) -> CoverageScores:
    """Analyse ``input_path`` into a throwaway database and score its coverage."""
    gold = load_gold(gold_path)
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "eval.db") as store:
        run([input_path], store, RunOptions())
        articles = [s.article for s in store.articles()]
        return score_coverage(gold, input_path, articles, store.findings(), store.stories())


def coverage_suite(gold_path: Path, input_path: Path) -> dict[str, float]:
    return evaluate(gold_path, input_path).scores()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("input", type=Path)
    parser.add_argument("--misses", action="store_true")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    result = evaluate(args.gold, args.input)
    print_report(
        result.scores(), result.counts, result.misses, as_json=args.json, show_misses=args.misses
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
