"""HTML pages: retold keeps what the extractor keeps, and reads title and outlet off the page."""

from __future__ import annotations

import pytest

from helpers import P1, P2, P3, make_raw
from retold.clean import clean_document
from retold.clean.furniture import default_rules
from retold.clean.text import clean_text
from retold.records import Article, Rejected


def page(body: str, head: str = "", url: str = "") -> str:
    """A small page: ``head`` tags, a nav bar, and ``body`` inside <article>."""
    canonical = f'<link rel="canonical" href="{url}">' if url else ""
    return (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}{canonical}</head>'
        '<body><nav><a href="/">Home</a> <a href="/news">News</a></nav>'
        f"<article>{body}</article><footer><p>Contact us</p></footer></body></html>"
    )


def paras(*texts: str) -> str:
    return "".join(f"<p>{t}</p>" for t in texts)


def clean_page(html: str, **meta: str) -> Article:
    result = clean_document(make_raw(html, path="page.html", markup="html", fmt="html", **meta))
    assert not isinstance(result, Rejected), result
    return result


# -- the body: an extractor's text is the article, not a scrape to carve up -----------------

RECIPE = ("Two cups of flour", "One egg, beaten", "A pinch of salt")


def test_a_list_that_ends_the_article_is_kept() -> None:
    """A scrape's trailing run of short labels is a footer; an extractor's is the article's list."""
    text = "\n".join([P1, P2, *(f"- {item}" for item in RECIPE)])
    assert clean_text(text, default_rules()).body().count("- ") == 0  # a scrape: footer labels
    kept = clean_text(text, default_rules(), extracted=True).body()
    assert all(item in kept for item in RECIPE)


def test_lines_above_the_first_paragraph_are_not_a_header_zone() -> None:
    text = "\n".join(["Photos", "Kate Morrow", P1, P2])
    cleaned = clean_text(text, default_rules(), extracted=True)
    assert cleaned.body().split("\n\n")[:2] == ["Photos", "Kate Morrow"]
    assert cleaned.masthead is None


def test_related_links_go_but_the_paragraphs_after_them_stay() -> None:
    text = "\n".join(
        [P1, "Read more:", "Ferry fares to rise in spring", "Harbour dredging halted", P2, P3]
    )
    cleaned = clean_text(text, default_rules(), extracted=True)
    assert cleaned.body().split("\n\n") == [P1, P2, P3]
    reasons = {r.text: r.reason for r in cleaned.removed}
    assert reasons["Harbour dredging halted"] == "related headline"


def test_furniture_phrases_still_go_from_extracted_text() -> None:
    text = "\n".join([P1, "Advertisement", P2, "Share this article", P3])
    assert clean_text(text, default_rules(), extracted=True).body().split("\n\n") == [P1, P2, P3]


def test_html_list_items_are_kept_without_list_marks() -> None:
    items = "".join(f"<li>{item}</li>" for item in RECIPE)
    article = clean_page(page(paras(P1, P2) + f"<ul>{items}</ul>"))
    assert article.body.split("\n\n")[-3:] == list(RECIPE)


@pytest.mark.parametrize("furniture", ["Advertisement", "Share on Facebook"])
def test_html_furniture_inside_the_article_goes(furniture: str) -> None:
    article = clean_page(page(paras(P1, furniture, P2, P3)))
    assert article.body.split("\n\n") == [P1, P2, P3]


@pytest.mark.parametrize(
    "last",
    [
        "This story will be updated.",
        "This is a developing story.",
        "Follow our flood coverage at lakeport-gazette.example/floods",
        "Watch Harbour TV live at harbourtv.example/live",
        "Listen to Coast FM live from 7am",
    ],
)
def test_trailing_promos_go_from_extracted_text(last: str) -> None:
    text = "\n".join([P1, P2, last])
    assert clean_text(text, default_rules(), extracted=True).body().split("\n\n") == [P1, P2]


@pytest.mark.parametrize(
    "last",
    [
        "— Jane Roe (@janeroe) March 3, 2024",  # the credit of an embedded post
        "Main image credit: Harbour Trust",
        "Two cups of flour",
        "(Graphic: ferry passengers since 2019)",
    ],
)
def test_trailing_short_lines_stay_in_extracted_text(last: str) -> None:
    text = "\n".join([P1, P2, last])
    assert clean_text(text, default_rules(), extracted=True).body().split("\n\n") == [P1, P2, last]
