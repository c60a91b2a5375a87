"""Store: the schema in one place, migrations, backends behind one interface."""

from __future__ import annotations

from pathlib import Path

from retold.store.base import ArticleQuery, Store, WriteOutcome
from retold.store.sqlite import SQLiteStore


def open_store(target: str | Path) -> SQLiteStore:
    """Open (creating if needed) the database at ``target``: a SQLite file path."""
    return SQLiteStore(target)


__all__ = ["ArticleQuery", "SQLiteStore", "Store", "WriteOutcome", "open_store"]
