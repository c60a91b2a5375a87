"""The vocabulary of retold: one frozen record per concept.

Stages take records and return records; nothing here does any work beyond
small derived properties.  Tuples, not lists, so records stay hashable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Format = Literal["text", "html", "jsonl", "rss", "atom"]
DateSource = Literal["metadata", "header", "url", "dateline", "none"]
Markup = Literal["text", "html"]


@dataclass(frozen=True)
class Span:
    """An exact span of one article's text: ``text == body[start:end]``.

    The one position type: evidence of findings and copies, quote segments,
    citations, scare quotes and name spellings are spans (the last three add
    their own fields).  Offsets are into the article's ``body`` unless the record
    says otherwise (a citation in a removed furniture line).
    """

    article: str
    start: int
    end: int
    text: str

    @classmethod
    def of(cls, article: Article, start: int, end: int) -> Span:
        """The span ``start:end`` of ``article``'s body."""
        return cls(article.id, start, end, article.body[start:end])

    def as_dict(self) -> dict[str, str | int]:
        """The span as the JSON export and the store write it."""
        return {"article": self.article, "start": self.start, "end": self.end, "text": self.text}


@dataclass(frozen=True)
class Origin:
    """Where an article came from: a file and, for multi-record files, the record."""

    path: str
    record: str | None = None

    def __str__(self) -> str:
        return self.path if self.record is None else f"{self.path}#{self.record}"


@dataclass(frozen=True)
class RawDocument:
    """One article-sized piece of input, decoded but not cleaned.

    ``content`` is text or HTML (``markup`` says which).  ``meta`` holds the
    fields a structured container gave us (JSONL fields, feed item fields),
    as (name, value) pairs; values are strings.
    """

    origin: Origin
    format: Format
    content: str
    markup: Markup
    encoding: str
    meta: tuple[tuple[str, str], ...] = ()
    extra_json: str = "{}"

    def get(self, name: str) -> str | None:
        for key, value in self.meta:
            if key == name:
                return value
        return None


@dataclass(frozen=True)
class Rejected:
    """An input that could not become an article, and why."""

    origin: Origin
    reason: str


@dataclass(frozen=True)
class Known:
    """An input item whose content the store already holds (same content address): its
    origin is recorded and it is not cleaned again."""

    id: str
    origin: Origin
    revision_key: str


@dataclass(frozen=True)
class Removed:
    """A line taken out of an article body, with the rule that took it."""

    text: str
    reason: str
    line: int  # 0-based line number in the text the cleaner saw; for a line learned as
    # outlet furniture (clean.learn), its paragraph's index in the body before learning


@dataclass(frozen=True)
class Dateline:
    """The place (and, when printed, the date) a story was filed from."""

    text: str
    place: str | None
    date: str | None = None  # YYYY-MM-DD, only when the year is known
    credit: str | None = None  # wire agency named in the dateline, e.g. "(Eastwire)"


@dataclass(frozen=True)
class Article:
    """A clean article: body without furniture, metadata with provenance."""

    id: str
    origin: Origin
    format: Format
    encoding: str
    url: str | None
    outlet: str | None
    outlet_source: str
    title: str | None
    title_source: str
    published: str | None
    published_source: DateSource
    dateline: Dateline | None
    language: str | None
    body: str
    removed: tuple[Removed, ...] = ()
    revision_key: str = ""
    extra_json: str = "{}"
    pipeline: str = ""
    published_time: str | None = None  # ISO 8601 timestamp, when the source gives a time
    site_name: str | None = None  # the site's own name in HTML metadata

    @property
    def label(self) -> str:
        """How findings name the article's source: its outlet, else "article ID"."""
        return self.outlet or f"article {self.id}"

    @property
    def word_count(self) -> int:
        return len(self.body.split())


@dataclass(frozen=True)
class StoredArticle:
    """An article as the store holds it: with its revision and every origin seen."""

    article: Article
    revision: int
    supersedes: str | None
    origins: tuple[Origin, ...] = field(default=())
    ingested_at: str = ""


@dataclass(frozen=True)
class IngestSummary:
    """What one ``analyze`` run did."""

    ingested: int
    unchanged: int
    revised: int
    rejected: tuple[Rejected, ...]

    @property
    def seen(self) -> int:
        return self.ingested + self.unchanged + len(self.rejected)


# -- across articles ---------------------------------------------------------------------


@dataclass(frozen=True)
class Finding:
    """A claim about an article or story (stale reprint, uncredited copy, altered quote ...).

    Every kind of finding has this one shape; ``details_json`` holds what is
    specific to the kind (dates compared, the word-level difference ...).
    """

    kind: str
    subject: str
    story: str | None
    articles: tuple[str, ...]
    summary: str
    confidence: float
    evidence: tuple[Span, ...] = ()
    details_json: str = "{}"


CopyKind = Literal["exact", "near", "rewrite"]


@dataclass(frozen=True)
class CopyLink:
    """``copy`` reproduces ``original``'s text (``kind`` says how closely).

    ``similarity`` is the exact Jaccard similarity of the two bodies' word
    shingle sets (for ``rewrite``: the share of the copy's sentences aligned
    to the original's, in order).  ``containment`` is the share of the copy's
    shingles (sentences, for ``rewrite``) found in the original.  ``reasons``
    says why ``original`` was taken to be the original (earlier, fuller, credited).
    """

    original: str
    copy: str
    kind: CopyKind
    similarity: float
    containment: float = 0.0
    reasons: tuple[str, ...] = ()
    evidence: tuple[Span, ...] = ()


@dataclass(frozen=True)
class CopyDiff:
    """What a copy dropped from its original, added to it, and reworded."""

    original: str
    copy: str
    dropped: tuple[Span, ...]  # spans of the original with no counterpart in the copy
    added: tuple[Span, ...]  # spans of the copy with no counterpart in the original
    changed: tuple[tuple[Span, Span], ...]  # (original span, copy span) reworded


@dataclass(frozen=True)
class Story:
    """Articles about one event; ``related`` are stories with the same actors or topic."""

    id: str
    title: str
    articles: tuple[str, ...]
    first_published: str | None
    related: tuple[str, ...] = ()
