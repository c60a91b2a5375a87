"""The article on a whole-page scrape: line features, the line model, the region.

The page below is this file's own: a menu, a headline that repeats the page's
``<title>`` line, a byline, the article, related links, a comment thread and a footer,
as a naive scraper dumps them (one text node a line).
"""

from __future__ import annotations

import numpy as np
import pytest

from helpers import clean
from retold.clean.furniture import default_rules
from retold.clean.lines import FEATURES, line_features, title_anchor
from retold.clean.region import (
    MIN_LINES,
    SECOND_WINDOWS,
    _ends_article,
    find_article,
    is_page,
    line_model,
    second_features,
    stacked_from_json,
)
from retold.clean.text import PAGE_FURNITURE

HEADLINE = "Harbour council approves new ferry terminal after long dispute"
ARTICLE = [
    "The harbour council in Lakeport voted on Tuesday to build a new ferry terminal on the "
    "northern quay, ending a dispute over the cost of dredging that had lasted two years.",
    "Councillors approved the plan by nine votes to four after a debate that ran late into "
    "the evening, and the first boats are expected to use the terminal next spring.",
    "“This is the day the town has waited for,” said the council leader, Mara Jensen, who "
    "told reporters that the terminal would bring more visitors during the summer season.",
    "Fishermen who use the quay said they worried about the noise from construction and asked "
    "the council to limit building work to the hours between eight in the morning and six.",
    "The council said it would publish a timetable for the work next month, after talks with "
    "the harbour authority and the companies that run the ferries to the islands.",
    "Local businesses welcomed the decision, and the chamber of commerce said the terminal "
    "would create about forty jobs in the town once it opened to passengers.",
]
MENU = [
    "Skip to content", "Home", "News", "Local", "Sport", "Business", "Weather", "Opinion",
    "Lifestyle", "Subscribe", "Sign in", "Search", "Menu", "Podcasts", "Newsletters",
    "Contact us", "Advertise", "Jobs",
]  # fmt: skip
AFTER = [
    "Related stories",
    "Storm closes the coast road for a second night",
    "School board picks a new head teacher",
    "Comments",
    "harbourfan",
    "3 hours ago",
    "Finally some good news for this town, I hope they keep to the timetable this time.",
    "Reply",
    "oldsalt",
    "2 hours ago",
    "Reply",
    "About us",
    "Privacy policy",
    "Terms of use",
    "© 2026 Harbour Herald",
]


def page() -> str:
    header = [HEADLINE, "By Jane Roe", "March 3, 2026 10:15 am"]
    return "\n".join([f"{HEADLINE} | Harbour Herald", *MENU, *header, *ARTICLE, *AFTER])


def test_the_article_is_cut_out_of_the_page() -> None:
    article = clean(page())
    assert article.body.split("\n\n") == ARTICLE
    assert article.title == HEADLINE
    assert article.outlet == "Harbour Herald"
    assert article.published == "2026-03-03"
    removed = {r.text: r.reason for r in article.removed}
    assert removed["Skip to content"] == PAGE_FURNITURE
    assert "Storm closes the coast road for a second night" in removed
    assert "Finally some good news" not in article.body


def test_a_short_text_is_left_to_the_plain_cleaner() -> None:
    lines = [HEADLINE, *ARTICLE]
    assert len(lines) < MIN_LINES
    assert find_article(lines, default_rules()) == (0, len(lines))


def test_region_grows_over_adjoining_paragraphs() -> None:
    lines = [f"{HEADLINE} | Harbour Herald", *MENU, HEADLINE, *ARTICLE, *AFTER]
    start, end = find_article(lines, default_rules())
    assert lines[start : start + len(ARTICLE)] == ARTICLE  # the related block is the rules'
    assert end <= lines.index("Comments")


def test_features_have_one_row_per_line() -> None:
    lines = page().split("\n")
    x = line_features(lines, default_rules())
    assert x.shape == (len(lines), len(FEATURES))
    assert np.isfinite(x).all()
    assert line_features([], default_rules()).shape == (0, len(FEATURES))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        ([f"{HEADLINE} | Harbour Herald", "Home", HEADLINE, ARTICLE[0]], 2),
        ([f"{HEADLINE} - Harbour Herald", "Home", "Harbour Herald", HEADLINE], 3),
        ([HEADLINE, "Home", ARTICLE[0]], -1),
        ([], -1),
    ],
)
def test_title_anchor(lines: list[str], expected: int) -> None:
    assert title_anchor(lines) == expected


def test_model_survives_its_json_form() -> None:
    model = line_model()
    again = stacked_from_json(model.as_json())
    x = line_features(page().split("\n"), default_rules())
    assert np.allclose(model.probabilities(x), again.probabilities(x))
    assert model.features == FEATURES


@pytest.mark.parametrize(
    ("line", "ends"),
    [
        ("[ 167 comments ]", True),
        ("Top Rated Comments", True),
        ("12 Comments", True),
        ("Leave a Reply", True),
        ("Join the conversation", True),
        ("The comments drew a sharp reply from the council.", False),
        ("Related stories", False),
    ],
)
def test_a_comment_thread_heading_ends_the_article(line: str, ends: bool) -> None:
    assert _ends_article(line, default_rules()) is ends


def test_the_article_stops_above_the_comment_thread() -> None:
    thread = ["Comments", *[f"{ARTICLE[n % 6]}" for n in range(4)]]  # comments as long as prose
    lines = [f"{HEADLINE} | Harbour Herald", *MENU, HEADLINE, *ARTICLE, *thread, *AFTER[11:]]
    start, end = find_article(lines, default_rules())
    assert end <= lines.index("Comments")
    assert lines[start : start + len(ARTICLE)] == ARTICLE


def test_a_long_article_without_a_page_around_it_is_read_whole() -> None:
    """A feed's long article, one sentence a line, ending in short quotes, is no page:
    nothing of it is cut (a page scrape's end is footer; an article's end is text)."""
    lines = [*ARTICLE * 6, "“It is a good day.", "For all of us.”", "The vote is final."]
    assert len(lines) >= MIN_LINES
    assert not is_page(lines)
    assert find_article(lines, default_rules()) == (0, len(lines))


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (page().split("\n"), True),
        ([HEADLINE, *ARTICLE] * 5, False),  # long, but all headline and prose
        (MENU[:10], False),  # a menu alone is too short to be a page
    ],
)
def test_is_page(lines: list[str], expected: bool) -> None:
    assert is_page(lines) is expected


def test_the_second_model_reads_the_first_models_scores_around_each_line() -> None:
    x = line_features(page().split("\n"), default_rules())
    first = np.linspace(0.0, 1.0, len(x))
    stacked = second_features(x, first)
    assert stacked.shape == (len(x), len(FEATURES) + 1 + len(SECOND_WINDOWS))
    assert np.allclose(stacked[:, len(FEATURES)], first)
    assert line_model().second.features[len(FEATURES)] == "first"
