"""What the ``retold`` commands share: the database and settings options, the exit codes."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any, TypeVar

import click

from retold.config import Settings
from retold.errors import EXIT_CODES, UsageError
from retold.store import SQLStore, open_store
from retold.store.postgres import is_postgres_url

F = TypeVar("F", bound=Callable[..., Any])

EPILOG = "Exit codes:\n\n" + "\n\n".join(f"  {code}  {text}" for code, text in EXIT_CODES.items())


def db_option(func: F) -> F:
    """--db and --config, shared by every command that reads or writes a database."""
    func = click.option(
        "--config",
        "config_path",
        type=click.Path(dir_okay=False, path_type=Path),
        help="TOML settings file (keys as in Settings; RETOLD_* env overrides).",
    )(func)
    return click.option(
        "--db",
        "db_path",
        metavar="FILE|URL",
        help="SQLite database file, or a PostgreSQL database as postgresql://user@host/dbname "
        "[default: $RETOLD_DB or retold.db].",
    )(func)


@contextmanager
def open_db(db_path: str | None, settings: Settings, must_exist: bool = True) -> Iterator[SQLStore]:
    """The store at ``--db`` (else the settings' database); a missing SQLite file is a
    usage error unless the command may create it."""
    target = db_path or settings.db
    if must_exist and not is_postgres_url(target) and not Path(target).exists():
        raise UsageError(
            f"no database at {target}; run `retold analyze PATH... --db {target}` first"
        )
    with open_store(target) as store:
        yield store
