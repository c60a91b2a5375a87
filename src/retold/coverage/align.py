"""Alignment: which sentences of a story's articles state the same thing.

Every sentence of every member is compared with every sentence of every other
member (in any order: independent reports put facts in different places; one matrix
product per story) by the IDF-weighted overlap of their content words, the measure rewrite detection uses
(``retold.link.rewrites``), with the IDF taken over the story.  A sentence is shared
with an article when its best match there reaches ``min_similarity``, or when both
carry one statement (a quote or reported speech that statement matching put in
one group: paraphrase- and translation-tolerant where words are not).  Otherwise it
is unique to its article.

Articles of one outlet count as one voice only for the summaries built on top
(``retold.coverage.added``); here each article is its own row.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from retold.compare.records import StatementGroup
from retold.link.language import Language
from retold.link.rewrites import SentenceTable, WordIndex, sentence_table, sentence_words
from retold.link.text import paragraph_spans
from retold.records import Article

MIN_SIMILARITY = 0.3  # as rewrite detection aligns two sentences (RewriteOptions)
STEM = 6


@dataclass(frozen=True)
class AlignedSentence:
    """One sentence of one article and the other articles that state it too."""

    story: str
    article: str
    start: int
    end: int
    paragraph: int  # index of its paragraph in the body
    shared_with: tuple[str, ...]  # other members' ids, in the story's order
    similarity: float  # best word-overlap similarity with any other member, 0..1
    statements: tuple[str, ...] = ()  # statement groups a quote in this sentence belongs to

    @property
    def unique(self) -> bool:
        return not self.shared_with


def align_story(
    story: str,
    members: Sequence[Article],
    groups: Sequence[StatementGroup],
    language: Language,
    min_similarity: float = MIN_SIMILARITY,
) -> list[AlignedSentence]:
    """Every sentence of every member, marked with the members that state it too."""
    words = [sentence_words(a.body, STEM, language) for a in members]
    index = WordIndex.of(words)
    tables = [
        sentence_table(a.body, w, index, language) for a, w in zip(members, words, strict=True)
    ]
    carried = _statements(members, groups)
    held = [set().union(*spans.values()) if spans else set() for spans in carried]
    sims, owner = _story_similarities(tables, len(index.columns))
    out: list[AlignedSentence] = []
    for k, article in enumerate(members):
        best, shared = _matches(k, sims, owner, len(members), min_similarity)
        paragraphs = paragraph_spans(article.body)
        for i, (start, end) in enumerate(tables[k].spans):
            mine = _in_span(carried[k], start, end)
            holders = {m for m, ids in enumerate(held) if m != k and ids & mine}
            others = sorted(shared[i] | holders)
            out.append(
                AlignedSentence(
                    story,
                    article.id,
                    start,
                    end,
                    _paragraph_of(paragraphs, start),
                    tuple(members[m].id for m in others),
                    round(float(best[i]), 4),
                    tuple(sorted(mine)),
                )
            )
    return out


def _story_similarities(
    tables: Sequence[SentenceTable], columns: int
) -> tuple[npt.NDArray[np.float64], npt.NDArray[np.int64]]:
    """Cosine of every sentence of the story with every other (one matrix product), and
    the member each row belongs to."""
    sizes = [len(t.spans) for t in tables]
    dense = np.zeros((sum(sizes), columns))
    at = 0
    for table, n in zip(tables, sizes, strict=True):
        if n:
            lines = np.repeat(np.arange(n), np.diff(table.offsets)) + at
            dense[lines, table.columns] = table.weights
        at += n
    owner = np.repeat(np.arange(len(tables)), sizes).astype(np.int64)
    return dense @ dense.T, owner


def _matches(
    k: int,
    sims: npt.NDArray[np.float64],
    owner: npt.NDArray[np.int64],
    members: int,
    min_similarity: float,
) -> tuple[npt.NDArray[np.float64], list[set[int]]]:
    """Per sentence of member ``k``: its best similarity with another member's sentence,
    and the members matching it."""
    mine = np.flatnonzero(owner == k)
    best = np.zeros(mine.size)
    shared: list[set[int]] = [set() for _ in range(mine.size)]
    if mine.size == 0:
        return best, shared
    block = sims[mine]
    for m in range(members):
        theirs = owner == m
        if m == k or not theirs.any():
            continue
        top = block[:, theirs].max(axis=1)
        best = np.maximum(best, top)
        for i in np.flatnonzero(top >= min_similarity).tolist():
            shared[i].add(m)
    return best, shared


def _statements(
    members: Sequence[Article], groups: Sequence[StatementGroup]
) -> list[dict[tuple[int, int], set[str]]]:
    """Per member: each statement occurrence's span -> the groups it belongs to, for
    groups that more than one member carries."""
    position = {a.id: k for k, a in enumerate(members)}
    carried: list[dict[tuple[int, int], set[str]]] = [{} for _ in members]
    for group in groups:
        holders = {o.article for o in group.occurrences}
        if len(holders) < 2:
            continue
        for occ in group.occurrences:
            if occ.article in position:
                carried[position[occ.article]].setdefault((occ.start, occ.end), set()).add(group.id)
    return carried


def _in_span(spans: dict[tuple[int, int], set[str]], start: int, end: int) -> set[str]:
    """Groups of the occurrences that overlap [start, end)."""
    found: set[str] = set()
    for (s, e), ids in spans.items():
        if s < end and e > start:
            found |= ids
    return found


def _paragraph_of(paragraphs: Sequence[tuple[int, int]], start: int) -> int:
    for n, (p_start, p_end) in enumerate(paragraphs):
        if p_start <= start < p_end:
            return n
    return max(0, len(paragraphs) - 1)
