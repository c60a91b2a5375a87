"""Text from the inputs that looks like rich markup ("[people]", "[bold]x[/bold]", a bare
"[/]") is printed as it is written by every command, on a terminal and through a pipe."""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from helpers import RunCli

TERMINAL = {"TTY_COMPATIBLE": "1", "TTY_INTERACTIVE": "1", "TERM": "xterm"}
MODES = {"piped": {}, "terminal": TERMINAL}
ANSI = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b\][^\x1b\x07]*(?:\x1b\\|\x07)")

WIRE = "[people] wire.jsonl"
NOTES = "[bold]x notes.txt"
EMPTY = "[people] empty.txt"
OUTLETS = ("Eastwire [people]", "[bold]Copy[/bold]")
TITLES = ("Ferry terminal [people] approved [/]", "Terminal [link=http://x]y[/link] approved")
NOTES_TITLE = "Library [link=http://x]y[/link] reopens"
URL = "https://eastwire.example/[people]/ferry"
Show = Callable[..., str]  # runs a command, returns what it printed, as seen

FERRY = [
    "PORT ELWYN, March 4 (Eastwire) - The harbour board of Port Elwyn on Tuesday approved a new "
    "ferry terminal [people] on the northern quay, ending a dispute that had lasted four years.",
    '"We will build 48 berths [bold]x[/bold] and open by spring [/]," the board\'s chairwoman '
    "Morag Lindqvist told reporters after a vote of seven to two.",
    "Ferry operators had asked for a larger terminal since the old pier was closed for repairs, "
    "forcing passengers to board from a temporary pontoon in all weathers [link=http://x]y[/link].",
    "Local businesses welcomed the decision, though several fishermen said they worried about "
    "the noise from construction along the northern quay during the summer season.",
    "The board said work would start in June and that the fish market would stay open while the "
    "new berths are dredged and the old warehouses are taken down.",
]
LIBRARY = [
    NOTES_TITLE,
    "The public library in Millbrook reopened on Monday, eight months after a burst river bank "
    "flooded its ground floor and ruined more than ten thousand books [people].",
    "Volunteers spent the winter drying maps and photographs from the local archive, and the "
    "council said most of the rare collection had been saved.",
    '"Every shelf [bold]x[/bold] is full again [/]," said Edith Marchbank, the head librarian, '
    "as the first readers queued outside the doors.",
    "Copyright [people] 2025 Millbrook Gazette.",
]
# Short enough never to wrap in a table cell, even through a pipe (140 columns).
BODY = ("ferry terminal [people] on", "pontoon in all weathers [link=http://x]y[/link].")
QUOTE = ("berths [bold]x[/bold]", "by spring [/],")


def visible(text: str) -> str:
    """What a reader sees: the output less its escape sequences."""
    return ANSI.sub("", text)


def records() -> str:
    copy = [p.replace("48 berths", "84 berths") for p in FERRY]
    rows = [
        ("r1", URL, OUTLETS[0], TITLES[0], "2025-03-04", FERRY),
        ("r2", "https://copy.example/[bold]x[/bold]", OUTLETS[1], TITLES[1], "2025-03-06", copy),
    ]
    keys = ("id", "url", "outlet", "title", "published")
    return "".join(
        json.dumps({**dict(zip(keys, row[:5], strict=True)), "text": "\n\n".join(row[5])}) + "\n"
        for row in rows
    )


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("markup") / "in"
    folder.mkdir()
    (folder / WIRE).write_text(records(), encoding="utf-8")
    (folder / NOTES).write_text("\n\n".join(LIBRARY) + "\n", encoding="utf-8")
    (folder / EMPTY).write_bytes(b"")
    return folder


@pytest.fixture(scope="module")
def db(run_cli: RunCli, corpus: Path) -> Path:
    path = corpus.parent / "markup.db"
    done = run_cli("analyze", corpus, "--db", path, "--quiet")
    assert done.returncode == 0, done.stderr
    return path


@pytest.fixture(scope="module")
def ids(run_cli: RunCli, db: Path) -> dict[str, str]:
    """Article id by the name of its input file (with its record id)."""
    done = run_cli("articles", "--db", db, "--json")
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    return {
        Path(r["origin"]["path"]).name + str(r["origin"]["record"] or ""): r["id"] for r in rows
    }


@pytest.fixture(scope="module")
def stories(run_cli: RunCli, db: Path) -> list[dict[str, Any]]:
    done = run_cli("stories", "--db", db, "--json")
    return [json.loads(line) for line in done.stdout.splitlines()]


@pytest.fixture(params=sorted(MODES))
def run(request: pytest.FixtureRequest, run_cli: RunCli) -> Show:
    """run_cli with standard output piped, or taken for a terminal."""
    env = MODES[request.param]

    def run_in_mode(*args: str | Path) -> str:
        done = run_cli(*args, env_extra=env)
        assert done.returncode == 0, done.stderr
        return visible(done.stdout)

    return run_in_mode


def assert_shown(out: str, *texts: str) -> None:
    missing = [t for t in texts if t not in out]
    assert not missing, f"not printed as written: {missing}\n{out}"


@pytest.mark.parametrize("mode", sorted(MODES))
def test_analyze_prints_file_names_as_written(
    run_cli: RunCli, corpus: Path, tmp_path: Path, mode: str
) -> None:
    done = run_cli("analyze", corpus, "--db", tmp_path / "a.db", env_extra=MODES[mode])
    assert done.returncode == 0, done.stderr
    assert_shown(visible(done.stdout), f"{EMPTY}: empty file")
    if mode == "terminal":  # the progress bar names the file it read last
        assert any(name in visible(done.stderr) for name in (WIRE, NOTES, EMPTY)), done.stderr


def test_articles_prints_titles_outlets_and_files_as_written(run: Show, db: Path) -> None:
    out = run("articles", "--db", db)
    assert_shown(out, *TITLES, NOTES_TITLE, *OUTLETS, f"{WIRE}#r1", f"{WIRE}#r2", NOTES)


def test_stories_prints_titles_and_outlets_as_written(
    run: Show, db: Path, stories: list[dict[str, Any]]
) -> None:
    out = run("stories", "--db", db)
    assert {s["title"] for s in stories} <= {*TITLES, NOTES_TITLE}
    assert_shown(out, *(s["title"] for s in stories), *OUTLETS)


def test_show_article_prints_its_text_as_written(run: Show, db: Path, ids: dict[str, str]) -> None:
    out = run("show", ids[f"{WIRE}r1"], "--db", db)
    assert_shown(out, TITLES[0], OUTLETS[0], URL, f"{WIRE}#r1", *BODY, *QUOTE, OUTLETS[1])
    assert_shown(out, "84 berths [bold]x[/bold]")  # the altered copy, among the variants


def test_show_article_prints_removed_lines_as_written(
    run: Show, db: Path, ids: dict[str, str]
) -> None:
    out = run("show", ids[NOTES], "--db", db)
    assert_shown(out, NOTES_TITLE, NOTES, "books [people].", "shelf [bold]x[/bold]", "again [/],")
    assert_shown(out, LIBRARY[-1])  # the copyright footer, removed


def test_show_story_prints_titles_outlets_and_evidence_as_written(
    run: Show, db: Path, ids: dict[str, str], stories: list[dict[str, Any]]
) -> None:
    (story,) = (s for s in stories if ids[f"{WIRE}r1"] in s["articles"])
    out = run("show", story["id"], "--db", db)
    assert_shown(out, *TITLES, *OUTLETS)
    assert "quote_altered" in out
    for number in ("48", "84"):  # the finding's evidence, both sides
        assert_shown(out, f"“We will build {number} berths [bold]x[/bold] and open by spring [/],”")


def test_quotes_prints_quotes_and_outlets_as_written(run: Show, db: Path) -> None:
    out = run("quotes", "--db", db)
    assert_shown(out, *QUOTE, "shelf [bold]x[/bold]", "again [/],", *OUTLETS, "Morag Lindqvist")


@pytest.mark.parametrize(
    ("args", "said"),
    [
        (("show", "[/]x"), "no article with id '[/]x'"),
        (("show", "story-[people]"), "story-[people]"),
        (("articles", "--since", "[bold]x"), "got '[bold]x'"),
    ],
)
@pytest.mark.parametrize("mode", sorted(MODES))
def test_errors_quote_what_they_were_given_as_written(
    run_cli: RunCli, db: Path, args: tuple[str, ...], said: str, mode: str
) -> None:
    done = run_cli(*args, "--db", db, env_extra=MODES[mode])
    assert done.returncode != 0
    assert said in visible(done.stderr)


@pytest.mark.parametrize("mode", sorted(MODES))
def test_a_word_diff_without_colour_marks_what_changed(
    run_cli: RunCli, db: Path, ids: dict[str, str], stories: list[dict[str, Any]], mode: str
) -> None:
    """Through a pipe the struck and underlined words of a diff would read as one blend:
    there they stand between [- -] and {+ +}; a terminal shows them in colour alone."""
    (story,) = (s for s in stories if ids[f"{WIRE}r1"] in s["articles"])
    done = run_cli("show", story["id"], "--db", db, env_extra=MODES[mode])
    out = visible(done.stdout)
    marked = "[-48-] {+84+}" in out or "[-84-] {+48+}" in out
    assert marked == (mode == "piped"), out
