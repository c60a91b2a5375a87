"""A seeded corpus of hostile inputs for ``retold analyze``: every file is something a
folder of "articles" may hold by accident or by malice.

Kinds (each a function of a seeded random generator, written as one file):

* binary: random bytes, binary formats' signatures, NUL-laden text;
* encodings: truncated UTF-8, mixed UTF-8 and code-page bytes, UTF-16 without a BOM,
  invalid bytes after a BOM;
* size: one very long line (``--full``: 100 MB, over the default size limit, and
  49 MB, under it), gzip bombs (``--full``: 2 GB of zeros), gzip in gzip, cut gzip;
* structure: 10,000-deep nested HTML, unclosed tags, billion-laughs and external-entity
  RSS/Atom feeds, JSONL with wrong types, JSON that nests 100,000 deep;
* content: dates in year 0 and 9999, 100,000-character titles, control characters,
  bidirectional marks, quotes that never close, empty and whitespace-only files;
* mutations: real-looking articles (text, HTML, JSONL, RSS) with random bytes flipped,
  cut at random points, or spliced together: the bulk of the corpus.

    python reliability/hostile.py --out /tmp/hostile --count 10000 [--full]
"""

from __future__ import annotations

import argparse
import codecs
import gzip
import json
import random
import zlib
from collections.abc import Callable
from pathlib import Path

Maker = Callable[[random.Random, bool], tuple[str, bytes]]

WORDS = [
    "council",
    "minister",
    "said",
    "budget",
    "harbour",
    "river",
    "police",
    "storm",
    "vote",
    "strike",
    "school",
    "hospital",
    "report",
    "week",
    "spokeswoman",
    "announced",
    "residents",
    "road",
    "closed",
    "after",
    "Monday",
    "officials",
    "the",
    "a",
    "of",
    "to",
    "in",
    "and",
    "on",
    "for",
    "with",
    "was",
    "were",
    "would",
    "about",
    "more",
    "than",
]
NAMES = ("Jane Roe", "Amara Okafor", "Søren Kierkegaard", "Zoë Ñúñez", "Владимир Петров")


def sentence(rng: random.Random, words: int = 14) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def paragraphs(rng: random.Random, n: int = 5) -> list[str]:
    return [" ".join(sentence(rng) for _ in range(rng.randint(2, 4))) for _ in range(n)]


def article_text(rng: random.Random) -> str:
    name = rng.choice(NAMES)
    quote = f"“{sentence(rng, 9)}” {name} said."
    return "\n\n".join([sentence(rng, 7).rstrip("."), f"By {name}", *paragraphs(rng), quote])


def article_html(rng: random.Random, title: str | None = None, date: str = "2024-05-01") -> str:
    title = title or sentence(rng, 7)
    body = "".join(f"<p>{p}</p>" for p in paragraphs(rng))
    return (
        f"<!doctype html><html><head><title>{title}</title>"
        f'<meta property="article:published_time" content="{date}">'
        f"</head><body><article><h1>{title}</h1>{body}</article></body></html>"
    )


def article_record(rng: random.Random, **fields: object) -> str:
    record: dict[str, object] = {
        "id": f"r{rng.randrange(10**9)}",
        "url": f"https://hostile.example/{rng.randrange(10**9)}",
        "outlet": "Hostile Herald",
        "title": sentence(rng, 7),
        "published": "2024-05-01",
        "text": "\n\n".join(paragraphs(rng)),
    }
    record.update(fields)
    return json.dumps(record, ensure_ascii=False)


def rss(items: str, prolog: str = "") -> str:
    return (
        f'<?xml version="1.0"?>{prolog}<rss version="2.0"><channel><title>Hostile</title>'
        f"<link>https://hostile.example/</link>{items}</channel></rss>"
    )


def rss_item(rng: random.Random, title: str | None = None, date: str | None = None) -> str:
    date = date or "Wed, 01 May 2024 10:00:00 GMT"
    return (
        f"<item><title>{title or sentence(rng, 6)}</title><guid>g{rng.randrange(10**9)}</guid>"
        f"<pubDate>{date}</pubDate><description>{' '.join(paragraphs(rng, 2))}</description>"
        "</item>"
    )


# -- binary and encodings ------------------------------------------------------------------


def binary(rng: random.Random, full: bool) -> tuple[str, bytes]:
    size = rng.choice((1, 17, 512, 4096, 65536))
    head = rng.choice((b"", b"\x89PNG\r\n\x1a\n", b"%PDF-1.7\n", b"PK\x03\x04", b"\x7fELF"))
    return rng.choice(("bin", "txt", "html", "jsonl", "")), head + rng.randbytes(size)


def nul_text(rng: random.Random, full: bool) -> tuple[str, bytes]:
    text = article_text(rng).encode()
    cut = rng.randrange(len(text))
    return "txt", text[:cut] + b"\x00" * rng.randint(1, 50) + text[cut:]


def truncated_utf8(rng: random.Random, full: bool) -> tuple[str, bytes]:
    text = (article_text(rng) + " Ωμέγα 東京 Привет ✓ 🎉").encode()
    cut = len(text) - rng.randint(1, 3)  # inside the last multi-byte character
    return rng.choice(("txt", "html", "jsonl")), text[:cut]


def mixed_encodings(rng: random.Random, full: bool) -> tuple[str, bytes]:
    parts = []
    for _ in range(rng.randint(2, 6)):
        codec = rng.choice(("utf-8", "cp1252", "cp1251", "latin-1", "koi8_r", "shift_jis"))
        text = rng.choice(("Café Noël à Genève. ", "Привет, мир. ", "東京で会見。", "Straße. "))
        parts.append((text * rng.randint(1, 20)).encode(codec, "replace"))
    return "txt", b"\n\n".join(parts)


def bad_bom(rng: random.Random, full: bool) -> tuple[str, bytes]:
    bom = rng.choice((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))
    odd = b"\xff" if bom == codecs.BOM_UTF8 else b"\x00\xd8A"  # bad byte / lone surrogate
    return "txt", bom + article_text(rng).encode("utf-8") + odd


def utf16_no_bom(rng: random.Random, full: bool) -> tuple[str, bytes]:
    return "txt", article_text(rng).encode(rng.choice(("utf-16-le", "utf-16-be")))


# -- size ------------------------------------------------------------------------------------


def long_line(megabytes: int) -> Maker:
    def make(rng: random.Random, full: bool) -> tuple[str, bytes]:
        unit = (" ".join(sentence(rng) for _ in range(40)) + " ").encode()
        size = megabytes * 1_000_000 if full else 2_000_000
        return "txt", (unit * (size // len(unit) + 1))[:size]

    return make


def gzip_bomb(rng: random.Random, full: bool) -> tuple[str, bytes]:
    """Zeros (or one repeated word) that expand to 2 GB (``full``) or 60 MB."""
    total = 2_000_000_000 if full else 60_000_000  # over the default 50 MB limit
    chunk = rng.choice((b"\x00", b"word ")) * 1_000_000
    deflate = zlib.compressobj(9, zlib.DEFLATED, 31)  # 31: a gzip header and trailer
    parts = [deflate.compress(chunk) for _ in range(total // len(chunk))]
    return rng.choice(("txt.gz", "gz", "jsonl.gz", "txt")), b"".join(parts) + deflate.flush()


def gzip_tricks(rng: random.Random, full: bool) -> tuple[str, bytes]:
    inner = article_text(rng).encode()
    trick = rng.choice(("nested", "cut", "concatenated", "trailing-junk"))
    if trick == "nested":
        return "txt.gz", gzip.compress(gzip.compress(inner))
    if trick == "cut":
        data = gzip.compress(inner)
        return "txt.gz", data[: rng.randrange(2, len(data))]
    if trick == "concatenated":
        return "txt.gz", gzip.compress(inner) + gzip.compress(inner)
    return "txt.gz", gzip.compress(inner) + rng.randbytes(rng.randint(1, 64))


# -- structure -------------------------------------------------------------------------------


def deep_html(rng: random.Random, full: bool) -> tuple[str, bytes]:
    depth = 10_000
    tag = rng.choice(("div", "span", "b", "p", "table"))
    text = " ".join(paragraphs(rng, 2))
    closing = "" if rng.random() < 0.5 else f"</{tag}>" * depth  # unclosed half the time
    page = f"<html><body><article>{f'<{tag}>' * depth}{text}{closing}</article></body></html>"
    return "html", page.encode()


def unclosed_html(rng: random.Random, full: bool) -> tuple[str, bytes]:
    page = article_html(rng)
    cut = rng.randrange(len(page))
    junk = rng.choice(("<", "<!--", "<script>", '<a href="', "<![CDATA[", "&#x", "<p"))
    return "html", (page[:cut] + junk).encode()


def billion_laughs(rng: random.Random, full: bool) -> tuple[str, bytes]:
    levels = "".join(f'<!ENTITY lol{n} "{f"&lol{n - 1};" * 10}">' for n in range(1, 10))
    prolog = f'<!DOCTYPE rss [<!ENTITY lol0 "lol">{levels}]>'
    item = "<item><title>&lol9;</title><description>&lol9;</description></item>"
    return rng.choice(("rss", "xml", "atom")), rss(item, prolog).encode()


def external_entity(rng: random.Random, full: bool) -> tuple[str, bytes]:
    target = rng.choice(("file:///etc/passwd", "http://127.0.0.1:9/x", "file:///dev/zero"))
    prolog = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{target}">]>'
    item = f"<item><title>Leak &xxe;</title><description>&xxe; {sentence(rng)}</description></item>"
    return "xml", rss(item, prolog).encode()


def jsonl_wrong_types(rng: random.Random, full: bool) -> tuple[str, bytes]:
    odd: list[object] = [None, 5, 3.5, True, [], ["a"], {}, {"x": 1}, "", "\x00", 10**40]
    lines = []
    for _ in range(rng.randint(1, 8)):
        fields = {
            k: rng.choice(odd)
            for k in rng.sample(["id", "url", "outlet", "title", "published", "text", "html"], 3)
        }
        lines.append(article_record(rng, **fields))
    lines.append(rng.choice(("[1, 2]", "null", '"text"', "{", '{"text": "cut', "1e999999")))
    rng.shuffle(lines)
    return rng.choice(("jsonl", "json", "ndjson")), "\n".join(lines).encode()


def deep_json(rng: random.Random, full: bool) -> tuple[str, bytes]:
    depth = 100_000
    return "jsonl", ("[" * depth + "]" * depth).encode() if rng.random() < 0.5 else (
        '{"text": ' + "[" * depth + '"x"' + "]" * depth + "}"
    ).encode()


# -- content ---------------------------------------------------------------------------------

ODD_DATES = (
    "0000-01-01",
    "0001-01-01",
    "9999-12-31",
    "9999-12-31T23:59:59Z",
    "10000-01-01",
    "-0001-01-01",
    "2024-02-30",
    "2024-13-01",
    "Mon, 01 Jan 0000 00:00:00 GMT",
    "Fri, 31 Dec 9999 23:59:59 +9999",
    "January 1, 0",
    "31 December 9999",
    "1e10",
    "",
)


def odd_dates(rng: random.Random, full: bool) -> tuple[str, bytes]:
    date = rng.choice(ODD_DATES)
    form = rng.choice(("jsonl", "html", "rss", "txt"))
    if form == "jsonl":
        return "jsonl", article_record(rng, published=date).encode()
    if form == "html":
        return "html", article_html(rng, date=date).encode()
    if form == "rss":
        return "rss", rss(rss_item(rng, date=date)).encode()
    return "txt", f"{sentence(rng, 6)}\n\n{date}\n\n{article_text(rng)}".encode()


def huge_title(rng: random.Random, full: bool) -> tuple[str, bytes]:
    title = ("Headline " + sentence(rng, 3) + " ") * (100_000 // 30)
    title = title[:100_000]
    form = rng.choice(("jsonl", "html", "rss", "txt"))
    if form == "jsonl":
        return "jsonl", article_record(rng, title=title).encode()
    if form == "html":
        return "html", article_html(rng, title=title).encode()
    if form == "rss":
        return "rss", rss(rss_item(rng, title=title)).encode()
    return "txt", f"{title}\n\n{article_text(rng)}".encode()


def control_chars(rng: random.Random, full: bool) -> tuple[str, bytes]:
    text = list(article_text(rng))
    rate = rng.choice((0.001, 0.01, 0.05, 0.3))
    for n in range(len(text)):
        if rng.random() < rate:
            text[n] = chr(rng.choice([*range(1, 9), 11, 12, *range(14, 32), 127, 0x85, 0x9F]))
    return _wrap(rng, "".join(text))


BIDI = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u061c\ufeff\u200b"


def bidi_marks(rng: random.Random, full: bool) -> tuple[str, bytes]:
    text = list(article_text(rng))
    for _ in range(rng.randint(1, 200)):
        text.insert(rng.randrange(len(text) + 1), rng.choice(BIDI))
    return _wrap(rng, "".join(text))


def unclosed_quotes(rng: random.Random, full: bool) -> tuple[str, bytes]:
    opener = rng.choice(("“", '"', "«", "„", "‘", "'", "「", "‹"))
    paras = paragraphs(rng, rng.randint(1, 30))
    for n in rng.sample(range(len(paras)), k=max(1, len(paras) // 2)):
        paras[n] = f"{opener}{paras[n]} {rng.choice(NAMES)} said {opener}{sentence(rng)}"
    return _wrap(rng, "\n\n".join(paras))


def empty(rng: random.Random, full: bool) -> tuple[str, bytes]:
    data = rng.choice(
        (b"", b" ", b"\n\n\n", b"\xef\xbb\xbf", b"\t \r\n", b"\xff\xfe", b"{}", b"[]")
    )
    return rng.choice(("txt", "html", "jsonl", "rss", "")), data


def _wrap(rng: random.Random, text: str) -> tuple[str, bytes]:
    """``text`` as a text file, a JSONL record or an HTML page, chosen at random."""
    form = rng.choice(("txt", "jsonl", "html"))
    if form == "jsonl":
        wrapped = article_record(rng, text=text)
    elif form == "html":
        body = "".join(f"<p>{p}</p>" for p in text.split("\n\n"))
        wrapped = f"<html><body><article><h1>{sentence(rng, 6)}</h1>{body}</article></body></html>"
    else:
        wrapped = text
    return form, wrapped.encode("utf-8", "surrogatepass")


# -- mutations ---------------------------------------------------------------------------------


def mutated(rng: random.Random, full: bool) -> tuple[str, bytes]:
    form, data = rng.choice(
        (
            ("txt", lambda: article_text(rng)),
            ("html", lambda: article_html(rng)),
            ("jsonl", lambda: "\n".join(article_record(rng) for _ in range(3))),
            ("rss", lambda: rss(rss_item(rng) + rss_item(rng))),
        )
    )
    raw = bytearray(data().encode())
    for _ in range(rng.choice((0, 1, 3, 20))):
        raw[rng.randrange(len(raw))] = rng.randrange(256)
    if rng.random() < 0.3:
        del raw[rng.randrange(len(raw)) :]
    if rng.random() < 0.2:
        cut = rng.randrange(len(raw) + 1)
        raw[cut:cut] = rng.randbytes(rng.randint(1, 100))
    return form, bytes(raw)


# the rare, costly kinds: how many of each; the rest of the corpus is ``COMMON`` kinds
RARE: dict[str, tuple[Maker, int]] = {
    "long-line-100mb": (long_line(100), 1),
    "long-line-49mb": (long_line(49), 1),
    "gzip-bomb": (gzip_bomb, 2),
    "deep-html": (deep_html, 10),
    "deep-json": (deep_json, 4),
    "billion-laughs": (billion_laughs, 20),
    "external-entity": (external_entity, 20),
    "huge-title": (huge_title, 40),
}
COMMON: dict[str, Maker] = {
    "binary": binary,
    "nul-text": nul_text,
    "truncated-utf8": truncated_utf8,
    "mixed-encodings": mixed_encodings,
    "bad-bom": bad_bom,
    "utf16-no-bom": utf16_no_bom,
    "gzip-tricks": gzip_tricks,
    "unclosed-html": unclosed_html,
    "jsonl-wrong-types": jsonl_wrong_types,
    "odd-dates": odd_dates,
    "control-chars": control_chars,
    "bidi-marks": bidi_marks,
    "unclosed-quotes": unclosed_quotes,
    "empty": empty,
    "mutated": mutated,
}


def generate(
    out: Path, count: int, *, full: bool = False, seed: int = 14, rare: int | None = None
) -> dict[str, str]:
    """Write ``count`` hostile files (at least one of every kind) under ``out``; returns
    each file's path -> its kind.  Without ``full`` the costly kinds are small; ``rare``
    sets how many of each rare kind (default: ``RARE``'s counts)."""
    rng = random.Random(seed)
    out.mkdir(parents=True, exist_ok=True)
    plan = [kind for kind, (_, n) in RARE.items() for _ in range(n if rare is None else rare)]
    plan += list(COMMON)
    plan += [rng.choice(list(COMMON)) for _ in range(max(0, count - len(plan)))]
    written: dict[str, str] = {}
    for n, kind in enumerate(plan):
        maker = RARE[kind][0] if kind in RARE else COMMON[kind]
        suffix, data = maker(random.Random(rng.randrange(2**32)), full)
        path = (
            out / f"{n // 1000:02d}" / f"{n:05d}-{kind}"
            if not suffix
            else (out / f"{n // 1000:02d}" / f"{n:05d}-{kind}.{suffix}")
        )
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(data)
        written[str(path)] = kind
    return written


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--full", action="store_true", help="full sizes (100 MB line, 2 GB bomb)")
    parser.add_argument("--seed", type=int, default=14)
    args = parser.parse_args()
    written = generate(args.out, args.count, full=args.full, seed=args.seed)
    print(f"wrote {len(written)} files under {args.out}")


if __name__ == "__main__":
    main()
