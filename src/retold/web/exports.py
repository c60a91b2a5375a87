"""Streamed, uncapped exports of one record type: JSON, JSON Lines, CSV, Parquet.

Records are the export's JSON shapes (``retold.serve.export``).  Rows are produced in a
thread of their own (SQLite connections stay in the thread that made them) and handed to
the response through a small queue, so memory stays bounded however many there are.
CSV and Parquet have one column per field; nested fields are JSON text.
"""

from __future__ import annotations

import csv
import io
import json
import queue
import threading
from collections.abc import AsyncIterator, Callable, Iterable, Iterator
from typing import Any, Literal

import anyio.to_thread
import pyarrow as pa
import pyarrow.parquet as pq

from retold.serve.export import (
    article_json,
    citation_json,
    copy_json,
    finding_json,
    person_of,
    quote_groups,
    quote_json,
    story_json,
)
from retold.store import SQLStore, open_store
from retold.store.analysis import quote_from_json
from retold.store.articles import LATEST_REVISION

Record = Literal["articles", "quotes", "stories", "findings", "citations", "copies"]
Format = Literal["json", "jsonl", "csv", "parquet"]
MEDIA: dict[str, str] = {
    "json": "application/json",
    "jsonl": "application/x-ndjson",
    "csv": "text/csv; charset=utf-8",
    "parquet": "application/vnd.apache.parquet",
}
CHUNK = 1 << 16
BATCH = 1000
_END = object()


def records(store: SQLStore, record: Record) -> Iterator[dict[str, Any]]:
    """Every record of one type, one at a time."""
    if record == "articles":
        ids = [
            r[0]
            for r in store.conn.execute(
                f"SELECT id FROM articles WHERE {LATEST_REVISION} ORDER BY id"
            )
        ]
        yield from (article_json(store.get_article(a)) for a in ids)
    elif record == "quotes":
        groups = quote_groups(store.statement_groups())
        people = person_of(store)
        rows = store.conn.execute("SELECT data FROM quotes ORDER BY article_id, span_start")
        for (data,) in rows:
            quote = quote_from_json(data)
            yield quote_json(quote, groups.get(quote.id), people)
    elif record == "stories":
        yield from (story_json(s) for s in store.stories())
    elif record == "findings":
        yield from (finding_json(f) for f in store.findings())
    elif record == "citations":
        yield from (citation_json(c) for c in store.citations())
    else:
        yield from (copy_json(c) for c in store.copies())


def encode(rows: Iterable[dict[str, Any]], fmt: Format) -> Iterator[bytes]:
    """``rows`` written in ``fmt``, as chunks of bytes."""
    if fmt == "parquet":
        yield from _parquet(rows)
        return
    writer = {"json": _json, "jsonl": _jsonl, "csv": _csv}[fmt]
    buffer: list[str] = []
    size = 0
    for text in writer(rows):
        buffer.append(text)
        size += len(text)
        if size >= CHUNK:
            yield "".join(buffer).encode("utf-8")
            buffer, size = [], 0
    if buffer:
        yield "".join(buffer).encode("utf-8")


def _json(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    yield "["
    for n, row in enumerate(rows):
        yield ("," if n else "") + "\n" + json.dumps(row, ensure_ascii=False)
    yield "\n]\n"


def _jsonl(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    for row in rows:
        yield json.dumps(row, ensure_ascii=False) + "\n"


def flat(value: Any) -> Any:
    """A field as a CSV or Parquet cell: nested values as JSON text."""
    return json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value


def _csv(rows: Iterable[dict[str, Any]]) -> Iterator[str]:
    out = io.StringIO()
    writer: Any = None
    for row in rows:
        if writer is None:
            writer = csv.DictWriter(out, fieldnames=list(row))
            writer.writeheader()
        writer.writerow({k: flat(v) for k, v in row.items()})
        yield out.getvalue()
        out.seek(0)
        out.truncate()


def _parquet(rows: Iterable[dict[str, Any]]) -> Iterator[bytes]:
    sink = io.BytesIO()
    writer: pq.ParquetWriter | None = None
    schema: pa.Schema | None = None
    batch: list[dict[str, Any]] = []
    for row in _with_end(rows):
        if row is not None:
            batch.append({k: flat(v) for k, v in row.items()})
        if batch and (row is None or len(batch) >= BATCH):
            schema = schema or _schema(batch)
            writer = writer or pq.ParquetWriter(sink, schema)
            columns = {f.name: [_cell(r.get(f.name), f.type) for r in batch] for f in schema}
            writer.write_table(pa.table(columns, schema=schema))
            batch = []
            yield _drain(sink)
    if writer is None:
        writer = pq.ParquetWriter(sink, pa.schema([]))
    writer.close()
    yield _drain(sink)


def _with_end(rows: Iterable[dict[str, Any]]) -> Iterator[dict[str, Any] | None]:
    yield from rows
    yield None


def _drain(sink: io.BytesIO) -> bytes:
    data = sink.getvalue()
    sink.seek(0)
    sink.truncate()
    return data


def _schema(batch: list[dict[str, Any]]) -> pa.Schema:
    """Column types from the first batch: numbers and flags as such, the rest as text."""
    fields = []
    for name in batch[0]:
        values = [r[name] for r in batch if r.get(name) is not None]
        if values and all(isinstance(v, bool) for v in values):
            kind = pa.bool_()
        elif values and all(isinstance(v, int) and not isinstance(v, bool) for v in values):
            kind = pa.int64()
        elif values and all(isinstance(v, int | float) and not isinstance(v, bool) for v in values):
            kind = pa.float64()
        else:
            kind = pa.string()
        fields.append(pa.field(name, kind))
    return pa.schema(fields)


def _cell(value: Any, kind: pa.DataType) -> Any:
    if value is None or kind != pa.string() or isinstance(value, str):
        return value
    return json.dumps(value)


def export_stream(db_path: str, record: Record, fmt: Format) -> AsyncIterator[bytes]:
    """The export as an async stream of bytes, produced in a thread of its own."""

    def produce() -> Iterator[bytes]:
        with open_store(db_path) as store:
            yield from encode(records(store, record), fmt)

    return in_thread(produce)


def in_thread(produce: Callable[[], Iterator[bytes]]) -> AsyncIterator[bytes]:
    """Run the iterator ``produce()`` in one thread, handing its items over a bounded queue;
    stops the thread when the consumer goes away."""
    handover: queue.Queue[object] = queue.Queue(maxsize=8)
    stop = threading.Event()

    def put(item: object) -> bool:
        while not stop.is_set():
            try:
                handover.put(item, timeout=0.2)
                return True
            except queue.Full:
                continue
        return False

    def run() -> None:
        try:
            for chunk in produce():
                if not put(chunk):
                    return
            put(_END)
        except BaseException as exc:  # handed to the consumer, raised there
            put(exc)

    threading.Thread(target=run, daemon=True, name="retold-export").start()

    async def consume() -> AsyncIterator[bytes]:
        try:
            while True:
                item = await anyio.to_thread.run_sync(handover.get)
                if item is _END:
                    return
                if isinstance(item, BaseException):
                    raise item
                assert isinstance(item, bytes)
                yield item
        finally:
            stop.set()

    return consume()
