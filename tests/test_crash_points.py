"""A run cut short at any write of the derive step (as a kill would cut it) and then run
again ends where one uninterrupted run does: every table the derive step writes is
either written again or vouched for by what was written before it."""

from __future__ import annotations

import contextlib
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from helpers import OUTLETS, TOPICS, WriteFile, cut_at, write_topic, write_under
from retold.clean.learn import LearnOptions
from retold.link import stories
from retold.link.stories import StoryOptions
from retold.pipeline import RunOptions, run
from retold.store import open_store
from retold.store.base import Store

FAST = RunOptions(parse=False)
BODY = (
    "The ferry between Harbour Point and Gull Island returned to service on Friday after "
    "engineers replaced a cracked propeller shaft, the operator said.\n\n"
    "“We are sorry for the disruption,” said Mara Quill, the operator's director.\n\n"
    "Commuters had faced a two-hour detour by road for three weeks while the vessel sat in "
    "dry dock at the Kestrel yard, and the island's shops ran short of fresh bread."
)
WRITES = [
    "put_learned",
    "replace_copies",
    "put_copy_index",
    "replace_stories",
    "put_state",
    "put_blob",
    "replace_findings",
    "put_analysis",
    "replace_person_names",
    "replace_statement_groups",
    "replace_coverage",
]


def corpus(write_file: WriteFile) -> None:
    for name, outlet in [("a", "Lakeside Ledger"), ("b", "Valley Post"), ("c", "Harbour Herald")]:
        write_file(f"in/{name}.txt", f"{outlet}\n\nFerry back in service\n\n{BODY}")
    write_file("in/d.txt", f"Valley Post\n\nFerry returns\n\n{BODY[:180]} Fares are unchanged.")


def derived(store: Store) -> tuple[Any, ...]:
    return (
        store.copies(),
        store.stories(),
        store.findings(),
        store.statement_groups(),
        store.alignment(),
        store.person_names(),
    )


@pytest.mark.parametrize("write", WRITES)
@pytest.mark.parametrize("call", [1, 2])
def test_a_run_cut_at_a_write_is_completed_by_the_next(
    write: str, call: int, write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    corpus(write_file)
    with open_store(tmp_path / "one.db") as one:
        run([tmp_path / "in"], one, FAST)
        expected = derived(one)
    with open_store(tmp_path / "cut.db") as store:
        with contextlib.suppress(KeyboardInterrupt):  # a run may make fewer calls
            cut_run(store, write, call, tmp_path, FAST, monkeypatch)
        run([tmp_path / "in"], store, FAST)
        assert derived(store) == expected


FOOTER = "The Lakeside Ledger is funded by its readers."
LEARN = RunOptions(parse=False, learn=LearnOptions(min_articles=3, min_edge_articles=3))
OTHER = (
    "The library will stay open until nine in the evening on weekdays from next month, the "
    "council said after a petition signed by two thousand residents of the town.",
    "The old stone bridge over the Green River reopened to walkers on Sunday after a year of "
    "repairs paid for by a local appeal that raised eighty thousand pounds.",
)


def furniture_corpus(write_file: WriteFile) -> None:
    """Run 1: two Lakeside articles end with a line that a third, in run 2, makes
    furniture; one of them is copied by the Valley Post."""
    write_file("one/a.txt", f"Lakeside Ledger\n\nFerry back in service\n\n{BODY}\n\n{FOOTER}")
    write_file("one/b.txt", f"Valley Post\n\nFerry back in service\n\n{BODY}")
    write_file("one/c.txt", f"Lakeside Ledger\n\nLibrary hours\n\n{OTHER[0]}\n\n{FOOTER}")
    write_file("two/d.txt", f"Lakeside Ledger\n\nBridge reopens\n\n{OTHER[1]}\n\n{FOOTER}")


def everything(store: Store) -> tuple[Any, ...]:
    bodies = sorted((s.article.id, s.article.body) for s in store.articles())
    return (*derived(store), bodies, store.outlet_furniture())


@pytest.mark.parametrize("write", [*WRITES, "drop_state"])
def test_a_run_cut_while_learned_furniture_rewrites_linked_articles(
    write: str, write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    furniture_corpus(write_file)
    with open_store(tmp_path / "one.db") as one:
        run([tmp_path / "one"], one, LEARN)
        run([tmp_path / "two"], one, LEARN)
        expected = everything(one)
        assert FOOTER not in "".join(body for _, body in expected[-2])
    with open_store(tmp_path / "single.db") as single:
        run([tmp_path / "one", tmp_path / "two"], single, LEARN)
        assert everything(single) == expected  # the copy index kept what it could
    with open_store(tmp_path / "cut.db") as store:
        run([tmp_path / "one"], store, LEARN)
        real = getattr(type(store), write)

        def cut(self: Store, *args: Any, **kwargs: Any) -> Any:
            raise KeyboardInterrupt(f"cut at {write}")

        with monkeypatch.context() as m:
            m.setattr(type(store), write, cut)
            with contextlib.suppress(KeyboardInterrupt):
                run([tmp_path / "two"], store, LEARN)
        assert getattr(type(store), write) is real
        run([tmp_path / "two"], store, LEARN)
        assert everything(store) == expected


INCREMENTAL_WRITES = [
    # the two word counts' headers, stories written, the derived marker
    *[("put_state", n) for n in (1, 2, 3, 4)],
    # the two word counts' new parts; the story state's row part, log and header
    *[("put_blob", n) for n in (1, 2, 3, 4, 5)],
    # the derived marker, the stories written (a row part merged away: test_storystate.py)
    *[("drop_state", n) for n in (1, 2)],
    ("replace_copies", 1),
    ("put_copy_index", 1),
    ("replace_stories", 1),
    ("replace_findings", 1),
]


@pytest.mark.parametrize(("write", "call"), INCREMENTAL_WRITES)
def test_an_incremental_run_cut_at_a_write_is_completed_by_the_next(
    write: str, call: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A run that continues the story state writes only the stories it changes: cut
    short, it leaves those for the next run to write again, even when that run changes
    other stories (here the article the cut run added is revised into another story's
    report before the next run)."""
    monkeypatch.setattr(stories, "StoryOptions", partial(StoryOptions, full_below=0))
    options = RunOptions(quotes=False)
    base = [(t, o) for t in TOPICS for o in OUTLETS[:2]]
    # the second revises the first (same file): another outlet's report of another event
    added = [("ferry", OUTLETS[2]), ("orchard", "Coast Courier")]
    results = []
    for name in ("one", "cut"):
        folder = tmp_path / name
        write_file = partial(write_under, folder)
        with open_store(tmp_path / f"{name}.db") as store:
            for topic, outlet in base:
                write_topic(write_file, topic, outlet)
            run([folder / "in"], store, options)
            write_topic(write_file, *added[0])
            if name == "cut":
                with pytest.raises(KeyboardInterrupt):
                    cut_run(store, write, call, folder, options, monkeypatch)
            write_topic(write_file, *added[1], name="ferry-harbour")
            run([folder / "in"], store, options)
            results.append(derived(store))
    assert results[0] == results[1]


def cut_run(
    store: Store,
    write: str,
    call: int,
    folder: Path,
    options: RunOptions,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run on ``folder``'s ``in`` cut (``KeyboardInterrupt``) at the ``call``-th call
    of ``write``."""
    with cut_at(store, write, call, monkeypatch):
        run([folder / "in"], store, options)
