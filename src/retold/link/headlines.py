"""Who the headlines are about: two groups of coverage that headline different people
are two events, however alike their texts.

Same-topic events share almost every word (two Chargers players arrested for DUI a
month apart: team, charge, highway patrol, general manager's statement), and
coverage of the second event retells the first.  What stays apart is the headline's
subject: half of one group's headlines name Williams, whom the other group's
articles never mention, while the other group's headlines name Jackson.

Average linkage asks ``Headlines.allow`` before it merges two clusters of at least
``min_size`` articles.  The merge is refused when one cluster's headlines name
someone (in at least ``frequent`` of them) whom at most ``rare`` of the other
cluster's articles mention anywhere, and the other cluster's headlines in turn name
someone at most ``rare`` of the first cluster's headlines name.  A "name" is a term
of the names channel (``features.names``) that the article's body uses too, so a
title-cased headline's ordinary words do not count.  A refused pair is tried again
when either cluster grows, as with the silence rule.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from retold.link.features import NAMES, StoryTerms, channel
from retold.link.vectors import I64, TermCounts


@dataclass(frozen=True)
class HeadlineOptions:
    min_size: int = 3  # smaller clusters are never refused
    frequent: float = 0.5  # share of a cluster's headlines that name its subject
    rare: float = 0.1  # share of the other cluster that may still name it


def article_names(
    terms: StoryTerms, rows: I64
) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
    """Per row: the names its headline uses that its body uses too, and every name it
    uses (stable term ids, so old and new rows of an incremental run agree)."""
    full, title = _names_by_row(terms.full, rows), _names_by_row(terms.title, rows)
    headline = [
        frozenset(k for k, n in t.items() if f.get(k, 0) > n)
        for t, f in zip(title, full, strict=True)
    ]
    return headline, [frozenset(f) for f in full]


def _names_by_row(counts: TermCounts, rows: I64) -> list[dict[int, float]]:
    is_name = channel(counts.vocab) == NAMES
    out = []
    for i in rows.tolist():
        s, e = int(counts.offsets[i]), int(counts.offsets[i + 1])
        cols = counts.ids[s:e]
        keep = is_name[cols]
        ids = counts.vocab[cols[keep]].tolist()
        out.append(dict(zip(ids, counts.counts[s:e][keep].tolist(), strict=True)))
    return out


class Headlines:
    """Per cluster (keyed by its smallest node, as average linkage keeps them): its size,
    how many of its headlines use each name, and how many of its articles do."""

    def __init__(
        self,
        headline: Sequence[frozenset[int]],
        mentioned: Sequence[frozenset[int]],
        options: HeadlineOptions,
    ) -> None:
        self.options = options
        self.size = dict.fromkeys(range(len(headline)), 1)
        self.headline = {i: Counter(h) for i, h in enumerate(headline)}
        self.mentioned = {i: Counter(m) for i, m in enumerate(mentioned)}

    def allow(self, x: int, y: int) -> bool:
        """May clusters ``x`` and ``y`` merge?"""
        small = self.options.min_size
        if self.size[x] < small or self.size[y] < small:
            return True
        return not (
            self._apart(x, y, self.mentioned) and self._apart(y, x, self.headline)
        ) and not (self._apart(y, x, self.mentioned) and self._apart(x, y, self.headline))

    def _apart(self, x: int, y: int, other: dict[int, Counter[int]]) -> bool:
        """Do ``x``'s headlines name someone that (almost) none of ``y`` names in ``other``?"""
        most = self.options.rare * self.size[y]
        least = self.options.frequent * self.size[x]
        names, seen = self.headline[x], other[y]
        return any(n >= least and seen.get(k, 0) <= most for k, n in names.items())

    def merge(self, keep: int, gone: int) -> None:
        self.size[keep] += self.size.pop(gone)
        for table in (self.headline, self.mentioned):
            big, small = table[keep], table.pop(gone)
            if len(big) < len(small):
                big, small = small, big
            big.update(small)  # the smaller into the larger: merging stays near-linear
            table[keep] = big


def no_names(n: int) -> tuple[list[frozenset[int]], list[frozenset[int]]]:
    empty: frozenset[int] = frozenset()
    return [empty] * n, [empty] * n
