"""The link stage's copies, grown run by run from what the store keeps.

Wiring between the store and ``retold.link.copyindex`` (copies made of shingles)
and ``copies.find_story_rewrites`` (sentence-aligned rewrites), so that a run over a
large database costs about what its new articles cost:

* copies: the new articles' keys are looked up in the stored copy index, their
  candidates verified, and only the copy groups they touch are ranked again;
* rewrites: searched inside stories, words weighed by document frequencies over every
  article (``rewrites.WordCounts``, kept in the store and grown by the new articles),
  so only the stories this run changed are searched again;
* stale reprints: judged in the stories this run changed and in those where an
  article's copy link changed, words weighed by counts kept the same way
  (``reprint_counts``); the other stories keep their findings.

A copy group's links depend only on its verified pairs, so the copies equal one run's
over every article.  A story's rewrites depend on its articles and on the word counts
when it was last searched: a story no run has changed since keeps the rewrites the
counts of that time gave, and so do its stale reprints (the same trade the story state
makes with its IDF; every story is searched and judged again when the stories are all
recomputed).
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass

from retold import countlog
from retold.link.copies import CopyOptions, find_story_rewrites, with_rewrites
from retold.link.copyindex import (
    StoredPair,
    candidates,
    group_members,
    index_entries,
    relink,
    verify,
)
from retold.link.findings import reprint_words
from retold.link.language import Language
from retold.link.rewrites import Split, WordCounts, sentence_split, sentence_words
from retold.link.splits import split_bytes, split_key, splits_of
from retold.records import Article, CopyLink, Story
from retold.store import Store
from retold.store.copyindex import PairRow
from retold.stored import StoredArticles

WORD_COUNTS = "rewrite-words"
"""State: the document frequencies of the words of every article the stories hold."""

REPRINT_COUNTS = "reprint-words"
"""State: the same for the words stale reprints are judged by (``findings.reprint_words``)."""


@dataclass(frozen=True)
class IndexGrowth:
    """What the copy index takes from a run: its new articles' entries and the pairs
    verified among them and the indexed ones (``Store.put_copy_index`` arguments)."""

    entries: list[tuple[str, int, Sequence[int]]]
    pairs: list[PairRow]

    def write(self, store: Store) -> None:
        store.put_copy_index(self.entries, self.pairs)


def copy_links(
    store: Store,
    articles: StoredArticles,
    stored: Sequence[CopyLink],
    options: CopyOptions | None = None,
) -> tuple[list[CopyLink], IndexGrowth]:
    """Copy links (rewrites apart) of every stored article, from the links ``stored``
    (``Store.copies()``), and what the copy index must take of the articles it does not
    hold yet.  The caller writes the index after the
    copy links: an index that holds an article vouches that the stored links are its,
    so a run cut short between the two finds the same links again.  Only the articles
    the index does not hold, their candidate partners and the members of the copy
    groups they join are read."""
    options = options or CopyOptions()
    indexed = store.copy_indexed()
    if not indexed <= articles.ids:
        store.clear_copy_index()
        indexed = set()
    new = articles.load(i for i in articles.ids if i not in indexed)
    entries = index_entries(new, options)
    pairs_to_verify = candidates(entries, store.copy_postings, options)
    articles.load({i for pair in pairs_to_verify for i in pair})
    found = verify(pairs_to_verify, articles, options)
    pairs = [StoredPair(*row) for row in store.copy_pairs()] + found
    # links to an article the index does not hold were written by a run cut short
    # before it wrote the index: their groups are ranked again
    unvouched = {
        i
        for c in stored
        if c.original not in indexed or c.copy not in indexed
        for i in (c.original, c.copy)
    }
    grouped = group_members({a.id for a in new} | unvouched, pairs)
    articles.load(grouped)
    fresh = relink(grouped, pairs, articles, options)
    members = set(grouped)
    kept = [
        c
        for c in stored
        if c.kind != "rewrite" and _stored(c, articles) and not {c.copy, c.original} & members
    ]
    growth = IndexGrowth(
        [(e.article, e.shingles, e.keys) for e in entries],
        [(p.a, p.b, p.kind, p.jaccard, p.containment) for p in found],
    )
    return sorted([*kept, *fresh], key=_order), growth


def word_counts(
    store: Store, articles: StoredArticles, new: Collection[str], options: CopyOptions
) -> WordCounts:
    """The rewrite word counts of every stored article: the stored counts grown by the
    ``new`` ones, or counted afresh over every article when every article is new (or the
    stored counts are not theirs)."""
    stem, language = options.rewrites.stem, options.language
    return _grown(
        store, WORD_COUNTS, articles, new, lambda a: sentence_words(a.body, stem, language)
    )


def reprint_counts(
    store: Store, articles: StoredArticles, new: Collection[str], language: Language
) -> WordCounts:
    """The stale-reprint word counts (``findings.reprint_words``) of every stored
    article, grown as ``word_counts`` grows the rewrite word counts."""
    return _grown(store, REPRINT_COUNTS, articles, new, lambda a: reprint_words(a, language))


def _grown(
    store: Store,
    state: str,
    articles: StoredArticles,
    new: Collection[str],
    words: Callable[[Article], list[list[str]]],
) -> WordCounts:
    parts = countlog.load(store, state) if len(new) < len(articles) else []
    base = countlog.total(parts)
    if base.n_docs != len(articles) - len(new):
        parts, base = [], WordCounts.empty()
    adding = articles.load(new) if base.n_docs else articles.everything()
    added = WordCounts.empty().grown([words(a) for a in adding])
    if added.n_docs or not parts:
        countlog.save(store, state, parts, added)
    return WordCounts.summed([base, added])


def with_story_rewrites(
    links: Sequence[CopyLink],
    stored: Sequence[CopyLink],
    stories: Sequence[Story],
    changed: Collection[str],
    articles: StoredArticles,
    corpus: WordCounts,
    options: CopyOptions | None = None,
    before: Mapping[str, str] | None = None,
) -> list[CopyLink]:
    """``links`` and the rewrites inside each story: searched again in the ``changed``
    stories, kept from ``stored`` in the others (``copies.with_rewrites`` decides which
    of them count, as in one run).  In a changed story, two articles that were in one
    story ``before`` this run (article id -> story id) keep the judgement made then."""
    options = options or CopyOptions()
    if not options.find_rewrites:
        return list(links)
    before = before or {}
    searched = [s for s in stories if s.id in changed]
    now = {a: s.id for s in searched for a in s.articles}

    def kept(c: CopyLink) -> bool:
        if c.copy not in now and c.original not in now:
            return True
        return now.get(c.copy) == now.get(c.original) and (
            before.get(c.copy) is not None and before.get(c.copy) == before.get(c.original)
        )

    rewrites = [c for c in stored if c.kind == "rewrite" and _stored(c, articles) and kept(c)]
    by_id = {a.id: a for a in articles.load(now)}
    groups = [[by_id[i] for i in s.articles if i in by_id] for s in searched]
    splits = saved_splits(articles.store, [m for g in groups if len(g) > 1 for m in g], options)
    rewrites += find_story_rewrites(groups, corpus, options, before, splits)
    return sorted(with_rewrites(links, rewrites), key=_order)


def saved_splits(
    store: Store, articles: Sequence[Article], options: CopyOptions
) -> dict[str, Split]:
    """The sentence splits of ``articles`` (``rewrites.sentence_split``): those the
    store keeps for their bodies read, the others made and kept for the next runs."""
    stem, language = options.rewrites.stem, options.language
    key = split_key(stem, language)
    bodies = [(a.id, a.body) for a in articles]
    found = splits_of(store.saved_splits([i for i, _ in bodies]), bodies, key)
    made = {a.id: sentence_split(a.body, stem, language) for a in articles if a.id not in found}
    store.put_splits(
        [(a.id, split_bytes(a.body, made[a.id], key)) for a in articles if a.id in made]
    )
    return found | made


def reprint_stories(
    stories: Sequence[Story],
    changed: Collection[str],
    stored: Sequence[CopyLink],
    links: Sequence[CopyLink],
) -> list[Story]:
    """The ``stories`` whose stale reprints are judged again: the ``changed`` ones and
    those holding an article whose copy link (what ``stale_reprints`` reads of the
    links) differs between the ``stored`` links and the new ``links``."""
    moved = moved_copies(stored, links)
    return [s for s in stories if s.id in changed or not moved.isdisjoint(s.articles)]


def moved_copies(stored: Sequence[CopyLink], links: Sequence[CopyLink]) -> set[str]:
    """The articles whose copy link (the link naming each as the copy) differs between
    the ``stored`` links and the new ``links``."""
    before = {c.copy: c for c in stored}
    now = {c.copy: c for c in links}
    return {a for a in before.keys() | now.keys() if before.get(a) != now.get(a)}


def judged_articles(
    articles: StoredArticles, stories: Sequence[Story], links: Sequence[CopyLink]
) -> list[Article]:
    """What ``findings.stale_reprints`` reads of ``stories``: their articles and the
    originals they copy."""
    members = {a for s in stories for a in s.articles}
    return articles.load(members | {c.original for c in links if c.copy in members})


def _stored(link: CopyLink, articles: StoredArticles) -> bool:
    """Whether both ends of ``link`` are stored (latest revisions): a run cut short
    before the copy index vouched for its links, and followed by a revision of one of
    its articles, leaves links to the earlier text."""
    return link.original in articles and link.copy in articles


def _order(link: CopyLink) -> tuple[str, str]:
    return (link.original, link.copy)
