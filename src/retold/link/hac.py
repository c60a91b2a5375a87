"""Average-linkage agglomerative clustering over a sparse graph, with a threshold.

Two clusters merge while the average pair probability between them, counting
absent edges as zero, is at least ``threshold``; no number of clusters is
needed.  Ties break on the smaller cluster id, and a merged cluster keeps the
smaller id, so the result depends only on the graph.  Connected components are
clustered one at a time (small heaps); that gives the same result, since no
merge ever joins two components.

Time: given each node's publication day, two clusters whose date ranges lie more
than ``max_gap`` days apart never merge, however alike their texts: a burst of
coverage, weeks of silence and another burst are two events (two floods in one
valley five weeks apart), even when the same officials and places recur --
unless one names the other's days, as the later turns of a saga do
(``eventdates.py``).  A cluster's range only grows, so a pair blocked now is
tried again when either side grows.
"""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Protocol

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from retold.link.eventdates import DateRefs, Spans, near

I64 = npt.NDArray[np.int64]


class MergeRule(Protocol):
    """A condition on merges besides the threshold: asked before two clusters merge
    (keyed by their smallest node), told when they do.  A refused pair is tried again
    when either cluster grows."""

    def allow(self, x: int, y: int, average: float) -> bool: ...

    def merge(self, keep: int, gone: int) -> None: ...


def average_linkage(
    n: int,
    a: I64,
    b: I64,
    p: npt.NDArray[np.float64],
    threshold: float,
    days: I64 | None = None,
    max_gap: float = float("inf"),
    strong: float = 1.0,
    rules: Sequence[MergeRule] = (),
    refs: DateRefs | None = None,
    subjects: Sequence[tuple[int, ...]] | None = None,
    undated_gap: float = float("inf"),
) -> list[list[int]]:
    """Clusters of nodes 0..n-1 (each sorted, ordered by smallest member).

    ``days`` (one per node, negative when unknown) and ``max_gap`` keep clusters whose
    date ranges are further apart than ``max_gap`` days from merging, unless their
    average probability reaches ``strong`` or one names the other's days (``refs``:
    ``eventdates.py``) or their headlines name the same subject (``subjects``); a cluster of
    undated articles whose texts name days only joins a dated one within ``undated_gap``
    days of those days (``eventdates.Spans``); ``rules`` may refuse other merges (the
    headline rule, ``headlines.py``)."""
    if n == 0:
        return []
    keep = (a != b) & (p > 0)
    a, b, p = a[keep], b[keep], p[keep]
    graph = sp.csr_matrix((np.ones(a.size), (a, b)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    order = np.argsort(component[a], kind="stable")
    a, b, p = a[order], b[order], p[order]
    bounds = np.searchsorted(component[a], np.arange(component.max() + 2))
    clusters: list[list[int]] = [
        [i] for i in np.flatnonzero(np.bincount(component)[component] == 1).tolist()
    ]
    known = days.tolist() if days is not None else [-1] * n
    span = Spans(known, max_gap, strong, refs, subjects, undated_gap=undated_gap)
    every = (span, *rules)
    for k in range(bounds.size - 1):
        s, e = int(bounds[k]), int(bounds[k + 1])
        if e > s:
            edges = (a[s:e].tolist(), b[s:e].tolist(), p[s:e].tolist())
            clusters += _component(*edges, threshold, every)
    return sorted((sorted(c) for c in clusters), key=lambda c: c[0])


def _component(
    a: list[int],
    b: list[int],
    p: list[float],
    threshold: float,
    rules: Sequence[MergeRule],
) -> list[list[int]]:
    """Average linkage inside one connected component (node ids as given)."""
    size: dict[int, int] = {}
    links: dict[int, dict[int, float]] = {}
    for x, y, w in zip(a, b, p, strict=True):
        x, y = min(x, y), max(x, y)
        links.setdefault(x, {})[y] = links.setdefault(x, {}).get(y, 0.0) + w
        links.setdefault(y, {})[x] = links[x][y]
        size[x] = size[y] = 1
    heap = [(-w, x, y) for x in links for y, w in links[x].items() if x < y and w >= threshold]
    heapq.heapify(heap)
    members = {x: [x] for x in links}
    while heap:
        neg, x, y = heapq.heappop(heap)
        if x not in members or y not in members or y not in links[x]:
            continue
        if abs(links[x][y] / (size[x] * size[y]) + neg) > 1e-12:
            continue  # stale: the pair's average changed since it was pushed
        if not all(rule.allow(x, y, -neg) for rule in rules):
            continue  # tried again if either cluster grows
        for rule in rules:
            rule.merge(x, y)
        _merge(x, y, links, size)  # x < y: the merged cluster keeps the smaller id
        members[x] += members.pop(y)
        for z, w in links[x].items():
            avg = w / (size[x] * size[z])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(x, z), max(x, z)))
    return list(members.values())


def _merge(keep: int, gone: int, links: dict[int, dict[int, float]], size: dict[int, int]) -> None:
    del links[keep][gone]
    del links[gone][keep]
    for z, w in links.pop(gone).items():
        links[keep][z] = links[keep].get(z, 0.0) + w
        other = links[z]
        other[keep] = other.get(keep, 0.0) + other.pop(gone)
    size[keep] += size.pop(gone)


def adopt_singletons(
    clusters: list[list[int]],
    edges: tuple[I64, I64, npt.NDArray[np.float64]],
    threshold: float,
    days: I64 | None = None,
    max_gap: float = float("inf"),
    refs: DateRefs | None = None,
    subjects: Sequence[tuple[int, ...]] | None = None,
    undated_gap: float = float("inf"),
) -> list[list[int]]:
    """An article average linkage left alone joins the one cluster all its sure links
    (probability at least ``threshold``) go to, when there is one and its date range
    (``days``, as in ``average_linkage``) lies within ``max_gap`` days of the article's,
    or one names the other's days or their headlines the same subject (``refs``,
    ``subjects``, ``undated_gap``: ``eventdates.py``).

    Average linkage counts a pair that is no edge as probability zero, so a text with
    its own wording (a press release on the event the wire reports cover) links surely
    to a few of a big story's articles, too weakly to the rest, and stays alone however
    clearly it belongs there.  One sure link into a second cluster, or to another
    article left alone, keeps it alone.  ``edges``: (a, b, probability)."""
    a, b, p = edges
    where = {node: k for k, c in enumerate(clusters) for node in c}
    sizes = [len(c) for c in clusters]
    sure = p >= threshold
    targets: dict[int, set[int]] = {}
    for x, y in zip(a[sure].tolist(), b[sure].tolist(), strict=True):
        for node, other in ((x, y), (y, x)):
            if sizes[where[node]] == 1 and sizes[where[other]] > 1:
                targets.setdefault(node, set()).add(where[other])
            elif sizes[where[node]] == 1:
                targets.setdefault(node, set()).add(-1)  # a sure link to another single
    out = [list(c) for c in clusters]
    for node, found in sorted(targets.items()):
        if len(found) == 1 and -1 not in found:
            k = found.pop()
            if near(node, clusters[k], days, max_gap, refs, subjects, undated_gap):
                out[k].append(node)
                out[where[node]] = []
    return sorted((sorted(c) for c in out if c), key=lambda c: c[0])
