"""Store: the schema in one place, migrations, SQLite and PostgreSQL behind one interface."""

from __future__ import annotations

from pathlib import Path

from retold.store.base import ArticleQuery, Store, WriteOutcome
from retold.store.postgres import PostgresStore, is_postgres_url
from retold.store.sql import SQLStore
from retold.store.sqlite import SQLiteStore


def open_store(target: str | Path) -> SQLStore:
    """Open the database at ``target``: a ``postgresql://user@host/dbname`` URL (the
    database must exist) or a SQLite file path (created if needed)."""
    if is_postgres_url(target):
        return PostgresStore(str(target))
    return SQLiteStore(target)


__all__ = [
    "ArticleQuery",
    "PostgresStore",
    "SQLStore",
    "SQLiteStore",
    "Store",
    "WriteOutcome",
    "open_store",
]
