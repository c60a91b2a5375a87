"""Check examples/gold.json against the files in examples/corpus/ (standard library only).

For every gold article the file is read the plain way: gunzipped when it starts with the gzip magic
bytes, decoded with the encoding the gold entry declares (BOM and CRLF handled), and, for HTML,
JSON Lines records, RSS items and Atom entries, reduced to its visible text. The script then checks
that

* every title, boilerplate string, body sentence, context paragraph, framing term, scare quote,
  credited outlet, quote span, quote segment and attribution occurs in that article's text;
* direct quotes sit between quote marks (or before a trailing-dash attribution), and every
  quotation-marked span in a body is either a listed quote occurrence or a listed scare quote;
* no boilerplate string occurs, even case-insensitively, in a body line of its article;
* stories list exactly the articles that point to them, dup groups agree with their members,
  publication dates agree with machine-readable metadata, and the meta counts add up;
* every corpus file, JSONL record and feed item has a gold entry, and the rejects really are
  empty, binary, malformed JSON or a truncated feed.

    python3 examples/check_gold.py          # exit status 0 when everything holds
    python3 examples/check_gold.py eval/probe/gold.json   # another gold, its corpus/ beside it
"""

from __future__ import annotations

import collections
import email.utils
import gzip
import json
import re
import sys
import xml.etree.ElementTree as ET
from html.parser import HTMLParser
from pathlib import Path
from typing import ClassVar

HERE = Path(__file__).resolve().parent
GOLD = Path(sys.argv[1]).resolve() if len(sys.argv) > 1 else HERE / "gold.json"
CORPUS = GOLD.parent / "corpus"

CODECS = {
    "utf-8": "utf-8",
    "utf-8 with BOM": "utf-8-sig",
    "windows-1252": "cp1252",
    "windows-1251": "cp1251",
    "iso-8859-1": "iso-8859-1",
}
NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "content": "http://purl.org/rss/1.0/modules/content/",
}
OPEN_MARKS = '"“«‘'
CLOSE_MARKS = '"”»’'

errors: list[str] = []


def fail(key: str, message: str) -> None:
    errors.append(f"{key}: {message}")


# ------------------------------------------------------------------------------ text extraction
class _Visible(HTMLParser):
    SKIP: ClassVar[set[str]] = {"script", "style", "head", "title", "noscript", "template"}
    BLOCK: ClassVar[set[str]] = {
        "p",
        "div",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "li",
        "ul",
        "ol",
        "br",
        "tr",
        "td",
        "th",
        "table",
        "figure",
        "figcaption",
        "header",
        "footer",
        "nav",
        "aside",
        "section",
        "article",
        "main",
        "blockquote",
        "body",
        "html",
    }

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.h1: list[str] | None = None
        self.h1_text: str | None = None

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in self.SKIP:
            self.skip += 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "h1" and self.h1_text is None:
            self.h1 = []

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        if tag in self.BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.SKIP and self.skip:
            self.skip -= 1
        if tag in self.BLOCK:
            self.parts.append("\n")
        if tag == "h1" and self.h1 is not None:
            self.h1_text = " ".join("".join(self.h1).split())
            self.h1 = None

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        self.parts.append(data)
        if self.h1 is not None:
            self.h1.append(data)


def visible(html_text: str) -> tuple[str, str | None]:
    parser = _Visible()
    parser.feed(html_text)
    parser.close()
    lines = (" ".join(line.split()) for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line), parser.h1_text


def read(rel: str) -> bytes:
    data = (CORPUS / rel).read_bytes()
    if data[:2] == b"\x1f\x8b":
        data = gzip.decompress(data)
    return data


def decode(rel: str, encoding: str) -> str:
    data = read(rel)
    if encoding == "utf-8" and data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("declared utf-8 but the file has a BOM")
    if encoding == "utf-8 with BOM" and not data.startswith(b"\xef\xbb\xbf"):
        raise ValueError("declared utf-8 with BOM but there is no BOM")
    return data.decode(CODECS[encoding]).replace("\r\n", "\n")


def rss_items(xml_text: str) -> dict[str, dict]:
    root = ET.fromstring(xml_text)
    items = {}
    for item in root.iter("item"):
        guid = item.findtext("guid")
        items[guid] = {
            "title": item.findtext("title"),
            "html": item.findtext("content:encoded", namespaces=NS) or item.findtext("description"),
            "description": item.findtext("description"),
            "date": email.utils.parsedate_to_datetime(item.findtext("pubDate")).date().isoformat(),
        }
    return items


def atom_entries(xml_text: str) -> dict[str, dict]:
    root = ET.fromstring(xml_text)
    entries = {}
    for entry in root.findall("atom:entry", NS):
        entries[entry.findtext("atom:id", namespaces=NS)] = {
            "title": entry.findtext("atom:title", namespaces=NS),
            "html": entry.findtext("atom:content", namespaces=NS),
            "date": entry.findtext("atom:published", namespaces=NS)[:10],
        }
    return entries


def load_article(key: str, gold: dict) -> dict:
    """Return {'text', 'title', 'date'} for one gold article key."""
    rel, _, sub = key.partition("#")
    fmt, enc = gold["format"], gold.get("encoding", "utf-8")
    raw = decode(rel, enc)
    if fmt == "txt":
        return {"text": raw, "title": None, "date": None}
    if fmt == "html":
        text, h1 = visible(raw)
        m = re.search(r'property="article:published_time" content="([^"]+)"', raw)
        return {"text": text, "title": h1, "date": m.group(1)[:10] if m else None}
    if fmt == "jsonl-record":
        for line in raw.splitlines():
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                continue
            if rec.get("id") == sub:
                body = rec["text"] if "text" in rec else visible(rec["html"])[0]
                return {
                    "text": body,
                    "title": rec["title"],
                    "date": rec["published"][:10],
                    "record": rec,
                }
        raise KeyError(f"no JSONL record {sub}")
    if fmt in ("rss-item", "atom-entry"):
        items = rss_items(raw) if fmt == "rss-item" else atom_entries(raw)
        item = items[sub]
        return {
            "text": visible(item["html"])[0],
            "title": item["title"],
            "date": item["date"],
            "item": item,
        }
    raise ValueError(f"unknown format {fmt}")


# ------------------------------------------------------------------------------ helpers
def squash(s: str) -> str:
    return " ".join(s.split())


def find(needle: str, hay: str, strict: bool) -> int:
    if strict:
        return hay.find(needle)
    return squash(hay).find(squash(needle))


def occurs(needle: str, hay: str, strict: bool) -> bool:
    return find(needle, hay, strict) >= 0


def body_lines(text: str, title: str | None, boilerplate: list[str]) -> list[str]:
    """Lines of the text that are neither furniture nor the title (used for leak checks)."""
    keep = []
    bps = sorted({b.strip() for b in boilerplate}, key=len, reverse=True)
    for line in text.split("\n"):
        s = line.strip()
        if not s or s == (title or "").strip():
            continue
        removed = False
        changed = True
        while changed and s:  # peel furniture off both ends of the line
            changed = False
            for b in bps:
                if s.startswith(b):
                    s, removed, changed = s[len(b) :].strip(), True, True
                elif s.endswith(b):
                    s, removed, changed = s[: -len(b)].strip(), True, True
        if removed and len(s) < 60:  # a furniture line, possibly with links/buttons around it
            continue
        if s:  # e.g. ' date 2025-02-26 06:12 LLANRWST, Wales ...': the lede shares the line
            keep.append(s)
    return keep


def months_between(earlier: str, later: str | None) -> int:
    if not later:
        return 0
    return (int(later[:4]) - int(earlier[:4])) * 12 + int(later[5:7]) - int(earlier[5:7])


def quoted_spans(line: str) -> list[str]:
    spans = re.findall(r"“([^“”]+)”", line) + re.findall(r"«([^«»]+)»", line)
    spans += re.findall(r'"([^"]+)"', line)
    return spans


# ------------------------------------------------------------------------------ checks
def main() -> int:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    meta, articles, stories, dups, quotes = (
        gold[k] for k in ("meta", "articles", "stories", "dup_groups", "quotes")
    )
    names = {}
    for canon, info in list(meta["outlets"].items()) + list(
        meta.get("foreign_sources_credited", {}).items()
    ):
        names[canon] = [canon, *info.get("aliases", [])]

    loaded: dict[str, dict] = {}
    occ_by_article: dict[str, list[dict]] = collections.defaultdict(list)
    for q in quotes:
        for o in q["occurrences"]:
            occ_by_article[o["article"]].append(o)

    # ---- per-article checks
    for key, a in articles.items():
        rel, _, sub = key.partition("#")
        if a["reject"]:
            check_reject(key, rel, sub, a)
            continue
        try:
            art = load_article(key, a)
        except Exception as exc:
            fail(key, f"cannot load: {exc!r}")
            continue
        loaded[key] = art
        text = art["text"]
        strict = a["format"] == "txt"

        # title
        if a["title"] is None:
            if art["title"]:
                fail(key, "gold title is null but the document has one")
        elif a["format"] == "txt":
            if a["title"] not in [line.strip() for line in text.split("\n")]:
                fail(key, f"title is not a line of the file: {a['title']!r}")
        elif a["title"] != art["title"]:
            fail(key, f"title {a['title']!r} != document title {art['title']!r}")
        if (
            a.get("title_repeated")
            and sum(line.strip() == a["title"] for line in text.split("\n")) != 2
        ):
            fail(key, "title_repeated but the title is not printed twice")

        # dates
        if art["date"] and art["date"] != a["published"]:
            fail(key, f"published {a['published']} != metadata date {art['date']}")
        if a["stale_reprint"] and months_between(a["event_date"], a["published"]) < 10:
            fail(key, "stale reprint is not 10+ months after the event")

        # plain string fields
        for b in a["boilerplate"]:
            if not occurs(b, text, strict):
                fail(key, f"boilerplate not found: {b!r}")
        for s in a["body_must_contain"]:
            if not occurs(s, text, strict):
                fail(key, f"body sentence not found: {s!r}")
        for c in a["context_added"]:
            if not occurs(c["text"], text, strict):
                fail(key, f"context paragraph not found: {c['text'][:60]!r}")
        for t in a["framing_terms"]:
            if not (occurs(t, text, strict) or t in (a["title"] or "")):
                fail(key, f"framing term not found: {t!r}")
        for s in a["scare_quotes"]:
            if not any(f"{o}{s}{c}" in squash(text) for o, c in ('""', "“”", "«»", "‘’")):
                fail(key, f"scare quote not found inside quote marks: {s!r}")
        for c in a["credits"]:
            if c not in names:
                fail(key, f"credit {c!r} is not a known outlet or foreign source")
            elif not any(n.lower() in text.lower() for n in names[c]):
                fail(key, f"credited outlet {c!r} not named in the text")
        if a["dateline"] and not occurs(a["dateline"].lower(), text.lower(), strict):
            fail(key, f"dateline not found: {a['dateline']!r}")
        if a["uncredited_copy_of"] and a["uncredited_copy_of"] not in articles:
            fail(key, "uncredited_copy_of points nowhere")

        # boilerplate must not leak into body lines
        lines = body_lines(text, a["title"], a["boilerplate"])
        body = "\n".join(lines)
        for b in a["boilerplate"]:
            if b.lower() in body.lower():
                fail(key, f"boilerplate string occurs in a body line: {b!r}")
        for s in a["body_must_contain"]:
            if not occurs(s, body, False):
                fail(key, f"body sentence sits in a furniture line: {s!r}")

        # quotation-marked spans in the body must be listed
        listed = set(a["scare_quotes"])
        for o in occ_by_article.get(key, []):
            listed.add(squash(o["text"]))
            listed.update(squash(s) for s in o.get("segments", []))
        for line in lines:
            for span in quoted_spans(line):
                if squash(span) not in listed and not any(squash(span) in x for x in listed):
                    fail(key, f"quoted span is neither a listed quote nor a scare quote: {span!r}")

    # ---- quotes
    for q in quotes:
        if q["origin_article"] not in articles:
            fail(q["id"], "origin_article unknown")
        kinds = {o["kind"] for o in q["occurrences"]}
        if (q["type"] == "direct") != ("direct" in kinds):
            fail(q["id"], f"type {q['type']} does not match occurrence kinds {kinds}")
        for o in q["occurrences"]:
            art = loaded.get(o["article"])
            if art is None:
                fail(q["id"], f"occurrence in unknown or rejected article {o['article']}")
                continue
            strict = articles[o["article"]]["format"] == "txt"
            text = art["text"]
            where = f"{q['id']} in {o['article']}"
            segs = o.get("segments")
            if o.get("multi_paragraph"):
                if o["text"] != "\n\n“".join(segs):
                    fail(
                        where,
                        "multi-paragraph text is not its segments joined by a blank line and an opening mark",
                    )
            elif segs and (not o.get("split") or o["text"] != " ".join(segs)):
                fail(where, "split text is not its segments joined by one space")
            pieces = segs or [o["text"]]
            if o.get("multi_paragraph") and not occurs(o["text"], text, strict):
                fail(where, "multi-paragraph span not found")
            for piece in pieces:
                if not occurs(piece, text, strict):
                    fail(where, f"span not found: {piece!r}")
                    continue
                if o["kind"] != "direct":
                    continue
                hay = text if strict else squash(text)
                needle = piece if strict else squash(piece)
                i = hay.find(needle)
                dash = o["attribution"].lstrip()[:1] in "-—–"
                before, after = hay[i - 1 : i], hay[i + len(needle) : i + len(needle) + 3]
                if dash:
                    if not re.match(r"\s?[-—–]", after):
                        fail(where, f"dash-attributed span is not followed by a dash: {piece!r}")
                elif (before not in OPEN_MARKS or after[:1] not in CLOSE_MARKS + "\n") and not (
                    o.get("multi_paragraph") and (before in OPEN_MARKS or after[:1] in CLOSE_MARKS)
                ):
                    fail(where, f"direct span is not between quote marks: {piece!r}")
            if not occurs(o["attribution"], text, strict):
                fail(where, f"attribution not found: {o['attribution']!r}")

    # ---- stories and dup groups
    by_story = collections.defaultdict(set)
    for key, a in articles.items():
        if a["story"]:
            by_story[a["story"]].add(key)
            if a["event_date"] != stories[a["story"]]["event_date"]:
                fail(key, "event_date differs from its story")
    for sid, s in stories.items():
        if set(s["articles"]) != by_story[sid] or len(s["articles"]) != len(set(s["articles"])):
            fail(sid, f"articles list mismatch: {set(s['articles']) ^ by_story[sid]}")
        if s["origin_article"] not in s["articles"]:
            fail(sid, "origin article not in the story")
        if s["topic_twin"] and stories[s["topic_twin"]]["topic_twin"] != sid:
            fail(sid, "topic twin is not symmetric")
    for did, d in dups.items():
        if d["members"].get(d["original"]) != "original":
            fail(did, "original is not a member with role 'original'")
        for key, role in d["members"].items():
            if articles[key]["dup_group"] != did or articles[key]["story"] != d["story"]:
                fail(did, f"member {key} does not point back to the group/story")
            if (role == "stale_reprint") != bool(articles[key]["stale_reprint"]):
                fail(did, f"stale_reprint flag disagrees for {key}")
    for key, a in articles.items():
        if a["dup_group"] and key not in dups[a["dup_group"]]["members"]:
            fail(key, "dup_group set but not a member")

    # ---- completeness: every file, record and item has an entry
    keys = set(articles)
    for path in sorted(p for p in CORPUS.rglob("*") if p.is_file()):
        rel = path.relative_to(CORPUS).as_posix()
        data = read(rel)
        subs = set()
        if rel.endswith(".jsonl"):
            for n, line in enumerate(data.decode("utf-8").splitlines(), 1):
                try:
                    subs.add(json.loads(line)["id"])
                except json.JSONDecodeError:
                    subs.add(f"line-{n}")
        elif data.lstrip().startswith(b"<?xml") and rel not in keys:
            text = data.decode("utf-8")
            subs = set(rss_items(text) if "<rss" in text[:300] else atom_entries(text))
        if subs:
            for s in subs:
                if f"{rel}#{s}" not in keys:
                    fail(rel, f"record/item {s!r} has no gold entry")
        elif rel not in keys:
            fail(rel, "file has no gold entry")

    # ---- meta counts
    c = meta["counts"]
    live = {k: a for k, a in articles.items() if not a["reject"]}
    occ = [o for q in quotes for o in q["occurrences"]]
    expect = {
        "articles": len(live),
        "stories": len(stories),
        "dup_groups": len(dups),
        "quotes": len(quotes),
        "quote_occurrences": len(occ),
        "by_format": dict(collections.Counter(a["format"] for a in live.values())),
        "occurrences_by_fidelity": dict(collections.Counter(o["fidelity"] for o in occ)),
        "files": sum(1 for p in CORPUS.rglob("*") if p.is_file()),
    }
    for name, value in expect.items():
        if c.get(name) != value:
            fail("meta.counts", f"{name} = {c.get(name)!r}, expected {value!r}")

    if errors:
        print("\n".join(errors))
        print(f"\n{len(errors)} problem(s)")
        return 1
    print(
        f"gold OK: {len(live)} articles, {len(stories)} stories, {len(quotes)} quotes "
        f"({len(occ)} occurrences), {len(articles) - len(live)} rejects"
    )
    return 0


def check_reject(key: str, rel: str, sub: str, a: dict) -> None:
    data = (CORPUS / rel).read_bytes()
    if sub.startswith("line-"):
        line = data.decode("utf-8").splitlines()[int(sub[5:]) - 1]
        try:
            json.loads(line)
            fail(key, "rejected JSONL line parses")
        except json.JSONDecodeError:
            pass
    elif not data:
        pass  # empty file
    elif data.startswith(b"\x89PNG"):
        try:
            data.decode("utf-8")
            fail(key, "binary junk decodes as UTF-8")
        except UnicodeDecodeError:
            pass
    else:
        try:
            ET.fromstring(data)
            fail(key, "rejected feed parses as XML")
        except ET.ParseError:
            pass
        if b"</item>" in data or b"</entry>" in data:
            fail(key, "rejected feed has a complete item")
    for field in ("outlet", "title", "published", "story", "dup_group"):
        if a.get(field) is not None:
            fail(key, f"reject has {field} set")


if __name__ == "__main__":
    sys.exit(main())
