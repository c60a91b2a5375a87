"""Findings about a story: altered quotes, and copies that do not credit their source.

``quote_altered``: an occurrence graded ``altered``, with the evidence (which negation,
which number, which cut) and both spans.  ``uncredited_copy``: an article that copies
or rewrites another (a copy link, from the linking stage) and credits neither that
article's outlet nor the sources that article credits.  A rewrite (a link found by
aligned sentences, not by shared text) must credit nobody at all: one that credits
another outlet may retell that outlet's report, which its "original" retold too.  Where
either outlet is unknown the copy may be one outlet's next edition: it is flagged only
for the sources the original credits, never for the original's own outlet.
The same text printed on one day (or undated) by two outlets of which neither credits a
source may be one wire story both carry: that finding says so, at lower confidence.
The evidence is the statements both carry, the link's passages, or else the copy's
sentence that best matches one of the original's, with that sentence.  Rewrites with
no copy link are found by the statements they carry (``retold.compare.borrowed``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict

from retold.analyze.aliases import outlet_key
from retold.analyze.records import ArticleAnalysis, Citation
from retold.compare.records import Occurrence, StatementGroup
from retold.link.evidence import best_match
from retold.link.language import load_language
from retold.records import Article, CopyLink, Finding, Span

CONFIDENCE = {"negation": 0.9, "number": 0.9, "truncation": 0.75}
COPY_CONFIDENCE = {"exact": 0.95, "near": 0.9, "rewrite": 0.75}
SHARED_SOURCE_CONFIDENCE = 0.5  # the same text, and nothing tells a copy from syndication
LinkLike = CopyLink | tuple[str, str, str]


def altered_quotes(groups: Sequence[StatementGroup], articles: Sequence[Article]) -> list[Finding]:
    """One ``quote_altered`` finding per occurrence graded altered."""
    by_id = {a.id: a for a in articles}
    findings = []
    for group in groups:
        original = next(o for o in group.occurrences if o.quote == group.original)
        for occurrence in group.occurrences:
            if occurrence.fidelity == "altered":
                findings.append(_altered(group, occurrence, original, by_id))
    return findings


def _altered(
    group: StatementGroup, occ: Occurrence, original: Occurrence, by_id: dict[str, Article]
) -> Finding:
    article, source = by_id[occ.article], by_id[original.article]
    how = "; ".join(a.detail for a in occ.alterations)
    who = group.speaker or "an unnamed speaker"
    outlet = article.outlet or article.id
    summary = f"{outlet} changed the meaning of a statement by {who}: {how}"
    details = {
        "group": group.id,
        "original": original.quote,
        "occurrence": occ.quote,
        "alterations": [asdict(a) for a in occ.alterations],
        "diff": [asdict(d) for d in occ.diff],
    }
    return Finding(
        kind="quote_altered",
        subject=occ.article,
        story=group.story,
        articles=(occ.article, original.article),
        summary=summary,
        confidence=min(CONFIDENCE[a.kind] for a in occ.alterations),
        evidence=(
            Span.of(article, occ.start, occ.end),
            Span.of(source, original.start, original.end),
        ),
        details_json=json.dumps(details, ensure_ascii=False),
    )


def uncredited_copies(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    links: Iterable[LinkLike],
    story: str | None = None,
    groups: Sequence[StatementGroup] = (),
) -> list[Finding]:
    """Copies and rewrites that credit neither their original nor its sources."""
    by_id = {a.id: a for a in articles}
    citations = {a.article: a.citations for a in analyses}
    findings = []
    for link in links:
        original_id, copy_id, kind = _link(link)
        original, copy = by_id.get(original_id), by_id.get(copy_id)
        if original is None or copy is None or _same_outlet(original.outlet, copy.outlet):
            continue
        sources = _credited_sources(original, citations.get(original_id, ()))
        if not (original.outlet and copy.outlet):  # maybe one outlet's two editions
            sources = {k: v for k, v in sources.items() if k != outlet_key(original.outlet)}
            if not sources:
                continue
        credited = {outlet_key(c.source) for c in citations.get(copy_id, ())}
        if credited & set(sources) or (kind == "rewrite" and credited):
            continue
        findings.append(_uncredited(original, copy, kind, sources, story, groups, link))
    return findings


def _link(link: LinkLike) -> tuple[str, str, str]:
    if isinstance(link, CopyLink):
        return link.original, link.copy, link.kind
    return link


def _same_outlet(a: str | None, b: str | None) -> bool:
    return bool(a) and outlet_key(a) == outlet_key(b)


def _credited_sources(original: Article, citations: tuple[Citation, ...]) -> dict[str, str]:
    """Whom crediting would mean: the original's outlet and the sources it credits
    (comparison key -> name as credited)."""
    sources = {outlet_key(c.source): c.source for c in citations}
    if original.outlet:
        sources.setdefault(outlet_key(original.outlet), original.outlet)
    return sources


def _uncredited(
    original: Article,
    copy: Article,
    kind: str,
    sources: dict[str, str],
    story: str | None,
    groups: Sequence[StatementGroup],
    link: LinkLike,
) -> Finding:
    evidence = list(_shared_statements(original, copy, groups))
    if isinstance(link, CopyLink):
        evidence.extend(link.evidence)
    if not evidence:
        evidence.extend(best_match(original, copy, load_language()) or ())
    if not evidence:
        evidence.append(Span.of(copy, 0, min(len(copy.body), _first_paragraph(copy.body))))
    shared_source = _shared_source_possible(original, copy, kind, sources)
    names = ", ".join(sorted(set(sources.values()))) or _name(original)
    summary = (
        f"{_name(copy)} prints the text of {_name(original)} ({kind}) and neither credits"
        f" a source: a copy of {_name(original)}, or both carry one source not in the corpus"
        if shared_source
        else f"{_name(copy)} reproduces material from {_name(original)} ({kind})"
        f" without crediting {names}"
    )
    details = {"original": original.id, "kind": kind, "uncredited": sorted(sources.values())}
    return Finding(
        kind="uncredited_copy",
        subject=copy.id,
        story=story,
        articles=(copy.id, original.id),
        summary=summary,
        confidence=SHARED_SOURCE_CONFIDENCE if shared_source else COPY_CONFIDENCE.get(kind, 0.75),
        evidence=tuple(evidence[:6]),
        details_json=json.dumps(
            {**details, "shared_source_possible": shared_source}, ensure_ascii=False
        ),
    )


def _shared_source_possible(
    original: Article, copy: Article, kind: str, sources: dict[str, str]
) -> bool:
    """Whether the two may both carry one unseen source (a wire story two outlets print
    on one day) rather than one copying the other: the same text, on the same day or
    undated, and the original credits no one either."""
    if kind not in ("exact", "near") or set(sources) - {outlet_key(original.outlet)}:
        return False
    day_of = (original.published or "")[:10], (copy.published or "")[:10]
    return not all(day_of) or day_of[0] == day_of[1]


def _name(article: Article) -> str:
    return article.label


def _first_paragraph(body: str) -> int:
    end = body.find("\n\n")
    return end if end > 0 else len(body)


def _shared_statements(
    original: Article, copy: Article, groups: Sequence[StatementGroup]
) -> Iterable[Span]:
    """Pairs of spans: the same statement in the copy and in the original."""
    for group in groups:
        in_copy = [o for o in group.occurrences if o.article == copy.id]
        in_original = [o for o in group.occurrences if o.article == original.id]
        if in_copy and in_original:
            yield Span.of(copy, in_copy[0].start, in_copy[0].end)
            yield Span.of(original, in_original[0].start, in_original[0].end)
