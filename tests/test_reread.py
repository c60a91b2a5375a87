"""Credits read with every stored outlet, whichever run stored it (``retold.reread``)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from helpers import WriteFile
from retold import pipeline
from retold.pipeline import RunOptions, run
from retold.store import open_store
from retold.store.base import Store

FAST = RunOptions(parse=False)

CREDITING = (
    "Harbour Daily\n\nCouncil passes the harbour budget\n\n"
    "The council approved the harbour budget on Monday, Ledgerline reported.\n\n"
    "The vote followed a long debate about dredging the outer channel.\n\n"
    "Work on the channel is due to start in the spring."
)
CREDITED = (
    "Ledgerline\n\nHarbour budget approved after long debate\n\n"
    "Councillors approved the harbour budget late on Monday after a debate that ran "
    "past midnight.\n\n"
    "The budget sets aside money to dredge the outer channel next spring."
)
UNRELATED = (
    "Valley Post\n\nLibrary extends its opening hours\n\n"
    "The town library will open until nine on weekdays from next month, its board said.\n\n"
    "Volunteers will staff the reading room on Saturday mornings."
)


def credits(store: Store) -> dict[str, list[tuple[str, str]]]:
    """Each article's credits as (outlet, phrase), keyed by the article's outlet."""
    articles = {s.article.id: s.article.outlet or "" for s in store.articles()}
    return {
        articles[a.article]: [(c.source, c.text) for c in a.citations]
        for a in store.analyses(list(articles))
    }


def analysed(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The outlets of the articles the analysis stage analyses from now on."""
    seen: list[str] = []
    real = pipeline.analyze_articles

    def spy(articles: Any, *rest: Any) -> Any:
        batch = list(articles)
        seen.extend(a.outlet or "" for a in batch)
        return real(batch, *rest)

    monkeypatch.setattr(pipeline, "analyze_articles", spy)
    return seen


@pytest.mark.parametrize("first", ["crediting", "credited"])
def test_a_credit_is_found_whichever_run_stored_the_credited_outlet(
    first: str, write_file: WriteFile, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = {"crediting": CREDITING, "credited": CREDITED, "unrelated": UNRELATED}
    for name, text in files.items():
        write_file(f"all/{name}.txt", text)
    second = "credited" if first == "crediting" else "crediting"
    write_file(f"one/{first}.txt", files[first])
    write_file("one/unrelated.txt", UNRELATED)
    write_file(f"two/{second}.txt", files[second])
    with open_store(tmp_path / "all.db") as store:
        run([tmp_path / "all"], store, FAST)
        expected = credits(store)
    assert expected["Harbour Daily"] == [("Ledgerline", "Ledgerline reported")]
    with open_store(tmp_path / "split.db") as store:
        run([tmp_path / "one"], store, FAST)
        seen = analysed(monkeypatch)
        run([tmp_path / "two"], store, FAST)
        assert credits(store) == expected
    # the new article, and the stored one the new outlet's name changes; never the rest
    assert sorted(seen) == (
        ["Harbour Daily", "Ledgerline"] if first == "crediting" else ["Harbour Daily"]
    )
