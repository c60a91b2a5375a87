"""What comparing one story's articles finds: statements grouped across outlets.

Offsets are character offsets into ``Article.body`` of the article named in the
record, as in ``retold.analyze.records``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from retold.analyze.records import QuoteKind

Fidelity = Literal["verbatim", "edited", "paraphrased", "altered"]
DiffKind = Literal["equal", "insert", "delete", "replace"]
AlterationKind = Literal["negation", "number", "truncation"]


@dataclass(frozen=True)
class DiffOp:
    """One step of the word-level difference from the original to an occurrence."""

    op: DiffKind
    original: str  # the original's words ("" for an insertion)
    occurrence: str  # the occurrence's words ("" for a deletion)


@dataclass(frozen=True)
class Alteration:
    """Explicit evidence that an occurrence changed the meaning of the original."""

    kind: AlterationKind
    original: str  # the original's words at that point
    occurrence: str  # this occurrence's words there ("" when cut)
    detail: str  # in words: "'not' dropped", "6 became 16", "cut before 'but ...'"


@dataclass(frozen=True)
class Occurrence:
    """One article's wording of a statement, graded against the original."""

    quote: str  # Quote.id
    article: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None
    fidelity: Fidelity
    similarity: float  # share of the original's words this wording keeps, 0..1
    diff: tuple[DiffOp, ...]
    alterations: tuple[Alteration, ...] = ()


@dataclass(frozen=True)
class StatementGroup:
    """One statement as the articles of a story carry it, direct and reported."""

    id: str
    story: str | None
    speaker: str | None
    original: str  # Quote.id of the original wording (earliest, most credited)
    occurrences: tuple[Occurrence, ...]
    reasons: tuple[str, ...] = ()  # why ``original`` was taken as the original
    # the statement's id across stories: the id of the group holding its original,
    # when a later story quotes it again (``retold.compare.across``); else None
    statement: str | None = None


QuoteGroup = tuple[str, str, str | None]
"""A quote's statement group id, its fidelity, and the group's ``statement`` across stories."""

NameScope = Literal["story", "corpus"]


@dataclass(frozen=True)
class PersonName:
    """How one article names a speaker, and the one name that person goes by across
    articles ("Anders Rasmussen" in this article, "Anders Fogh Rasmussen" everywhere)."""

    article: str
    name: str  # Quote.speaker as this article has it
    person: str  # the name across the story (or the corpus)
    scope: NameScope  # "story": merged inside its story; "corpus": across stories, or
    # a spelling of the same name (accents, transliteration) chosen over the corpus
