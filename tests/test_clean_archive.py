"""Archive quotation marks (''like this''): read as double marks on a page that uses them."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import P1, P2, clean
from retold.analyze import QuoteOptions, analyze_article
from retold.clean.archive import read_archive_marks

ARCHIVE = (
    "Mayor Lena Osei, who has led the town since 2019, spoke at the harbour on Monday.\n\n"
    "''We will rebuild the pier before winter,'' Ms. Osei said.\n\n"
    "''We have not seen the bill yet,'' said Tomas Varga, the council's treasurer."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param(
            "''We stay,'' she said. ''We rebuild.''",
            '"We stay," she said. "We rebuild."',
            id="pairs",
        ),
        pytest.param(
            "``We stay,'' she said. ``We rebuild.''",
            '"We stay," she said. "We rebuild."',
            id="backtick-opening",
        ),
        pytest.param(
            "''He told me, 'Leave the boats,''' she said. ''I did.''",
            '"He told me, \'Leave the boats,\'" she said. "I did."',
            id="single-closing-inside-a-double",
        ),
        pytest.param(
            "He said, '''Harbour first,' that is the rule,'' she said. ''Yes.''",
            'He said, "\'Harbour first,\' that is the rule," she said. "Yes."',
            id="single-opening-inside-a-double",
        ),
        pytest.param(
            "The keeper is 6'2'' tall. ''He is,'' she said.",
            "The keeper is 6'2'' tall. \"He is,\" she said.",
            id="inches-stay",
        ),
    ],
)
def test_archive_marks_read_as_double_marks(text: str, expected: str) -> None:
    assert read_archive_marks(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("The keeper is 6'2'' tall and 5'11'' in his boots.", id="inches"),
        pytest.param("A lone '' stands here, and the pier's edge is 'wet'.", id="lone-pair"),
        pytest.param(
            "“We stay,” she said. “We rebuild,” he said. ''Odd,'' a sign read.",
            id="a-page-with-real-marks",
        ),
    ],
)
def test_a_page_without_archive_marks_is_untouched(text: str) -> None:
    assert read_archive_marks(text) == text


def test_archive_quotes_are_found_with_their_speakers(nlp: Any, options: QuoteOptions) -> None:
    article = clean(f"{ARCHIVE}\n\n{P1}\n\n{P2}", title="Pier to be rebuilt before winter")
    quotes = analyze_article(article, nlp, options).quotes
    direct = [(q.text, q.speaker) for q in quotes if q.kind == "direct"]
    assert direct == [
        ("We will rebuild the pier before winter,", "Lena Osei"),
        ("We have not seen the bill yet,", "Tomas Varga"),
    ]


def test_a_body_with_real_marks_keeps_its_apostrophes() -> None:
    text = f"“We stay,” she said of the pier, 6'2'' deep at low tide.\n\n{P1}\n\n{P2}"
    assert "6'2''" in clean(text, title="Pier to be rebuilt before winter").body
