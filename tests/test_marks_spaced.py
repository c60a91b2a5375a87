"""Closing marks printed apart from the words they close, as text detokenized with a
space before every mark prints them ('...to hit, "Steward said'): the mark closes the
quotation, which no longer swallows its own attribution, while a mark of that shape that
opens a quotation (a closing mark lost before it) still opens one.  All text here is
invented.
"""

from __future__ import annotations

from typing import Any

from helpers import quote_of
from retold.analyze import QuoteOptions
from retold.analyze.marks import merge_paragraphs, paragraph_quotes


def _quotes(body: str) -> list[str]:
    starts, parts, at = [], [], 0
    for index, paragraph in enumerate(body.split("\n\n")):
        starts.append(at)
        parts.append(paragraph_quotes(paragraph, at, index))
        at += len(paragraph) + 2
    spans = merge_paragraphs(parts, starts, body)
    return [" / ".join(body[a:b] for a, b in span.segments) for span in spans]


def test_a_closing_mark_with_a_space_before_it_closes_before_the_attribution() -> None:
    body = '"The new pier will open in May, "Mayor Ana Ruiz said.'
    assert _quotes(body) == ["The new pier will open in May,"]


def test_a_spaced_closing_mark_before_a_second_quotation_in_the_paragraph() -> None:
    body = '"We are ready, "said Ana Ruiz. "The ferry sails at noon. "'
    assert _quotes(body) == ["We are ready,", "The ferry sails at noon."]


def test_a_mark_of_that_shape_still_opens_when_the_next_mark_closes() -> None:
    body = '"Without a deal with the union, he added, "this is how the strike ends."'
    assert _quotes(body) == [
        'Without a deal with the union, he added, "this is how the strike ends.'
    ]


def test_a_quotation_over_two_paragraphs_ends_at_a_spaced_closing_mark() -> None:
    body = '"We rebuilt the pier in a year.\n\nIt was worth it, "said Tom Bell, the harbour master.'
    assert _quotes(body) == ["We rebuilt the pier in a year. / It was worth it,"]


def test_the_speaker_of_a_spaced_quotation_is_named(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "The harbour board met on Monday.\n\n"
        '"The new pier will open in May, "Mayor Ana Ruiz said. "Nobody will wait longer. "'
    )
    quote = quote_of(body, "The new pier", nlp, options)
    assert (
        quote.text == "The new pier will open in May, Nobody will wait longer."
    )  # split, read whole
    assert quote.speaker == "Ana Ruiz"
