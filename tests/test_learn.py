"""Corpus-level learning: lines one outlet repeats across different articles become furniture."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from helpers import WriteFile, clean
from retold import pipeline
from retold.clean.learn import (
    REASON,
    LearnOptions,
    apply_furniture,
    learn_furniture,
    unlearned,
)
from retold.pipeline import RunOptions
from retold.records import Removed, StoredArticle
from retold.store import open_store

FOOTER = "The Lakeside Ledger is funded by its readers and by the Lakeside Community Trust."
TOPICS = {
    "ferry": (
        "Ferry terminal to open next spring",
        "The harbour authority said on Thursday that the new ferry terminal would open next "
        "spring, after two years of delays and a long dispute over the cost of dredging.",
        "Fishermen said they worried about construction noise along the northern quay and "
        "asked the council for quieter working hours during the summer.",
    ),
    "library": (
        "Library extends its opening hours",
        "The public library will stay open until nine in the evening on weekdays from next "
        "month, the town council said after a petition signed by two thousand residents.",
        "Librarians said the longer hours would help students preparing for examinations and "
        "workers who could not visit the building during the day.",
    ),
    "bridge": (
        "Old stone bridge reopens to walkers",
        "The old stone bridge over the Green River reopened to walkers on Sunday after a year "
        "of repairs paid for by a local appeal that raised eighty thousand pounds.",
        "Engineers replaced the worn parapets and relaid the cobbles by hand, and the council "
        "said cars would remain banned from the bridge to protect its arches.",
    ),
    "school": (
        "New school opens in Millbrook",
        "The new primary school in Millbrook opened its doors on Monday to two hundred pupils, "
        "replacing a Victorian building that had flooded three times in ten years.",
        "Parents praised the bright classrooms and the large playground, though some said the "
        "walk from the eastern estates was still too long for young children.",
    ),
}


def article_text(outlet: str, topic: str, footer: str | None = FOOTER) -> str:
    title, lede, second = TOPICS[topic]
    blocks = [outlet, title, lede, second]
    return "\n\n".join([*blocks, footer] if footer else blocks)


def run(folder: Path, db: str | Path, **options: object) -> dict[str, StoredArticle]:
    with open_store(db) as store:
        pipeline.run([folder], store, RunOptions(**options))  # type: ignore[arg-type]
        return {Path(s.article.origin.path).stem: s for s in store.articles()}


def learned(stored: StoredArticle) -> list[str]:
    return [r.text for r in stored.article.removed if r.reason == REASON]


def test_line_repeated_by_one_outlet_is_removed(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    for topic in ("ferry", "library", "bridge"):
        write_file(f"in/{topic}.txt", article_text("Lakeside Ledger", topic))
    articles = run(tmp_path / "in", store_url)
    assert len(articles) == 3
    for topic, stored in articles.items():
        article = stored.article
        assert article.outlet == "Lakeside Ledger"
        assert FOOTER not in article.body
        assert learned(stored) == [FOOTER]
        # the paragraph's position in the body before learning
        assert [r.line for r in article.removed if r.reason == REASON] == [2]
        assert article.body.split("\n\n") == list(TOPICS[topic][1:])
    with open_store(store_url) as store:
        assert store.outlet_furniture() == {"Lakeside Ledger": frozenset({FOOTER})}


def test_same_line_in_different_outlets_is_kept(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    outlets = {"ferry": "Lakeside Ledger", "library": "Millbrook Mercury", "bridge": "Valley Post"}
    for topic, outlet in outlets.items():
        write_file(f"in/{topic}.txt", article_text(outlet, topic))
    articles = run(tmp_path / "in", store_url)
    assert {s.article.outlet for s in articles.values()} == set(outlets.values())
    for stored in articles.values():
        assert stored.article.body.endswith(FOOTER)
        assert learned(stored) == []
    with open_store(store_url) as store:
        assert store.outlet_furniture() == {}


def _copies(write_file: WriteFile) -> tuple[str, str]:
    """Two near-identical copies of one story by one outlet: only the last paragraph edited."""
    title, lede, second = TOPICS["ferry"]
    third = (
        "The council will publish a timetable for the remaining works in May, a spokeswoman said."
    )
    fourth = "The old pier will be restored as a public promenade once the terminal opens."
    last = "Work on the northern channel is due to finish before the end of the year."
    first = "\n\n".join(["Lakeside Ledger", title, lede, second, third, fourth, last])
    write_file("in/ferry-a.txt", first)
    write_file("in/ferry-b.txt", first.replace("before the end", "well before the end"))
    return lede, third


def test_copies_of_one_story_do_not_teach_furniture(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    lede, _ = _copies(write_file)
    articles = run(tmp_path / "in", store_url)
    assert len(articles) == 2
    for stored in articles.values():
        assert learned(stored) == []
        assert lede in stored.article.body.split("\n\n")
        assert len(stored.article.body.split("\n\n")) == 5
    with open_store(store_url) as store:
        assert store.outlet_furniture() == {}


def test_copies_would_teach_furniture_without_the_overlap_rule(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    """The test above can fail: counted as two articles, the shared lede is learned."""
    lede, _ = _copies(write_file)
    articles = run(tmp_path / "in", store_url, learn=LearnOptions(same_article_overlap=1.0))
    assert any(lede in learned(s) for s in articles.values())


@pytest.mark.parametrize(("articles", "is_learned"), [(2, False), (3, True)])
def test_mid_body_line_needs_three_articles(
    write_file: WriteFile, store_url: str, tmp_path: Path, articles: int, is_learned: bool
) -> None:
    """Away from the first and last three paragraphs, two articles are not enough."""
    note = "Readers can send news tips to the Lakeside Ledger newsroom at any time."
    for topic in list(TOPICS)[:articles]:
        title, lede, second = TOPICS[topic]
        more = [
            f"The {topic} story goes on, in its paragraph number {n}, as stories do."
            for n in range(3)
        ]
        body = [lede, second, more[0], note, *more[1:], f"That was the end of the {topic}."]
        write_file(f"in/{topic}.txt", "\n\n".join(["Lakeside Ledger", title, *body]))
    for stored in run(tmp_path / "in", store_url).values():
        if not is_learned:
            assert stored.article.body.split("\n\n").index(note) == 3  # not at an edge
        assert (note in learned(stored)) is is_learned
        assert (note in stored.article.body) is not is_learned


def test_learned_lines_apply_to_later_runs(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    for topic in ("ferry", "library", "bridge"):
        write_file(f"first/{topic}.txt", article_text("Lakeside Ledger", topic))
    run(tmp_path / "first", store_url)
    write_file("second/school.txt", article_text("Lakeside Ledger", "school"))
    later = run(tmp_path / "second", store_url)["school"]
    assert learned(later) == [FOOTER]
    assert later.article.body.split("\n\n") == list(TOPICS["school"][1:])


def test_learning_is_off_with_high_thresholds(
    write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    for topic in ("ferry", "library", "bridge"):
        write_file(f"in/{topic}.txt", article_text("Lakeside Ledger", topic))
    options = LearnOptions(min_articles=4, min_edge_articles=4)
    for stored in run(tmp_path / "in", store_url, learn=options).values():
        assert stored.article.body.endswith(FOOTER)


# -- the functions themselves ------------------------------------------------------------


def test_learn_furniture_counts_distinct_articles() -> None:
    articles = [clean(article_text("Lakeside Ledger", t)) for t in ("ferry", "library", "bridge")]
    assert learn_furniture(articles, LearnOptions()) == {"Lakeside Ledger": {FOOTER: 3}}
    anonymous = [replace(a, outlet=None) for a in articles]
    assert learn_furniture(anonymous, LearnOptions()) == {}


def test_long_paragraphs_are_never_learned() -> None:
    long_line = " ".join(["word"] * 31) + "."
    articles = [
        clean(article_text("Lakeside Ledger", t, footer=long_line))
        for t in ("ferry", "library", "bridge")
    ]
    assert learn_furniture(articles, LearnOptions()) == {}


def test_apply_furniture_never_empties_an_article() -> None:
    article = clean(f"Lakeside Ledger\n\nA title\n\n{FOOTER}")
    assert article.body == FOOTER
    assert apply_furniture(article, {"Lakeside Ledger": frozenset({FOOTER})}) == article
    other = clean(article_text("Lakeside Ledger", "ferry"))
    assert apply_furniture(other, {"Valley Post": frozenset({FOOTER})}) == other
    applied = apply_furniture(other, {"Lakeside Ledger": frozenset({FOOTER})})
    assert applied.body.split("\n\n") == list(TOPICS["ferry"][1:])
    assert applied.removed[-1].reason == REASON


def test_unlearned_puts_learned_lines_back_where_they_stood() -> None:
    title, lede, second = TOPICS["ferry"]
    article = clean("\n\n".join(["Lakeside Ledger", title, FOOTER, lede, FOOTER, second, FOOTER]))
    assert article.body.split("\n\n") == [FOOTER, lede, FOOTER, second, FOOTER]
    applied = apply_furniture(article, {"Lakeside Ledger": frozenset({FOOTER})})
    assert applied.body.split("\n\n") == [lede, second]
    assert [(r.text, r.line) for r in applied.removed if r.reason == REASON] == [
        (FOOTER, 0),
        (FOOTER, 2),
        (FOOTER, 4),
    ]
    assert unlearned(applied) == article
    assert unlearned(article) == article


def test_unlearned_puts_a_line_of_unknown_place_last() -> None:
    """Databases written before learned lines kept their place stored them at line -1."""
    article = clean(article_text("Lakeside Ledger", "ferry", footer=None))
    legacy = replace(article, removed=(*article.removed, Removed(FOOTER, REASON, -1)))
    assert unlearned(legacy) == replace(article, body=f"{article.body}\n\n{FOOTER}")
