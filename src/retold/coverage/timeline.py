"""Each person's statements on one timeline, across stories.

A statement is a stored statement group (one thing someone said, as every outlet
carried it).  Its place in time: the event date of its story (``coverage.events``)
when one can be told, else the earliest publication among the articles carrying it;
its first outlet and wording are those of the earliest published article that
carries it (the group's original first among articles of the same day).  Speakers
are people as ``compare.people`` merged their names ("Anders Rasmussen" and "Anders
Fogh Rasmussen" are one person), so one person's statements from stories years apart
("Rasmussen" in 2023 and in 2025) fall on one line.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, Literal

from retold.analyze.aliases import fold
from retold.analyze.records import Quote, QuoteKind
from retold.compare.records import Occurrence, StatementGroup
from retold.coverage.dates import DateMention, DateReader, article_dates
from retold.coverage.events import EventDate, event_date
from retold.errors import NotFoundError, UsageError
from retold.records import Article, Span
from retold.store.base import Store

DateSource = Literal["event", "story_published", "published", "unknown"]


@dataclass(frozen=True)
class TimelineEntry:
    """One statement of one person: when, where it appeared first, and its words there.

    ``date`` is the story's event date as its ledes tell it (``date_source`` "event"),
    else the story's earliest publication ("story_published"), else the earliest
    publication of an article carrying the statement ("published"); ``group`` is the
    statement group's id ("" for a quote that only one article carries); ``article``,
    ``outlet``, ``text``, ``start``, ``end`` are the first occurrence (``text`` is
    ``body[start:end]`` of that article).  ``said_on`` is the day an attribution of
    the statement gives ("X said on Wednesday that ..."), in the first article that
    gives one: the day it was said, where ``date`` is the day of the event.
    """

    person: str
    group: str
    quote: str  # the first occurrence's Quote.id
    story: str | None
    date: str | None
    date_source: DateSource
    first_published: str | None
    event: EventDate | None
    article: str
    outlet: str | None
    speaker: str | None  # the speaker's name as the first article prints it
    text: str
    start: int
    end: int
    kind: QuoteKind
    outlets: tuple[str, ...]  # every outlet carrying it, earliest first
    occurrences: int
    said_on: DateMention | None = None  # "said on Wednesday" in an attribution of it


def statement_timeline(
    store: Store, reader: DateReader | None = None, person: str | None = None
) -> list[TimelineEntry]:
    """Every person's statements (or only ``person``'s, by the exact name), by person,
    then in time order."""
    reader = reader or DateReader.load()
    articles = {s.article.id: s.article for s in store.articles()}
    stories = {story.id: story.articles for story in store.stories()}
    quotes = store.quotes()
    events: dict[str, EventDate] = {}
    said = _SaidOn(articles, {q.id: q for q in quotes}, reader)
    entries = []
    for name, group in _by_person(store, quotes, stories):
        if person is not None and name != person:
            continue
        if group.story and group.story not in events:
            members = [articles[i] for i in stories.get(group.story, ()) if i in articles]
            events[group.story] = event_date(group.story, members, reader)
        event = events.get(group.story) if group.story else None
        entries.append(_entry(name, group, articles, event, said))
    return sorted(entries, key=_order)


def speakers(store: Store) -> set[str]:
    """The names of the people with statements on a timeline."""
    stories = {story.id: story.articles for story in store.stories()}
    return {name for name, _ in _by_person(store, store.quotes(), stories)}


def _by_person(
    store: Store, quotes: Sequence[Quote], stories: Mapping[str, tuple[str, ...]]
) -> list[tuple[str, StatementGroup]]:
    """Every statement by a person, with the name that person goes by."""
    people = {(n.article, n.name): n.person for n in store.person_names()}
    story_of = {article: story for story, members in stories.items() for article in members}
    persons = {q.id for q in quotes if q.speaker and q.speaker_kind == "person"}
    found = []
    for group in _statements(store.statement_groups(), quotes, persons, story_of):
        name = _person(group, persons, people)
        if name is not None:
            found.append((name, group))
    return found


class _SaidOn:
    """The date an occurrence's attribution gives: a date phrase that dates its reporting
    verb ("said on Wednesday") inside the attribution or right after it."""

    REACH = 25  # characters after the attribution: "said" + " on Wednesday"

    def __init__(
        self, articles: Mapping[str, Article], quotes: Mapping[str, Quote], reader: DateReader
    ) -> None:
        self.articles, self.quotes, self.reader = articles, quotes, reader
        self.mentions: dict[str, tuple[DateMention, ...]] = {}

    def __call__(self, occurrence: Occurrence) -> DateMention | None:
        quote = self.quotes.get(occurrence.quote)
        if quote is None or quote.attribution_start is None or quote.attribution_end is None:
            return None
        if quote.article not in self.mentions:
            self.mentions[quote.article] = article_dates(self.articles[quote.article], self.reader)
        start, end = quote.attribution_start, quote.attribution_end + self.REACH
        return next(
            (
                m
                for m in self.mentions[quote.article]
                if m.reported and start <= m.start and m.end <= end
            ),
            None,
        )


def _statements(
    groups: Sequence[StatementGroup],
    quotes: Sequence[Quote],
    persons: set[str],
    story_of: Mapping[str, str],
) -> list[StatementGroup]:
    """The stored statement groups, and each quote by a person that is in none (an
    article alone in its story) as a statement of its own, with ``id`` "" ."""
    grouped = {o.quote for g in groups for o in g.occurrences}
    alone = [
        StatementGroup("", story_of.get(q.article), q.speaker, q.id, (_occurrence(q),))
        for q in quotes
        if q.id in persons and q.id not in grouped
    ]
    return [*groups, *alone]


def _occurrence(quote: Quote) -> Occurrence:
    """A quote as the one occurrence of its statement: its own wording, unaltered."""
    return Occurrence(
        quote.id,
        quote.article,
        quote.text,
        quote.start,
        quote.end,
        quote.kind,
        quote.speaker,
        "verbatim",
        1.0,
        (),
    )


def person_timeline(
    store: Store, person: str, reader: DateReader | None = None
) -> tuple[str, list[TimelineEntry]]:
    """The statements of the one person ``person`` names, in time order, with that
    person's name (see ``match_person``)."""
    name = match_person(speakers(store), person)
    return name, statement_timeline(store, reader, name)


def match_person(names: Iterable[str], query: str) -> str:
    """The one name ``query`` means, compared without case or accents ("ines castell"
    is Inés Castell): the full name, else the name that ends in it (a surname, "Fogh
    Rasmussen").  NotFoundError when none does; UsageError, listing them, when several do."""
    wanted = fold(query)
    pool = sorted(set(names))
    exact = [n for n in pool if fold(n) == wanted]
    if len(exact) == 1:
        return exact[0]
    ending = exact or [n for n in pool if fold(n).endswith(" " + wanted)]
    if len(ending) == 1:
        return ending[0]
    if not ending:
        shown = ", ".join(pool[:10]) + (", ..." if len(pool) > 10 else "")
        raise NotFoundError(
            f"no statements by {query!r}; `retold quotes` lists speakers"
            + (f" (people with statements: {shown})" if pool else "")
        )
    raise UsageError(f"{query!r} names several people: {'; '.join(ending)}; give the full name")


def timeline_records(store: Store) -> list[dict[str, Any]]:
    """Every person-statement entry as a JSON-ready dict (the export's "timeline")."""
    return [timeline_json(entry) for entry in statement_timeline(store)]


def timeline_json(entry: TimelineEntry) -> dict[str, Any]:
    """One timeline entry as the JSON export and ``retold timeline --json`` write it."""
    event = entry.event
    return {
        "person": entry.person,
        "group": entry.group or None,
        "quote": entry.quote,
        "story": entry.story,
        "date": entry.date,
        "date_source": entry.date_source,
        "first_published": entry.first_published,
        "event_date": event.date if event else None,
        "event_date_source": event.source if event else "unknown",
        "event_date_confidence": event.confidence if event else 0.0,
        "event_evidence": [_evidence(m.article, m.start, m.end, m.text) for m in event.evidence]
        if event
        else [],
        "article": entry.article,
        "outlet": entry.outlet,
        "speaker": entry.speaker,
        "text": entry.text,
        "start": entry.start,
        "end": entry.end,
        "kind": entry.kind,
        "outlets": list(entry.outlets),
        "occurrences": entry.occurrences,
        "said_on": entry.said_on.date if entry.said_on else None,
        "said_on_evidence": _evidence(
            entry.said_on.article, entry.said_on.start, entry.said_on.end, entry.said_on.text
        )
        if entry.said_on
        else None,
    }


def _evidence(article: str, start: int, end: int, text: str) -> dict[str, str | int]:
    return Span(article, start, end, text).as_dict()


def _person(
    group: StatementGroup, persons: set[str], people: Mapping[tuple[str, str], str]
) -> str | None:
    """The person a statement group is by: the name most of its occurrences by a
    person go by (the original's on a tie); None when no person said it."""
    names = [
        people.get((o.article, o.speaker), o.speaker)
        for o in _original_first(group)
        if o.speaker and o.quote in persons
    ]
    return Counter(names).most_common(1)[0][0] if names else None


def _original_first(group: StatementGroup) -> list[Occurrence]:
    return sorted(group.occurrences, key=lambda o: o.quote != group.original)


def _entry(
    person: str,
    group: StatementGroup,
    articles: Mapping[str, Article],
    event: EventDate | None,
    said: Callable[[Occurrence], DateMention | None],
) -> TimelineEntry:
    ranked = sorted(
        (o for o in _original_first(group) if o.article in articles),
        key=lambda o: _published(articles[o.article]),
    )
    first = ranked[0]
    first_published = articles[first.article].published
    date_source: DateSource = "unknown"
    when = None
    if event is not None and event.date is not None:
        when, date_source = event.date, "event" if event.source == "text" else "story_published"
    elif first_published:
        when, date_source = first_published, "published"
    outlets = [articles[o.article].outlet for o in ranked]
    return TimelineEntry(
        person,
        group.id,
        first.quote,
        group.story,
        when,
        date_source,
        first_published,
        event,
        first.article,
        articles[first.article].outlet,
        first.speaker,
        first.text,
        first.start,
        first.end,
        first.kind,
        tuple(dict.fromkeys(o for o in outlets if o)),
        len(group.occurrences),
        next((m for m in map(said, ranked) if m is not None), None),
    )


def _published(article: Article) -> tuple[bool, str]:
    """Sort key: dated articles first, earliest first (sorted() keeps ties in order)."""
    return (article.published is None, article.published or "")


def _order(entry: TimelineEntry) -> tuple[str, bool, str, bool, str, str, int]:
    """By person, then date, first publication (undated last), article, place in it."""
    return (
        entry.person,
        entry.date is None,
        entry.date or "",
        entry.first_published is None,
        entry.first_published or "",
        entry.article,
        entry.start,
    )
