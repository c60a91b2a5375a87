"""Score cleaning of whole web pages against page gold (the scraped-real schema).

A page gold file maps a page's file name to ``{url, body, titles, site, site_alts,
published}``; the ``.txt`` scrape and the ``.html.gz`` page of one page share an
entry (keys match on the file stem).  Scores, averaged over pages:

- ``body_recall``: share of the gold body's sentences (4+ words) found in retold's body;
- ``body_precision``: share of retold's body lines (4+ words) found in the gold body;
- ``title``: retold's title equals one of ``titles`` (case, spaces, quote marks aside);
- ``outlet``: retold's outlet starts a label of the URL's domain, or equals ``site`` or
  one of ``site_alts`` (a leading "The", case and punctuation aside);
- ``published``: within one day of the gold date (pages whose metadata has one);
  ``published_precision``: the same, over the pages where retold gave a date.

Text comparisons ignore whitespace, as the gold puts spaces at inline-tag edges.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

from retold.eval.gold import Gold
from retold.records import Article, Origin

_SENTENCE_END = re.compile(r"(?<=[.!?…])[\"”’)\]]*\s+|\n+")
_QUOTES = re.compile(r"[\"'“”‘’«»`´]")
_NON_ALNUM = re.compile(r"[\W_]+")
MIN_WORDS = 4


def is_page_gold(gold: Gold) -> bool:
    """Whether ``gold`` is in the page schema (a list of acceptable titles and a body)."""
    return any("titles" in label and "body" in label for label in gold.articles.values())


def page_key(name: str) -> str:
    """'3f1c.txt', '3f1c.html.gz' -> '3f1c'."""
    return Path(name).name.split(".")[0]


@dataclass
class PageScores:
    """Per-metric values, one per scored page, and the misses behind them."""

    values: dict[str, list[float]] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)

    def add(self, metric: str, value: float, detail: str = "") -> None:
        self.values.setdefault(metric, []).append(value)
        if value < 1.0 and detail:
            self.misses.append(f"{metric}: {detail}")

    def scores(self) -> dict[str, float]:
        return {m: sum(v) / len(v) for m, v in sorted(self.values.items()) if v}

    def counts(self) -> dict[str, int]:
        return {m: len(v) for m, v in sorted(self.values.items())}


def score_pages(gold: Gold, articles: list[Article], rejected: list[Origin]) -> PageScores:
    scores = PageScores()
    found = {page_key(a.origin.path): a for a in articles}
    refused = {page_key(o.path) for o in rejected}
    for name, label in sorted(gold.articles.items()):
        key = page_key(name)
        if key not in found and key not in refused:
            continue  # not in this input (the text or the HTML half only)
        article = found.get(key)
        scores.add("pages_found", float(article is not None), f"{key}: rejected")
        if article is not None:
            score_page(scores, key, label, article)
    return scores


def score_page(scores: PageScores, key: str, label: dict[str, Any], article: Article) -> None:
    gold_body = label.get("body") or ""
    if gold_body.strip():
        recall, precision = body_overlap(gold_body, article.body)
        scores.add("body_recall", recall, f"{key}: {recall:.2f}")
        if precision is not None:
            scores.add("body_precision", precision, f"{key}: {precision:.2f}")
    titles = label.get("titles") or []
    if titles:
        ok = title_matches(article.title, titles)
        scores.add("title", float(ok), f"{key}: {article.title!r} not in {titles[:2]!r}")
    ok = outlet_matches(article.outlet, label.get("url"), label.get("site"), label.get("site_alts"))
    scores.add("outlet", float(ok), f"{key}: {article.outlet!r} != {label.get('site')!r}")
    if label.get("published"):
        ok = near_date(article.published, label["published"])
        detail = f"{key}: {article.published} != {label['published']}"
        scores.add("published", float(ok), detail)
        if article.published:
            scores.add("published_precision", float(ok), detail)


def _squash(text: str) -> str:
    return "".join(text.split())


def gold_sentences(body: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(body) if len(s.split()) >= MIN_WORDS]


def body_overlap(gold_body: str, body: str) -> tuple[float, float | None]:
    """(recall of gold sentences, precision of retold's lines); precision is None when
    retold kept no line of 4+ words."""
    squashed_gold, squashed_body = _squash(gold_body), _squash(body)
    sentences = gold_sentences(gold_body)
    recall = (
        sum(_squash(s) in squashed_body for s in sentences) / len(sentences) if sentences else 1.0
    )
    lines = [ln for ln in body.split("\n") if len(ln.split()) >= MIN_WORDS]
    if not lines:
        return recall, None
    return recall, sum(_squash(ln) in squashed_gold for ln in lines) / len(lines)


def _title_key(text: str) -> str:
    return " ".join(_QUOTES.sub("", text).split()).casefold()


def title_matches(title: str | None, titles: list[str]) -> bool:
    return bool(title) and _title_key(title or "") in {_title_key(t) for t in titles}


def _folds(name: str) -> set[str]:
    """A name's letters and digits, with and without a leading "The" ("The Hill" is
    "thehill" as a site and "hill" as a name)."""
    words = _NON_ALNUM.sub(" ", name.casefold()).split()
    found = {"".join(words)}
    if len(words) > 1 and words[0] == "the":
        found.add("".join(words[1:]))
    return found - {""}


def outlet_matches(
    outlet: str | None, url: str | None, site: str | None, alts: list[str] | None
) -> bool:
    keys = _folds(outlet or "")
    host = (urlsplit(url).hostname or "") if url else ""
    labels = [label for label in host.removeprefix("www.").split(".")[:-1] if label]
    if any(label.startswith(key) for label in labels for key in keys):
        return True
    return bool(keys & set().union(*(_folds(name) for name in [site or "", *(alts or [])])))


def near_date(found: str | None, gold: str) -> bool:
    if not found:
        return False
    try:
        return abs((date.fromisoformat(found) - date.fromisoformat(gold[:10])).days) <= 1
    except ValueError:
        return False
