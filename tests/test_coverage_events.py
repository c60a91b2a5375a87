"""A story's event date from its members' ledes: hand-made stories, one per rule."""

from __future__ import annotations

from helpers import make_article
from retold.coverage.dates import DateReader
from retold.coverage.events import event_date, lede_end
from retold.records import Article, Dateline

READER = DateReader.load()
TAIL = "\n\nOfficials said the cost would be known later.\n\nThe last such fire was in May."


def article(id: str, lede: str, published: str | None, dateline: Dateline | None = None) -> Article:
    return make_article(lede + TAIL, id=id, published=published, dateline=dateline)


def test_the_day_most_ledes_name_wins_and_each_vote_is_evidence() -> None:
    story = [
        article("a", "Residents fled on Monday as the fire crossed the river.", "2024-07-08"),
        article("b", "A fire that forced residents out on Monday grew on Tuesday.", "2024-07-09"),
        article("c", "Evacuees spent a second night away on Tuesday.", "2024-07-10"),
    ]
    found = event_date("s", story, READER)
    assert (found.date, found.source, found.first_published) == ("2024-07-08", "text", "2024-07-08")
    assert {(m.article, m.text) for m in found.evidence} == {("a", "Monday"), ("b", "Monday")}
    for m in found.evidence:
        body = next(a.body for a in story if a.id == m.article)
        assert body[m.start : m.end] == m.text
    assert 0 < found.confidence <= 1


def test_a_date_that_dates_a_statement_counts_less_than_the_event() -> None:
    story = [
        article(
            "a",
            "The company said on Wednesday it had grounded its rocket after a failure on Tuesday.",
            "2025-02-12",
        )
    ]
    assert event_date("s", story, READER).date == "2025-02-11"


def test_a_day_only_statements_name_is_less_sure() -> None:
    said = [article("a", "Police said on Wednesday that two men were held.", "2024-10-17")]
    done = [article("a", "Police held two men on Wednesday.", "2024-10-17")]
    told, seen = event_date("s", said, READER), event_date("s", done, READER)
    assert told.date == seen.date == "2024-10-16"
    assert 0 < told.confidence < seen.confidence


def test_dates_after_the_earliest_publication_do_not_vote() -> None:
    # a reprint a year later says "today"; the original's "on Monday" stands
    story = [
        article("a", "Miners walked out on Monday.", "2024-03-04"),
        article("b", "Miners stayed out for a second day today.", "2025-05-13"),
        article("c", "Miners stayed out for a second day today.", "2025-05-14"),
    ]
    assert event_date("s", story, READER).date == "2024-03-04"


def test_a_dateline_date_does_not_vote() -> None:
    dateline = Dateline("KOLKATA, Nov 21 (Wire)", "KOLKATA", "2024-11-21", "Wire")
    lede = "KOLKATA, Nov 21 (Wire) - A train derailed late on Wednesday."
    story = [article("a", lede, "2024-11-21", dateline=dateline)]
    found = event_date("s", story, READER)
    assert (found.date, [m.text for m in found.evidence]) == ("2024-11-20", ["Wednesday"])


def test_only_the_lede_votes() -> None:
    body = "Residents fled as the fire spread.\n\nCrews arrived.\n\nIt started on Saturday."
    assert lede_end(body) == body.index("\n\nIt started")
    story = [make_article(body, id="a", published="2024-07-10")]
    found = event_date("s", story, READER)
    assert (found.date, found.source, found.confidence) == ("2024-07-10", "published", 0.4)


def test_undated_members_with_a_full_date_in_a_lede() -> None:
    story = [
        article("a", "The strike began on 4 March 2024 at the mine.", None),
        article("b", "Miners walked out on Monday.", None),  # no anchor: not read
    ]
    found = event_date("s", story, READER)
    assert (found.date, found.source, found.first_published) == ("2024-03-04", "text", None)


def test_undated_members_without_dates_leave_the_date_unknown() -> None:
    story = [article("a", "Miners walked out on Monday.", None)]
    found = event_date("s", story, READER)
    assert (found.date, found.source, found.confidence, found.evidence) == (
        None,
        "unknown",
        0.0,
        (),
    )
