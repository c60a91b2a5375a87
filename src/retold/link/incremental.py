"""Growing a story state: merge new articles in, find the part of the graph they touch.

Between full runs, terms are weighed by the document frequencies of the last full
run (``StoryState.idf``; a term first seen since counts as in ``NEW_TERM_DF``
articles), so an article's vectors, and the cosine and candidacy of a pair of
stored articles, stay what they were: so do each row's heaviest terms (the pair
index's marks, ``StoryState.tops``) and each edge's channel cosines, which the state
keeps.  A run then finds the new articles' edges and recomputes the features and
probability of every edge at a row whose neighbour list they change (``regrow``: the
new rows, and the rows they link to whose lists a new edge enters,
``graph.relisted``) or whose effective day a new near-identical text may lower; every
other edge keeps its stored cosine and probability (its features read only its ends'
lists), and every row its effective day.  The stories recomputed are those of the
components of sure edges (``stories.group`` never joins two of them) that hold a new
row, an end of an edge whose probability changed, or a row whose day changed
(``region``): every other component keeps every input of its clustering, and average
linkage over each component gives what it gives in a single run with the same weights.

The trade: between full runs the weights are those of the last one, not of the
whole corpus, so a story can differ from what a single run over every article
(whose IDF counts the new articles) makes of it.  ``StoryOptions.rebuild_growth``
bounds that: once the corpus has grown by that share since the last full run,
the next run recomputes every story with fresh weights, and ends where a single
run does; so does every run over fewer than ``StoryOptions.full_below`` articles
(a full run there takes about a second), so small corpora never differ.  Story records
(title, dates, related stories) are built again for the stories a run changes and those
an edge joins to them, or for every story when asked (``cluster_stories(partial=...)``).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from retold.link.features import StoryTerms, extract_terms
from retold.link.graph import (
    Channels,
    Edges,
    GraphOptions,
    body_flags,
    channel_cosines,
    channel_vectors,
    featured,
    new_edges,
    relisted,
)
from retold.link.language import Language
from retold.link.ragged import Ragged
from retold.link.state import StoryState, id_order, inverse, picked
from retold.link.vectors import (
    F32,
    I64,
    Frequencies,
    PairIndex,
    PairOptions,
    PendingCounts,
    TermCounts,
)
from retold.records import Article

NEW_TERM_DF = 2
"""The document frequency a term first seen since the last full run is weighed by: a
rare term (in two articles, so that it can pair them, ``vectors.PairIndex``)."""


@dataclass(frozen=True)
class Corpus:
    """Old and new articles together, rows sorted by article id."""

    ids: tuple[str, ...]
    published: tuple[str | None, ...]
    titles: tuple[str, ...]
    mentions: Ragged  # day numbers of dates each text mentions
    years: Ragged  # years before its publication each text mentions
    headline_names: Ragged  # sound keys of the names each headline uses (``NameKeys``)
    names: Ragged  # ... and of all the names each article uses
    yearless: Ragged  # undated texts: month-days named without a year
    terms: StoryTerms
    old_story: tuple[str | None, ...]  # story from the state; None for new articles
    old_edge_a: I64  # edges kept from the state, in this corpus's row numbers
    old_edge_b: I64
    old_edge_cos: F32
    old_edge_p: F32
    days: I64  # effective publication day (``stories.effective_days``; new rows: their own)
    tops: TermCounts | None = None  # heaviest terms from the state (new rows: none)
    old_edge_channels: F32 | None = None  # names and numbers cosines (None: not in the state)

    @property
    def new_rows(self) -> I64:
        return np.array([i for i, s in enumerate(self.old_story) if s is None], np.int64)


def merge(state: StoryState, articles: Sequence[Article], language: Language) -> Corpus:
    """The state's rows and those of the ``articles`` it does not hold, sorted by id
    in one copy of the rows (the state's, sorted, are copied in runs between the new
    ones: ``vectors.gather_rows``), but for the full-text term counts, the largest:
    those are the state's and the new rows' as they are, numbered in id order
    (``vectors.PendingCounts``); a grown run reads them in place (``vectors.pieces``)
    and copies the rows whose vectors it computes."""
    known = set(state.ids)
    fresh: dict[str, Article] = {}
    for article in articles:
        if article.id not in known:
            fresh.setdefault(article.id, article)
    new = [fresh[i] for i in sorted(fresh)]
    fresh_rows = extract_terms(new, language, extend=state.terms)
    new_terms = fresh_rows.terms
    ids = state.ids + tuple(a.id for a in new)
    order = id_order(ids)
    where = inverse(order)
    full = PendingCounts([state.terms.full, new_terms.full], order)  # not copied: ``pieces``
    title = TermCounts.gather([state.terms.title, new_terms.title], order)
    pick = order.tolist()
    published = state.published + tuple(a.published for a in new)
    titles = state.titles + tuple(_title(a) for a in new)
    unknown = ((),) * len(state.ids)

    def rows(old: Sequence[tuple[int, ...]], added: Sequence[Sequence[int]]) -> Ragged:
        return Ragged.gather([old, added], order)

    stories: tuple[str | None, ...] = state.story_of + (None,) * len(new)
    days = np.concatenate([state.days, [day_number(a.published) for a in new]]).astype(np.int64)
    tops = None
    if state.tops is not None:
        unranked = np.zeros(len(new) + 1, np.int64)
        no_tops = TermCounts(unranked[:0], np.zeros(0, np.float32), unranked, full.vocab)
        tops = TermCounts.gather([state.tops, no_tops], order)
    return Corpus(
        ids=picked(ids, pick),
        published=picked(published, pick),
        titles=picked(titles, pick),
        mentions=rows(state.mentions, fresh_rows.mentions),
        years=rows(state.years or unknown, fresh_rows.years),
        headline_names=rows(state.headline_names, fresh_rows.headline_names),
        names=rows(state.names, fresh_rows.names),
        yearless=rows(state.yearless or unknown, fresh_rows.yearless),
        terms=StoryTerms(full, title, _has_body(state.terms, new_terms, order)),
        old_story=picked(stories, pick),
        old_edge_a=where[state.edge_a] if state.edge_a.size else state.edge_a,
        old_edge_b=where[state.edge_b] if state.edge_b.size else state.edge_b,
        old_edge_cos=state.edge_cos,
        old_edge_p=state.edge_p,
        days=days[order],
        tops=tops,
        old_edge_channels=state.edge_channels,
    )


def _has_body(stored: StoryTerms, new: StoryTerms, order: I64) -> npt.NDArray[np.bool_] | None:
    """The merged rows' ``StoryTerms.has_body`` in ``order``: the stored rows' as kept
    with them, the new rows' read off their counts; None when the stored rows' are not
    kept (a state written before they were: the whole is read when asked)."""
    if stored.has_body is None:
        return None
    return np.concatenate([stored.has_body, body_flags(new)])[order]


def _title(article: Article) -> str:
    if article.title and article.title.strip():
        return " ".join(article.title.split())
    first = article.body.strip().split("\n", 1)[0]
    return first if len(first) <= 120 else first[:117].rsplit(" ", 1)[0] + "..."


def frozen(
    idf: tuple[Frequencies, Frequencies], terms: StoryTerms
) -> tuple[Frequencies, Frequencies]:
    """The frequencies of the last full run (full text, title), over ``terms``' columns:
    a column added since counts as in ``NEW_TERM_DF`` articles."""
    return _extended(idf[0], terms.full.vocab.size), _extended(idf[1], terms.title.vocab.size)


def _extended(freqs: Frequencies, columns: int) -> Frequencies:
    added = np.full(columns - freqs.df.size, NEW_TERM_DF, np.int64)
    return Frequencies(np.concatenate([freqs.df, added]), freqs.n_docs)


@dataclass(frozen=True)
class Regrown:
    """The edges after new rows join: the stored ones whose features stand (``kept``, a
    mask over the corpus's old edges), the others and the new ones with their
    features anew (``changed``), and the rows at their ends and the new rows (``ends``)."""

    kept: npt.NDArray[np.bool_]
    changed: Edges
    ends: I64


def regrow(
    corpus: Corpus, ch: Channels, pairs: PairIndex, options: GraphOptions, duplicate_cosine: float
) -> Regrown:
    """The new rows' edges, and the features of every edge at a row whose neighbour list
    they change (a new row's, or one they enter: ``graph.relisted``; an edge's features
    read only its ends' lists) or whose day they may lower (a near-identical text at
    ``duplicate_cosine``: ``lowered_days``)."""
    n, new = len(corpus.ids), corpus.new_rows
    na, nb, fresh = new_edges(ch, pairs, new, options.min_cosine)
    oa, ob = corpus.old_edge_a, corpus.old_edge_b
    near = fresh[:, 0] >= duplicate_cosine
    reached = np.setdiff1d(np.concatenate([na, nb]), new)
    old = (oa, ob, corpus.old_edge_cos)
    touched = np.zeros(n, bool)
    touched[np.concatenate([new, na[near], nb[near]])] = True
    touched[relisted(reached, old, (na, nb, fresh[:, 0]), ch.has_body, options)] = True
    moved = touched[oa] | touched[ob]
    a, b = np.concatenate([oa[moved], na]), np.concatenate([ob[moved], nb])
    channels = np.concatenate([old_channels(corpus, ch, moved), fresh])
    ends = np.unique(np.concatenate([a, b, new]))
    at_end = np.zeros(n, bool)
    at_end[ends] = True
    all_a, all_b = np.concatenate([oa, na]), np.concatenate([ob, nb])
    around = at_end[all_a] | at_end[all_b]
    cos = np.concatenate([corpus.old_edge_cos, fresh[:, 0]])
    lists = (all_a[around], all_b[around], cos[around])
    return Regrown(~moved, featured(ch, (a, b, channels), lists, options), ends)


def old_channels(corpus: Corpus, ch: Channels, which: npt.NDArray[np.bool_]) -> F32:
    """The channel cosines (m x 3) of the old edges ``which`` marks: as the state keeps
    them (the vectors stand between full runs), or computed when it does not."""
    if corpus.old_edge_channels is None:
        return channel_cosines(ch, corpus.old_edge_a[which], corpus.old_edge_b[which])
    kept = corpus.old_edge_channels[which]
    return np.column_stack([corpus.old_edge_cos[which], kept]).astype(np.float32)


def day_number(value: str | None) -> int:
    """The day (``date.toordinal``) of an ISO date, -1 when there is none."""
    if not value:
        return -1
    try:
        return date.fromisoformat(value[:10]).toordinal()
    except ValueError:
        return -1


def lowered_days(day: I64, raw: I64, edges: Edges, duplicate_cosine: float) -> I64:
    """``day`` (per row, -1 unknown) lowered to the ``raw`` day (publication) of each
    near-identical text ``edges`` join it to: a reprint is dated by what it reprints."""
    unknown = np.iinfo(np.int64).max
    out = np.where(day < 0, unknown, day)
    raw = np.where(raw < 0, unknown, raw)
    dup = edges.cosine >= duplicate_cosine
    np.minimum.at(out, edges.a[dup], raw[edges.b[dup]])
    np.minimum.at(out, edges.b[dup], raw[edges.a[dup]])
    return np.where(out == unknown, -1, out)


def region(n: int, a: I64, b: I64, sure: npt.NDArray[np.bool_], seeds: I64) -> I64:
    """Rows of every component of the ``sure`` edges (of ``a``-``b``) that holds a seed."""
    graph = sp.csr_matrix((np.ones(int(sure.sum())), (a[sure], b[sure])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    return np.flatnonzero(np.isin(component, component[seeds]))


def indexed(
    corpus: Corpus,
    freqs: tuple[Frequencies, Frequencies],
    state: StoryState | None,
    options: PairOptions,
) -> tuple[Channels, PairIndex]:
    """The channels and the pair index of a run (``state``: the one it grows, None on a
    full run).  A run that grows a state holding its rows' heaviest terms, edge channels
    and largest entry computes the full-text vectors of the new rows alone, and of the
    rows its edges and stories read as it reaches them (``Channels.covering``)."""
    known = None if state is None else corpus.tops  # a full run weighs every row anew
    grows = state is not None and known is not None and corpus.old_edge_channels is not None
    largest = None if state is None else state.heaviest
    rows = corpus.new_rows if grows and largest is not None else None
    ch = channel_vectors(corpus.terms, *freqs, rows)
    sparse = None
    if ch.rows is not None and largest is not None:
        new = float(ch.full.data.max()) if ch.full.nnz else largest
        sparse = (max(largest, new), corpus.terms.full)
    return ch, PairIndex.of(ch.full, freqs[0], options, known, sparse)


def heaviest(ch: Channels, state: StoryState) -> float | None:
    """The largest entry of every row's vector (``top_terms``): of the rows computed,
    and of the state's rows when only some were (IDF stands between full runs)."""
    if not ch.full.nnz:
        return state.heaviest if ch.rows is not None else None
    found = float(ch.full.data.max())
    if ch.rows is None:
        return found
    return None if state.heaviest is None else max(found, state.heaviest)


def changed_stories(
    old_story: Sequence[str | None], ids: Sequence[str], story_of: list[str], rows: np.ndarray
) -> tuple[str, ...]:
    """The stories of ``rows`` whose articles differ from those ``old_story`` gave them."""
    before: dict[str, set[str]] = {}
    after: dict[str, set[str]] = {}
    for i in rows.tolist():
        if old_story[i]:
            before.setdefault(str(old_story[i]), set()).add(ids[i])
        after.setdefault(story_of[i], set()).add(ids[i])
    return tuple(sorted(s for s, members in after.items() if before.get(s) != members))


def forget_stories(corpus: Corpus) -> Corpus:
    """Treat every article as new: the next clustering recomputes all stories."""
    none: tuple[str | None, ...] = (None,) * len(corpus.ids)
    empty = np.zeros(0, np.int64)
    no = np.zeros(0, np.float32)
    return replace(
        corpus,
        old_story=none,
        old_edge_a=empty,
        old_edge_b=empty,
        old_edge_cos=no,
        old_edge_p=no,
        old_edge_channels=None,
        tops=None,
    )
