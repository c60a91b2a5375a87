"""Evidence for copies: the passages two articles share, and what a copy added or dropped.

Both work on sentences: sentences equal after normalization are shared; the
rest are aligned in order by content-word overlap (``rewrites.align``), so a
reworded sentence shows as changed rather than as one dropped and one added.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from retold.link.fingerprint import normalize
from retold.link.language import Language
from retold.link.quoted import plain_sentences
from retold.link.rewrites import (
    Alignment,
    SentenceTable,
    WordIndex,
    align,
    sentence_table,
    sentence_words,
)
from retold.records import Article, CopyDiff, CopyLink, Span

STEM = 6
CHANGED_SIMILARITY = 0.3  # aligned sentences below this count as dropped + added


def copy_diff(original: Article, copy: Article, language: Language) -> CopyDiff:
    """Sentences the copy dropped, added and reworded, as spans of each body."""
    to, tc, alignment = _aligned(original, copy, language)
    matched_o = {m[0] for m in alignment.matches}
    matched_c = {m[1] for m in alignment.matches}
    changed = []
    for i, j, _sim in alignment.matches:
        a, b = _evidence(original, to, i), _evidence(copy, tc, j)
        if normalize(a.text) != normalize(b.text):
            changed.append((a, b))
    return CopyDiff(
        original=original.id,
        copy=copy.id,
        dropped=tuple(
            _evidence(original, to, i) for i in range(len(to.spans)) if i not in matched_o
        ),
        added=tuple(_evidence(copy, tc, j) for j in range(len(tc.spans)) if j not in matched_c),
        changed=tuple(changed),
    )


def shared_passages(link: CopyLink, by_id: Mapping[str, Article], language: Language) -> CopyLink:
    """The link with evidence: the copy's first and its longest sentence that match the
    original, outside quotation marks where there are such (for rewrites: the
    best-aligned pair), each with its counterpart."""
    original, copy = by_id[link.original], by_id[link.copy]
    to, tc, alignment = _aligned(original, copy, language)
    if not alignment.matches:
        return link
    if link.kind == "rewrite":
        picks = [max(alignment.matches, key=lambda m: (m[2], -m[1]))]
    else:
        same = [m for m in alignment.matches if _same(original, to, m[0], copy, tc, m[1])]
        plain = plain_sentences(copy.body, tc.spans)
        pool = [m for m in same if plain[m[1]]] or same or list(alignment.matches)
        longest = max(pool, key=lambda m: (tc.spans[m[1]][1] - tc.spans[m[1]][0], -m[1]))
        picks = [pool[0]] if pool[0] == longest else [pool[0], longest]
    evidence = []
    for i, j, _sim in picks:
        evidence += [_evidence(copy, tc, j), _evidence(original, to, i)]
    return replace(link, evidence=tuple(evidence))


def _aligned(
    original: Article, copy: Article, language: Language
) -> tuple[SentenceTable, SentenceTable, Alignment]:
    words_o = sentence_words(original.body, STEM, language)
    words_c = sentence_words(copy.body, STEM, language)
    words = WordIndex.of([words_o, words_c])
    to = sentence_table(original.body, words_o, words, language)
    tc = sentence_table(copy.body, words_c, words, language)
    return to, tc, align(to, tc, CHANGED_SIMILARITY)


def _same(a: Article, ta: SentenceTable, i: int, b: Article, tb: SentenceTable, j: int) -> bool:
    return normalize(_evidence(a, ta, i).text) == normalize(_evidence(b, tb, j).text)


def _evidence(article: Article, table: SentenceTable, i: int) -> Span:
    start, end = table.spans[i]
    return Span.of(article, start, end)


def best_match(original: Article, copy: Article, language: Language) -> tuple[Span, Span] | None:
    """The copy's sentence that best matches one of the original's, and that sentence."""
    to, tc, alignment = _aligned(original, copy, language)
    if not alignment.matches:
        return None
    i, j, _sim = max(alignment.matches, key=lambda m: (m[2], -m[1]))
    return _evidence(copy, tc, j), _evidence(original, to, i)
