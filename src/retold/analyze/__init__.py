"""Analyze: per article, the statements it reports and the sources it credits.

    nlp = load_nlp()
    analyses = analyze_articles(articles, nlp)        # a batch: parser only where needed
    analysis = analyze_article(article, nlp)           # one article

Records are in ``retold.analyze.records``: ``Quote`` (direct and indirect, with the
speaker resolved to a full name or left unknown), ``ScareQuote``, ``Citation``,
``NameUse`` and ``ArticleAnalysis``.
"""

from retold.analyze.aliases import Aliases, canonical_name, load_aliases, name_key
from retold.analyze.citations import CreditRules, find_citations, load_credit_rules
from retold.analyze.lexicon import Lexicon, load_lexicon
from retold.analyze.pipeline import (
    STAGE,
    QuoteOptions,
    analyze_article,
    analyze_articles,
    load_nlp,
)
from retold.analyze.records import (
    ArticleAnalysis,
    Citation,
    NameUse,
    Quote,
    ScareQuote,
)

__all__ = [
    "STAGE",
    "Aliases",
    "ArticleAnalysis",
    "Citation",
    "CreditRules",
    "Lexicon",
    "NameUse",
    "Quote",
    "QuoteOptions",
    "ScareQuote",
    "analyze_article",
    "analyze_articles",
    "canonical_name",
    "find_citations",
    "load_aliases",
    "load_credit_rules",
    "load_lexicon",
    "load_nlp",
    "name_key",
]
