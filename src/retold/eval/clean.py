"""Score cleaning against gold: outlets, titles, dates, datelines, furniture, kept text."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retold.eval.gold import Gold, gold_key, same_outlet
from retold.pipeline import RunOptions, run
from retold.records import Article, Origin
from retold.store import open_store


@dataclass
class CleanScores:
    """Counts behind each score, so a report can say '44/45' and not just '0.98'."""

    hits: dict[str, int] = field(default_factory=dict)
    totals: dict[str, int] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, metric: str, ok: bool, detail: str = "") -> None:
        self.totals[metric] = self.totals.get(metric, 0) + 1
        self.hits[metric] = self.hits.get(metric, 0) + int(ok)
        if not ok and detail:
            self.misses.append(f"{metric}: {detail}")

    def scores(self) -> dict[str, float]:
        return {m: self.hits[m] / self.totals[m] for m in sorted(self.totals) if self.totals[m]}


def run_pipeline(inputs: list[Path]) -> tuple[list[Article], list[Origin]]:
    """Analyse ``inputs`` into a throwaway database; the articles and rejected origins."""
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "eval.db") as store:
        summary = run(inputs, store, RunOptions(link=False, quotes=False))
        articles = [s.article for s in store.articles()]
    return articles, [r.origin for r in summary.rejected]


def score_clean(
    gold: Gold, root: Path, articles: list[Article], rejected: list[Origin]
) -> CleanScores:
    scores = CleanScores()
    found = {gold_key(a.origin, root): a for a in articles}
    rejected_keys = {gold_key(o, root) for o in rejected}
    for key, label in sorted(gold.articles.items()):
        if label.get("reject"):
            scores.add(
                "rejections", key in rejected_keys or key.split("#")[0] in rejected_keys, key
            )
            continue
        article = found.get(key)
        scores.add("articles_found", article is not None, key)
        if article is not None:
            _score_article(scores, key, label, article, gold)
    return scores


def _score_article(
    scores: CleanScores, key: str, label: dict[str, Any], a: Article, gold: Gold
) -> None:
    scores.add(
        "outlet",
        same_outlet(a.outlet, label.get("outlet"), gold.outlet_aliases),
        f"{key}: {a.outlet!r} != {label.get('outlet')!r}",
    )
    scores.add(
        "title",
        (a.title or None) == label.get("title"),
        f"{key}: {a.title!r} != {label.get('title')!r}",
    )
    scores.add(
        "published",
        a.published == label.get("published"),
        f"{key}: {a.published} != {label.get('published')}",
    )
    if "dateline" in label:
        place = a.dateline.place if a.dateline else None
        scores.add(
            "dateline", place == label["dateline"], f"{key}: {place!r} != {label['dateline']!r}"
        )
    body = a.body.casefold()
    for text in label.get("boilerplate", []):
        scores.add("furniture_removed", text.casefold() not in body, f"{key}: {text[:70]!r}")
    for text in label.get("body_must_contain", []):
        scores.add("text_kept", text in a.body, f"{key}: {text[:70]!r}")
    if label.get("title"):
        scores.add("title_not_in_body", label["title"] not in a.body, key)
