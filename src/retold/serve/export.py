"""The export: one JSON document (the public contract), JSON Lines or CSV.

The JSON document is described by ``export.schema.json`` beside this module;
a test validates real exports against it.  Fields are only ever added.  Every
record type (``RECORD_TYPES``) is in every format: a key of the document, a
JSONL ``record_type``, a CSV file whose columns are its schema entry's fields.
"""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from importlib.resources import files
from pathlib import Path
from typing import Any, Literal, TextIO

from retold import __version__
from retold.analyze.records import Citation, Quote
from retold.compare.records import Occurrence, QuoteGroup, StatementGroup
from retold.coverage.align import AlignedSentence
from retold.coverage.timeline import timeline_records
from retold.records import (
    CopyDiff,
    CopyLink,
    Finding,
    Origin,
    Rejected,
    Span,
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


def evidence_list(evidence: tuple[Span, ...]) -> list[dict[str, Any]]:
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


def speaker_label(quote: Quote, people: Mapping[tuple[str, str], str]) -> str:
    """The person's name across articles, and this article's own form when it differs;
    a description of someone the text does not name marked as such."""
    if quote.speaker is None:
        return "unknown"
    if quote.speaker_kind == "description":
        return f"{quote.speaker} (unnamed)"
    person = people.get((quote.article, quote.speaker))
    return f"{person} (here: {quote.speaker})" if person else quote.speaker


def quote_groups(groups: Iterable[StatementGroup]) -> dict[str, QuoteGroup]:
    """Quote id -> its group, fidelity and statement across stories (``quote_json``'s)."""
    return {o.quote: (g.id, o.fidelity, g.statement) for g in groups for o in g.occurrences}


def quote_json(
    quote: Quote, group: QuoteGroup | None, people: PersonOf | None = None
) -> dict[str, Any]:
    person = (people or {}).get((quote.article, quote.speaker or ""), quote.speaker)
    return {
        "id": quote.id,
        "article": quote.article,
        "text": quote.text,
        "speaker": quote.speaker,
        "speaker_kind": quote.speaker_kind,
        "person": person if quote.speaker_kind == "person" else None,
        "kind": quote.kind,
        "start": quote.start,
        "end": quote.end,
        "group": group[0] if group else None,
        "fidelity": group[1] if group else None,
        "statement": group[2] if group else None,
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
    groups = quote_groups(store.statement_groups())
    people = person_of(store)
    return [quote_json(q, groups.get(q.id), people) for q in store.quotes()]


def occurrence_json(o: Occurrence) -> dict[str, Any]:
    """One article's wording of a statement, graded (``compare.records.Occurrence``)."""
    return {
        "quote": o.quote,
        "article": o.article,
        "text": o.text,
        "start": o.start,
        "end": o.end,
        "kind": o.kind,
        "speaker": o.speaker,
        "fidelity": o.fidelity,
        "similarity": round(o.similarity, 4),
        "alterations": [
            {"kind": x.kind, "original": x.original, "occurrence": x.occurrence, "detail": x.detail}
            for x in o.alterations
        ],
    }


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


@dataclass(frozen=True)
class RecordType:
    """One kind of record in every export format: a key of the JSON document, a JSONL
    ``record_type``, a CSV file.  Its fields are the ``$defs`` entry named ``record_type``
    in ``export.schema.json``, which are also its CSV columns (nested values as JSON)."""

    name: str  # the document key and CSV file name: "copies"
    record_type: str  # a JSONL line's "record_type", and its $defs entry: "copy"
    rows: Callable[[Store, ArticleQuery | None], list[dict[str, Any]]]


def _articles(store: Store, query: ArticleQuery | None) -> list[dict[str, Any]]:
    return [article_json(s) for s in store.articles(query)]


def alignment_json(sentence: AlignedSentence) -> dict[str, Any]:
    """One sentence of one article in its story: the other articles that state it too."""
    return {
        "story": sentence.story,
        "article": sentence.article,
        "start": sentence.start,
        "end": sentence.end,
        "paragraph": sentence.paragraph,
        "shared_with": list(sentence.shared_with),
        "similarity": sentence.similarity,
        "statements": list(sentence.statements),
    }


RECORD_TYPES: tuple[RecordType, ...] = (
    RecordType("articles", "article", _articles),
    RecordType("rejected", "rejected", lambda s, q: [rejected_json(r) for r in s.rejections()]),
    RecordType("copies", "copy", lambda s, q: [copy_json(c) for c in s.copies()]),
    RecordType("stories", "story", lambda s, q: [story_json(x) for x in s.stories()]),
    RecordType("findings", "finding", lambda s, q: [finding_json(f) for f in s.findings()]),
    RecordType("quotes", "quote", lambda s, q: quotes_json(s)),
    RecordType("citations", "citation", lambda s, q: [citation_json(c) for c in s.citations()]),
    RecordType("alignment", "alignment", lambda s, q: [alignment_json(a) for a in s.alignment()]),
    RecordType("coverage", "coverage", lambda s, q: [s.coverage(x.id) or {} for x in s.stories()]),
    RecordType("timeline", "timeline", lambda s, q: timeline_records(s)),
)
"""Every record type, in document and JSONL order.  Adding one is a line here, its
``$defs`` entry in the schema (the fields, which are also its CSV columns), its key under
``properties`` and its name in ``$defs/record_type``."""


def export_document(store: Store, query: ArticleQuery | None = None) -> dict[str, Any]:
    """Everything in ``store`` as the documented JSON export document (``query`` selects
    the articles; every other record type is exported whole)."""
    return {
        "retold": {
            "version": __version__,
            "export_schema": EXPORT_SCHEMA_VERSION,
            "generated_at": datetime.now(UTC).isoformat(timespec="seconds"),
        },
        **{t.name: t.rows(store, query) for t in RECORD_TYPES},
    }


def write_export(
    store: Store, fmt: ExportFormat, out: TextIO, query: ArticleQuery | None = None
) -> int:
    """Write the export to ``out``; returns the number of articles written.  ``csv`` to
    one stream is the articles table alone (``write_csv_tables`` writes every type)."""
    if fmt == "json":
        document = export_document(store, query)
        json.dump(document, out, ensure_ascii=False, indent=2)
        out.write("\n")
        return len(document["articles"])
    if fmt == "jsonl":
        return write_jsonl(store, out, query)["articles"]
    return _write_csv(ARTICLES, ARTICLES.rows(store, query), out)


def write_jsonl(store: Store, out: TextIO, query: ArticleQuery | None = None) -> dict[str, int]:
    """One record a line, each with its ``record_type``, articles first; the count by type."""
    counts = {}
    for kind in RECORD_TYPES:
        rows = kind.rows(store, query)
        for row in rows:
            out.write(json.dumps({"record_type": kind.record_type, **row}, ensure_ascii=False))
            out.write("\n")
        counts[kind.name] = len(rows)
    return counts


def write_csv_tables(
    store: Store, folder: Path, query: ArticleQuery | None = None
) -> dict[str, int]:
    """One CSV file per record type in ``folder`` (``articles.csv``, ``copies.csv`` ...),
    each written whole or not at all; the row count by type."""
    counts = {}
    for kind in RECORD_TYPES:
        target = folder / f"{kind.name}.csv"
        part = target.with_name(target.name + ".part")
        with part.open("w", encoding="utf-8", newline="") as out:
            counts[kind.name] = _write_csv(kind, kind.rows(store, query), out)
        part.replace(target)
    return counts


def csv_columns(kind: RecordType) -> tuple[str, ...]:
    """A record type's CSV columns: the articles table keeps its own (see ``CSV_COLUMNS``);
    every other type has the fields of its schema entry."""
    if kind.record_type == "article":
        return CSV_COLUMNS
    return tuple(export_schema()["$defs"][kind.record_type]["properties"])


def _write_csv(kind: RecordType, rows: list[dict[str, Any]], out: TextIO) -> int:
    columns = csv_columns(kind)
    writer = csv.writer(out)
    writer.writerow(columns)
    for row in rows:
        flat = _article_csv(row) if kind.record_type == "article" else row
        writer.writerow([csv_cell(flat.get(c)) for c in columns])
    return len(rows)


def csv_cell(value: Any) -> str:
    """A value as a CSV cell: missing as empty, lists and objects as JSON."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _article_csv(row: dict[str, Any]) -> dict[str, Any]:
    """The articles table's row: the long-standing columns, a few of them flattened."""
    dateline = row["dateline"] or {}
    return {
        **row,
        "path": row["origin"]["path"],
        "record": row["origin"]["record"],
        "dateline_place": dateline.get("place"),
        "dateline_date": dateline.get("date"),
        "words": len(row["body"].split()),
        "removed_lines": len(row["removed"]),
    }


ARTICLES = RECORD_TYPES[0]


def export_text(store: Store, fmt: ExportFormat) -> str:
    buffer = io.StringIO()
    write_export(store, fmt, buffer)
    return buffer.getvalue()
