"""Every field of ``Settings`` changes what ``retold analyze`` does: real runs, in process.

Each case runs the command twice on the same input, once with an empty settings file
and once with the one setting changed, and states what each run stores.  A field
added to ``Settings`` without a case here fails ``test_every_setting_has_a_case``.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass, fields
from pathlib import Path

import pytest
from click.testing import CliRunner

from retold.config import Settings
from retold.pipeline import RunOptions
from retold.serve.cli import cli
from retold.store import open_store

OUTLET = "Lakeside Ledger"
FOOTER = (
    "Thank you for reading the Lakeside Ledger, the voice of the valley since 1921."  # 14 words
)
NOTE = "Readers can send news tips to the Lakeside Ledger newsroom at any time."
STORIES = (
    (
        "Ferry terminal to open next spring",
        "The harbour authority said on Thursday that the new ferry terminal would open next "
        "spring, after two years of delays and a dispute over the cost of dredging.",
    ),
    (
        "Library extends its opening hours",
        "The public library will stay open until nine in the evening on weekdays from next "
        "month, the town council said after a petition signed by residents.",
    ),
    (
        "Old stone bridge reopens to walkers",
        "The old stone bridge over the Green River reopened to walkers on Sunday after a year "
        "of repairs paid for by a local appeal that raised eighty thousand pounds.",
    ),
)


def write_three(folder: Path) -> None:
    """Three Lakeside Ledger articles; each carries NOTE in the middle and FOOTER last."""
    folder.mkdir(parents=True)
    for n, (title, lede) in enumerate(STORIES):
        more = [
            f"The story number {n} goes on in its paragraph {k}, as stories do." for k in range(4)
        ]
        body = [lede, more[0], more[1], NOTE, more[2], more[3], FOOTER]
        (folder / f"{n}.txt").write_text("\n\n".join([OUTLET, title, *body]), encoding="utf-8")


def stored(db: Path) -> dict[str, object]:
    """What a run left in ``db``: the lines kept in bodies, and the rejections."""
    if not db.exists():
        return {"database": False}
    with open_store(db) as store:
        bodies = [s.article.body for s in store.articles()]
        return {
            "articles": len(bodies),
            "footer kept": sum(FOOTER in b for b in bodies),
            "note kept": sum(NOTE in b for b in bodies),
            "rejected": [r.reason.split(":")[0] for r in store.rejections()],
        }


@dataclass(frozen=True)
class Case:
    value: str  # as written in the TOML file
    default: dict[str, object]  # what the run stores with every setting at its default
    changed: dict[str, object]  # ... and with this one set to ``value``
    where: Callable[[Path], Path] = lambda work: work / "retold.db"  # the database to read


LEARNED = {"articles": 3, "footer kept": 0, "note kept": 0, "rejected": []}
CASES = {
    "db": Case(
        '"elsewhere.db"',
        default={"database": False},  # ... at elsewhere.db: it went to retold.db
        changed=LEARNED,
        where=lambda work: work / "elsewhere.db",
    ),
    "max_file_bytes": Case(
        "100",
        default=LEARNED,
        changed={
            "articles": 0,
            "footer kept": 0,
            "note kept": 0,
            "rejected": ["file too large"] * 3,
        },
    ),
    "furniture_min_articles": Case(
        "4",  # the mid-body NOTE needs a fourth article; the FOOTER at the edge, three
        default=LEARNED,
        changed={"articles": 3, "footer kept": 0, "note kept": 3, "rejected": []},
    ),
    "furniture_max_words": Case(
        "13",  # FOOTER has 14 words, NOTE 13
        default=LEARNED,
        changed={"articles": 3, "footer kept": 3, "note kept": 0, "rejected": []},
    ),
}


def test_every_setting_has_a_case() -> None:
    assert set(CASES) == {f.name for f in fields(Settings)}


@pytest.mark.parametrize("name", sorted(CASES))
def test_setting_changes_behaviour(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key in [k for k in os.environ if k.startswith("RETOLD_")]:
        monkeypatch.delenv(key)
    case = CASES[name]
    write_three(tmp_path / "in")
    results = []
    for toml in ("", f"{name} = {case.value}\n"):
        work = tmp_path / ("changed" if toml else "default")
        work.mkdir()
        (work / "settings.toml").write_text(toml, encoding="utf-8")
        monkeypatch.chdir(work)
        args = ["analyze", str(tmp_path / "in"), "--config", "settings.toml", "--quiet"]
        CliRunner().invoke(cli, args, catch_exceptions=True)
        results.append(stored(case.where(work)))
    assert results == [case.default, case.changed]


@pytest.mark.parametrize(
    ("min_articles", "min_edge_articles"), [(1, 1), (2, 2), (3, 2), (4, 3), (10, 9)]
)
def test_python_api_takes_the_settings(min_articles: int, min_edge_articles: int) -> None:
    settings = Settings(
        max_file_bytes=7, furniture_min_articles=min_articles, furniture_max_words=5
    )
    options = RunOptions.from_settings(settings)
    assert options.max_file_bytes == 7
    assert options.learn.max_words == 5
    assert (options.learn.min_articles, options.learn.min_edge_articles) == (
        min_articles,
        min_edge_articles,
    )
    assert RunOptions.from_settings(Settings()) == RunOptions()
