"""Quoted fragments inside reported speech: the speaker's words, or a term (scare quote).

All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article
from retold.analyze import ArticleAnalysis, QuoteOptions, analyze_article


def analyse(body: str, nlp: Any, options: QuoteOptions) -> ArticleAnalysis:
    return analyze_article(make_article(body, id="a1", outlet="The Harbour Herald"), nlp, options)


LEDE = "The storm broke the harbour wall at Lakeport on Monday night.\n\n"


def assert_osei_said(result: ArticleAnalysis, fragment: str) -> None:
    quoted = {q.text: q for q in result.quotes if q.kind == "direct"}
    assert quoted[fragment].speaker == "Lena Osei"
    assert fragment not in {s.text for s in result.scare_quotes}


def assert_a_term(result: ArticleAnalysis, term: str) -> None:
    assert term in {s.text for s in result.scare_quotes}
    assert term not in {q.text for q in result.quotes}


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        ('Mayor Lena Osei said the wall had been "built too low" for such tides.', "built too low"),
        (
            "Mayor Lena Osei said she had watched the water rise "
            '"like a kettle being filled" from her window.',
            "like a kettle being filled",
        ),
    ],
)
def test_a_participle_clause_in_reported_speech_is_the_speakers_words(
    sentence: str, fragment: str, nlp: Any, options: QuoteOptions
) -> None:
    assert_osei_said(analyse(LEDE + sentence, nlp, options), fragment)


@pytest.mark.parametrize(
    "sentence, term",
    [
        (
            'Mayor Lena Osei said the council had dropped "binding targets" for repairs.',
            "binding targets",
        ),
        (
            'Mayor Lena Osei said she backed a "principled harbour network" of towns.',
            "principled harbour network",
        ),
        ('Mayor Lena Osei said the "reformed" board would meet.', "reformed"),
        (
            'Mayor Lena Osei said a book, "Walking Among Sleeping Giants", had moved her.',
            "Walking Among Sleeping Giants",
        ),
    ],
)
def test_a_participle_naming_a_thing_stays_a_scare_quote(
    sentence: str, term: str, nlp: Any, options: QuoteOptions
) -> None:
    assert_a_term(analyse(LEDE + sentence, nlp, options), term)


def test_who_said_after_a_name_speaks_for_that_name(nlp: Any, options: QuoteOptions) -> None:
    body = LEDE + (
        "Among the guests was Joseph Antunes, a hiking guide from Porto, who said he had "
        'watched the river rise "like a kettle being filled" from his window.'
    )
    result = analyse(body, nlp, options)
    speakers = {(q.kind, q.speaker) for q in result.quotes}
    assert ("indirect", "Joseph Antunes") in speakers
    assert ("direct", "Joseph Antunes") in speakers


def test_who_said_after_the_sentence_subject_is_left(nlp: Any, options: QuoteOptions) -> None:
    """'Ann Wu, who said ..., left early': where the relative clause ends is not read, so
    no reported statement runs on into the main clause."""
    body = LEDE + "Ann Wu, who said she had seen the water pour over the wall, left early."
    result = analyse(body, nlp, options)
    assert not [q for q in result.quotes if "left early" in q.text]


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        ('Mayor Lena Osei called the repairs "reckless" on Tuesday.', "reckless"),
        ('Mayor Lena Osei called the delay "deeply careless."', "deeply careless."),
    ],
)
def test_a_short_judgement_someone_called_a_thing_is_their_words(
    sentence: str, fragment: str, nlp: Any, options: QuoteOptions
) -> None:
    assert_osei_said(analyse(LEDE + sentence, nlp, options), fragment)


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        (
            "Mayor Lena Osei spoke on Tuesday.\n\n"
            'Osei later defended the decision, calling the councillor "a loud man who came '
            'looking for a fight."',
            "a loud man who came looking for a fight.",
        ),
        (
            "Mayor Lena Osei thanked the crews for their work and called the union "
            '"one of the best partners this town has ever had."',
            "one of the best partners this town has ever had.",
        ),
    ],
)
def test_what_a_sentence_subject_called_a_thing_is_their_words(
    sentence: str, fragment: str, nlp: Any, options: QuoteOptions
) -> None:
    """'defended the vote, calling the rival "a man who ..."' (the quote the appositive of
    the verb's object), 'thanked them and called the union "..."': no speaker right
    before the verb, so the parse gives its subject."""
    assert_osei_said(analyse(LEDE + sentence, nlp, options), fragment)


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        (
            'Mayor Lena Osei described the vote as "a loud victory for people who never ride '
            'the ferry."',
            "a loud victory for people who never ride the ferry.",
        ),
        ('Mayor Lena Osei described the crews as "tireless".', "tireless"),
        (
            'Mayor Lena Osei labelled the plan "a waste of public money that nobody wanted."',
            "a waste of public money that nobody wanted.",
        ),
    ],
)
def test_what_someone_described_a_thing_as_is_their_words(
    sentence: str, fragment: str, nlp: Any, options: QuoteOptions
) -> None:
    assert_osei_said(analyse(LEDE + sentence, nlp, options), fragment)


@pytest.mark.parametrize(
    "sentence, term",
    [
        ('Fishermen in Lakeport have long called the basin "the pond".', "the pond"),
        ('Fishermen in Lakeport describe the basin as "the pond".', "the pond"),
        (
            'The ferry labelled "the slowest boat that ever crossed the sound" sails on.',
            "the slowest boat that ever crossed the sound",
        ),
        ('Mayor Lena Osei called the plan "Operation Tidewall" on Tuesday.', "Operation Tidewall"),
        ('Mayor Lena Osei opened the so-called "reckless" wing on Tuesday.', "reckless"),
        (
            'Mayor Lena Osei called the plan "The Great Harbour Wall of Lakeport" on Tuesday.',
            "The Great Harbour Wall of Lakeport",
        ),
    ],
)
def test_a_name_given_to_a_thing_stays_a_scare_quote(
    sentence: str, term: str, nlp: Any, options: QuoteOptions
) -> None:
    assert_a_term(analyse(LEDE + sentence, nlp, options), term)


WASTE = "a waste of public money that nobody wanted."


@pytest.mark.parametrize(
    "sentence, fragment",
    [
        (f'Mayor Lena Osei rejected the plan, which she called "{WASTE}"', WASTE),
        (f'Mayor Lena Osei attacked what she called "{WASTE}"', WASTE),
        (f'Mayor Lena Osei said Tom Bell had backed the plan, which she called "{WASTE}"', WASTE),
        (
            "Mayor Lena Osei said she had backed the wall, which she called "
            '"the only thing standing between us and the sea."',
            "the only thing standing between us and the sea.",
        ),
        (
            "Harbour resident Lena Osei, who has lived by the water for decades, laughed "
            'when she called the wall "a kettle with a hole in it."',
            "a kettle with a hole in it.",
        ),
    ],
)
def test_a_pronoun_that_called_a_thing_stands_for_the_subject_above_it(
    sentence: str, fragment: str, nlp: Any, options: QuoteOptions
) -> None:
    """'Osei rejected the plan, which she called "..."': the pronoun inside the clause
    is the subject of the verb the clause hangs under, over a subject of the other
    gender ('said Tom Bell had backed the plan, which she called') or a pronoun of
    hers, and the subject a relative 'who' stands for."""
    result = analyse(LEDE + sentence, nlp, options)
    assert_osei_said(result, fragment)
    quote = next(q for q in result.quotes if q.text == fragment)
    assert quote.resolution == "name"


@pytest.mark.parametrize(
    "sentence",
    [
        f'Tom Bell mocked the senator\'s attack on what he called "{WASTE}"',
        "With the vote ruled out, Cross said he was left with one option: the plan, "
        f'which he called "{WASTE}"',
    ],
)
def test_a_pronoun_its_sentence_leaves_in_doubt_names_no_one(
    sentence: str, nlp: Any, options: QuoteOptions
) -> None:
    """A person owning a noun the clause hangs off ('the senator's attack on what he
    called': the senator may be 'he'), or a subject above the pronoun the speaker rules
    cannot read ('Cross'), leaves the quote no one's words, not the nearest man's."""
    body = LEDE + "Mayor Tom Bell spoke first.\n\n" + sentence
    result = analyse(body, nlp, options)
    assert WASTE.rstrip(".") not in {q.text.rstrip(".") for q in result.quotes if q.speaker}
