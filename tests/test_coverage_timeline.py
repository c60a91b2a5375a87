"""``retold timeline PERSON``: a person's statements across stories, end to end on a small
fictional corpus (tests/fixtures/timeline.jsonl: a dock strike in 2023 told by two outlets, and
the strike leader's election as mayor in 2025), and on the seeds when they are present.

Expected dates were worked out by hand: the strike articles of Wed 10 and Thu 11 May
2023 open with "walked off the job on Tuesday" (9 May); the election article of Tue 4
February 2025 with "was elected ... on Monday" (3 February).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from helpers import RunCli
from retold.coverage.timeline import (
    TimelineEntry,
    match_person,
    statement_timeline,
    timeline_records,
)
from retold.errors import NotFoundError, UsageError
from retold.pipeline import run
from retold.serve.cli import cli
from retold.serve.plain import console as plain_console
from retold.serve.timeline_view import timeline_view
from retold.store import open_store


@pytest.fixture(scope="module")
def timeline_db(fixtures_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("timeline") / "timeline.db"
    with open_store(db) as store:
        summary = run([fixtures_dir / "timeline.jsonl"], store)
        assert (summary.ingested, len(summary.rejected)) == (3, 0)
    return db


def run_json(db: Path, person: str) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["timeline", person, "--db", str(db), "--json"])
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


def test_one_person_across_two_stories_in_time_order(timeline_db: Path) -> None:
    rows = run_json(timeline_db, "lindqvist")
    assert [(r["person"], r["date"], r["date_source"]) for r in rows] == [
        ("Mara Lindqvist", "2023-05-09", "event"),
        ("Mara Lindqvist", "2025-02-03", "event"),
    ]
    strike, election = rows
    assert strike["story"] != election["story"]
    # the strike statement: first in the earlier paper, carried by both
    assert (strike["outlet"], strike["first_published"]) == ("Harbour Herald", "2023-05-10")
    assert strike["outlets"] == ["Harbour Herald", "Coastal Courier"]
    assert strike["occurrences"] == 2 and strike["group"] is not None
    assert strike["text"].startswith("We will not load a single ship")
    # carried by one article only: a statement of its own, without a group
    assert (election["group"], election["occurrences"]) == (None, 1)
    assert [e["text"] for e in election["event_evidence"]] == ["Monday"]


def test_the_day_an_attribution_gives(timeline_db: Path) -> None:
    # first in the Herald (no day given); the Courier of Thu 11 May: "said on Wednesday that"
    (row,) = run_json(timeline_db, "Petra Holm")
    assert (row["outlet"], row["date"], row["said_on"]) == (
        "Harbour Herald",
        "2023-05-09",
        "2023-05-10",
    )
    assert row["said_on_evidence"]["text"] == "Wednesday"
    assert row["said_on_evidence"]["article"] != row["article"]
    (mayor,) = run_json(timeline_db, "Jonas Holm")
    assert mayor["said_on"] is None  # "who conceded defeat late on Monday" dates no saying


def test_spans_are_exact(timeline_db: Path) -> None:
    with open_store(timeline_db) as store:
        bodies = {s.article.id: s.article.body for s in store.articles()}
        records = timeline_records(store)
    assert records
    for record in records:
        assert bodies[record["article"]][record["start"] : record["end"]] == record["text"]
        spans = [*record["event_evidence"], *filter(None, [record["said_on_evidence"]])]
        for span in spans:
            assert bodies[span["article"]][span["start"] : span["end"]] == span["text"]


def test_every_person_has_a_timeline(timeline_db: Path) -> None:
    with open_store(timeline_db) as store:
        people = {e.person for e in statement_timeline(store)}
    assert people == {"Mara Lindqvist", "Petra Holm", "Jonas Holm"}


@pytest.mark.parametrize("query", ["Mara Lindqvist", "mara lindqvist", "LINDQVIST", " lindqvist "])
def test_a_person_by_full_name_or_surname_in_any_case(query: str) -> None:
    names = {"Mara Lindqvist", "Petra Holm", "Jonas Holm"}
    assert match_person(names, query) == "Mara Lindqvist"


def test_an_ambiguous_or_unknown_person() -> None:
    names = {"Mara Lindqvist", "Petra Holm", "Jonas Holm"}
    with pytest.raises(UsageError, match="Jonas Holm; Petra Holm"):
        match_person(names, "holm")
    assert match_person(names, "jonas holm") == "Jonas Holm"
    with pytest.raises(NotFoundError, match="no statements by 'Nobody'"):
        match_person(names, "Nobody")
    with pytest.raises(NotFoundError):
        match_person(names, "lind")  # part of a name is not a name


def test_a_person_without_accents() -> None:
    names = {"Inés Castell", "Dana Whitcombe"}
    assert match_person(names, "ines castell") == "Inés Castell"
    assert match_person(names, "CASTELL") == "Inés Castell"


def test_the_text_view(timeline_db: Path) -> None:
    result = CliRunner().invoke(cli, ["timeline", "Lindqvist", "--db", str(timeline_db)])
    assert result.exit_code == 0, result.output
    title, out = result.output.split("\n", 1)
    assert title == "Mara Lindqvist: 2 statement(s) in 2 story(ies), 2023-05-09 to 2025-02-03"
    assert out.index("2023-05-09") < out.index("We will not load") < out.index("2025-02-03")
    assert "“Tuesday”" in out and "also Coastal Courier" in out


def test_exit_codes_of_the_installed_command(timeline_db: Path, run_cli: RunCli) -> None:
    ambiguous = run_cli("timeline", "holm", "--db", timeline_db)
    assert ambiguous.returncode == 2
    assert "Jonas Holm" in ambiguous.stderr and "Petra Holm" in ambiguous.stderr
    assert run_cli("timeline", "nobody", "--db", timeline_db).returncode == 5


def test_seeds_put_rasmussen_2023_and_2025_on_one_timeline(
    shared_dir: Path, tmp_path: Path
) -> None:
    seeds = shared_dir / "corpus" / "seeds"
    if not seeds.is_dir():
        pytest.skip(f"seed articles not present in {seeds}")
    db = tmp_path / "seeds.db"
    with open_store(db) as store:
        run([seeds], store)
    rows = run_json(db, "Rasmussen")
    assert {r["person"] for r in rows} == {"Anders Fogh Rasmussen"}
    years = [r["date"][:4] for r in rows if r["date"]]
    assert years == sorted(years) and years[0] == "2023" and years[-1] == "2025"
    assert len({r["story"] for r in rows}) == 2
    # the conditional statement four outlets carry is one entry, first in the 2023 article
    carried = max(rows, key=lambda r: r["occurrences"])
    assert carried["first_published"] == "2023-06-16" and carried["occurrences"] >= 4


def test_help_names_the_argument_options_and_exit_codes() -> None:
    result = CliRunner().invoke(cli, ["timeline", "--help"])
    assert result.exit_code == 0
    assert result.output.startswith("Usage: cli timeline [OPTIONS] PERSON")
    for option in ("--db", "--json", "--config", "Exit codes"):
        assert option in result.output


def test_the_view_prints_untrusted_text_as_written() -> None:
    entry = TimelineEntry(
        person="[bold]Ann[/bold] Lee",
        group="",
        quote="a:q1",
        story=None,
        date=None,
        date_source="unknown",
        first_published=None,
        event=None,
        article="a",
        outlet="[red]Herald[/]",
        speaker="Ann Lee",
        text="We said [people] matter :smile:",
        start=0,
        end=31,
        kind="direct",
        outlets=("[red]Herald[/]",),
        occurrences=1,
    )
    console = plain_console(width=200)
    with console.capture() as captured:
        console.print(timeline_view(entry.person, [entry]))
    out = captured.get()
    for raw in ("[bold]Ann[/bold] Lee", "[red]Herald[/]", "We said [people] matter :smile:"):
        assert raw in out
