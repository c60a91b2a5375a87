"""The five seed articles in shared/corpus/seeds, asserted on the files at test time.

Their text is never copied into the repository: the expectations below were read off
the files by hand (title, outlet, date, the furniture lines to strike) and the body is
checked by its paragraph count and its first and last words, never by its paragraphs.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import RunCli
from retold.pipeline import run
from retold.records import StoredArticle
from retold.store import open_store


@dataclass(frozen=True)
class Seed:
    """What a reader sees in one seed file, written out by hand (not computed)."""

    file: str
    title: str | None
    outlet: str | None
    published: str | None  # from the page's own date line or scraped date stamp
    removed: tuple[tuple[str, str], ...]  # (line, reason) in file order; "A … B": starts, ends
    paragraphs: int  # body paragraphs once the furniture is gone
    first: str  # the body's first words ...
    last: str  # ... and its last


RT_SUMMARY = "Anders Rasmussen claimed … Read Full Article at RT.com"
TITLE_002 = "Former NATO Secretary General Warns: Member Nations May Deploy Troops to Ukraine"
TITLE_003 = "NATO states may send troops to Ukraine – ex-chief"

# Read off the five files.  000 and 004 print no headline: a scraper's date stamp sits on
# the first line, in 004 with the dateline, and the lede follows on the same line.
SEED_TABLE = {
    "000": Seed(
        "000_bf82315cccca0ac0.txt",
        title=None,
        outlet="UNN",  # "..., writes UNN." closes the lede
        published="2025-11-06",
        removed=(("date 2025-11-06", "date line"),),
        paragraphs=18,
        first='Ukraine will face "eternal war"',
        last="its cooperation with other countries.",
    ),
    "001": Seed(
        "001_9014c62c1c6d0c63.txt",
        title='Rasmussen: "NATO members may send troops to Ukraine"',
        outlet="Athens News",
        published="2024-04-19",
        removed=(
            ("April 19, 2024", "date line"),
            ("Athens News", "masthead"),
            ("News in English from Greece", "tagline"),
            ('Rasmussen: "NATO members may send troops to Ukraine"', "title"),
            ("Source link", "source link"),
            ("Verified by MonsterInsights", "plugin stamp"),
        ),
        paragraphs=7,
        first="Former NATO Secretary General Anders Fogh",
        last="deter Russia from further attack.",
    ),
    "002": Seed(
        "002_d3845cb1319730b0.txt",
        title=TITLE_002,
        outlet=None,  # nothing on the page names it
        published=None,
        removed=((TITLE_002, "title"), (TITLE_002, "repeated title")),
        paragraphs=5,
        first="Former NATO Secretary General, Anders Rasmussen,",
        last="for Ukraine towards NATO membership.",
    ),
    "003": Seed(
        "003_8b9384e5e1aec34f.txt",
        title=TITLE_003,
        outlet="RT",
        published=None,  # "on Wednesday", "next month": no date is printed
        removed=(
            (TITLE_003, "title"),
            (RT_SUMMARY, "read full article"),
            (TITLE_003, "repeated title"),
            (
                "Poland could lead a “coalition of the willing,” Anders Rasmussen has claimed",
                "standfirst",
            ),
            ("Read more", "read-more block"),
            (
                "French soldiers attend military drills near Tapa, Estonia, February 5, 2023",
                "related headline",
            ),
            ("NATO has doubled forces in Eastern Europe since 2021", "related headline"),
            ("Read more", "read-more block"),
            (
                "Ukrainian President Vladimir Zelensky speaks at an event in Bulboaca, Moldova, June 1, 2023.",
                "related headline",
            ),
            ("Zelensky rejects any 'substitute for NATO'", "related headline"),
        ),
        paragraphs=10,
        first="Former NATO Secretary-General Anders Rasmussen has",
        last="conditions for a lasting peace.",
    ),
    "004": Seed(
        "004_846610f6cf9f79d3.txt",
        title=None,
        outlet=None,  # The Guardian is its source, not its outlet
        published="2023-06-16",
        removed=(("date 2023-06-16 09:52", "date line"), ("08 June Kyiv, Ukraine", "dateline")),
        paragraphs=10,
        first="Some NATO member countries may consider",
        last="next year in Washington.",
    ),
}
SEEDS = {key: seed.file for key, seed in SEED_TABLE.items()}


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
        summary = run([seeds_dir], store)
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


def line_matches(expected: str, line: str) -> bool:
    """``expected`` is the line, or "start … end" for a line named by its two ends."""
    if " … " not in expected:
        return line == expected
    head, tail = expected.split(" … ")
    return line.startswith(head) and line.endswith(tail)


@pytest.mark.parametrize("key", list(SEED_TABLE))
def test_title_outlet_and_date(seeds: dict[str, StoredArticle], key: str) -> None:
    seed, article = SEED_TABLE[key], seeds[key].article
    assert article.title == seed.title
    assert article.title_source == ("header" if seed.title else "none")
    assert article.outlet == seed.outlet
    assert article.published == seed.published
    assert article.published_source == ("header" if seed.published else "none")


@pytest.mark.parametrize("key", list(SEED_TABLE))
def test_removed_lines(seeds: dict[str, StoredArticle], key: str) -> None:
    """Exactly the furniture a reader would strike, in file order, each with its reason."""
    seed, article = SEED_TABLE[key], seeds[key].article
    removed = [(norm(r.text), r.reason) for r in article.removed]
    assert len(removed) == len(seed.removed), removed
    for (line, reason), (want, why) in zip(removed, seed.removed, strict=True):
        assert line_matches(want, line), (line, want)
        assert reason == why, line


@pytest.mark.parametrize("key", list(SEED_TABLE))
def test_body(seeds_dir: Path, seeds: dict[str, StoredArticle], key: str) -> None:
    """The article's own paragraphs, all of them, as printed in the file, and no more."""
    seed, body = SEED_TABLE[key], seeds[key].article.body
    paragraphs = body_paragraphs(seeds[key])
    assert len(paragraphs) == seed.paragraphs
    assert norm(body).startswith(seed.first)
    assert norm(body).endswith(seed.last)
    assert body == body.strip()
    raw = norm((seeds_dir / seed.file).read_text(encoding="utf-8"))
    assert all(p in raw for p in paragraphs)  # nothing in the body that the file lacks
    for line, _ in seed.removed:  # struck lines are gone, not only as paragraphs
        assert not any(line_matches(line, p) for p in paragraphs), line
        assert " … " in line or line not in norm(body), line


def test_kyiv_dateline(seeds: dict[str, StoredArticle]) -> None:
    dateline = seeds["004"].article.dateline
    assert dateline is not None
    assert dateline.place == "Kyiv, Ukraine"
    assert dateline.date == "2023-06-08"  # June 8, in the year of the 2023-06-16 header
    assert dateline.text == "08 June Kyiv, Ukraine"


def test_fixtures_do_not_copy_seed_text(seeds_dir: Path) -> None:
    """The seeds stay outside the repository; no test fixture copies their text."""
    fixtures = Path(__file__).parent / "fixtures"
    copied = "\n".join(
        p.read_text(encoding="utf-8", errors="replace") for p in fixtures.rglob("*") if p.is_file()
    )
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
