"""The vocabulary of linking: copies, stories and findings, as frozen records.

Offsets (``Evidence.start`` / ``end``) are character offsets into ``Article.body``
of the article named in ``Evidence.article``; ``body[start:end] == text``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

CopyKind = Literal["exact", "near", "rewrite"]


@dataclass(frozen=True)
class Evidence:
    """A span of one article's body that supports a claim."""

    article: str
    start: int
    end: int
    text: str


@dataclass(frozen=True)
class CopyLink:
    """``copy`` reproduces ``original``'s text (``kind`` says how closely).

    ``similarity`` is the exact Jaccard similarity of the two bodies' word
    shingle sets (for ``rewrite``: the share of the copy's sentences aligned
    to the original's, in order).  ``containment`` is the share of the copy's
    shingles (sentences, for ``rewrite``) found in the original.  ``reasons``
    says why ``original`` was taken to be the original.
    """

    original: str
    copy: str
    kind: CopyKind
    similarity: float
    containment: float
    reasons: tuple[str, ...] = ()
    evidence: tuple[Evidence, ...] = ()


@dataclass(frozen=True)
class Story:
    """One event as a set of articles.

    ``id`` is derived from the story's earliest article, so it is the same
    whether the story was built in one run or grown over several.
    """

    id: str
    title: str
    articles: tuple[str, ...]
    first_published: str | None
    related: tuple[str, ...] = ()


@dataclass(frozen=True)
class Finding:
    """Something worth a reader's attention, with the spans that show it.

    ``subject`` is the article or story the finding is about; ``articles``
    lists every article involved, the subject's included.
    """

    kind: str
    subject: str
    story: str | None
    articles: tuple[str, ...]
    summary: str
    confidence: float
    evidence: tuple[Evidence, ...] = field(default=())


@dataclass(frozen=True)
class CopyDiff:
    """What a copy dropped from its original, added to it, and reworded."""

    original: str
    copy: str
    dropped: tuple[Evidence, ...]  # spans of the original with no counterpart in the copy
    added: tuple[Evidence, ...]  # spans of the copy with no counterpart in the original
    changed: tuple[tuple[Evidence, Evidence], ...]  # (original span, copy span) reworded
