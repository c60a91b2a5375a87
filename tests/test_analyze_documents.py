"""A document that speaks ('"...," the statement said'): whoever issued it just before,
at a lower confidence (``antecedents.issuer``), or no one.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article, quote_of
from retold.analyze import QuoteOptions, analyze_article
from retold.analyze.resolved import CONFIDENCE

QUOTE = "\n\n“The pier stays closed until spring,” the statement said."

ISSUED = [
    pytest.param(
        "The storm tore the roof off the ferry hall in Lakeport on Monday.\n\n"
        "Mayor Thomas Brandt released a statement on Tuesday." + QUOTE,
        "Thomas Brandt",
        "person",
        id="a-person-named-in-full",
    ),
    pytest.param(
        "The storm tore the roof off the ferry hall on Monday.\n\n"
        "Mayor Brandt later issued a brief statement." + QUOTE,
        "Brandt",
        "person",
        id="a-titled-surname-never-named-in-full",
    ),
    pytest.param(
        "The storm tore the roof off the ferry hall on Monday.\n\n"
        "The Lakeport Harbour Authority sent out a statement on Tuesday." + QUOTE,
        "Lakeport Harbour Authority",
        "organization",
        id="an-organisation",
    ),
]


@pytest.mark.parametrize(("body", "speaker", "kind"), ISSUED)
def test_the_issuer_speaks_for_the_document(
    body: str, speaker: str, kind: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, "The pier", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (speaker, kind)
    assert quote.confidence == CONFIDENCE["issuer"] < CONFIDENCE["name"]


GUARDS = [
    pytest.param(
        "Mayor Thomas Brandt toured the harbour.\n\nIn a statement, the council said more." + QUOTE,
        id="no-issuing-sentence",
    ),
    pytest.param(
        "Mayor Thomas Brandt criticised a statement from the ferry company." + QUOTE,
        id="a-verb-that-issues-nothing",
    ),
]


@pytest.mark.parametrize("body", GUARDS)
def test_no_issuer(body: str, nlp: Any, options: QuoteOptions) -> None:
    assert quote_of(body, "The pier", nlp, options).speaker is None


WORDS = [
    pytest.param("Mayor Thomas Brandt sent out an email", "email", "Thomas Brandt", id="email"),
    pytest.param("Mayor Thomas Brandt circulated a memo", "memo", "Thomas Brandt", id="memo"),
    pytest.param("Mayor Thomas Brandt released an ad", "ad", "Thomas Brandt", id="ad"),
    pytest.param("Thomas Brandt published a column", "column", "Thomas Brandt", id="column"),
    pytest.param(
        "The Lakeport Harbour Authority published an editorial",
        "editorial",
        "Lakeport Harbour Authority",
        id="editorial",
    ),
    pytest.param(
        "The Lakeport Harbour Authority filed a lawsuit",
        "lawsuit",
        "Lakeport Harbour Authority",
        id="lawsuit",
    ),
]


@pytest.mark.parametrize(("issuing", "word", "speaker"), WORDS)
def test_other_documents_speak_for_their_issuer(
    issuing: str, word: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        f"The storm tore the roof off the ferry hall on Monday.\n\n{issuing} on Tuesday."
        + QUOTE.replace("statement", word)
    )
    assert quote_of(body, "The pier", nlp, options).speaker == speaker


@pytest.mark.parametrize("word", ["email", "memo", "ad", "column", "editorial", "lawsuit"])
def test_according_to_a_document_reports_no_speech(
    word: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "The storm tore the roof off the ferry hall on Monday.\n\n"
        f"According to the Lakeport Harbour Authority's {word}, the mayor ignored three "
        "warnings about the roof of the hall."
    )
    article = make_article(body, id="a1", outlet="The Harbour Herald")
    assert analyze_article(article, nlp, options).quotes == ()
