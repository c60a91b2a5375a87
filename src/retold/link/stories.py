"""Stories: articles about one event, whatever the outlet, however many there are.

Articles are linked by a scored similarity graph (``graph.py``: TF-IDF over
title and body, names, numbers and dates, local neighbourhood features) and
grouped by average linkage with a fixed threshold on the pair probability
(``model.py``): the number of stories is never given.  Publication dates
separate same-topic events: a pair published more than ``date_grace_days``
apart loses probability, unless the two texts are near-identical (a reprint
keeps its original's date for this purpose), and two bursts of coverage weeks of
silence apart only merge when strongly linked, when the later one names the
earlier one's year from a later year (a verdict naming "the 2010 shooting"), or
when their headlines mostly name the same subject (``eventdates.py``: the turns of
one saga; a twin event naming its predecessor's day bridges nothing).  Bursts
more than ``twin_silence_days`` apart stay apart, however alike, when the later
one's headlines name a new subject the earlier coverage never mentions and no shared one
(``twins.py``: a second ship of one operator aground three weeks after the first).
An undated article is placed by the days its text names: naming days, it only joins dated coverage
within ``undated_gap_days`` of them.  Headlines separate them too: two
groups whose headlines name different people, one of whom the other group never
mentions, are two events (``headlines.py``).  An article average linkage leaves
alone joins the one story all its sure links go to (``hac.adopt_singletons``): a
text of its own wording links surely to a few of a big story's articles only.  An
article that is a headline alone (empty body) joins the story its title matches,
or groups with other headlines, at a lower threshold (``headline_scale``: a dozen
words never score like two full texts); it never changes how the full texts group
(``attach.py``).

Incremental: pass the previous ``StoryAssignment.state`` as ``existing`` and
only the new articles; see ``incremental.py`` for what is recomputed and how
the result can differ from a single run over everything until the next full run.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Collection, Mapping, Sequence
from dataclasses import dataclass, field, fields, is_dataclass, replace
from functools import partial
from types import MappingProxyType
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from retold.link.attach import cluster_with_headlines
from retold.link.eventdates import DateRefs, mentions_day, names_day_or_year
from retold.link.graph import (
    Channels,
    Edges,
    GraphOptions,
    build_edges,
    frequencies,
)
from retold.link.hac import MergeRule, adopt_singletons, average_linkage
from retold.link.headlines import HeadlineOptions, Headlines, NameKeys
from retold.link.incremental import (
    Corpus,
    changed_stories,
    day_number,
    forget_stories,
    frozen,
    heaviest,
    indexed,
    lowered_days,
    merge,
    old_channels,
    region,
    regrow,
)
from retold.link.language import Language, load_language
from retold.link.model import StoryModel, load_model
from retold.link.state import StoryState, empty_state
from retold.link.summary import build_stories, built_rows, story_id
from retold.link.twins import Twins
from retold.link.vectors import F32, I64, Frequencies, PairIndex
from retold.records import Article, Story

STAGE = "link.stories.v1"


@dataclass(frozen=True)
class StoryOptions:
    graph: GraphOptions = field(default_factory=GraphOptions)
    model: StoryModel = field(default_factory=load_model)
    language: Language = field(default_factory=load_language)
    date_grace_days: float = 21.0  # publication gap that costs nothing (follow-ups stay)
    date_scale_days: float = 60.0  # beyond the grace, probability falls by e every this many days
    max_silence_days: float = 21.0  # two stories whose date ranges are further apart ...
    silence_bridge: float = 0.6  # ... only merge when their average probability reaches this
    date_references: bool = True  # ... or when one names the other's days (eventdates.py)
    subject_bridge: bool = True  # ... or when their headlines name the same subject
    # bursts this far apart whose subjects differ stay apart (``twins.py``; inf: off)
    twin_silence_days: float = 14.0
    undated_gap_days: float = 21.0  # undated texts join dated stories near the days they name
    duplicate_cosine: float = 0.7  # near-identical texts: no date penalty, shared earliest date
    related_min: float = 0.1  # centroid cosine for two stories to be related
    related_max: int = 5
    rebuild_growth: float = 0.5  # recompute every story once the corpus grew by this share
    full_below: int = 1000  # ... and every run while the corpus is smaller (cheap there)
    min_probability: float = 0.05  # weaker edges count as absent in average linkage
    adopt_singletons: bool = True  # an article left alone joins the one story it surely links to
    headline_scale: float = 0.6  # headlines left over group at this share of the threshold
    chain_headlines: bool = False  # a headline may join a story through headlines that joined it
    headlines: HeadlineOptions = field(default_factory=HeadlineOptions)


@dataclass(frozen=True)
class StoryAssignment:
    """The stories after a run, each article's story, and the state for the next run."""

    stories: tuple[Story, ...]
    story_of: Mapping[str, str]
    state: StoryState
    changed: tuple[str, ...]  # stories created or whose articles changed in this run
    retired: tuple[str, ...]  # stories of the previous state that no longer exist
    whole: bool = True  # ``stories`` holds every story (else those ``partial`` asks for)


def cluster_stories(
    articles: Sequence[Article],
    options: StoryOptions | None = None,
    existing: StoryState | None = None,
    grouping: Grouping | None = None,
    partial: Collection[str] | None = None,
) -> StoryAssignment:
    """Assign ``articles`` to stories (new articles only when ``existing`` is given);
    ``grouping`` clusters the scored graph (default ``group``; the Spark engine passes
    one that runs ``group`` on each component in parallel).  With ``partial`` (story
    ids), a run that does not recompute every story builds the records only of the
    stories that may differ from the previous state's (``_to_build``) and of those in
    ``partial``; the others are as the previous run built them."""
    options = options or StoryOptions()
    version = _version(options)
    state = existing if existing is not None else empty_state(version)
    if state.version != version:
        raise ValueError(
            f"story state was built by {state.version!r}, not {version!r}: run without it"
        )
    corpus = merge(state, articles, options.language)
    limit = (1 + options.rebuild_growth) * max(1, state.full_run_size)
    small = len(state) < len(corpus.ids) < options.full_below  # new articles, small corpus
    rebuild = not len(state) or len(corpus.ids) > limit
    full = rebuild or small
    before = corpus.old_story
    if full:
        corpus = forget_stories(corpus)
    freqs = frequencies(corpus.terms) if full else frozen(state.idf, corpus.terms)
    ch, pairs = indexed(corpus, freqs, None if full else state, options.graph.pairs)
    scored = _whole(corpus, ch, pairs, options) if full else _grown(corpus, ch, pairs, options)
    story_of = _assign(corpus, scored, ch.has_body, options, grouping or group)
    # a small corpus clustered afresh is no full run: the next runs continue from it
    runs = (freqs, len(corpus.ids)) if rebuild else (freqs, state.full_run_size) if full else None
    tops = pairs.top_counts(corpus.terms.full.vocab)
    state_next = _next_state(version, replace(corpus, tops=tops), scored, story_of, state, runs)
    changed = changed_stories(before, corpus.ids, story_of, scored.rows)
    only = None
    if partial is not None and not full:
        only = _to_build(story_of, scored, changed) | set(partial)
    edges = (state_next.edge_a, state_next.edge_b)
    if ch.rows is not None:
        ch = ch.covering(built_rows(story_of, edges, only))
    state_next = replace(state_next, heaviest=heaviest(ch, state))
    stories = build_stories(
        story_of,
        corpus.ids,
        corpus.published,
        corpus.titles,
        np.diff(corpus.terms.title.offsets) > 0,
        ch.full,
        edges,
        options.related_min,
        options.related_max,
        ch.has_body,
        only,
    )
    return StoryAssignment(
        stories=stories,
        story_of=MappingProxyType(dict(zip(corpus.ids, story_of, strict=True))),
        state=state_next,
        changed=changed,
        retired=tuple(sorted({s for s in before if s} - set(story_of))),
        whole=only is None,
    )


def _to_build(story_of: Sequence[str], scored: _Scored, changed: Sequence[str]) -> set[str]:
    """The stories whose records may differ from the previous run's: the ``changed``
    ones and those an edge joins to one (a changed centroid moves their related lists).
    A record reads its members, their fixed rows and the edges at them; a grown run
    keeps every stored edge and adds only edges at new rows, whose stories change, so
    an edge scored again (its probability alone moves) changes no other record."""
    which = set(changed)
    mark = np.zeros(len(story_of), bool)
    mark[[i for i in scored.rows.tolist() if story_of[i] in which]] = True
    touching = mark[scored.a] | mark[scored.b]
    rows = np.concatenate([scored.a[touching], scored.b[touching]])
    return which | {story_of[i] for i in np.unique(rows).tolist()}


def _version(options: StoryOptions) -> str:
    """The stage and a digest of every setting: a state only continues under the same ones.
    The digest is the same in every process (sets are sorted: their order follows the
    string hash, which each process seeds afresh)."""
    digest = hashlib.sha256(repr(_canonical(options)).encode("utf-8")).hexdigest()[:12]
    return f"{STAGE}+{digest}"


def _canonical(value: Any) -> Any:
    """``value`` as nested lists and tuples in a stable order."""
    if is_dataclass(value) and not isinstance(value, type):
        return (
            type(value).__name__,
            [(f.name, _canonical(getattr(value, f.name))) for f in fields(value)],
        )
    if isinstance(value, (set, frozenset)):
        return sorted((_canonical(v) for v in value), key=repr)
    if isinstance(value, Mapping):
        return sorted(((repr(k), _canonical(v)) for k, v in value.items()), key=repr)
    if isinstance(value, (list, tuple)):
        return [_canonical(v) for v in value]
    return value


def date_refs(corpus: Corpus) -> DateRefs:
    """The days and past years each article names, and the yearless days undated ones name."""
    none = ((),) * len(corpus.ids)
    return DateRefs(corpus.mentions, corpus.years or none, corpus.yearless or none)


def pair_probabilities(
    edges: Edges,
    day: npt.NDArray[np.int64],
    refs: DateRefs,
    options: StoryOptions,
) -> npt.NDArray[np.float64]:
    """Model probability of each edge, discounted for publication gaps (``day``: each
    row's ``effective_days``).

    No discount for near-identical texts, nor when the later article names the
    earlier one's date (give or take a day) or, from a later year, its year: a
    follow-up names the day it follows up (``eventdates.py``).
    """
    p = options.model.probability(edges.features)
    a, b = day[edges.a], day[edges.b]
    gap = np.abs(a - b).astype(np.float64)
    apart = (a >= 0) & (b >= 0) & (edges.cosine < options.duplicate_cosine)
    apart &= gap > options.date_grace_days
    early = np.where(a <= b, edges.a, edges.b)
    late = np.where(a <= b, edges.b, edges.a)
    apart &= ~mentions_day(refs.days, late, day[early])
    if options.date_references:
        at = np.flatnonzero(apart)
        apart[at] = ~names_day_or_year(refs, late[at], day[early[at]])
    excess = np.maximum(0.0, gap - options.date_grace_days) / options.date_scale_days
    return np.where(apart, p * np.exp(-excess), p)


def effective_days(
    edges: Edges, published: Sequence[str | None], duplicate_cosine: float
) -> npt.NDArray[np.int64]:
    """Publication day number per row (-1 unknown), lowered to the earliest date of any
    near-identical text, so a reprint is dated by what it reprints."""
    day = np.array([day_number(p) for p in published], np.int64)
    return lowered_days(day, day, edges, duplicate_cosine)


@dataclass(frozen=True)
class _Scored:
    """Every edge with its probability, the rows whose stories are recomputed, and the
    effective publication day of each row (``effective_days``; right at ``rows``)."""

    a: I64
    b: I64
    cos: F32
    p: npt.NDArray[np.float64]
    rows: I64
    day: I64
    channels: F32  # each edge's names and numbers cosines (m x 2)
    source: I64 | None = None  # each edge's index among the grown state's (-1: new)


def _whole(corpus: Corpus, ch: Channels, pairs: PairIndex, options: StoryOptions) -> _Scored:
    """Every edge scored afresh; every row recomputed."""
    rows = np.arange(len(corpus.ids), dtype=np.int64)
    edges = build_edges(ch, pairs, rows, options.graph)
    day = effective_days(edges, corpus.published, options.duplicate_cosine)
    p = pair_probabilities(edges, day, date_refs(corpus), options)
    return _Scored(edges.a, edges.b, edges.cosine, p, rows, day, edges.features[:, 1:3])


def _grown(corpus: Corpus, ch: Channels, pairs: PairIndex, options: StoryOptions) -> _Scored:
    """The stored edges and probabilities, grown by the new rows (``incremental.regrow``);
    the rows recomputed are the components of sure edges (``region``) that hold a new
    row, an end of an edge whose probability changed, or a row whose day changed."""
    grown = regrow(corpus, ch, pairs, options.graph, options.duplicate_cosine)
    changed, kept = grown.changed, grown.kept
    a = np.concatenate([corpus.old_edge_a[kept], changed.a])
    b = np.concatenate([corpus.old_edge_b[kept], changed.b])
    cos = np.concatenate([corpus.old_edge_cos[kept], changed.cosine])
    channels = np.concatenate([old_channels(corpus, ch, kept)[:, 1:], changed.features[:, 1:3]])
    raw = np.full(len(corpus.ids), -1, np.int64)
    raw[grown.ends] = [day_number(corpus.published[i]) for i in grown.ends.tolist()]
    day = lowered_days(corpus.days, raw, changed, options.duplicate_cosine)
    p_changed = pair_probabilities(changed, day, date_refs(corpus), options).astype(np.float32)
    was = corpus.old_edge_p[~kept]  # the moved edges come first in ``changed``
    moved = np.zeros(p_changed.size, bool)
    moved[: was.size] = p_changed[: was.size] != was
    moved[was.size :] = True
    seeds = [
        corpus.new_rows,
        changed.a[moved],
        changed.b[moved],
        np.flatnonzero(day != corpus.days),
    ]
    p = np.concatenate([corpus.old_edge_p[kept], p_changed]).astype(np.float64)
    rows = region(len(corpus.ids), a, b, p >= _sure_cut(options), np.concatenate(seeds))
    moved = np.flatnonzero(~kept)
    added = np.full(changed.a.size - moved.size, -1, np.int64)
    source = np.concatenate([np.flatnonzero(kept), moved, added])
    return _Scored(a, b, cos, p, rows, day, channels, source)


def _sure_cut(options: StoryOptions) -> float:
    """The weakest probability a merge of two clusters can rest on (``group``)."""
    return options.model.threshold * min(1.0, options.headline_scale)


def _assign(
    corpus: Corpus,
    scored: _Scored,
    has_body: npt.NDArray[np.bool_],
    options: StoryOptions,
    grouping: Grouping,
) -> list[str]:
    rows = scored.rows
    local = np.full(len(corpus.ids), -1, np.int64)
    local[rows] = np.arange(rows.size)
    inside = (local[scored.a] >= 0) & (local[scored.b] >= 0)
    pick = rows.tolist()
    names = ([corpus.headline_names[i] for i in pick], [corpus.names[i] for i in pick])
    clusters = grouping(
        rows.size,
        local[scored.a[inside]],
        local[scored.b[inside]],
        scored.p[inside],
        options,
        scored.day[rows],
        names,
        has_body[rows],
        date_refs(corpus).take(pick),
    )
    story_of = [s or "" for s in corpus.old_story]
    for cluster in clusters:
        members = rows[cluster].tolist()
        name = story_id(members, corpus.ids, corpus.published)
        for i in members:
            story_of[i] = name
    return story_of


Grouping = Callable[
    [
        int,
        npt.NDArray[np.int64],
        npt.NDArray[np.int64],
        npt.NDArray[np.float64],
        StoryOptions,
        npt.NDArray[np.int64] | None,
        tuple[Sequence[NameKeys], Sequence[NameKeys]] | None,
        npt.NDArray[np.bool_] | None,
        DateRefs | None,
    ],
    list[list[int]],
]
"""``group``'s signature: clusters of nodes 0..n-1 from the scored edges."""


def group(
    n: int,
    a: npt.NDArray[np.int64],
    b: npt.NDArray[np.int64],
    p: npt.NDArray[np.float64],
    options: StoryOptions,
    days: npt.NDArray[np.int64] | None = None,
    names: tuple[Sequence[NameKeys], Sequence[NameKeys]] | None = None,
    has_body: npt.NDArray[np.bool_] | None = None,
    refs: DateRefs | None = None,
) -> list[list[int]]:
    """Average linkage over the edges at least ``min_probability`` strong (an article left
    alone then joins the one cluster its sure links reach, ``adopt_singletons``); with ``days``
    (effective publication day per node, -1 unknown), no story spans a silence longer
    than ``max_silence_days`` between two bursts of coverage unless one names the
    other's days (``refs``: ``eventdates.py``); with ``names`` (per node,
    the names its headline uses and all it uses: ``headlines.name_keys``), no story
    joins two groups that headline different people, nor, with ``days`` too, two bursts
    of topic twins (``twins.py``); with ``has_body``, the nodes
    without one (headlines alone) join the stories the others form (``attach.py``),
    and those left over group at ``headline_scale`` times the threshold.

    Two clusters only merge when some edge between them reaches the threshold (the
    lower one, for headlines left over), so a story never spans two components of the
    graph of such edges: edges between those components are dropped before clustering
    (exactly; it only saves work).
    """
    threshold = options.model.threshold
    refs = refs if options.date_references else None
    sure = p >= _sure_cut(options)  # no merge needs a weaker edge
    graph = sp.csr_matrix((np.ones(int(sure.sum())), (a[sure], b[sure])), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    keep = (p >= options.min_probability) & (component[a] == component[b])
    edges = (a[keep], b[keep], p[keep])
    link = partial(_linkage, n, edges, options, days, names, refs)
    if has_body is None or bool(has_body.all()):
        return link(np.arange(n, dtype=np.int64))
    silence = (options.max_silence_days, options.silence_bridge)
    scaled = replace(options.model, threshold=threshold * options.headline_scale)
    link_headlines = partial(_linkage, n, edges, replace(options, model=scaled), days, names, refs)
    return cluster_with_headlines(
        has_body, edges, link, threshold, days, silence, link_headlines, options.chain_headlines
    )


def _linkage(
    n: int,
    edges: tuple[npt.NDArray[np.int64], npt.NDArray[np.int64], npt.NDArray[np.float64]],
    options: StoryOptions,
    days: npt.NDArray[np.int64] | None,
    names: tuple[Sequence[NameKeys], Sequence[NameKeys]] | None,
    refs: DateRefs | None,
    nodes: npt.NDArray[np.int64],
) -> list[list[int]]:
    """Average linkage with the silence and headline rules over the subgraph on ``nodes``
    (of ``n``); clusters of those node ids."""
    a, b, p = edges
    local = np.full(n, -1, np.int64)
    local[nodes] = np.arange(nodes.size)
    inside = (local[a] >= 0) & (local[b] >= 0)
    pick = nodes.tolist()
    rules: list[MergeRule] = []
    node_days = days[nodes] if days is not None else None
    if names is not None:
        own = ([names[0][i] for i in pick], [names[1][i] for i in pick])
        rules.append(Headlines(*own, options.headlines))
        if node_days is not None and options.twin_silence_days < float("inf"):
            known = node_days.tolist()
            rules.append(Twins(known, own, options.twin_silence_days, options.headlines))
    node_refs = refs.take(pick) if refs else None
    inner = (local[a[inside]], local[b[inside]], p[inside])
    threshold, gap = options.model.threshold, options.max_silence_days
    subjects = [names[0][i] for i in pick] if names and options.subject_bridge else None
    undated_gap = options.undated_gap_days
    clusters = average_linkage(
        nodes.size,
        *inner,
        threshold,
        node_days,
        gap,
        options.silence_bridge,
        rules,
        node_refs,
        subjects,
        undated_gap,
    )
    if options.adopt_singletons:
        clusters = adopt_singletons(
            clusters, inner, threshold, node_days, gap, node_refs, subjects, undated_gap
        )
    return [[pick[i] for i in c] for c in clusters]


def _next_state(
    version: str,
    corpus: Corpus,
    scored: _Scored,
    story_of: list[str],
    previous: StoryState,
    runs: tuple[tuple[Frequencies, Frequencies], int] | None,
) -> StoryState:
    """The state after this run; ``runs``: when it clustered afresh, its frequencies and
    the size of the last full run."""
    return StoryState(
        version=version,
        ids=corpus.ids,
        published=corpus.published,
        titles=corpus.titles,
        mentions=corpus.mentions,
        years=corpus.years,
        yearless=corpus.yearless,
        headline_names=corpus.headline_names,
        names=corpus.names,
        terms=corpus.terms,
        edge_a=scored.a,
        edge_b=scored.b,
        edge_cos=scored.cos,
        edge_p=scored.p.astype(np.float32),
        days=scored.day,
        story_of=tuple(story_of),
        idf=previous.idf if runs is None else runs[0],
        full_run_size=previous.full_run_size if runs is None else runs[1],
        tops=corpus.tops,
        edge_channels=scored.channels,
        edge_source=scored.source,
    )
