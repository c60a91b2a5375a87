"""When a story happened: its event date, from the dates its articles open with.

Each member's lede (its first two paragraphs) names the day of the event ("were
ordered to leave on Monday", "derailed late on Wednesday") in most news; the later
paragraphs date background and what comes next.  Every day-precise date mention of a
lede is a vote for its date, weighted by how sure the reading is, halved when it dates
a statement ("said on Wednesday": the report, often the day after the event) and cut
when the article's lede has named another day before it.  Votes count only on or
before the story's earliest publication (news reports the past; a stale reprint's
"today" is years late); the dateline's own date ("KYIV, Oct 15 (Wire) -") dates the
filing, not the event, and does not vote.  The day with the most weight is the event
date, its votes the evidence; how sure it is depends on its share of the votes, how
many articles agree, and whether any vote dates more than a statement.

With no vote the earliest publication is the answer, less surely; a story none of
whose members is dated (by publication or dateline) has an event date only where a
lede prints a full date ("4 March 2024"), else none.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Literal

from retold.coverage.dates import DateMention, DateReader, article_dates
from retold.records import Article

EventSource = Literal["text", "published", "unknown"]
LEDE_PARAGRAPHS = 2
_STATEMENT_WEIGHT = 0.5  # a date that dates "said" dates the report
_LATER_WEIGHT = 0.7  # a lede's second or later day
_PUBLISHED_CONFIDENCE = 0.4


@dataclass(frozen=True)
class EventDate:
    """The day a story's event happened, and the lede phrases that say so.

    ``source``: "text" (dates in the ledes), "published" (no lede dates the event:
    the earliest publication), "unknown" (neither). ``first_published`` is the
    earliest publication date of a member, an upper bound for ``date``.
    """

    story: str
    date: str | None
    confidence: float
    source: EventSource
    first_published: str | None
    evidence: tuple[DateMention, ...] = ()


def lede_end(body: str, paragraphs: int = LEDE_PARAGRAPHS) -> int:
    """The offset where ``body``'s first ``paragraphs`` non-empty paragraphs end."""
    seen, offset = 0, 0
    for line in body.splitlines(keepends=True):
        offset += len(line)
        if line.strip():
            seen += 1
            if seen >= paragraphs:
                return offset - (len(line) - len(line.rstrip("\r\n")))
    return len(body)


def event_date(
    story: str, articles: Sequence[Article], reader: DateReader | None = None
) -> EventDate:
    """The event date of the story made of ``articles`` (see the module's docstring)."""
    reader = reader or DateReader.load()
    dated = sorted(a.published for a in articles if a.published)
    first = dated[0] if dated else None
    votes: dict[str, float] = {}
    evidence: dict[str, list[DateMention]] = {}
    for article in articles:
        for mention, weight in _lede_votes(article, first, reader).items():
            votes[mention.date] = votes.get(mention.date, 0.0) + weight
            evidence.setdefault(mention.date, []).append(mention)
    if not votes:
        if first is None:
            return EventDate(story, None, 0.0, "unknown", None)
        return EventDate(story, first, _PUBLISHED_CONFIDENCE, "published", first)
    best = min(votes, key=lambda day: (-votes[day], day))
    share = votes[best] / sum(votes.values())
    support = evidence[best]
    return EventDate(story, best, _confidence(support, share), "text", first, tuple(support))


def _confidence(support: Sequence[DateMention], share: float) -> float:
    """How sure the chosen day is: its surest phrase, scaled by its share of the vote,
    lower with one article behind it, halved when every phrase dates a statement (the
    event may lie a day or more before the day it was talked about)."""
    sureness = max(m.confidence for m in support)
    agreed = 0.6 + 0.4 * share if len(support) > 1 else 0.8 * share
    statements_only = all(m.reported for m in support)
    return round(sureness * agreed * (_STATEMENT_WEIGHT if statements_only else 1.0), 2)


def _lede_votes(
    article: Article, first: str | None, reader: DateReader
) -> dict[DateMention, float]:
    """The day mentions of one lede that may date the event, each with its weight;
    one vote per day (the heaviest phrase naming it)."""
    end = lede_end(article.body)
    skip = _dateline_end(article)
    best: dict[str, tuple[DateMention, float]] = {}
    position = 0
    for mention in article_dates(article, reader, before=end):
        if mention.end <= skip or mention.granularity != "day":
            continue
        if mention.future or (first is not None and mention.date > first):
            continue
        weight = mention.confidence * (_STATEMENT_WEIGHT if mention.reported else 1.0)
        weight *= 1.0 if position == 0 else _LATER_WEIGHT
        position += 1
        if mention.date not in best or best[mention.date][1] < weight:
            best[mention.date] = (mention, weight)
    return {mention: weight for mention, weight in best.values()}


def _dateline_end(article: Article) -> int:
    """Where the dateline printed at the head of the body ends (0 when none is)."""
    dateline = article.dateline
    if dateline and dateline.date and article.body.startswith(dateline.text):
        return len(dateline.text)
    return 0
