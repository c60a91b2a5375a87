"""An unchanged re-run derives nothing again; a new article rebuilds what it joins."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import WriteFile
from retold import pipeline
from retold.pipeline import DERIVED_STATE, RunOptions, run
from retold.store import open_store

BODY = (
    "The ferry between Harbour Point and Gull Island returned to service on Friday after "
    "engineers replaced a cracked propeller shaft, the operator said.\n\n"
    "Commuters had faced a two-hour detour by road for three weeks while the vessel sat in "
    "dry dock at the Kestrel yard."
)


def write(write_file: WriteFile, name: str, outlet: str) -> None:
    write_file(f"in/{name}.txt", f"{outlet}\n\nFerry back in service\n\n{BODY}")


def test_unchanged_rerun_derives_nothing(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    write(write_file, "a", "Lakeside Ledger")
    write(write_file, "b", "Valley Post")
    with open_store(store_url) as store:
        run([tmp_path / "in"], store)
        marker = store.get_state(DERIVED_STATE)
        assert marker
        assert len(store.stories()) == 1
        store.replace_stories([])  # what a re-run would rebuild, were it to derive again
        summary = run([tmp_path / "in"], store)
        assert summary.unchanged == 2
        assert store.stories() == []
        assert store.get_state(DERIVED_STATE) == marker


def test_new_article_derives_again(write_file: WriteFile, store_url: str, tmp_path: Path) -> None:
    write(write_file, "a", "Lakeside Ledger")
    with open_store(store_url) as store:
        run([tmp_path / "in"], store)
        marker = store.get_state(DERIVED_STATE)
        write(write_file, "b", "Valley Post")
        run([tmp_path / "in"], store)
        assert store.get_state(DERIVED_STATE) != marker
        [story] = store.stories()
        assert len(story.articles) == 2


def test_switching_a_stage_on_derives_again(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    write(write_file, "a", "Lakeside Ledger")
    write(write_file, "b", "Valley Post")

    with open_store(store_url) as store:
        run([tmp_path / "in"], store, RunOptions(link=False, quotes=False))
        assert store.stories() == []
        run([tmp_path / "in"], store)
        assert len(store.stories()) == 1


def test_an_unchanged_item_is_not_cleaned_again(
    write_file: WriteFile, store_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Its content address is stored: the re-run records where it was found and
    reports it unchanged, without cleaning it (the costly part of reading)."""
    write(write_file, "a", "Lakeside Ledger")
    with open_store(store_url) as store:
        run([tmp_path / "in"], store)
        cleaned: list[str] = []
        real = pipeline.clean_document
        monkeypatch.setattr(
            pipeline,
            "clean_document",
            lambda raw, rules: cleaned.append(raw.origin.path) or real(raw, rules),
        )
        (tmp_path / "in" / "copy.txt").write_bytes((tmp_path / "in" / "a.txt").read_bytes())
        write(write_file, "b", "Valley Post")
        summary = run([tmp_path / "in"], store)
        assert [Path(p).name for p in cleaned] == ["b.txt"]
        assert (summary.unchanged, summary.ingested) == (2, 1)
        [first] = [s for s in store.articles() if s.article.outlet == "Lakeside Ledger"]
        assert sorted(Path(o.path).name for o in first.origins) == ["a.txt", "copy.txt"]


def test_a_run_collects_cycles_less_often_and_restores_the_rates() -> None:
    import gc

    before = gc.get_threshold()
    with pipeline._fewer_collections():
        young, middle, *_ = gc.get_threshold()
        assert young >= 10_000 and middle >= 100
    assert gc.get_threshold() == before
