"""`retold serve`: its options, its refusals, and the installed command serving for real."""

from __future__ import annotations

import socket
import subprocess
import time
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner

from retold.errors import UsageError
from retold.serve.cli import cli, main


def test_serve_help_names_its_options() -> None:
    result = CliRunner().invoke(cli, ["serve", "--help"])
    assert result.exit_code == 0
    for option in ("--db", "--host", "--port", "--allow-writes", "--token", "127.0.0.1"):
        assert option in result.output


@pytest.mark.parametrize("args", [["serve", "--db", "no-such.db"], ["serve", "--allow-writes"]])
def test_serve_refuses(args: list[str], example_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("RETOLD_TOKEN", raising=False)
    if "--db" not in args:
        args = [*args, "--db", str(example_db)]
    with pytest.raises(SystemExit) as done:
        main(args)
    assert done.value.code == UsageError.exit_code


def test_the_installed_command_serves_on_localhost(
    retold_bin: Path, example_db: Path, tmp_path: Path
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    log = tmp_path / "serve.log"
    with log.open("w") as out:
        server = subprocess.Popen(
            [str(retold_bin), "serve", "--db", str(example_db), "--port", str(port)],
            stdout=out,
            stderr=subprocess.STDOUT,
        )
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                response = httpx.get(f"http://127.0.0.1:{port}/api/stories", timeout=2)
                break
            except httpx.TransportError:
                assert server.poll() is None, log.read_text()
                assert time.monotonic() < deadline, "retold serve did not start"
                time.sleep(0.2)
        assert response.status_code == 200 and response.json()["total"] > 0
        assert response.headers["content-security-policy"]
        assert f"http://127.0.0.1:{port}/" in log.read_text()
    finally:
        server.terminate()
        server.wait(timeout=20)
