"""Decoded text to raw documents: sniff the format, split containers into records."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from retold.records import Format, Markup, Origin, RawDocument, Rejected

_NAME_HINTS: dict[str, Format] = {
    ".html": "html",
    ".htm": "html",
    ".xhtml": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".rss": "rss",
    ".atom": "atom",
    ".xml": "rss",
    ".txt": "text",
    ".text": "text",
}
_HTML_TAG = re.compile(r"<(?:!doctype\s+html|html|head|body|article|p|div|h1|meta)\b", re.I)
_FEED_ROOT = re.compile(r"<(rss|feed|rdf:RDF)\b", re.I)
_RECORD_FIELDS = ("url", "outlet", "title", "published")
# Names other dumps give our record fields (news-please, NewsAPI, schema.org, CMS
# exports): read, first found first, only when the record has no field of our own name.
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "id": ("_id", "article_id", "uuid", "guid"),
    "text": ("body", "content", "maintext", "articleBody", "article_text"),
    "html": ("raw_html", "content_html"),
    "title": ("headline",),
    "published": (
        "date",
        "date_publish",
        "publish_date",
        "published_at",
        "publishedAt",
        "datePublished",
        "date_published",
        "pubDate",
        "pub_date",
    ),
    "outlet": ("source", "source_name", "source_domain", "site_name", "publisher"),
    "url": ("link", "uri", "source_url"),
}


def sniff_format(text: str, suffix: str) -> Format:
    """Decide the format from the content; the file name only breaks ties."""
    head = text.lstrip()[:4000]
    root = _FEED_ROOT.search(head)
    if head.startswith("<") and root and not re.match(r"<(!doctype\s+html|html)", head, re.I):
        return "atom" if root.group(1).lower() == "feed" else "rss"
    hinted = _NAME_HINTS.get(suffix.lower())
    if head.startswith(("{", "[")) and _looks_like_json(head):
        return "jsonl"
    if hinted == "jsonl" and _parses_as_json(_first_line(head)):
        return "jsonl"  # a .jsonl file whose first record is not an object ("null", 5)
    if _HTML_TAG.search(head) and head.startswith("<"):
        return "html"
    if hinted == "html" and _HTML_TAG.search(text[:20000]):
        return "html"
    return "text"


def _first_line(text: str) -> str:
    """The first line as JSONL counts lines: up to a line feed, never at the other breaks
    ``str.splitlines`` knows (U+0085, U+2028), which a JSON string may hold raw."""
    return text.split("\n", 1)[0].rstrip("\r")


def _looks_like_json(head: str) -> bool:
    first = _first_line(head).strip()
    if first in ("[", "{") or _parses_as_json(first):
        return True
    return first.startswith("[{") or first.startswith('{"')


def _parses_as_json(line: str) -> bool:
    try:
        json.loads(line)
    except (ValueError, RecursionError):
        return False
    return True


def split_documents(
    text: str, path: str, fmt: Format, encoding: str
) -> Iterator[RawDocument | Rejected]:
    """Yield one RawDocument per article in ``text`` (or a Rejected per bad record)."""
    if fmt == "jsonl":
        yield from _split_json(text, path, encoding)
    elif fmt in ("rss", "atom"):
        yield from _split_feed(text, path, fmt, encoding)
    else:
        markup: Markup = "html" if fmt == "html" else "text"
        yield RawDocument(Origin(path), fmt, text, markup, encoding)


def _split_json(text: str, path: str, encoding: str) -> Iterator[RawDocument | Rejected]:
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            items = json.loads(stripped)
        except (ValueError, RecursionError) as exc:
            yield Rejected(Origin(path), f"malformed JSON array: {_json_problem(exc)}")
            return
        if not isinstance(items, list) or not items:
            yield Rejected(Origin(path), "JSON file is not a non-empty array of article objects")
            return
        for n, item in enumerate(items, 1):
            yield from_record(item, path, f"item-{n}", encoding)
        return
    for n, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except (ValueError, RecursionError) as exc:
            problem = _json_problem(exc)
            yield Rejected(Origin(path, f"line-{n}"), f"malformed JSONL line {n}: {problem}")
            continue
        yield from_record(item, path, f"line-{n}", encoding)


def _json_problem(exc: ValueError | RecursionError) -> str:
    return "nested too deeply" if isinstance(exc, RecursionError) else str(exc)


def from_record(item: Any, path: str, fallback_id: str, encoding: str) -> RawDocument | Rejected:
    if not isinstance(item, dict):
        return Rejected(Origin(path, fallback_id), "JSONL record is not an object")
    item, read = _own_names(item)
    record_id = str(item["id"]) if item.get("id") not in (None, "") else fallback_id
    origin = Origin(path, record_id)
    html, text = item.get("html"), item.get("text")
    markup: Markup
    if isinstance(text, str) and text.strip():
        content, markup = text, "text"
    elif isinstance(html, str) and html.strip():
        content, markup = html, "html"
    elif _has_title(item.get("title")):
        content, markup = "", "text"  # a headline alone is an article with an empty body
    else:
        return Rejected(origin, "record has no 'text', 'html' or 'title': nothing to ingest")
    meta = tuple((k, str(item[k])) for k in _RECORD_FIELDS if item.get(k) not in (None, ""))
    ours = (*_RECORD_FIELDS, "id", "text", "html", *read)
    extra = {k: v for k, v in item.items() if k not in ours}
    return RawDocument(
        origin,
        "jsonl",
        content.replace("\r\n", "\n"),
        markup,
        encoding,
        meta,
        json.dumps(extra, ensure_ascii=False, sort_keys=True),
    )


def _own_names(item: dict[str, Any]) -> tuple[dict[str, Any], set[str]]:
    """``item`` with each of our fields it lacks filled from its first alias present (an
    object such as NewsAPI's ``"source": {"name": …}`` gives its name), and the alias
    keys so read."""
    out, read = dict(item), set()
    for field, aliases in FIELD_ALIASES.items():
        if item.get(field) not in (None, ""):
            continue
        for alias in aliases:
            value = item.get(alias)
            if isinstance(value, dict):
                value = value.get("name")
            if isinstance(value, str | int | float) and str(value).strip():
                out[field] = value
                read.add(alias)
                break
    return out, read


def _has_title(title: Any) -> bool:
    return isinstance(title, str) and bool(title.strip())


def _split_feed(
    text: str, path: str, fmt: Format, encoding: str
) -> Iterator[RawDocument | Rejected]:
    parsed = feedparser.parse(text, sanitize_html=False, resolve_relative_uris=False)
    entries = parsed.get("entries", [])
    problem = parsed.get("bozo_exception") if parsed.get("bozo") else None
    if problem is not None and (not entries or _truncated(text, fmt)):
        # A cut-off feed's last item is cut off too: keep none rather than a torso.
        yield Rejected(Origin(path), f"malformed feed: {problem}")
        return
    if not entries:
        yield Rejected(Origin(path), "feed has no items")
        return
    feed = parsed.get("feed", {})
    for n, entry in enumerate(entries, 1):
        yield _feed_item(entry, feed, path, fmt, encoding, n)


def _truncated(text: str, fmt: Format) -> bool:
    """Whether a feed stops before its root element is closed."""
    tail = text.rstrip()[-200:].lower()
    closing = ("</feed>",) if fmt == "atom" else ("</rss>", "</rdf:rdf>", "</channel>")
    return not any(tag in tail for tag in closing)


def _feed_item(
    entry: Any, feed: Any, path: str, fmt: Format, encoding: str, n: int
) -> RawDocument | Rejected:
    record_id = entry.get("id") or entry.get("guid") or f"item-{n}"
    origin = Origin(path, str(record_id))
    contents = entry.get("content") or []
    body = next((c.get("value", "") for c in contents if c.get("value", "").strip()), "")
    body = body or entry.get("summary", "")
    if not body.strip() and not _has_title(entry.get("title")):
        return Rejected(origin, "feed item has no content, description or title: nothing to ingest")
    body = body if body.strip() else ""  # a headline alone is an article with an empty body
    meta = [
        ("url", entry.get("link")),
        ("title", entry.get("title")),
        ("published", entry.get("published") or entry.get("updated")),
        ("feed_title", feed.get("title")),
        ("feed_link", feed.get("link")),
    ]
    extra = {"summary": entry.get("summary")} if contents and entry.get("summary") else {}
    if entry.get("updated"):
        extra["updated"] = entry.get("updated")
    markup: Markup = "html" if "<" in body and ">" in body else "text"
    return RawDocument(
        origin,
        fmt,
        body,
        markup,
        encoding,
        tuple((k, str(v)) for k, v in meta if v),
        json.dumps(extra, ensure_ascii=False, sort_keys=True),
    )
