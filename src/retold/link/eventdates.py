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
no known day constrain nothing.  ``DateRefs`` carries, per article, the days its
text names (``features.mentioned_days``) and the past years it names
(``features.past_years``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

import numpy as np
import numpy.typing as npt

I64 = npt.NDArray[np.int64]


@dataclass(frozen=True)
class DateRefs:
    """Per node: the day numbers (``date.toordinal``) its text names, and the years
    before its own publication year that it names."""

    days: Sequence[tuple[int, ...]]
    years: Sequence[tuple[int, ...]]


@dataclass
class _Group:
    low: int
    high: int
    days: set[int]
    years: set[int]


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
    later turns of one person's saga headline that person again."""

    def __init__(
        self,
        days: Sequence[int],
        max_gap: float,
        strong: float,
        refs: DateRefs | None = None,
        subjects: Sequence[tuple[int, ...]] | None = None,
        subject_share: float = 0.5,
    ) -> None:
        self.groups = {i: _group(i, d, refs) for i, d in enumerate(days) if d >= 0}
        self.max_gap = max_gap
        self.strong = strong
        self.subject_share = subject_share
        self.size = dict.fromkeys(range(len(days)), 1)
        self.subjects = {i: Counter(k) for i, k in enumerate(subjects)} if subjects else None

    def allow(self, x: int, y: int, average: float) -> bool:
        if average >= self.strong or x not in self.groups or y not in self.groups:
            return True
        return bridged(self.groups[x], self.groups[y], self.max_gap) or self._same_subject(x, y)

    def _same_subject(self, x: int, y: int) -> bool:
        if self.subjects is None:
            return False
        least_x, least_y = self.subject_share * self.size[x], self.subject_share * self.size[y]
        mine, other = self.subjects[x], self.subjects[y]
        return any(n >= least_x and other.get(k, 0) >= least_y for k, n in mine.items())

    def merge(self, keep: int, gone: int) -> None:
        self.size[keep] += self.size.pop(gone)
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


def _absorb(mine: _Group, other: _Group) -> None:
    """``other`` into ``mine``, growing the larger sets (merging stays near-linear)."""
    mine.low, mine.high = min(mine.low, other.low), max(mine.high, other.high)
    mine.days = _union(mine.days, other.days)
    mine.years = _union(mine.years, other.years)


def _union(a: set[int], b: set[int]) -> set[int]:
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    big.update(small)
    return big


def _group(node: int, day: int, refs: DateRefs | None) -> _Group:
    if refs is None:
        return _Group(day, day, set(), set())
    return _Group(day, day, set(refs.days[node]), set(refs.years[node]))


def near(
    node: int,
    cluster: Sequence[int],
    days: I64 | None,
    max_gap: float,
    refs: DateRefs | None = None,
    subjects: Sequence[tuple[int, ...]] | None = None,
) -> bool:
    """May ``node`` join ``cluster`` under the silence rule (as ``Spans`` decides, with
    the same ``refs`` and ``subjects``)?"""
    if days is None:
        return True
    nodes = [node, *cluster]
    spans = Spans(
        [int(days[i]) for i in nodes],
        max_gap,
        1.0,
        DateRefs([refs.days[i] for i in nodes], [refs.years[i] for i in nodes]) if refs else None,
        [subjects[i] for i in nodes] if subjects is not None else None,
    )
    for k in range(2, len(nodes)):
        spans.merge(1, k)
    return spans.allow(0, 1, 0.0)


def names_day_or_year(refs: DateRefs, rows: I64, days: I64) -> npt.NDArray[np.bool_]:
    """Does article ``rows[k]`` name day ``days[k]`` (give or take a day), or its year?"""
    out = np.zeros(rows.size, bool)
    for k, (row, day) in enumerate(zip(rows.tolist(), days.tolist(), strict=True)):
        if day >= 0:
            out[k] = _names_range(_group(row, day, refs), day, day, days=True)
    return out
