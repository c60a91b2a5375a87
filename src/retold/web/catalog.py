"""What the lists of the web app show: stories, people and outlets with their filters.

Read-only; built on the store's records and the export's JSON shapes, with a few light
queries of article heads (no bodies) so a list does not load every article's text.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from retold.serve.export import (
    article_json,
    person_of,
    quote_groups,
    quote_json,
    story_json,
)
from retold.store import ArticleQuery, SQLStore
from retold.store.articles import LATEST_REVISION, article_where
from retold.web.search import matching_ids


@dataclass(frozen=True)
class Head:
    """An article without its body: enough for lists and links."""

    id: str
    outlet: str | None
    title: str | None
    published: str | None


@dataclass(frozen=True)
class StoryFilter:
    """Filters of the stories list; every field optional.  ``articles`` narrows the list
    to stories holding one of these articles (full-text search results)."""

    since: str | None = None
    until: str | None = None
    outlet: str | None = None
    person: str | None = None
    articles: frozenset[str] | None = field(default=None)


def heads(store: SQLStore) -> dict[str, Head]:
    """Every latest revision's head, by id."""
    rows = store.conn.execute(
        f"SELECT id, outlet, title, published FROM articles WHERE {LATEST_REVISION} "
        "ORDER BY published IS NULL, published, outlet, id"
    )
    return {r[0]: Head(*r) for r in rows}


def article_page(
    store: SQLStore, query: ArticleQuery, limit: int, offset: int
) -> tuple[int, list[dict[str, Any]]]:
    """One page of latest revisions as in the export, oldest first, and how many match:
    only the page's articles are read whole."""
    where, params = article_where(query)
    sql = f"FROM articles WHERE {' AND '.join(where)}"
    total = store.conn.execute(f"SELECT count(*) {sql}", params).fetchone()[0]
    ids = store.conn.execute(
        f"SELECT id {sql} ORDER BY published IS NULL, published, outlet, id LIMIT ? OFFSET ?",
        [*params, limit, offset],
    )
    return total, [article_json(store.get_article(i)) for (i,) in ids.fetchall()]


def speakers_by_article(store: SQLStore) -> dict[str, set[str]]:
    """The people quoted in each article, by the name they go by across articles."""
    people = person_of(store)
    out: dict[str, set[str]] = defaultdict(set)
    for quote in store.quotes():
        if quote.speaker and quote.speaker_kind == "person":
            out[quote.article].add(people.get((quote.article, quote.speaker), quote.speaker))
    return out


def filtered_stories(
    store: SQLStore,
    since: str | None,
    until: str | None,
    outlet: str | None,
    person: str | None,
    words: str | None,
) -> list[dict[str, Any]]:
    """``story_rows`` for the filters a stories list takes (empty ones ignored); ``words``
    keeps the stories with an article matching them (``search.matching_ids``)."""
    found = matching_ids(store, words) if words else None
    return story_rows(store, StoryFilter(since, until, outlet, person, found))


def story_rows(store: SQLStore, wanted: StoryFilter) -> list[dict[str, Any]]:
    """Stories, oldest first, with their outlets and the people they quote, filtered."""
    by_id = heads(store)
    speakers = speakers_by_article(store)
    rows = []
    for story in store.stories():
        outlets = sorted(
            {o for a in story.articles if (o := by_id[a].outlet if a in by_id else None)}
        )
        people = sorted({p for a in story.articles for p in speakers.get(a, ())})
        if not _keep(story.first_published, outlets, people, set(story.articles), wanted):
            continue
        rows.append({**story_json(story), "outlets": outlets, "people": people})
    return rows


def _keep(
    first: str | None, outlets: list[str], people: list[str], members: set[str], w: StoryFilter
) -> bool:
    if w.since and (first or "") < w.since:
        return False
    if w.until and (first is None or first > w.until):
        return False
    if w.outlet and w.outlet.casefold() not in {o.casefold() for o in outlets}:
        return False
    if w.person and not any(w.person.casefold() in p.casefold() for p in people):
        return False
    return w.articles is None or bool(members & w.articles)


def people_rows(store: SQLStore) -> list[dict[str, Any]]:
    """Every quoted person: how often, in how many articles and outlets, first and last date."""
    by_id = heads(store)
    people = person_of(store)
    quotes: Counter[str] = Counter()
    articles: dict[str, set[str]] = defaultdict(set)
    for quote in store.quotes():
        if quote.speaker and quote.speaker_kind == "person":
            name = people.get((quote.article, quote.speaker), quote.speaker)
            quotes[name] += 1
            articles[name].add(quote.article)
    rows = []
    for name in sorted(quotes, key=lambda n: (-quotes[n], n)):
        dates = sorted(d for a in articles[name] if a in by_id and (d := by_id[a].published))
        outlets = {by_id[a].outlet for a in articles[name] if a in by_id and by_id[a].outlet}
        rows.append(
            {
                "name": name,
                "quotes": quotes[name],
                "articles": len(articles[name]),
                "outlets": sorted(o for o in outlets if o),
                "first": dates[0] if dates else None,
                "last": dates[-1] if dates else None,
            }
        )
    return rows


def person_timeline(store: SQLStore, name: str) -> list[dict[str, Any]]:
    """Every quote of the person called ``name`` (across articles), in time order."""
    by_id = heads(store)
    people = person_of(store)
    groups = quote_groups(store.statement_groups())
    out = []
    for quote in store.quotes(speaker=name):
        person = people.get((quote.article, quote.speaker or ""), quote.speaker)
        if quote.speaker_kind != "person" or (person or "").casefold() != name.casefold():
            continue
        head = by_id.get(quote.article)
        row = quote_json(quote, groups.get(quote.id), people)
        row.update(
            outlet=head.outlet if head else None,
            published=head.published if head else None,
            title=head.title if head else None,
            story=store.story_of(quote.article),
        )
        out.append(row)
    return sorted(out, key=lambda r: (r["published"] or "9999", r["outlet"] or "", r["start"]))


def outlet_rows(store: SQLStore) -> list[dict[str, Any]]:
    """Every outlet: articles, stories, first and last date."""
    by_outlet: dict[str, list[Head]] = defaultdict(list)
    for head in heads(store).values():
        if head.outlet:
            by_outlet[head.outlet].append(head)
    story_of = _story_of(store)
    rows = []
    for name in sorted(by_outlet, key=str.casefold):
        members = by_outlet[name]
        dates = sorted(h.published for h in members if h.published)
        rows.append(
            {
                "name": name,
                "articles": len(members),
                "stories": len({story_of[h.id] for h in members if h.id in story_of}),
                "first": dates[0] if dates else None,
                "last": dates[-1] if dates else None,
            }
        )
    return rows


def _story_of(store: SQLStore) -> dict[str, str]:
    return {a: s.id for s in store.stories() for a in s.articles}
