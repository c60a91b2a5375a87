"""When two bursts of coverage weeks or years apart are one event (``link/eventdates.py``)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from typing import Any

import numpy as np
import pytest

from retold.link.eventdates import DateRefs, mentions_day, names_day_or_year, near
from retold.link.features import past_years, yearless_days
from retold.link.hac import adopt_singletons, average_linkage
from retold.link.language import load_language


def _day(iso: str) -> int:
    return date.fromisoformat(iso).toordinal()


def _two_bursts(first: str, second: str) -> tuple[np.ndarray, ...]:
    """Two tight groups of three (probability 0.9 inside) joined at 0.5, the first
    published from ``first`` on, the second from ``second`` on (one article a day)."""
    p = np.full((6, 6), 0.5)
    p[:3, :3] = p[3:, 3:] = 0.9
    i, j = np.triu_indices(6, 1)
    days = [_day(first) + k for k in range(3)] + [_day(second) + k for k in range(3)]
    return i.astype(np.int64), j.astype(np.int64), p[i, j], np.array(days, np.int64)


def _refs(**named: tuple[tuple[int, ...], tuple[int, ...]]) -> DateRefs:
    """Node "n3" -> (days named, past years named); the rest name nothing."""
    rows = [named.get(f"n{k}", ((), ())) for k in range(6)]
    return DateRefs([r[0] for r in rows], [r[1] for r in rows])


@pytest.mark.parametrize(
    ("second", "refs", "subjects", "stories"),
    [
        # a verdict a year later that names the shooting's year: one saga
        ("2008-04-30", _refs(n4=((), (2007,))), None, 1),
        # ... naming no earlier date, it is a separate burst
        ("2008-04-30", _refs(), None, 2),
        # a second flood five weeks later naming the first one's day: still two events
        ("2007-05-15", _refs(n4=((_day("2007-04-09"),), ())), None, 2),
        # a year named that the first burst does not cover bridges nothing
        ("2008-04-30", _refs(n4=((), (2005,))), None, 2),
        # headlines that mostly name the same subject: the later turn of one saga
        ("2007-06-13", _refs(), [(7,), (7,), (7, 8), (7,), (7,), (9,)], 1),
        # ... a name in a minority of either side's headlines is no shared subject
        ("2007-06-13", _refs(), [(7,), (8,), (8,), (7,), (9,), (9,)], 2),
    ],
)
def test_what_bridges_a_silence(
    second: str, refs: DateRefs, subjects: list[tuple[int, ...]] | None, stories: int
) -> None:
    a, b, p, days = _two_bursts("2007-04-09", second)
    clusters = average_linkage(6, a, b, p, 0.4, days, 21.0, 0.6, (), refs, subjects)
    assert len(clusters) == stories


def test_an_article_left_alone_joins_across_the_silence_when_it_names_the_year() -> None:
    """``adopt_singletons`` asks the same question as average linkage."""
    a = np.array([0, 0, 1, 0, 1], np.int64)
    b = np.array([1, 2, 2, 3, 3], np.int64)
    p = np.array([0.9, 0.9, 0.9, 0.6, 0.6])
    days = np.array([_day("2010-09-10")] * 3 + [_day("2012-09-10")], np.int64)
    alone = [[0, 1, 2], [3]]
    named = DateRefs([(), (), (), ()], [(), (), (), (2010,)])
    assert adopt_singletons(alone, (a, b, p), 0.5, days, 21.0) == alone
    assert adopt_singletons(alone, (a, b, p), 0.5, days, 21.0, named) == [[0, 1, 2, 3]]
    assert near(3, [0, 1, 2], days, 21.0, named)


@pytest.mark.parametrize(
    ("text", "published", "years"),
    [
        ("Convicted of double murder in the 2010 Kraft Foods rampage", "2012-09-10", (2010,)),
        ("The 2012 season opens in 2012", "2012-03-01", ()),  # its own year is no reference
        ("Jailed over a 2,010-pound load and 2011.5 tonnes", "2012-09-10", ()),
        ("Sworn in by 2030, he said of the 1999 rules", "2012-09-10", (1999,)),
        ("In 2010 it began", None, ()),  # undated: no year to compare with
    ],
)
def test_past_years(text: str, published: str | None, years: tuple[int, ...]) -> None:
    assert past_years(text, published) == years


@pytest.mark.parametrize(
    ("subjects", "joins"),
    [
        ([(7,), (7,), (8,), (7, 9)], True),  # its headline names the story's subject
        ([(7,), (7,), (8,), (9,)], False),  # it headlines someone else
        ([(7,), (8,), (9,), (7,)], False),  # a name in a minority of the story's headlines
    ],
)
def test_an_article_left_alone_joins_across_the_silence_on_the_same_subject(
    subjects: list[tuple[int, ...]], joins: bool
) -> None:
    days = np.array([_day("2013-05-02")] * 3 + [_day("2013-06-13")], np.int64)
    assert near(3, [0, 1, 2], days, 21.0, None, subjects) is joins


def _undated_and_dated(named: tuple[tuple[int, ...], tuple[int, ...]]) -> list[list[int]]:
    """An undated group of three (nodes 0-2; node 1's text names ``named``: days, and
    yearless month * 100 + day) and a dated group of three published from 17 September
    2013 on, all pairs at probability 0.9: as alike as one event's reports."""
    i, j = np.triu_indices(6, 1)
    p = np.full(i.size, 0.9)
    days = np.array([-1, -1, -1] + [_day("2013-09-17") + k for k in range(3)], np.int64)
    rows = [named if k == 1 else ((), ()) for k in range(6)]
    refs = DateRefs([r[0] for r in rows], [(), (), (), (), (), ()], [r[1] for r in rows])
    a, b = i.astype(np.int64), j.astype(np.int64)
    return average_linkage(6, a, b, p, 0.4, days, 21.0, 0.6, (), refs, None, 21.0)


@pytest.mark.parametrize(
    ("named", "stories"),
    [
        (((), ()), 1),  # naming no day, undated reports may belong anywhere
        (((), (1209,)), 2),  # "Dec. 9": another year's patch, however alike the texts
        (((), (910,)), 1),  # "Sept. 10": a week before the dated coverage, one event
        (((_day("2012-09-16"),), ()), 2),  # a full date a year earlier
        (((_day("2013-09-16"),), (1209,)), 1),  # one named day near is enough
    ],
)
def test_undated_texts_are_placed_by_the_days_they_name(
    named: tuple[tuple[int, ...], tuple[int, ...]], stories: int
) -> None:
    assert len(_undated_and_dated(named)) == stories


@pytest.mark.parametrize(
    ("text", "published", "found"),
    [
        ("Voting for parliament began on Dec. 14, officials said.", None, (1214,)),
        ("Voting began on Dec. 14, officials said.", "2008-12-15", ()),  # dated: days placed
        ("The rules of December 2008 and those of 12 March", None, (312,)),  # with a year: a day
    ],
)
def test_yearless_days_of_undated_texts(
    text: str, published: str | None, found: tuple[int, ...]
) -> None:
    assert yearless_days(text, published, load_language()) == found


class _Asked(list):  # type: ignore[type-arg]
    """References whose rows from ``FIRST_UNASKED`` on may not be read, nor every row walked."""

    def __getitem__(self, i: Any) -> Any:
        assert int(i) < FIRST_UNASKED, f"row {i} read"
        return super().__getitem__(i)

    def __iter__(self) -> Iterator[Any]:
        raise AssertionError("every row read")


FIRST_UNASKED = 30


def test_names_day_or_year_reads_only_the_rows_asked_about_and_answers_as_one_by_one() -> None:
    """Against a row-by-row reading (a day named within a day, or the day's year), on
    random rows, days (unknown ones too) and references; rows not asked about are never
    read (a batch asks about the ends of the edges it scores, not every stored row)."""
    rng = np.random.default_rng(7)
    start = date(2019, 1, 1).toordinal()
    days = [
        tuple(int(d) for d in rng.integers(start, start + 900, rng.integers(0, 4)))
        for _ in range(60)
    ]
    years = [tuple(int(y) for y in rng.integers(2015, 2022, rng.integers(0, 3))) for _ in range(60)]
    refs = DateRefs(_Asked(days), _Asked(years))
    rows = rng.integers(0, FIRST_UNASKED, 400)
    asked = np.concatenate([rng.integers(start - 5, start + 905, 360), np.full(40, -1)])
    found = names_day_or_year(refs, rows, asked)
    for row, day, got in zip(rows.tolist(), asked.tolist(), found.tolist(), strict=True):
        named = day >= 0 and (
            any(abs(d - day) <= 1 for d in days[row])
            or date.fromordinal(max(1, day)).year in years[row]
        )
        assert got == named
    assert found.any() and not found.all()
    near_days = np.array([days[r][0] + 1 if days[r] else start for r in range(FIRST_UNASKED)])
    within = mentions_day(_Asked(days), np.arange(FIRST_UNASKED), near_days)
    assert within.tolist() == [bool(days[r]) for r in range(FIRST_UNASKED)]
