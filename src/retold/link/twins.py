"""Topic twins: two bursts of coverage weeks apart about two events of one kind.

A second ferry of one operator runs aground three weeks after the first; a second
earthquake strikes the same country a month later.  The coverage of the second
retells the first (same operator, same chief executive, same investigators), so
their texts link strongly, and the silence between them may be shorter than the
silence rule's gap (``eventdates.py``).  What differs is what each burst is about:
the later burst's headlines name a new subject (the other ship, the other town)
that the earlier coverage never mentions -- it could not, the event had not
happened -- and the earlier burst has names of its own (its place, its witnesses)
that most of the later coverage leaves out.  The turns of one saga are the
opposite: the later coverage headlines the subject the earlier one was about
(the ship refloated, the gunman convicted).

``Twins`` refuses a merge of two clusters of at least ``min_size`` articles each
(shares of fewer say little) whose known publication days lie more than
``min_silence`` days apart when the later one's headlines name someone (in at
least ``frequent`` of them) whom at most ``rare`` of the earlier cluster's articles
mention, and the earlier one has a name that more than half of its articles use and
fewer than half of the later one's do -- unless the two are linked as strongly as
``bridge`` or their headlines mostly name one subject (``eventdates.same_subject``:
Lohan into rehab, Lohan out of it six weeks later).  Names are the sound keys of
``headlines.name_keys``.

The rule is on from 14 days (``StoryOptions.twin_silence_days``; infinite turns it
off).  On the probe corpus it splits the twin ferry groundings as the gold does; the
end-to-end quote figures there fall to those measured on its gold stories, because
statements are grouped inside one story and the gold groups a quote the second burst
retells with the first burst's.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from retold.link.eventdates import same_subject
from retold.link.headlines import HeadlineOptions, NameKeys


@dataclass
class _Burst:
    low: int  # first and last known publication day (-1: none known)
    high: int
    size: int
    headline: Counter[int]  # name key -> headlines naming it
    mentioned: Counter[int]  # name key -> articles mentioning it


class Twins:
    """The twin rule as a merge rule (``hac.MergeRule``): per cluster (keyed by its
    smallest node), its range of known days and how often its headlines and its
    articles name each name."""

    def __init__(
        self,
        days: Sequence[int],
        names: tuple[Sequence[NameKeys], Sequence[NameKeys]],
        min_silence: float,
        options: HeadlineOptions,
    ) -> None:
        headline, mentioned = names
        self.bursts = {
            i: _Burst(d, d, 1, Counter(headline[i]), Counter(mentioned[i]))
            for i, d in enumerate(days)
        }
        self.min_silence = min_silence
        self.options = options

    def allow(self, x: int, y: int, average: float = 0.0) -> bool:
        """May clusters ``x`` and ``y``, at ``average`` pair probability, merge?"""
        first, second = self.bursts[x], self.bursts[y]
        if average >= self.options.bridge or first.low < 0 or second.low < 0:
            return True
        if first.low > second.low:
            first, second = second, first
        if min(first.size, second.size) < self.options.min_size:
            return True
        if second.low - first.high <= self.min_silence:
            return True
        if same_subject((first.headline, first.size), (second.headline, second.size)):
            return True  # the later turn of one saga headlines its subject again
        return not (self._new_subject(second, first) and _own_name(first, second))

    def _new_subject(self, later: _Burst, earlier: _Burst) -> bool:
        """Do ``later``'s headlines name someone (almost) none of ``earlier`` mentions?"""
        least = self.options.frequent * later.size
        most = self.options.rare * earlier.size
        seen = earlier.mentioned
        return any(n >= least and seen.get(k, 0) <= most for k, n in later.headline.items())

    def merge(self, keep: int, gone: int) -> None:
        mine, other = self.bursts[keep], self.bursts.pop(gone)
        if other.low >= 0:
            low = other.low if mine.low < 0 else min(mine.low, other.low)
            mine.low, mine.high = low, max(mine.high, other.high)
        mine.size += other.size
        mine.headline = _add(mine.headline, other.headline)
        mine.mentioned = _add(mine.mentioned, other.mentioned)


def _own_name(burst: _Burst, other: _Burst) -> bool:
    """Does more than half of ``burst`` use a name fewer than half of ``other`` uses?"""
    return any(
        2 * n > burst.size and 2 * other.mentioned.get(k, 0) < other.size
        for k, n in burst.mentioned.items()
    )


def _add(a: Counter[int], b: Counter[int]) -> Counter[int]:
    """The sum of two tables, growing the larger (merging stays near-linear)."""
    big, small = (a, b) if len(a) >= len(b) else (b, a)
    big.update(small)
    return big
