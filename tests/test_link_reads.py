"""An incremental link run reads the new articles and what they join, not every article,
and ends where one run over every article does."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from helpers import WriteFile
from retold.pipeline import RunOptions, run
from retold.store import open_store
from retold.store.base import Store

NO_QUOTES = RunOptions(quotes=False)
TOPICS = {
    "ferry": (
        "Ferry back in service",
        "The ferry between Harbour Point and Gull Island returned to service on Friday after "
        "engineers replaced a cracked propeller shaft, the operator said. Commuters had faced "
        "a two-hour detour by road for three weeks while the vessel sat in dry dock.",
    ),
    "orchard": (
        "Frost ruins apple harvest",
        "A late frost destroyed most of the apple blossom in the Tamsin valley orchards, "
        "growers said on Tuesday, warning that cider makers would import fruit this autumn "
        "and that seasonal pickers would find little work.",
    ),
    "library": (
        "Library reopens after flood",
        "The central library on Mercer Street reopened on Monday, eight months after a burst "
        "water main flooded its basement archive; conservators dried thousands of parish "
        "records page by page in a rented cold store.",
    ),
    "marathon": (
        "Marathon route changed",
        "Organisers of the Coldharbour marathon moved the route away from the river "
        "embankment, where resurfacing work will run until spring, adding a loop through "
        "the old market district and two new water stations.",
    ),
}
OUTLETS = ("Lakeside Ledger", "Valley Post", "Harbour Herald")


def write(write_file: WriteFile, topic: str, outlet: str) -> None:
    title, body = TOPICS[topic]
    name = f"{topic}-{outlet.split()[0].lower()}"
    write_file(f"in/{name}.txt", f"{outlet}\n\n{title}\n\n{body}\n\nReported by {outlet}.")


def derived(store: Store) -> tuple[Any, ...]:
    return (store.copies(), store.stories(), store.findings())


def count_reads(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of every article the store hands out from now on (``articles`` and
    ``articles_by_id``)."""
    handed: list[str] = []
    kind = type(store)
    for name in ("articles", "articles_by_id"):
        real = getattr(kind, name)

        def counted(self: Store, *args: Any, _real: Any = real, **kwargs: Any) -> Iterator[Any]:
            for stored in _real(self, *args, **kwargs):
                handed.append(stored.article.id)
                yield stored

        monkeypatch.setattr(kind, name, counted)
    return handed


def test_an_incremental_link_run_reads_only_what_the_new_article_joins(
    write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for topic in TOPICS:
        for outlet in OUTLETS[:2]:
            write(write_file, topic, outlet)
    with open_store(tmp_path / "batches.db") as store:
        run([tmp_path / "in"], store, NO_QUOTES)
        write(write_file, "ferry", OUTLETS[2])
        with monkeypatch.context() as m:
            handed = count_reads(store, m)
            run([tmp_path / "in"], store, NO_QUOTES)
        stored = len(store.article_ids())
        after_batches = derived(store)
    assert stored == 9
    assert sorted(len(s.articles) for s in after_batches[1]) == [2, 2, 2, 3]
    # the new article and the two it joins, each read once
    assert len(handed) == len(set(handed)) == 3
    with open_store(tmp_path / "one.db") as one:
        run([tmp_path / "in"], one, NO_QUOTES)
        assert derived(one) == after_batches
