"""Headlines without a body in story clustering: they join stories, they do not shape them.

A record that is only a headline (a feed of headlines, a JSONL dump with titles
and no text) is an article with an empty body.  A headline is little evidence: a
dozen words, on another scale of similarity than full texts.  Clustered together
with full texts, a group of headlines that match each other but only half of a
story's articles dilutes that story's average linkage and can split it.  So:

1. the articles with a body are clustered alone, exactly as if no headline were
   there (their neighbour lists ignore headlines too: ``graph._Neighbours``);
2. each headline joins the one story whose articles it matches best, when its
   average pair probability with them (absent edges count as zero) reaches the
   clustering threshold and the silence rule allows it; each headline is placed on
   its own, so the result does not depend on their order;
   with ``chain``, rounds repeat, the headlines that joined counting as their
   story's articles, so a headline that matches a joined headline may follow it;
3. the headlines that joined no story are clustered among themselves
   (``link_headlines``: in production average linkage at a lower threshold,
   ``StoryOptions.headline_scale``, since a dozen words never reach the
   similarity of two full texts).

A headline never merges two stories: it joins at most one.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import numpy.typing as npt

I64 = npt.NDArray[np.int64]
Bools = npt.NDArray[np.bool_]
Link = Callable[[I64], list[list[int]]]
"""Average linkage over the subgraph on the given nodes; clusters of those node ids."""


def cluster_with_headlines(
    has_body: Bools,
    edges: tuple[I64, I64, npt.NDArray[np.float64]],
    link: Link,
    threshold: float,
    days: I64 | None = None,
    silence: tuple[float, float] = (float("inf"), 1.0),
    link_headlines: Link | None = None,
    chain: bool = False,
) -> list[list[int]]:
    """Clusters of nodes 0..n-1 (each sorted, ordered by smallest member) when the
    nodes without ``has_body`` are headlines alone.  ``silence`` is (``max_gap`` days,
    the ``strong`` average that bridges it), as in ``hac.average_linkage``;
    ``link_headlines`` groups the headlines no story takes (default ``link``);
    ``chain``: joined headlines count as their story's articles for the next round."""
    stories = link(np.flatnonzero(has_body))
    story = np.full(has_body.size, -1, np.int64)
    for k, members in enumerate(stories):
        story[members] = k
    placed = has_body.copy()
    while True:
        chosen = _best_story(placed, story, edges, threshold, days, silence)
        story[list(chosen)] = list(chosen.values())
        placed[list(chosen)] = True
        if not chain or not chosen:
            break
    joined = [list(members) for members in stories]
    for headline in np.flatnonzero(placed & ~has_body).tolist():
        joined[int(story[headline])].append(headline)
    alone = np.flatnonzero(~placed)
    clusters = joined + (link_headlines or link)(alone)
    return sorted((sorted(c) for c in clusters), key=lambda c: c[0])


def _best_story(
    has_body: Bools,
    story: I64,
    edges: tuple[I64, I64, npt.NDArray[np.float64]],
    threshold: float,
    days: I64 | None,
    silence: tuple[float, float],
) -> dict[int, int]:
    """Headline node -> the story it joins: the best average probability at or above
    ``threshold`` (ties: the story listed first) that the silence rule allows."""
    a, b, p = edges
    head_a = ~has_body[a] & has_body[b]
    head_b = has_body[a] & ~has_body[b]
    heads = np.concatenate([a[head_a], b[head_b]])
    to = story[np.concatenate([b[head_a], a[head_b]])]
    if heads.size == 0:
        return {}
    sizes = np.bincount(story[story >= 0])
    pairs, where = np.unique(np.column_stack([heads, to]), axis=0, return_inverse=True)
    sums = np.bincount(where.ravel(), weights=np.concatenate([p[head_a], p[head_b]]))
    average = sums / sizes[pairs[:, 1]]
    allowed = (average >= threshold) & _within_silence(pairs, average, story, days, silence)
    best: dict[int, tuple[float, int]] = {}
    for (head, k), avg in zip(pairs[allowed].tolist(), average[allowed].tolist(), strict=True):
        if head not in best or (-avg, k) < (-best[head][0], best[head][1]):
            best[head] = (avg, k)
    return {head: k for head, (_, k) in best.items()}


def _within_silence(
    pairs: I64,
    average: npt.NDArray[np.float64],
    story: I64,
    days: I64 | None,
    silence: tuple[float, float],
) -> Bools:
    """Whether each (headline, story) pair may join under the silence rule: the
    headline's day lies within ``max_gap`` days of the story's range of known days."""
    ok = np.ones(len(pairs), bool)
    if days is None:
        return ok
    max_gap, strong = silence
    known = (story >= 0) & (days >= 0)
    count = max(1, int(story.max()) + 1) if story.size else 1
    low = np.full(count, np.iinfo(np.int64).max)
    high = np.full(count, -1, np.int64)
    np.minimum.at(low, story[known], days[known])
    np.maximum.at(high, story[known], days[known])
    day = days[pairs[:, 0]]
    k = pairs[:, 1]
    has_range = (high[k] >= 0) & (day >= 0)
    gap = np.maximum(low[k], day) - np.minimum(high[k], day)
    ok &= ~has_range | (gap <= max_gap) | (average >= strong)
    return ok
