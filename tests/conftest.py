"""Shared fixtures: temporary databases, file writers, the console script, shared data."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import SHARED, RunCli, WriteFile, nlp_or_skip
from pgserver import BACKENDS, PostgresServer, postgres_bin, postgres_server
from retold.analyze import QuoteOptions

TESTS = Path(__file__).resolve().parent
FIXTURES = TESTS / "fixtures"


def retold_script() -> Path:
    found = shutil.which("retold", path=str(Path(sys.executable).parent))
    script = Path(found) if found else Path(sys.executable).parent / "retold"
    if not script.exists():
        pytest.fail(f"console script not installed next to {sys.executable}")
    return script


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "retold.db"


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresServer]:
    """A throwaway PostgreSQL server for the session (skips when none is installed)."""
    bin_dir = postgres_bin()
    if bin_dir is None:
        why = (
            "PostgreSQL is not installed (no initdb on PATH or in /usr/lib/postgresql/*/bin): "
            "install postgresql to run the PostgreSQL half of the store tests"
        )
        if os.environ.get("REQUIRE_POSTGRES"):  # set by .ci/run
            pytest.fail(why)
        pytest.skip(why)
    with postgres_server(bin_dir) as server:
        yield server


@pytest.fixture(params=BACKENDS)
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database on each backend: a SQLite file, then a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "retold.db")
    server: PostgresServer = request.getfixturevalue("postgres")
    return server.new_database()


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """write_file("in/a.txt", b"...") -> the path, under tmp_path, with parents made."""

    def write(name: str, data: bytes | str) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(data, str):
            data = data.encode("utf-8")
        path.write_bytes(data)
        return path

    return write


@pytest.fixture(scope="session")
def retold_bin() -> Path:
    return retold_script()


@pytest.fixture(scope="session")
def run_cli(retold_bin: Path) -> RunCli:
    """run_cli("analyze", path, "--db", db) -> CompletedProcess with text stdout/stderr."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("RETOLD_")}
    env.update(COLUMNS="300", NO_COLOR="1", TERM="dumb")

    def run(
        *args: str | Path, cwd: Path | None = None, env_extra: dict[str, str] | None = None
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [str(retold_bin), *map(str, args)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            env={**env, **(env_extra or {})},
            cwd=cwd,
            timeout=120,
            check=False,
        )

    return run


@pytest.fixture(scope="session")
def fixtures_dir() -> Path:
    return FIXTURES


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    if not SHARED.is_dir():
        pytest.skip(f"shared data not present at {SHARED}")
    return SHARED


# -- the web app (tests/test_web_*.py) ---------------------------------------------------
EXAMPLE_CORPUS = TESTS.parent / "examples" / "corpus"


@pytest.fixture(scope="session")
def example_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database analysed from the example corpus (what `make demo` builds)."""
    from retold.pipeline import run
    from retold.store import open_store

    db = tmp_path_factory.mktemp("web") / "examples.db"
    with open_store(db) as store:
        run([EXAMPLE_CORPUS], store)
    return db


@pytest.fixture(scope="session")
def xss_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A database of two articles with script payloads in every untrusted field."""
    from retold.pipeline import run
    from retold.store import open_store

    db = tmp_path_factory.mktemp("web") / "xss.db"
    with open_store(db) as store:
        run([FIXTURES / "web_xss.jsonl"], store)
    return db


@pytest.fixture(scope="session")
def nlp() -> Any:
    """The spaCy pipeline (loaded once per process), or skip where none is installed."""
    return nlp_or_skip()


@pytest.fixture(scope="session")
def options() -> QuoteOptions:
    """The quote stage's default knowledge and limits."""
    return QuoteOptions()
