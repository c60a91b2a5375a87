"""Connected components over integer nodes, deterministically."""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components


def components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of nodes 0..n-1, each sorted, ordered by smallest member."""
    pairs = np.array(list(edges), dtype=np.int64).reshape(-1, 2)
    graph = sp.csr_matrix((np.ones(len(pairs)), (pairs[:, 0], pairs[:, 1])), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    order = np.lexsort((np.arange(n), label))
    bounds = np.flatnonzero(np.diff(label[order])) + 1
    groups = [g.tolist() for g in np.split(order, bounds)] if n else []
    return sorted(groups, key=lambda g: g[0])
