"""Properties every parser keeps on any input: decode, gzip, the ingest formats (text,
HTML, JSONL, RSS/Atom), dates and the quote finder never raise on input they were not
written for, and read back what a well-formed input says.  Example counts are modest so
the file runs in seconds; ``reliability/`` runs the large hostile corpus."""

from __future__ import annotations

import gzip
import json
from datetime import date, datetime
from xml.sax.saxutils import escape

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from retold.analyze.marks import merge_paragraphs, paragraph_quotes
from retold.clean import clean_document
from retold.clean.dates import find_date, parse_date, parse_timestamp
from retold.clean.html import extract_html
from retold.ingest import read_bytes
from retold.ingest.decode import DecodeFailure, decode_bytes, gunzip_if_needed
from retold.records import Article, Origin, RawDocument, Rejected

FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
LIMIT = 1_000_000
SUFFIXES = st.sampled_from(["txt", "html", "jsonl", "json", "rss", "atom", "xml", "gz", ""])
# printable text: letters, digits, punctuation and spaces of any script, no control characters
PRINTABLE = st.characters(
    blacklist_categories=("Cc", "Cs", "Co", "Cn"), blacklist_characters="\ufeff"
)
WORDS = st.text(st.characters(whitelist_categories=("L", "Nd")), min_size=1, max_size=12)
PROSE = st.lists(WORDS, min_size=1, max_size=30).map(" ".join)


def outcomes(data: bytes, name: str) -> list[RawDocument | Rejected]:
    found = list(read_bytes(data, name, LIMIT))
    assert found, "every input has an outcome"
    for item in found:
        assert item.origin.path == name
        if isinstance(item, Rejected):
            assert item.reason.strip()
    return found


# -- bytes ------------------------------------------------------------------------------------


@FAST
@given(data=st.binary(max_size=3000))
def test_decode_any_bytes_is_text_or_a_reason(data: bytes) -> None:
    try:
        decoded = decode_bytes(data)
    except DecodeFailure as exc:
        assert str(exc)
        return
    assert "\r" not in decoded.text and decoded.text.strip()


@FAST
@given(text=st.text(PRINTABLE | st.sampled_from("\n\r\t "), max_size=2000))
def test_utf8_text_decodes_to_itself(text: str) -> None:
    if not text.strip():
        with pytest.raises(DecodeFailure):
            decode_bytes(text.encode())
        return
    assert decode_bytes(text.encode()).text == text.replace("\r\n", "\n").replace("\r", "\n")


@FAST
@given(data=st.binary(max_size=5000), limit=st.integers(0, 6000))
def test_gzip_round_trip_within_the_limit(data: bytes, limit: int) -> None:
    packed = gzip.compress(data)
    if len(data) <= limit:
        assert gunzip_if_needed(packed, limit) == (data, True)
        assert gunzip_if_needed(packed + gzip.compress(data), 2 * limit) == (data + data, True)
    else:
        with pytest.raises(DecodeFailure, match="exceeds"):
            gunzip_if_needed(packed, limit)


@FAST
@given(data=st.binary(max_size=500), cut=st.integers(0, 600))
def test_broken_gzip_is_a_reason(data: bytes, cut: int) -> None:
    packed = gzip.compress(data)
    for broken in (b"\x1f\x8b" + data, packed[:cut], packed + b"junk"):
        try:
            _, was_gzip = gunzip_if_needed(broken, LIMIT)
        except DecodeFailure as exc:
            assert "gzip" in str(exc)
        else:
            assert was_gzip == broken.startswith(b"\x1f\x8b")


@FAST
@given(data=st.binary(max_size=3000), suffix=SUFFIXES)
def test_any_file_is_ingested_or_rejected(data: bytes, suffix: str) -> None:
    outcomes(data, f"in/file.{suffix}")


# -- formats ------------------------------------------------------------------------------------

SCALARS = (
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40)
)
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
RECORDS = st.fixed_dictionaries(
    {},
    optional={
        k: JSON_VALUES for k in ("id", "url", "outlet", "title", "published", "text", "html")
    },
)


@FAST
@given(records=st.lists(RECORDS | SCALARS, min_size=1, max_size=8))
def test_jsonl_one_outcome_per_line(records: list[object]) -> None:
    lines = [json.dumps(r, ensure_ascii=False) for r in records]
    found = outcomes("\n".join(lines).encode(), "in/records.jsonl")
    assert len(found) == len(lines)
    for record, item in zip(records, found, strict=True):
        text = record.get("text") if isinstance(record, dict) else None
        if isinstance(text, str) and text.strip():
            assert isinstance(item, RawDocument) and item.content == text.replace("\r\n", "\n")
        if not isinstance(record, dict):
            assert isinstance(item, Rejected)


@pytest.mark.parametrize("scalar", ["\x85", "a\u2028b"])
def test_jsonl_scalar_with_a_unicode_line_break_is_one_record(scalar: str) -> None:
    """A JSON string may hold U+0085 or U+2028 raw: JSONL lines end at line feeds only
    (hypothesis found '"\\x85"' read as plain text)."""
    found = outcomes(json.dumps(scalar, ensure_ascii=False).encode(), "in/records.jsonl")
    assert len(found) == 1 and isinstance(found[0], Rejected)


FEED_TEXT = st.lists(
    st.text(st.characters(whitelist_categories=("L", "Nd")), min_size=1, max_size=10),
    min_size=1,
    max_size=12,
).map(" ".join)


@FAST
@given(
    items=st.lists(st.tuples(FEED_TEXT, PROSE | st.just("")), min_size=1, max_size=5),
    atom=st.booleans(),
)
def test_feed_items_become_documents(items: list[tuple[str, str]], atom: bool) -> None:
    if atom:
        entries = "".join(
            f"<entry><id>e{n}</id><title>{escape(t)}</title><summary>{escape(b)}</summary></entry>"
            for n, (t, b) in enumerate(items)
        )
        feed = f'<feed xmlns="http://www.w3.org/2005/Atom"><title>F</title>{entries}</feed>'
    else:
        entries = "".join(
            f"<item><guid>g{n}</guid><title>{escape(t)}</title><description>{escape(b)}</description></item>"
            for n, (t, b) in enumerate(items)
        )
        feed = f'<rss version="2.0"><channel><title>F</title>{entries}</channel></rss>'
    found = outcomes(feed.encode(), "in/feed.xml")
    titles = [as_read(t) for t, _ in items]
    assert [d.get("title") for d in found if isinstance(d, RawDocument)] == titles
    for document, (_, body) in zip(found, items, strict=True):
        assert isinstance(document, RawDocument)
        assert document.content.split() == as_read(body).split()


def as_read(text: str) -> str:
    """``text`` as feedparser gives it back from a UTF-8 feed: a value that is wholly
    UTF-8 read as ISO-8859-1 ("Ã©" for "é", "Âª" for "ª") is repaired."""
    try:
        return text.encode("iso-8859-1").decode("utf-8")
    except UnicodeError:
        return text


HTML_BITS = st.sampled_from(
    [
        "<p>",
        "</p>",
        "<div>",
        "</div>",
        "<h1>",
        "</h1>",
        "<title>",
        "</title>",
        "<script>",
        "<!--",
        "-->",
        "<br>",
        "&amp;",
        "&#x0;",
        "&nosuch;",
        "<article>",
        "<![CDATA[",
        "<",
        ">",
    ]
)


@FAST
@given(pieces=st.lists(HTML_BITS | PROSE, min_size=1, max_size=40))
def test_any_html_cleans_to_an_article_or_a_reason(pieces: list[str]) -> None:
    page = "<html><body>" + " ".join(pieces)
    extract = extract_html(page)
    assert extract is None or isinstance(extract.text, str)
    raw = RawDocument(read_origin("page.html"), "html", page, "html", "utf-8")
    result = clean_document(raw)
    assert isinstance(result, Article | Rejected)


@FAST
@given(lines=st.lists(PROSE | st.text(PRINTABLE, max_size=80), min_size=1, max_size=20))
def test_text_body_comes_from_the_input(lines: list[str]) -> None:
    content = "\n\n".join(lines)
    result = clean_document(RawDocument(read_origin("story.txt"), "text", content, "text", "utf-8"))
    if isinstance(result, Rejected):
        assert result.reason
        return
    flat = " ".join(content.split())
    for paragraph in result.body.split("\n\n"):
        assert " ".join(paragraph.split()) in flat


def read_origin(name: str) -> Origin:
    return Origin(f"in/{name}")


# -- dates --------------------------------------------------------------------------------------


@FAST
@given(text=st.text(max_size=200))
def test_any_text_has_no_date_or_a_real_one(text: str) -> None:
    found = find_date(text)
    if found is not None:
        date.fromisoformat(found.iso)
        assert 0 <= found.start < found.end <= len(text)
    stamp = parse_timestamp(text)
    if stamp is not None:
        datetime.fromisoformat(stamp)


def written(day: date) -> tuple[str, ...]:
    year = f"{day.year:04d}"
    return (day.isoformat(), f"{day:%B} {day.day}, {year}", f"{day.day} {day:%B} {year}")


@FAST
@given(day=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_written_dates_read_back(day: date) -> None:
    for text in written(day):
        assert parse_date(text) == day.isoformat(), text
        assert parse_date(f"Posted {text} 10:30 GMT") == day.isoformat(), text


@FAST
@given(
    day=st.dates(min_value=date(1, 1, 1), max_value=date(1899, 12, 31))
    | st.dates(min_value=date(2100, 1, 1))
)
def test_dates_outside_the_news_years_are_not_read(day: date) -> None:
    """Year 1 to 1899 and 2100 to 9999 (year 0 does not exist): no date, rather than a
    wrong one."""
    for text in (*written(day), day.isoformat().replace(f"{day.year:04d}", "0000")):
        assert parse_date(text) is None, text


# -- the quote finder ----------------------------------------------------------------------------

QUOTE_CHARS = st.sampled_from(list("“”„«»\"'‘’")) | PRINTABLE


@FAST
@given(text=st.text(QUOTE_CHARS | st.just(" "), max_size=300), offset=st.integers(0, 50))
def test_quote_spans_stay_inside_their_paragraph(text: str, offset: int) -> None:
    spans = paragraph_quotes(text, offset, 0)
    for span in spans:
        assert offset <= span.open < span.start <= span.end <= offset + len(text)
        assert span.close is None or span.end <= span.close < offset + len(text)
    merged = merge_paragraphs(
        [spans, paragraph_quotes(text, offset + len(text) + 2, 1)],
        [offset, offset + len(text) + 2],
        " " * offset + text + "\n\n" + text,
    )
    assert sorted(merged, key=lambda s: s.open) == merged


@FAST
@given(before=PROSE, quoted=PROSE, after=PROSE)
def test_a_closed_quote_is_found_whole(before: str, quoted: str, after: str) -> None:
    text = f"{before} “{quoted}” {after}"
    [span] = paragraph_quotes(text, 0, 0)
    assert text[span.start : span.end] == quoted and span.close is not None
