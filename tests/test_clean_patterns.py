"""Header and furniture patterns: each one removed with its reason, every paragraph kept."""

from __future__ import annotations

import pytest

from helpers import P1, P2, P3, PARAGRAPHS, clean
from retold.clean.dates import date_line, find_date, is_stamp, parse_date
from retold.records import Article


def paragraphs(article: Article) -> list[str]:
    return article.body.split("\n\n")


def assert_removed(article: Article, expected: dict[str, str]) -> None:
    """Each furniture line is out of the body and in ``removed`` with its reason."""
    reasons = {r.text: r.reason for r in article.removed}
    for line, reason in expected.items():
        assert line not in article.body
        assert line in reasons, f"{line!r} not among removed lines {sorted(reasons)}"
        assert reasons[line] == reason


def join(*blocks: str) -> str:
    return "\n\n".join(blocks)


# -- furniture between paragraphs (not just at the edges) ------------------------------


def line(text: str, reason: str) -> object:
    """One furniture line and the reason it is removed, as a test case."""
    return pytest.param(text, {text: reason}, id=text[:30])


# (furniture block as it appears in the text, {line: reason})
MIDDLE = [
    pytest.param(
        "Read more\nWorkers repair the old pier in Lakeport, March 3, 2024\n"
        "Council approves new budget for harbour works",
        {
            "Read more": "read-more block",
            "Workers repair the old pier in Lakeport, March 3, 2024": "related headline",
            "Council approves new budget for harbour works": "related headline",
        },
        id="read-more-same-block-caption-and-headline",
    ),
    pytest.param(
        "Read more:\n\n- Council approves harbour budget\n- Fishermen protest new quotas",
        {
            "Read more:": "read-more block",
            "- Council approves harbour budget": "related headline",
            "- Fishermen protest new quotas": "related headline",
        },
        id="read-more-heading-then-bullets",
    ),
    line("Related: Council approves harbour budget", "related headline"),
    line("Trending now: Harbour fees rise | Lakeport wins the cup", "related headline"),
    line("Source link", "source link"),
    line("Verified by SomePlugin", "plugin stamp"),
    line("Share this article", "share line"),
    line("Share on Facebook", "share line"),
    line("Share: Facebook | X | Email", "share line"),
    line("Tweet", "share line"),
    line("Email this article", "share line"),
    line("Print this article", "share line"),
    line("Subscribe to our newsletter", "follow / subscribe line"),
    line("Sign up for our daily briefing", "follow / subscribe line"),
    line("Get the Morning Digest newsletter in your inbox", "follow / subscribe line"),
    line("Follow us on Twitter", "follow / subscribe line"),
    line("Never miss a story — get alerts straight to your phone", "follow / subscribe line"),
    line(
        "We use cookies to improve your experience. By continuing you accept our cookie policy.",
        "cookie notice",
    ),
    line("By Jane Roe, Staff Writer", "byline"),
    line("By Jane Roe | 3 min read", "byline"),
    line("By Harbour Herald reporters", "byline"),
    line("5 min read", "reading time"),
    line("(Reporting by Jane Roe; Editing by John Doe)", "reporting credit"),
    line("Additional reporting by John Doe", "reporting credit"),
    line("Jane Roe contributed reporting.", "reporting credit"),
    line("© 2024 Harbour Gazette. All rights reserved.", "copyright footer"),
    line("Copyright 2024 Harbour Gazette Media Ltd.", "copyright footer"),
    line("All rights reserved.", "copyright footer"),
    line("PHOTO: Workers repair the old pier in Lakeport.", "photo caption"),
    line("Workers repair the old pier in Lakeport (Agency photo)", "photo caption"),
    line("Photo: Jane Roe/Harbour Gazette", "photo caption"),
    line("Advertisement", "advertisement"),
    line("Sponsored content", "advertisement"),
    line("Story continues below advertisement", "advertisement"),
]


@pytest.mark.parametrize(("furniture", "expected"), MIDDLE)
def test_furniture_between_paragraphs(furniture: str, expected: dict[str, str]) -> None:
    article = clean(join(P1, furniture, P2, P3))
    assert paragraphs(article) == [P1, P2, P3]
    assert_removed(article, expected)


@pytest.mark.parametrize(("furniture", "expected"), MIDDLE)
def test_furniture_at_the_end(furniture: str, expected: dict[str, str]) -> None:
    article = clean(join(P1, P2, P3, furniture))
    assert paragraphs(article) == [P1, P2, P3]
    assert set(expected) <= {r.text for r in article.removed}


# -- header zone: dates, mastheads, titles, datelines ----------------------------------

# (header text placed before the paragraphs, the field values expected, {line: reason})
HEADERS = [
    pytest.param(
        f" date 2025-11-06 {P1}",
        {"published": "2025-11-06", "published_source": "header", "dateline": None},
        {"date 2025-11-06": "date line"},
        id="scrape-date-prefix-lede-on-same-line",
    ),
    pytest.param(
        " date 2023-06-16 09:52 08 June Kyiv, Ukraine\n\n" + P1,
        {"published": "2023-06-16", "place": "Kyiv, Ukraine", "dateline_date": "2023-06-08"},
        {"date 2023-06-16 09:52": "date line", "08 June Kyiv, Ukraine": "dateline"},
        id="scrape-date-prefix-then-dateline",
    ),
    pytest.param(
        "April 19, 2024\n\n" + P1,
        {"published": "2024-04-19"},
        {"April 19, 2024": "date line"},
        id="month-day-year",
    ),
    pytest.param(
        "Monday, July 8, 2024 – 6:05 p.m. PDT\n\n" + P1,
        {"published": "2024-07-08"},
        {"Monday, July 8, 2024 – 6:05 p.m. PDT": "date line"},
        id="weekday-time-zone",
    ),
    pytest.param(
        "Published 2024-07-30 08:12 UTC\n\n" + P1,
        {"published": "2024-07-30"},
        {"Published 2024-07-30 08:12 UTC": "date line"},
        id="published-iso",
    ),
    pytest.param(
        "22.11.2024 09:30\n\n" + P1,
        {"published": "2024-11-22"},
        {"22.11.2024 09:30": "date line"},
        id="dotted-with-time",
    ),
    pytest.param(
        "Section | 06.03.2024\n\n" + P1,
        {"published": "2024-03-06"},
        {"Section | 06.03.2024": "date line"},
        id="section-pipe-date",
    ),
    pytest.param(
        "Harbour Gazette\n\nNews for the Lakes since 1921\n\nFerry terminal to open next spring\n\n"
        + P1,
        {
            "outlet": "Harbour Gazette",
            "outlet_source": "masthead",
            "title": "Ferry terminal to open next spring",
        },
        {
            "Harbour Gazette": "masthead",
            "News for the Lakes since 1921": "tagline",
            "Ferry terminal to open next spring": "title",
        },
        id="masthead-tagline-title",
    ),
    pytest.param(
        "Ferry board splits over pier.\n\nvote delayed; mayor to speak.\n\n" + P1,
        {"outlet": None, "outlet_source": "none"},
        {"Ferry board splits over pier.": "header line"},
        id="sentence-case-headline-above-deck-is-no-masthead",
    ),
    pytest.param(
        "Ferry terminal to open next spring\n\nFerry terminal to open next spring\n\n" + P1,
        {"title": "Ferry terminal to open next spring", "title_source": "header"},
        {"Ferry terminal to open next spring": "repeated title"},
        id="title-printed-twice",
    ),
    pytest.param(
        "Ferry terminal to open next spring\n\n"
        "The terminal will open next year Read Full Article at example.com\n\n" + P1,
        {"title": "Ferry terminal to open next spring", "outlet": "Example"},
        {"The terminal will open next year Read Full Article at example.com": "read full article"},
        id="read-full-article-summary",
    ),
    pytest.param(
        "Harbour Gazette\n\nFerry terminal to open next spring\n\nBy Jane Roe | 3 min read\n\n"
        "Published 2024-07-30 08:12 UTC\n\n" + P1,
        {"outlet": "Harbour Gazette", "published": "2024-07-30"},
        {"By Jane Roe | 3 min read": "byline", "Published 2024-07-30 08:12 UTC": "date line"},
        id="byline-in-header",
    ),
]

FIELDS = {
    "place": lambda a: a.dateline.place if a.dateline else None,
    "dateline_date": lambda a: a.dateline.date if a.dateline else None,
}


@pytest.mark.parametrize(("header", "fields", "expected"), HEADERS)
def test_header(header: str, fields: dict[str, str | None], expected: dict[str, str]) -> None:
    article = clean(join(header, P2, P3))
    assert paragraphs(article) == [P1, P2, P3]
    for name, value in fields.items():
        getter = FIELDS.get(name, lambda a, n=name: getattr(a, n))
        assert getter(article) == value, name
    assert_removed(article, expected)


def test_title_printed_twice_is_removed_both_times() -> None:
    title = "Ferry terminal to open next spring"
    article = clean(join(title, title, P1, P2, P3))
    assert [r.reason for r in article.removed if r.text == title] == ["title", "repeated title"]
    assert title not in article.body


def test_title_from_metadata_removed_from_body() -> None:
    title = "Ferry terminal to open next spring"
    article = clean(join(title, P1, P2, P3), title=title)
    assert article.title == title and article.title_source == "metadata"
    assert paragraphs(article) == [P1, P2, P3]


def test_outlet_marker_writes() -> None:
    lede = P1[:-1] + ", writes ABC."
    article = clean(join(lede, P2, P3))
    assert (article.outlet, article.outlet_source) == ("ABC", "text marker")
    assert paragraphs(article) == [lede, P2, P3]  # the marker is part of the sentence


def test_full_header_and_footer() -> None:
    text = join(
        "Harbour Gazette",
        "News for the Lakes since 1921",
        "Ferry terminal to open next spring",
        "By Jane Roe, Staff Writer",
        "April 19, 2024",
        P1,
        P2,
        "Advertisement",
        P3,
        "(Reporting by Jane Roe; Editing by John Doe)",
        "© 2024 Harbour Gazette. All rights reserved.",
        "Source link",
        "Verified by SomePlugin",
    )
    article = clean(text)
    assert paragraphs(article) == list(PARAGRAPHS)
    assert (article.outlet, article.title, article.published) == (
        "Harbour Gazette",
        "Ferry terminal to open next spring",
        "2024-04-19",
    )
    assert len(article.removed) == 10
    lines = text.split("\n")
    for removed in article.removed:  # line numbers point at the removed text
        assert lines[removed.line].strip() == removed.text


# -- wire datelines ---------------------------------------------------------------------

WIRE = [
    pytest.param("SANTIAGO (Eastwire) - ", None, ("Santiago", None, "Eastwire"), id="place-credit"),
    pytest.param("SANTIAGO - ", None, ("Santiago", None, None), id="place-only"),
    pytest.param(
        "NEW ORLEANS, Feb 11 (Eastwire) - ",
        None,
        ("New Orleans", None, "Eastwire"),
        id="place-date-credit",
    ),
    pytest.param(
        "NEW ORLEANS, Feb 11 (Eastwire) - ",
        "2025-02-12",
        ("New Orleans", "2025-02-11", "Eastwire"),
        id="place-date-credit-with-year",
    ),
]


@pytest.mark.parametrize(("prefix", "published", "expected"), WIRE)
def test_wire_dateline(
    prefix: str, published: str | None, expected: tuple[str, str | None, str | None]
) -> None:
    meta = {"published": published} if published else {}
    article = clean(join(prefix + P1, P2, P3), **meta)
    assert paragraphs(article) == [prefix + P1, P2, P3]  # the dateline stays in the lede
    assert article.dateline is not None
    assert article.dateline.text == prefix.rstrip(" -")
    d = article.dateline
    assert (d.place, d.date, d.credit) == expected


def test_no_dateline_in_ordinary_lede() -> None:
    assert clean(join(P1, P2, P3)).dateline is None


# -- prose that must never be taken for furniture ------------------------------------

NEGATIVE = [
    "By Tuesday, the fire had spread to the ridge.",
    "Share prices fell 3% on Monday after the announcement of the merger.",
    "Copyright lawyers said the ruling would be appealed in the spring.",
    "The mayor, who writes a weekly newsletter for residents, said she would explain the plan "
    "to subscribers on Friday.",
    "By the end of the week, volunteers had cleared most of the debris from the beach.",
    "Photo albums from the 1950s show the pier crowded with holidaymakers on every summer weekend.",
    "Advertisement revenue at the local radio station fell sharply during the winter months, "
    "its owner said.",
    "Subscribers to the ferry service will get a discount of ten percent from the first day.",
]


@pytest.mark.parametrize(
    ("position", "sentence"),
    [
        pytest.param(position, sentence, id=f"{position}-{n}")
        for position in ("first", "middle", "last")
        for n, sentence in enumerate(NEGATIVE)
    ],
)
def test_prose_is_kept(position: str, sentence: str) -> None:
    order = {
        "first": [sentence, P1, P2, P3],
        "middle": [P1, sentence, P2, P3],
        "last": [P1, P2, P3, sentence],
    }[position]
    article = clean(join(*order))
    assert paragraphs(article) == order
    assert sentence not in {r.text for r in article.removed}


# -- dates -------------------------------------------------------------------------------

DATES = [
    # text, find_date / parse_date, date_line (only when the line is nothing but a date)
    ("April 19, 2024", "2024-04-19", "2024-04-19"),
    ("Monday, July 8, 2024 – 6:05 p.m. PDT", "2024-07-08", "2024-07-08"),
    ("Published 2024-07-30 08:12 UTC", "2024-07-30", "2024-07-30"),
    ("22.11.2024 09:30", "2024-11-22", "2024-11-22"),
    ("Section | 06.03.2024", "2024-03-06", None),
    ("19 April 2024", "2024-04-19", "2024-04-19"),
    ("1st of March, 2023", "2023-03-01", "2023-03-01"),
    ("Sept. 3, 2022", "2022-09-03", "2022-09-03"),
    ("2024/07/30", "2024-07-30", "2024-07-30"),
    ("Updated: Jan. 5, 2023 at 10:00 a.m. EST", "2023-01-05", "2023-01-05"),
    ("Mon, 29 Jul 2024 10:00:00 GMT", "2024-07-29", "2024-07-29"),
    ("2024-07-29T23:30:00-07:00", "2024-07-29", "2024-07-29"),
    ("The summit on April 19, 2024 ended early.", "2024-04-19", None),
    ("05/06/2024", None, None),  # May or June: never guessed
    ("12/31/2024", "2024-12-31", "2024-12-31"),  # no month 31: one reading only
    ("12 / 19 / 2005", "2005-12-19", "2005-12-19"),
    ("28/11/2005", "2005-11-28", "2005-11-28"),  # no month 28 either way round
    ("9 / 10 / 2010", None, None),  # September or October
    ("Article posted on 08. 07. 2012", "2012-07-08", "2012-07-08"),  # dots: day first
    (
        "Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET",
        "2005-11-27",
        "2005-11-27",
    ),
    ("The Colts won 20 - 13 on 12/19/2005.", "2005-12-19", None),
    ("Feb 30, 2024", None, None),
    ("31.02.2024", None, None),
    ("2024-13-01", None, None),
    ("08 June", None, None),  # no year
    ("no date here", None, None),
    ("", None, None),
]


@pytest.mark.parametrize(("text", "iso", "line"), DATES)
def test_dates(text: str, iso: str | None, line: str | None) -> None:
    found = find_date(text)
    assert (found.iso if found else None) == iso
    assert parse_date(text) == iso
    assert date_line(text) == line
    if found:
        assert text[found.start : found.end].strip()


@pytest.mark.parametrize(
    ("text", "iso"),
    [
        pytest.param("Feb 30, 2024, then March 1, 2024", "2024-03-01", id="month-name"),
        pytest.param("2024-02-30 or 2024-03-01", "2024-03-01", id="iso"),
    ],
)
def test_first_valid_date_after_an_invalid_one(text: str, iso: str) -> None:
    assert parse_date(text) == iso


# misfiled titles from scraped records (tokenized: "8: 24", "11 / 28 / 05"), with their date
STAMPS = [
    ("8: 24am:", None),  # a time only
    ("APR 28", None),  # no year
    ("11 / 28 / 05\t\t", None),  # two-digit year: not read
    ("Posted 11 / 27 / 2005 7: 21 AM", "2005-11-27"),
    ("Posted 12 / 19 / 2005 3: 36 PM", "2005-12-19"),
    ("Posted: Nov 27, 2005 8: 20 AM ET Last Updated: Nov 27, 2005 8: 10 PM ET", "2005-11-27"),
    ("9 / 10 / 2010 @ 1: 19PM", None),  # September 10 or 9 October: never guessed
    ("11 / 09 / 2010", None),
    ("Posted at 3: 21 PM ET, 01 / 5 / 2011", None),
    ("8 / 2 / 13 at 1: 30 PM", None),
    ("Article posted on 08. 07. 2012", "2012-07-08"),
    ("2024-07-29T23:30:00-07:00", "2024-07-29"),
    ("November 2005", None),
    # header lines of real pages: a time with a spaced dot, "5: 03p", "A. M.", seconds
    ("Thursday 29 July 2004 08. 23 BST", "2004-07-29"),
    ("on Dec 23 2012, 5: 03p", "2012-12-23"),
    ("2 A. M. FEB. 4, 2009", "2009-02-04"),
    ("Last updated 13: 26 14 / 09 / 2013", "2013-09-14"),  # no month 14: day first
    ("updated 12 / 19 / 2005 2: 48: 40 PM ET", "2005-12-19"),
]
HEADLINES = [
    "5. 9 Earthquake Jolts Iran",
    "Arch Madness: Creighton 65, Drake 5",
    "COLTS TOP CHIEFS, 20 - 13, REACH PLAYOFFS",
    "Fred LaRue, top Nixon aide, dies at 75",
    "3 dead after protesters torch Greek bank",
    "Ellen DeGeneres to host 2014 Oscars",
    "Watergate figure Fred LaRue, July 24",
    "Section | 06.03.2024",
    "Tuesday",  # no digit: stamps no time
    "",
]


@pytest.mark.parametrize(("line", "iso"), STAMPS)
def test_stamp_lines(line: str, iso: str | None) -> None:
    assert is_stamp(line)
    assert date_line(line) == iso


@pytest.mark.parametrize("line", HEADLINES)
def test_headlines_with_numbers_are_not_stamps(line: str) -> None:
    assert not is_stamp(line)
    assert date_line(line) is None


@pytest.mark.parametrize(
    "text",
    [
        "The Colts beat the Chiefs 20 - 13 on Sunday.",
        "Turnout split 50/50 between the two towns.",
        "Pupils follow the 10/20/30 rule for screen breaks.",
        "The team went 3/4/5 in the three rounds.",
        "The shop is open 24/7/365.",
        "Magnitude 5. 9 on the scale, 10. 2 km deep.",
    ],
)
def test_numbers_in_prose_are_not_dates(text: str) -> None:
    assert find_date(text) is None


def test_ambiguous_date_line_is_not_a_publication_date() -> None:
    article = clean(join("05/06/2024", P1, P2, P3))
    assert article.published is None
    assert article.published_source == "none"


@pytest.mark.parametrize(
    ("title", "published", "want_published"),
    [
        ("TUESDAY, OCTOBER 11, 2011", "", "2011-10-11"),  # the stamp dates the article
        ("August 17, 2011", "", "2011-08-17"),
        ("May 2, 2013, 1:12 PM", "", "2013-05-02"),
        ("TUESDAY, OCTOBER 11, 2011", "2011-10-12", "2011-10-12"),  # metadata date wins
        ("Posted 11 / 27 / 2005 7: 21 AM", "", "2005-11-27"),
        ("11 / 28 / 05\t\t", "", None),
        ("8: 24am:", "", None),  # not a title, and no date either
        ("9 / 10 / 2010 @ 1: 19PM", "", None),  # ambiguous: dropped, never read
        ("APR 28", "2005-04-28", "2005-04-28"),
    ],
)
def test_date_stamp_filed_as_title(title: str, published: str, want_published: str | None) -> None:
    text = "Harbour authority approves new ferry terminal\n\n" + "\n\n".join(PARAGRAPHS)
    meta = {"title": title, "published": published} if published else {"title": title}
    article = clean(text, fmt="jsonl", **meta)
    assert article.title == "Harbour authority approves new ferry terminal"
    assert article.title_source == "header"
    assert article.published == want_published


def test_a_title_that_mentions_a_date_stays_a_title() -> None:
    title = "Harbour authority approves terminal on October 11, 2011"
    article = clean("\n\n".join(PARAGRAPHS), fmt="jsonl", title=title)
    assert article.title == title and article.published is None


@pytest.mark.parametrize("title", [t for t in HEADLINES if t and t != "Tuesday"])
def test_a_headline_with_numbers_stays_a_title(title: str) -> None:
    article = clean("\n\n".join(PARAGRAPHS), fmt="jsonl", title=title)
    assert article.title == title
    assert article.title_source == "metadata"


def test_archive_export_field_labels_are_removed() -> None:
    """A news-archive export labels its parts; the labels are not the article's text."""
    text = join(
        "Lakeport ferry terminal opens after delays",
        "BYLINE: Jane Roe.",
        "ABSTRACT.",
        P1,
        "FULL TEXT.",
        P1,
        P2,
        P3,
        "LOAD-DATE: March 4, 2025",
    )
    article = clean(text)
    assert_removed(
        article,
        {
            "BYLINE: Jane Roe.": "archive field",
            "ABSTRACT.": "archive field",
            "FULL TEXT.": "archive field",
            "LOAD-DATE: March 4, 2025": "archive field",
        },
    )
    assert paragraphs(article)[-3:] == [P1, P2, P3]


@pytest.mark.parametrize("line", ["Full text of the statement follows.", "Abstract art, mostly."])
def test_archive_labels_never_take_a_sentence(line: str) -> None:
    assert line in paragraphs(clean(join(P1, line, P2)))
