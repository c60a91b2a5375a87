"""Rendered story and article pages are kept while the database stays as it was, and
retired by any commit from any connection (``retold.web.cache``)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from fastapi.testclient import TestClient

from retold.store import open_store
from retold.web import create_app


def test_a_commit_elsewhere_retires_the_kept_pages(example_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "copy.db"
    shutil.copy(example_db, db)
    with open_store(db) as store:
        story = store.stories()[0]
        article = story.articles[0]
    with TestClient(create_app(db)) as client:
        cache = client.app.state.pages  # type: ignore[attr-defined]
        first = client.get(f"/stories/{story.id}").text
        assert client.get(f"/stories/{story.id}").text == first
        assert (cache.hits, cache.misses) == (1, 1)
        other = sqlite3.connect(db)  # another process's connection, as far as the app knows
        with other:
            other.execute(
                "UPDATE stories SET title = 'Kept pages are retired' WHERE id = ?", (story.id,)
            )
            other.execute("UPDATE articles SET title = 'A new headline' WHERE id = ?", (article,))
        other.close()
        assert "Kept pages are retired" in client.get(f"/stories/{story.id}").text
        assert "A new headline" in client.get(f"/articles/{article}").text
        assert client.get("/stories/ffffffffffff").status_code == 404  # errors are not kept


def test_data_version_changes_when_another_connection_commits(store_url: str) -> None:
    with open_store(store_url) as watch, open_store(store_url) as writer:
        before = watch.data_version()
        assert watch.data_version() == before  # nothing committed: the same
        writer.put_state("probe", "1")
        assert watch.data_version() != before
