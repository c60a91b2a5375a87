"""What the listing commands select: outlets by any name they go by, article and story
ids by a prefix, and the articles a set of filters keeps."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from retold.analyze.aliases import outlet_key
from retold.clean.metadata import Domain, canonical_outlet, outlet_from_domain
from retold.errors import NotFoundError
from retold.serve.plain import plain
from retold.store import ArticleQuery, Store

MAX_CANDIDATES = 20


def _keys(name: str) -> set[str]:
    return {outlet_key(name), outlet_key(canonical_outlet(name))} - {""}


def outlet_matcher(wanted: str) -> Callable[[str | None], bool]:
    """Whether an article's outlet is the one ``wanted`` names: case-, accent- and
    'The'-insensitively, by a known outlet's alias (``data/outlets.toml``: "AP" is the
    Associated Press) or by a domain ("theguardian.com", "guardian.com")."""
    keys = _keys(wanted)
    domain = Domain.of(wanted.strip()) if "." in wanted and " " not in wanted.strip() else None
    if domain is not None:
        keys |= _keys(outlet_from_domain(wanted.strip()))

    def matches(outlet: str | None) -> bool:
        if not outlet:
            return False
        return bool(_keys(outlet) & keys) or (domain is not None and domain.agrees(outlet))

    return matches


def outlet_names(store: Store, wanted: str) -> tuple[str, ...]:
    """The outlet names in ``store`` that ``wanted`` matches (see ``outlet_matcher``)."""
    matches = outlet_matcher(wanted)
    return tuple(name for name in store.outlet_names() if matches(name))


@dataclass(frozen=True)
class ArticleFilter:
    """The article filters shared by the listing commands; every field optional."""

    outlet: str | None = None
    since: str | None = None  # YYYY-MM-DD, inclusive
    until: str | None = None
    story: str | None = None  # a story id or a unique prefix of one

    def query(
        self, store: Store, limit: int | None = None, all_revisions: bool = False
    ) -> ArticleQuery:
        outlets = outlet_names(store, self.outlet) if self.outlet else None
        return ArticleQuery(
            since=self.since,
            until=self.until,
            all_revisions=all_revisions,
            limit=limit,
            outlets=outlets,
        )

    def article_ids(self, store: Store) -> set[str] | None:
        """The ids of the articles kept; None when no filter is set (everything is)."""
        if not (self.outlet or self.since or self.until or self.story):
            return None
        kept = {s.article.id for s in store.articles(self.query(store, all_revisions=True))}
        if self.story:
            kept &= set(store.get_story(resolve_id(store, self.story, "story")).articles)
        return kept


def resolve_id(store: Store, given: str, kind: str | None = None) -> str:
    """The one article or story id ``given`` starts (``kind`` limits it to one kind);
    NotFoundError naming the candidates when it starts several, or none."""
    found = [c for c in store.id_candidates(given, MAX_CANDIDATES + 1) if kind in (None, c[1])]
    exact = [c for c in found if c[0] == given]
    if exact:
        return given
    if len(found) == 1:
        return found[0][0]
    if not found:
        return given  # the store's own error says what is valid
    what = f"{kind} id" if kind else "id"
    count = f"more than {MAX_CANDIDATES}" if len(found) > MAX_CANDIDATES else str(len(found))
    listed = "\n".join(
        f"  {i}  {k:<7}  {plain(t, empty='(no title)').plain}" for i, k, t in found[:MAX_CANDIDATES]
    )
    raise NotFoundError(f"{what} prefix {given!r} starts {count} ids; give more of it:\n{listed}")
