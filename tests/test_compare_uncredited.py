"""Uncredited rewrites: an article that retells another sentence by sentence in other
words (a ``rewrite`` copy link) and credits nobody is flagged, with evidence in both
articles; one that credits the original, or any other outlet, is not.  The fictional
wildfire report and its rewrite of ``helpers``, real analysis (rules only), no mocks."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from helpers import ORIGINAL, REWRITE, make_article
from retold.analyze import QuoteOptions, analyze_articles
from retold.compare import uncredited_copies
from retold.link.copies import find_copies
from retold.records import Article, Finding


def report(aid: str, sentences: list[str], outlet: str, published: str) -> Article:
    body = "\n\n".join(" ".join(sentences[i : i + 2]) for i in range(0, len(sentences), 2))
    return make_article(body, aid, outlet, published, title="Wildfire at Harlow Creek")


ORIGINAL_REPORT = report("orig", ORIGINAL, "Valley Herald", "2024-08-06")


def findings_for(closing: str) -> list[Finding]:
    """The rewrite, ending with ``closing``, linked by ``find_copies`` and judged."""
    rewrite = report("rw", [*REWRITE, closing] if closing else REWRITE, "Trend Daily", "2024-08-08")
    articles = [ORIGINAL_REPORT, rewrite]
    links = find_copies(articles)
    assert [(link.original, link.copy, link.kind) for link in links] == [("orig", "rw", "rewrite")]
    analyses = analyze_articles(articles, None, QuoteOptions())
    return uncredited_copies(articles, analyses, links, "S-fire")


def test_rewrite_that_credits_nobody_is_flagged_with_evidence() -> None:
    findings = findings_for("")
    assert [(f.kind, f.subject, f.articles) for f in findings] == [
        ("uncredited_copy", "rw", ("rw", "orig"))
    ]
    assert {e.article for e in findings[0].evidence} == {"rw", "orig"}


@pytest.mark.parametrize(
    "closing",
    [
        "The Valley Herald first reported the evacuation.",  # credits the original
        "The Coast Times contributed reporting.",  # credits another outlet
    ],
)
def test_rewrite_that_credits_an_outlet_is_not_flagged(closing: str) -> None:
    assert findings_for(closing) == []


def test_rewrite_given_as_a_bare_link_gets_aligned_sentences_as_evidence() -> None:
    rewrite = report("rw", REWRITE, "Trend Daily", "2024-08-08")
    articles = [ORIGINAL_REPORT, rewrite]
    analyses = analyze_articles(articles, None, QuoteOptions())
    findings = uncredited_copies(articles, analyses, [("orig", "rw", "rewrite")], "S-fire")
    assert len(findings) == 1
    evidence = findings[0].evidence
    assert [e.article for e in evidence] == ["rw", "orig"]  # a sentence and its counterpart
    by_id = {a.id: a for a in articles}
    for e in evidence:
        assert by_id[e.article].body[e.start : e.end] == e.text


@pytest.mark.parametrize(("first", "second"), [(None, "Trend Daily"), (None, None)])
def test_a_copy_between_unknown_outlets_is_not_flagged(
    first: str | None, second: str | None
) -> None:
    """Where an outlet is unknown, the copy may be that outlet's own next edition."""
    copy = report("rw", REWRITE, "Trend Daily", "2024-08-08")
    articles = [replace(ORIGINAL_REPORT, outlet=first), replace(copy, outlet=second)]
    analyses = analyze_articles(articles, None, QuoteOptions())
    assert uncredited_copies(articles, analyses, [("orig", "rw", "near")], "S-fire") == []


def test_a_copy_of_unknown_outlet_is_flagged_for_the_sources_its_original_credits() -> None:
    credited = report(
        "orig", [*ORIGINAL, "The Coast Times contributed reporting."], "x", "2024-08-06"
    )
    copy = report("rw", REWRITE, "Trend Daily", "2024-08-08")
    articles = [replace(credited, outlet="Valley Herald"), replace(copy, outlet=None)]
    analyses = analyze_articles(articles, None, QuoteOptions())
    (finding,) = uncredited_copies(articles, analyses, [("orig", "rw", "near")], "S-fire")
    assert finding.summary.endswith("without crediting Coast Times")  # not Valley Herald


@pytest.mark.parametrize(("copy_day", "shared"), [("2024-08-06", True), ("2024-08-09", False)])
def test_the_same_text_on_one_day_crediting_no_one_may_be_one_wire_story(
    copy_day: str, shared: bool
) -> None:
    """Two outlets print one text on one day and neither credits a source: a copy, or both
    carry a wire story not in the corpus; retold says both, at lower confidence.  Days
    later, and the original first, the copy is the likelier reading."""
    copy = replace(ORIGINAL_REPORT, id="cp", outlet="Trend Daily", published=copy_day)
    articles = [ORIGINAL_REPORT, copy]
    analyses = analyze_articles(articles, None, QuoteOptions())
    (finding,) = uncredited_copies(articles, analyses, [("orig", "cp", "exact")], "S-fire")
    assert json.loads(finding.details_json)["shared_source_possible"] is shared
    assert ("one source not in the corpus" in finding.summary) is shared
    assert finding.confidence == (0.5 if shared else 0.95)
