"""SQLite backend: one file, WAL journal, one connection; one writer at a time."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from retold.errors import StoreError
from retold.store.sql import SQLStore


class SQLiteStore(SQLStore):
    """The embedded default store, in the file at ``path`` (or ``":memory:"``)."""

    errors = (sqlite3.DatabaseError,)

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = self.sqlite = sqlite3.connect(self.path, isolation_level=None, timeout=30)
            self.sqlite.execute("PRAGMA journal_mode=WAL")
            self.sqlite.execute("PRAGMA foreign_keys=ON")
            self.sqlite.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot use database {self.path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _transaction(self) -> _Transaction:
        return _Transaction(self.sqlite)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
