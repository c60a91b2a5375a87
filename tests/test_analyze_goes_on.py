"""A speaker who goes on: a quote paragraph that continues an attributed quote, or the
next paragraph of a quotation, is the words of the speaker the attribution was read as,
though the name lies further back than the continuation's own paragraph would reach
(``speakers._owners``); not when a pronoun gave that speaker and the name printed last
before it may be someone else (``speakers._goes_on``).  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions

GOES_ON = [
    pytest.param(
        "“The ferry was late again,” Tomas Verhoek said.\n\n"
        "“I waited on the pier for an hour.”\n\n"
        "But he kept an eye on the crossing all the same.\n\n"
        "“It was calm out there,” he said.\n\n"
        "“The crew knew the route. They did well.”",
        "The crew knew",
        "Tomas Verhoek",
        id="a-quote-paragraph-after-a-pronoun-s-quote",
    ),
    pytest.param(
        "Nora Lindqvist has sailed the ferry route for twenty years. She knows every "
        "rock. She knows every buoy. She knows every gull.\n\n"
        "Like many captains, she defends the old quay.\n\n"
        "“There are good reasons to keep it,” she says.\n\n"
        "“The harbour is our home.\n\n"
        "“It is the town’s home too.”",
        "The harbour is",
        "Nora Lindqvist",
        id="the-first-paragraph-of-a-quotation-after-a-pronoun-s-quote",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), GOES_ON)
def test_the_speaker_goes_on(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


def test_no_one_goes_on_after_someone_else_is_named(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "“The ferry was late again,” said Tomas Verhoek.\n\n"
        "Along the quay, in the rain and the wind of the long night shift, stood the "
        "pilot Nils Brandquist.\n\n"
        "“The delay was on my shoulders,” he said.\n\n"
        "“I cannot sail like that and keep the job.”"
    )
    assert quote_of(body, "I cannot sail", nlp, options).speaker is None
