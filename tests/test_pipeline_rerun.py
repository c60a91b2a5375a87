"""An unchanged re-run derives nothing again; a new article rebuilds what it joins."""

from __future__ import annotations

from pathlib import Path

from helpers import WriteFile
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
