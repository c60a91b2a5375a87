"""Ingest: files, folders, feeds, JSONL and HTML to raw documents."""

from retold.ingest.files import read_all, read_bytes, read_path, walk

__all__ = ["read_all", "read_bytes", "read_path", "walk"]
