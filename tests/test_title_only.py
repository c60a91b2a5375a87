"""Title-only records: a feed item or JSONL record with a headline and no body is an
article with an empty body; every later stage copes with it (no crash, no bogus finding)."""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import replace
from pathlib import Path

import jsonschema
import numpy as np
import pytest
from click.testing import CliRunner

from helpers import P1, P2, P3, make_article, make_raw, partition
from retold.clean import clean_document
from retold.ingest import read_all
from retold.link.attach import Link, cluster_with_headlines
from retold.link.copies import find_copies
from retold.link.findings import stale_reprints
from retold.link.stories import StoryOptions, cluster_stories, group
from retold.pipeline import run
from retold.records import Article, RawDocument, Rejected
from retold.serve.cli import cli
from retold.serve.export import export_document, export_schema
from retold.store import open_store

LIMIT = 50_000_000
NEITHER_JSONL = "record has no 'text', 'html' or 'title': nothing to ingest"
NEITHER_FEED = "feed item has no content, description or title: nothing to ingest"


def read(path: Path) -> list[RawDocument | Rejected]:
    return list(read_all([path], LIMIT))


# -- ingest ----------------------------------------------------------------------------------


def test_jsonl_title_only_records(fixtures_dir: Path) -> None:
    first, second, third = read(fixtures_dir / "headlines.jsonl")
    assert isinstance(first, RawDocument) and isinstance(second, RawDocument)
    assert (first.content, first.markup) == ("", "text")
    assert (
        first.get("title") == "Lakeport ferry terminal to open next spring after dredging dispute"
    )
    assert second.content == ""  # an empty "text" field is no body either
    assert json.loads(second.extra_json) == {"section": "Lakes"}
    assert third == Rejected(third.origin, NEITHER_JSONL)
    assert third.origin.record == "hl-3"


def test_feed_title_only_items(fixtures_dir: Path) -> None:
    terminal, rescue, empty = read(fixtures_dir / "headlines.rss")
    assert isinstance(terminal, RawDocument) and isinstance(rescue, RawDocument)
    assert terminal.content == "" and rescue.content == ""
    assert terminal.get("title") == (
        "Harbour authority confirms new Lakeport ferry terminal opens next spring"
    )
    assert rescue.get("feed_title") == "Lakes Wire - Headlines"
    assert empty == Rejected(empty.origin, NEITHER_FEED)
    assert empty.origin.record == "lw-empty"


# -- clean -----------------------------------------------------------------------------------

HEADLINE = "Lakeport ferry terminal to open next spring"


@pytest.mark.parametrize(
    ("content", "markup", "fmt", "removed"),
    [
        pytest.param("", "text", "jsonl", [], id="jsonl-no-text"),
        pytest.param("", "text", "rss", [], id="feed-no-description"),
        pytest.param("Read more", "text", "rss", ["Read more"], id="feed-description-furniture"),
        pytest.param(
            "<html><body><nav>Home</nav></body></html>", "html", "jsonl", ["Home"], id="html"
        ),
    ],
)
def test_record_with_a_title_and_no_body_is_an_article(
    content: str, markup: str, fmt: str, removed: list[str]
) -> None:
    raw = make_raw(
        content,
        path="feed",
        record="r1",
        markup=markup,
        fmt=fmt,
        title=HEADLINE,
        published="2024-04-19",
        outlet="Lakes Wire",
    )
    article = clean_document(raw)
    assert isinstance(article, Article), article
    assert article.body == "" and article.word_count == 0
    assert (article.title, article.title_source) == (HEADLINE, "metadata")
    assert (article.published, article.outlet) == ("2024-04-19", "Lakes Wire")
    assert article.language is None and article.dateline is None
    assert [r.text for r in article.removed] == removed


@pytest.mark.parametrize(
    ("raw", "reason"),
    [
        pytest.param(
            make_raw(
                "", path="f.jsonl", record="r2", fmt="jsonl", title="TUESDAY, OCTOBER 11, 2011"
            ),
            "record has no article text, and its title is a date stamp, not a headline",
            id="stamp-title",
        ),
        pytest.param(
            make_raw("Advertisement\n\nSource link", path="notes.txt"),
            "no article text left after removing furniture",
            id="text-file",
        ),
        pytest.param(
            make_raw("Advertisement", path="page.html", fmt="html", title=HEADLINE),
            "no article text left after removing furniture",
            id="file-with-a-title",
        ),
    ],
)
def test_no_body_and_no_headline_is_rejected(raw: RawDocument, reason: str) -> None:
    assert clean_document(raw) == Rejected(raw.origin, reason)


# -- link ------------------------------------------------------------------------------------


def headline(id: str, title: str, published: str | None = "2024-04-19") -> Article:
    return make_article("", id=id, title=title, published=published, outlet="Lakes Wire")


FERRY = [
    make_article(
        "\n\n".join(paragraphs),
        id=f"ferry{n}",
        title="Ferry terminal to open next spring",
        published="2024-04-19",
        outlet=outlet,
    )
    for n, (paragraphs, outlet) in enumerate(
        [((P1, P2, P3), "Harbour Gazette"), ((P1, P2), "Lakes Daily"), ((P1, P3), "Quay Times")]
    )
]
ORCHARD = make_article(
    "Apple growers in the Green Valley picked more fruit this autumn than in any year since "
    "records began, the growers' cooperative said on Saturday, crediting a warm spring.\n\n"
    "The cooperative said prices had fallen slightly because of the large harvest.",
    id="orchard",
    title="Orchard harvest breaks record",
    published="2024-04-20",
    outlet="Valley Post",
)
HEADLINES = [
    headline("h1", "Lakeport ferry terminal to open next spring after dredging dispute"),
    headline("h2", "Ferry terminal in Lakeport will open next spring, harbour authority says"),
]


def test_empty_bodies_are_never_copies() -> None:
    same = [headline("h1", HEADLINE), headline("h2", HEADLINE), headline("h3", HEADLINE)]
    # the full texts' copies, and nothing about the headlines
    assert find_copies([*same, *FERRY]) == find_copies(FERRY)


def test_headline_joins_the_story_its_title_matches() -> None:
    together = partition(cluster_stories([*FERRY, ORCHARD, *HEADLINES]))
    ferry = next(s for s in together if "ferry0" in s)
    assert ferry == {"ferry0", "ferry1", "ferry2", "h1", "h2"}
    assert {"orchard"} in together


def test_headlines_do_not_change_how_full_texts_group() -> None:
    alone = partition(cluster_stories([*FERRY, ORCHARD]))
    together = partition(cluster_stories([*FERRY, ORCHARD, *HEADLINES]))
    assert {s - {"h1", "h2"} for s in together} - {frozenset()} == alone


def test_a_feed_of_headlines_groups_by_title() -> None:
    feed = [
        *HEADLINES,
        headline(
            "h3", "Lakeport ferry terminal opening set for next spring, dredging dispute over"
        ),
        headline("h4", "Orchard growers in Green Valley report record apple harvest"),
    ]
    stories = partition(cluster_stories(feed))
    assert frozenset({"h4"}) in stories
    assert frozenset({"h1", "h2", "h3"}) in stories


def test_a_late_headline_is_no_stale_reprint() -> None:
    late = headline("late", "Ferry terminal to open next spring", published="2025-01-10")
    articles = [*FERRY, late]
    stories = cluster_stories(articles).stories
    assert stale_reprints(articles, stories) == []


def test_a_headline_is_never_taken_for_the_earlier_coverage() -> None:
    early = headline("early", "Ferry terminal to open next spring", published="2023-01-10")
    reprint = make_article(
        "\n\n".join((P1, P2, P3)),
        id="reprint",
        title="Ferry terminal to open next spring",
        published="2024-04-19",
    )
    articles = [early, reprint]
    stories = cluster_stories(articles).stories
    assert stale_reprints(articles, stories) == []


# -- attach: the rule on a hand-built graph ----------------------------------------------------


def link_by_edges(a: list[int], b: list[int]) -> Link:
    """Connected components stand in for average linkage: enough for these small graphs."""

    def link(nodes: np.ndarray) -> list[list[int]]:
        keep = set(nodes.tolist())
        groups = {n: {n} for n in keep}
        for x, y in zip(a, b, strict=True):
            if x in keep and y in keep and groups[x] is not groups[y]:
                merged = groups[x] | groups[y]
                for n in merged:
                    groups[n] = merged
        return sorted(sorted(g) for g in {frozenset(g) for g in groups.values()})

    return link


@pytest.mark.parametrize(
    ("edges", "expected"),
    [
        # nodes 0-1 and 2-3 are full-text stories; 4 and 5 are headlines
        pytest.param(
            [(0, 1, 0.9), (2, 3, 0.9), (0, 4, 0.8), (1, 4, 0.6)],
            [[0, 1, 4], [2, 3], [5]],
            id="joins-best-average",
        ),
        pytest.param(
            [(0, 1, 0.9), (2, 3, 0.9), (0, 4, 0.9), (2, 4, 0.9), (3, 4, 0.9)],
            [[0, 1], [2, 3, 4], [5]],
            id="joins-one-story-only",
        ),
        pytest.param(
            [(0, 1, 0.9), (2, 3, 0.9), (0, 4, 0.6), (4, 5, 0.9)],
            [[0, 1], [2, 3], [4, 5]],
            id="weak-match-groups-with-headlines",
        ),
    ],
)
def test_attach_rule(edges: list[tuple[int, int, float]], expected: list[list[int]]) -> None:
    a, b, p = (np.array(col) for col in zip(*edges, strict=True))
    has_body = np.array([True, True, True, True, False, False])
    link = link_by_edges(a.tolist(), b.tolist())
    clusters = cluster_with_headlines(
        has_body, (a.astype(np.int64), b.astype(np.int64), p.astype(np.float64)), link, 0.5
    )
    assert [list(c) for c in clusters] == expected


def test_attach_respects_the_silence_rule() -> None:
    a, b = np.array([0, 0], np.int64), np.array([1, 2], np.int64)
    p = np.array([0.9, 0.7])
    has_body = np.array([True, True, False])
    days = np.array([100, 101, 200], np.int64)
    link = link_by_edges([0], [1])
    clusters = cluster_with_headlines(has_body, (a, b, p), link, 0.5, days, (21.0, 0.8))
    assert [list(c) for c in clusters] == [[0, 1], [2]]


# -- the whole pipeline ----------------------------------------------------------------------

INPUTS = ("ferry.txt", "records.jsonl", "feed.atom", "headlines.jsonl", "headlines.rss")


@pytest.fixture(scope="module")
def analyzed(tmp_path_factory: pytest.TempPathFactory, fixtures_dir: Path) -> Path:
    """Full articles and title-only records through analyze: link, quotes and compare."""
    root = tmp_path_factory.mktemp("titles")
    folder = root / "in"
    folder.mkdir()
    for name in INPUTS:
        shutil.copy(fixtures_dir / name, folder / name)
    db = root / "titles.db"
    with open_store(db) as store:
        summary = run([folder], store)
    assert summary.ingested == 9
    assert sorted(r.reason for r in summary.rejected) == [NEITHER_FEED, NEITHER_JSONL]
    return db


def test_pipeline_keeps_title_only_articles(analyzed: Path) -> None:
    with open_store(analyzed) as store:
        document = export_document(store)
    jsonschema.Draft202012Validator(export_schema()).validate(document)
    bare = [a for a in document["articles"] if a["body"] == ""]
    assert sorted(a["title"] for a in bare) == sorted(
        [
            "Lakeport ferry terminal to open next spring after dredging dispute",
            "Lakeport council to publish harbour works timetable in May",
            "Harbour authority confirms new Lakeport ferry terminal opens next spring",
            "Upland rescue volunteers move into new base",
        ]
    )
    assert all(a["language"] is None and a["title_source"] == "metadata" for a in bare)
    ids = {a["id"] for a in bare}
    assert document["quotes"]  # the quote stage ran over the full texts
    assert not [q for q in document["quotes"] if q["article"] in ids]
    assert not [c for c in document["copies"] if {c["original"], c["copy"]} & ids]
    assert not [f for f in document["findings"] if set(f["articles"]) & ids]
    storied = {a for s in document["stories"] for a in s["articles"]}
    assert ids <= storied  # every headline is in some story


def test_cli_shows_and_exports_title_only_articles(analyzed: Path) -> None:
    runner = CliRunner()
    listed = runner.invoke(cli, ["articles", "--db", str(analyzed), "--json"])
    assert listed.exit_code == 0, listed.output
    rows = [json.loads(line) for line in listed.output.splitlines()]
    bare = next(r for r in rows if r["title"] == "Upland rescue volunteers move into new base")
    shown = runner.invoke(cli, ["show", str(bare["id"]), "--db", str(analyzed)])
    assert shown.exit_code == 0, shown.output
    assert "title only: the input had no body" in shown.output
    as_json = runner.invoke(cli, ["show", str(bare["id"]), "--db", str(analyzed), "--json"])
    assert json.loads(as_json.output)["body"] == ""
    exported = runner.invoke(cli, ["export", "--db", str(analyzed), "--format", "csv"])
    assert exported.exit_code == 0, exported.output
    table = list(csv.DictReader(io.StringIO(exported.output)))
    row = next(r for r in table if r["id"] == bare["id"])
    assert (row["body"], row["words"]) == ("", "0")


def test_headlines_added_later_land_where_a_single_run_puts_them() -> None:
    first = cluster_stories([*FERRY, ORCHARD])
    later = cluster_stories(HEADLINES, existing=first.state)
    assert partition(later) == partition(cluster_stories([*FERRY, ORCHARD, *HEADLINES]))


# -- headlines left over: grouped at a lower threshold, chained through joined headlines --------


def group_of(
    edges: list[tuple[int, int, float]], has_body: list[bool], **changes: object
) -> list[list[int]]:
    a, b, p = (np.array(col) for col in zip(*edges, strict=True))
    options = replace(StoryOptions(), **changes)  # type: ignore[arg-type]
    options = replace(options, model=replace(options.model, threshold=0.5))
    body = np.array(has_body)
    clusters = group(body.size, a.astype(np.int64), b.astype(np.int64), p, options, has_body=body)
    return [list(c) for c in clusters]


def test_headlines_left_over_group_at_a_lower_threshold() -> None:
    # two full texts of one story; two headlines of another event, alike at 0.4: a dozen
    # words never reach the similarity of two full texts, so they group below the threshold
    edges = [(0, 1, 0.9), (2, 3, 0.4)]
    has_body = [True, True, False, False]
    assert group_of(edges, has_body) == [[0, 1], [2, 3]]  # 0.4 >= 0.6 * 0.5
    assert group_of(edges, has_body, headline_scale=1.0) == [[0, 1], [2], [3]]


def test_full_texts_keep_the_full_threshold() -> None:
    edges = [(0, 1, 0.4), (2, 3, 0.9)]
    assert group_of(edges, [True, True, True, True]) == [[0], [1], [2, 3]]


@pytest.mark.parametrize(("chain", "expected"), [(False, [[0, 1, 2], [3]]), (True, [[0, 1, 2, 3]])])
def test_a_headline_joins_through_the_headlines_that_joined(
    chain: bool, expected: list[list[int]]
) -> None:
    # headline 2 matches the story {0, 1}; headline 3 matches one of its texts (average 0.35)
    # and headline 2 (a wire lead and its rewrite): with chain_headlines, once 2 has joined,
    # 3's average with the story is (0.7 + 0.95) / 3 = 0.55 and it follows
    edges = [(0, 1, 0.9), (0, 2, 0.8), (1, 2, 0.8), (0, 3, 0.7), (2, 3, 0.95)]
    has_body = [True, True, False, False]
    assert group_of(edges, has_body, headline_scale=1.0, chain_headlines=chain) == expected
