"""Log-structured parts: what a run adds is written as a part of its own, and the last
two parts are merged while the last is at least half the size of the one before, so
there are O(log n) parts and each item is rewritten O(log n) times in all.  Used by
the story state's rows and logs (``retold.storystate``), the word counts
(``retold.countlog``) and the copy index's key segments (``retold.store.copyindex``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

P = TypeVar("P")


def merge_tail(
    parts: list[tuple[int, P]],
    size: Callable[[P], int],
    merge: Callable[[tuple[int, P], tuple[int, P], int], P],
) -> list[tuple[int, P]]:
    """``parts`` ((number, part), oldest first) with the last two merged into one while
    the last is at least half the size of the one before; a merged part is numbered
    above every part (``merge(older, newer, number)`` makes it)."""
    while len(parts) >= 2 and 2 * size(parts[-1][1]) >= size(parts[-2][1]):
        number = max(n for n, _ in parts) + 1
        parts[-2:] = [(number, merge(parts[-2], parts[-1], number))]
    return parts
