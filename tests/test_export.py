"""The export contract: JSON valid against export.schema.json; JSONL and CSV one row per article."""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import jsonschema
import pytest

from helpers import RunCli
from pgserver import BACKENDS
from retold.pipeline import run
from retold.serve.export import export_document, export_schema, export_text, write_export
from retold.store import ArticleQuery, open_store

SCHEMA_PATH = (
    Path(__file__).resolve().parents[1] / "src" / "retold" / "serve" / "export.schema.json"
)
ARTICLE_FIELDS = {
    "id",
    "origin",
    "url",
    "outlet",
    "title",
    "published",
    "published_source",
    "dateline",
    "language",
    "body",
    "removed",
}
INPUTS = ("ferry.txt", "bulletin", "page.html", "records.jsonl", "feed.rss", "feed.atom")
N_ARTICLES = 9  # records.jsonl holds three, feed.rss two


@pytest.fixture(scope="module", params=BACKENDS)
def exported_db(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path
) -> str:
    """A database of every fixture, one rejected file, one revised record; on each backend."""
    root = tmp_path_factory.mktemp("export")
    folder = root / "in"
    folder.mkdir()
    for name in INPUTS:
        (folder / name).write_bytes((fixtures_dir / name).read_bytes())
    (folder / "junk.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x01\x02")
    db = str(root / "export.db")
    if request.param == "postgresql":
        db = request.getfixturevalue("postgres").new_database()
    with open_store(db) as store:
        run([folder], store)
        records = (folder / "records.jsonl").read_text(encoding="utf-8")
        (folder / "records.jsonl").write_text(
            records.replace("most farms would still", "nearly all farms would still"),
            encoding="utf-8",
        )
        summary = run([folder], store)
        assert summary.revised == 1
    return db


@pytest.fixture(scope="module")
def schema() -> dict[str, object]:
    loaded: dict[str, object] = json.loads(SCHEMA_PATH.read_text(encoding="utf-8"))
    return loaded


@pytest.fixture(scope="module")
def document(exported_db: str) -> dict[str, object]:
    with open_store(exported_db) as store:
        return export_document(store)


def test_schema_is_valid_draft_2020_12(schema: dict[str, object]) -> None:
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    assert export_schema() == schema  # the packaged copy is the one in the source tree


def test_json_export_validates(schema: dict[str, object], document: dict[str, object]) -> None:
    validator = jsonschema.Draft202012Validator(
        schema, format_checker=jsonschema.Draft202012Validator.FORMAT_CHECKER
    )
    errors = sorted(validator.iter_errors(document), key=lambda e: list(e.path))
    assert not errors, "\n".join(f"{list(e.path)}: {e.message}" for e in errors[:5])


def test_schema_rejects_a_broken_export(
    schema: dict[str, object], document: dict[str, object]
) -> None:
    """The validation above can fail: a wrong date or a missing field is caught."""
    broken = json.loads(json.dumps(document))
    broken["articles"][0]["published"] = "19 April 2024"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)
    broken = json.loads(json.dumps(document))
    del broken["articles"][0]["removed"]
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema, cls=jsonschema.Draft202012Validator)


def test_contract_fields(document: dict[str, object]) -> None:
    articles = document["articles"]
    assert isinstance(articles, list) and len(articles) == N_ARTICLES  # latest revisions only
    for article in articles:
        assert set(article) >= ARTICLE_FIELDS, ARTICLE_FIELDS - set(article)
        assert set(article["origin"]) == {"path", "record"}
        assert article["published"] is None or re.fullmatch(
            r"\d{4}-\d{2}-\d{2}", article["published"]
        )
        assert article["body"].strip()
        for removed in article["removed"]:
            assert set(removed) >= {"text", "reason", "line"}
            assert removed["text"] not in article["body"].split("\n\n")
    [rejected] = document["rejected"]
    assert set(rejected) == {"origin", "reason"}
    assert rejected["origin"]["path"].endswith("junk.txt")
    assert "PNG" in rejected["reason"]


def test_export_values(document: dict[str, object]) -> None:
    by_title = {a["title"]: a for a in document["articles"]}
    ferry = by_title["Ferry terminal to open next spring"]
    assert ferry["outlet"] == "Harbour Gazette"
    assert (ferry["published"], ferry["published_source"]) == ("2024-04-19", "header")
    assert {r["reason"] for r in ferry["removed"]} >= {"masthead", "byline", "advertisement"}
    assert ferry["language"] == "en"
    orchard = by_title["Orchard harvest breaks record"]
    assert orchard["revision"] == 2 and orchard["supersedes"]
    assert "nearly all farms" in orchard["body"]
    assert orchard["origin"]["record"] == "rec-1"
    assert orchard["extra"] == {"section": "Farming", "tags": ["apples", "harvest"]}
    tram = by_title["Tram line extension approved"]
    assert tram["url"] == "https://northshore-herald.example/tram"
    assert tram["published"] == "2024-06-04"


def test_jsonl_export(exported_db: str, document: dict[str, object]) -> None:
    with open_store(exported_db) as store:
        text = export_text(store, "jsonl")
    rows = [json.loads(line) for line in text.splitlines()]
    articles = [r for r in rows if r["record_type"] == "article"]
    rejected = [r for r in rows if r["record_type"] == "rejected"]
    assert len(articles) == N_ARTICLES and len(rejected) == 1
    assert [a["id"] for a in articles] == [a["id"] for a in document["articles"]]  # type: ignore[union-attr]
    assert all(set(a) >= ARTICLE_FIELDS for a in articles)


def test_csv_export(exported_db: str, document: dict[str, object]) -> None:
    buffer = io.StringIO(newline="")
    with open_store(exported_db) as store:
        count = write_export(store, "csv", buffer)
    rows = list(csv.DictReader(io.StringIO(buffer.getvalue(), newline="")))
    assert count == len(rows) == N_ARTICLES
    expected = {a["id"]: a for a in document["articles"]}  # type: ignore[union-attr]
    for row in rows:
        article = expected[row["id"]]
        assert row["body"] == article["body"]  # multi-line bodies survive quoting
        assert row["published"] == (article["published"] or "")
        assert int(row["removed_lines"]) == len(article["removed"])
        assert int(row["words"]) == len(article["body"].split())


def test_export_with_query(exported_db: str) -> None:
    with open_store(exported_db) as store:
        doc = export_document(store, ArticleQuery(outlet="valley post"))
        every = export_document(store, ArticleQuery(all_revisions=True))
    assert {a["outlet"] for a in doc["articles"]} == {"Valley Post"}
    assert len(doc["articles"]) == 2
    assert len(every["articles"]) == N_ARTICLES + 1


@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_cli_export_out_file(
    run_cli: RunCli, exported_db: str, tmp_path: Path, schema: dict[str, object], fmt: str
) -> None:
    out = tmp_path / f"export.{fmt}"
    done = run_cli("export", "--db", exported_db, "--format", fmt, "--out", out)
    assert done.returncode == 0, done.stderr
    assert done.stdout == ""
    assert f"wrote {N_ARTICLES} article(s)" in done.stderr
    assert not out.with_name(out.name + ".part").exists()
    text = out.read_text(encoding="utf-8")
    if fmt == "json":
        jsonschema.validate(json.loads(text), schema, cls=jsonschema.Draft202012Validator)
    elif fmt == "jsonl":
        kinds = [json.loads(line)["record_type"] for line in text.splitlines()]
        assert kinds[: N_ARTICLES + 1] == ["article"] * N_ARTICLES + ["rejected"]
    else:
        assert len(list(csv.DictReader(io.StringIO(text, newline="")))) == N_ARTICLES


def test_cli_export_stdout(run_cli: RunCli, exported_db: str, schema: dict[str, object]) -> None:
    done = run_cli("export", "--db", exported_db, "--format", "json")
    assert done.returncode == 0, done.stderr
    document = json.loads(done.stdout)
    jsonschema.validate(document, schema, cls=jsonschema.Draft202012Validator)
    assert len(document["articles"]) == N_ARTICLES
