"""An incremental link run reads the new articles and what they join, not every article,
and ends where one run over every article does."""

from __future__ import annotations

from collections.abc import Iterator
from functools import partial
from pathlib import Path
from typing import Any

import pytest

from helpers import OUTLETS, TOPICS, WriteFile, write_topic, write_under
from retold import pipeline
from retold.link import stories
from retold.link.stories import StoryOptions
from retold.pipeline import RunOptions, run
from retold.store import open_store
from retold.store.base import Store

NO_QUOTES = RunOptions(quotes=False)


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
            write_topic(write_file, topic, outlet)
    with open_store(tmp_path / "batches.db") as store:
        run([tmp_path / "in"], store, NO_QUOTES)
        write_topic(write_file, "ferry", OUTLETS[2])
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


@pytest.fixture
def incremental(monkeypatch: pytest.MonkeyPatch) -> None:
    """Story runs continue from the saved state even on a corpus this small (they
    recompute every story below ``full_below`` articles)."""
    monkeypatch.setattr(stories, "StoryOptions", partial(StoryOptions, full_below=0))


def whole_writes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The link stage writes every story each run, as it did before it wrote the
    changed ones alone."""
    real = pipeline.cluster_stories

    def whole(*args: Any, **kwargs: Any) -> Any:
        return real(*args, **{**kwargs, "partial": None})

    monkeypatch.setattr(pipeline, "cluster_stories", whole)


@pytest.mark.usefixtures("incremental")
def test_stories_and_copies_written_in_part_equal_those_written_whole(
    write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches = [
        [(t, o) for t in TOPICS for o in OUTLETS[:2]],
        [("ferry", OUTLETS[2])],
        [("orchard", OUTLETS[2]), ("library", OUTLETS[2])],
        [("marathon", OUTLETS[2])],
    ]
    results = []
    for name in ("part", "whole"):
        folder = tmp_path / name
        with monkeypatch.context() as m, open_store(tmp_path / f"{name}.db") as store:
            if name == "whole":
                whole_writes(m)
            written = record_story_writes(store, m)
            for batch in batches:
                for topic, outlet in batch:
                    write_topic(partial(write_under, folder), topic, outlet)
                run([folder / "in"], store, NO_QUOTES)
                assert store.get_state(pipeline.STORIES_WRITTEN) is None
            results.append(derived(store))
            # in part: the runs that continue the state (learning an outlet's furniture
            # from its third article drops it, and that run writes every story)
            expected = [True] * 4 if name == "whole" else [True, False, True, False]
            assert [only is None for only in written] == expected
    assert results[0] == results[1]
    assert len(results[0][1]) == 4


def record_story_writes(store: Store, monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """The ``only`` argument of each ``replace_stories`` call from now on."""
    seen: list[Any] = []
    real = type(store).replace_stories

    def record(self: Store, stories: Any, only: Any = None) -> None:
        seen.append(only)
        real(self, stories, only)

    monkeypatch.setattr(type(store), "replace_stories", record)
    return seen
