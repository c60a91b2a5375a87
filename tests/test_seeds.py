"""The five seed articles in shared/corpus/seeds, asserted on the files at test time.

Their text is never copied into the repository: expectations below are only the
metadata the issue names and the furniture lines to be removed.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from helpers import RunCli
from retold.pipeline import analyze
from retold.records import StoredArticle
from retold.store import open_store

SEEDS = {
    "000": "000_bf82315cccca0ac0.txt",
    "001": "001_9014c62c1c6d0c63.txt",
    "002": "002_d3845cb1319730b0.txt",
    "003": "003_8b9384e5e1aec34f.txt",
    "004": "004_846610f6cf9f79d3.txt",
}
SCRAPE_DATE = re.compile(r"^\s*date \d{4}-\d{2}-\d{2}(?: \d{1,2}:\d{2})?\s*")


@pytest.fixture(scope="module")
def seeds_dir(shared_dir: Path) -> Path:
    folder = shared_dir / "corpus" / "seeds"
    if not all((folder / name).is_file() for name in SEEDS.values()):
        pytest.skip(f"seed articles not present in {folder}")
    return folder


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, StoredArticle]:
    """Every seed through the whole pipeline into a fresh database."""
    db = tmp_path_factory.mktemp("seeds") / "seeds.db"
    with open_store(db) as store:
        summary = analyze([seeds_dir], store)
        assert (summary.ingested, len(summary.rejected)) == (5, 0)
        stored = {Path(s.article.origin.path).name: s for s in store.articles()}
    return {key: stored[name] for key, name in SEEDS.items()}


def norm(text: str) -> str:
    return " ".join(text.split())


def raw_blocks(seeds_dir: Path, key: str) -> list[str]:
    text = (seeds_dir / SEEDS[key]).read_text(encoding="utf-8")
    return [norm(b) for b in re.split(r"\n[ \t]*\n", text) if b.strip()]


def body_paragraphs(stored: StoredArticle) -> list[str]:
    return [norm(p) for p in stored.article.body.split("\n\n")]


def real_paragraphs(seeds_dir: Path, key: str) -> list[str]:
    """Paragraphs of the raw file that read as prose, less the known furniture."""
    found = []
    for n, block in enumerate(raw_blocks(seeds_dir, key)):
        if n == 0:
            block = SCRAPE_DATE.sub("", block)
        if block.startswith("Read more") or "Read Full Article" in block:
            continue
        words = len(block.split())
        if words >= 25 or (words >= 10 and re.search(r"[.!?][\"”’]?$", block)):
            found.append(block)
    return found


@pytest.mark.parametrize(
    ("key", "outlet", "published", "published_source"),
    [
        ("000", "UNN", "2025-11-06", "header"),
        ("001", "Athens News", "2024-04-19", "header"),
        ("002", None, None, "none"),
        ("003", "RT", None, "none"),
        ("004", None, "2023-06-16", "header"),
    ],
)
def test_outlet_and_date(
    seeds: dict[str, StoredArticle],
    key: str,
    outlet: str | None,
    published: str | None,
    published_source: str,
) -> None:
    article = seeds[key].article
    assert article.outlet == outlet
    assert (article.published, article.published_source) == (published, published_source)


def test_kyiv_dateline(seeds: dict[str, StoredArticle]) -> None:
    dateline = seeds["004"].article.dateline
    assert dateline is not None
    assert dateline.place == "Kyiv, Ukraine"
    assert dateline.date == "2023-06-08"  # June 8, in the year of the 2023-06-16 header
    assert dateline.text == "08 June Kyiv, Ukraine"


@pytest.mark.parametrize("key", list(SEEDS))
def test_every_real_paragraph_kept(
    seeds_dir: Path, seeds: dict[str, StoredArticle], key: str
) -> None:
    expected = real_paragraphs(seeds_dir, key)
    assert len(expected) >= 5
    body = body_paragraphs(seeds[key])
    missing = [p[:80] for p in expected if p not in body]
    assert not missing
    assert body == [p for p in body if p in expected]  # and nothing else is left in


@pytest.mark.parametrize("key", list(SEEDS))
def test_body_has_no_scrape_date_prefix(seeds: dict[str, StoredArticle], key: str) -> None:
    body = seeds[key].article.body
    assert not re.search(r"(^|\n)\s*date \d{4}-\d{2}-\d{2}", body)
    assert body == body.strip()


@pytest.mark.parametrize(
    ("key", "furniture"),
    [
        ("001", ["April 19, 2024", "Athens News", "News in English from Greece"]),
        ("001", ["Source link", "Verified by MonsterInsights"]),
        ("004", ["08 June Kyiv, Ukraine"]),
    ],
)
def test_furniture_lines_removed(
    seeds: dict[str, StoredArticle], key: str, furniture: list[str]
) -> None:
    stored = seeds[key]
    removed = {norm(r.text) for r in stored.article.removed}
    for line in furniture:
        assert line not in body_paragraphs(stored)
        assert line in removed


def test_outlet_furniture_text_gone(seeds: dict[str, StoredArticle]) -> None:
    body = seeds["001"].article.body
    assert "News in English from Greece" not in body
    assert "MonsterInsights" not in body
    assert "Source link" not in body


def test_rt_summary_and_read_more_blocks(seeds_dir: Path, seeds: dict[str, StoredArticle]) -> None:
    stored = seeds["003"]
    body = norm(stored.article.body)
    removed = {norm(r.text): r.reason for r in stored.article.removed}
    summary = [b for b in raw_blocks(seeds_dir, "003") if "Read Full Article at RT.com" in b]
    assert len(summary) == 1
    assert "Read Full Article" not in body
    assert removed[summary[0]] == "read full article"
    blocks = [b for b in raw_blocks(seeds_dir, "003") if b.startswith("Read more")]
    assert len(blocks) == 2
    raw = (seeds_dir / SEEDS["003"]).read_text(encoding="utf-8")
    for block in re.split(r"\n[ \t]*\n", raw):
        lines = [norm(x) for x in block.splitlines() if x.strip()]
        if not lines or lines[0] != "Read more":
            continue
        assert len(lines) == 3  # heading, caption, related headline
        assert removed[lines[0]] == "read-more block"
        for line in lines[1:]:
            assert line not in body
            assert removed[line] == "related headline"
    assert "Read more" not in body


@pytest.mark.parametrize("key", ["001", "002", "003"])
def test_title_not_repeated_in_body(
    seeds_dir: Path, seeds: dict[str, StoredArticle], key: str
) -> None:
    article = seeds[key].article
    assert article.title and article.title_source == "header"
    blocks = raw_blocks(seeds_dir, key)
    assert norm(article.title) in blocks
    printed = blocks.count(norm(article.title))
    assert printed == (1 if key == "001" else 2)
    assert norm(article.title) not in body_paragraphs(seeds[key])
    assert [norm(r.text) for r in article.removed].count(norm(article.title)) == printed


def test_fixtures_do_not_copy_seed_text(seeds_dir: Path) -> None:
    """The seeds stay outside the repository; no test fixture copies their text."""
    fixtures = Path(__file__).parent / "fixtures"
    copied = "\n".join(p.read_text(encoding="utf-8", errors="replace") for p in fixtures.iterdir())
    for name in SEEDS.values():
        lede = raw_blocks(seeds_dir, name[:3])[1]
        assert lede[:60] not in copied


@pytest.fixture(scope="module")
def cli_db(seeds_dir: Path, run_cli: RunCli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds analysed through the command line."""
    db = tmp_path_factory.mktemp("seeds-cli") / "seeds.db"
    assert run_cli("analyze", seeds_dir, "--db", db, "--quiet").returncode == 0
    return db


def test_002_flagged_uncredited_copy_end_to_end(
    seeds: dict[str, StoredArticle], run_cli: RunCli, cli_db: Path, tmp_path: Path
) -> None:
    """002 rewrites the Guardian interview the others credit, and credits nobody: the
    export and ``retold show`` carry the finding, with the shared spans as evidence."""
    db, out = cli_db, tmp_path / "seeds.json"
    assert run_cli("export", "--db", db, "--format", "json", "--out", out).returncode == 0
    document = json.loads(out.read_text(encoding="utf-8"))
    bodies = {a["id"]: a["body"] for a in document["articles"]}
    uncredited = [f for f in document["findings"] if f["kind"] == "uncredited_copy"]
    copy = seeds["002"].article.id
    assert [f["subject"] for f in uncredited] == [copy]
    finding = uncredited[0]
    assert "The Guardian" in finding["summary"] and finding["confidence"] < 0.75
    assert {e["article"] for e in finding["evidence"]} >= {copy, seeds["004"].article.id}
    for evidence in finding["evidence"]:
        assert bodies[evidence["article"]][evidence["start"] : evidence["end"]] == evidence["text"]
    shown = run_cli("show", copy[:8], "--db", db)
    assert shown.returncode == 0 and "uncredited_copy" in shown.stdout


@pytest.mark.parametrize("asked", ["Rasmussen", "Anders Fogh Rasmussen", "fogh"])
def test_one_rasmussen_across_outlets(
    seeds: dict[str, StoredArticle], run_cli: RunCli, cli_db: Path, asked: str
) -> None:
    """002 and 003 print "Anders Rasmussen", the others "Anders Fogh Rasmussen": one
    person, each article's own form kept."""
    done = run_cli("quotes", "--db", cli_db, "--speaker", asked, "--json")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    articles = {key: seeds[key].article.id for key in SEEDS}
    assert {r["article"] for r in rows} == set(articles.values())
    assert {r["person"] for r in rows} == {"Anders Fogh Rasmussen"}
    own = {(r["article"], r["speaker"]) for r in rows}
    for key in ("002", "003"):
        assert (articles[key], "Anders Rasmussen") in own
    for key in ("000", "001", "004"):
        assert (articles[key], "Anders Fogh Rasmussen") in own
