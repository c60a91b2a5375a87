"""Average-linkage agglomerative clustering over a sparse graph, with a threshold.

Two clusters merge while the average pair probability between them, counting
absent edges as zero, is at least ``threshold``; no number of clusters is
needed.  Ties break on the smaller cluster id, and a merged cluster keeps the
smaller id, so the result depends only on the graph.  Connected components are
clustered one at a time (small heaps); that gives the same result, since no
merge ever joins two components.
"""

from __future__ import annotations

import heapq

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

I64 = npt.NDArray[np.int64]


def average_linkage(
    n: int, a: I64, b: I64, p: npt.NDArray[np.float64], threshold: float
) -> list[list[int]]:
    """Clusters of nodes 0..n-1 (each sorted, ordered by smallest member)."""
    if n == 0:
        return []
    keep = (a != b) & (p > 0)
    a, b, p = a[keep], b[keep], p[keep]
    graph = sp.csr_matrix((np.ones(a.size), (a, b)), shape=(n, n))
    _, component = connected_components(graph, directed=False)
    order = np.argsort(component[a], kind="stable")
    a, b, p = a[order], b[order], p[order]
    bounds = np.searchsorted(component[a], np.arange(component.max() + 2))
    clusters: list[list[int]] = [[i] for i in np.flatnonzero(np.bincount(component) == 1).tolist()]
    for k in range(bounds.size - 1):
        s, e = int(bounds[k]), int(bounds[k + 1])
        if e > s:
            clusters += _component(a[s:e].tolist(), b[s:e].tolist(), p[s:e].tolist(), threshold)
    return sorted((sorted(c) for c in clusters), key=lambda c: c[0])


def _component(a: list[int], b: list[int], p: list[float], threshold: float) -> list[list[int]]:
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
