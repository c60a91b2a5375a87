"""Direct quotes the word-list rules leave, attributed from the parse of their sentence.

All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions


def test_a_statement_a_subject_released_is_their_words(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Mayor Lena Osei spoke at the harbour on Monday.\n\n"
        "At the time, she released a statement saying, “The pier has been a trusted "
        "partner for many years and we look forward to more.”"
    )
    found = quote_of(body, "The pier", nlp, options)
    assert (found.speaker, found.cue) == ("Lena Osei", "saying")


def test_a_subject_with_a_clause_after_it_is_read_up_to_its_head(
    nlp: Any, options: QuoteOptions
) -> None:
    """...unless its verb has a clause of its own the quote is not."""
    body = (
        "Mayor Lena Osei spoke at the harbour on Monday.\n\n"
        "Another harbour source speaking to the Herald said, “The agents are looking at "
        "the donations and whether the rules were followed.”"
    )
    found = quote_of(body, "The agents", nlp, options)
    assert (found.speaker_text, found.cue) == ("Another harbour source", "said")
    body = (
        "Mayor Lena Osei spoke on Monday. And although Osei lamented the delays - “why "
        "must we wait so long for a simple wall?” - fishermen in Lakeport who watched the "
        "debate said they were not worried by the delay."
    )
    assert quote_of(body, "why must", nlp, options).speaker == "Lena Osei"


NO_ONES = [
    pytest.param(
        "The festival opened on Friday.\n\n“Life Is a Long Tide” star Ana Ruiz opened up "
        "about being described as a “real sailor” in an interview.",
        "Life Is",
        id="a-title-before-a-noun",
    ),
    pytest.param(
        # 'X did Y, and a paper has the tape:' does not say X spoke the words below
        "Mayor Lena Osei did back the plan on Monday, and the Harbour Herald has the tape:\n\n"
        "“Should there be a fee for every boat that ties up here?” a reporter can be heard "
        "asking Osei after the meeting.",
        "Should there",
        id="a-colon-lead-in-read-from-the-clause-before-the-colon",
    ),
    pytest.param(
        # 'She ... was voted "The Most Likely to Succeed."': a title others gave her
        "Lena Osei grew up on the northern quay.\n\n"
        "She was a member of the rowing club, helped edit the school paper and was voted "
        '"The Most Likely to Succeed."',
        "The Most Likely",
        id="words-a-passive-verb-gives-its-subject",
    ),
]


@pytest.mark.parametrize(("body", "start"), NO_ONES)
def test_words_the_parse_gives_no_speaker_stay_no_ones(
    body: str, start: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker is None
