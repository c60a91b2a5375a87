"""SQLite backend: one file, WAL journal, one connection; one writer at a time.

Several processes share one file: every write is a ``BEGIN IMMEDIATE`` transaction
that waits (``BUSY_TIMEOUT``) for the one before it, so a writer never meets "database
is locked" in the middle of a transaction; reads never wait (WAL).  The rebuild of the
derived tables is one process at a time through an advisory lock on ``FILE.lock``
(``flock``: released by the kernel when the process ends, even by SIGKILL).
"""

from __future__ import annotations

import fcntl
import sqlite3
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from retold.errors import StoreError
from retold.store.sql import SQLStore

BUSY_TIMEOUT = 120.0  # seconds a write waits for the writer before it


def _write_ahead(conn: sqlite3.Connection) -> None:
    """Switch the file to WAL.  While another process writes a file that is not WAL yet
    (creating it), the switch fails at once with "database is locked" (SQLite does not
    wait for it): try again until ``BUSY_TIMEOUT``."""
    deadline = time.monotonic() + BUSY_TIMEOUT
    while True:
        try:
            conn.execute("PRAGMA journal_mode=WAL")
            return
        except sqlite3.OperationalError as exc:
            if "locked" not in str(exc) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


class SQLiteStore(SQLStore):
    """The embedded default store, in the file at ``path`` (or ``":memory:"``)."""

    errors = (sqlite3.DatabaseError,)

    def __init__(self, path: str | Path) -> None:
        self.path = str(path)
        try:
            if self.path != ":memory:":
                Path(self.path).parent.mkdir(parents=True, exist_ok=True)
            self.conn = self.sqlite = sqlite3.connect(
                self.path, isolation_level=None, timeout=BUSY_TIMEOUT, check_same_thread=False
            )
            _write_ahead(self.sqlite)
            self.sqlite.execute("PRAGMA foreign_keys=ON")
            self.sqlite.execute("PRAGMA synchronous=NORMAL")
            self._migrate()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot use database {self.path}: {exc}") from exc
        except OSError as exc:
            raise StoreError(f"cannot open database {self.path}: {exc}") from exc

    def _transaction(self) -> _Transaction:
        return _Transaction(self.sqlite)

    def data_version(self) -> str:
        """Changes whenever another connection commits (SQLite's ``data_version``)."""
        return str(self.sqlite.execute("PRAGMA data_version").fetchone()[0])

    @contextmanager
    def derive_lock(self) -> Iterator[None]:
        if self.path == ":memory:":
            yield  # no other process can open it
            return
        with open(f"{self.path}.lock", "ab") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            try:
                yield
            finally:
                fcntl.flock(lock, fcntl.LOCK_UN)


class _Transaction:
    """BEGIN IMMEDIATE ... COMMIT, or ROLLBACK on any exception."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn

    def __enter__(self) -> None:
        self.conn.execute("BEGIN IMMEDIATE")

    def __exit__(self, exc_type: object, *rest: object) -> None:
        self.conn.execute("ROLLBACK" if exc_type else "COMMIT")
