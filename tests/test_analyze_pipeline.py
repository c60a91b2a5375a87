"""The analysis stage as a whole: selective parsing, exact-copy reuse, exact offsets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import make_article, nlp_or_skip
from retold.analyze import ArticleAnalysis, QuoteOptions, analyze_articles
from retold.analyze.context import prepare
from retold.analyze.direct import direct_quotes
from retold.analyze.parsed import SYNTAX_PIPES, parse_sentences
from retold.analyze.pipeline import _setup
from retold.analyze.reported import reported_speech
from retold.clean import clean_document
from retold.ingest import read_all
from retold.records import Article, Rejected

EXAMPLES = Path(__file__).resolve().parents[1] / "examples" / "corpus"


def article(body: str, id: str = "p1", outlet: str | None = "The Harbour Herald") -> Article:
    return make_article(body, id=id, outlet=outlet)


class Spy:
    """An nlp that records every text it is asked to parse."""

    def __init__(self, nlp: Any) -> None:
        self.nlp = nlp
        self.texts: list[str] = []

    def __getattr__(self, name: str) -> Any:
        return getattr(self.nlp, name)

    def pipe(self, texts: list[str], **kw: Any) -> Any:
        texts = list(texts)
        self.texts.extend(texts)
        return self.nlp.pipe(texts, **kw)


@pytest.fixture
def spy() -> Spy:
    return Spy(nlp_or_skip())


HARD = (
    "Two fishermen rescued after a night at sea in the northern bay said on Tuesday they "
    "had drifted for hours."
)
EASY = [
    "The storm broke part of the sea wall on Monday night.",
    '"We will rebuild it," Mayor Lena Osei said.',
    "Osei said the repairs would start in May.",
    "Boats stayed in the harbour all week.",
]


def test_parser_sees_only_the_sentences_rules_cannot_settle(
    spy: Spy, options: QuoteOptions
) -> None:
    body = "\n\n".join([*EASY, HARD])
    result = analyze_articles([article(body)], spy, options)[0]
    assert spy.texts == [HARD.rstrip(".")]
    assert result.parsed_sentences == 1
    hard = next(q for q in result.quotes if q.shape == "parsed")
    assert hard.text == "they had drifted for hours"


def test_a_second_pass_reads_again_only_the_sentences_that_asked_for_a_parse(
    options: QuoteOptions,
) -> None:
    nlp = nlp_or_skip()
    setup = _setup(options, [])
    prep = prepare("a1", "\n\n".join([*EASY, HARD]), setup.book, setup.pattern)
    direct = direct_quotes(prep)
    quoted = [(s.open, s.last) for s in prep.spans]
    first = reported_speech(prep, direct.found, direct.used_verbs, quoted, {})
    assert first.needs == {HARD.rstrip(".")} and first.found  # 'Osei said ...' settled
    parses = parse_sentences(nlp, first.needs, pipes=SYNTAX_PIPES)
    again = reported_speech(prep, direct.found, direct.used_verbs, quoted, parses, first)
    fresh = reported_speech(prep, direct.found, direct.used_verbs, quoted, parses)
    assert again.found == fresh.found and len(again.found) == len(first.found) + 1
    assert again.found[0] is first.found[0]  # taken over, not read again
    assert again.parsed == fresh.parsed == 1


def test_exact_copies_reuse_the_analysis(spy: Spy, options: QuoteOptions) -> None:
    body = "\n\n".join([*EASY, HARD])
    first, copy = analyze_articles(
        [article(body, "orig"), article(body, "copy", outlet="Other Times")], spy, options
    )
    assert spy.texts == [HARD.rstrip(".")]  # parsed once for both
    assert [q.id for q in copy.quotes] == [q.id.replace("orig", "copy") for q in first.quotes]
    assert [(q.text, q.speaker) for q in copy.quotes] == [(q.text, q.speaker) for q in first.quotes]
    assert all(q.article == "copy" for q in copy.quotes)


def test_rules_alone_without_a_model(options: QuoteOptions) -> None:
    body = "\n\n".join([*EASY, HARD])
    result = analyze_articles([article(body)], None, options)[0]
    assert [q.speaker for q in result.quotes] == ["Lena Osei", "Lena Osei"]
    assert result.parsed_sentences == 0


def assert_offsets(body: str, result: ArticleAnalysis) -> None:
    for quote in result.quotes:
        assert quote.start <= quote.end and quote.segments
        for segment in quote.segments:
            assert body[segment.start : segment.end] == segment.text
        if quote.attribution_start is not None and quote.attribution_end is not None:
            assert 0 <= quote.attribution_start <= quote.attribution_end <= len(body)
    for scare in result.scare_quotes:
        assert body[scare.start : scare.end] == scare.text
    for citation in result.citations:
        if citation.where == "body":
            assert body[citation.start : citation.end] == citation.text
    for use in result.names:
        assert body[use.start : use.end] == use.text


def test_offsets_hold_on_the_example_corpus(options: QuoteOptions) -> None:
    articles = [
        a
        for raw in read_all([EXAMPLES], 50_000_000)
        if not isinstance(raw, Rejected) and not isinstance(a := clean_document(raw), Rejected)
    ]
    assert articles
    for a, result in zip(articles, analyze_articles(articles, None, options), strict=True):
        assert result.article == a.id
        assert_offsets(a.body, result)


PIECES = st.sampled_from(
    [
        "The council met.",
        '"We will rebuild," she said.',
        "“It held,” said Mayor Lena Osei.",
        "Osei said that the wall would rise.",
        "«Nobody left» - Osei said.",
        "He added: “Not yet.",
        "the so-called “blue plan”",
        "According to the Harbour Gazette, boats sank.",
        "— the union leader added.",
        '"',
        "“",
        "’s",
        "\n\n",
        " ",
        "KOLKATA, Nov 21 (Kestrel Wire) - ",
    ]
)


@settings(max_examples=60, deadline=None)
@given(pieces=st.lists(PIECES, min_size=1, max_size=12))
def test_any_text_gives_exact_offsets(pieces: list[str], options: QuoteOptions) -> None:
    body = " ".join(pieces).strip() or "Empty."
    result = analyze_articles([article(body)], None, options)[0]
    assert_offsets(body, result)


ALONE = '"The water came up to the second floor in minutes and nobody could get out."'
BESIDE = '"The water came up to the second floor in minutes," Osei winced.'


def test_a_quote_with_no_word_beside_it_asks_no_parse(spy: Spy, options: QuoteOptions) -> None:
    """The verb that attributes a quote is a word outside its marks in its sentence: a
    paragraph that is the quote alone has none, and the parser is not asked about it."""
    analyze_articles([article("\n\n".join([*EASY, ALONE]))], spy, options)
    assert spy.texts == []
    analyze_articles([article("\n\n".join([*EASY, BESIDE]))], spy, options)
    assert spy.texts == [BESIDE.rstrip(".")]
