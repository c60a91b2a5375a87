"""Text helpers shared by the linking modules: sentence spans and normalized words.

Spans are (start, end) character offsets into the text they were found in, so
evidence can always point back into ``Article.body``.

``sentence_spans`` is one of two sentence splitters; the other is the token-based
``analyze.text.split_sentences``.  Both read the abbreviations of ``retold.lang``, but
they still differ: here a single line break does not end a sentence, "…" never ends
one, a one-letter word before a period ("F.", not "8.") is an initial, and abbreviations match
without regard to case (so "said no. Then" is one sentence here, two there).  Folding
them into one would move sentence boundaries in copy and rewrite alignment, and so
the stored evidence: it waits for a change measured on its own.
"""

from __future__ import annotations

import re

from retold.link.language import Language

WORD = re.compile(r"[^\W_]+")
# A sentence ends at . ! or ? (closing quotes/brackets may follow) before whitespace
# and a capital, digit or opening quote.
_END = re.compile(r"[.!?]+[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])")
_BLANK_LINES = re.compile(r"\n[ \t\r]*\n\s*")

Span = tuple[int, int]


def paragraph_spans(text: str) -> list[Span]:
    """Paragraphs are separated by blank lines; spans exclude surrounding whitespace."""
    spans = []
    start = 0
    for m in _BLANK_LINES.finditer(text):
        spans.append(_strip(text, start, m.start()))
        start = m.end()
    spans.append(_strip(text, start, len(text)))
    return [s for s in spans if s[1] > s[0]]


def _strip(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def sentence_spans(text: str, language: Language) -> list[Span]:
    """Sentences within each paragraph; a period after a known abbreviation does not end one."""
    spans: list[Span] = []
    for p_start, p_end in paragraph_spans(text):
        start = p_start
        for m in _END.finditer(text, p_start, p_end):
            if _after_abbreviation(text, start, m.start(), language):
                continue
            spans.append((start, m.end()))
            start = _skip_space(text, m.end(), p_end)
        if start < p_end:
            spans.append((start, p_end))
    return spans


def _after_abbreviation(text: str, start: int, dot: int, language: Language) -> bool:
    if text[dot] != ".":
        return False
    word = text[start:dot].rsplit(None, 1)[-1].lstrip("(\"'“‘").lower() if dot > start else ""
    return (len(word) == 1 and word.isalpha()) or word in language.abbreviations


def _skip_space(text: str, i: int, end: int) -> int:
    while i < end and text[i].isspace():
        i += 1
    return i


def words(text: str) -> list[str]:
    """Lower-case word tokens (letters and digits; punctuation splits words)."""
    return WORD.findall(text.lower())


def content_words(text: str, language: Language) -> list[str]:
    """Words that can carry content: no stopwords, no one-letter tokens."""
    stop = language.stopwords
    return [w for w in words(text) if len(w) > 1 and w not in stop]
