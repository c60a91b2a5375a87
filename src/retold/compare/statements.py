"""``match_statements``: one story's quotes grouped into statements and graded.

Each group's original wording is chosen, in order, by: being a direct quote that is
not a fragment of another (nor another with words cut at an ellipsis); the first-hand or credited source (the outlet others in
the story credit, or one that names itself as the interviewer; then a quote whose own
sentence credits a source; then an article that credits anyone); among credited
outlets, the one more articles credit; agreement with the other wordings; fullness;
and the earliest publication date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from retold.analyze.aliases import fold, outlet_key
from retold.analyze.lexicon import load_lexicon
from retold.analyze.records import ArticleAnalysis, Citation
from retold.compare.fidelity import grade_wording
from retold.compare.grouping import (
    Item,
    MatchOptions,
    cluster,
    filled_speaker,
    link_pairs,
    prepare_items,
    speaker_of,
    weights_for,
)
from retold.compare.records import Occurrence, StatementGroup
from retold.compare.words import Weights, phrase_in
from retold.records import Article

NEAR = 300  # characters around a quote searched for a credit or the outlet's own name
_ELLIPSIS = re.compile(r"…|\.\s?\.\s?\.")  # where a wording marks words it cut


@dataclass(frozen=True, eq=False)
class _Story:
    articles: dict[str, Article]
    citations: dict[str, tuple[Citation, ...]]
    credited: dict[str, int]  # outlet key -> articles of the story crediting it


def _story(articles: Sequence[Article], analyses: Sequence[ArticleAnalysis]) -> _Story:
    citations = {a.article: a.citations for a in analyses}
    credited: dict[str, int] = {}
    for analysis in analyses:
        for source in {outlet_key(c.source) for c in analysis.citations}:
            credited[source] = credited.get(source, 0) + 1
    return _Story({a.id: a for a in articles}, citations, credited)


def match_statements(
    articles: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    story: str | None = None,
    options: MatchOptions | None = None,
) -> list[StatementGroup]:
    """Group the quotes of one story's articles into statements, with fidelity grades."""
    options = options or MatchOptions()
    ids = {a.id for a in articles}
    analyses = [a for a in analyses if a.article in ids]
    items = prepare_items(analyses, options)
    weights = weights_for(articles, options)
    clusters = cluster(items, link_pairs(items, weights, options))
    context = _story(articles, analyses)
    groups = [_group([items[i] for i in c], context, weights, story, options) for c in clusters]
    return sorted(groups, key=lambda g: g.id)


def _group(
    members: list[Item], context: _Story, weights: Weights, story: str | None, options: MatchOptions
) -> StatementGroup:
    original, reasons = _original(members, context, weights, options)
    speaker = speaker_of(members)
    occurrences = tuple(
        _occurrence(m, original, speaker, context, options)
        for m in sorted(members, key=lambda m: (m.quote.article, m.quote.start))
    )
    return StatementGroup(
        id=f"g:{original.quote.id}",
        story=story,
        speaker=speaker,
        original=original.quote.id,
        occurrences=occurrences,
        reasons=reasons,
    )


def _occurrence(
    item: Item, original: Item, speaker: str | None, context: _Story, options: MatchOptions
) -> Occurrence:
    quote = item.quote
    body = context.articles[quote.article].body
    result = grade_wording(original.quote, quote, body, options.vocabulary)
    return Occurrence(
        quote=quote.id,
        article=quote.article,
        text=quote.text,
        start=quote.start,
        end=quote.end,
        kind=quote.kind,
        speaker=filled_speaker(item, speaker),
        fidelity=result.fidelity,
        similarity=round(result.similarity, 4),
        diff=result.diff,
        alterations=result.alterations,
    )


def _original(
    members: list[Item], context: _Story, weights: Weights, options: MatchOptions
) -> tuple[Item, tuple[str, ...]]:
    direct = [m for m in members if m.quote.kind == "direct"] or members
    # 'the company said': a body's words are not its people's to grade by
    people = [m for m in direct if not _of_a_body(m)] or direct
    bodies_aside, direct = len(people) < len(direct), people
    whole = [m for m in direct if not any(o is not m and _part_of(m, o) for o in direct)] or direct
    core = _core(members)

    def key(m: Item) -> tuple[int, int, float, str, int]:
        article = context.articles[m.quote.article]
        credits = context.credited.get(outlet_key(article.outlet), 0)
        date = article.published or "9999"
        return (-_credit(m, context), -credits, -round(_fit(m, core), 2), date, m.quote.start)

    ranked = sorted(whole, key=lambda m: (*key(m), m.quote.id))
    best = ranked[0]
    reasons = [f"credit level {_credit(best, context)}"]
    if bodies_aside:
        reasons.append("wordings a body's attribution gives set aside")
    if len(whole) < len(direct):
        reasons.append("fragments of fuller wordings set aside")
    if len(ranked) > 1 and key(ranked[1])[0] == key(best)[0]:
        reasons.append("most credited, then closest to the words the wordings share, then earliest")
    del weights, options
    return best, tuple(reasons)


def _of_a_body(item: Item) -> bool:
    """Does the wording's attribution name a body, not a person ('the company said')?"""
    printed = fold(item.quote.speaker_text or "").split()
    described = len(printed) == 2 and printed[0] == "the" and item.quote.speaker is None
    return described and printed[1] in _organization_heads()


@lru_cache(maxsize=1)
def _organization_heads() -> frozenset[str]:
    return load_lexicon().organization_heads


def _core(members: list[Item]) -> set[str]:
    """The words at least half of the wordings share: what the statement is about."""
    counts: dict[str, int] = {}
    for m in members:
        for stem in set(m.stems):
            counts[stem] = counts.get(stem, 0) + 1
    need = max(1, (len(members) + 1) // 2)
    return {stem for stem, n in counts.items() if n >= need}


def _fit(item: Item, core: set[str]) -> float:
    """F1 of a wording's words against the shared core: neither a fragment nor a
    paragraph of other statements."""
    stems = set(item.stems)
    shared = len(stems & core)
    if not shared:
        return 0.0
    precision, recall = shared / len(stems), shared / len(core)
    return 2 * precision * recall / (precision + recall)


def _fragment(a: Item, b: Item) -> bool:
    """Is ``a`` a contiguous piece of the longer ``b``?"""
    return len(a.words) < len(b.words) and phrase_in(a.words, b.words)


def _part_of(a: Item, b: Item) -> bool:
    """Is ``a`` a fragment of ``b``, or ``b`` with words cut where ``a`` prints an
    ellipsis ("these skills … leave the city" of "these skills and this history leave
    the city"): its words, in order, are among the longer ``b``'s?"""
    if _fragment(a, b):
        return True
    if len(a.words) >= len(b.words) or not _ELLIPSIS.search(a.quote.text.strip(" ,.;:…")):
        return False
    rest = iter(w.norm for w in b.words)
    return all(any(w.norm == x for x in rest) for w in a.words)


def _credit(item: Item, context: _Story) -> int:
    """3: first-hand or credited by others; 2: the quote credits a source; 1: the
    article credits a source; 0: no credit."""
    article = context.articles[item.quote.article]
    own = outlet_key(article.outlet)
    if own and context.credited.get(own, 0) > 0:
        return 3
    near = article.body[max(0, item.quote.start - NEAR) : item.quote.end + NEAR // 2]
    if own and _names_outlet(near, article.outlet or ""):
        return 3
    citations = context.citations.get(article.id, ())
    lo, hi = item.quote.start - NEAR, item.quote.end + NEAR // 2
    if any(c.where == "body" and lo <= c.start <= hi for c in citations):
        return 2
    return 1 if citations else 0


def _names_outlet(text: str, outlet: str) -> bool:
    """Does ``text`` name the outlet ("Kestrel Wire", "the Courier", "DSB")?"""
    folded = " " + " ".join(re.sub(r"[^\w\s]", " ", fold(text)).split()) + " "
    words = outlet.split()
    forms = [outlet_key(outlet)]
    if len(words) > 1 and len(words[-1]) > 4:
        forms.append(f"the {words[-1].casefold()}")
    if words and words[0].isupper() and len(words[0]) >= 2:
        forms.append(words[0].casefold())
    return any(form and f" {form} " in folded for form in forms)


def by_quote(groups: Sequence[StatementGroup]) -> dict[str, tuple[StatementGroup, Occurrence]]:
    """Quote id -> (its group, its graded occurrence): what an export row needs."""
    return {o.quote: (g, o) for g in groups for o in g.occurrences}
