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

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace

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
from retold.link.rewrites import (
    RewriteOptions,
    Split,
    WordCounts,
    find_rewrites,
    sentence_words,
)
from retold.records import Article, CopyKind, CopyLink, Story

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
        links = with_rewrites(links, find_rewrites(articles, options.rewrites, options.language))
    if options.evidence:
        by_id = {a.id: a for a in articles}
        links = [shared_passages(link, by_id, options.language) for link in links]
    return sorted(links, key=lambda link: (link.original, link.copy))


def find_story_rewrites(
    stories: Sequence[Sequence[Article]],
    corpus: WordCounts,
    options: CopyOptions | None = None,
    judged: Mapping[str, str] | None = None,
    splits: Mapping[str, Split] | None = None,
) -> list[CopyLink]:
    """The rewrites inside each story, words weighed over the whole ``corpus``
    (``rewrites.WordCounts``); ``splits`` as ``rewrites.find_rewrites`` takes them.  A rewrite tells its original's event in other words, so
    it lands in its original's story; searching story by story, a run that changes a few
    stories searches only those again, and in them only the pairs not ``judged`` before
    (two articles that were already in one story, by id: that story)."""
    options = options or CopyOptions()
    judged = judged or {}
    found = [
        link
        for members in stories
        if len(members) > 1
        for link in find_rewrites(
            members,
            options.rewrites,
            options.language,
            corpus,
            [judged.get(a.id) for a in members] if judged else (),
            splits,
        )
    ]
    if options.evidence:
        by_id = {a.id: a for members in stories for a in members}
        found = [shared_passages(link, by_id, options.language) for link in found]
    return sorted(found, key=lambda link: (link.original, link.copy))


def find_copies_by_story(
    articles: Sequence[Article], stories: Sequence[Story], options: CopyOptions | None = None
) -> list[CopyLink]:
    """Every copy as one link run finds it: ``find_copies`` without rewrites over all
    ``articles``, then the rewrites inside each of the ``stories`` (``find_story_rewrites``,
    words counted over all ``articles``)."""
    options = options or CopyOptions()
    copies = find_copies(articles, replace(options, find_rewrites=False))
    stem, language = options.rewrites.stem, options.language
    words = WordCounts.empty().grown([sentence_words(a.body, stem, language) for a in articles])
    by_id = {a.id: a for a in articles}
    groups = [[by_id[i] for i in s.articles if i in by_id] for s in stories]
    return sorted(
        with_rewrites(copies, find_story_rewrites(groups, words, options)),
        key=lambda link: (link.original, link.copy),
    )


def with_rewrites(links: Sequence[CopyLink], rewrites: Sequence[CopyLink]) -> list[CopyLink]:
    """``links`` and the rewrites that neither repeat one of their pairs, nor link an
    article they already show as a copy, nor link a rewrite to a copy of another of its
    originals: a rewrite of the wire reads as a rewrite of every verbatim reprint of
    the wire too, and the reprint is not where it came from."""
    taken = {frozenset((link.original, link.copy)) for link in links}
    source = {link.copy: link.original for link in links}
    originals: dict[str, set[str]] = {}
    for r in rewrites:
        originals.setdefault(r.copy, set()).add(r.original)

    def via_reprint(r: CopyLink) -> bool:
        seen, at = {r.original}, source.get(r.original)
        while at is not None and at not in seen:
            if at in originals[r.copy]:
                return True
            seen.add(at)
            at = source.get(at)
        return False

    return [
        *links,
        *(
            r
            for r in rewrites
            if frozenset((r.original, r.copy)) not in taken
            and r.copy not in source
            and not via_reprint(r)
        ),
    ]


def verify_pairs(fps: Fingerprints, pairs: Pairs, options: CopyOptions) -> list[Verified]:
    """Exact Jaccard and containment for each candidate; keep those that are copies."""
    sets: dict[int, npt.NDArray[np.uint64]] = {}

    def shingle_set(i: int) -> npt.NDArray[np.uint64]:
        return sets[i] if i in sets else sets.setdefault(i, fps.shingle_set(i))

    found = (
        verify_pair(a, b, fps.words, fps.exact, shingle_set, options) for a, b in pairs.tolist()
    )
    return [v for v in found if v is not None]


def verify_pair(
    a: int,
    b: int,
    words: Mapping[int, int] | Sequence[int] | npt.NDArray[np.int64],
    exact: Mapping[int, int] | Sequence[int] | npt.NDArray[np.uint64],
    shingle_set: Callable[[int], npt.NDArray[np.uint64]],
    options: CopyOptions,
) -> Verified | None:
    """Candidate ``a``, ``b`` measured exactly (``words``, ``exact``: word counts and
    whole-text hashes by index; ``shingle_set``: sorted unique shingles by index), or
    None when it is no copy."""
    if min(words[a], words[b]) < options.min_words:
        return None
    if exact[a] == exact[b] and words[a] == words[b]:
        return Verified(a, b, "exact", 1.0, 1.0)
    measured = _measure(shingle_set(a), shingle_set(b), options.min_shared, options)
    return None if measured is None else Verified(a, b, "near", *measured)


def beyond_quotes(
    bodies: Sequence[str], verified: Sequence[Verified], options: CopyOptions
) -> list[Verified]:
    """The verified pairs, less the near pairs whose text outside quotation marks does
    not pass the bar again (``min_plain_shared`` shared shingles there)."""
    near = sorted({k for v in verified if v.kind == "near" for k in (v.a, v.b)})
    plain = dict(zip(near, plain_sets([bodies[k] for k in near], options), strict=True))
    return [
        v for v in verified if v.kind != "near" or plain_passes(plain[v.a], plain[v.b], options)
    ]


def plain_sets(bodies: Sequence[str], options: CopyOptions) -> list[npt.NDArray[np.uint64]]:
    """Per body: the sorted unique shingles of its text outside quotation marks."""
    return part_shingle_sets([plain_pieces(body) for body in bodies], options.shingles)


def plain_passes(
    sa: npt.NDArray[np.uint64], sb: npt.NDArray[np.uint64], options: CopyOptions
) -> bool:
    """Whether two texts' shingles outside quotation marks (``plain_sets``) pass the
    near-copy bar with ``min_plain_shared`` shared shingles."""
    return _measure(sa, sb, options.min_plain_shared, options) is not None


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
