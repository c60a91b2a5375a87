"""Ingest: formats sniffed from content, record ids, encodings, and rejections with reasons."""

from __future__ import annotations

import gzip
import json
import random
from pathlib import Path

import pytest

from helpers import WriteFile
from retold.ingest import read_all, read_bytes, read_path
from retold.records import RawDocument, Rejected

LIMIT = 10_000_000


def read(path: Path, max_bytes: int = LIMIT) -> list[RawDocument | Rejected]:
    return list(read_path(path, max_bytes))


def docs(items: list[RawDocument | Rejected]) -> list[RawDocument]:
    assert all(isinstance(i, RawDocument) for i in items), items
    return [i for i in items if isinstance(i, RawDocument)]


def only_rejection(items: list[RawDocument | Rejected]) -> Rejected:
    assert len(items) == 1 and isinstance(items[0], Rejected), items
    return items[0]


# -- formats ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("fixture", "name", "fmt", "markup"),
    [
        ("ferry.txt", "story.txt", "text", "text"),
        ("bulletin", "bulletin", "text", "text"),  # no extension
        ("page.html", "page.html", "html", "html"),
        ("page.html", "page.htm", "html", "html"),
        ("page.html", "page.txt", "html", "html"),  # the content decides, not the name
        ("page.html", "page", "html", "html"),
        ("ferry.txt", "story.html", "text", "text"),
        ("feed.rss", "feed.xml", "rss", "html"),
        ("feed.rss", "feed.txt", "rss", "html"),
        ("feed.atom", "feed.atom", "atom", "html"),
        ("feed.atom", "updates", "atom", "html"),
        ("records.jsonl", "records.jsonl", "jsonl", "text"),
        ("records.jsonl", "records.txt", "jsonl", "text"),
    ],
)
def test_format_from_content(
    fixtures_dir: Path, write_file: WriteFile, fixture: str, name: str, fmt: str, markup: str
) -> None:
    path = write_file(name, (fixtures_dir / fixture).read_bytes())
    first = docs(read(path))[0]
    assert (first.format, first.markup) == (fmt, markup)
    assert first.origin.path == str(path)


def test_text_document_is_the_whole_file(fixtures_dir: Path) -> None:
    path = fixtures_dir / "ferry.txt"
    [doc] = docs(read(path))
    assert doc.content == path.read_text(encoding="utf-8")
    assert doc.origin.record is None and doc.encoding == "utf-8"


def test_jsonl_records(fixtures_dir: Path) -> None:
    first, second, third = docs(read(fixtures_dir / "records.jsonl"))
    assert [d.origin.record for d in (first, second, third)] == ["rec-1", "line-2", "42"]
    assert (first.markup, second.markup, third.markup) == ("text", "html", "text")
    assert first.content.startswith("Apple growers in the Green Valley")
    assert "\n\n" in first.content
    assert second.content.startswith("<html>")
    assert dict(first.meta) == {
        "url": "https://valley-post.example/orchard",
        "outlet": "Valley Post",
        "title": "Orchard harvest breaks record",
        "published": "2024-09-14",
    }
    assert json.loads(first.extra_json) == {"section": "Farming", "tags": ["apples", "harvest"]}
    assert json.loads(second.extra_json) == {}
    assert first.get("title") == "Orchard harvest breaks record"
    assert second.get("title") is None


def test_jsonl_fields_other_dumps_name_otherwise(write_file: WriteFile) -> None:
    records = [
        {  # NewsAPI-like
            "source": {"id": None, "name": "Valley Post"},
            "headline": "Orchard harvest breaks record",
            "publishedAt": "2024-09-14T08:00:00Z",
            "content": "Apple growers in the Green Valley picked more than ever.",
            "link": "https://valley-post.example/orchard",
        },
        {  # our own names win over an alias in the same record
            "_id": "x7",
            "text": "Our body.",
            "body": "Their body.",
            "date": "2024-09-15",
            "published": "2024-09-16",
        },
    ]
    lines = "\n".join(json.dumps(r) for r in records)
    first, second = docs(read(write_file("dump.jsonl", lines)))
    assert dict(first.meta) == {
        "url": "https://valley-post.example/orchard",
        "outlet": "Valley Post",
        "title": "Orchard harvest breaks record",
        "published": "2024-09-14T08:00:00Z",
    }
    assert first.content.startswith("Apple growers")
    assert json.loads(first.extra_json) == {}
    assert second.origin.record == "x7"
    assert second.content == "Our body."
    assert dict(second.meta) == {"published": "2024-09-16"}
    assert json.loads(second.extra_json) == {"body": "Their body.", "date": "2024-09-15"}


def test_json_array_items(write_file: WriteFile) -> None:
    items = [{"text": "First story text here."}, {"id": "b", "html": "<p>Second story.</p>"}]
    [a, b] = docs(read(write_file("items.json", json.dumps(items, indent=2))))
    assert (a.origin.record, b.origin.record) == ("item-1", "b")
    assert (a.markup, b.markup) == ("text", "html")


def test_rss_prefers_content_encoded(fixtures_dir: Path) -> None:
    tram, beach = docs(read(fixtures_dir / "feed.rss"))
    assert tram.origin.record == "nh-tram-2024"  # the guid
    assert beach.origin.record == "item-2"  # no guid: position
    assert "Northshore tram line" in tram.content
    assert "teaser" not in tram.content
    assert json.loads(tram.extra_json)["summary"] == "Short teaser about the tram."
    assert beach.content.startswith("Hundreds of volunteers")  # description when no content
    assert tram.get("url") == "https://northshore-herald.example/tram"
    assert tram.get("title") == "Tram line extension approved"
    assert tram.get("feed_title") == "Northshore Herald - Latest"
    assert "04 Jun 2024" in (tram.get("published") or "")


def test_atom_entry(fixtures_dir: Path) -> None:
    [entry] = docs(read(fixtures_dir / "feed.atom"))
    assert entry.format == "atom"
    assert entry.origin.record == "urn:uuid:upland-echo-rescue"
    assert "mountain rescue team" in entry.content
    assert entry.get("url") == "https://upland-echo.example/rescue"
    assert entry.get("feed_title") == "Upland Echo"


def test_gzip_of_text(fixtures_dir: Path, write_file: WriteFile) -> None:
    raw = (fixtures_dir / "ferry.txt").read_bytes()
    [doc] = docs(read(write_file("story.txt.gz", gzip.compress(raw))))
    assert doc.format == "text"
    assert doc.content == raw.decode("utf-8")


@pytest.mark.parametrize("name", ["news.txt", "archive.gz", "feed.json.gz", "download"])
def test_gzipped_feed_with_misleading_name(
    fixtures_dir: Path, write_file: WriteFile, name: str
) -> None:
    data = gzip.compress((fixtures_dir / "feed.rss").read_bytes())
    found = docs(read(write_file(name, data)))
    assert [d.format for d in found] == ["rss", "rss"]
    assert found[0].origin.record == "nh-tram-2024"


def test_walk_folder_skips_hidden_and_databases(fixtures_dir: Path, write_file: WriteFile) -> None:
    root = write_file("in/a.txt", (fixtures_dir / "ferry.txt").read_bytes()).parent
    write_file("in/sub/b", (fixtures_dir / "bulletin").read_bytes())
    write_file("in/.hidden.txt", "Hidden text that must not be read at all.")
    write_file("in/.git/config", "[core]")
    write_file("in/store.db", b"SQLite format 3\x00")
    found = docs(list(read_all([root], LIMIT)))
    assert [Path(d.origin.path).name for d in found] == ["a.txt", "b"]  # stable order


# -- encodings -------------------------------------------------------------------------

CAFE = (
    "The café in Lakeport reopened on Sunday, and the owner said the crème brûlée was back "
    "on the menu. Señora Núñez, who has run the café for twenty years, thanked her customers.\n"
)
BUDGET = (
    "The council said the “new” budget would cost €4 million – more than expected – and "
    "that the mayor’s office would publish the figures on Friday.\n"
)
CYRILLIC = (
    "Городской совет Озёрска в понедельник утвердил строительство нового моста через реку. "
    "Работы начнутся весной и продлятся два года, сообщили в администрации города.\n"
)


@pytest.mark.parametrize(
    ("data", "text"),
    [
        pytest.param(b"\xef\xbb\xbf" + CAFE.encode(), CAFE, id="utf-8-bom"),
        pytest.param(CAFE.replace("\n", "\r\n").encode() * 2, CAFE * 2, id="crlf"),
        pytest.param(CAFE.replace("\n", "\r").encode(), CAFE, id="cr"),
        pytest.param(CAFE.encode("latin-1"), CAFE, id="latin-1"),
        pytest.param(BUDGET.encode("cp1252"), BUDGET, id="windows-1252"),
        pytest.param(CYRILLIC.encode("cp1251"), CYRILLIC, id="windows-1251"),
        pytest.param(CYRILLIC.encode("utf-8"), CYRILLIC, id="utf-8-cyrillic"),
        pytest.param(CAFE.encode("utf-16"), CAFE, id="utf-16-bom"),
    ],
)
def test_encodings(write_file: WriteFile, data: bytes, text: str) -> None:
    [doc] = docs(read(write_file("story.txt", data)))
    assert doc.content == text
    assert "\r" not in doc.content and "\ufeff" not in doc.content


def test_encoding_inside_gzip_and_jsonl_crlf(write_file: WriteFile) -> None:
    record = json.dumps({"id": "x", "text": BUDGET.strip()}, ensure_ascii=False)
    data = gzip.compress((record + "\r\n" + record.replace('"x"', '"y"') + "\r\n").encode("utf-8"))
    found = docs(read(write_file("records.jsonl.gz", data)))
    assert [d.origin.record for d in found] == ["x", "y"]
    assert all(d.content == BUDGET.strip() for d in found)


# -- rejections --------------------------------------------------------------------------


def _junk(seed: int, size: int) -> bytes:
    rng = random.Random(seed)
    return bytes(rng.randrange(256) for _ in range(size))


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        pytest.param(b"", "empty", id="empty"),
        pytest.param(b"  \n\t \r\n  ", "whitespace", id="whitespace-only"),
        pytest.param(b"\xef\xbb\xbf  \n", "whitespace", id="bom-and-whitespace"),
        pytest.param(b"\x89PNG\r\n\x1a\n" + _junk(1, 4000), "PNG", id="png"),
        pytest.param(b"%PDF-1.7\n" + _junk(2, 2000), "PDF", id="pdf"),
        pytest.param(b"hello\x00world " * 40, "NUL", id="nul-bytes"),
        pytest.param(_junk(3, 4000).replace(b"\x00", b"\x01"), "", id="random-junk"),
        pytest.param(b"\x1f\x8b\x08garbage", "gzip", id="corrupt-gzip"),
    ],
)
def test_rejected_bytes(write_file: WriteFile, data: bytes, reason: str) -> None:
    path = write_file("bad.txt", data)
    rejected = only_rejection(read(path))
    assert rejected.origin.path == str(path)
    assert rejected.reason
    assert reason.lower() in rejected.reason.lower()


def test_oversized_file(fixtures_dir: Path) -> None:
    path = fixtures_dir / "ferry.txt"
    rejected = only_rejection(read(path, max_bytes=100))
    assert rejected.origin.path == str(path)
    assert "too large" in rejected.reason and "100" in rejected.reason
    assert docs(read(path, max_bytes=path.stat().st_size))  # exactly the limit is fine


def test_gzip_bomb_limit(write_file: WriteFile) -> None:
    path = write_file("big.txt.gz", gzip.compress(b"word " * 10_000))
    rejected = only_rejection(read(path, max_bytes=5_000))
    assert "exceeds" in rejected.reason


def test_malformed_jsonl_line_rest_still_read(write_file: WriteFile) -> None:
    lines = [
        json.dumps({"id": "a", "text": "The first record reads fine."}),
        '{"id": "b", "text": broken',
        json.dumps({"id": "c", "text": "The third record reads fine too."}),
        "[1, 2]",
        json.dumps({"id": "d", "url": "https://example.test/d", "outlet": "Nowhere Times"}),
        "",
    ]
    path = write_file("mixed.jsonl", "\n".join(lines))
    items = read(path)
    outcome = [(i.origin.record, type(i).__name__) for i in items]
    assert outcome == [
        ("a", "RawDocument"),
        ("line-2", "Rejected"),
        ("c", "RawDocument"),
        ("line-4", "Rejected"),
        ("d", "Rejected"),
    ]
    bad = [i for i in items if isinstance(i, Rejected)]
    assert "malformed JSONL line 2" in bad[0].reason
    assert all(r.origin.path == str(path) for r in bad)
    assert bad[2].reason == "record has no 'text', 'html' or 'title': nothing to ingest"


@pytest.mark.parametrize(
    ("feed", "reason"),
    [
        pytest.param(
            '<rss version="2.0"><channel><title>Broken</title></chanel></rss>',
            "malformed feed",
            id="mismatched-tag",
        ),
        pytest.param(
            '<rss version="2.0"><channel><title>Broken</title><<<>>>',
            "malformed feed",
            id="garbage",
        ),
        pytest.param(
            '<rss version="2.0"><channel><title>Empty</title></channel></rss>',
            "no items",
            id="no-items",
        ),
    ],
)
def test_malformed_feed(write_file: WriteFile, feed: str, reason: str) -> None:
    path = write_file("feed.xml", feed)
    rejected = only_rejection(read(path))
    assert rejected.origin.path == str(path)
    assert reason in rejected.reason


def test_missing_path(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere" / "story.txt"
    [rejected] = list(read_all([missing], LIMIT))
    assert isinstance(rejected, Rejected)
    assert rejected.origin.path == str(missing)
    assert "no such file" in rejected.reason


def test_read_bytes_names_origin() -> None:
    [doc] = list(read_bytes(b"Plain words in a file, nothing more.", "mem/story", LIMIT))
    assert isinstance(doc, RawDocument) and doc.origin.path == "mem/story"
