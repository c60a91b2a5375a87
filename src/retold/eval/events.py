"""Score stories' event dates against a newsdev-style gold file (``event_date`` per
article and per story).

The inputs are cleaned and clustered into stories as ``retold analyze`` does (no quote
analysis is needed), each story's event date is read from its ledes
(``coverage.events``), and:

* ``event_date_stories``: the share of gold stories whose date is right, a gold story
  taking the date most of its articles' stories give;
* ``event_date_articles``: the share of gold articles whose story's date is right;
* ``earliest_published_stories``: the same as the first, for the earliest publication
  date of each story, the answer without reading the text (a baseline, not a floor).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from retold.coverage.dates import DateReader
from retold.coverage.events import event_date
from retold.eval.gold import gold_key, load_gold
from retold.eval.stories import load_articles
from retold.link.stories import cluster_stories


def score_event_dates(gold_path: Path, inputs: Sequence[Path]) -> dict[str, float]:
    """The scores of the module's docstring, for ``inputs`` against ``gold_path``."""
    gold = load_gold(gold_path)
    stories = gold.raw.get("stories", {})
    articles, _ = load_articles(inputs)
    root = inputs[0] if inputs[0].is_dir() else inputs[0].parent
    key = {a.id: gold_key(a.origin, root) for a in articles}
    members: dict[str, list[str]] = {}
    for article, story in cluster_stories(articles).story_of.items():
        members.setdefault(story, []).append(article)
    by_id = {a.id: a for a in articles}
    reader = DateReader.load()
    told, first = {}, {}
    for story, ids in members.items():
        found = event_date(story, [by_id[i] for i in ids], reader)
        for i in ids:
            told[key[i]], first[key[i]] = found.date, found.first_published
    labelled = {k: a["event_date"] for k, a in gold.articles.items() if a.get("event_date")}
    right = sum(told.get(k) == day for k, day in labelled.items())
    by_story = [(s["event_date"], _majority(s["articles"], told, first)) for s in stories.values()]
    return {
        "event_date_stories": _share(sum(day == t for day, (t, _) in by_story), len(by_story)),
        "event_date_articles": _share(right, len(labelled)),
        "earliest_published_stories": _share(
            sum(day == f for day, (_, f) in by_story), len(by_story)
        ),
        "stories": float(len(by_story)),
    }


def event_dates_suite(gold_path: Path, input_path: Path) -> dict[str, float]:
    """Gate runner: event dates of the stories of one corpus folder."""
    return score_event_dates(gold_path, [input_path])


def _majority(
    keys: Sequence[str], told: dict[str, str | None], first: dict[str, str | None]
) -> tuple[str | None, str | None]:
    """The (event date, earliest publication) most of ``keys``' stories give."""
    answers = Counter((told.get(k), first.get(k)) for k in keys if k in told)
    return answers.most_common(1)[0][0] if answers else (None, None)


def _share(count: int, total: int) -> float:
    return round(count / total, 4) if total else 0.0
