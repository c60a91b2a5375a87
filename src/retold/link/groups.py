"""Small graph helpers: union-find components over integer nodes, deterministically."""

from __future__ import annotations

from collections.abc import Iterable


def components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components of nodes 0..n-1, each sorted, ordered by smallest member."""
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = {}
    for node in range(n):
        groups.setdefault(find(node), []).append(node)
    return sorted(groups.values(), key=lambda g: g[0])
