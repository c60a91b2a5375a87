"""Outlet furniture learned incrementally: what ``learn.learn_furniture`` finds over all
of an outlet's articles, kept up to date as articles arrive, at a cost that grows with
the new articles and with what they touch, not with the outlet.

The store keeps, per outlet (``LearnIndex``): each article's lines (a key per distinct
normalised paragraph, flagged short, at most ``max_words`` words, and inside, seen
away from the first and last ``edge_lines``) and its representative; which articles
carry each line; per line its carriers, the distinct representatives among them and
the carriers that hold it inside; and the pairs of articles whose paragraph sets are
more alike than ``same_article_overlap`` (the graph G).

Why the result is the one learning from scratch gives: ``distinct_articles`` makes
article n a representative when no earlier neighbour in G is one, and points every
other article at its smallest representative neighbour (the greedy independent set in
id order).  An article's status depends only on its earlier neighbours' status, so new
articles change only what a change of status reaches along G, later in id order: they
are taken in id order from a queue, and an article whose status flips queues its later
neighbours.  A line's count (distinct representatives carrying it) then changes only
in the groups an article left or joined, which are read back whole; whether a line is
furniture depends only on its count, on whether a carrier holds it inside and on its
length.  An article whose lines changed no status cleans to what it was: only the
carriers of lines that changed status, and the new articles, are cleaned again.

Near-duplicates of a new article are found from its rarest lines: an article more alike
than ``t`` shares at least ``need`` of its ``s`` lines (the least ``i`` with i/s > t),
so it carries one of any ``s - need + 1`` of them.  Lines are keyed by a 61-bit hash of
the outlet and the line; two lines of one outlet that share a key (odds about n^2/2^62
for n lines) would be counted as one.
"""

from __future__ import annotations

import hashlib
import heapq
from array import array
from collections import Counter, defaultdict
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from retold.clean.furniture import normalize
from retold.clean.learn import LearnOptions, apply_furniture, paragraphs, unlearned
from retold.records import Article

SHORT, INSIDE = 2, 1  # flags in a line's code: key << 2 | flags


@dataclass(frozen=True)
class Count:
    """One line's counts: carriers, distinct representatives among them (short lines
    only) and carriers that hold it away from the edges (short lines only)."""

    carriers: int = 0
    reps: int = 0
    inside: int = 0

    def __add__(self, other: Count) -> Count:
        return Count(
            self.carriers + other.carriers, self.reps + other.reps, self.inside + other.inside
        )


class LearnIndex(Protocol):
    """What the store keeps for learning (one outlet's keys never meet another's)."""

    def learn_counts(self, keys: Collection[int]) -> dict[int, Count]: ...

    def learn_carriers(self, keys: Collection[int]) -> dict[int, list[str]]: ...

    def learn_reps(self, ids: Collection[str]) -> dict[str, str]: ...

    def learn_codes(self, ids: Collection[str]) -> dict[str, tuple[int, ...]]: ...

    def learn_groups(self, reps: Collection[str]) -> dict[str, list[str]]: ...

    def learn_neighbours(self, ids: Collection[str]) -> dict[str, list[str]]: ...


class EmptyIndex:
    """The index of an outlet learned from scratch."""

    def learn_counts(self, keys: Collection[int]) -> dict[int, Count]:
        return {}

    def learn_carriers(self, keys: Collection[int]) -> dict[int, list[str]]:
        return {}

    def learn_reps(self, ids: Collection[str]) -> dict[str, str]:
        return {}

    def learn_codes(self, ids: Collection[str]) -> dict[str, tuple[int, ...]]:
        return {}

    def learn_groups(self, reps: Collection[str]) -> dict[str, list[str]]:
        return {}

    def learn_neighbours(self, ids: Collection[str]) -> dict[str, list[str]]:
        return {}


@dataclass
class IndexUpdate:
    """What one outlet's learning writes, besides the articles cleaned again."""

    added: list[tuple[str, str, bytes]] = field(default_factory=list)  # id, rep, codes
    moved: list[tuple[str, str]] = field(default_factory=list)  # stored id, its new rep
    pairs: list[tuple[str, str]] = field(default_factory=list)  # new pairs of G, a < b
    counts: dict[int, Count] = field(default_factory=dict)  # what changed counts gained, to add
    furniture: dict[str, int] = field(default_factory=dict)  # furniture lines (re)written
    dropped: list[str] = field(default_factory=list)  # lines no longer furniture


@dataclass(frozen=True)
class Relearned:
    update: IndexUpdate
    rewritten: list[Article]  # articles whose body or removed lines changed


@dataclass(frozen=True)
class Learned:
    """One outlet's learning as the store writes it (``Store.put_learned``): ``relearned``
    taken into the outlet's learn index, which is dropped first when ``fresh``."""

    outlet: str
    relearned: Relearned
    fresh: bool = False


def line_key(outlet: str, line: str) -> int:
    digest = hashlib.blake2b(f"{outlet}\0{line}".encode(), digest_size=8).digest()
    return int.from_bytes(digest, "big") >> 3


def pack(codes: Sequence[int]) -> bytes:
    return array("q", codes).tobytes()


def unpack(data: bytes) -> tuple[int, ...]:
    codes = array("q")
    codes.frombytes(bytes(data))
    return tuple(codes)


def article_lines(
    article: Article, outlet: str, options: LearnOptions
) -> tuple[tuple[int, ...], dict[int, str]]:
    """An article's line codes (one per distinct line, in order) and their texts."""
    lines = [normalize(p) for p in paragraphs(article)]
    flags: dict[int, int] = {}
    texts: dict[int, str] = {}
    for i, line in enumerate(lines):
        key = line_key(outlet, line)
        texts[key] = line
        flag = flags.get(key, 0)
        if len(line.split()) <= options.max_words:
            edge = i < options.edge_lines or i >= len(lines) - options.edge_lines
            flag |= SHORT | (0 if edge else INSIDE)
        flags[key] = flag
    return tuple(k << 2 | f for k, f in flags.items()), texts


def relearn(
    index: LearnIndex,
    read: Callable[[list[str]], list[Article]],
    outlet: str,
    new: Sequence[Article],
    furniture: Mapping[str, int],
    options: LearnOptions,
) -> Relearned:
    """The outlet's ``new`` articles (as stored) taken into ``index``, whose furniture
    is ``furniture`` (line -> count); ``read`` gives stored articles by id."""
    grown = _Growth(index, outlet, options)
    for article in new:
        grown.codes[article.id], texts = article_lines(unlearned(article), outlet, options)
        grown.texts.update(texts)
    edges = grown.similar([a.id for a in new])
    now, before = grown.representatives(sorted(a.id for a in new), edges)
    update = IndexUpdate(pairs=sorted(edges))
    update.added = [(a.id, now[a.id], pack(grown.codes[a.id])) for a in new]
    update.moved = sorted((v, r) for v, r in now.items() if v in before and before[v] != r)
    gained, lost = grown.count(now, before, update)
    carriers = index.learn_carriers(gained | lost)
    again = read(sorted({i for ids in carriers.values() for i in ids} - grown.new))
    known = {line_key(outlet, line): line for line in furniture}
    grown.read_texts(again, gained - known.keys())
    lines = dict(furniture)
    for key, count in grown.counts.items():
        if key in lost:
            lines.pop(known[key])
            update.dropped.append(known[key])
        elif key in gained or (key in known and count.reps != grown.before_counts[key].reps):
            text = known[key] if key in known else grown.texts[key]
            lines[text] = update.furniture[text] = count.reps
    sets = {outlet: frozenset(lines)}
    rewritten = [
        cleaned
        for article in [*new, *again]
        if (cleaned := apply_furniture(unlearned(article), sets)).body != article.body
        or cleaned.removed != article.removed
    ]
    return Relearned(update, rewritten)


class _Growth:
    def __init__(self, index: LearnIndex, outlet: str, options: LearnOptions) -> None:
        self.index = index
        self.outlet = outlet
        self.options = options
        self.codes: dict[str, tuple[int, ...]] = {}  # new articles, then stored ones read
        self.new: set[str] = set()
        self.texts: dict[int, str] = {}
        self.before_counts: dict[int, Count] = {}
        self.counts: dict[int, Count] = {}  # lines whose counts changed: their counts now

    def read_texts(self, articles: Sequence[Article], keys: Collection[int]) -> None:
        """The texts of the lines ``keys`` not yet known, read from the first of
        ``articles`` (their carriers) that hold them."""
        missing = set(keys) - self.texts.keys()
        for article in articles:
            if not missing:
                break
            texts = article_lines(unlearned(article), self.outlet, self.options)[1]
            self.texts.update(texts)
            missing -= texts.keys()

    def _codes(self, ids: Collection[str]) -> None:
        missing = [i for i in ids if i not in self.codes]
        if missing:
            self.codes.update(self.index.learn_codes(missing))

    def similar(self, new: list[str]) -> set[tuple[str, str]]:
        """The pairs of G each new article makes, with stored articles and new ones."""
        self.new = set(new)
        posting: dict[int, list[str]] = defaultdict(list)
        batch: Counter[int] = Counter()
        for i in new:
            for code in self.codes[i]:
                posting[code >> 2].append(i)
                batch[code >> 2] += 1
        self.before_counts = self.index.learn_counts(list(batch))
        edges: set[tuple[str, str]] = set()
        t = self.options.same_article_overlap
        for x in new:
            keys = sorted(
                (c >> 2 for c in self.codes[x]),
                key=lambda k: (self.before_counts.get(k, Count()).carriers + batch[k], k),
            )
            prefix = keys[: len(keys) - _need(len(keys), t) + 1]
            stored = self.index.learn_carriers(prefix)
            found = {i for k in prefix for i in (*stored.get(k, ()), *posting[k])} - {x}
            self._codes(found)
            mine = {c >> 2 for c in self.codes[x]}
            for y in found:
                theirs = {c >> 2 for c in self.codes[y]}
                if len(mine & theirs) / (len(mine | theirs) or 1) > t:
                    edges.add((min(x, y), max(x, y)))
        return edges

    def representatives(
        self, new: list[str], edges: set[tuple[str, str]]
    ) -> tuple[dict[str, str], dict[str, str]]:
        """(the representative now of every article looked at, the stored one before of
        the stored articles among them)."""
        added: dict[str, set[str]] = defaultdict(set)
        for a, b in edges:
            added[a].add(b)
            added[b].add(a)
        before: dict[str, str] = {}
        now: dict[str, str] = {}
        queue = list(new)
        heapq.heapify(queue)
        while queue:
            v = heapq.heappop(queue)
            if v in now:
                continue
            stored = [] if v in self.new else self.index.learn_neighbours([v]).get(v, [])
            neighbours = {*stored, *added[v]}
            unknown = [u for u in {*neighbours, v} - self.new if u not in before]
            before.update(self.index.learn_reps(unknown))
            earlier = [u for u in neighbours if u < v and now.get(u, before.get(u)) == u]
            now[v] = min(earlier, default=v)
            was = v not in self.new and before[v] == v
            if (now[v] == v) != was:
                for u in neighbours:
                    if u > v:
                        heapq.heappush(queue, u)
        return now, before

    def count(
        self, now: dict[str, str], before: dict[str, str], update: IndexUpdate
    ) -> tuple[set[int], set[int]]:
        """Each line's counts after the move of every article whose representative
        changed (``counts``; what they gained in ``update.counts``, which the store
        adds up); the lines that became furniture and those that stopped being
        furniture."""
        moved = {v for v, r in now.items() if v in self.new or before[v] != r}
        groups = {now[v] for v in moved} | {before[v] for v in moved if v in before}
        members = self.index.learn_groups(groups)
        self._codes({i for ids in members.values() for i in ids})
        reps: Counter[int] = Counter()
        short: dict[int, bool] = {}
        for g in groups:
            old = members.get(g, [])
            new = [u for u in old if u not in moved] + [v for v in moved if now[v] == g]
            had, has = self._short_keys(old, short), self._short_keys(new, short)
            reps.update(dict.fromkeys(has - had, 1))
            reps.subtract(dict.fromkeys(had - has, 1))
        carriers: Counter[int] = Counter()
        inside: Counter[int] = Counter()
        for v in self.new:
            for code in self.codes[v]:
                carriers[code >> 2] += 1
                inside[code >> 2] += code & INSIDE
                short[code >> 2] = bool(code & SHORT)
        missing = [k for k in reps if k not in self.before_counts]
        self.before_counts.update(self.index.learn_counts(missing))
        gained, lost = set(), set()
        for key in {*reps, *carriers}:
            old_count = self.before_counts.get(key, Count())
            gain = Count(carriers[key], reps[key], inside[key])
            count = old_count + gain
            if gain != Count():
                self.counts[key] = count
                update.counts[key] = gain
            was, now_is = self._furniture(old_count, short[key]), self._furniture(count, short[key])
            if now_is and not was:
                gained.add(key)
            elif was and not now_is:
                lost.add(key)
        return gained, lost

    def _short_keys(self, ids: list[str], short: dict[int, bool]) -> set[int]:
        keys = set()
        for i in ids:
            for code in self.codes[i]:
                if code & SHORT:
                    keys.add(code >> 2)
                    short[code >> 2] = True
        return keys

    def _furniture(self, count: Count, short: bool) -> bool:
        o = self.options
        return short and count.reps >= (o.min_articles if count.inside else o.min_edge_articles)


def _need(size: int, overlap: float) -> int:
    """The fewest shared lines that can make a set of ``size`` lines more alike than
    ``overlap`` (``size + 1``: none can)."""
    return next((i for i in range(1, size + 1) if i / size > overlap), size + 1)
