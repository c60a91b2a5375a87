"""HTML pages: retold keeps what the extractor keeps, and reads title and outlet off the page."""

from __future__ import annotations

import pytest

from helpers import P1, P2, P3, make_raw
from retold.clean import clean_document
from retold.clean.furniture import default_rules
from retold.clean.headline import TitleCandidates, choose_title
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


# -- titles: the candidate the others agree with ------------------------------------------

SITE = {"Harbour Herald", "harbourherald.example"}


def names_site(text: str) -> bool:
    return text in SITE


@pytest.mark.parametrize(
    ("found", "expected"),
    [
        pytest.param(
            TitleCandidates(
                og="Ferry fares rise",
                tab="Ferry fares rise | Harbour Herald",
                h1s=("Harbour Herald", "Ferry fares rise"),
            ),
            "Ferry fares rise",
            id="the-h1-the-og-title-agrees-with",
        ),
        pytest.param(
            TitleCandidates(og="Ferry fares rise - Harbour Herald", h1s=("Walking the pier",)),
            "Ferry fares rise",
            id="og-title-less-its-site-tail-over-a-stray-h1",
        ),
        pytest.param(
            TitleCandidates(tab="Ferry fares rise | Harbour Herald", h1s=("Harbour Herald",)),
            "Ferry fares rise",
            id="tab-head-when-the-only-h1-is-the-site-name",
        ),
        pytest.param(
            TitleCandidates(og="Opinion | Why the pier matters", h1s=("Why the pier matters",)),
            "Why the pier matters",
            id="h1-without-the-section-prefix",
        ),
        pytest.param(
            TitleCandidates(og="Ferry fares rise", h1s=("Games", "Entertainment")),
            "Ferry fares rise",
            id="section-label-h1s-are-not-titles",
        ),
        pytest.param(
            TitleCandidates(tab="Ferry fares rise | Travel | News | Harbour Herald"),
            "Ferry fares rise",
            id="section-path-before-the-site-name",
        ),
        pytest.param(
            TitleCandidates(tab="Review - shoots for the moon, lands among the stars"),
            "Review - shoots for the moon, lands among the stars",
            id="a-tail-that-is-no-site-name-stays",
        ),
        pytest.param(
            TitleCandidates(og="Pier to close – for now", h1s=("Pier to close - for now",)),
            "Pier to close - for now",
            id="dash-style-aside",
        ),
        pytest.param(TitleCandidates(h1s=("Ferry fares rise",)), "Ferry fares rise", id="h1-alone"),
        pytest.param(TitleCandidates(h1s=("Harbour Herald",)), None, id="site-name-is-no-title"),
    ],
)
def test_choose_title(found: TitleCandidates, expected: str | None) -> None:
    assert choose_title(found, names_site) == expected


HEADLINE = "Lakeport ferry fares to rise in spring"


@pytest.mark.parametrize(
    ("head", "body", "url", "title", "outlet", "source"),
    [
        pytest.param(
            f'<title>{HEADLINE} | Harbour Herald</title><meta property="og:title" '
            f'content="{HEADLINE}"><meta property="og:site_name" content="Harbour Herald">',
            f"<h1>{HEADLINE}</h1>",
            "",
            HEADLINE,
            "Harbour Herald",
            "metadata",
            id="og-tags",
        ),
        pytest.param(
            f"<title>{HEADLINE} - Harbour Herald</title>",
            "<h1>Harbour Herald</h1>",
            "https://www.harbourherald.example/news/ferry",
            HEADLINE,
            "Harbour Herald",
            "title",
            id="tab-tail-the-domain-vouches-for",
        ),
        pytest.param(
            f'<title>{HEADLINE}</title><meta property="og:site_name" content="Hosted">',
            f"<h1>{HEADLINE}</h1>",
            "https://latino.foxnews.com/story/ferry",
            HEADLINE,
            "Fox News",
            "url",
            id="known-domain-not-hosted",
        ),
        pytest.param(
            f"<title>{HEADLINE}</title>",
            f"<h1>{HEADLINE}</h1>",
            "https://www.lakeport-gazette.example/ferry",
            HEADLINE,
            "Lakeport Gazette",
            "url",
            id="unknown-domain-readable",
        ),
        pytest.param(
            f"<title>{HEADLINE} | Lakeport Gazette</title>",
            f"<h1>{HEADLINE}</h1>",
            "",
            HEADLINE,
            "Lakeport Gazette",
            "title",
            id="name-like-tab-tail-without-a-url",
        ),
    ],
)
def test_html_title_and_outlet(
    head: str, body: str, url: str, title: str, outlet: str, source: str
) -> None:
    article = clean_page(page(body + paras(P1, P2, P3), head=head, url=url))
    assert (article.title, article.outlet, article.outlet_source) == (title, outlet, source)
    assert HEADLINE not in article.body


def test_html_copyright_holder_is_no_outlet() -> None:
    html = page(paras(P1, P2, P3, "© 2024 Harbour Holdings Communications. All rights reserved."))
    assert clean_page(html).outlet is None


@pytest.mark.parametrize(
    ("content", "published"),
    [
        pytest.param("2024-02-28", "2024-02-28", id="real"),
        pytest.param("2024-02-29", "2024-02-29", id="leap-day"),
        pytest.param("2024-02-30", None, id="impossible-day-not-moved-to-the-first"),
        pytest.param("2023-02-29T09:00:00Z", None, id="no-leap-day-that-year"),
        pytest.param("2024-04-31", None, id="april-has-30-days"),
    ],
)
def test_html_impossible_publication_date_is_ignored(content: str, published: str | None) -> None:
    head = f'<meta property="article:published_time" content="{content}">'
    assert clean_page(page(paras(P1, P2, P3), head=head)).published == published
