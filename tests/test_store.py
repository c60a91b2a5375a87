"""The store, on SQLite and PostgreSQL: idempotent runs, revisions, origins, atomic writes, schema guards."""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import tempfile
import time
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from helpers import P1, P2, P3, WriteFile, clean
from pgserver import PostgresServer
from retold.errors import NotFoundError, SchemaError, StoreError
from retold.pipeline import run
from retold.records import Article, Dateline, Origin, Rejected, Removed
from retold.store import ArticleQuery, PostgresStore, SQLiteStore, open_store
from retold.store.postgres import is_postgres_url
from retold.store.schema import LATEST, MIGRATIONS, MIGRATIONS_TABLE

TABLES = ("articles", "article_origins", "removed_lines")


def table_counts(db: str | Path) -> dict[str, int]:
    with open_store(db) as store:
        return {t: store.conn.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in TABLES}


def story(n: int) -> str:
    return "\n\n".join(
        [f"Story {n} about the harbour", f"Story {n}: {P1}", f"Story {n}: {P2}", P3, "Source link"]
    )


def jsonl(*records: dict[str, str]) -> str:
    return "\n".join(json.dumps(r) for r in records) + "\n"


# -- idempotence, revisions, origins --------------------------------------------------------


def test_second_run_stores_nothing_new(
    fixtures_dir: Path, write_file: WriteFile, store_url: str, tmp_path: Path
) -> None:
    for name in ("ferry.txt", "bulletin", "page.html", "records.jsonl", "feed.rss", "feed.atom"):
        write_file(f"in/{name}", (fixtures_dir / name).read_bytes())
    write_file("in/empty.txt", b"")
    folder = tmp_path / "in"
    with open_store(store_url) as store:
        first = run([folder], store)
        counts = store.counts()
    assert (first.ingested, first.unchanged, len(first.rejected)) == (9, 0, 1)
    assert counts["articles"] == 9 and counts["origins"] == 9 and counts["rejections"] == 1
    with open_store(store_url) as store:
        second = run([folder], store)
        assert store.counts() == counts
        runs = store.conn.execute("SELECT ingested, unchanged, rejected FROM runs").fetchall()
    assert (second.ingested, second.unchanged, second.revised) == (0, 9, 0)
    assert len(second.rejected) == 1
    assert runs == [(9, 0, 1), (0, 9, 1)]


def test_edited_record_becomes_revision_two(write_file: WriteFile, store_url: str) -> None:
    path = write_file("feed.jsonl", jsonl({"id": "r1", "text": f"{P1}\n\n{P2}"}))
    with open_store(store_url) as store:
        run([path], store)
        [old] = list(store.articles())
        path.write_text(jsonl({"id": "r1", "text": f"{P1}\n\n{P2}\n\n{P3}"}), encoding="utf-8")
        summary = run([path], store)
        assert (summary.ingested, summary.revised, summary.unchanged) == (1, 1, 0)
        [latest] = list(store.articles())
        both = list(store.articles(ArticleQuery(all_revisions=True)))
        assert store.article_ids() == [latest.article.id]
    assert old.revision == 1 and old.supersedes is None
    assert latest.revision == 2 and latest.supersedes == old.article.id
    assert latest.article.body.endswith(P3)
    assert sorted(s.revision for s in both) == [1, 2]
    assert latest.article.revision_key == old.article.revision_key


def test_same_url_in_another_file_is_a_revision(write_file: WriteFile, store_url: str) -> None:
    url = "https://harbour-gazette.example/ferry"
    a = write_file("monday.jsonl", jsonl({"url": url, "text": f"{P1}\n\n{P2}"}))
    b = write_file("tuesday.jsonl", jsonl({"url": url, "text": f"{P1}\n\n{P2}\n\n{P3}"}))
    with open_store(store_url) as store:
        run([a], store)
        run([b], store)
        [latest] = list(store.articles())
        assert latest.revision == 2 and latest.article.revision_key == url
        assert latest.origins == (Origin(str(b), "line-1"),)
        assert len(list(store.articles(ArticleQuery(all_revisions=True)))) == 2


def test_same_content_at_two_paths_stored_once(
    fixtures_dir: Path, write_file: WriteFile, store_url: str
) -> None:
    data = (fixtures_dir / "ferry.txt").read_bytes()
    a, b = write_file("a/ferry.txt", data), write_file("b/copy.txt", data)
    with open_store(store_url) as store:
        summary = run([a, b], store)
        [stored] = list(store.articles())
        assert store.counts()["articles"] == 1
    assert (summary.ingested, summary.unchanged) == (1, 1)
    assert stored.origins == (Origin(str(a)), Origin(str(b)))
    assert stored.article.origin == Origin(str(a))


def test_rejection_cleared_when_file_reads(write_file: WriteFile, store_url: str) -> None:
    path = write_file("late.txt", b"")
    with open_store(store_url) as store:
        run([path], store)
        assert [r.origin.path for r in store.rejections()] == [str(path)]
        path.write_text(story(1), encoding="utf-8")
        run([path], store)
        assert store.rejections() == []


def test_get_article_by_prefix(store_url: str) -> None:
    base = clean(f"{P1}\n\n{P2}")
    with open_store(store_url) as store:
        store.put_article(replace(base, id="abc1230000000000", revision_key="k1"))
        store.put_article(replace(base, id="abc4560000000000", revision_key="k2"))
        assert store.get_article("abc123").article.id == "abc1230000000000"
        assert store.get_article("abc4560000000000").article.id == "abc4560000000000"
        for bad in ("abc", "ffff", "", "%", "_"):
            with pytest.raises(NotFoundError):
                store.get_article(bad)


@pytest.mark.parametrize("pattern", ["%", "_", "%%"])
def test_wildcards_are_not_an_id(store_url: str, pattern: str) -> None:
    with open_store(store_url) as store:
        store.put_article(clean(f"{P1}\n\n{P2}"))
        with pytest.raises(NotFoundError):
            store.get_article(pattern)


def test_one_file_by_relative_and_absolute_path_is_one_origin(
    fixtures_dir: Path, write_file: WriteFile, store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_file("ferry.txt", (fixtures_dir / "ferry.txt").read_bytes())
    monkeypatch.chdir(path.parent)
    with open_store(store_url) as store:
        run(["ferry.txt"], store)
        run([path], store)
        [stored] = list(store.articles())
    assert len(stored.origins) == 1


def test_reverted_record_is_latest_again(write_file: WriteFile, store_url: str) -> None:
    original = jsonl({"id": "r1", "text": f"{P1}\n\n{P2}"})
    path = write_file("feed.jsonl", original)
    with open_store(store_url) as store:
        run([path], store)
        path.write_text(jsonl({"id": "r1", "text": f"{P1}\n\n{P2}\n\n{P3}"}), encoding="utf-8")
        run([path], store)
        path.write_text(original, encoding="utf-8")
        run([path], store)
        [latest] = list(store.articles())
    assert P3 not in latest.article.body


# -- atomic writes -------------------------------------------------------------------------


def test_constraint_violation_leaves_no_rows(store_url: str) -> None:
    article = clean(f"Source link\n\n{P1}\n\n{P2}\n\nAdvertisement\n\n{P3}")
    bad = replace(article, removed=(*article.removed, Removed(None, "bad", 3)))  # type: ignore[arg-type]
    with open_store(store_url) as store:
        with pytest.raises(StoreError, match="cannot write article"):
            store.put_article(bad)
        assert store.counts()["articles"] == 0
        assert store.put_article(article) == "new"  # the store is still usable
    assert table_counts(store_url) == {
        "articles": 1,
        "article_origins": 1,
        "removed_lines": len(article.removed),
    }


class Crash(Exception):
    pass


class CrashAfterWrite:
    """Fails inside the transaction, after the article row is written."""

    def _write_article(self, article: Article):  # type: ignore[no-untyped-def]
        outcome = super()._write_article(article)  # type: ignore[misc]
        assert self.conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0] == 1  # type: ignore[attr-defined]
        raise Crash(outcome)


class CrashingSQLite(CrashAfterWrite, SQLiteStore):
    pass


class CrashingPostgres(CrashAfterWrite, PostgresStore):
    pass


def test_exception_mid_transaction_rolls_back(store_url: str) -> None:
    article = clean(f"{P1}\n\nAdvertisement\n\n{P2}")
    crashing = CrashingPostgres if is_postgres_url(store_url) else CrashingSQLite
    with crashing(store_url) as store, pytest.raises(Crash):
        store.put_article(article)
    assert table_counts(store_url) == dict.fromkeys(TABLES, 0)
    with open_store(store_url) as store:
        assert store.put_article(article) == "new"


@pytest.mark.slow
def test_killed_analyze_leaves_consistent_db(
    tmp_path: Path, retold_bin: Path, db_path: Path
) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for n in range(3000):
        (corpus / f"a{n:05d}.txt").write_text(story(n), encoding="utf-8")
    args = [str(retold_bin), "analyze", str(corpus), "--db", str(db_path), "-q"]
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 30
        while proc.poll() is None and time.monotonic() < deadline:
            if db_path.exists() and _articles_so_far(db_path) > 0:
                break
            time.sleep(0.01)
        time.sleep(0.05)
        os.kill(proc.pid, signal.SIGKILL)
    finally:
        proc.wait(timeout=30)
    assert proc.returncode == -signal.SIGKILL, "analyze finished before it could be killed"
    with sqlite3.connect(db_path) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        written = conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0]
        assert 0 < written < 3000
        assert (
            conn.execute(
                "SELECT COUNT(*) FROM articles a WHERE NOT EXISTS "
                "(SELECT 1 FROM article_origins o WHERE o.article_id = a.id)"
            ).fetchone()[0]
            == 0
        )
        # every article has all of its removed lines: the title and "Source link"
        assert conn.execute(
            "SELECT COUNT(*) FROM articles a WHERE "
            "(SELECT COUNT(*) FROM removed_lines r WHERE r.article_id = a.id) != 2"
        ).fetchone() == (0,)
    done = subprocess.run(args, capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    assert table_counts(db_path) == {
        "articles": 3000,
        "article_origins": 3000,
        "removed_lines": 6000,
    }


def _articles_so_far(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT COUNT(*) FROM articles").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


# -- unusable databases --------------------------------------------------------------------


def test_not_a_database(write_file: WriteFile) -> None:
    path = write_file("notes.db", "These are my notes, not a database.\n" * 20)
    with pytest.raises(StoreError, match=r"notes\.db"):
        open_store(path)
    assert path.read_text(encoding="utf-8").startswith("These are my notes")


def test_newer_schema_refused(store_url: str) -> None:
    with open_store(store_url) as store:
        assert store.schema_versions() == list(range(1, LATEST + 1))
        store.conn.execute(
            "INSERT INTO schema_migrations VALUES (?, 'from the future', 'now')", (LATEST + 1,)
        )
    with pytest.raises(SchemaError, match=f"schema version {LATEST + 1}"):
        open_store(store_url)


def test_older_database_is_migrated_forward(db_path: Path) -> None:
    with sqlite3.connect(db_path, isolation_level=None) as conn:
        conn.execute(MIGRATIONS_TABLE)
        for statement in MIGRATIONS[0].statements:
            conn.execute(statement)
        conn.execute("INSERT INTO schema_migrations VALUES (1, 'first', 'then')")
    conn.close()
    with open_store(db_path) as store:
        assert store.schema_versions() == list(range(1, LATEST + 1))
        assert store.put_article(clean(f"{P1}\n\n{P2}")) == "new"


def test_reopen_keeps_schema_and_data(store_url: str) -> None:
    article = clean(f"{P1}\n\n{P2}")
    with open_store(store_url) as store:
        store.put_article(article)
        store.put_rejection(Rejected(Origin("x.txt", "line-3"), "malformed"))
    with open_store(store_url) as store:
        assert store.schema_versions() == list(range(1, LATEST + 1))
        assert store.get_article(article.id).article.body == article.body
        assert store.rejections() == [Rejected(Origin("x.txt", "line-3"), "malformed")]


# -- round trip ------------------------------------------------------------------------------

DATE = st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}")


def articles(without: str = "") -> st.SearchStrategy[Article]:
    """Any article, its text free of the characters in ``without``."""
    chars = st.characters(blacklist_categories=("Cs",), blacklist_characters=without)
    return _articles(st.text(chars, max_size=200), st.text(chars, min_size=1, max_size=40))


def _articles(
    text: st.SearchStrategy[str], short: st.SearchStrategy[str]
) -> st.SearchStrategy[Article]:
    return st.builds(
        Article,
        id=st.text("0123456789abcdef", min_size=16, max_size=16),
        origin=st.builds(Origin, path=short, record=st.none() | short),
        format=st.sampled_from(["text", "html", "jsonl", "rss", "atom"]),
        encoding=st.sampled_from(["utf-8", "cp1252", "utf-16-le"]),
        url=st.none() | short,
        outlet=st.none() | short,
        outlet_source=st.sampled_from(["metadata", "masthead", "url", "none"]),
        title=st.none() | text,
        title_source=st.sampled_from(["metadata", "header", "none"]),
        published=st.none() | DATE,
        published_source=st.sampled_from(["metadata", "header", "dateline", "none"]),
        dateline=st.none()
        | st.builds(
            Dateline,
            text=short,
            place=st.none() | short,
            date=st.none() | DATE,
            credit=st.none() | short,
        ),
        language=st.none() | st.sampled_from(["en", "uk", "ru", "el"]),
        body=text,
        removed=st.lists(
            st.builds(Removed, text=text, reason=short, line=st.integers(-1, 10_000)), max_size=5
        ).map(tuple),
        revision_key=short,
        extra_json=st.dictionaries(short, text, max_size=3).map(
            lambda d: json.dumps(d, ensure_ascii=False)
        ),
        pipeline=short,
    )


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles())
def test_put_get_round_trip(article: Article) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        with open_store(Path(tmp) / "rt.db") as store:
            assert store.put_article(article) == "new"
            assert store.put_article(article) == "unchanged"
        with open_store(Path(tmp) / "rt.db") as store:
            stored = store.get_article(article.id)
    assert stored.article == article
    assert stored.revision == 1 and stored.supersedes is None
    assert stored.origins == (article.origin,)


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(article=articles(without="\x00"))  # PostgreSQL text holds no NUL (test_backends.py)
def test_put_get_round_trip_on_postgres(postgres: PostgresServer, article: Article) -> None:
    url = postgres.new_database()
    with open_store(url) as store:
        assert store.put_article(article) == "new"
        assert store.put_article(article) == "unchanged"
    with open_store(url) as store:
        stored = store.get_article(article.id)
    assert stored.article == article
    assert stored.revision == 1 and stored.supersedes is None
    assert stored.origins == (article.origin,)


# -- per-article analysis -----------------------------------------------------------------


def test_analyses_round_trip_in_one_query_per_table(db_path: Path) -> None:
    from helpers import make_article
    from retold.analyze import QuoteOptions, analyze_articles

    bodies = [
        '"The pier will reopen in May," harbour master Ines Varga said on Monday.',
        'Fisherman Olek Bran said he had lost two boats. "It was a "disaster"," he said. '
        'He paid the so-called "pier tax" twice.',
        "According to Gull Wire, the port stays shut until Friday.",
        "The talks in Kiev ended on Monday, Gull Wire reported. Varga and Bran met in Kyiv.",
    ]
    articles = [make_article(b, id=f"a{n}") for n, b in enumerate(bodies)]
    analyses = analyze_articles(articles, None, QuoteOptions())
    assert all(any(getattr(a, f) for a in analyses) for f in ("scare_quotes", "citations", "names"))
    with open_store(db_path) as store:
        for article, analysis in zip(articles, analyses, strict=True):
            store.put_article(article)
            store.put_analysis(analysis)
        selects: list[str] = []
        store.conn.set_trace_callback(lambda sql: selects.append(sql) if "SELECT" in sql else None)
        batch = store.analyses(["a2", "a0", "a3", "missing", "a1"])
        store.conn.set_trace_callback(None)
        assert len(selects) == 5  # analyzed, quotes, scare quotes, citations, names
        a0, a1, a2, a3 = analyses
        assert batch == [a2, a0, a3, store.analysis("missing"), a1]
        assert [store.analysis(a.id) for a in articles] == analyses
        assert store.analysis("missing").quotes == () and store.analysis("missing").stage == ""


class _Counted:
    """A store connection that counts the values its queries hand out."""

    def __init__(self, conn: Any) -> None:
        self.conn, self.values = conn, 0

    def execute(self, sql: str, parameters: Any = (), /) -> Any:
        rows = self.conn.execute(sql, parameters).fetchall()
        self.values += sum(len(row) for row in rows)
        return _Rows(rows)


class _Rows(list[Any]):
    def fetchall(self) -> list[Any]:
        return list(self)

    def fetchone(self) -> Any:
        return self[0] if self else None


def test_latest_ids_read_one_value_per_article(store_url: str) -> None:
    """The latest revisions' ids, by id, from one value per stored row and the
    superseded rows' ids (main read each row's id, key and revision)."""
    base = clean(f"{P1}\n\n{P2}")
    with open_store(store_url) as store:
        for n in range(12):
            store.put_article(replace(base, id=f"{n:02x}" + "0" * 14, revision_key=f"k{n}"))
        for key, ids in (("k3", ["f1", "f2"]), ("k7", ["e1"])):
            for i in ids:
                store.put_article(replace(base, id=i + "0" * 14, revision_key=key))
        expected = [
            i for i in (f"{n:02x}" + "0" * 14 for n in range(12)) if i[:2] not in ("03", "07")
        ]
        expected = sorted([*expected, "e1" + "0" * 14, "f2" + "0" * 14])
        counted = _Counted(store.conn)
        store.conn, conn = counted, store.conn  # type: ignore[assignment]
        try:
            assert store.article_ids() == expected
        finally:
            store.conn = conn
        assert counted.values == 15 + 3  # 15 rows, 3 of them superseded
