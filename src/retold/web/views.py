"""What the story and article pages show, assembled from the JSON documents.

The story page is ``story_document`` (summary, timeline, statements, outlets, graph,
findings) with ``coverage_document``'s sentences laid side by side, each sentence marked
shared or unique and each finding's evidence marked in place.  The article page is
``article_document`` with quotes, attributions, credits and evidence marked in its body.
"""

from __future__ import annotations

from typing import Any

from retold.serve.storyview import coverage_document, story_document
from retold.store import SQLStore
from retold.web.catalog import heads
from retold.web.documents import article_document
from retold.web.graph import graph_chart
from retold.web.render import Mark, pieces, safe_url, timeline_chart


def anchor(article: str, start: int) -> str:
    return f"ev-{article}-{start}"


def evidence_marks(findings: list[dict[str, Any]], article: str) -> list[Mark]:
    """Each finding's evidence in ``article``, marked with the finding's kind."""
    return [
        Mark(
            e["start"],
            e["end"],
            f"ev ev-{f['kind']}",
            f"{f['kind']}: {f['summary']}",
            anchor(article, e["start"]),
        )
        for f in findings
        for e in f["evidence"]
        if e["article"] == article
    ]


def story_page(store: SQLStore, story_id: str) -> dict[str, Any]:
    """The story document, plus the side-by-side columns and the timeline chart."""
    doc = story_document(store, story_id)
    coverage = coverage_document(store, doc["id"])
    sentences = {a["article"]: a["sentences"] for a in coverage["articles"]}
    columns = []
    for row in doc["timeline"]:
        body = store.get_article(row["article"]).article.body
        marks = [_sentence_mark(s) for s in sentences.get(row["article"], [])]
        marks += evidence_marks(doc["findings"], row["article"])
        shared = sum(1 for s in sentences.get(row["article"], []) if s["shared_with"])
        columns.append(
            {
                **row,
                "flags": sorted(
                    {f["kind"] for f in doc["findings"] if f["subject"] == row["article"]}
                ),
                "pieces": pieces(body, marks),
                "shared": shared,
                "sentences": len(sentences.get(row["article"], [])),
            }
        )
    outlets = {r["article"]: r["outlet"] for r in doc["timeline"]}
    differ = [b for b in doc["statements"] if _differs(b)]
    return {
        "doc": doc,
        "differing": differ,
        "same": [b for b in doc["statements"] if not _differs(b)],
        "columns": columns,
        "chart": timeline_chart(doc["timeline"]),
        "graph": graph_chart(doc["timeline"], doc["graph"]),
        "outlet_of": outlets,
        "framing": outlet_framing(doc),
    }


def outlet_framing(doc: dict[str, Any]) -> dict[str, list[str]]:
    """Per outlet, in words: the names it spells its own way and the loaded words only it
    uses in the story (from the story's framing findings)."""
    out: dict[str, list[str]] = {}
    for f in doc["findings"]:
        details = f["details"]
        if f["kind"] != "framing":
            continue
        if details.get("kind") == "loaded" and details.get("outlet"):
            out.setdefault(details["outlet"], []).append(f"loaded word “{details['word']}”")
        for form, outlets in (details.get("forms") or {}).items():
            if form != details.get("name"):
                for outlet in outlets:
                    out.setdefault(outlet, []).append(f"“{form}” for {details['name']}")
        for outlet in details.get("mixed_in") or []:
            if isinstance(outlet, str):
                out.setdefault(outlet, []).append(f"mixes spellings of {details['name']}")
    return out


def _differs(block: dict[str, Any]) -> bool:
    """A statement some outlet words differently from the reference."""
    return any(w["fidelity"] != "verbatim" for w in block["wordings"])


def _sentence_mark(sentence: dict[str, Any]) -> Mark:
    others = [o["outlet"] or o["article"] for o in sentence["shared_with"]]
    if not others:
        return Mark(sentence["start"], sentence["end"], "unique", "only this article says this")
    return Mark(
        sentence["start"],
        sentence["end"],
        "shared",
        "shared with " + ", ".join(dict.fromkeys(others)),
    )


def article_page(store: SQLStore, article_id: str) -> dict[str, Any]:
    """The article document, its body cut into marked pieces, and a safe link to it."""
    doc = article_document(store, article_id)
    marks: list[Mark] = []
    for q in doc["quotes"]:
        who = q["person"] or (q["speaker_label"] if q["speaker"] else "unknown speaker")
        label = f"{q['kind']} quote, {who}" + (f", {q['fidelity']}" if q["fidelity"] else "")
        segments = q["segments"] or [{"start": q["start"], "end": q["end"]}]
        marks += [Mark(s["start"], s["end"], f"quote quote-{q['kind']}", label) for s in segments]
        if q["attribution"]:
            a = q["attribution"]
            marks.append(Mark(a["start"], a["end"], "attribution", f"attribution: {who}"))
    marks += [
        Mark(c["start"], c["end"], "citation", f"credit: {c['source']}")
        for c in doc["citations"]
        if c["where"] == "body"
    ]
    marks += evidence_marks(doc["findings"], doc["id"])
    outlet_of = {h.id: h.outlet for h in heads(store).values()}
    return {
        "doc": doc,
        "pieces": pieces(doc["body"], marks),
        "link": safe_url(doc["url"]),
        "outlet_of": outlet_of,
    }
