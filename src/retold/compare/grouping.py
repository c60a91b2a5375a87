"""Matching a statement across the outlets of one story.

Quotes (direct and reported) from different articles are linked when their words
overlap enough, weighted by how rare each word is in the story: a lower bar when both
name the same speaker, a higher one when a speaker is unknown, none at all when they
name different people.  Links are merged strongest first, never into a group that
would hold two different speakers.  A short fragment ("draw conclusions") links only
when its exact words appear in the other wording; a one-word fragment only to wordings
of the same named speaker, and only when they all lie in one group.  Two wordings that share no more
than one word, one two-word phrase ("destroy ISIS"), or two words when each has five
or more, share a topic, not a statement, and are not linked.  Within one article, a reported statement and a
partial quote inside it ('X said the wall was "built too low"') are one statement.
A statement quoted again in another story is joined after grouping
(``retold.compare.across``).

An optional sentence-embedding function (``MatchOptions.embed``) can add links
between wordings that share a speaker but few words; without it, matching is lexical.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import pairwise

from retold.analyze.aliases import Aliases, fold, form_of, load_aliases, name_key
from retold.analyze.marks import paragraph_quotes
from retold.analyze.records import ArticleAnalysis, Quote
from retold.compare.words import (
    Vocabulary,
    Weights,
    Word,
    content,
    content_words,
    load_vocabulary,
    phrase_in,
    story_weights,
    words,
)
from retold.records import Article

Embed = Callable[[list[str]], Sequence[Sequence[float]]]
TOPIC_STEMS = 5  # wordings this long that share two stems only share a topic
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+|\n+")


@dataclass(frozen=True)
class MatchOptions:
    vocabulary: Vocabulary = field(default_factory=load_vocabulary)
    aliases: Aliases = field(default_factory=load_aliases)
    same_speaker: float = 0.4  # link bar when both wordings name the same speaker
    unknown_speaker: float = 0.5  # link bar when either speaker is unknown
    short: int = 3  # fewer content words than this: link only by exact phrase
    embed: Embed | None = None  # optional: texts -> vectors (e.g. all-MiniLM-L6-v2)
    embed_bar: float = 0.75  # cosine bar for an embedding link (same speaker only)


@dataclass(frozen=True, eq=False)
class Item:
    """A quote prepared for matching."""

    quote: Quote
    words: list[Word]
    stems: list[str]
    speaker: str | None  # comparison key of the speaker, if a person is known
    surname: str | None  # the last word the attribution printed (for "Vorel said")


def same_person(a: str | None, b: str | None) -> bool:
    """Do two speaker keys name the same person ("anders rasmussen" ~ "anders fogh rasmussen")?"""
    if a is None or b is None:
        return False
    if a == b:
        return True
    both_given = len(a.split()) > 1 and len(b.split()) > 1
    return both_given and (form_of(a, b) or form_of(b, a))


@lru_cache(maxsize=1 << 16)
def may_be_same(a: str, b: str) -> bool:
    """May two wordings' speakers be one person?  Named alike (``same_person``), or one
    is a bare surname the other ends with: an article that names only 'Minister
    Sarnov' never names him in full, so 'sarnov' may be 'oleg sarnov'.  (The people
    table does not merge on a surname alone; inside one story, a statement may.)
    Remembered: a story's wordings ask it of the same few speakers pair by pair."""
    short, long = sorted((a.split(), b.split()), key=len)
    return (len(short) == 1 and short[0] == long[-1]) or same_person(a, b)


def prepare_items(analyses: Sequence[ArticleAnalysis], options: MatchOptions) -> list[Item]:
    items = []
    for analysis in analyses:
        for quote in analysis.quotes:
            ws = words(quote.text, options.vocabulary)
            person = quote.speaker if quote.speaker_kind == "person" else None
            speaker = name_key(person, options.aliases) if person else None
            printed = fold(quote.speaker_text or "").split()
            surname = printed[-1] if printed and (quote.speaker_text or "")[:1].isupper() else None
            items.append(Item(quote, ws, content(ws, options.vocabulary), speaker, surname))
    return items


def weights_for(articles: Sequence[Article], options: MatchOptions) -> Weights:
    texts = {  # a sentence two members print alike is one document of the story
        s for article in articles for s in _SENTENCE_BREAK.split(article.body) if s.strip()
    }
    return story_weights(content_words(s, options.vocabulary) for s in texts)


def _bar(a: Item, b: Item, options: MatchOptions) -> float | None:
    """The similarity a link needs, or None when the speakers differ."""
    if a.speaker and b.speaker:
        return options.same_speaker if may_be_same(a.speaker, b.speaker) else None
    for known, other in ((a, b), (b, a)):
        if known.speaker and not other.speaker and other.surname == known.speaker.split()[-1]:
            return options.same_speaker
    return options.unknown_speaker


@dataclass(frozen=True, eq=False)
class _Terms:
    """A wording's distinct stems and their summed weight, read once per story."""

    stems: frozenset[str]
    total: float


def link_pairs(
    items: list[Item], weights: Weights, options: MatchOptions
) -> list[tuple[float, int, int]]:
    """Candidate links (similarity, i, j) between wordings of different articles."""
    links = []
    vectors = _embeddings(items, options)
    terms = [_Terms(frozenset(item.stems), weights.total(set(item.stems))) for item in items]
    for i in range(len(items)):
        for j in range(i + 1, len(items)):
            a, b = items[i], items[j]
            if a.quote.article == b.quote.article:
                if _holds(a.quote, b.quote) or _holds(b.quote, a.quote):
                    links.append((1.0, i, j))
                continue
            bar = _bar(a, b, options)
            if bar is None:
                continue
            score = _linked(a, b, terms[i], terms[j], weights, options, bar)
            if score < bar and vectors is not None and a.speaker and b.speaker:
                score = bar if _cosine(vectors[i], vectors[j]) >= options.embed_bar else score
            if score >= bar:
                links.append((score, i, j))
    links.sort(key=lambda link: (-link[0], link[1], link[2]))
    return links


def _holds(outer: Quote, inner: Quote) -> bool:
    """Is ``inner`` a partial quote inside the reported statement ``outer`` ('X said
    the wall had been "built too low"')?  Both are one statement of one speaker."""
    return (
        outer.kind == "indirect"
        and inner.kind == "direct"
        and outer.start <= inner.start
        and inner.end <= outer.end
    )


def _linked(
    a: Item, b: Item, ta: _Terms, tb: _Terms, weights: Weights, options: MatchOptions, bar: float
) -> float:
    """How strongly two wordings look like one statement (0..1), when that reaches
    ``bar``; below it, some score under ``bar``.

    A wording of fewer than ``options.short`` stems scores 0.9 when its exact words
    appear in the other.  Otherwise the higher of the longer wording's weighted share
    of stems the shorter has, and the shorter's weighted share in the best window of
    the longer about as long as it: a paraphrase of one part of a long quote shares its
    words with one stretch of it, words that merely recur across a story are
    scattered.  The window is looked for only when the shorter wording's whole shared
    weight could reach the bar (no window holds more).  Wordings that share only a
    topic (``_topic_only``) score 0."""
    (short, ts), (long, tl) = (a, ta), (b, tb)
    if len(ta.stems) > len(tb.stems):
        (short, ts), (long, tl) = (b, tb), (a, ta)
    if len(ts.stems) < options.short:
        fewest = 1 if short.speaker and long.speaker else 2  # one word: same named speaker
        return 0.9 if len(short.words) >= fewest and phrase_in(short.words, long.words) else 0.0
    common = ts.stems & tl.stems
    if bar > 0 and _topic_only(common, short, long, options):
        return 0.0
    shared = weights.total(common)
    whole = shared / ts.total if ts.total else 0.0
    contained = shared / tl.total if tl.total else 0.0
    width = max(len(short.stems) + 4, (3 * len(short.stems)) // 2)
    if len(long.stems) <= width or max(whole, contained) < bar or not ts.total:
        return max(whole, contained)
    return max(_best_window(ts, long.stems, width, weights, whole), contained)


def _topic_only(common: frozenset[str], a: Item, b: Item, options: MatchOptions) -> bool:
    """Do two wordings share only a topic: one word, two words when each has
    ``TOPIC_STEMS`` or more ('change the rules after the votes are counted' / 'the rules
    only apply until a Democrat needs them changed'), or one phrase of two words next
    to each other in both ("destroy ISIS", "New York")?  One statement re-worded keeps
    more of its words, or keeps two of a short one apart ("islanders would want
    answers" / "islanders would be demanding answers");
    a phrase that a wording prints in quotation marks is the speaker's own words
    quoted in part ("he "would certainly implement" a database"), not a topic."""
    if len(common) != 2:
        return len(common) < 2
    if min(len(set(a.stems)), len(set(b.stems))) >= TOPIC_STEMS:
        return True  # two words of five or more each
    if not (_adjacent(common, a.stems) and _adjacent(common, b.stems)):
        return False
    return not (_marked(a, common, options) or _marked(b, common, options))


def _marked(item: Item, phrase: frozenset[str], options: MatchOptions) -> bool:
    """Does ``item`` print every stem of ``phrase`` inside one pair of double
    quotation marks?"""
    text = item.quote.text
    return any(
        phrase <= set(content_words(text[span.start : span.end], options.vocabulary))
        for span in paragraph_quotes(text, 0, 0)
        if not span.single  # 'single' marks inside a quotation: someone else's words
    )


def _adjacent(pair: frozenset[str], stems: list[str]) -> bool:
    """Are the two stems of ``pair`` next to each other somewhere in ``stems``?"""
    return any({x, y} == pair for x, y in pairwise(stems))


def _best_window(
    terms: _Terms, stems: list[str], width: int, weights: Weights, most: float
) -> float:
    """``local_containment``'s best window, each distinct window read once: a window
    whose entering and leaving stems are not the wording's shares its predecessor's
    words; ``most`` (all shared words) is as high as any can go."""
    best = 0.0
    for start in range(0, len(stems) - width + 1):
        if (
            start
            and stems[start - 1] not in terms.stems
            and stems[start + width - 1] not in terms.stems
        ):
            continue
        shared = terms.stems.intersection(stems[start : start + width])
        best = max(best, weights.total(shared) / terms.total)
        if best >= most:
            break
    return best


def _embeddings(items: list[Item], options: MatchOptions) -> list[Sequence[float]] | None:
    if options.embed is None or not items:
        return None
    return list(options.embed([item.quote.text for item in items]))


def _cosine(a: Sequence[float], b: Sequence[float]) -> float:
    dot = sum(x * y for x, y in zip(a, b, strict=False))
    norm = math.sqrt(sum(x * x for x in a)) * math.sqrt(sum(y * y for y in b))
    return dot / norm if norm else 0.0


def cluster(items: list[Item], links: list[tuple[float, int, int]]) -> list[list[int]]:
    """Merge linked wordings, strongest links first, never joining two speakers.  A
    one-word fragment ('called the sentences "excessive"') joins another article's
    wording last, and only when every wording it links to is in one group: a word can
    recur in two statements of one speaker, and must not bridge them."""
    groups = _Groups(items)
    lone = {i for i, item in enumerate(items) if len(item.words) == 1}
    later: dict[int, set[int]] = {}
    for _, i, j in links:
        across = items[i].quote.article != items[j].quote.article
        if across and (i in lone or j in lone):
            for one, other in ((i, j), (j, i)):
                if one in lone:
                    later.setdefault(one, set()).add(other)
            continue
        groups.join(i, j)
    for one, partners in later.items():
        roots = {groups.root(j) for j in partners} - {groups.root(one)}
        if len(roots) == 1:
            groups.join(one, roots.pop())
    return groups.members()


class _Groups:
    """Union-find over wordings that keeps each group's speakers apart."""

    def __init__(self, items: list[Item]) -> None:
        self.items = items
        self.parent = list(range(len(items)))
        self.speakers: dict[int, set[str]] = {
            i: {item.speaker} if item.speaker else set() for i, item in enumerate(items)
        }

    def root(self, i: int) -> int:
        parent = self.parent
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def join(self, i: int, j: int) -> None:
        """Merge the groups of ``i`` and ``j`` unless they name different people."""
        ri, rj = self.root(i), self.root(j)
        if ri == rj:
            return
        union = self.speakers[ri] | self.speakers[rj]
        if any(not may_be_same(x, y) for x in union for y in union):
            return
        self.parent[rj] = ri
        self.speakers[ri] = union

    def members(self) -> list[list[int]]:
        """The groups, each in item order, ordered by their first wording's place."""
        groups: dict[int, list[int]] = {}
        for i in range(len(self.items)):
            groups.setdefault(self.root(i), []).append(i)
        items = self.items
        return sorted(
            groups.values(), key=lambda g: (items[g[0]].quote.article, items[g[0]].quote.start)
        )


def speaker_of(members: list[Item]) -> str | None:
    """The group's speaker: the fullest name among its people, else among its
    organisations.  A description ('a senior aide') names no one across outlets: two
    outlets' senior aides need not be one person."""
    for kind in ("person", "organization"):
        names = [
            m.quote.speaker for m in members if m.quote.speaker and m.quote.speaker_kind == kind
        ]
        if names:
            return max(names, key=lambda n: (len(n.split()), len(n), n))
    return None


def filled_speaker(item: Item, group_speaker: str | None) -> str | None:
    """A quote's speaker, or the group's when the quote printed the same surname."""
    if item.quote.speaker or group_speaker is None or not item.quote.speaker_text:
        return item.quote.speaker
    printed = fold(item.quote.speaker_text).split()
    if printed and printed[-1] == fold(group_speaker).split()[-1]:
        return group_speaker
    return None
