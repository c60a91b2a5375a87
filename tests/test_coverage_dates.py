"""Date phrases in running text, resolved against the publication date: one table row
per rule, each expectation worked out by hand on a calendar (2024-07-10 is a Wednesday)."""

from __future__ import annotations

import pytest

from helpers import make_article
from retold.coverage.dates import DateReader, anchor_date, article_dates, find_dates
from retold.records import Dateline

WEDNESDAY = "2024-07-10"
READER = DateReader.load()


def resolved(body: str, anchor: str | None = WEDNESDAY) -> list[tuple[str, str, str]]:
    mentions = find_dates("a", body, anchor, READER)
    for m in mentions:
        assert body[m.start : m.end] == m.text
    return [(m.text, m.date, m.granularity) for m in mentions]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # absolute dates: read as printed, whatever the anchor
        ("The strike began on March 4, 2024.", [("March 4, 2024", "2024-03-04", "day")]),
        ("It opened on 4 March 2024.", [("4 March 2024", "2024-03-04", "day")]),
        ("It closed in August 2017.", [("August 2017", "2017-08-01", "month")]),
        ("Output fell in 2023.", [("2023", "2023-01-01", "year")]),
        ("He has served since early 2019.", [("2019", "2019-01-01", "year")]),
        # a day without a year: the latest one on or before the anchor
        ("Talks ended on March 22.", [("March 22", "2024-03-22", "day")]),
        ("Talks ended on Sept. 3.", [("Sept. 3", "2023-09-03", "day")]),
        # a weekday printed with its date is part of it
        ("It fell on Saturday, May 18.", [("Saturday, May 18", "2024-05-18", "day")]),
        ("Filmed on Monday, Nov. 13, 2017.", [("Monday, Nov. 13, 2017", "2017-11-13", "day")]),
        # a month alone: only after a word that makes it a date
        ("Kiev applied last September.", [("last September", "2023-09-01", "month")]),
        ("Sales fell on Black Friday.", []),  # a name, not this week's Friday
        ("Richardson, via USA Today, said so.", []),  # a newspaper
        ("The show opened in May.", [("May", "2024-05-01", "month")]),
        ("Prices have risen since October.", [("October", "2023-10-01", "month")]),
        ("Prices may fall. Workers march on.", []),
        # a bare weekday: the latest on or before the anchor, the anchor's own day included
        ("Crews arrived on Monday.", [("Monday", "2024-07-08", "day")]),
        ("The mayor spoke on Wednesday.", [("Wednesday", "2024-07-10", "day")]),
        ("The fire started Thursday.", [("Thursday", "2024-07-04", "day")]),
        ("They met last Wednesday.", [("last Wednesday", "2024-07-03", "day")]),
        # ... unless the clause is in the future
        ("Ministers will meet on Friday.", [("Friday", "2024-07-12", "day")]),
        ("He said the union would meet on Thursday.", [("Thursday", "2024-07-11", "day")]),
        ("The road stays closed until Thursday.", [("Thursday", "2024-07-11", "day")]),
        ("The summit is next Tuesday.", [("next Tuesday", "2024-07-16", "day")]),
        ("The show opens to the public on Friday.", [("Friday", "2024-07-12", "day")]),
        ("It will be told at a staff meeting on Friday.", [("Friday", "2024-07-12", "day")]),
        ("The car goes on sale in late January.", [("January", "2025-01-01", "month")]),
        ("It will reopen in March.", [("March", "2025-03-01", "month")]),
        ("The vote will be held on July 10.", [("July 10", "2024-07-10", "day")]),
        ("The vote will be held on July 3.", [("July 3", "2025-07-03", "day")]),
        # day words
        ("Yesterday the town was calm.", [("Yesterday", "2024-07-09", "day")]),
        ("The vote is today.", [("today", "2024-07-10", "day")]),
        ("Shots were heard last night.", [("last night", "2024-07-09", "day")]),
        # a unit a step from the anchor's: the week (its Monday), month or year
        ("It was quiet last week.", [("last week", "2024-07-01", "week")]),
        ("A deal was near earlier this week.", [("earlier this week", "2024-07-08", "week")]),
        ("Talks begin next month.", [("next month", "2024-08-01", "month")]),
        ("Profit doubled last year.", [("last year", "2023-01-01", "year")]),
        ("It will decide in the coming weeks.", []),
        ("Fires doubled over the past week.", []),  # seven days to now, no calendar week
        ("Use rose in 2017 from the previous year.", [("2017", "2017-01-01", "year")]),
        # so far back
        ("The road closed three days ago.", [("three days ago", "2024-07-07", "day")]),
        ("The road closed 2 weeks ago.", [("2 weeks ago", "2024-06-24", "week")]),
        ("It happened a year ago.", [("a year ago", "2023-01-01", "year")]),
    ],
)
def test_each_rule(body: str, expected: list[tuple[str, str, str]]) -> None:
    assert resolved(body) == expected


def test_a_statement_date_is_marked_reported_and_stays_in_the_past() -> None:
    body = "Officials said on Wednesday that ministers will meet on Friday."
    wednesday, friday = find_dates("a", body, WEDNESDAY, READER)
    assert (wednesday.date, wednesday.reported, wednesday.future) == ("2024-07-10", True, False)
    assert (friday.date, friday.reported, friday.future) == ("2024-07-12", False, True)


def test_a_possessive_is_not_a_statement_date() -> None:
    (monday,) = find_dates("a", "The curator explains Monday night's theft.", WEDNESDAY, READER)
    assert not monday.reported


def test_without_an_anchor_only_absolute_dates_are_read() -> None:
    body = "On Monday, a year after the flood of 4 March 2023, the town met in March 2024."
    assert resolved(body, None) == [
        ("4 March 2023", "2023-03-04", "day"),
        ("March 2024", "2024-03-01", "month"),
    ]


def test_a_month_or_day_near_the_anchor() -> None:
    # "last September" in a September paper is the September of the year before
    assert resolved("Kiev applied last September.", "2024-09-20") == [
        ("last September", "2023-09-01", "month")
    ]
    # a day just after the anchor is read as this year's, not last year's
    assert resolved("The summit on July 12 was set.") == [("July 12", "2024-07-12", "day")]


def test_an_article_counts_from_the_day_it_was_filed() -> None:
    dateline = Dateline("KYIV, Oct 15 (Wire)", "KYIV", "2024-10-15", "Wire")
    undated = make_article("Thieves struck on Monday night.", dateline=dateline)
    assert anchor_date(undated) == "2024-10-15"
    (monday,) = article_dates(undated, READER)
    assert (monday.article, monday.date) == ("a1", "2024-10-14")
    # filed on the 15th, run on the 16th: "tonight" is the night of the 15th
    run_later = make_article("Crews will work tonight.", published="2024-10-16", dateline=dateline)
    assert anchor_date(run_later) == "2024-10-15"
    assert [m.date for m in article_dates(run_later, READER)] == ["2024-10-15"]
    # a dateline day later than the publication is no filing day
    early = make_article("Crews will work tonight.", published="2024-10-14", dateline=dateline)
    assert anchor_date(early) == "2024-10-14"
    assert anchor_date(make_article("No date.")) is None


def test_confidences_rank_absolute_above_relative() -> None:
    body = "On March 4, 2024 and on Monday and yesterday."
    full, weekday, day_word = find_dates("a", body, WEDNESDAY, READER)
    assert full.confidence > weekday.confidence >= day_word.confidence > 0


def test_the_dates_before_an_offset_are_read_as_from_the_whole_body() -> None:
    lede = "Crews were called on Monday night and worked until Tuesday.\n\nThey left on"
    rest = " Wednesday, July 10, 2024's shift said on Friday they will return next week."
    body = lede + rest + "\n\n" + " ".join(["Later it rained on March 3, 2023."] * 40)
    article = make_article(body, published=WEDNESDAY)
    whole = article_dates(article, READER)
    for before in (0, 20, len(lede), len(lede) + 12, len(body) - 30, len(body)):
        expected = tuple(m for m in whole if m.start < before)
        assert article_dates(article, READER, before=before) == expected
    assert any(m.start < len(lede) + 2 < m.end for m in whole)  # one phrase straddles a cut
