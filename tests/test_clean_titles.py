"""Titles, outlets and dates of scraped articles, chosen by evidence.

Each case is a header as scrapers leave it above the same three paragraphs, with
the title, outlet and date a reader would name.  None of these layouts is in any dev
set; the phrases are this file's own.
"""

from __future__ import annotations

import pytest

from helpers import P1, P2, P3, clean
from retold.clean.bylines import byline_date, line_date
from retold.clean.dates import find_date, url_date
from retold.clean.furniture import default_rules
from retold.clean.titles import (
    agrees,
    choose_title,
    headline_shaped,
    is_deck,
    page_outlet,
    tab_parts,
)
from retold.clean.titleshape import reads_as_headline

HEADLINE = "Lakeport ferry terminal to open next spring"
TITLE_CASE = "Lakeport Ferry Terminal to Open Next Spring"


def body(*header: str) -> str:
    return "\n\n".join([*header, P1, P2, P3])


@pytest.mark.parametrize(
    ("header", "title", "outlet", "published"),
    [
        pytest.param(
            ["Trending now: Council votes to sell the old pier", HEADLINE],
            HEADLINE,
            None,
            None,
            id="teaser-above",
        ),
        pytest.param([HEADLINE, "Listen to this article"], HEADLINE, None, None, id="listen"),
        pytest.param([HEADLINE, "Europe"], HEADLINE, None, None, id="section-below"),
        pytest.param(
            [HEADLINE, "Markets · Companies · Economy"], HEADLINE, None, None, id="section-row"
        ),
        pytest.param(
            [HEADLINE, "Rahul Menon-Blake, Asia Correspondent"], HEADLINE, None, None, id="byline"
        ),
        pytest.param([HEADLINE, "Written by Jane Roe"], HEADLINE, None, None, id="written-by"),
        pytest.param(
            [f"{HEADLINE} – Continental Post", HEADLINE],
            HEADLINE,
            "Continental Post",
            None,
            id="browser-tab-line-and-headline",
        ),
        pytest.param(
            [f"{HEADLINE} | Continental Post"],
            HEADLINE,
            "Continental Post",
            None,
            id="browser-tab-line-alone",
        ),
        pytest.param(
            [HEADLINE, "July 23, 2024 by admin"], HEADLINE, None, "2024-07-23", id="date-by-admin"
        ),
        pytest.param(
            [HEADLINE, "By Jane Roe, Wednesday, 20 November 2019 08:05 GMT"],
            HEADLINE,
            None,
            "2019-11-20",
            id="date-in-byline",
        ),
        pytest.param(
            [HEADLINE, "Updated: 21 Nov 2019", "Jane Roe - Nov 19, 2019, 10:31 pm CST"],
            HEADLINE,
            None,
            "2019-11-19",
            id="published-over-updated",
        ),
    ],
)
def test_scraped_header(
    header: list[str], title: str, outlet: str | None, published: str | None
) -> None:
    article = clean(body(*header))
    assert article.title == title
    assert article.outlet == outlet
    assert article.published == published
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize(
    ("text", "parts"),
    [
        ("Headline here - Outlet", ["Headline here", "Outlet"]),
        ("Opinion | Headline here | The Outlet", ["Opinion", "Headline here", "The Outlet"]),
        ("Headline: with a colon » Outlet", ["Headline: with a colon", "Outlet"]),
        ("Plain headline", ["Plain headline"]),
    ],
)
def test_tab_parts(text: str, parts: list[str]) -> None:
    assert tab_parts(text) == parts


@pytest.mark.parametrize(
    ("line", "page_title", "expected"),
    [
        ("Harbour works begin", "Harbour works begin - Gazette", True),
        ("harbour WORKS begin!", "Harbour works begin | Gazette", True),
        ("Fact Check: Is the pier safe", "Fact Check: Is the pier safe - Gazette", True),
        ("Gazette", "Harbour works begin - Gazette", False),  # a one-word part is no headline
        ("Harbour", "Harbour works begin - Gazette", False),
    ],
)
def test_agrees(line: str, page_title: str, expected: bool) -> None:
    assert agrees(line, tab_parts(page_title)) is expected


@pytest.mark.parametrize(
    ("parts", "title", "outlet"),
    [
        (["Harbour works begin", "Gazette"], "Harbour works begin", "Gazette"),
        (["Opinion", "Harbour works begin", "The Gazette"], "Harbour works begin", "The Gazette"),
        (["COLTS TOP CHIEFS, 20", "13"], "COLTS TOP CHIEFS, 20", None),  # a score
        (["Harbour works begin", "2019"], "Harbour works begin", None),  # a year
        (["Harbour works begin", "Gazette"], "Another headline", None),  # not this page's
        (["Harbour works begin"], "Harbour works begin", None),
    ],
)
def test_page_outlet(parts: list[str], title: str, outlet: str | None) -> None:
    assert page_outlet(parts, title, default_rules()) == outlet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (HEADLINE, True),
        ("World", False),
        ("BREAKING", False),
        (P1, False),  # a sentence of a paragraph
        ("Police say the pier was closed after a storm damaged it on Monday night", True),
    ],
)
def test_headline_shaped(text: str, expected: bool) -> None:
    assert headline_shaped(text, default_rules()) is expected


def test_repeated_line_wins_over_position() -> None:
    rules = default_rules()
    choice = choose_title([HEADLINE, "Local news", HEADLINE, "Local news desk"], None, [], rules)
    assert choice is not None
    assert (choice.index, choice.text) == (0, HEADLINE)


@pytest.mark.parametrize(
    ("line", "language", "expected"),
    [
        ("By Jane Roe, Wednesday, 20 November 2019 08:05 GMT", None, "2019-11-20"),
        ("Chris Doe - Nov 19, 2019, 10:31 pm CST", None, "2019-11-19"),
        ("Posted on Maret 30, 2015 by Admin", "id", "2015-03-30"),
        ("Diposting 12 Juni 2019 oleh Admin", "id", "2019-06-12"),
        ("The council first met on 3 March 2019 and agreed to sell the pier.", None, None),
        ("Season opener: Friday, June 24, 2005", None, None),  # a labelled event date
        ("June 24, 2005", None, "2005-06-24"),  # a bare stamp
        ("Harbour Herald March 03, 2019", None, "2019-03-03"),  # signed with a name
        ("Jane Roe · 3 March 2019", None, "2019-03-03"),
        ("Words: Jane Roe·3 March 2019", None, "2019-03-03"),  # a one-word label, glued
        ("Текст: Анна Петрова·24 сентября 2018", "ru", "2018-09-24"),
        ("Published Wed, Nov 20 20194:29 AM EST", None, "2019-11-20"),  # tags glued
        ("Opening night at the pier: 3 March 2019", None, None),  # a label, no name
        ("No date in this line at all", None, None),
    ],
)
def test_line_date(line: str, language: str | None, expected: str | None) -> None:
    found = line_date(line, language)
    assert (found.iso if found else None) == expected


def test_byline_date_prefers_publication_to_update() -> None:
    lines = ["Updated: 21 Nov 2019", "Jane Roe - Nov 19, 2019, 10:31 pm"]
    assert byline_date(lines) == ("2019-11-19", "Jane Roe - Nov 19, 2019, 10:31 pm")
    assert byline_date(["Updated: 21 Nov 2019"]) == ("2019-11-21", "Updated: 21 Nov 2019")


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("https://example.org/2019/11/20/harbour-works", "2019-11-20"),
        ("https://example.org/news/2024-07-03/harbour", "2024-07-03"),
        ("https://example.org/2019/13/20/harbour", None),  # no month 13
        ("https://example.org/story-2019-harbour", None),
        (None, None),
    ],
)
def test_url_date(url: str | None, expected: str | None) -> None:
    assert url_date(url) == expected


@pytest.mark.parametrize(
    ("text", "short_years", "expected"),
    [
        ("08. 07. 2012", False, "2012-07-08"),  # dots: day first
        ("11.14.2019 09:00 AM", False, "2019-11-14"),  # only month first is a date
        ("11/18/19 11:04 PM EST", True, "2019-11-18"),
        ("11/18/19 11:04 PM EST", False, None),  # a two-digit year only in a stamp
        ("05/06/19 9:00", True, None),  # May 6 or June 5: not read
    ],
)
def test_find_date_forms(text: str, short_years: bool, expected: str | None) -> None:
    found = find_date(text, short_years=short_years)
    assert (found.iso if found else None) == expected


@pytest.mark.parametrize(
    ("text", "above", "expected"),
    [
        (
            "The council ends a two-year dispute over the cost of dredging the quay",
            TITLE_CASE,
            True,
        ),
        ("The council ends a two-year dispute over the cost of dredging the quay", HEADLINE, False),
        (
            "Chilean press: strikers vow to hold out as the talks stall again",
            "The world's press, in English",
            False,
        ),
        (HEADLINE, "Harbour works", False),  # a kicker above the headline
        (
            "The council ends a two-year dispute over the cost of dredging the quay",
            "HARBOUR HERALD | Local News",
            False,
        ),
        (
            "Lakeport Ferry Terminal To Open Next Spring After Two Years Of Delays",
            "Ferry news today",
            False,
        ),
        ("The council ends a dispute", TITLE_CASE, False),  # shorter than the headline
    ],
)
def test_is_deck(text: str, above: str, expected: bool) -> None:
    assert is_deck(text, above, default_rules()) is expected


def test_headline_plus_deck_keeps_the_headline() -> None:
    deck = "The council ends a two-year dispute over the cost of dredging the northern quay"
    article = clean(body(TITLE_CASE, deck))
    assert article.title == TITLE_CASE


# A headline printed with a full stop, as some exports and archives print every title.
PERIOD_HEADLINES = [
    "Mayor Ann Lee: Lakeport ferry terminal will open in spring.",
    "Harbour Authority Rejects Fishermen's Plea Over Northern Quay Dredging.",
    "Ferry Terminal Delays Cost Lakeport Businesses Millions, Survey Finds.",
    pytest.param(
        "Lakeport council votes to sell old pier to developers.",
        marks=pytest.mark.xfail(
            reason="a sentence-case headline in plain words: the grammar model gives 0.61, "
            "under its 0.8 threshold (it finds 62% of PolNeAR's full-stop titles)",
            strict=True,
        ),
    ),
]
# Short opening paragraphs a text may start with when it has no title line at all.
OPENING_SENTENCES = [
    "Police closed the coast road on Monday after a lorry overturned near the old pier.",
    "The council said on Thursday that it had agreed to sell the pier to a developer.",
    "She was the first woman to run the harbour, and she has done it for ten years.",
]


@pytest.mark.parametrize("headline", PERIOD_HEADLINES)
def test_period_headline_is_the_title(headline: str) -> None:
    article = clean(body(headline))
    assert article.title == headline
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize("sentence", OPENING_SENTENCES)
def test_opening_sentence_stays_in_the_body(sentence: str) -> None:
    article = clean(body(sentence))
    assert article.title is None
    assert article.body.split("\n\n") == [sentence, P1, P2, P3]


def test_period_headline_needs_prose_after_it() -> None:
    """A headline-like first line followed only by more short lines is no title line."""
    first = "Mayor Ann Lee: Lakeport ferry terminal will open in spring."
    article = clean("\n\n".join([first, "Council to meet again next week.", P1]))
    assert first in article.body


@pytest.mark.parametrize("headline", PERIOD_HEADLINES)
def test_reads_as_headline(headline: str) -> None:
    assert reads_as_headline(headline)


@pytest.mark.parametrize("sentence", [*OPENING_SENTENCES, P1, P2, P3])
def test_prose_does_not_read_as_headline(sentence: str) -> None:
    assert not reads_as_headline(sentence)


@pytest.mark.parametrize(
    ("header", "title"),
    [
        pytest.param(
            "Harbour authority and council: a tortured relationship; \n"
            "Divided by cost, the two have quarrelled over the ferry for a decade.",
            "Harbour authority and council: a tortured relationship",
            id="headline-semicolon-deck",
        ),
        pytest.param(
            "Fishermen find a way back to the northern quay;\nHarbour Scene.",
            "Fishermen find a way back to the northern quay",
            id="headline-semicolon-column-name",
        ),
    ],
)
def test_headline_continued_by_a_semicolon(header: str, title: str) -> None:
    """Archive exports print 'Headline;' over its deck or its column's name."""
    article = clean(body(header))
    assert article.title == title
    assert article.body.split("\n\n")[-3:] == [P1, P2, P3]
