"""The seed articles (shared/corpus/seeds), read at test time; skipped when absent.

Five retellings of one interview: Rasmussen's conditional statement ("If NATO cannot
agree on a clear path forward for Ukraine ...") as direct speech in 001, 003 and 004
and as reported speech in 002; four dash-attributed statements in 000; Julianne
Smith in 003 and 002; The Guardian credited by all but 002, which copies without
credit.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from helpers import nlp_or_skip
from retold.analyze import ArticleAnalysis, QuoteOptions, analyze_articles
from retold.clean import clean_document
from retold.compare import match_statements, uncredited_copies
from retold.compare.records import StatementGroup
from retold.compare.words import content, load_vocabulary, words
from retold.ingest import read_all
from retold.records import Article, Rejected


@pytest.fixture(scope="module")
def seeds(shared_dir: Path) -> dict[str, Article]:
    folder = shared_dir / "corpus" / "seeds"
    if not folder.is_dir():
        pytest.skip(f"no seeds at {folder}")
    articles = {}
    for raw in read_all([folder], 50_000_000):
        if isinstance(raw, Rejected):
            continue
        article = clean_document(raw)
        assert not isinstance(article, Rejected)
        articles[Path(article.origin.path).name[:3]] = article
    return articles


@pytest.fixture(scope="module")
def analyses(seeds: dict[str, Article]) -> dict[str, ArticleAnalysis]:
    results = analyze_articles(list(seeds.values()), nlp_or_skip(), QuoteOptions())
    return {key: results[n] for n, key in enumerate(seeds)}


@pytest.fixture(scope="module")
def groups(seeds: dict[str, Article], analyses: dict[str, ArticleAnalysis]) -> list[StatementGroup]:
    return match_statements(list(seeds.values()), list(analyses.values()), story="seeds")


CONDITIONAL = "NATO"  # every wording of the statement names NATO failing to agree


def conditional(analysis: ArticleAnalysis, kind: str) -> str:
    for quote in analysis.quotes:
        if quote.kind == kind and re.search(r"\bNATO (cannot|fails|fail)\b", quote.text):
            return quote.id
    raise AssertionError(f"no {kind} conditional statement in {analysis.article}")


def test_conditional_statement_in_every_retelling(
    analyses: dict[str, ArticleAnalysis], groups: list[StatementGroup]
) -> None:
    ids = {
        "001": conditional(analyses["001"], "direct"),
        "003": conditional(analyses["003"], "direct"),
        "004": conditional(analyses["004"], "direct"),
        "002": conditional(analyses["002"], "indirect"),
    }
    group = next(g for g in groups if ids["003"] in {o.quote for o in g.occurrences})
    assert set(ids.values()) <= {o.quote for o in group.occurrences}
    assert group.original == ids["003"]  # the wording closest to the English original
    assert group.speaker is not None and group.speaker.endswith("Rasmussen")
    grades = {o.quote: o.fidelity for o in group.occurrences}
    assert grades[ids["003"]] == "verbatim"
    assert grades[ids["002"]] == "paraphrased"
    assert "altered" not in grades.values()


def test_dash_attributed_statements(analyses: dict[str, ArticleAnalysis]) -> None:
    dashes = [q for q in analyses["000"].quotes if q.shape == "dash"]
    assert len(dashes) == 4
    assert {q.speaker for q in dashes} == {"Anders Fogh Rasmussen"}
    assert all(q.kind == "direct" for q in dashes)


def test_scare_quotes_are_not_statements(analyses: dict[str, ArticleAnalysis]) -> None:
    scare = {s.text for s in analyses["000"].scare_quotes}
    assert {"eternal war", "first mover"} <= scare
    texts = [q.text for q in analyses["000"].quotes]
    assert "eternal war" not in texts and "first mover" not in texts


def test_julianne_smith_direct_and_reported(
    analyses: dict[str, ArticleAnalysis], groups: list[StatementGroup]
) -> None:
    direct = [
        q for q in analyses["003"].quotes if q.speaker == "Julianne Smith" and q.kind == "direct"
    ]
    reported = [
        q for q in analyses["002"].quotes if q.speaker == "Julianne Smith" and q.kind == "indirect"
    ]
    assert direct and reported
    group = next(g for g in groups if direct[0].id in {o.quote for o in g.occurrences})
    assert reported[0].id in {o.quote for o in group.occurrences}


def test_the_guardian_is_credited(analyses: dict[str, ArticleAnalysis]) -> None:
    for key in ("000", "001", "003", "004"):
        assert "The Guardian" in {c.source for c in analyses[key].citations}, key
    assert analyses["002"].citations == ()


def test_no_wrong_speaker(analyses: dict[str, ArticleAnalysis]) -> None:
    """Every named speaker in the seeds is someone the sentence really attributes."""
    allowed = {
        "Anders Fogh Rasmussen",
        "Anders Rasmussen",
        "Julianne Smith",
        "Jens Stoltenberg",
        "Volodymyr Zelensky",
        "Mark Rutte",
        "Donald Trump",  # 'Trump later canceled that meeting, saying he didn't believe ...'
    }
    for analysis in analyses.values():
        people = {q.speaker for q in analysis.quotes if q.speaker_kind == "person"}
        assert people <= allowed, analysis.article


def overlap_links(articles: dict[str, Article]) -> list[tuple[str, str, str]]:
    """A simple copy detector for the test: a copy shares most of its sentences' words
    with one earlier (or dated) article."""
    vocabulary = load_vocabulary()

    def sentences(article: Article) -> list[set[str]]:
        parts = re.split(r"(?<=[.!?])\s+", article.body)
        return [set(content(words(p, vocabulary), vocabulary)) for p in parts if len(p.split()) > 5]

    stems = {key: sentences(a) for key, a in articles.items()}

    def cover(copy: str, original: str) -> float:
        hits = [
            max((len(s & t) / len(s) for t in stems[original]), default=0.0) >= 0.5
            for s in stems[copy]
            if s
        ]
        return sum(hits) / len(hits) if hits else 0.0

    links = []
    for copy, article in articles.items():
        scored = [(cover(copy, o), o) for o in articles if o != copy]
        score, original = max(scored)
        earlier = articles[original].published or "9999"
        if score >= 0.5 and earlier < (article.published or "9999"):
            links.append((articles[original].id, article.id, "rewrite"))
    return links


def test_uncredited_copy(
    seeds: dict[str, Article],
    analyses: dict[str, ArticleAnalysis],
    groups: list[StatementGroup],
) -> None:
    links = overlap_links(seeds)
    findings = uncredited_copies(
        list(seeds.values()), list(analyses.values()), links, "seeds", groups
    )
    assert [f.subject for f in findings] == [seeds["002"].id]
    finding = findings[0]
    assert finding.kind == "uncredited_copy"
    assert "The Guardian" in finding.summary or "the guardian" in finding.summary
    bodies = {a.id: a.body for a in seeds.values()}
    for evidence in finding.evidence:
        assert bodies[evidence.article][evidence.start : evidence.end] == evidence.text
