"""Copy detection on a synthetic corpus: retold against a datasketch pipeline, same documents.

The datasketch pipeline is the usual recipe: regex word 5-shingles, a
128-permutation ``MinHash`` per document, ``MinHashLSH`` at Jaccard 0.5, and a
pair accepted when its MinHash estimate reaches 0.5.  retold's pipeline is
``retold.link.copies`` (numpy shingles, rensa R-MinHash, banding, anchors, exact
verification); rewrites need sentence alignment and are timed separately.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Protocol

from retold.link.copies import CopyOptions, find_copies
from retold.link.rewrites import find_rewrites
from retold.records import Article

SHINGLE_KINDS = ("exact", "near", "trimmed", "reheadlined", "stale")
_WORD = re.compile(r"\w+")


class Document(Protocol):
    """Anything with an id and a body: a retold ``Article`` or the peer's record."""

    @property
    def id(self) -> str: ...

    @property
    def body(self) -> str: ...


@dataclass(frozen=True)
class Run:
    seconds: float
    pairs: set[tuple[str, str]]  # unordered (sorted) pairs
    directed: set[tuple[str, str]]  # (original, copy)


def retold_copies(articles: Sequence[Article]) -> Run:
    options = CopyOptions(find_rewrites=False, evidence=False)
    start = time.perf_counter()
    links = find_copies(articles, options)
    seconds = time.perf_counter() - start
    return Run(
        seconds,
        {tuple(sorted((link.original, link.copy))) for link in links},  # type: ignore[misc]
        {(link.original, link.copy) for link in links},
    )


def retold_rewrites(articles: Sequence[Article]) -> Run:
    options = CopyOptions()
    start = time.perf_counter()
    links = find_rewrites(articles, options.rewrites, options.language)
    seconds = time.perf_counter() - start
    return Run(
        seconds,
        {tuple(sorted((link.original, link.copy))) for link in links},  # type: ignore[misc]
        {(link.original, link.copy) for link in links},
    )


def datasketch_copies(articles: Sequence[Document], threshold: float = 0.5) -> Run:
    from datasketch import MinHash, MinHashLSH

    start = time.perf_counter()
    lsh = MinHashLSH(threshold=threshold, num_perm=128)
    sketches = {}
    for article in articles:
        words = _WORD.findall(article.body.lower())
        shingles = {" ".join(words[i : i + 5]).encode("utf-8") for i in range(len(words) - 4)}
        if not shingles:  # under five words (a headline alone): nothing to compare
            continue
        m = MinHash(num_perm=128)
        m.update_batch(list(shingles))
        sketches[article.id] = m
        lsh.insert(article.id, m)
    pairs: set[tuple[str, str]] = set()
    for key, m in sketches.items():
        for other in lsh.query(m):
            if other != key and m.jaccard(sketches[other]) >= threshold:
                pairs.add((min(key, other), max(key, other)))
    return Run(time.perf_counter() - start, pairs, set())


def recall_precision(
    run: Run, planted: Sequence[tuple[str, str, str]], kinds: Sequence[str], story: dict[str, str]
) -> dict[str, float]:
    """Recall per planted kind; precision against planted pairs and same-story copies of
    one original (two copies of one article are copies of each other too)."""
    wanted = [(o, c, k) for o, c, k in planted if k in kinds]
    out: dict[str, float] = {}
    for kind in kinds:
        of_kind = [(o, c) for o, c, k in wanted if k == kind]
        hits = sum(tuple(sorted(p)) in run.pairs for p in of_kind)
        out[f"recall_{kind}"] = hits / len(of_kind) if of_kind else 1.0
    hits = sum(tuple(sorted((o, c))) in run.pairs for o, c, _ in wanted)
    out["recall"] = hits / len(wanted) if wanted else 1.0
    family = _families(planted)
    true = sum(family.get(a) is not None and family.get(a) == family.get(b) for a, b in run.pairs)
    out["precision"] = true / len(run.pairs) if run.pairs else 1.0
    if run.directed:
        by_pair = {tuple(sorted((o, c))): (o, c) for o, c, _ in wanted}
        judged = [p for p in run.directed if tuple(sorted(p)) in by_pair]
        right = sum(by_pair[tuple(sorted(p))] == p for p in judged)
        out["direction"] = right / len(judged) if judged else 1.0
    return out


def _families(planted: Sequence[tuple[str, str, str]]) -> dict[str, str]:
    """Article -> the original its copy chain starts from."""
    parent = {c: o for o, c, _ in planted}
    out = {}
    for article in set(parent) | set(parent.values()):
        root = article
        while root in parent:
            root = parent[root]
        out[article] = root
    return out


__all__ = ["datasketch_copies", "recall_precision", "replace", "retold_copies", "retold_rewrites"]
