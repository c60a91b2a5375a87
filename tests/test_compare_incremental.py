"""The compare stage compares again only the stories a run changed, and a run cut short
leaves its to-do list for the next."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from helpers import WriteFile
from retold import pipeline
from retold import todo as compare_todo
from retold.coverage.story import StoryInput
from retold.pipeline import RunOptions, run
from retold.store import open_store
from retold.store.base import Store
from retold.todo import COMPARE_TODO

SHARED = Path(__file__).resolve().parents[2] / "shared"
NEWSDEV = SHARED / "eval" / "newsdev" / "corpus"
FAST = RunOptions(parse=False)

FERRY = (
    "{outlet}\n\nFerry back in service\n\n"
    "The ferry between Harbour Point and Gull Island returned to service on Friday after "
    "engineers replaced a cracked propeller shaft.\n\n"
    "“We are sorry for the disruption and grateful for the patience of our passengers,” "
    "said Mara Quill, the operator's director.\n\n"
    "Commuters had faced a two-hour detour by road for three weeks."
)
MUSEUM = (
    "{outlet}\n\nMuseum reopens its east wing\n\n"
    "The Corran Valley museum reopened its east wing on Saturday after a year of repairs "
    "to the roof damaged in last winter's storms.\n\n"
    "“The collection is back where it belongs,” said Ilse Varga, the museum's curator.\n\n"
    "Visitors queued from early morning to see the restored textile gallery."
)


def derived(store: Store) -> tuple[object, ...]:
    """What the compare stage leaves behind."""
    return (
        store.statement_groups(),
        [f for f in store.findings() if f.kind != "stale_reprint"],
        store.alignment(),
        {s.id: store.coverage(s.id) for s in store.stories()},
    )


def test_only_the_stories_to_do_are_compared_again(
    write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, text, outlet in [
        ("f1", FERRY, "Lakeside Ledger"),
        ("f2", FERRY, "Valley Post"),
        ("m1", MUSEUM, "Lakeside Ledger"),
        ("m2", MUSEUM, "Valley Post"),
    ]:
        write_file(f"in/{name}.txt", text.format(outlet=outlet))
    with open_store(tmp_path / "r.db") as store:
        run([tmp_path / "in"], store, FAST)
        before = derived(store)
        ferry, museum = sorted(store.stories(), key=lambda s: "Ferry" not in (s.title or ""))
        compared = compared_stories(monkeypatch)
        pipeline.compare_stage(store, parse=False)
        assert compared == []  # nothing to do
        compare_todo.mark(store, [ferry.id])
        pipeline.compare_stage(store, parse=False)
        assert compared == [ferry.id]
        assert derived(store) == before
        assert store.coverage(museum.id) is not None


def compared_stories(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The ids of the stories the compare stage covers from now on, in order."""
    compared: list[str] = []
    real = pipeline.cover_stories

    def spy(stories: Sequence[StoryInput], *rest: Any) -> Any:
        compared.extend(s.story for s in stories)
        return real(stories, *rest)

    monkeypatch.setattr(pipeline, "cover_stories", spy)
    return compared


def test_a_run_cut_before_compare_leaves_its_stories_to_do(
    write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write_file("in/f1.txt", FERRY.format(outlet="Lakeside Ledger"))
    write_file("in/f2.txt", FERRY.format(outlet="Valley Post"))
    with open_store(tmp_path / "r.db") as store:
        run([tmp_path / "in"], store, FAST)
        write_file("in/f3.txt", FERRY.format(outlet="Harbour Herald"))

        def killed(*_: object, **__: object) -> int:
            raise KeyboardInterrupt

        with monkeypatch.context() as m:
            m.setattr(pipeline, "compare_stage", killed)
            with pytest.raises(KeyboardInterrupt):
                run([tmp_path / "in"], store, FAST)
        assert store.get_state(COMPARE_TODO) is not None
        run([tmp_path / "in"], store, FAST)
        [story] = store.stories()
        assert len(store.coverage(story.id)["outlets"]) == 3  # type: ignore[index]


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
def test_newsdev_compared_in_two_runs_as_in_one_compare(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A second run compares only some stories; comparing every story again then
    changes nothing."""
    files = sorted(NEWSDEV.iterdir())
    with open_store(tmp_path / "two.db") as store:
        run(files[:40], store, FAST)  # five more: some stories grow, none is rebuilt
        compared = compared_stories(monkeypatch)
        run(files, store, FAST)
        assert 0 < len(compared) < len(store.stories())
        incremental = derived(store)
        store.drop_state(COMPARE_TODO)
        pipeline.compare_stage(store, parse=False)
        assert derived(store) == incremental


def test_a_story_crediting_an_outlet_new_to_the_corpus_is_compared_again(
    write_file: WriteFile, tmp_path: Path
) -> None:
    """Whether a credited outlet is in the corpus is part of the primary-source finding."""
    credited = FERRY.replace(
        "engineers replaced", "engineers, the Harbour Herald reported, replaced"
    )
    write_file("in/f1.txt", credited.format(outlet="Lakeside Ledger"))
    write_file("in/f2.txt", credited.format(outlet="Valley Post"))
    write_file("in/m1.txt", MUSEUM.format(outlet="Lakeside Ledger"))
    write_file("in/m2.txt", MUSEUM.format(outlet="Valley Post"))
    with open_store(tmp_path / "r.db") as store:
        run([tmp_path / "in"], store, FAST)
        articles = {s.article.id: s.article for s in store.articles()}
        analysis_of = dict(zip(articles, store.analyses(list(articles)), strict=True))
        stories = store.stories()
        ferry = next(s.id for s in stories if "Ferry" in (s.title or ""))
        context = pipeline.coverage_context(articles, analysis_of, parse=False)
        version = pipeline.compare_version(parse=False)
        todo = compare_todo.stories_to_do(store, version, context, stories, analysis_of)
        assert todo == set()
        grown = replace(context, outlets={*context.outlets, "The Harbour Herald"})
        todo = compare_todo.stories_to_do(store, version, grown, stories, analysis_of)
        assert todo == {ferry}
