"""The JSON API of `retold serve`, through the real app, on the example corpus."""

from __future__ import annotations

import csv
import io
import json
import re
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pyarrow.parquet as pq
import pytest
from fastapi.testclient import TestClient

from retold.errors import StoreError, UsageError
from retold.serve.storyview import coverage_document, story_document
from retold.store import ArticleQuery, open_store
from retold.web import create_app


@pytest.fixture(scope="module")
def api(example_db: Path) -> Iterator[TestClient]:
    with TestClient(create_app(example_db)) as client:
        yield client


def get(api: TestClient, url: str) -> Any:
    response = api.get(url)
    assert response.status_code == 200, response.text
    return response.json()


def every(api: TestClient, url: str) -> list[dict[str, Any]]:
    """All items of a paged list, following the next links."""
    items: list[dict[str, Any]] = []
    next_url: str | None = url
    while next_url:
        page = get(api, next_url)
        items += page["items"]
        next_url = page["next"]
    return items


def test_a_story_is_the_story_view_document(api: TestClient, example_db: Path) -> None:
    with open_store(example_db) as store:
        for story in store.stories():
            assert get(api, f"/api/stories/{story.id}") == json.loads(
                json.dumps(story_document(store, story.id))
            )
            coverage = get(api, f"/api/stories/{story.id}/coverage")
            assert coverage == json.loads(json.dumps(coverage_document(store, story.id)))


def test_pages_follow_next_links_to_every_item_once(api: TestClient) -> None:
    whole = get(api, "/api/quotes?limit=500")
    assert whole["next"] is None and whole["total"] == len(whole["items"]) > 7
    paged = every(api, "/api/quotes?limit=7")
    assert [q["id"] for q in paged] == [q["id"] for q in whole["items"]]
    first = get(api, "/api/quotes?limit=7")
    assert first["limit"] == 7 and first["offset"] == 0 and "offset=7" in first["next"]


def test_story_filters(api: TestClient) -> None:
    stories = every(api, "/api/stories")
    assert len(stories) >= 2
    for story in stories:
        for outlet in story["outlets"]:
            found = every(api, f"/api/stories?outlet={outlet.upper()}")
            assert story["id"] in {s["id"] for s in found}
            assert all(outlet in s["outlets"] for s in found)
    for person in {p for s in stories for p in s["people"]}:
        part = person.split()[-1].lower()
        found = every(api, f"/api/stories?person={part}")
        assert found and all(any(part in p.lower() for p in s["people"]) for s in found)
    first = min(s["first_published"] for s in stories)
    later = every(api, f"/api/stories?since={first[:8]}{int(first[8:]) + 1:02d}")
    assert {s["id"] for s in later} == {s["id"] for s in stories if s["first_published"] > first}


def test_search_finds_every_article_with_the_word(api: TestClient) -> None:
    articles = every(api, "/api/articles?limit=500")
    word = re.compile(r"\bfertiliser", re.IGNORECASE)
    expected = {
        a["id"] for a in articles if word.search(a["body"]) or word.search(a["title"] or "")
    }
    assert expected
    hits = every(api, "/api/search?q=fertiliser&limit=3")
    assert {h["article"] for h in hits} == expected
    for hit in hits:
        matched = [p["text"] for p in hit["snippet"] if p["match"]]
        assert all(word.match(m) for m in matched)
    stories = every(api, "/api/stories?q=fertiliser")
    story_ids = {h["story"] for h in hits}
    assert {s["id"] for s in stories} == story_ids


@pytest.mark.parametrize("q", ['"', "AND", "NEAR(", "a OR", "*", "col:x", "\u00e9t\u00e9 ^ -"])
def test_search_syntax_in_the_words_is_not_an_error(api: TestClient, q: str) -> None:
    assert api.get("/api/search", params={"q": q}).status_code == 200


def test_article_document_and_its_evidence(api: TestClient) -> None:
    for row in every(api, "/api/articles?limit=500"):
        doc = get(api, f"/api/articles/{row['id'][:10]}")
        assert doc["id"] == row["id"] and doc["body"] == row["body"]
        for quote in doc["quotes"]:
            for segment in quote["segments"]:
                assert doc["body"][segment["start"] : segment["end"]] == segment["text"]
        for finding in doc["findings"]:
            for e in finding["evidence"]:
                if e["article"] == doc["id"]:
                    assert doc["body"][e["start"] : e["end"]] == e["text"]
        assert {f["field"] for f in doc["fields"]} >= {"outlet", "title", "published"}


def test_people_and_outlets(api: TestClient) -> None:
    people = every(api, "/api/people")
    assert people == sorted(people, key=lambda p: (-p["quotes"], p["name"]))
    top = get(api, f"/api/people/{people[0]['name']}")
    dates = [s["published"] or "9999" for s in top["statements"]]
    assert len(top["statements"]) == people[0]["quotes"] and dates == sorted(dates)
    for outlet in every(api, "/api/outlets"):
        doc = get(api, f"/api/outlets/{outlet['name'].lower()}")
        assert doc["name"] == outlet["name"] and len(doc["articles"]) == outlet["articles"]


def test_outlet_credits_left_out_are_its_own_uncredited_copies(api: TestClient) -> None:
    findings = every(api, "/api/findings?kind=uncredited_copy")
    assert findings, "the example corpus has an uncredited copy"
    for finding in findings:
        copy = get(api, f"/api/articles/{finding['subject']}")
        outlet = get(api, f"/api/outlets/{copy['outlet']}")
        assert finding in outlet["credits_omitted"]


ERRORS = [
    ("GET", "/api/no-such-thing", 404),
    ("GET", "/api/articles/ffffffffffffffff", 404),
    ("GET", "/api/stories/story-0000", 404),
    ("GET", "/api/people/Nobody%20At%20All", 404),
    ("GET", "/api/outlets/No%20Such%20Outlet", 404),
    ("GET", "/api/stories?limit=0", 422),
    ("GET", "/api/stories?since=yesterday", 422),
    ("GET", "/api/search", 422),
    ("GET", "/api/export/secrets", 422),
    ("POST", "/api/articles", 405),
]


@pytest.mark.parametrize(("method", "url", "status"), ERRORS)
def test_every_error_has_the_one_shape(api: TestClient, method: str, url: str, status: int) -> None:
    response = api.request(method, url)
    assert response.status_code == status
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    assert set(body) == {"error"}
    error = body["error"]
    assert set(error) - {"details"} == {"status", "code", "message"}
    assert error["status"] == status and error["message"]
    assert (
        error["code"]
        == {404: "not_found", 405: "method_not_allowed", 422: "invalid_request"}[status]
    )


def test_the_spec_documents_the_error_shape(api: TestClient) -> None:
    spec = get(api, "/api/openapi.json")
    assert spec["components"]["schemas"]["ErrorBody"]["required"] == ["error"]
    for path, operations in spec["paths"].items():
        for operation in operations.values():
            ref = operation["responses"]["404"]["content"]["application/json"]["schema"]["$ref"]
            assert ref.endswith("/ErrorBody"), path
    assert not any(p.startswith("/api/articles") and "post" in o for p, o in spec["paths"].items())


def export(api: TestClient, record: str, fmt: str) -> bytes:
    with api.stream("GET", f"/api/export/{record}?format={fmt}") as response:
        assert response.status_code == 200
        assert f"retold-{record}.{fmt}" in response.headers["content-disposition"]
        return b"".join(response.iter_bytes())


@pytest.mark.parametrize(
    "record", ["articles", "quotes", "stories", "findings", "citations", "copies"]
)
def test_exports_agree_in_every_format(api: TestClient, record: str) -> None:
    rows = json.loads(export(api, record, "json"))
    lines = [json.loads(line) for line in export(api, record, "jsonl").decode().splitlines()]
    assert lines == rows and rows
    table = list(csv.DictReader(io.StringIO(export(api, record, "csv").decode())))
    parquet = pq.read_table(io.BytesIO(export(api, record, "parquet"))).to_pylist()
    assert len(table) == len(parquet) == len(rows)
    first = rows[0]
    for key, value in first.items():
        flat = json.dumps(value, ensure_ascii=False) if isinstance(value, dict | list) else value
        assert parquet[0][key] == flat
        assert table[0][key] == ("" if flat is None else str(flat))


def test_export_counts_match_the_api(api: TestClient) -> None:
    articles = json.loads(export(api, "articles", "json"))
    assert len(articles) == get(api, "/api/articles")["total"]
    quotes = json.loads(export(api, "quotes", "json"))
    assert len(quotes) == get(api, "/api/quotes")["total"]


def test_security_headers_on_pages_and_api(api: TestClient) -> None:
    for url in ("/", "/api/stories", "/api/no-such-thing", "/static/retold.css"):
        headers = api.get(url).headers
        csp = headers["content-security-policy"]
        assert (
            "default-src 'none'" in csp and "unsafe-inline" not in csp and "script-src" not in csp
        )
        assert headers["x-content-type-options"] == "nosniff"


def test_writes_need_the_flag_and_the_token(xss_db: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError):
        create_app(xss_db, allow_writes=True, token=None)
    with pytest.raises(UsageError):
        create_app(tmp_path / "missing.db")
    db = tmp_path / "copy.db"
    shutil.copy(xss_db, db)
    record = {"text": "A short note about the ferry timetable. " * 8, "outlet": "Posted News"}
    with TestClient(create_app(db, allow_writes=True, token="s3cret")) as client:
        denied = client.post("/api/articles", json=[record])
        assert denied.status_code == 401 and denied.json()["error"]["code"] == "unauthorized"
        wrong = client.post("/api/articles", json=[record], headers={"authorization": "Bearer no"})
        assert wrong.status_code == 401
        done = client.post(
            "/api/articles", json=[record], headers={"authorization": "Bearer s3cret"}
        )
        assert done.status_code == 200 and done.json()["ingested"] == 1
        outlets = {o["name"] for o in every(client, "/api/outlets")}
        assert "Posted News" in outlets


def test_a_server_failure_has_the_one_shape_too(example_db: Path) -> None:
    app = create_app(example_db)

    def fail() -> None:
        raise RuntimeError("secret detail /etc/passwd")

    def unusable() -> None:
        raise StoreError("cannot use database x.db")

    app.add_api_route("/api/fail", fail)
    app.add_api_route("/api/unusable", unusable)
    app.add_api_route("/fail", fail, include_in_schema=False)
    with TestClient(app, raise_server_exceptions=False) as client:
        response = client.get("/api/fail")
        assert response.status_code == 500
        error = response.json()["error"]
        assert (error["status"], error["code"]) == (500, "internal_error")
        assert "secret" not in response.text  # the details stay in the server's log
        assert "default-src 'none'" in response.headers["content-security-policy"]
        store = client.get("/api/unusable")
        assert store.status_code == 500 and store.json()["error"]["code"] == "internal_error"
        page = client.get("/fail")
        assert page.status_code == 500 and page.headers["content-type"].startswith("text/html")


def test_article_pages_list_what_the_store_lists(api: TestClient, example_db: Path) -> None:
    with open_store(example_db) as store:
        expected = [s.article.id for s in store.articles()]
        outlet = store.get_article(expected[0]).article.outlet or ""
        one = [
            s.article.id for s in store.articles(ArticleQuery(outlet=outlet, since="2025-01-01"))
        ]
    assert [a["id"] for a in every(api, "/api/articles?limit=7")] == expected
    found = every(api, f"/api/articles?limit=2&outlet={outlet.upper()}&since=2025-01-01")
    assert [a["id"] for a in found] == one and one
