"""What per-article analysis finds: quotes, scare quotes, citations, name spellings.

Scare quotes, citations and name spellings are ``retold.records.Span``s (article,
start, end, text: ``body[start:end] == text``) with fields of their own.  A quote
split by its attribution (``"A," she said. "B."``) has one ``Span`` per piece in
``segments``; the quote's own ``text`` is the pieces joined by one space and
``start``/``end`` cover all of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from retold.records import Span

QuoteKind = Literal["direct", "indirect"]
# "description": a speaker the text describes instead of naming ('a senior aide'): the
# description as printed, never a person (``retold.analyze.descriptions``).
SpeakerKind = Literal["person", "organization", "unknown", "description"]
Resolution = Literal[
    "name", "surname", "title", "role", "pronoun", "organization", "none", "description"
]
Shape = Literal[
    "postfix",  # "...," X said.
    "prefix",  # X said: "..."
    "split",  # "...," X said. "..."
    "multi_paragraph",  # an opening mark per paragraph, one closing mark at the end
    "dash",  # ... - X said.  (translated press, no quote marks)
    "embedded",  # a quoted fragment inside reported speech
    "unattributed",  # quote marks, no attribution found
    "continued",  # a quote paragraph after one that ends with someone's attributed quote
    "signature",  # a quote paragraph signed by the line after it ('- Maria Ostrander.')
    "nearby",  # no attribution in its sentence: the speaker read from the words around it
    "reported",  # X said (that) ...
    "fronted",  # ..., X said.
    "according",  # according to X, ...
    "parsed",  # reported speech found with the dependency parse
    "transcript",  # X: ...  (a labelled line of a printed transcript, no quote marks)
]
CitationKind = Literal["credit", "wire", "translation", "dateline"]
Where = Literal["body", "removed"]
NameKind = Literal["person", "place", "title"]


@dataclass(frozen=True)
class Quote:
    """A statement found in one article: direct (the words) or indirect (reported)."""

    id: str
    article: str
    text: str
    start: int
    end: int
    kind: QuoteKind
    speaker: str | None  # full name, organisation or description; None when unknown
    speaker_text: str | None  # how the attribution names the speaker, as printed
    speaker_kind: SpeakerKind
    confidence: float  # confidence in ``speaker``; 0.0 when unknown
    resolution: Resolution  # how the speaker was resolved
    attribution_start: int | None
    attribution_end: int | None
    cue: str | None  # the reporting verb or phrase, as printed
    shape: Shape
    segments: tuple[Span, ...]  # the contiguous pieces, in order

    @property
    def split(self) -> bool:
        return len(self.segments) > 1 and self.shape != "multi_paragraph"


@dataclass(frozen=True)
class ScareQuote(Span):
    """Words in quotation marks that are not anyone's statement ("so-called 'X'")."""

    reason: str


@dataclass(frozen=True)
class Citation(Span):
    """An article crediting a source (an outlet) for its material.

    ``where`` is "body" (offsets into ``Article.body``) or "removed" (offsets into
    the removed furniture line ``line``, e.g. "Kestrel Wire contributed reporting.").
    """

    source: str
    kind: CitationKind
    where: Where = "body"
    line: int | None = None


@dataclass(frozen=True)
class NameUse(Span):
    """One spelling of a name with variants ("Kiev" for Kyiv), as the article printed it."""

    canonical: str
    kind: NameKind


@dataclass(frozen=True)
class ArticleAnalysis:
    """Everything ``analyze_article`` found in one article."""

    article: str
    quotes: tuple[Quote, ...]
    scare_quotes: tuple[ScareQuote, ...]
    citations: tuple[Citation, ...]
    names: tuple[NameUse, ...]
    parsed_sentences: int  # sentences that needed the dependency parser
    stage: str
