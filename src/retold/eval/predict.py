"""What the quote scores read: retold's output for a corpus, made in one of two ways.

* ``pipeline_prediction`` (the default, the real product): ``retold analyze`` into a
  throwaway database, so statements are grouped inside the stories retold found and
  uncredited copies rest on the copy links retold found.
* ``oracle_prediction``: the same quotes, but statements grouped inside the *gold*
  stories and the gold duplicate groups used as copy links; the score then isolates
  statement matching and crediting from story clustering and copy detection.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from retold.analyze import ArticleAnalysis, analyze_articles, load_nlp
from retold.compare import MatchOptions, StatementGroup, compare_story
from retold.compare.across import join_stories
from retold.compare.partial import speakers_words
from retold.eval.gold import Gold, gold_key
from retold.pipeline import RunOptions, run
from retold.records import Article, Finding
from retold.store import open_store

Mode = Literal["pipeline", "oracle"]


@dataclass(frozen=True)
class Prediction:
    mode: Mode
    articles: list[Article]
    analyses: list[ArticleAnalysis]
    groups: list[StatementGroup]
    uncredited: frozenset[str]  # subjects of ``uncredited_copy`` findings
    altered_findings: int  # ``quote_altered`` findings


def pipeline_prediction(inputs: list[Path]) -> Prediction:
    """Everything ``retold analyze`` stores: its stories, copy links, groups, findings."""
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "eval.db") as store:
        run(inputs, store, RunOptions())
        articles = [s.article for s in store.articles()]
        return Prediction(
            "pipeline",
            articles,
            store.analyses([a.id for a in articles]),
            store.statement_groups(),
            frozenset(f.subject for f in store.findings(kind="uncredited_copy")),
            len(store.findings(kind="quote_altered")),
        )


def oracle_prediction(gold: Gold, inputs: list[Path], nlp: Any = None) -> Prediction:
    """retold's quotes, grouped and credited inside the gold stories and copy links."""
    from retold.eval.clean import run_pipeline

    articles, _ = run_pipeline(inputs)
    analyses = analyze_articles(articles, nlp if nlp is not None else load_nlp())
    keyed = {gold_key(a.origin, inputs[0]): a for a in articles}
    links = _gold_links(gold, keyed)
    groups: list[StatementGroup] = []
    findings: list[Finding] = []
    match = MatchOptions()
    for story, spec in gold.raw.get("stories", {}).items():
        members = [keyed[k] for k in spec.get("articles", []) if k in keyed]
        ids = {a.id for a in members}
        inside = [a for a in analyses if a.article in ids]
        story_analyses = speakers_words(inside, match.vocabulary, match.aliases)
        own = {a.article: a for a in story_analyses}
        analyses = [own.get(a.article, a) for a in analyses]
        story_links = [link for link in links if link[0] in ids and link[1] in ids]
        found, story_findings = compare_story(members, story_analyses, story_links, story, match)
        groups += found
        findings += story_findings
    quotes = {q.id: q for analysis in analyses for q in analysis.quotes}
    groups = join_stories(groups, quotes, {a.id: a for a in articles})
    uncredited = frozenset(f.subject for f in findings if f.kind == "uncredited_copy")
    altered = sum(1 for f in findings if f.kind == "quote_altered")
    return Prediction("oracle", articles, analyses, groups, uncredited, altered)


def _gold_links(gold: Gold, keyed: dict[str, Article]) -> list[tuple[str, str, str]]:
    """The gold duplicate groups as (original, copy, kind) copy links."""
    return [
        (keyed[spec["original"]].id, keyed[member].id, "rewrite" if kind == "rewrite" else "near")
        for spec in gold.raw.get("dup_groups", {}).values()
        for member, kind in spec.get("members", {}).items()
        if kind != "original" and member in keyed and spec.get("original") in keyed
    ]
