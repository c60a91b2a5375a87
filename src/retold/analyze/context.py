"""One article prepared for extraction, and the statements found before speakers resolve."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.marks import QuoteSpan, Segmented, merge_paragraphs, paragraph_quotes
from retold.analyze.names import NameBook, NameRun
from retold.analyze.parsed import Parsed, Parses
from retold.analyze.people import Registry, build_registry
from retold.analyze.records import QuoteKind, Shape
from retold.analyze.text import ENDS, Paragraph, Token, lower_case_words, paragraphs


@dataclass(frozen=True)
class Attribution:
    """Where a statement is attributed: the speaker phrase and the reporting verb."""

    speaker: SpeakerPhrase | None
    cue: str | None
    start: int
    end: int
    verb: int | None  # body offset of the reporting verb, if any


@dataclass(frozen=True)
class Found(Segmented):
    """A statement before its speaker is resolved."""

    kind: QuoteKind
    shape: Shape
    segments: tuple[tuple[int, int], ...]
    attribution: Attribution | None
    paragraph: int

    @property
    def anchor(self) -> int:
        """Where the attribution is (or the statement, when there is none)."""
        return self.attribution.start if self.attribution is not None else self.start


@dataclass(frozen=True)
class Sentence:
    """A sentence of paragraph ``p`` as a token range; ``sj`` excludes end punctuation."""

    p: int
    si: int
    sj: int


def inside(offset: int, ranges: list[tuple[int, int]]) -> bool:
    for a, b in ranges:  # noqa: SIM110 - a loop beats any(genexpr): called per token
        if a <= offset < b:
            return True
    return False


@dataclass(frozen=True, eq=False)
class Prepared:
    article: str
    body: str
    paragraphs: tuple[Paragraph, ...]
    spans: tuple[QuoteSpan, ...]
    book: NameBook
    registry: Registry
    runs: tuple[tuple[int, NameRun], ...]
    starts: tuple[tuple[int, ...], ...]  # token start offsets per paragraph
    lower_words: frozenset[str]  # the words the body prints in lower case

    def index(self, paragraph: int, offset: int) -> int:
        """Index of the first token of ``paragraph`` starting at or after ``offset``."""
        return bisect.bisect_left(self.starts[paragraph], offset)

    def tokens(self, paragraph: int) -> tuple[Token, ...]:
        return self.paragraphs[paragraph].tokens

    def words(self, paragraph: int) -> list[str]:
        return [t.lower for t in self.paragraphs[paragraph].tokens]

    def colon_before(self, paragraph: int, offset: int) -> int | None:
        """The colon ending the paragraph before ``paragraph`` (its last token), when
        the words at ``offset`` open ``paragraph``: a lead-in that introduces them
        ('Berg issued the following statement:' then a paragraph of quoted words)."""
        if paragraph == 0 or any(t.is_word for t in self.tokens(paragraph) if t.start < offset):
            return None
        before = self.tokens(paragraph - 1)
        return len(before) - 1 if before and before[-1].text == ":" else None

    def inside_quote(self, offset: int) -> QuoteSpan | None:
        for span in self.spans:
            if span.open <= offset < span.last:
                return span
        return None


@dataclass(frozen=True)
class Sentences:
    """The parses at hand, and the sentence texts still to parse (asked for here)."""

    parses: Parses
    needs: set[str]

    def at(self, prep: Prepared, offset: int) -> tuple[int, Parsed] | None:
        """``parse`` of the sentence holding ``offset``."""
        p = next((q.index for q in prep.paragraphs if q.start <= offset < q.end), None)
        if p is None or not prep.tokens(p):
            return None
        tokens = prep.tokens(p)
        si, sj = prep.paragraphs[p].sentence_of(min(prep.index(p, offset), len(tokens) - 1))
        return self.parse(prep, p, si, sj)

    def parse(self, prep: Prepared, p: int, si: int, sj: int) -> tuple[int, Parsed] | None:
        """(where the text starts, its parse) for tokens [si, sj) of paragraph ``p``;
        None, and the text asked for, when it is not parsed yet.  The text leaves out
        end punctuation, the one key every parse request uses."""
        tokens = prep.tokens(p)
        while sj - 1 > si and tokens[sj - 1].text in ENDS:
            sj -= 1
        start = tokens[si].start
        text = prep.body[start : tokens[sj - 1].end]
        parsed = self.parses.get(text)
        if parsed is None:
            self.needs.add(text)
            return None
        return start, parsed


def prepare(
    article: str, body: str, book: NameBook, pattern: re.Pattern[str], title: str | None = None
) -> Prepared:
    parts = paragraphs(body, pattern)
    per_paragraph = [paragraph_quotes(body[p.start : p.end], p.start, p.index) for p in parts]
    spans = merge_paragraphs(per_paragraph, [p.start for p in parts], body)
    lower = lower_case_words(parts)
    registry, runs = build_registry(parts, body, book, lower)
    registry = registry.headlined(title, book)
    return Prepared(
        article=article,
        body=body,
        paragraphs=tuple(parts),
        spans=tuple(spans),
        book=book,
        registry=registry,
        runs=tuple(runs),
        starts=tuple(tuple(t.start for t in p.tokens) for p in parts),
        lower_words=lower,
    )
