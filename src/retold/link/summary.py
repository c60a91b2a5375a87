"""Story records from a story-per-article assignment: id, title, first date, related.

* id: ``story-`` plus the id of the story's earliest article (by publication
  date, undated last, then article id), so it follows from the membership alone;
* title: the headline of the article nearest the story's centroid (articles with a
  headline first; else the opening of the nearest article's body);
* first_published: the earliest publication date among its articles;
* related: other stories whose centroids are similar (same actors or topic)
  but that clustering kept apart, best first.

A headline without a body counts in its story's centroid only when the story has no
full text: headlines join stories, they do not move them.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from typing import Any

import numpy as np
import numpy.typing as npt
import scipy.sparse as sp

from retold.link.vectors import I64
from retold.records import Story


def story_id(members: Sequence[int], ids: Sequence[str], published: Sequence[str | None]) -> str:
    first = min(members, key=lambda i: (published[i] or "9999-99-99", ids[i]))
    return f"story-{ids[first]}"


def build_stories(
    story_of: Sequence[str],
    ids: Sequence[str],
    published: Sequence[str | None],
    titles: Sequence[str],
    titled: npt.NDArray[np.bool_],
    full: sp.csr_matrix,
    edges: tuple[I64, I64],
    related_min: float,
    related_max: int,
    has_body: npt.NDArray[np.bool_] | None = None,
    only: Collection[str] | None = None,
) -> tuple[Story, ...]:
    """Story records (of the stories named in ``only``, when given: each as the whole
    build gives it); ``edges`` (article rows) propose the related pairs to compare.
    Rows without ``has_body`` (headlines alone) count in a story's centroid only when
    the story has no full text."""
    names, label, want, needed = _selected(story_of, edges, only)
    ea, eb = label[edges[0]], label[edges[1]]
    touching = want[ea] | want[eb]
    centroids = _centroids(label, len(names), full, has_body, needed)
    rows = np.flatnonzero(want[label])
    nearest = _nearest_members(label, rows, centroids, full, titled)
    related = _related(centroids, ea[touching], eb[touching], related_min, related_max)
    members: dict[int, list[int]] = {}
    for row, k in zip(rows.tolist(), label[rows].tolist(), strict=True):
        members.setdefault(k, []).append(row)
    stories = []
    for k, name in enumerate(names):
        if not want[k]:
            continue
        dates = [published[i] for i in members[k] if published[i]]
        stories.append(
            Story(
                id=name,
                title=titles[nearest[k]],
                articles=tuple(ids[i] for i in members[k]),
                first_published=min(d for d in dates if d) if any(dates) else None,
                related=tuple(names[j] for j in related.get(k, [])),
            )
        )
    return tuple(stories)


def built_rows(
    story_of: Sequence[str], edges: tuple[I64, I64], only: Collection[str] | None
) -> I64:
    """The rows whose vectors ``build_stories`` reads: the members of the stories it
    builds and of those an edge joins to one of them."""
    _, label, _, needed = _selected(story_of, edges, only)
    return np.flatnonzero(needed[label])


def _selected(
    story_of: Sequence[str], edges: tuple[I64, I64], only: Collection[str] | None
) -> tuple[list[str], I64, npt.NDArray[np.bool_], npt.NDArray[np.bool_]]:
    """The story names (sorted), each row's story among them, the stories built
    (``only``; every one when None) and those whose centroids they need (an edge
    joins them to one built)."""
    names = sorted(set(story_of))
    column = {name: k for k, name in enumerate(names)}
    label = np.array([column[s] for s in story_of], np.int64)
    want = np.ones(len(names), bool)
    if only is not None:
        want[:] = False
        want[[column[n] for n in only if n in column]] = True
    ea, eb = label[edges[0]], label[edges[1]]
    touching = want[ea] | want[eb]
    needed = want.copy()
    needed[ea[touching]] = True
    needed[eb[touching]] = True
    return names, label, want, needed


def _centroids(
    label: I64,
    n_stories: int,
    full: sp.csr_matrix,
    has_body: npt.NDArray[np.bool_] | None,
    needed: npt.NDArray[np.bool_],
) -> sp.csr_matrix:
    """Each ``needed`` story's normalised centroid (the others' rows are empty)."""
    weight = np.ones(label.size, np.float32)
    if has_body is not None:
        with_text = np.bincount(label[has_body], minlength=n_stories) > 0
        weight[~has_body & with_text[label]] = 0.0
    rows = np.flatnonzero(needed[label])
    member_of = sp.csr_matrix((weight[rows], (label[rows], rows)), shape=(n_stories, label.size))
    summed = sp.csr_matrix(member_of @ full)
    norms = np.sqrt(np.asarray(summed.multiply(summed).sum(axis=1)).ravel())
    centroids = sp.csr_matrix(sp.diags(1.0 / np.maximum(norms, 1e-12)) @ summed)
    centroids.sort_indices()  # products with it sum in one order, whichever rows it holds
    return centroids


def _nearest_members(
    label: I64,
    rows: I64,
    centroids: sp.csr_matrix,
    full: sp.csr_matrix,
    titled: npt.NDArray[np.bool_],
) -> dict[int, int]:
    """Per story of ``rows`` (all its rows), the member most similar to the centroid, one
    with a headline if any (ties: lowest row)."""
    own = label[rows]
    score = row_dots(full, rows, centroids, own) + titled[rows]
    order = np.lexsort((rows, -score, own))
    first = np.ones(order.size, bool)
    first[1:] = own[order][1:] != own[order][:-1]
    return {int(own[i]): int(rows[i]) for i in order[first]}


def row_dots(
    left: sp.csr_matrix, rows: I64, right: sp.csr_matrix, other: I64, chunk: int = 4096
) -> npt.NDArray[np.floating[Any]]:
    """The dot product of each row ``rows[k]`` of ``left`` with row ``other[k]`` of
    ``right``, a few thousand rows at a time: a copy of a story's centroid for each of
    its rows is as large as the rows, in fresh memory.  Each sum is the one a single
    product over every row gives: SciPy sums a row's products in column order when
    every row of both is sorted, else in another order, so a chunk whose rows happen
    to be sorted takes the other order (an unsorted row appended) when a row of another
    chunk is not."""
    parts, sorted_rows = [], []
    for s in range(0, rows.size, chunk):
        a, b = left[rows[s : s + chunk]], right[other[s : s + chunk]]
        sorted_rows.append(_sorted(a) and _sorted(b))
        parts.append(np.asarray(a.multiply(b).sum(axis=1)).ravel())
    if not all(sorted_rows):  # rare: rows of one chunk all sorted, of another not
        for k in np.flatnonzero(sorted_rows).tolist():
            at = slice(k * chunk, (k + 1) * chunk)
            a, b = _unsorted_row(left[rows[at]]), _unsorted_row(right[other[at]], empty=True)
            parts[k] = np.asarray(a.multiply(b).sum(axis=1)).ravel()[:-1]
    return np.concatenate([np.zeros(0, np.float32), *parts])


def _sorted(matrix: sp.csr_matrix) -> bool:
    """Whether every row's columns increase (SciPy's test for its sorted-rows path)."""
    rising = np.diff(matrix.indices) > 0
    starts = matrix.indptr[1:-1]
    rising[starts[(starts > 0) & (starts < matrix.indices.size)] - 1] = True
    return bool(rising.all())


def _unsorted_row(matrix: sp.csr_matrix, empty: bool = False) -> sp.csr_matrix:
    """``matrix`` with a row appended: columns 1 then 0 (unsorted), or none."""
    ones = np.ones(0 if empty else 2, np.float32)
    extra = (ones, np.array([1, 0][: ones.size]), np.array([0, ones.size]))
    row = sp.csr_matrix(extra, shape=(1, matrix.shape[1]))
    return sp.vstack([matrix, row], format="csr")


def _related(
    centroids: sp.csr_matrix, x: I64, y: I64, minimum: float, most: int
) -> dict[int, list[int]]:
    """Stories linked by at least one article edge whose centroids are similar enough.
    The linked pairs (a < b) are taken once each in order, as keys ``a * n + b`` (one
    sort of integers, not of rows)."""
    n = np.int64(centroids.shape[0])
    keys = np.unique((np.minimum(x, y) * n + np.maximum(x, y))[x != y])
    if keys.size == 0:
        return {}
    a, b = keys // n, keys % n
    sims = np.asarray(centroids[a].multiply(centroids[b]).sum(axis=1)).ravel()
    keep = sims >= minimum
    rows = np.concatenate([a[keep], b[keep]])
    cols = np.concatenate([b[keep], a[keep]])
    vals = np.concatenate([sims[keep], sims[keep]])
    out: dict[int, list[int]] = {}
    for k in np.lexsort((cols, -vals, rows)).tolist():
        bucket = out.setdefault(int(rows[k]), [])
        if len(bucket) < most:
            bucket.append(int(cols[k]))
    return out
