"""The HTML pages of `retold serve`: every page renders, shows what the documents hold,
and escapes untrusted text (the browser test checks the same in Chromium)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import lxml.html
import pytest
from fastapi.testclient import TestClient

from retold.serve.storyview import coverage_document, story_document
from retold.store import open_store
from retold.web import create_app
from web_support import page_urls


@pytest.fixture(scope="module")
def site(example_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(example_db)) as client:
        yield client


def html(client: TestClient, url: str) -> lxml.html.HtmlElement:
    response = client.get(url)
    assert response.status_code == 200, (url, response.text[:300])
    assert response.headers["content-type"].startswith("text/html")
    return lxml.html.fromstring(response.text)


def having(page: lxml.html.HtmlElement, tag: str, cls: str) -> list[lxml.html.HtmlElement]:
    """Elements ``tag`` with class ``cls`` under ``page``."""
    found: list[lxml.html.HtmlElement] = page.xpath(
        f'.//{tag}[contains(concat(" ", normalize-space(@class), " "), " {cls} ")]'
    )
    return found


def test_every_page_renders(site: TestClient) -> None:
    for url in page_urls(site):
        assert html(site, url).find(".//h1") is not None, url


def test_story_page_lays_the_articles_side_by_side(site: TestClient, example_db: Path) -> None:
    with open_store(example_db) as store:
        for story in store.stories():
            doc = story_document(store, story.id)
            coverage = coverage_document(store, story.id)
            page = html(site, f"/stories/{story.id}")
            columns = page.find_class("column")
            assert [c.get("id") for c in columns] == [
                f"col-{r['article']}" for r in doc["timeline"]
            ]
            sentences = {a["article"]: a["sentences"] for a in coverage["articles"]}
            for column in columns:
                mine = sentences[column.get("id").removeprefix("col-")]
                for cls, keep in (("shared", True), ("unique", False)):
                    marked = "".join(m.text_content() for m in having(column, "mark", cls))
                    expected = "".join(s["text"] for s in mine if bool(s["shared_with"]) == keep)
                    assert marked == expected
            summary = having(page, "section", "summary")[0].text_content()
            assert (doc["summary"]["primary_source"] or "not found") in summary
            assert len(having(page, "div", "statement")) == len(doc["statements"])
            evidence = {(e["article"], e["start"]) for f in doc["findings"] for e in f["evidence"]}
            for article, start in evidence:
                assert page.get_element_by_id(f"ev-{article}-{start}") is not None


def test_article_page_marks_quotes_and_keeps_removed_lines(site: TestClient) -> None:
    for row in site.get("/api/articles?limit=500").json()["items"]:
        doc = site.get(f"/api/articles/{row['id']}").json()
        page = html(site, f"/articles/{row['id']}")
        body = having(page, "div", "article-body")[0]
        assert body.text_content() == doc["body"]
        assert len(having(body, "mark", "quote")) >= len(doc["quotes"])
        removed = [t.text_content() for t in having(page, "td", "removed-text")]
        assert removed == [r["text"] for r in doc["removed"]]


def test_unknown_pages_are_html_errors(site: TestClient) -> None:
    for url in ("/stories/story-0000", "/articles/zz", "/people/Nobody", "/no/such/page"):
        response = site.get(url)
        assert response.status_code == 404
        assert response.headers["content-type"].startswith("text/html")


PAYLOADS = ("<script>window.__xss=1", '<img src=x onerror="window.__xss=1', '"><svg onload=')


def test_untrusted_text_is_escaped_on_every_page(xss_db: Path) -> None:
    with TestClient(create_app(xss_db)) as client:
        urls = page_urls(client)
        seen = set()
        for url in urls:
            page = html(client, url)
            assert not page.xpath("//script|//img|//iframe|//object|//embed"), url
            for element in page.iter():
                for name, value in element.attrib.items():
                    assert not name.lower().startswith("on"), (url, name)
                    assert not value.strip().lower().startswith("javascript:"), (url, value)
            text = page.text_content()
            seen |= {p for p in PAYLOADS if p in text}
    assert seen == set(PAYLOADS)  # shown as text, not dropped


def test_a_statement_said_before_in_another_story_links_to_it(
    site: TestClient, example_db: Path
) -> None:
    """The example corpus quotes a January statement again in the February story: its
    block there names the story where the statement was first said, and links to it."""
    with open_store(example_db) as store:
        groups = store.statement_groups()
        story_of = {g.id: g.story for g in groups}
        joined = [g for g in groups if g.statement not in (None, g.id)]
    assert joined
    for group in joined:
        before = story_of[group.statement]
        page = html(site, f"/stories/{group.story}")
        links = [a.get("href") for p in having(page, "p", "told-before") for a in p.iter("a")]
        assert f"/stories/{before}" in links
