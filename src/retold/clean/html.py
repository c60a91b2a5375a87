"""HTML pages: main text and metadata through trafilatura and htmldate."""

from __future__ import annotations

import logging
import re
from dataclasses import dataclass
from typing import Any

import htmldate
import trafilatura
from lxml import html as lxml_html

from retold.clean.dates import parse_date, parse_timestamp

# trafilatura and htmldate log every page they find odd; retold reports its own problems.
for _name in ("trafilatura", "htmldate", "courlan", "justext"):
    logging.getLogger(_name).setLevel(logging.CRITICAL)


# trafilatura writes each <li> as "- item"; the page's text has no such mark
_LIST_MARK = re.compile(r"^- ", re.M)


@dataclass(frozen=True)
class HtmlExtract:
    text: str
    title: str | None
    url: str | None
    site_name: str | None
    published: str | None
    published_time: str | None
    language: str | None


def extract_html(page: str, url: str | None = None) -> HtmlExtract | None:
    """The article in ``page``; None when the page holds no extractable text."""
    doc: Any = trafilatura.bare_extraction(
        page,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        favor_precision=True,
        deduplicate=False,
    )
    if doc is None or not (doc.text or "").strip():
        doc = trafilatura.bare_extraction(
            page, url=url, with_metadata=True, include_comments=False, favor_recall=True
        )
    if doc is None or not (doc.text or "").strip():
        return None
    return HtmlExtract(
        text=_LIST_MARK.sub("", str(doc.text)),
        title=_h1(page) or doc.title,
        url=doc.url or url,
        site_name=_site_name(doc.sitename),
        published=_published(page),
        published_time=_published_time(page),
        language=doc.language,
    )


def _site_name(name: str | None) -> str | None:
    """trafilatura falls back to the host name; only a real site name counts here."""
    if not name or (" " not in name and "." in name):
        return None
    return name


def _published(page: str) -> str | None:
    """The original publication date from the page's metadata, never from a guess."""
    try:
        found = htmldate.find_date(
            page, original_date=True, extensive_search=False, outputformat="%Y-%m-%d"
        )
    except (ValueError, TypeError):
        return None
    return parse_date(found) if found else None


_TIME_XPATHS = (
    "//meta[@property='article:published_time']/@content",
    "//meta[@name='article:published_time']/@content",
    "//meta[@itemprop='datePublished']/@content",
    "//time[@itemprop='datePublished']/@datetime",
)


def _published_time(page: str) -> str | None:
    """The page's own publication timestamp (meta tags, then JSON-LD datePublished)."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    for xpath in _TIME_XPATHS:
        for value in tree.xpath(xpath):
            stamp = parse_timestamp(str(value))
            if stamp:
                return stamp
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        match = re.search(r'"datePublished"\s*:\s*"([^"]+)"', str(script))
        if match and parse_timestamp(match.group(1)):
            return parse_timestamp(match.group(1))
    return None


def _h1(page: str) -> str | None:
    """The page's headline: its single <h1>, or the first inside <article>/<main>."""
    try:
        tree = lxml_html.fromstring(page)
    except (ValueError, TypeError, lxml_html.etree.ParserError):
        return None
    heads = tree.xpath("//article//h1 | //main//h1") or tree.xpath("//h1")
    for head in heads:
        text = " ".join(head.text_content().split())
        if text:
            return str(text)
    return None
