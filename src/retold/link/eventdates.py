"""Publication gaps and the dates a text names: when two bursts of coverage are one event.

A burst of coverage, weeks of silence and another burst are two events (two floods
in one valley five weeks apart; two wildfires three weeks apart with the same
commander quoted), however alike their texts.  But the turns of one saga are weeks,
months or years apart too (an office shooting, then the verdict a year later), and
they are told as one event.  What tells them apart is what the later coverage says
about the earlier: a follow-up names the day of the event it follows ("the June 24,
2005 shooting") or, once the calendar has turned, its year ("the 2010 Kraft Foods
rampage"); a new event of the same kind at most compares itself with the last one
by month ("the town has barely dried out from January"), which bridges nothing.

So two groups whose publication-date ranges lie more than ``max_gap`` days apart
merge only when one of them names a day inside the other's range (give or take a
day), or a year the other's range covers that is not the naming article's own
publication year -- or when their texts are as alike as ``strong``.  Articles with
no known day constrain nothing by their publication date, but an undated text
still says when its event happened: the days it names, with a year or without
("voting began on Dec. 14"), place it.  A group of undated articles that names days
merges with a dated group only when one of those days lies within
``undated_gap`` days of one of the dated group's publication days (a day without a
year: of the same time of year) -- an undated report of a December patch is not
the September patch of another year.  ``DateRefs`` carries, per article, the days
its text names (``features.mentioned_days``), the past years it names
(``features.past_years``) and, for an undated text, the days it names without a
year (``features.yearless``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

from retold.link.ragged import Ragged

I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class DateRefs:
    """Per node: the day numbers (``date.toordinal``) its text names, and the years
    before its own publication year that it names."""

    days: Sequence[tuple[int, ...]]
    years: Sequence[tuple[int, ...]]
    yearless: Sequence[tuple[int, ...]] = ()  # undated nodes: month * 100 + day named

    def take(self, rows: Sequence[int]) -> DateRefs:
        """The references of ``rows``, in that order."""
        yearless = [self.yearless[i] for i in rows] if self.yearless else ()
        return DateRefs([self.days[i] for i in rows], [self.years[i] for i in rows], yearless)

    def hints(self, node: int) -> tuple[set[int], set[int]]:
        """The days (``date.toordinal``) and yearless month-days ``node``'s text names."""
        return set(self.days[node]), set(self.yearless[node]) if self.yearless else set()


@dataclass
class _Group:
    low: int
    high: int
    days: set[int]
    years: set[int]
    seen: set[int]  # the publication days of its articles


def _names_range(group: _Group, low: int, high: int, days: bool = False) -> bool:
    """Does ``group`` name a year that ``low``..``high`` covers (or, with ``days``, a day
    within it, give or take a day)?"""
    if days and any(low - 1 <= d <= high + 1 for d in group.days):
        return True
    if not group.years:
        return False
    first, last = (date.fromordinal(max(1, d)).year for d in (low, high))
    return any(first <= y <= last for y in group.years)


def bridged(x: _Group, y: _Group, max_gap: float) -> bool:
    """May groups ``x`` and ``y`` (both with known days) be one event?"""
    gap = max(x.low, y.low) - min(x.high, y.high)
    return gap <= max_gap or _names_range(x, y.low, y.high) or _names_range(y, x.low, x.high)


class Spans:
    """The silence rule as a merge rule (``hac.MergeRule``): each cluster's range of
    known days and the dates its articles name, and whether two clusters may merge.

    With ``subjects`` (per node, the name keys its headline uses:
    ``headlines.name_keys``), two clusters whose headlines mostly name the same one
    (at least ``subject_share`` of each cluster's articles) also bridge the gap: the
    later turns of one person's saga headline that person again.

    A cluster of undated articles whose texts name days (``refs``) merges with a dated
    one only when one of those days lies within ``undated_gap`` days of one of its
    publication days (``_placed``); no bridge above overrides that, nor ``strong``: a
    text that says when its event happened is taken at its word."""

    def __init__(
        self,
        days: Sequence[int],
        max_gap: float,
        strong: float,
        refs: DateRefs | None = None,
        subjects: Sequence[tuple[int, ...]] | None = None,
        subject_share: float = 0.5,
        undated_gap: float = float("inf"),
    ) -> None:
        self.groups = {i: _group(i, d, refs) for i, d in enumerate(days) if d >= 0}
        self.undated = {i: refs.hints(i) for i, d in enumerate(days) if d < 0} if refs else {}
        self.undated_gap = undated_gap
        self.max_gap = max_gap
        self.strong = strong
        self.subject_share = subject_share
        self.size = dict.fromkeys(range(len(days)), 1)
        self.subjects = {i: Counter(k) for i, k in enumerate(subjects)} if subjects else None

    def allow(self, x: int, y: int, average: float) -> bool:
        if x in self.groups and y in self.undated:
            return _placed(self.undated[y], self.groups[x].seen, self.undated_gap)
        if y in self.groups and x in self.undated:
            return _placed(self.undated[x], self.groups[y].seen, self.undated_gap)
        if average >= self.strong or x not in self.groups or y not in self.groups:
            return True
        return bridged(self.groups[x], self.groups[y], self.max_gap) or self._same_subject(x, y)

    def _same_subject(self, x: int, y: int) -> bool:
        if self.subjects is None:
            return False
        mine, other = (self.subjects[x], self.size[x]), (self.subjects[y], self.size[y])
        return same_subject(mine, other, self.subject_share)

    def merge(self, keep: int, gone: int) -> None:
        self.size[keep] += self.size.pop(gone)
        self._merge_undated(keep, gone)
        if self.subjects is not None:
            big, small = self.subjects[keep], self.subjects.pop(gone)
            if len(big) < len(small):
                big, small = small, big
            big.update(small)
            self.subjects[keep] = big
        if gone not in self.groups:
            return
        other = self.groups.pop(gone)
        if keep not in self.groups:
            self.groups[keep] = other
            return
        _absorb(self.groups[keep], other)

    def _merge_undated(self, keep: int, gone: int) -> None:
        """Undated clusters pool what their texts name; a dated cluster needs none of it."""
        mine, other = self.undated.pop(keep, None), self.undated.pop(gone, None)
        if keep in self.groups or gone in self.groups or mine is None or other is None:
            return
        self.undated[keep] = (_union(mine[0], other[0]), _union(mine[1], other[1]))


def same_subject(
    x: tuple[Counter[int], int], y: tuple[Counter[int], int], share: float = 0.5
) -> bool:
    """Do at least ``share`` of the headlines of each of two clusters (per cluster: how
    many of its headlines name each name key, and its size) name one subject?"""
    (mine, size_x), (other, size_y) = x, y
    least_x, least_y = share * size_x, share * size_y
    return any(n >= least_x and other.get(k, 0) >= least_y for k, n in mine.items())


def _placed(hints: tuple[set[int], set[int]], seen: set[int], gap: float) -> bool:
    """Do the days an undated cluster names (``hints``: days, yearless month-days) put
    it within ``gap`` days of one of ``seen`` (publication days)?  Naming none, it may
    lie anywhere."""
    days, yearless = hints
    if not days and not yearless:
        return True
    for day in seen:
        if any(abs(d - day) <= gap for d in days):
            return True
        year = date.fromordinal(day).year
        for code in yearless:
            near_by = (_ordinal(y, code) for y in (year - 1, year, year + 1))
            if any(d is not None and abs(d - day) <= gap for d in near_by):
                return True
    return False


def _ordinal(year: int, code: int) -> int | None:
    """``month * 100 + day`` of ``year`` as a day number; None when there is no such day."""
    try:
        return date(year, code // 100, code % 100).toordinal()
    except ValueError:
        return None


def _absorb(mine: _Group, other: _Group) -> None:
    """``other`` into ``mine``, growing the larger sets (merging stays near-linear)."""
    mine.low, mine.high = min(mine.low, other.low), max(mine.high, other.high)
    mine.days = _union(mine.days, other.days)
    mine.years = _union(mine.years, other.years)
    mine.seen = _union(mine.seen, other.seen)


def _union(a: set[int], b: set[int]) -> set[int]:
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    big.update(small)
    return big


def _group(node: int, day: int, refs: DateRefs | None) -> _Group:
    if refs is None:
        return _Group(day, day, set(), set(), {day})
    return _Group(day, day, set(refs.days[node]), set(refs.years[node]), {day})


def near(
    node: int,
    cluster: Sequence[int],
    days: I64 | None,
    max_gap: float,
    refs: DateRefs | None = None,
    subjects: Sequence[tuple[int, ...]] | None = None,
    undated_gap: float = float("inf"),
) -> bool:
    """May ``node`` join ``cluster`` under the silence rule (as ``Spans`` decides, with
    the same ``refs``, ``subjects`` and ``undated_gap``)?"""
    if days is None:
        return True
    nodes = [node, *cluster]
    spans = Spans(
        [int(days[i]) for i in nodes],
        max_gap,
        1.0,
        refs.take(nodes) if refs else None,
        [subjects[i] for i in nodes] if subjects is not None else None,
        undated_gap=undated_gap,
    )
    for k in range(2, len(nodes)):
        spans.merge(1, k)
    return spans.allow(0, 1, 0.0)


def names_day_or_year(refs: DateRefs, rows: I64, days: I64) -> npt.NDArray[np.bool_]:
    """Does article ``rows[k]`` name day ``days[k]`` (give or take a day), or its year?
    (An unknown day, -1, is named by none.)"""
    first = np.datetime64("0001-01-01", "D")  # day number 1 (``date.toordinal``)
    year = (first + (np.maximum(days, 1) - 1)).astype("datetime64[Y]").astype(np.int64) + 1970
    named = _holds(refs.years, rows, year) | mentions_day(refs.days, rows, days)
    return (days >= 0) & named


def mentions_day(
    mentions: Sequence[tuple[int, ...]], rows: I64, days: I64
) -> npt.NDArray[np.bool_]:
    """Does article ``rows[k]`` mention day ``days[k]``, give or take one day?"""
    return _holds(mentions, rows, days - 1, days, days + 1)


def _holds(values: Sequence[tuple[int, ...]], rows: I64, *wanted: I64) -> npt.NDArray[np.bool_]:
    """Does row ``rows[k]`` of ``values`` hold one of ``wanted``'s ``[k]``?  Only the
    rows asked about are read (one sort of their values)."""
    found = np.zeros(rows.size, bool)
    asked, at = np.unique(rows, return_inverse=True)
    held = (
        values.take(asked) if isinstance(values, Ragged) else Ragged.of([values[i] for i in asked])
    )
    if not held.values.size or not rows.size:
        return found
    low = min(int(held.values.min()), *(int(w.min()) for w in wanted))
    span = max(int(held.values.max()), *(int(w.max()) for w in wanted)) - low + 1
    owner = np.repeat(np.arange(asked.size, dtype=np.int64), held.lengths())
    keys = np.sort(owner * span + (held.values - low))
    for value in wanted:
        query = at.astype(np.int64) * span + (value - low)
        where = np.minimum(np.searchsorted(keys, query), keys.size - 1)
        found |= keys[where] == query
    return found
