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
someone at most ``rare`` of the first cluster's headlines name -- unless the two are
linked as strongly as ``bridge`` (one event covered from two angles, each group of
outlets headlining its own city, reads as near-identical reports).  A headline's
"name" is a one-word term of the names channel (``features.names``) that the body
uses too, so a title-cased headline's ordinary words do not count; names are
compared by sound key, so that outlets spelling Kyiv and Kiev are not taken for
two events.  A refused pair is tried again when either cluster grows, as with the
silence rule.
"""

from __future__ import annotations

import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

import jellyfish


@dataclass(frozen=True)
class HeadlineOptions:
    min_size: int = 3  # smaller clusters are never refused
    frequent: float = 0.5  # share of a cluster's headlines that name its subject
    rare: float = 0.1  # share of the other cluster that may still name it
    bridge: float = 0.8  # clusters this strongly linked merge whatever their headlines


NameKeys = tuple[int, ...]


def name_keys(headline: list[str], body: list[str]) -> tuple[NameKeys, NameKeys]:
    """From the names channel terms (``features.names``) of an article's headline and
    of its body: the sound keys of the one-word names the headline uses and the body
    uses too, and of every one-word name the article uses."""
    in_headline = {t for t in headline if "_" not in t}
    in_body = {t for t in body if "_" not in t}
    confirmed = {sound_key(t) for t in in_headline & in_body}
    return tuple(sorted(confirmed)), tuple(sorted({sound_key(t) for t in in_headline | in_body}))


@lru_cache(maxsize=200_000)
def sound_key(name: str) -> int:
    """A stable id for a name (lower case, an optional "E:" term prefix) that its
    spellings share: Kyiv and Kiev, Zelensky and Zelenskyy, Gaddafi and Qaddafi
    (metaphone after folding y/j to i, dh to d and doubled letters).  Two people may
    share a key; that only makes a refusal rarer."""
    name = name.removeprefix("E:")
    folded = re.sub(r"(.)\1+", r"\1", name.replace("y", "i").replace("j", "i").replace("dh", "d"))
    return zlib.crc32((jellyfish.metaphone(folded) or name).encode("utf-8"))


class Headlines:
    """Per cluster (keyed by its smallest node, as average linkage keeps them): its size,
    and, once it has ``min_size`` articles, how many of its headlines use each name and
    how many of its articles do (smaller clusters keep their member list only: most
    merges are between small clusters and need no counting)."""

    def __init__(
        self, headline: Sequence[NameKeys], mentioned: Sequence[NameKeys], options: HeadlineOptions
    ) -> None:
        self.options = options
        self.node_headline = headline
        self.node_mentioned = mentioned
        self.size: dict[int, int] = {}
        self.members: dict[int, list[int]] = {}  # clusters below min_size
        self.headline: dict[int, Counter[int]] = {}  # clusters of min_size or more
        self.mentioned: dict[int, Counter[int]] = {}

    def allow(self, x: int, y: int, average: float = 0.0) -> bool:
        """May clusters ``x`` and ``y``, at ``average`` pair probability, merge?"""
        if average >= self.options.bridge or x not in self.headline or y not in self.headline:
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
        size = self.size.pop(keep, 1) + self.size.pop(gone, 1)
        self.size[keep] = size
        if keep not in self.headline and gone not in self.headline:
            joined = self.members.pop(keep, [keep]) + self.members.pop(gone, [gone])
            if size < self.options.min_size:
                self.members[keep] = joined
                return
            self.headline[keep], self.mentioned[keep] = Counter(), Counter()
            self._count(keep, joined)
            return
        for side in (keep, gone):  # a small side is counted into the other's tables
            if side not in self.headline:
                self.headline[side], self.mentioned[side] = Counter(), Counter()
                self._count(side, self.members.pop(side, [side]))
        for table in (self.headline, self.mentioned):
            big, small = table[keep], table.pop(gone)
            if len(big) < len(small):
                big, small = small, big
            big.update(small)  # the smaller into the larger: merging stays near-linear
            table[keep] = big

    def _count(self, cluster: int, nodes: list[int]) -> None:
        for node in nodes:
            self.headline[cluster].update(self.node_headline[node])
            self.mentioned[cluster].update(self.node_mentioned[node])
