"""The stored articles as the link stage reads them: by id, only those it asks for.

A run that adds a few articles to a large database needs the new articles, the members
of the stories and copy groups they change, and the ids of the rest: ``StoredArticles``
is a mapping over every stored article (latest revisions, as ``Store.articles()`` gives
them) that reads an article from the store the first time it is asked for, a chunk of
ids at a time (``Store.articles_by_id``), and keeps it.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping, Sequence

from retold.records import Article
from retold.store import Store


def reading_order(article: Article) -> tuple[bool, str, bool, str, str]:
    """``Store.articles()``'s order: by date (undated last), outlet (none first), id."""
    return (
        article.published is None,
        article.published or "",
        article.outlet is not None,
        article.outlet or "",
        article.id,
    )


class StoredArticles(Mapping[str, Article]):
    """Every stored article by id, read on demand.  ``read`` counts the articles the
    store handed out (``Store.articles()`` for all of them counts as many)."""

    def __init__(self, store: Store, articles: Sequence[Article] | None = None) -> None:
        self.store = store
        self.loaded: dict[str, Article] = {}
        self.read = 0
        if articles is None:
            self.ids = frozenset(store.article_ids())
        else:
            self.ids = frozenset(a.id for a in articles)
            self.loaded = {a.id: a for a in articles}

    def __getitem__(self, article_id: str) -> Article:
        if article_id not in self.ids:
            raise KeyError(article_id)
        if article_id not in self.loaded:
            self.load([article_id])
        return self.loaded[article_id]

    def __contains__(self, article_id: object) -> bool:
        return article_id in self.ids

    def __iter__(self) -> Iterator[str]:
        return iter(sorted(self.ids))

    def __len__(self) -> int:
        return len(self.ids)

    def load(self, ids: Iterable[str]) -> list[Article]:
        """The stored articles of ``ids`` (others skipped), in ``reading_order``; those
        not read yet are read in one pass."""
        wanted = {i for i in ids if i in self.ids}
        missing = wanted - self.loaded.keys()
        if missing:
            for stored in self.store.articles_by_id(missing):
                self.loaded[stored.article.id] = stored.article
                self.read += 1
        return sorted((self.loaded[i] for i in wanted), key=reading_order)

    def everything(self) -> list[Article]:
        """Every stored article, in ``reading_order``."""
        if len(self.loaded) < len(self.ids):
            stored = [s.article for s in self.store.articles()]
            self.read += len(stored)
            self.loaded = {a.id: a for a in stored}
        return sorted(self.loaded.values(), key=reading_order)
