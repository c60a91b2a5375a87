"""A throwaway PostgreSQL server for the tests: initdb in a temporary folder, a server on
a free loopback port, one fresh database per test, everything removed at the end."""

from __future__ import annotations

import glob
import itertools
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg

BACKENDS = ("sqlite", "postgresql")  # the ``store_url`` fixture's parameters
USER = "retold"  # the superuser initdb creates; trust authentication on loopback only


def postgres_bin() -> Path | None:
    """The folder of ``initdb`` and ``pg_ctl``: on PATH, else the newest Debian install."""
    found = shutil.which("initdb")
    if found and shutil.which("pg_ctl"):
        return Path(found).resolve().parent
    installed = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"), key=_version)
    return Path(installed[-1]).parent if installed else None


def _version(path: str) -> tuple[int, ...]:
    part = Path(path).parts[-3]
    return tuple(int(n) for n in part.split(".") if n.isdigit())


def _run_as() -> list[str]:
    """initdb and postgres refuse to run as root: run them as an unprivileged user."""
    if os.geteuid() != 0:
        return []
    for name in ("postgres", "nobody"):
        try:
            pwd.getpwnam(name)
        except KeyError:
            continue
        return ["runuser", "-u", name, "--"]
    raise RuntimeError("running as root and no unprivileged user to run PostgreSQL as")


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


class PostgresServer:
    """A running server; ``new_database()`` gives the URL of an empty database."""

    def __init__(self, port: int) -> None:
        self.port = port
        self._names = itertools.count(1)

    def url(self, dbname: str) -> str:
        return f"postgresql://{USER}@127.0.0.1:{self.port}/{dbname}"

    def new_database(self) -> str:
        name = f"test_{next(self._names)}"
        with psycopg.connect(self.url("postgres"), autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {name}")
        return self.url(name)


@contextmanager
def postgres_server(bin_dir: Path) -> Iterator[PostgresServer]:
    """Start a server from ``bin_dir`` for the duration of the ``with`` block."""
    runner = _run_as()
    root = Path(tempfile.mkdtemp(prefix="retold-pg-"))
    if runner:
        user = pwd.getpwnam(runner[2])
        os.chown(root, user.pw_uid, user.pw_gid)
    data, port = root / "data", _free_port()

    def run(*args: str) -> None:
        subprocess.run([*runner, *args], check=True, capture_output=True, timeout=120)

    try:
        run(str(bin_dir / "initdb"), "-D", str(data), "-U", USER, "--auth=trust", "-E", "UTF8")
        options = (
            f"-c listen_addresses=127.0.0.1 -p {port} -k {root} "
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        pg_ctl = str(bin_dir / "pg_ctl")
        run(pg_ctl, "-D", str(data), "-o", options, "-l", str(root / "log"), "-w", "start")
        try:
            yield PostgresServer(port)
        finally:
            run(pg_ctl, "-D", str(data), "-m", "fast", "-w", "stop")
    finally:
        shutil.rmtree(root, ignore_errors=True)
