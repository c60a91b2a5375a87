"""Learned outlet furniture is a function of the stored corpus: not of batch size, input
order or how the input was split into runs; earlier articles are cleaned again."""

from __future__ import annotations

import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers import WriteFile
from retold import pipeline
from retold.clean.learn import REASON, LearnOptions, distinct_articles
from retold.pipeline import RunOptions
from retold.store import open_store

OUTLETS = ("Lakeside Ledger", "Millbrook Mercury", "Valley Post")
FOOTERS = {
    "Lakeside Ledger": "The Lakeside Ledger is funded by its readers and by a community trust.",
    "Millbrook Mercury": "Follow the Millbrook Mercury for more news from the valley towns.",
    "Valley Post": "The Valley Post is an independent newspaper owned by its staff.",
}
TITLES = (
    "Ferry terminal to open next spring",
    "Library extends its opening hours",
    "Old stone bridge reopens to walkers",
    "New school opens in Millbrook",
    "Council approves the harbour budget",
)
SENTENCES = (
    "The harbour authority said on Thursday that the new ferry terminal would open next "
    "spring, after two years of delays and a dispute over the cost of dredging.",
    "Fishermen said they worried about construction noise along the northern quay and asked "
    "the council for quieter working hours during the summer.",
    "The public library will stay open until nine in the evening on weekdays from next "
    "month, the town council said after a petition signed by residents.",
    "Librarians said the longer hours would help students preparing for examinations and "
    "workers who could not visit the building during the day.",
    "The old stone bridge over the Green River reopened to walkers on Sunday after a year of "
    "repairs paid for by a local appeal that raised eighty thousand pounds.",
    "Engineers replaced the worn parapets and relaid the cobbles by hand, and cars will "
    "remain banned from the bridge to protect its arches.",
    "The new primary school in Millbrook opened its doors on Monday to two hundred pupils, "
    "replacing a building that had flooded three times in ten years.",
    "Parents praised the bright classrooms and the large playground, though some said the "
    "walk from the eastern estates was too long for young children.",
)
FAST = {"link": False, "quotes": False}

Stored = dict[str, tuple[str, tuple[tuple[str, str, int], ...]]]


def text(outlet: str, title: str, sentences: list[int], footer: bool) -> str:
    body = [SENTENCES[i] for i in sentences] + ([FOOTERS[outlet]] if footer else [])
    return "\n\n".join([outlet, title, *body])


def stored_result(db: Path) -> Stored:
    """Every stored article's body and removed lines, by id."""
    with open_store(db) as store:
        return {
            s.article.id: (
                s.article.body,
                tuple((r.text, r.reason, r.line) for r in s.article.removed),
            )
            for s in store.articles()
        }


def run(db: Path, paths: list[Path], **options: object) -> Stored:
    with open_store(db) as store:
        pipeline.run(paths, store, RunOptions(**options))  # type: ignore[arg-type]
    return stored_result(db)


articles = st.tuples(
    st.sampled_from(OUTLETS),
    st.sampled_from(TITLES),
    st.lists(st.integers(0, len(SENTENCES) - 1), min_size=2, max_size=4, unique=True),
    st.booleans(),
)


@settings(max_examples=40, deadline=None)
@given(corpus=st.lists(articles, min_size=2, max_size=8), data=st.data())
def test_stored_result_is_independent_of_batch_size_and_order(
    corpus: list[tuple[str, str, list[int], bool]], data: st.DataObject
) -> None:
    order = data.draw(st.permutations(range(len(corpus))), label="order")
    batch_size = data.draw(st.integers(1, len(corpus)), label="batch_size")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        files = []
        for n, (outlet, title, sentences, footer) in enumerate(corpus):
            files.append(folder / f"in/{n:02d}.txt")
            files[-1].parent.mkdir(exist_ok=True)
            files[-1].write_text(text(outlet, title, sentences, footer), encoding="utf-8")
        reference = run(folder / "one.db", files, batch_size=len(files), **FAST)
        shuffled = [files[i] for i in order]
        assert run(folder / "two.db", shuffled, batch_size=batch_size, **FAST) == reference


def _lakeside(write_file: WriteFile, folder: str, numbers: tuple[int, ...]) -> Path:
    """Articles ``numbers`` of the Lakeside Ledger, each with its footer, in ``folder``."""
    paths = [
        write_file(f"{folder}/{n}.txt", text(OUTLETS[0], TITLES[n], [2 * n, 2 * n + 1], True))
        for n in numbers
    ]
    return paths[0].parent


@pytest.mark.parametrize("batch_size", [1, 2, 3])
def test_every_batch_size_learns_the_footer(
    write_file: WriteFile, db_path: Path, batch_size: int
) -> None:
    """The bug this replaced: batch_size=1 learned nothing and kept every footer."""
    folder = _lakeside(write_file, "in", (0, 1, 2))
    stored = run(db_path, [folder], batch_size=batch_size, **FAST)
    assert len(stored) == 3
    for body, removed in stored.values():
        assert FOOTERS[OUTLETS[0]] not in body
        assert [(t, line) for t, reason, line in removed if reason == REASON] == [
            (FOOTERS[OUTLETS[0]], 2)
        ]


def test_two_runs_store_what_one_run_stores(write_file: WriteFile, tmp_path: Path) -> None:
    first = _lakeside(write_file, "first", (0,))
    second = _lakeside(write_file, "second", (1, 2))
    after_first = run(tmp_path / "two.db", [first], **FAST)
    assert [body for body, _ in after_first.values()] == [
        "\n\n".join([SENTENCES[0], SENTENCES[1], FOOTERS[OUTLETS[0]]])
    ]
    two_runs = run(tmp_path / "two.db", [second], **FAST)
    one_run = run(tmp_path / "one.db", [first, second], **FAST)
    assert two_runs == one_run
    assert len(one_run) == 3
    assert all(FOOTERS[OUTLETS[0]] not in body for body, _ in one_run.values())


def test_a_line_that_no_longer_qualifies_comes_back(write_file: WriteFile, db_path: Path) -> None:
    """Learned under one threshold, kept under a stricter one: the body is rebuilt."""
    folder = _lakeside(write_file, "in", (0, 1, 2))
    run(db_path, [folder], **FAST)
    strict = LearnOptions(min_articles=4, min_edge_articles=4)
    stored = run(db_path, [folder], learn=strict, **FAST)
    for body, removed in stored.values():
        assert body.endswith(FOOTERS[OUTLETS[0]])
        assert all(reason != REASON for _, reason, _ in removed)
    with open_store(db_path) as store:
        assert store.outlet_furniture() == {}


NOTE = "Supported by the readers of the Lakeside Ledger since 1998."
QUOTED = (
    '"We will open the terminal next spring," said Mayor Anna Berg on Thursday, after two '
    "years of delays and a long dispute over the cost of dredging."
)


def test_an_earlier_article_is_cleaned_and_analysed_again(
    write_file: WriteFile, db_path: Path
) -> None:
    """A line first seen as text becomes furniture when two more articles carry it:
    the first article loses it and its quotes are found again at their new offsets."""
    write_file("first/ferry.txt", "\n\n".join([OUTLETS[0], TITLES[0], NOTE, QUOTED, SENTENCES[1]]))
    for n in (1, 2):
        body = [NOTE, SENTENCES[2 * n], SENTENCES[2 * n + 1]]
        write_file(f"second/{n}.txt", "\n\n".join([OUTLETS[0], TITLES[n], *body]))
    options = RunOptions(link=True, quotes=True, parse=False)
    with open_store(db_path) as store:
        pipeline.run([db_path.parent / "first"], store, options)
        (ferry,) = [s.article for s in store.articles()]
        assert ferry.body.startswith(NOTE)
        before = store.quotes(article_ids=[ferry.id], kind="direct")
        assert [q.start for q in before] == [len(NOTE) + 3]
        pipeline.run([db_path.parent / "second"], store, options)
        again = store.get_article(ferry.id).article
        assert again.body.startswith(QUOTED)
        assert [(r.text, r.line) for r in again.removed if r.reason == REASON] == [(NOTE, 0)]
        quotes = store.quotes(article_ids=[ferry.id])
        assert [q.start for q in quotes if q.kind == "direct"] == [1]
        assert all(again.body[q.start : q.end] == q.text for q in quotes)
        assert ferry.id in store.analyzed("analyze.quotes.v2")
        assert len(store.stories()) >= 1
        assert {a for s in store.stories() for a in s.articles} == {
            s.article.id for s in store.articles()
        }


@settings(max_examples=200, deadline=None)
@given(
    sets=st.lists(st.frozensets(st.sampled_from("abcdefgh"), max_size=6), max_size=12),
    overlap=st.sampled_from([0.0, 0.3, 0.5, 0.75, 1.0]),
)
def test_prefix_filter_finds_what_comparing_every_pair_finds(
    sets: list[frozenset[str]], overlap: float
) -> None:
    def naive() -> list[int]:
        reps: list[int] = []
        for n, current in enumerate(sets):
            rep = n
            for m in range(n):
                if (
                    reps[m] == m
                    and len(current & sets[m]) / (len(current | sets[m]) or 1) > overlap
                ):
                    rep = m
                    break
            reps.append(rep)
        return reps

    assert distinct_articles(sets, overlap) == naive()
