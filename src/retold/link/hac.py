"""Average-linkage agglomerative clustering over a sparse graph, with a threshold.

Two clusters merge while the average pair probability between them, counting
absent edges as zero, is at least ``threshold``; no number of clusters is
needed.  Ties break on the smaller cluster id, and a merged cluster keeps the
smaller id, so the result depends only on the graph.
"""

from __future__ import annotations

import heapq

import numpy as np
import numpy.typing as npt


def average_linkage(
    n: int,
    a: npt.NDArray[np.int64],
    b: npt.NDArray[np.int64],
    p: npt.NDArray[np.float64],
    threshold: float,
) -> list[list[int]]:
    """Clusters of nodes 0..n-1 (each sorted, ordered by smallest member)."""
    size = [1] * n
    links: list[dict[int, float]] = [{} for _ in range(n)]
    for x, y, w in zip(a.tolist(), b.tolist(), p.tolist(), strict=True):
        if x != y and w > 0:
            links[x][y] = links[x].get(y, 0.0) + w
            links[y][x] = links[y].get(x, 0.0) + w
    heap = [(-w / 1.0, x, y) for x in range(n) for y, w in links[x].items() if x < y]
    heap = [item for item in heap if -item[0] >= threshold]
    heapq.heapify(heap)
    members: list[list[int]] = [[i] for i in range(n)]
    alive = [True] * n
    while heap:
        neg, x, y = heapq.heappop(heap)
        if not (alive[x] and alive[y]) or y not in links[x]:
            continue
        if abs(links[x][y] / (size[x] * size[y]) + neg) > 1e-12:
            continue  # stale: the pair's average changed since it was pushed
        keep, gone = x, y  # x < y: the merged cluster keeps the smaller id
        _merge(keep, gone, links, size)
        members[keep] += members[gone]
        alive[gone] = False
        for z, w in links[keep].items():
            avg = w / (size[keep] * size[z])
            if avg >= threshold:
                heapq.heappush(heap, (-avg, min(keep, z), max(keep, z)))
    return sorted((sorted(m) for i, m in enumerate(members) if alive[i]), key=lambda m: m[0])


def _merge(keep: int, gone: int, links: list[dict[int, float]], size: list[int]) -> None:
    del links[keep][gone]
    del links[gone][keep]
    for z, w in links[gone].items():
        links[keep][z] = links[keep].get(z, 0.0) + w
        other = links[z]
        other[keep] = other.get(keep, 0.0) + other.pop(gone)
    links[gone] = {}
    size[keep] += size[gone]
