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
someone at most ``rare`` of the first cluster's headlines name.  A headline's
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


NameKeys = tuple[int, ...]


def name_keys(title: Counter[str], full: Counter[str]) -> tuple[NameKeys, NameKeys]:
    """From an article's terms (``features.terms``: ``title`` its headline's, ``full``
    title and body together): the sound keys of the one-word names its headline uses
    and its body uses too, and of every one-word name it uses."""
    names = {t for t in full if t.startswith("E:") and "_" not in t}
    in_body = {t for t in names if full[t] > title.get(t, 0)}
    headline = {sound_key(t[2:]) for t in title if t in in_body}
    return tuple(sorted(headline)), tuple(sorted({sound_key(t[2:]) for t in names}))


@lru_cache(maxsize=200_000)
def sound_key(name: str) -> int:
    """A stable id for a name that its spellings share: Kyiv and Kiev, Zelensky and
    Zelenskyy, Gaddafi and Qaddafi (metaphone after folding y/j to i, dh to d and
    doubled letters).  Two people may share a key; that only makes a refusal rarer."""
    folded = re.sub(r"(.)\1+", r"\1", name.replace("y", "i").replace("j", "i").replace("dh", "d"))
    return zlib.crc32((jellyfish.metaphone(folded) or name).encode("utf-8"))


class Headlines:
    """Per cluster (keyed by its smallest node, as average linkage keeps them): its size,
    how many of its headlines use each name, and how many of its articles do."""

    def __init__(
        self, headline: Sequence[NameKeys], mentioned: Sequence[NameKeys], options: HeadlineOptions
    ) -> None:
        self.options = options
        self.size = dict.fromkeys(range(len(headline)), 1)
        self.headline = {i: Counter(h) for i, h in enumerate(headline)}
        self.mentioned = {i: Counter(m) for i, m in enumerate(mentioned)}

    def allow(self, x: int, y: int, average: float = 0.0) -> bool:
        """May clusters ``x`` and ``y`` merge (whatever their ``average`` probability)?"""
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
