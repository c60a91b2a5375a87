"""Log-structured parts (``retold.logparts.merge_tail``): few parts, items kept, numbers
new."""

from __future__ import annotations

import math
from itertools import pairwise

from retold.logparts import merge_tail


def concat(older: tuple[int, list[int]], newer: tuple[int, list[int]], _: int) -> list[int]:
    return older[1] + newer[1]


def test_parts_stay_few_and_keep_every_item_in_order() -> None:
    parts: list[tuple[int, list[int]]] = []
    items = 0
    for batch in range(1, 200):
        number = max((n for n, _ in parts), default=-1) + 1
        parts.append((number, list(range(items, items + batch % 7 + 1))))
        items += batch % 7 + 1
        merge_tail(parts, len, concat)
        assert len(parts) <= 1 + math.log2(items)
        assert [i for _, part in parts for i in part] == list(range(items))
        sizes = [len(part) for _, part in parts]
        assert all(2 * later < earlier for earlier, later in pairwise(sizes))


def test_a_merged_part_is_numbered_above_every_part() -> None:
    parts = [(3, [1, 2, 3, 4]), (7, [5, 6]), (8, [7, 8])]
    assert merge_tail(parts, len, concat) == [(10, [1, 2, 3, 4, 5, 6, 7, 8])]
