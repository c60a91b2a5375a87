"""Paragraphs, tokens and sentences of an article body, without any model.

A fast regular-expression tokenizer keeps character offsets into the body, so every
span found later can be cut out of ``Article.body`` exactly.  Sentences are split on
end punctuation followed by a capital, a digit or an opening mark; abbreviations from
the lexicon ("Maj.", "Jan.") and middle initials between names ("Benjamin L. Cardin",
"A. J. Pellman") stay inside their token and never end a sentence.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import partial
from itertools import chain, repeat
from operator import add, itemgetter, ne
from typing import NamedTuple

from retold.analyze.lexicon import Lexicon
from retold.lang import trie_alternation

ENDS = frozenset({".", "!", "?", "..", "...", "…"})
CLOSERS = frozenset({"”", '"', "’", "»", ")", "]", "'"})
OPENERS = frozenset({"“", '"', "‘", "«", "„", "(", "["})
DASHES = frozenset({"-", "–", "—", "--", "‐"})
POSSESSIVE_S = frozenset({"’s", "'s"})  # a possessor's ending, as its own token
PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\s*\n)[^\n]*)*")


class Token(NamedTuple):
    """One token (a named tuple: there are many, and they are made fast)."""

    text: str
    lower: str
    start: int  # offset into the body
    end: int
    cap: bool  # starts with an upper-case letter
    space_before: bool
    is_word: bool  # starts with a letter or digit


@dataclass(frozen=True)
class Paragraph:
    index: int
    start: int
    end: int
    tokens: tuple[Token, ...]
    sentences: tuple[tuple[int, int], ...]  # token index ranges [i, j)

    def sentence_of(self, token_index: int) -> tuple[int, int]:
        """The token range of the sentence holding the token (the last one past the end)."""
        return self.sentences[self.sentence_number(token_index)] if self.sentences else (0, 0)

    def sentence_number(self, token_index: int) -> int:
        """The index of the sentence holding the token (the last one past the end; 0 when
        the paragraph has none)."""
        for n, (i, j) in enumerate(self.sentences):
            if i <= token_index < j:
                return n
        return max(0, len(self.sentences) - 1)


def token_pattern(lexicon: Lexicon) -> re.Pattern[str]:
    # Possessive quantifiers (++, *+) where giving characters back can never make a
    # match: a word's letters are never followed by more letters.
    return re.compile(
        rf"{trie_alternation(lexicon.abbreviations)}(?!\w)"
        r"|(?:\w++-)?(?:[A-Za-z]\.){2,}"  # "U.S.", "(D-N.Y.)"
        # a middle initial between names ("Benjamin L. Cardin"), or one of a run of
        # initials spaced apart ("A. J. Pellman", "U. S. District Judge"): not a
        # sentence end
        r"|(?<![\w.])[A-Z]\.(?= (?:[A-Z]\. )*[A-Z][a-z])"
        r"|\d++(?:[.,:]\d++)*+%?"
        r"|\w++(?:[-‐'’]\w++)*+"
        r"|\.{2,}|…|--|\S"
    )


def tokenize(text: str, offset: int, pattern: re.Pattern[str]) -> list[Token]:
    """The tokens of ``text``, their offsets ``offset`` past the text's own.  Built a
    column at a time with C-level ``map`` calls (a body has thousands of tokens); a
    possessive ending ("Smith's") is then split off as its own token."""
    matches = list(pattern.finditer(text))
    if not matches:
        return []
    words = list(map(_group, matches))
    starts = list(map(_start, matches))
    ends = list(map(_end, matches))
    firsts = list(map(_first, words))
    tokens = list(
        map(
            _make,
            zip(
                words,
                map(str.casefold, words),
                map(add, starts, repeat(offset)),
                map(add, ends, repeat(offset)),
                map(str.isupper, firsts),
                map(ne, starts, chain((-1,), ends)),
                map(str.isalnum, firsts),
                strict=True,
            ),
        )
    )
    for at in reversed(_possessives(text, ends, words)):
        token = tokens[at]
        tokens[at : at + 1] = [
            _token(token.text[:-2], token.start, token.space_before),
            _token(token.text[-2:], token.end - 2, False),
        ]
    return tokens


_group, _start, _end = re.Match.group, re.Match.start, re.Match.end
_first = itemgetter(0)
_text = itemgetter(0)  # a token's text
_make = partial(tuple.__new__, Token)  # Token._make without its Python-level check
_APOSTROPHE_S = re.compile(r"['’][sSſ]")  # every ending that casefolds to a possessive's


def _possessives(text: str, ends: list[int], words: list[str]) -> list[int]:
    """Indices of the words that end in a possessive "'s" after letters of their own."""
    found: list[int] = []
    for mark in _APOSTROPHE_S.finditer(text):
        at = bisect_left(ends, mark.end())
        if at < len(ends) and ends[at] == mark.end():
            word = words[at]
            if len(word) > 2 and word[-2:].casefold() in POSSESSIVE_S and word[0].isalpha():
                found.append(at)
    return found


def _token(text: str, start: int, space: bool) -> Token:
    first = text[:1]
    return Token(
        text, text.casefold(), start, start + len(text), first.isupper(), space, first.isalnum()
    )


def split_sentences(tokens: list[Token], body: str) -> list[tuple[int, int]]:
    """Token index ranges of sentences; a line break always ends one.  Only the tokens
    where one may end are tried: end punctuation, and the last before a line break."""
    sentences: list[tuple[int, int]] = []
    start, n = 0, len(tokens)
    for k in _end_candidates(tokens, body):
        if k < start:
            continue
        end = _sentence_end(tokens, k, body)
        if end is not None:
            sentences.append((start, end))
            start = end
    if start < n:
        sentences.append((start, n))
    return sentences


def _sentence_end(tokens: list[Token], k: int, body: str) -> int | None:
    """If a sentence ends at token ``k``, the index just past it (closers included)."""
    n = len(tokens)
    if k + 1 < n and "\n" in body[tokens[k].end : tokens[k + 1].start]:
        return k + 1
    if tokens[k].text not in ENDS:
        return None
    end = k + 1
    while end < n and tokens[end].text in CLOSERS and not tokens[end].space_before:
        end += 1
    if end >= n:
        return n
    following = tokens[end]
    if following.cap or following.text[:1].isdigit() or following.text in OPENERS:
        return end
    return None


def _end_candidates(tokens: list[Token], body: str) -> list[int]:
    """In order, the indices of the tokens that are end punctuation or that a line break
    follows (before the next token)."""
    if not tokens:
        return []
    first, last = tokens[0].start, tokens[-1].end
    ends = [t.end for t in tokens]
    breaks = {bisect_right(ends, at) - 1 for at in _newlines(body, first, last)}
    marks = {k for k, t in enumerate(tokens) if t.text in ENDS}
    return sorted(breaks | marks)


def _newlines(body: str, start: int, end: int) -> list[int]:
    found: list[int] = []
    at = body.find("\n", start, end)
    while at >= 0:
        found.append(at)
        at = body.find("\n", at + 1, end)
    return found


def paragraphs(body: str, pattern: re.Pattern[str]) -> list[Paragraph]:
    """The body's paragraphs (separated by blank lines), tokenized and split."""
    result: list[Paragraph] = []
    for match in PARAGRAPH.finditer(body):
        text = match.group()
        if not text.strip():
            continue
        tokens = tokenize(text, match.start(), pattern)
        result.append(
            Paragraph(
                index=len(result),
                start=match.start(),
                end=match.end(),
                tokens=tuple(tokens),
                sentences=tuple(split_sentences(tokens, body)),
            )
        )
    return result


def lower_case_words(parts: list[Paragraph]) -> frozenset[str]:
    """The words a body prints in lower case."""
    texts = map(_text, chain.from_iterable(p.tokens for p in parts))
    return frozenset(filter(str.islower, texts))


def dateline_end(tokens: tuple[Token, ...], si: int, sj: int) -> int:
    """Index just past a wire dateline ("KOLKATA, Nov 21 (Kestrel Wire) -"), else ``si``."""
    first = tokens[si].text if si < sj else ""
    if len(first) < 2 or not first.isupper() or not first.isalpha():
        return si
    depth = 0
    for k in range(si + 1, min(sj, si + 16)):
        text = tokens[k].text
        depth += (text == "(") - (text == ")")
        if text in DASHES and tokens[k].space_before and depth == 0:
            return k + 1
        if depth == 0 and text[:1].islower() and text.isalpha():
            return si
    return si


def title_case(tokens: tuple[Token, ...]) -> bool:
    """A headline printed in title case ('Republican Donor Adelson Backs Trump'): every
    word capitalised, no full stop at the end, so a run of capitals need not be a name."""
    if any(t.text == "." for t in tokens[-2:]):  # most paragraphs: told before any word is read
        return False
    words = [t for t in tokens if t.is_word and len(t.text) > 3 and t.text[:1].isalpha()]
    return len(words) >= 3 and sum(t.cap for t in words) >= 0.8 * len(words)


HEADING_WORDS = 25  # tokens of a heading at most


def heading(tokens: tuple[Token, ...]) -> bool:
    """Is the paragraph a heading in title case: three words of four letters or more,
    every such word capitalised, a full stop or none at its end ('Mike Huckabee Makes
    Sexist Wife Joke', 'Gingrich Takes Talk Of Being Trump's Running Mate "Very
    Seriously."'; not 'From Andrea Peyser writing at The New York Post:')?"""
    if len(tokens) > HEADING_WORDS:
        return False
    words = [t for t in tokens if t.text.isalpha() and len(t.text) > 3]
    return len(words) >= 3 and all(t.cap for t in words)
