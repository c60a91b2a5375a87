"""Paths to raw documents: walk folders, read, unzip, decode, split."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from retold.ingest.decode import DecodeFailure, decode_bytes, gunzip_if_needed
from retold.ingest.formats import sniff_format, split_documents
from retold.records import Origin, RawDocument, Rejected

_SKIP_SUFFIXES = {".db", ".db-wal", ".db-shm", ".sqlite", ".sqlite3"}


def walk(paths: Iterable[str | Path]) -> Iterator[Path | Rejected]:
    """Every file under ``paths`` in a stable order; missing paths become Rejected."""
    for given in paths:
        path = Path(os.path.abspath(given))
        if path.is_dir():
            for root, dirs, files in os.walk(path):
                dirs[:] = sorted(d for d in dirs if not d.startswith("."))
                for name in sorted(files):
                    child = Path(root) / name
                    if not name.startswith(".") and child.suffix not in _SKIP_SUFFIXES:
                        yield child
        elif path.is_file():
            yield path
        else:
            yield Rejected(Origin(str(path)), "no such file or directory")


def read_path(path: Path, max_bytes: int) -> Iterator[RawDocument | Rejected]:
    """All articles in one file, or the reason it holds none."""
    origin = Origin(str(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            yield Rejected(origin, f"file too large: {size} bytes exceeds the limit {max_bytes}")
            return
        data = path.read_bytes()
    except OSError as exc:
        yield Rejected(origin, f"cannot read file: {exc.strerror or exc}")
        return
    yield from read_bytes(data, str(path), max_bytes)


def read_bytes(data: bytes, name: str, max_bytes: int) -> Iterator[RawDocument | Rejected]:
    """Articles in ``data``, a file's content; ``name`` is its path (used for origin and hints)."""
    suffix = Path(name).suffix
    try:
        data, was_gzip = gunzip_if_needed(data, max_bytes)
        if was_gzip and suffix.lower() in (".gz", ".gzip"):
            suffix = Path(name[: -len(suffix)]).suffix
        decoded = decode_bytes(data)
    except DecodeFailure as exc:
        yield Rejected(Origin(name), str(exc))
        return
    fmt = sniff_format(decoded.text, suffix)
    yield from split_documents(decoded.text, name, fmt, decoded.encoding)


def read_all(paths: Iterable[str | Path], max_bytes: int) -> Iterator[RawDocument | Rejected]:
    for item in walk(paths):
        if isinstance(item, Rejected):
            yield item
        else:
            yield from read_path(item, max_bytes)
