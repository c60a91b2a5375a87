"""Stored articles analysed again when an outlet comes into the corpus.

An article's analysis reads the corpus's outlet names: "..., Ledgerline reported." is
a credit only when Ledgerline is an outlet the corpus knows, a partial name resolves
to the one outlet it can be ("the Herald" in a corpus with one Herald), and an
outlet's name is never read as a person's.  The analysis stage analyses new articles
with every stored outlet's name.  An outlet that comes in later can change what was
found in an article analysed before it that prints its name (in the body or a removed
line: where credits are looked for): such an article is analysed again when its credits,
looked for again, come out otherwise, or when a quote's speaker is named with the
outlet's name.  Not covered: a partial name ("the Herald") that a new outlet makes
resolve otherwise while the full name is printed nowhere in the article.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

from retold.analyze import QuoteOptions, find_citations
from retold.analyze.aliases import outlet_key
from retold.analyze.citations import with_outlets
from retold.analyze.records import ArticleAnalysis
from retold.records import Article
from retold.store import Store

ANALYSIS_OUTLETS = "analysis-outlets"
"""State (JSON list): the outlet names the stored analyses were made with."""


def outlets_of(articles: Iterable[Article]) -> tuple[str, ...]:
    """The outlet names of ``articles``, sorted."""
    return tuple(sorted({a.outlet for a in articles if a.outlet}))


def to_analyse_again(
    store: Store, options: QuoteOptions, analysed: Sequence[Article]
) -> list[Article]:
    """Those of the ``analysed`` articles whose analysis the outlets of
    ``options.outlets`` new since the last analysis (none recorded: every one) change."""
    try:
        before = set(json.loads(store.get_state(ANALYSIS_OUTLETS) or "[]"))
    except ValueError:
        before = set()
    names = {form for name in options.outlets if name not in before for form in _forms(name)}
    if not names or not analysed:
        return []
    alternation = "|".join(re.escape(n).replace(r"\ ", r"\s+") for n in sorted(names))
    pattern = re.compile(rf"\b(?:{alternation})\b", re.IGNORECASE)
    printing = [
        a
        for a in analysed
        if pattern.search(a.body) or any(pattern.search(r.text) for r in a.removed)
    ]
    credits = with_outlets(options.credits, options.outlets, options.lexicon)
    stored = store.analyses([a.id for a in printing])
    return [
        article
        for article, analysis in zip(printing, stored, strict=True)
        if find_citations(article, credits) != analysis.citations
        or _speaker_named(analysis, pattern)
    ]


def _speaker_named(analysis: ArticleAnalysis, pattern: re.Pattern[str]) -> bool:
    return any(q.speaker_text and pattern.search(q.speaker_text) for q in analysis.quotes)


def remember(store: Store, outlets: Sequence[str]) -> None:
    """Record that the stored analyses were made with ``outlets``."""
    text = json.dumps(sorted(outlets))
    if store.get_state(ANALYSIS_OUTLETS) != text:
        store.put_state(ANALYSIS_OUTLETS, text)


def _forms(name: str) -> set[str]:
    """How an article prints the outlet ``name``: whole, or run together ("DSBNews")."""
    words = outlet_key(name).split()
    return {" ".join(words), "".join(words)} if words else set()
