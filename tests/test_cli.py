"""The ``retold`` command, run as a real subprocess: output, filters and exit codes."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest

import retold
from helpers import RunCli
from retold.errors import EXIT_CODES

INPUTS = ("ferry.txt", "bulletin", "page.html", "records.jsonl", "feed.rss", "feed.atom")
N_ARTICLES = 9
COMMANDS = {
    "analyze": ["--db", "--max-file-bytes", "--quiet", "PATH"],
    "articles": ["--db", "--outlet", "--since", "--until", "--all-revisions", "--limit", "--json"],
    "show": ["--db", "--json", "ID"],
    "export": ["--db", "--format", "--out", "json", "jsonl", "csv"],
}


def summary_counts(stdout: str) -> dict[str, int]:
    return {
        k: int(v) for k, v in re.findall(r"^(ingested|unchanged|rejected)\s+(\d+)", stdout, re.M)
    }


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> Path:
    folder = tmp_path_factory.mktemp("cli") / "in"
    folder.mkdir()
    for name in INPUTS:
        shutil.copy(fixtures_dir / name, folder / name)
    (folder / "broken.jsonl").write_text('{"id": "x", "text": oops\n', encoding="utf-8")
    (folder / "empty.txt").write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def analyzed(run_cli: RunCli, corpus: Path) -> tuple[Path, str]:
    db = corpus.parent / "cli.db"
    done = run_cli("analyze", corpus, "--db", db)
    assert done.returncode == 0, done.stderr
    return db, done.stdout


def listed(run_cli: RunCli, db: Path, *args: str) -> list[dict[str, object]]:
    done = run_cli("articles", "--db", db, "--json", *args)
    assert done.returncode == 0, done.stderr
    return [json.loads(line) for line in done.stdout.splitlines()]


# -- version and help ------------------------------------------------------------------------


def test_version(run_cli: RunCli) -> None:
    done = run_cli("--version")
    assert done.returncode == 0
    assert done.stdout.strip() == f"retold, version {retold.__version__}"


@pytest.fixture(scope="module")
def helps(run_cli: RunCli) -> dict[str, str]:
    """`retold --help` (under "") and `retold COMMAND --help` for each command."""
    found = {}
    for command in ["", *COMMANDS]:
        done = run_cli(*([command] if command else []), "--help")
        assert done.returncode == 0, done.stderr
        found[command] = done.stdout
    return found


def test_top_level_help_lists_commands_and_exit_codes(helps: dict[str, str]) -> None:
    out = helps[""]
    for command in COMMANDS:
        assert re.search(rf"^\s+{command}\s", out, re.M), command
    assert "Exit codes" in out
    flat = " ".join(out.split())
    for code, text in EXIT_CODES.items():
        assert f"{code} {text}" in flat


@pytest.mark.parametrize("command", list(COMMANDS))
def test_command_help_lists_options(helps: dict[str, str], command: str) -> None:
    assert helps[command].startswith(f"Usage: retold {command}")
    for option in COMMANDS[command]:
        assert option in helps[command], option


@pytest.mark.parametrize("command", COMMANDS)
def test_command_help_lists_exit_codes(helps: dict[str, str], command: str) -> None:
    flat = " ".join(helps[command].split())
    assert "Exit codes" in flat
    for code, text in EXIT_CODES.items():
        assert f"{code} {text}" in flat


def test_unknown_command_and_option_are_usage_errors(run_cli: RunCli, tmp_path: Path) -> None:
    assert run_cli("frobnicate").returncode == 2
    assert run_cli("articles", "--db", tmp_path / "x.db", "--colour").returncode == 2
    assert run_cli("analyze").returncode == 2  # PATH... is required


# -- analyze -----------------------------------------------------------------------------


def test_analyze_summary_with_rejections(analyzed: tuple[Path, str], corpus: Path) -> None:
    db, stdout = analyzed
    assert summary_counts(stdout) == {"ingested": N_ARTICLES, "unchanged": 0, "rejected": 2}
    assert str(corpus / "empty.txt") in stdout and "empty file" in stdout
    assert "broken.jsonl#line-1" in stdout and "malformed JSONL" in stdout
    assert db.exists()


def test_analyze_again_is_unchanged(
    run_cli: RunCli, analyzed: tuple[Path, str], corpus: Path
) -> None:
    db, _ = analyzed
    done = run_cli("analyze", corpus, "--db", db, "--quiet")
    assert done.returncode == 0, done.stderr
    assert summary_counts(done.stdout) == {"ingested": 0, "unchanged": N_ARTICLES, "rejected": 2}
    assert "rejected:" not in done.stderr  # --quiet
    assert len(listed(run_cli, db)) == N_ARTICLES


def test_analyze_reports_rejections_on_stderr(
    run_cli: RunCli, corpus: Path, tmp_path: Path
) -> None:
    done = run_cli("analyze", corpus, "--db", tmp_path / "x.db")
    assert done.returncode == 0
    assert f"rejected: {corpus / 'empty.txt'}" in done.stderr


@pytest.mark.parametrize("case", ["only-bad-files", "missing-path", "empty-folder"])
def test_analyze_nothing_read_exits_3(run_cli: RunCli, tmp_path: Path, case: str) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    if case == "only-bad-files":
        (folder / "empty.txt").write_bytes(b"")
        (folder / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    target = tmp_path / "nowhere" if case == "missing-path" else folder
    done = run_cli("analyze", target, "--db", tmp_path / "x.db")
    assert done.returncode == 3, done.stderr
    assert "nothing could be read" in done.stderr
    assert summary_counts(done.stdout)["ingested"] == 0


def test_analyze_max_file_bytes(run_cli: RunCli, fixtures_dir: Path, tmp_path: Path) -> None:
    done = run_cli(
        "analyze", fixtures_dir / "ferry.txt", "--db", tmp_path / "x.db", "--max-file-bytes", "50"
    )
    assert done.returncode == 3
    assert "too large" in done.stdout


def test_db_from_environment(run_cli: RunCli, fixtures_dir: Path, tmp_path: Path) -> None:
    db = tmp_path / "from-env.db"
    env = {"RETOLD_DB": str(db)}
    assert run_cli("analyze", fixtures_dir / "bulletin", env_extra=env).returncode == 0
    assert db.exists()
    done = run_cli("articles", "--json", env_extra=env)
    assert done.returncode == 0 and len(done.stdout.splitlines()) == 1


# -- articles ----------------------------------------------------------------------------

FILTERS = [
    ([], N_ARTICLES),
    (["--outlet", "Valley Post"], 2),
    (["--outlet", "valley post"], 2),
    (["--since", "2024-06-01"], 4),
    (["--until", "2024-05-02"], 3),
    (["--since", "2024-05-02", "--until", "2024-06-04"], 2),
    (["--outlet", "Valley Post", "--since", "2024-09-15"], 1),
    (["--limit", "3"], 3),
]


@pytest.mark.parametrize(("args", "count"), FILTERS)
def test_articles_filters(
    run_cli: RunCli, analyzed: tuple[Path, str], args: list[str], count: int
) -> None:
    rows = listed(run_cli, analyzed[0], *args)
    assert len(rows) == count
    since = args[args.index("--since") + 1] if "--since" in args else "0000"
    until = args[args.index("--until") + 1] if "--until" in args else "9999"
    for row in rows:
        if "--outlet" in args:
            assert str(row["outlet"]).lower() == args[args.index("--outlet") + 1].lower()
        if "--since" in args or "--until" in args:
            assert row["published"] is not None and since <= str(row["published"]) <= until
    dated = [str(r["published"]) for r in rows if r["published"]]
    assert dated == sorted(dated)  # oldest first


@pytest.mark.parametrize("limit", ["0", "-1"])
def test_articles_limit_zero_or_negative(
    run_cli: RunCli, analyzed: tuple[Path, str], limit: str
) -> None:
    done = run_cli("articles", "--db", analyzed[0], "--json", "--limit", limit)
    assert done.returncode == 2 or done.stdout == ""


def test_articles_table(run_cli: RunCli, analyzed: tuple[Path, str]) -> None:
    done = run_cli("articles", "--db", analyzed[0], "--outlet", "Harbour Gazette")
    assert done.returncode == 0
    assert "Ferry terminal to open next spring" in done.stdout
    assert "2024-04-19" in done.stdout
    assert "1 article(s)" in done.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["--since", "2024-13-01"],
        ["--until", "2024-1-5"],
        ["--until", "05/06/2024"],
    ],
)
def test_articles_bad_arguments_exit_2(
    run_cli: RunCli, analyzed: tuple[Path, str], args: list[str]
) -> None:
    done = run_cli("articles", "--db", analyzed[0], *args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert args[0] in done.stderr or "Invalid value" in done.stderr


def test_articles_without_database_exit_2(run_cli: RunCli, tmp_path: Path) -> None:
    done = run_cli("articles", "--db", tmp_path / "missing.db")
    assert done.returncode == 2
    assert "no database" in done.stderr
    assert not (tmp_path / "missing.db").exists()


@pytest.mark.parametrize("command", [["show", "abc"], ["export", "--format", "json"]])
def test_not_a_database_exit_4(run_cli: RunCli, tmp_path: Path, command: list[str]) -> None:
    db = tmp_path / "notes.db"
    db.write_text("Shopping list: eggs, flour, milk.\n" * 10, encoding="utf-8")
    done = run_cli(*command, "--db", db)
    assert done.returncode == 4
    assert "notes.db" in done.stderr


def test_analyze_into_non_database_exit_4(
    run_cli: RunCli, fixtures_dir: Path, tmp_path: Path
) -> None:
    db = tmp_path / "notes.db"
    db.write_text("Shopping list: eggs, flour, milk.\n" * 10, encoding="utf-8")
    assert run_cli("analyze", fixtures_dir / "bulletin", "--db", db).returncode == 4


# -- show ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def ferry_id(run_cli: RunCli, analyzed: tuple[Path, str]) -> str:
    [row] = listed(run_cli, analyzed[0], "--outlet", "Harbour Gazette")
    return str(row["id"])


@pytest.mark.parametrize("length", [16, 8])
def test_show_article(
    run_cli: RunCli, analyzed: tuple[Path, str], ferry_id: str, length: int
) -> None:
    db, article_id = analyzed[0], ferry_id
    done = run_cli("show", article_id[:length], "--db", db)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert article_id in out
    assert "the new ferry terminal would open next spring" in out  # body
    assert "Harbour Gazette" in out and "from the masthead" in out  # field sources
    assert "from the scraped header" in out
    for reason, text in [
        ("byline", "By Jane Roe, Staff Writer"),
        ("advertisement", "Advertisement"),
        ("copyright footer", "© 2024 Harbour Gazette. All rights reserved."),
    ]:
        assert re.search(rf"{re.escape(reason)}\s.*{re.escape(text)}", out), reason


def test_show_json(run_cli: RunCli, analyzed: tuple[Path, str], ferry_id: str) -> None:
    db, article_id = analyzed[0], ferry_id
    done = run_cli("show", article_id[:6], "--db", db, "--json")
    assert done.returncode == 0
    shown = json.loads(done.stdout)
    assert shown["id"] == article_id
    assert shown["outlet_source"] == "masthead"
    assert {"text": "Advertisement", "reason": "advertisement"}.items() <= next(
        r for r in shown["removed"] if r["text"] == "Advertisement"
    ).items()


@pytest.mark.parametrize("article_id", ["0000000000000000", "not-an-id"])
def test_show_unknown_id_exit_5(
    run_cli: RunCli, analyzed: tuple[Path, str], article_id: str
) -> None:
    done = run_cli("show", article_id, "--db", analyzed[0])
    assert done.returncode == 5
    assert article_id in done.stderr
    assert done.stdout == ""


# -- export ----------------------------------------------------------------------------------


def test_export_json_out(run_cli: RunCli, analyzed: tuple[Path, str], tmp_path: Path) -> None:
    out = tmp_path / "sub" / "export.json"
    out.parent.mkdir()
    done = run_cli("export", "--db", analyzed[0], "--format", "json", "--out", out)
    assert done.returncode == 0, done.stderr
    document = json.loads(out.read_text(encoding="utf-8"))
    assert len(document["articles"]) == N_ARTICLES
    assert len(document["rejected"]) == 2


def test_export_out_in_missing_folder(
    run_cli: RunCli, analyzed: tuple[Path, str], tmp_path: Path
) -> None:
    done = run_cli(
        "export", "--db", analyzed[0], "--format", "json", "--out", tmp_path / "no" / "x.json"
    )
    assert "Traceback" not in done.stderr
    assert done.returncode == 2


def test_export_bad_format_exit_2(run_cli: RunCli, analyzed: tuple[Path, str]) -> None:
    done = run_cli("export", "--db", analyzed[0], "--format", "xml")
    assert done.returncode == 2
    assert done.stdout == ""
