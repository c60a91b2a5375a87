"""Incremental link runs: articles added in several runs end where one run over all of
them does (copies, rewrites, stories), and a run touches only what its articles join."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from helpers import make_article
from retold.link.copies import CopyOptions
from retold.link.copyindex import candidates, index_entries
from retold.pipeline import RunOptions, run
from retold.store import open_store
from retold.store.base import Store

SHARED = Path(__file__).resolve().parents[2] / "shared"
NEWSDEV = SHARED / "eval" / "newsdev" / "corpus"
OPTIONS = RunOptions(quotes=False)


def derived(store: Store) -> tuple[object, ...]:
    """What the link stage leaves behind, as an export shows it."""
    return (store.copies(), store.stories(), store.findings())


def batches(files: list[Path], parts: int, into: Path) -> list[Path]:
    """``files`` copied into ``parts`` folders, in order."""
    size = -(-len(files) // parts)
    folders = []
    for k in range(0, len(files), size):
        folder = into / f"batch{k // size}"
        folder.mkdir(parents=True)
        for f in files[k : k + size]:
            shutil.copy(f, folder / f.name)
        folders.append(folder)
    return folders


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
@pytest.mark.parametrize("parts", [2, 4])
def test_runs_in_batches_end_where_one_run_does(parts: int, store_url: str, tmp_path: Path) -> None:
    files = sorted(NEWSDEV.iterdir())
    with open_store(tmp_path / "one.db") as one:
        run([NEWSDEV], one, OPTIONS)
        expected = derived(one)
    assert any(c.kind == "rewrite" for c in expected[0])  # type: ignore[attr-defined]
    assert any(c.kind != "rewrite" for c in expected[0])  # type: ignore[attr-defined]
    with open_store(store_url) as store:
        for folder in batches(files, parts, tmp_path / "in"):
            run([folder], store, OPTIONS)
        assert derived(store) == expected
        assert store.copy_indexed() == {s.article.id for s in store.articles()}


def test_a_new_copy_is_found_through_the_stored_index(db_path: Path, tmp_path: Path) -> None:
    body = " ".join(f"word{k} fact{k % 7} detail{k % 11}" for k in range(60))
    first, second = tmp_path / "a", tmp_path / "b"
    first.mkdir()
    second.mkdir()
    (first / "one.txt").write_text(f"Lakeside Ledger\n\nHeadline\n\n{body}\n")
    (second / "two.txt").write_text(f"Valley Post\n\nAnother headline\n\n{body}\n")
    with open_store(db_path) as store:
        run([first], store, OPTIONS)
        assert store.copies() == []
        run([second], store, OPTIONS)
        [link] = store.copies()
        assert link.kind == "exact"
        assert len(store.copy_pairs()) == 1


def test_candidates_pair_new_articles_with_indexed_ones_sharing_keys() -> None:

    text = " ".join(f"alpha{k} beta{k % 5} gamma{k % 9}" for k in range(40))
    old, new, other = (
        make_article(text, id="old"),
        make_article(text + " extra words at the end", id="new"),
        make_article(" ".join(f"other{k}" for k in range(120)), id="other"),
    )
    options = CopyOptions()
    [old_entry] = index_entries([old], options)
    postings = {key: ["old"] for key in old_entry.keys}

    def lookup(keys: object) -> dict[int, list[str]]:
        return {k: postings[k] for k in keys if k in postings}  # type: ignore[attr-defined]

    found = candidates(index_entries([new, other], options), lookup, options)
    assert found == [("new", "old")]


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
def test_rewrites_searched_story_by_story_are_those_of_the_whole_corpus() -> None:
    from retold.eval.stories import load_articles
    from retold.link.copies import find_copies, find_copies_by_story
    from retold.link.stories import cluster_stories

    articles, _ = load_articles([NEWSDEV])
    by_story = find_copies_by_story(articles, cluster_stories(articles).stories)
    assert any(c.kind == "rewrite" for c in by_story)
    assert by_story == find_copies(articles)


def test_word_counts_grown_in_parts_equal_counted_at_once() -> None:
    from retold.link.rewrites import WordCounts

    texts = [[["harbour", "ferry"], ["ferry"]], [["storm", "harbour"]], [["quay"]]]
    once = WordCounts.empty().grown(texts)
    parts = WordCounts.empty().grown(texts[:1]).grown(texts[1:])
    back = WordCounts.from_bytes(parts.to_bytes())
    assert once.n_docs == back.n_docs == 3
    assert once.hashes.tolist() == back.hashes.tolist()
    assert sorted(once.df.tolist()) == [1, 1, 1, 2]  # ferry counted once in its text
    assert once.df.tolist() == back.df.tolist()


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
def test_an_added_article_changes_only_the_story_it_joins() -> None:
    from retold.eval.stories import load_articles
    from retold.link.stories import StoryOptions, cluster_stories

    articles, _ = load_articles([NEWSDEV])
    *old, new = sorted(articles, key=lambda a: a.id)
    options = StoryOptions(full_below=0)  # newsdev is small: every run would be a full one
    first = cluster_stories(old, options)
    second = cluster_stories([new], options, existing=first.state)
    joined = second.story_of[new.id]
    assert set(second.changed) == {joined}
    before = {s.id: s.articles for s in first.stories if s.id not in second.changed}
    after = {s.id: s.articles for s in second.stories if s.id in before}
    assert after == before


@pytest.mark.skipif(not NEWSDEV.exists(), reason="shared newsdev corpus not present")
def test_stale_reprints_judged_story_by_story_are_those_of_one_judgement() -> None:
    """With the word counts of every article, a story judged alone finds what judging
    them all finds in it: a run judges only the stories it changed."""
    from retold.eval.stories import load_articles
    from retold.link.copies import find_copies
    from retold.link.findings import StaleOptions, reprint_words, stale_reprints
    from retold.link.rewrites import WordCounts
    from retold.link.stories import cluster_stories

    articles, _ = load_articles([NEWSDEV])
    stories = cluster_stories(articles).stories
    copies = find_copies(articles)
    at_once = stale_reprints(articles, stories, copies)
    assert at_once  # newsdev holds a stale reprint
    language = StaleOptions().language
    counts = WordCounts.empty().grown([reprint_words(a, language) for a in articles])
    alone = [f for s in stories for f in stale_reprints(articles, [s], copies, corpus=counts)]
    assert sorted(alone, key=lambda f: (f.story or "", f.subject)) == at_once
