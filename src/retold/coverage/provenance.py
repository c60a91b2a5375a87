"""Provenance: whom a story comes from, who copied and who credited whom.

The **primary source** is the outlet the story's articles credit most (an interview or
report they name: ``according to The Guardian``, ``told Kestrel Wire``), named even
when none of its articles is in the corpus, provided at least two articles and half
the story's articles credit it and no other outlet is credited as often; else its
earliest dated article that copies no other (on one date: one that credits no other
article of that date, then the most credited, then an original of copies).  The **graph** holds the copy links
between members and every credit from a member to an outlet.  An article **adds
nothing** of its own when every sentence of it is stated by a member published on an
earlier day.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Collection, Sequence
from dataclasses import dataclass

from retold.analyze.aliases import outlet_key
from retold.analyze.records import ArticleAnalysis
from retold.coverage.align import AlignedSentence
from retold.records import Article, CopyLink, Finding, Span

MIN_CREDITS = 2
MIN_SHARE = 0.5  # of the story's articles: "the report most articles credit"


@dataclass(frozen=True)
class Credit:
    """One article crediting one outlet."""

    article: str
    source: str
    evidence: Span


def credits(members: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> list[Credit]:
    """Every outlet each member credits, other than its own (first mention of each)."""
    by_id = {a.id: a for a in members}
    found: dict[tuple[str, str], Credit] = {}
    for analysis in analyses:
        article = by_id[analysis.article]
        for c in analysis.citations:
            if c.where != "body" or outlet_key(c.source) == outlet_key(article.outlet):
                continue
            evidence = Span.of(article, c.start, c.end)
            found.setdefault(
                (article.id, outlet_key(c.source)), Credit(article.id, c.source, evidence)
            )
    return list(found.values())


def primary_source(
    story: str,
    members: Sequence[Article],
    story_credits: Sequence[Credit],
    links: Sequence[CopyLink],
    corpus_outlets: Collection[str],
) -> Finding | None:
    """The ``primary_source`` finding, or None for a story of one article."""
    if len(members) < 2:
        return None
    tally: dict[str, list[Credit]] = {}
    for credit in story_credits:
        tally.setdefault(outlet_key(credit.source), []).append(credit)
    ranked = sorted(tally.values(), key=len, reverse=True)
    if (
        ranked
        and len(ranked[0]) >= max(MIN_CREDITS, MIN_SHARE * len(members))
        and (len(ranked) == 1 or len(ranked[1]) < len(ranked[0]))
    ):
        return _credited(story, members, ranked[0], corpus_outlets)
    return _earliest(story, members, links, story_credits)


def _credited(
    story: str, members: Sequence[Article], given: list[Credit], corpus_outlets: Collection[str]
) -> Finding:
    name = given[0].source
    key = outlet_key(name)
    inside = [a for a in members if outlet_key(a.outlet) == key]
    known = {outlet_key(o) for o in corpus_outlets}
    where = "in the story" if inside else "in the corpus" if key in known else "not in the corpus"
    crediting = sorted({c.article for c in given})
    summary = f"{name}, credited by {len(crediting)} of {len(members)} articles; {where}"
    return Finding(
        kind="primary_source",
        subject=name,
        story=story,
        articles=tuple(crediting),
        summary=summary,
        confidence=0.9 if len(crediting) * 2 >= len(members) else 0.7,
        evidence=tuple(c.evidence for c in given),
        details_json=json.dumps(
            {
                "source": name,
                "how": "credited",
                "credited_by": crediting,
                "where": where,
                "articles": [a.id for a in inside],
            },
            ensure_ascii=False,
        ),
    )


def _earliest(
    story: str,
    members: Sequence[Article],
    links: Sequence[CopyLink],
    story_credits: Sequence[Credit],
) -> Finding | None:
    """The earliest dated member that copies no other; on one date, one that credits no
    other article of that date (a wire crediting the local paper drew from it), then the
    one whose outlet the others credit most, then an original of copies."""
    ids = {a.id for a in members}
    copied = {link.copy for link in links if link.copy in ids and link.original in ids}
    credited = Counter(outlet_key(c.source) for c in story_credits)
    gives = {(c.article, outlet_key(c.source)) for c in story_credits}
    originals = {link.original for link in links if link.original in ids}

    def drew_from_same_day(a: Article) -> bool:
        return any(
            (a.id, outlet_key(b.outlet)) in gives
            for b in members
            if b.published == a.published and b.id != a.id
        )

    pool = sorted(
        (a for a in members if a.published and a.id not in copied),
        key=lambda a: (
            a.published or "",
            drew_from_same_day(a),
            -credited[outlet_key(a.outlet)],
            a.id not in originals,
        ),
    )
    if not pool:
        return None
    first = pool[0]
    copies = sorted(link.copy for link in links if link.original == first.id and link.copy in ids)
    outlet = first.label
    what = "the earliest report" + (
        f", the original of {len(copies)} cop{'y' if len(copies) == 1 else 'ies'}" if copies else ""
    )
    return Finding(
        kind="primary_source",
        subject=outlet,
        story=story,
        articles=(first.id, *copies),
        summary=f"{outlet} ({first.published}), {what}; no outlet is credited by half the articles",
        confidence=0.5 if copies or credited[outlet_key(first.outlet)] else 0.4,
        evidence=(),
        details_json=json.dumps(
            {"source": outlet, "how": "earliest", "article": first.id, "copies": copies},
            ensure_ascii=False,
        ),
    )


def adds_nothing(members: Sequence[Article], aligned: Sequence[AlignedSentence]) -> list[str]:
    """Dated members every sentence of which a member published on an earlier day
    states too (on one day, who came first is unknown)."""
    day = {a.id: a.published for a in members}
    out = []
    for article in members:
        mine = [s for s in aligned if s.article == article.id]
        if not mine or not article.published:
            continue
        if all(any((day[o] or "9999") < article.published for o in s.shared_with) for s in mine):
            out.append(article.id)
    return out


def graph(
    members: Sequence[Article], links: Sequence[CopyLink], story_credits: Sequence[Credit]
) -> dict[str, list[dict[str, str]]]:
    """Who copied whom (article to article) and who credited whom (article to outlet)."""
    ids = {a.id for a in members}
    return {
        "copies": [
            {"original": link.original, "copy": link.copy, "kind": link.kind}
            for link in links
            if link.original in ids and link.copy in ids
        ],
        "credits": [{"article": c.article, "outlet": c.source} for c in story_credits],
    }
