"""Copies across a corpus: exact, near (edited, trimmed, re-headlined) and rewrites.

1. Fingerprint every body (word shingles, hashed with numpy in batches).
2. Candidates from MinHash LSH banding and shared anchors (``candidates.py``).
3. Verify every candidate exactly: Jaccard of the two shingle sets and the
   containment of the smaller in the larger.  Nothing unverified is reported.
   A near pair must pass the same bar again on the text outside quotation marks
   (``quoted.py``; ``min_plain_shared`` shingles there): independent reports that
   quote the same officials word for word share their quotes, not their own prose.
4. Group verified pairs; in each group rank the members (``direction.py``) and
   link every copy to the best-ranked verified partner above it.
5. Rewrites (same text sentence by sentence in other words) are found by
   sentence alignment between TF-IDF neighbours (``rewrites.py``).

Precision first: a pair must share ``min_shared`` shingles and pass a Jaccard
(0.4) or containment (0.6) bar far above what independent reports of one event
reach (newsdev: at most 0.13 / 0.24; different events in ECB+: 0.05); a wrong
copy claim costs more than a missed one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np
import numpy.typing as npt

from retold.link.candidates import CandidateOptions, Pairs, candidate_pairs
from retold.link.direction import rank_originals
from retold.link.evidence import shared_passages
from retold.link.fingerprint import (
    Fingerprints,
    ShingleOptions,
    fingerprint,
    part_shingle_sets,
)
from retold.link.groups import components
from retold.link.language import Language, load_language
from retold.link.quoted import plain_pieces
from retold.link.rewrites import RewriteOptions, find_rewrites
from retold.records import Article, CopyKind, CopyLink

STAGE = "link.copies.v1"


@dataclass(frozen=True)
class CopyOptions:
    shingles: ShingleOptions = field(default_factory=ShingleOptions)
    candidates: CandidateOptions = field(default_factory=CandidateOptions)
    rewrites: RewriteOptions = field(default_factory=RewriteOptions)
    language: Language = field(default_factory=load_language)
    min_words: int = 30  # shorter bodies are never reported as copies
    min_shared: int = 25  # shared distinct shingles
    near_jaccard: float = 0.4
    near_containment: float = 0.6  # of the smaller text's shingles in the larger
    min_plain_shared: int = 10  # shared distinct shingles outside quotation marks
    find_rewrites: bool = True
    evidence: bool = True


@dataclass(frozen=True)
class Verified:
    """An exactly measured candidate pair (indices into the article list)."""

    a: int
    b: int
    kind: CopyKind
    jaccard: float
    containment: float  # of the smaller in the larger


def find_copies(articles: Sequence[Article], options: CopyOptions | None = None) -> list[CopyLink]:
    """Every verified copy in ``articles``, each linked to its original."""
    options = options or CopyOptions()
    fps = fingerprint([a.body for a in articles], options.shingles)
    verified = verify_pairs(fps, candidate_pairs(fps, options.candidates), options)
    verified = beyond_quotes([a.body for a in articles], verified, options)
    links = direct(articles, fps, verified)
    if options.find_rewrites:
        taken = {frozenset((link.original, link.copy)) for link in links}
        copied = {link.copy for link in links}
        links += [
            r
            for r in find_rewrites(articles, options.rewrites, options.language)
            if frozenset((r.original, r.copy)) not in taken and r.copy not in copied
        ]
    if options.evidence:
        by_id = {a.id: a for a in articles}
        links = [shared_passages(link, by_id, options.language) for link in links]
    return sorted(links, key=lambda link: (link.original, link.copy))


def verify_pairs(fps: Fingerprints, pairs: Pairs, options: CopyOptions) -> list[Verified]:
    """Exact Jaccard and containment for each candidate; keep those that are copies."""
    sets: dict[int, npt.NDArray[np.uint64]] = {}
    out = []
    for a, b in pairs.tolist():
        if min(fps.words[a], fps.words[b]) < options.min_words:
            continue
        if fps.exact[a] == fps.exact[b] and fps.words[a] == fps.words[b]:
            out.append(Verified(a, b, "exact", 1.0, 1.0))
            continue
        sa = sets[a] if a in sets else sets.setdefault(a, fps.shingle_set(a))
        sb = sets[b] if b in sets else sets.setdefault(b, fps.shingle_set(b))
        measured = _measure(sa, sb, options.min_shared, options)
        if measured is not None:
            out.append(Verified(a, b, "near", *measured))
    return out


def beyond_quotes(
    bodies: Sequence[str], verified: Sequence[Verified], options: CopyOptions
) -> list[Verified]:
    """The verified pairs, less the near pairs whose text outside quotation marks does
    not pass the bar again (``min_plain_shared`` shared shingles there)."""
    near = sorted({k for v in verified if v.kind == "near" for k in (v.a, v.b)})
    sets = part_shingle_sets([plain_pieces(bodies[k]) for k in near], options.shingles)
    plain = dict(zip(near, sets, strict=True))
    return [
        v
        for v in verified
        if v.kind != "near"
        or _measure(plain[v.a], plain[v.b], options.min_plain_shared, options) is not None
    ]


def _measure(
    sa: npt.NDArray[np.uint64], sb: npt.NDArray[np.uint64], min_shared: int, options: CopyOptions
) -> tuple[float, float] | None:
    """Jaccard and containment (of the smaller set) of two shingle sets that pass the
    near-copy bar, else None."""
    shared = _shared(sa, sb)
    union = sa.size + sb.size - shared
    jaccard = shared / union if union else 0.0
    containment = shared / max(1, min(sa.size, sb.size))
    if shared >= min_shared and (
        jaccard >= options.near_jaccard or containment >= options.near_containment
    ):
        return float(jaccard), float(containment)
    return None


def direct(
    articles: Sequence[Article], fps: Fingerprints, verified: Sequence[Verified]
) -> list[CopyLink]:
    """Link every copy to the best-ranked verified partner that ranks above it."""
    sizes = fps.sizes().tolist()  # completeness: a trimmed copy has fewer shingles
    partners: dict[int, dict[int, Verified]] = {}
    for v in verified:
        partners.setdefault(v.a, {})[v.b] = v
        partners.setdefault(v.b, {})[v.a] = v
    links = []
    involved = sorted(partners)
    local = {node: k for k, node in enumerate(involved)}
    pairs = ((local[v.a], local[v.b]) for v in verified)
    for members in components(len(involved), pairs):
        group = [involved[k] for k in members]
        if len(group) < 2:
            continue
        ranks = rank_originals(group, articles, sizes)
        position = {r.article: n for n, r in enumerate(ranks)}
        for rank in ranks[1:]:
            above = [p for p in partners[rank.article] if position[p] < position[rank.article]]
            if not above:
                continue
            source = min(above, key=position.__getitem__)
            v = partners[rank.article][source]
            links.append(
                CopyLink(
                    original=articles[source].id,
                    copy=articles[rank.article].id,
                    kind=v.kind,
                    similarity=round(v.jaccard, 4),
                    containment=round(_containment_of(rank.article, source, fps, v), 4),
                    reasons=ranks[position[source]].reasons,
                )
            )
    return links


def _containment_of(copy: int, original: int, fps: Fingerprints, v: Verified) -> float:
    """Share of the copy's shingles found in the original."""
    if v.kind == "exact":
        return 1.0
    mine = fps.shingle_set(copy)
    return _shared(mine, fps.shingle_set(original)) / max(1, mine.size)


def _shared(a: npt.NDArray[np.uint64], b: npt.NDArray[np.uint64]) -> int:
    """Size of the intersection of two sorted arrays of unique values."""
    if a.size > b.size:
        a, b = b, a
    if a.size == 0:
        return 0
    at = np.minimum(np.searchsorted(b, a), b.size - 1)
    return int(np.count_nonzero(b[at] == a))
