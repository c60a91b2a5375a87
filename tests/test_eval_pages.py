"""Page-gold scoring (the scraped-real schema): each measure on hand-made cases."""

from __future__ import annotations

import pytest

from retold.eval.pages import body_overlap, near_date, outlet_matches, page_key, title_matches

GOLD = "The council met on Monday. It voted to close the bridge for repairs.\n\nShort one."


def test_body_overlap_counts_sentences_and_lines() -> None:
    body = "The council met on Monday.\nSubscribe to our daily newsletter today\nMenu"
    recall, precision = body_overlap(GOLD, body)
    assert recall == 0.5  # two gold sentences of 4+ words, one found
    assert precision == 0.5  # two retold lines of 4+ words, one in the gold body


def test_body_overlap_ignores_whitespace_and_has_no_precision_without_lines() -> None:
    recall, precision = body_overlap(GOLD, "The  council met\non Monday. It voted to close")
    assert recall == 0.5
    assert precision is not None
    assert body_overlap(GOLD, "Menu")[1] is None


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Bridge closed for repairs", True),
        ("  bridge CLOSED for  “repairs”", True),
        ("Bridge closed for repairs - Harbour Gazette", False),
        (None, False),
    ],
)
def test_title_matches(title: str | None, expected: bool) -> None:
    assert title_matches(title, ['Bridge closed for "repairs"', "Other form"]) is expected


@pytest.mark.parametrize(
    ("outlet", "expected"),
    [
        ("Fox News", True),  # starts the domain label "foxnews"
        ("The Harbour Gazette", True),  # site, "The" aside
        ("harbour-gazette", True),
        ("HG Daily", True),  # one of site_alts
        ("Hearst Communications", False),
        ("com", False),  # the top-level label is not a name
        (None, False),
    ],
)
def test_outlet_matches(outlet: str | None, expected: bool) -> None:
    url = "https://www.foxnews.com/world/story"
    assert outlet_matches(outlet, url, "Harbour Gazette", ["HG Daily"]) is expected


def test_near_date_within_one_day() -> None:
    assert near_date("2019-11-21", "2019-11-20")
    assert not near_date("2019-11-22", "2019-11-20")
    assert not near_date(None, "2019-11-20")


def test_page_key_matches_text_and_html_of_one_page() -> None:
    assert page_key("dir/3f1c.txt") == page_key("3f1c.html.gz") == "3f1c"


def test_outlet_matches_a_leading_the_either_way() -> None:
    assert outlet_matches("The Hill", "https://thehill.com/policy/x", "TheHill", [])
    assert outlet_matches("Hill", None, "The Hill", [])
    assert not outlet_matches("The", None, "The Hill", [])
