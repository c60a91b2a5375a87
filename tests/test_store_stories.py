"""``replace_stories`` given the stories a run changed: the same stories read back as
when every row of theirs is written again, with only the rows that change written."""

from __future__ import annotations

from dataclasses import replace

from helpers import make_article
from retold.records import Story
from retold.store import open_store


def rowids(store: object, table: str, column: str) -> dict[str, int]:
    conn = store.conn  # type: ignore[attr-defined]
    return {str(k): int(r) for k, r in conn.execute(f"SELECT {column}, rowid FROM {table}")}


def test_a_partial_write_keeps_the_rows_that_stay(store_url: str) -> None:
    base = make_article("Words of a story.")
    with open_store(store_url) as store:
        for n in range(1, 8):
            store.put_article(replace(base, id=f"a{n}", published=f"2026-01-0{n}"))
        store.replace_stories(
            [
                Story("s1", "Ferry strike", ("a1", "a2", "a3"), "2026-01-01", ("s2",)),
                Story("s2", "Harbour fees", ("a4", "a5"), "2026-01-04", ("s1", "s3")),
                Story("s3", "Dock repairs", ("a6",), "2026-01-06", ("s2",)),
            ]
        )
        before = rowids(store, "story_articles", "article_id")
        titles = rowids(store, "stories", "id")
        changed = [
            Story("s1", "Ferry strike", ("a1", "a2", "a5", "a7"), "2026-01-01", ("s3",)),
            Story("s4", "Harbour fees again", ("a4",), "2026-01-04", ()),
        ]
        store.replace_stories(changed, {"s1", "s2", "s4"})
        assert store.stories() == [
            Story("s1", "Ferry strike", ("a1", "a2", "a5", "a7"), "2026-01-01", ("s3",)),
            Story("s4", "Harbour fees again", ("a4",), "2026-01-04", ()),
            Story("s3", "Dock repairs", ("a6",), "2026-01-06", ()),
        ]
        after = rowids(store, "story_articles", "article_id")
        assert {a: after[a] for a in ("a1", "a2", "a6")} == {
            a: before[a] for a in ("a1", "a2", "a6")
        }
        assert {a for a in after if after[a] != before.get(a)} == {"a4", "a5", "a7"}
        assert rowids(store, "stories", "id")["s1"] == titles["s1"]
