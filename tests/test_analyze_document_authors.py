"""Quotes a document speaks, given to the author the text names for it
(``retold.analyze.documents``): its possessor, the one it is from or by, the subject that
issues it, or, for 'the memo', whoever its last mention names; no one where that is
unsure.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions
from retold.analyze.resolved import CONFIDENCE

OPENING = "Mayor Tomas Berg and Councillor Ana Ruiz argued about the ferry pier on Monday.\n\n"

AUTHORED = [
    pytest.param(
        "The memo, written in March by Berg's deputy, Ana Ruiz, asks the council to give "
        'the pier contract "every consideration the rules allow, and then some."',
        "every consideration",
        "Ana Ruiz",
        id="the-memo-written-by-an-appositive-after-a-possessor",
    ),
    pytest.param(
        "Aides say Berg will back the plan. From Berg's Facebook post: \"The pier will "
        'reopen in May, whatever the council says."',
        "The pier will",
        "Tomas Berg",
        id="a-colon-lead-in-naming-a-possessed-post",
    ),
    pytest.param(
        "The Lakeport Harbour Authority issued a statement apologising to the ferry crews "
        'for the delays.\n\n"We regret every lost shift and we will pay for each of them."',
        "We regret",
        "Lakeport Harbour Authority",
        id="a-statement-issued-in-the-paragraph-before",
    ),
    pytest.param(
        'Ruiz is releasing a new radio ad this week. The ad says the mayor "has never once '
        'ridden the ferry he wants to sell."',
        "has never once",
        "Ana Ruiz",
        id="the-ad-says-after-its-issuer-releases-it",
    ),
    pytest.param(
        "Ruiz spoke at the pier that evening.\n\nHer campaign's new ad asks voters: \"Who will "
        'pay for the ferry when the money runs out?"',
        "Who will pay",
        "Ana Ruiz",
        id="a-possessed-campaign-ad-that-asks",
    ),
    pytest.param(
        "Ruiz spoke at the pier that evening. Her new ad features harbour footage and a "
        'narrator asking, "Who sold the ferry while the town slept?"',
        "Who sold the ferry",
        "Ana Ruiz",
        id="the-narrator-of-her-ad",
    ),
    pytest.param(
        "Berg's campaign quickly posted a clip of the exchange. The caption: \"Ruiz has had "
        'ten years to fix the pier."',
        "Ruiz has had",
        "Tomas Berg",
        id="the-caption-of-a-clip-his-campaign-posted",
    ),
    pytest.param(
        "Berg's office released a memo that reads: \"The ferry will not close before the "
        'winter storms pass."',
        "The ferry will",
        "Tomas Berg",
        id="a-memo-his-office-released",
    ),
    pytest.param(
        "Berg's office sent a statement.\n\n\u201cThe pier stays closed until spring,\u201d "
        "the statement said.",
        "The pier stays",
        "Tomas Berg",
        id="the-statement-his-office-sent",
    ),
    pytest.param(
        "The Lakeport Harbour Authority issued a statement saying it had closed the pier "
        '"because of the unsafe state of its piles."',
        "because of the",
        "Lakeport Harbour Authority",
        id="a-statement-saying-its-issuer-released",
    ),
    pytest.param(
        "Ruiz's campaign responded with a statement calling the mayor \"a man who has never "
        'once ridden the ferry."',
        "a man who",
        "Ana Ruiz",
        id="a-statement-calling-that-her-campaign-responded-with",
    ),
    pytest.param(
        'Ruiz sent an email to her supporters on Sunday.\n\n"The ferry is not for sale and it never '
        'will be," read the email.',
        "The ferry is not",
        "Ana Ruiz",
        id="read-the-email-after-the-quote",
    ),
    pytest.param(
        "Likewise, a paper from the left-leaning Harbour Policy Institute had this to say "
        'about the plan: "Families on the east shore would pay twice as much for the ferry."',
        "Families on the",
        "Harbour Policy Institute",
        id="a-paper-from-an-institute-after-an-adjective",
    ),
    pytest.param(
        '"There are jellyfish with more spine than the mayor," reads a Wednesday editorial '
        "in The Lakeport Gazette.",
        "There are jellyfish",
        "Lakeport Gazette",
        id="reads-an-editorial-in-an-outlet",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), AUTHORED)
def test_the_author_speaks_for_the_document(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(OPENING + body, start, nlp, options).speaker == speaker


UNSURE = [
    pytest.param(
        "Berg's release linked to a harbour report, which notes: \"The pier has not been "
        'inspected since 2019."',
        "The pier has not",
        "Tomas Berg",
        id="a-second-document-of-no-known-author",
    ),
    pytest.param(
        "The memo, released on Tuesday by the Lakeport Harbour Authority, asked the council to "
        'give the firm "every consideration the law allows."',
        "every consideration",
        "Lakeport Harbour Authority",
        id="released-by-is-no-author",
    ),
    pytest.param(
        'A new ad shows footage of the empty pier, and a narrator asks, "Who sold the ferry '
        'while the town slept?"',
        "Who sold the ferry",
        None,
        id="a-narrator-of-an-ad-of-no-known-author",
    ),
    pytest.param(
        "The Lakeport Harbour Authority released a statement on the protesters chanting "
        '"Save the pier, sink the plan" outside its office.',
        "Save the pier",
        "Lakeport Harbour Authority",
        id="words-after-another-noun-may-be-its",
    ),
    pytest.param(
        "The ferry company went to court on Monday, and Berg said in his letter, written by "
        'Ruiz, that the pier was "beyond any repair the town can afford."',
        "beyond any repair",
        "Ana Ruiz",
        id="a-document-that-is-no-subject",
    ),
]


@pytest.mark.parametrize(("body", "start", "wrong"), UNSURE)
def test_no_author(
    body: str, start: str, wrong: str | None, nlp: Any, options: QuoteOptions
) -> None:
    """No speaker, or at least not the one a careless reading gives (``wrong``; None:
    no one at all, not 'a narrator')."""
    speaker = quote_of(OPENING + body, start, nlp, options).speaker
    assert speaker is None if wrong is None else speaker != wrong


def test_an_author_is_no_surer_than_an_issuer(nlp: Any, options: QuoteOptions) -> None:
    """A document's words given to its author through a pronoun ('Her campaign's new
    ad asks') are no surer than those of any document's issuer."""
    body = OPENING + (
        "Ruiz spoke at the pier that evening.\n\nHer campaign's new ad asks voters: \"Who will "
        'pay for the ferry when the money runs out?"'
    )
    quote = quote_of(body, "Who will pay", nlp, options)
    assert (quote.speaker, quote.confidence) == ("Ana Ruiz", CONFIDENCE["issuer"])


@pytest.mark.parametrize(
    ("issuing", "speaker"),
    [
        ("In a memo to the board dated Monday, Ana Ruiz laid out the city's terms.", "Ana Ruiz"),
        ("Ana Ruiz, for her part, stayed away. She sent a statement.", "Ana Ruiz"),
        ("The city released a letter Ana Ruiz had sent to the board in July.", "Ana Ruiz"),
    ],
)
def test_the_document_said_speaks_for_the_author_its_last_mention_names(
    issuing: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """'"...," the memo said' after 'In a memo to the board, Ana Ruiz laid out ...', 'She
    sent a statement.' or 'a letter Ana Ruiz had sent': the author the sentence names
    as its subject after the opening phrase, the pronoun that issued it, or the name in
    the clause after it."""
    body = (
        "Harbour chair Ana Ruiz met the ferry board on Tuesday.\n\n"
        f"{issuing}\n\n"
        '"Any agreement must restore the ferry service to its old timetable," the '
        f"{'memo' if 'memo' in issuing else 'statement' if 'statement' in issuing else 'letter'}"
        " said."
    )
    assert quote_of(body, "Any agreement", nlp, options).speaker == speaker
