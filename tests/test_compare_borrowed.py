"""Uncredited copies found by the statements they carry (``borrowed_statements``).

One fictional story: two papers credit the Gull Gazette (which has no article of its
own here) for harbour master Ines Varga's words; a third article reproduces some of
them and credits nobody.  Each row changes one thing and says whether the third
article is flagged.  Real analysis (rules only, no parser), no mocks.
"""

from __future__ import annotations

import json
from typing import Any

import pytest

from helpers import make_article
from retold.analyze import QuoteOptions, analyze_articles
from retold.compare import BorrowOptions, borrowed_statements, match_statements
from retold.records import Article, Finding

S1 = "The wall held for forty years, but it will not hold another winter"
S2 = "We need six months and a new budget before the boats can come back"
S3 = "The fishing fleet will have to move to Dunmore until the spring"
OWN = (
    "The ferry timetable will be printed again on Monday",
    "Our café will stay open for the lifeboat crews every night",
    "The school hall is ready for anyone who lost a roof",
    "We have sandbags for every house on the quay",
)


def crediting(source: str) -> str:
    return (
        f"The sea wall at Portview has failed, harbour master Ines Varga told {source}.\n\n"
        f'"{S1}," Varga told {source}.\n\n"{S2}," she said.\n\n"{S3}," Varga added.'
    )


def uncredited(statements: int, own: int = 0, credit: str = "") -> str:
    parts = ["Portview's harbour is closed after the storm."]
    parts += [f'"{s}," harbour master Ines Varga said.' for s in (S1, S2, S3)[:statements]]
    parts += [f'"{s}," shopkeeper Tomas Lind said.' for s in OWN[:own]]
    if credit:
        parts.append(f"The harbour master first spoke to {credit}.")
    return "\n\n".join(parts)


def story(
    *,
    sources: tuple[str, ...] = ("the Gull Gazette", "the Gull Gazette"),
    statements: int = 3,
    own: int = 0,
    credit: str = "",
    outlet: str = "ClickFeed",
    gazette_article: bool = False,
    also: str = "",
) -> list[Article]:
    papers = ("The Portview Post", "Harbour Digest")
    articles = [
        make_article(crediting(source), id=f"p{n}", outlet=papers[n], published="2024-05-02")
        for n, source in enumerate(sources)
    ]
    if also:
        extra = f"\n\nThe fleet has already left Portview, according to {also}."
        articles[0] = make_article(articles[0].body + extra, id="p0", outlet=papers[0])
    articles.append(
        make_article(
            uncredited(statements, own, credit), id="u", outlet=outlet, published="2024-05-03"
        )
    )
    if gazette_article:
        body = f'Harbour master Ines Varga spoke on Tuesday.\n\n"{S1}," Varga said.'
        articles.append(make_article(body, id="g", outlet="Gull Gazette", published="2024-05-01"))
    return articles


def flagged(articles: list[Article]) -> list[Finding]:
    analyses = analyze_articles(articles, None, QuoteOptions())
    groups = match_statements(articles, analyses, story="S-port")
    return borrowed_statements(articles, analyses, groups, "S-port")


CASES = [
    ("rewrite of credited material, crediting nobody", {}, True),
    ("two of the credited statements are enough", {"statements": 2}, True),
    ("one famous line is not a copy", {"statements": 1}, False),
    ("only one article credits the source", {"sources": ("the Gull Gazette",)}, False),
    ("the source's own article is in the story", {"gazette_article": True}, False),
    (
        "the crediting papers credit different outlets",
        {"sources": ("the Gull Gazette", "Kestrel Wire")},
        False,
    ),
    ("it credits someone", {"credit": "the Gull Gazette"}, False),
    ("mostly its own reporting", {"statements": 2, "own": 4}, False),
    ("its outlet is credited by the others: a source", {"also": "ClickFeed"}, False),
]


@pytest.mark.parametrize(("case", "change", "expected"), CASES, ids=[c[0] for c in CASES])
def test_who_is_flagged(case: str, change: dict[str, Any], expected: bool) -> None:
    findings = flagged(story(**change))
    assert [f.subject for f in findings] == (["u"] if expected else []), case


def test_finding_shows_every_shared_statement_in_both_articles() -> None:
    articles = story()
    [finding] = flagged(articles)
    assert finding.kind == "uncredited_copy"
    assert finding.articles == ("u", "p0", "p1")
    assert "credit to Gull Gazette" in finding.summary
    assert finding.confidence < 0.75  # below a rewrite found by a copy link
    bodies = {a.id: a.body for a in articles}
    assert [e.article for e in finding.evidence] == ["u", "p0"] * 3
    for evidence in finding.evidence:
        assert bodies[evidence.article][evidence.start : evidence.end] == evidence.text
    assert [e.text for e in finding.evidence[::2]] == [f"{s}," for s in (S1, S2, S3)]
    details = json.loads(finding.details_json)
    assert details["kind"] == "statements" and details["uncredited"] == ["Gull Gazette"]


def test_subjects_already_flagged_by_a_copy_link_are_left_alone() -> None:
    articles = story()
    analyses = analyze_articles(articles, None, QuoteOptions())
    groups = match_statements(articles, analyses, story="S-port")
    assert borrowed_statements(articles, analyses, groups, "S-port", flagged={"u"}) == []


def test_options_set_the_bars() -> None:
    articles = story(statements=2)
    analyses = analyze_articles(articles, None, QuoteOptions())
    groups = match_statements(articles, analyses, story="S-port")
    strict = BorrowOptions(min_statements=3)
    assert borrowed_statements(articles, analyses, groups, options=strict) == []
