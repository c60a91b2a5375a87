"""`retold show` tells what a copy dropped from its original, added and reworded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import RunCli, WriteFile
from retold.serve.detail import word_changes

ORIGINAL = [
    "PORT ELWYN, March 4 (Eastwire) - The harbour board of Port Elwyn on Tuesday approved "
    "a new ferry terminal on the northern quay, ending a dispute that had lasted four years.",
    "The terminal will cost 48 million pounds and is due to open in the spring of 2027, the "
    "board's chairwoman Morag Lindqvist told reporters after a vote of seven to two.",
    "Ferry operators had asked for a larger terminal since the old pier was closed for repairs, "
    "forcing passengers to board from a temporary pontoon in all weathers.",
    "Local businesses welcomed the decision, though several fishermen said they worried about "
    "the noise from construction along the northern quay during the summer season.",
    "The board said work would start in June and that the fish market would stay open while the "
    "new berths are dredged and the old warehouses are taken down.",
    "Opponents on the town council said they would ask the regional government to review the "
    "vote, arguing that the cost had doubled since the plan was first put forward.",
]
COPY = [
    ORIGINAL[0].replace("March 4 ", "").replace("on Tuesday", "today"),
    *ORIGINAL[1:5],
    "Readers can follow the project on the harbour board's website, which will publish "
    "monthly updates on the construction work and on any changes to the ferry timetable.",
]


@pytest.mark.parametrize(
    ("original", "copy", "changes"),
    [
        ("the board on Tuesday approved", "the board today approved", ["'on Tuesday' -> 'today'"]),
        ("PORT ELWYN, March 4 (Eastwire)", "PORT ELWYN, (Eastwire)", ["'March 4' dropped"]),
        ("the vote", "the narrow vote", ["'narrow' added"]),
        ("same words", "same words", []),
    ],
)
def test_word_changes(original: str, copy: str, changes: list[str]) -> None:
    assert word_changes(original, copy) == changes


def test_show_lists_what_a_copy_changed(
    run_cli: RunCli, write_file: WriteFile, tmp_path: Path
) -> None:
    write_file(
        "in/2025-03-04-eastwire.txt",
        "Port Elwyn approves ferry terminal\n\n" + "\n\n".join(ORIGINAL),
    )
    write_file("in/2025-03-09-copysite.txt", "Ferry terminal approved\n\n" + "\n\n".join(COPY))
    db = tmp_path / "copies.db"
    assert run_cli("analyze", tmp_path / "in", "--db", db, "--quiet").returncode == 0
    rows = [
        json.loads(line) for line in run_cli("articles", "--db", db, "--json").stdout.splitlines()
    ]
    copy_id = next(r["id"] for r in rows if "copysite" in r["origin"]["path"])
    done = run_cli("show", copy_id, "--db", db, "--json")
    assert done.returncode == 0, done.stderr
    (diff,) = json.loads(done.stdout)["copy_diffs"]
    assert diff["copy"] == copy_id
    assert [d["text"] for d in diff["dropped"]] == [ORIGINAL[5]]
    assert [a["text"] for a in diff["added"]] == [COPY[5]]
    (changed,) = diff["changed"]
    assert changed["original"]["text"] == ORIGINAL[0] and changed["copy"]["text"] == COPY[0]
    text = run_cli("show", copy_id, "--db", db).stdout
    assert "'on Tuesday' -> 'today'" in text and "dropped" in text and "added" in text
