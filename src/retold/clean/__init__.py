"""Clean: raw documents to articles with a furniture-free body and sourced metadata."""

from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass

from retold.clean.dates import (
    date_line,
    is_stamp,
    parse_date,
    parse_timestamp,
    url_date,
    with_inferred_year,
)
from retold.clean.furniture import RuleBook, default_rules
from retold.clean.html import extract_html
from retold.clean.metadata import detect_language, wire_dateline
from retold.clean.outlets import OutletEvidence, choose_outlet
from retold.clean.text import TextClean, clean_text
from retold.records import Article, Dateline, DateSource, RawDocument, Rejected

STAGE = "clean.v1"


def document_id(raw: RawDocument) -> str:
    """Content address of a document: same content and metadata, same id, wherever found."""
    digest = hashlib.sha256()
    for part in (raw.format, raw.markup, raw.content, repr(sorted(raw.meta))):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()[:16]


def revision_key(raw: RawDocument) -> str:
    """What identifies 'the same article' across edits: its URL, else where it was found."""
    url = raw.get("url")
    if url:
        return url
    path = os.path.abspath(raw.origin.path)
    return path if raw.origin.record is None else f"{path}#{raw.origin.record}"


@dataclass(frozen=True)
class _Source:
    """The text to clean and what the container or page said about it."""

    text: str
    title: str | None
    url: str | None
    site_name: str | None = None
    date: str | None = None
    time: str | None = None
    extracted: bool = False  # cut to the article by an extractor (HTML), not a scrape
    tab_title: str | None = None  # the browser-tab title: <title>, or a scrape's first line


def _source(raw: RawDocument) -> _Source | Rejected:
    title, meta_date, meta_time = _title_and_date(raw)
    if raw.markup != "html":
        first = next((ln.strip() for ln in raw.content.splitlines() if ln.strip()), None)
        return _Source(
            raw.content, title, raw.get("url"), None, meta_date, meta_time, tab_title=first
        )
    extract = extract_html(raw.content, raw.get("url"))
    if extract is None:
        if raw.format in RECORD_FORMATS and title:
            return _Source("", title, raw.get("url"), None, meta_date, meta_time)
        return Rejected(raw.origin, "no article text found in the HTML")
    return _Source(
        extract.text,
        title or extract.title,
        raw.get("url") or extract.url,
        extract.site_name,
        meta_date or extract.published,
        meta_time or extract.published_time,
        extracted=True,
        tab_title=extract.tab_title,
    )


def _title_and_date(raw: RawDocument) -> tuple[str | None, str | None, str | None]:
    """The metadata title, date and timestamp.  A "title" that is only a stamp
    ("TUESDAY, OCTOBER 11, 2011", "Posted 11 / 27 / 2005 7: 21 AM", "8: 24am:", as
    scrapers misfile them) is no title, and the title comes from the text's header;
    a stamp that holds a readable date dates the article when nothing else does."""
    published = raw.get("published") or ""
    title = raw.get("title")
    if title and is_stamp(title):
        stamp, title = date_line(title), None
        if stamp and not parse_date(published):
            return None, stamp, None
    return title, parse_date(published), parse_timestamp(published)


def clean_document(raw: RawDocument, rules: RuleBook | None = None) -> Article | Rejected:
    """One raw document to an Article, or the reason it holds no article."""
    source = _source(raw)
    if isinstance(source, Rejected):
        return source
    rules = rules or default_rules()
    cleaned = clean_text(
        source.text,
        rules,
        title_hint=source.title,
        find_article=not source.extracted,
        extracted=source.extracted,
    )
    if not cleaned.kept and not source.extracted:  # the page's best run was all furniture
        cleaned = clean_text(source.text, rules, title_hint=source.title)
    body = cleaned.body()
    title = source.title or cleaned.title
    if not body.strip():
        if raw.format not in RECORD_FORMATS or not title:
            return Rejected(raw.origin, _no_text_reason(raw))
        body = ""  # a record with a headline and no body: a title-only article
    date, date_source = _publication_date(source.date, cleaned, source.url)
    outlet, outlet_source = _outlet(raw, source, cleaned)
    return Article(
        id=document_id(raw),
        origin=raw.origin,
        format=raw.format,
        encoding=raw.encoding,
        url=source.url,
        outlet=outlet,
        outlet_source=outlet_source,
        title=title,
        title_source="metadata" if source.title else ("header" if cleaned.title else "none"),
        published=date,
        published_source=date_source,
        published_time=source.time if source.date else cleaned.published_time,
        site_name=source.site_name,
        dateline=_dateline(cleaned, date),
        language=detect_language(body),
        body=body,
        removed=tuple(cleaned.removed),
        revision_key=revision_key(raw),
        extra_json=raw.extra_json,
        pipeline=STAGE,
    )


RECORD_FORMATS = frozenset({"jsonl", "rss", "atom"})
"""Containers of records: a record there with a title and no body text is an article
(a feed of headlines is real input); a file with no article text is not."""


def _no_text_reason(raw: RawDocument) -> str:
    if raw.format in RECORD_FORMATS and raw.get("title"):
        return "record has no article text, and its title is a date stamp, not a headline"
    if raw.format in RECORD_FORMATS:
        return "record has no article text and no title"
    return "no article text left after removing furniture"


def _publication_date(
    meta_date: str | None, cleaned: TextClean, url: str | None
) -> tuple[str | None, DateSource]:
    if meta_date:
        return meta_date, "metadata"
    if cleaned.published:
        return cleaned.published, "header"
    if found := url_date(url):
        return found, "url"
    return None, "none"


def _dateline(cleaned: TextClean, published: str | None) -> Dateline | None:
    if cleaned.header_dateline:
        text, place, month, day = cleaned.header_dateline
        return Dateline(text=text, place=place, date=with_inferred_year(month, day, published))
    if not cleaned.kept:
        return None
    return wire_dateline(cleaned.kept[0].text, published)


def _outlet(raw: RawDocument, source: _Source, cleaned: TextClean) -> tuple[str | None, str]:
    dropped = tuple(r.text for r in cleaned.removed)
    return choose_outlet(
        OutletEvidence(
            given=raw.get("outlet"),
            site_name=source.site_name,
            url=source.url,
            title=source.tab_title,
            headline_tail=cleaned.page_outlet,
            masthead=cleaned.masthead,
            marker_lines=dropped + tuple(line.text for line in cleaned.kept[:2]),
            feed_title=raw.get("feed_title"),
            furniture=dropped,
        )
    )
