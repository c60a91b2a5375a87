"""A speaker who goes on: a quote paragraph that continues an attributed quote, or the
next paragraph of a quotation, is the words of the speaker the attribution was read as,
though the name lies further back than the continuation's own paragraph would reach
(``speakers._owners``); not when a pronoun gave that speaker and the name printed last
before it may be someone else (``speakers._goes_on``), nor when the quote speaks of
them by name (``continued.speaks_of``).  A paragraph that opens with no mark and closes
a quotation opened in the paragraph before ends that quotation (``marks``).  All text
here is invented."""

from __future__ import annotations

import re
from typing import Any

import pytest

from helpers import make_article, quote_of
from retold.analyze import QuoteOptions, analyze_article
from retold.analyze.marks import merge_paragraphs, paragraph_quotes

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


def _quotes(body: str, nlp: Any, options: QuoteOptions) -> list[tuple[str, str, str | None]]:
    article = make_article(body, id="a1", outlet="The Harbour Herald")
    return [(q.shape, q.text, q.speaker) for q in analyze_article(article, nlp, options).quotes]


QUOTATIONS = [
    pytest.param(
        "Mayor Lena Osei spoke on Monday.\n\n“We will rebuild the pier.\n\n"
        "The market comes next,” Osei said.",
        [("multi_paragraph", "We will rebuild the pier.\n\nThe market comes next,", "Lena Osei")],
        id="a-quotation-whose-next-paragraph-lost-its-opening-mark",
    ),
    pytest.param(
        "Mayor Lena Osei spoke on Monday.\n\n“We will rebuild the pier.\n\n"
        "“The market comes next,” Osei said.\n\n“Then the ferry returns to the harbour.”",
        [
            (
                "multi_paragraph",
                "We will rebuild the pier.\n\n“The market comes next,",
                "Lena Osei",
            ),
            ("continued", "Then the ferry returns to the harbour.", "Lena Osei"),
        ],
        id="a-quote-paragraph-after-a-quotation-attributed-at-its-end",
    ),
    pytest.param(
        "Mayor Lena Osei spoke on Monday.\n\n“We will rebuild the pier,” Osei said.\n\n"
        "“The crowd laughed at first. But Osei was firm.”",
        [
            ("postfix", "We will rebuild the pier,", "Lena Osei"),
            ("unattributed", "The crowd laughed at first. But Osei was firm.", None),
        ],
        id="a-quote-paragraph-that-speaks-of-the-speaker-is-not-theirs",
    ),
    pytest.param(
        "The pier will be rebuilt, Mayor Lena Osei said.\n\n"
        '"The vote made the town happy, but the work is hard, "Osei said after the vote.'
        '\n\n"We start in May."',
        [
            ("fronted", "The pier will be rebuilt", "Lena Osei"),
            ("postfix", "The vote made the town happy, but the work is hard,", "Lena Osei"),
            ("continued", "We start in May.", "Lena Osei"),
        ],
        id="a-closing-mark-spaced-from-its-words-leaves-the-attribution-out",
    ),
    pytest.param(
        "The ferry sank off the point on Monday.\n\n"
        "“The crew were like family to us,” a harbour worker said.\n\n"
        "“We are all waiting for news.”",
        [
            ("postfix", "The crew were like family to us,", "a harbour worker"),
            ("continued", "We are all waiting for news.", "a harbour worker"),
        ],
        id="a-quote-paragraph-after-a-quotation-by-someone-unnamed-goes-on-with-them",
    ),
]


@pytest.mark.parametrize(("body", "expected"), QUOTATIONS)
def test_quotations(body: str, expected: list[Any], nlp: Any, options: QuoteOptions) -> None:
    assert _quotes(body, nlp, options) == expected


def _spans(body: str) -> list[tuple[tuple[int, int], ...]]:
    starts = [m.start() for m in re.finditer(r"(?:^|(?<=\n\n))\S", body)]
    ends = [*(s - 2 for s in starts[1:]), len(body)]
    per = [
        paragraph_quotes(body[a:b], a, n) for n, (a, b) in enumerate(zip(starts, ends, strict=True))
    ]
    return [span.segments for span in merge_paragraphs(per, starts, body)]


@pytest.mark.parametrize(
    "body",
    [
        pytest.param("She wrote “Piers of the North:\n\nA History,” a book.", id="a-title"),
        pytest.param("“We will rebuild the pier.\n\nLena Osei, Harbour Board.”", id="a-signature"),
    ],
)
def test_a_closing_mark_alone_joins_no_title_or_signature(body: str) -> None:
    assert all(len(segments) == 1 for segments in _spans(body))


def test_a_closing_mark_alone_ends_the_quotation_before() -> None:
    body = "“We will rebuild the pier.\n\nThe market comes next,” Osei said."
    assert [len(segments) for segments in _spans(body)] == [2]
