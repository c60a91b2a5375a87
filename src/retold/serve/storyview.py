"""The story view: one story side by side, as a document (``show STORY --json``) and as
text (``show STORY``); the same content both ways.

A 20-second summary (who, what, when, primary source, outlets, what differs), then the
articles in time order, one block per statement with every outlet's wording in time
order against the reference it is graded against (word diff, grade), sources and
spellings per outlet, additions and omissions, framing, and every finding with its
evidence.  ``coverage_document`` is the sentence-level alignment (``retold coverage``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import asdict
from typing import Any

from retold.compare.records import Occurrence, StatementGroup
from retold.records import Article, Finding
from retold.serve.export import copy_json, finding_json, occurrence_json, story_json
from retold.store import Store

ORDER = (
    "primary_source",
    "quote_altered",
    "uncredited_copy",
    "stale_reprint",
    "framing",
    "added_context",
    "omitted",
)


def story_document(store: Store, story_id: str) -> dict[str, Any]:
    """Everything the story view shows, JSON-ready."""
    story = store.get_story(story_id)
    members = sorted(
        (store.get_article(a).article for a in story.articles),
        key=lambda a: (a.published or "9999", a.outlet or "", a.id),
    )
    by_id = {a.id: a for a in members}
    findings = sorted(
        store.findings(story=story.id),
        key=lambda f: (ORDER.index(f.kind) if f.kind in ORDER else len(ORDER), -f.confidence),
    )
    groups = store.statement_groups(story.id)
    told_before = {  # a statement first said in another story: that story
        g.id: store.statement_story(g.statement) for g in groups if g.statement not in (None, g.id)
    }
    coverage = store.coverage(story.id) or {}
    people = {(p.article, p.name): p.person for p in store.person_names() if p.article in by_id}
    summary = _summary(members, [_person(g, people) for g in groups], findings, coverage)
    return {
        **story_json(story),
        "summary": {**summary, "what": summary["what"] or story.title},
        "timeline": [_article_row(a, coverage) for a in members],
        "statements": [
            {
                **_block(g, by_id, _person(g, people)),
                "person": _known_person(g, people),
                "statement": g.statement,
                "statement_story": told_before.get(g.id),
            }
            for g in _ranked(groups)
        ],
        "outlets": coverage.get("outlets", []),
        "distinctive_terms": coverage.get("distinctive_terms", {}),
        "graph": coverage.get("graph", {}),
        "copies": [copy_json(c) for c in store.copies() if c.original in by_id and c.copy in by_id],
        "findings": [finding_json(f) for f in findings],
    }


def _person(group: StatementGroup, people: dict[tuple[str, str], str]) -> str | None:
    """The one name the group's speaker goes by across articles."""
    return _known_person(group, people) or group.speaker


def _known_person(group: StatementGroup, people: dict[tuple[str, str], str]) -> str | None:
    """The person of the people pages the group's speaker is, if one is."""
    for o in group.occurrences:
        if o.speaker and (o.article, o.speaker) in people:
            return people[(o.article, o.speaker)]
    return None


def _summary(
    members: Sequence[Article],
    speakers_of_groups: Sequence[str | None],
    findings: Sequence[Finding],
    coverage: dict[str, Any],
) -> dict[str, Any]:
    speakers = Counter(s for s in speakers_of_groups if s)
    dates = [a.published for a in members if a.published]
    kinds = Counter(f.kind for f in findings)
    return {
        "who": [name for name, _ in speakers.most_common(3)],
        "what": members[0].title if members and members[0].title else None,
        "when": {
            "first": min(dates) if dates else None,
            "last": max(dates) if dates else None,
            "event": coverage.get("event_date", {}).get("date"),
            "event_source": coverage.get("event_date", {}).get("source"),
        },
        "primary_source": coverage.get("primary_source"),
        "outlets": list(dict.fromkeys(a.label for a in members)),
        "statements": len(speakers_of_groups),
        "differs": {k: kinds[k] for k in ORDER if kinds[k] and k != "primary_source"},
        "adds_nothing": coverage.get("adds_nothing", []),
    }


def _article_row(article: Article, coverage: dict[str, Any]) -> dict[str, Any]:
    outlet: dict[str, Any] = next(
        (o for o in coverage.get("outlets", []) if article.id in o.get("articles", [])), {}
    )
    return {
        "article": article.id,
        "published": article.published,
        "outlet": article.outlet,
        "title": article.title,
        "adds_nothing": article.id in coverage.get("adds_nothing", []),
        "outlet_shared": outlet.get("shared"),
        "outlet_sentences": outlet.get("sentences"),
    }


def _ranked(groups: Sequence[StatementGroup]) -> list[StatementGroup]:
    """Statements more articles carry first; then those with altered wordings."""
    return sorted(
        groups,
        key=lambda g: (
            -len({o.article for o in g.occurrences}),
            -sum(o.fidelity == "altered" for o in g.occurrences),
            g.id,
        ),
    )


def _block(group: StatementGroup, by_id: dict[str, Article], person: str | None) -> dict[str, Any]:
    reference = next(o for o in group.occurrences if o.quote == group.original)
    ordered = sorted(group.occurrences, key=lambda o: (_date(o, by_id), o.article, o.start))
    return {
        "group": group.id,
        "speaker": person,
        "reference": _occurrence(reference, by_id),
        "wordings": [_occurrence(o, by_id) for o in ordered],
    }


def _date(occurrence: Occurrence, by_id: dict[str, Article]) -> str:
    article = by_id.get(occurrence.article)
    return (article.published if article else None) or "9999"


def _occurrence(o: Occurrence, by_id: dict[str, Article]) -> dict[str, Any]:
    article = by_id.get(o.article)
    return {
        **occurrence_json(o),
        "outlet": article.outlet if article else None,
        "published": article.published if article else None,
        "diff": [asdict(d) for d in o.diff],
    }


def coverage_document(store: Store, story_id: str) -> dict[str, Any]:
    """Per article of the story, its sentences marked shared (and with whom) or unique."""
    story = store.get_story(story_id)
    articles = {a: store.get_article(a).article for a in story.articles}
    rows = store.alignment(story.id)
    coverage = store.coverage(story.id) or {}
    out = []
    for article_id, article in articles.items():
        sentences = [
            {
                "start": s.start,
                "end": s.end,
                "text": article.body[s.start : s.end],
                "paragraph": s.paragraph,
                "shared_with": [
                    {"article": o, "outlet": articles[o].outlet if o in articles else None}
                    for o in s.shared_with
                ],
                "similarity": s.similarity,
            }
            for s in rows
            if s.article == article_id
        ]
        out.append({"article": article_id, "outlet": article.outlet, "sentences": sentences})
    added = [finding_json(f) for f in store.findings(kind="added_context", story=story.id)]
    omitted = [finding_json(f) for f in store.findings(kind="omitted", story=story.id)]
    return {
        **story_json(story),
        "primary_source": coverage.get("primary_source"),
        "outlets": coverage.get("outlets", []),
        "articles": out,
        "added_context": added,
        "omitted": omitted,
    }
