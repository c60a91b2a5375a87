"""The tokenizer gives exactly the tokens and offsets of its first, plain version
(kept here as the reference) on the example corpus, the newsdev bodies and odd text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from retold.analyze.lexicon import load_lexicon
from retold.analyze.text import Token, paragraphs, token_pattern, tokenize
from retold.clean import clean_document
from retold.ingest import read_all
from retold.records import Rejected

ROOT = Path(__file__).resolve().parent.parent
NEWSDEV = ROOT.parent / "shared" / "eval" / "newsdev" / "corpus"
PATTERN = token_pattern(load_lexicon())


def reference_tokenize(text: str, offset: int, pattern: re.Pattern[str]) -> list[Token]:
    """The tokenizer as first written: one token at a time through a helper."""
    tokens: list[Token] = []
    previous_end = -1
    for match in pattern.finditer(text):
        word, start = match.group(), match.start()
        space = start != previous_end
        previous_end = match.end()
        if len(word) > 2 and word[-2:].casefold() in ("’s", "'s") and word[0].isalpha():
            stem = word[:-2]
            tokens.append(_token(stem, offset + start, space))
            tokens.append(_token(word[-2:], offset + start + len(stem), False))
            continue
        tokens.append(_token(word, offset + start, space))
    return tokens


def _token(text: str, start: int, space: bool) -> Token:
    first = text[:1]
    return Token(
        text, text.casefold(), start, start + len(text), first.isupper(), space, first.isalnum()
    )


def bodies(path: Path) -> list[str]:
    found = []
    for item in read_all([path], 50_000_000):
        article = item if isinstance(item, Rejected) else clean_document(item)
        if not isinstance(article, Rejected):
            found.append(article.body)
    return found


def assert_same(body: str) -> None:
    for paragraph in paragraphs(body, PATTERN):
        text = body[paragraph.start : paragraph.end]
        expected = reference_tokenize(text, paragraph.start, PATTERN)
        assert list(paragraph.tokens) == expected
        assert tokenize(text, paragraph.start, PATTERN) == expected


def test_same_tokens_on_the_example_corpus() -> None:
    found = bodies(ROOT / "examples" / "corpus")
    assert found
    for body in found:
        assert_same(body)


@pytest.mark.skipif(not NEWSDEV.is_dir(), reason="shared newsdev corpus not present")
def test_same_tokens_on_newsdev() -> None:
    for body in bodies(NEWSDEV):
        assert_same(body)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet="ab'’sS.-U \n\"“”1,%…", max_size=60))
def test_same_tokens_on_any_text(text: str) -> None:
    assert tokenize(text, 3, PATTERN) == reference_tokenize(text, 3, PATTERN)
