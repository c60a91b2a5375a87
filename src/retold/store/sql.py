"""What the SQL backends share: every table's reads and writes, and the migration runner.

A backend subclasses ``SQLStore`` and supplies the connection (``conn``, taking
statements written as for ``sqlite3``), ``_transaction()``, the exception types
its driver raises (``errors``) and, where its SQL differs, the statements it runs
to build the schema (``_ddl``, ``_statements``).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any, Self

from retold.errors import SchemaError
from retold.store.analysis import AnalysisTables
from retold.store.articles import ArticleTables, now
from retold.store.base import Connection
from retold.store.copyindex import CopyIndexTables
from retold.store.coverage import CoverageTables
from retold.store.learnindex import LearnIndexTables
from retold.store.links import LinkTables
from retold.store.schema import LATEST, MIGRATIONS, MIGRATIONS_TABLE, Migration
from retold.store.sentences import SentenceTables


class SQLStore(
    ArticleTables,
    LinkTables,
    AnalysisTables,
    CoverageTables,
    CopyIndexTables,
    LearnIndexTables,
    SentenceTables,
):
    """A store over one connection.  Use as a context manager or call ``close()``."""

    conn: Connection
    path: str  # where the data is, as shown to a user (no password)
    errors: tuple[type[Exception], ...]

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def close(self) -> None:
        self.conn.close()

    def _transaction(self) -> Any:
        raise NotImplementedError

    def derive_lock(self) -> AbstractContextManager[None]:
        raise NotImplementedError

    def data_version(self) -> str:
        """A value that differs between two calls on this store whenever a change was
        committed in between by another connection (compare values of one store only)."""
        raise NotImplementedError

    def _ddl(self, statement: str) -> str:
        """A statement of the schema as this backend runs it."""
        return statement

    def _statements(self, migration: Migration) -> tuple[str, ...]:
        """The statements this backend runs to apply ``migration``."""
        return tuple(self._ddl(s) for s in migration.statements)

    def _migrate(self) -> None:
        """Apply the migrations this database lacks.  An up-to-date database is only read:
        opening a store (as each web request does) takes no write lock."""
        applied = self._versions()
        if applied is None:
            with self._transaction():  # one process at a time, even to create the first table
                self.conn.execute(self._ddl(MIGRATIONS_TABLE))
            applied = self._versions() or set()
        if applied and max(applied) > LATEST:
            raise SchemaError(
                f"database {self.path} has schema version {max(applied)}; this "
                f"retold knows up to {LATEST}: upgrade retold"
            )
        if applied >= {m.version for m in MIGRATIONS}:
            return
        for migration in MIGRATIONS:
            if migration.version in applied:
                continue
            with self._transaction():
                if self._applied(migration):  # by another process since we looked
                    continue
                for statement in self._statements(migration):
                    self.conn.execute(statement)
                self.conn.execute(
                    "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)",
                    (migration.version, migration.name, now()),
                )

    def _versions(self) -> set[int] | None:
        """The versions applied, or None before the migrations table exists."""
        try:
            return {v for (v,) in self.conn.execute("SELECT version FROM schema_migrations")}
        except self.errors:
            return None

    def _applied(self, migration: Migration) -> bool:
        found = self.conn.execute(
            "SELECT 1 FROM schema_migrations WHERE version = ?", (migration.version,)
        )
        return found.fetchone() is not None

    def schema_versions(self) -> list[int]:
        return [v for (v,) in self.conn.execute("SELECT version FROM schema_migrations ORDER BY 1")]
