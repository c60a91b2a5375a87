"""The export: one JSON document (the public contract), JSON Lines or CSV.

The JSON document is described by ``export.schema.json`` beside this module;
a test validates real exports against it.  Fields are only ever added.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Iterator
from datetime import UTC, datetime
from importlib.resources import files
from typing import Any, Literal, TextIO

from retold import __version__
from retold.analyze.records import Citation, Quote
from retold.records import (
    CopyDiff,
    CopyLink,
    Evidence,
    Finding,
    Origin,
    Rejected,
    StoredArticle,
    Story,
)
from retold.store import ArticleQuery, Store

ExportFormat = Literal["json", "jsonl", "csv"]
EXPORT_SCHEMA_VERSION = 1
CSV_COLUMNS = (
    "id",
    "path",
    "record",
    "url",
    "outlet",
    "title",
    "published",
    "published_source",
    "dateline_place",
    "dateline_date",
    "language",
    "words",
    "removed_lines",
    "revision",
    "body",
)


def export_schema() -> dict[str, Any]:
    text = files("retold.serve").joinpath("export.schema.json").read_text(encoding="utf-8")
    result: dict[str, Any] = json.loads(text)
    return result


def origin_json(origin: Origin) -> dict[str, Any]:
    return {"path": origin.path, "record": origin.record}


def article_json(stored: StoredArticle) -> dict[str, Any]:
    a = stored.article
    d = a.dateline
    return {
        "id": a.id,
        "origin": origin_json(a.origin),
        "origins": [origin_json(o) for o in stored.origins],
        "url": a.url,
        "outlet": a.outlet,
        "outlet_source": a.outlet_source,
        "title": a.title,
        "title_source": a.title_source,
        "published": a.published,
        "published_source": a.published_source,
        "published_time": a.published_time,
        "site_name": a.site_name,
        "dateline": None
        if d is None
        else {"text": d.text, "place": d.place, "date": d.date, "credit": d.credit},
        "language": a.language,
        "format": a.format,
        "encoding": a.encoding,
        "revision": stored.revision,
        "supersedes": stored.supersedes,
        "body": a.body,
        "removed": [{"text": r.text, "reason": r.reason, "line": r.line} for r in a.removed],
        "extra": json.loads(a.extra_json or "{}"),
        "pipeline": a.pipeline,
    }


def evidence_list(evidence: tuple[Evidence, ...]) -> list[dict[str, Any]]:
    return [e.as_dict() for e in evidence]


def copy_json(link: CopyLink) -> dict[str, Any]:
    return {
        "original": link.original,
        "copy": link.copy,
        "kind": link.kind,
        "similarity": round(link.similarity, 4),
        "containment": round(link.containment, 4),
        "evidence": evidence_list(link.evidence),
        "details": {"reasons": list(link.reasons)},
    }


def diff_json(diff: CopyDiff) -> dict[str, Any]:
    """What a copy dropped from its original, added and reworded, spans as in ``evidence``."""
    return {
        "original": diff.original,
        "copy": diff.copy,
        "dropped": evidence_list(diff.dropped),
        "added": evidence_list(diff.added),
        "changed": [{"original": o.as_dict(), "copy": c.as_dict()} for o, c in diff.changed],
    }


def story_json(story: Story) -> dict[str, Any]:
    return {
        "id": story.id,
        "title": story.title,
        "articles": list(story.articles),
        "first_published": story.first_published,
        "related": list(story.related),
    }


def finding_json(finding: Finding) -> dict[str, Any]:
    return {
        "kind": finding.kind,
        "subject": finding.subject,
        "story": finding.story,
        "articles": list(finding.articles),
        "summary": finding.summary,
        "confidence": round(finding.confidence, 4),
        "evidence": evidence_list(finding.evidence),
        "details": json.loads(finding.details_json),
    }


PersonOf = dict[tuple[str, str], str]  # (article, speaker as printed there) -> person


def person_of(store: Store) -> PersonOf:
    """Where an article's name for a speaker merges into the one the person goes by."""
    return {(n.article, n.name): n.person for n in store.person_names()}


def quote_json(
    quote: Quote, group: tuple[str, str] | None, people: PersonOf | None = None
) -> dict[str, Any]:
    person = (people or {}).get((quote.article, quote.speaker or ""), quote.speaker)
    return {
        "id": quote.id,
        "article": quote.article,
        "text": quote.text,
        "speaker": quote.speaker,
        "person": person if quote.speaker_kind == "person" else None,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "group": group[0] if group else None,
        "fidelity": group[1] if group else None,
        "speaker_text": quote.speaker_text,
        "speaker_confidence": round(quote.confidence, 4),
        "speaker_resolution": quote.resolution,
        "shape": quote.shape,
        "cue": quote.cue,
        "attribution": None
        if quote.attribution_start is None
        else {"start": quote.attribution_start, "end": quote.attribution_end},
        "segments": [{"start": s.start, "end": s.end, "text": s.text} for s in quote.segments],
    }


def quotes_json(store: Store) -> list[dict[str, Any]]:
    groups = {o.quote: (g.id, o.fidelity) for g in store.statement_groups() for o in g.occurrences}
    people = person_of(store)
    return [quote_json(q, groups.get(q.id), people) for q in store.quotes()]


def citation_json(citation: Citation) -> dict[str, Any]:
    return {
        "article": citation.article,
        "source": citation.source,
        "text": citation.text,
        "start": citation.start,
        "end": citation.end,
        "kind": citation.kind,
        "where": citation.where,
        "line": citation.line,
    }


def rejected_json(rejected: Rejected) -> dict[str, Any]:
    return {"origin": origin_json(rejected.origin), "reason": rejected.reason}


def export_document(store: Store, query: ArticleQuery | None = None) -> dict[str, Any]:
    """Everything in ``store`` as the documented JSON export document."""
    return {
        "retold": {
            "version": __version__,
            "export_schema": EXPORT_SCHEMA_VERSION,
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        },
        "articles": [article_json(s) for s in store.articles(query)],
        "rejected": [rejected_json(r) for r in store.rejections()],
        "copies": [copy_json(c) for c in store.copies()],
        "stories": [story_json(s) for s in store.stories()],
        "findings": [finding_json(f) for f in store.findings()],
        "quotes": quotes_json(store),
        "citations": [citation_json(c) for c in store.citations()],
    }


def write_export(
    store: Store, fmt: ExportFormat, out: TextIO, query: ArticleQuery | None = None
) -> int:
    """Write the export to ``out``; returns the number of articles written."""
    if fmt == "json":
        document = export_document(store, query)
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(document["articles"])
    if fmt == "jsonl":
        count = 0
        for line in _jsonl_lines(store, query):
            out.write(line + "\n")
            count += line.startswith('{"record_type": "article"')
        return count
    return _write_csv(store, out, query)


def _jsonl_lines(store: Store, query: ArticleQuery | None) -> Iterator[str]:
    for stored in store.articles(query):
        yield json.dumps({"record_type": "article", **article_json(stored)}, ensure_ascii=False)
    for rejected in store.rejections():
        yield json.dumps({"record_type": "rejected", **rejected_json(rejected)}, ensure_ascii=False)


def _write_csv(store: Store, out: TextIO, query: ArticleQuery | None) -> int:
    writer = csv.writer(out)
    writer.writerow(CSV_COLUMNS)
    count = 0
    for stored in store.articles(query):
        a = stored.article
        writer.writerow(
            [
                a.id,
                a.origin.path,
                a.origin.record or "",
                a.url or "",
                a.outlet or "",
                a.title or "",
                a.published or "",
                a.published_source,
                a.dateline.place if a.dateline else "",
                (a.dateline.date or "") if a.dateline else "",
                a.language or "",
                a.word_count,
                len(a.removed),
                stored.revision,
                a.body,
            ]
        )
        count += 1
    return count


def export_text(store: Store, fmt: ExportFormat) -> str:
    buffer = io.StringIO()
    write_export(store, fmt, buffer)
    return buffer.getvalue()
