"""Coverage: alignment, added context, omissions, framing, primary source, on a fixture
story written for these tests (tests/fixtures/coverage) and on the seeds."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest

from helpers import SHARED, RunCli, make_article
from retold.analyze import QuoteOptions, analyze_articles
from retold.coverage.framing import framing_findings
from retold.pipeline import run
from retold.records import Finding
from retold.serve.storyview import coverage_document, story_document
from retold.store import SQLiteStore, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "coverage" / "story.jsonl"


@pytest.fixture(scope="module")
def bridge(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    db = tmp_path_factory.mktemp("coverage") / "bridge.db"
    with open_store(db) as store:
        run([FIXTURE], store)
        yield store


def _outlet_of(store: SQLiteStore) -> dict[str, str | None]:
    return {s.article.id: s.article.outlet for s in store.articles()}


def _by_outlet(store: SQLiteStore, kind: str) -> dict[str | None, list[Finding]]:
    outlets = _outlet_of(store)
    found: dict[str | None, list[Finding]] = {}
    for f in store.findings(kind=kind):
        found.setdefault(outlets.get(f.subject), []).append(f)
    return found


def test_the_fixture_is_one_story(bridge: SQLiteStore) -> None:
    assert [len(s.articles) for s in bridge.stories()] == [3]


def test_sentences_are_shared_or_unique(bridge: SQLiteStore) -> None:
    story = bridge.stories()[0]
    outlets = _outlet_of(bridge)
    rows = bridge.alignment(story.id)
    assert rows
    wire = [r for r in rows if outlets[r.article] == "Harbour Wire"]
    lede = wire[0]
    assert {outlets[a] for a in lede.shared_with} == {"Daily Lantern", "State Voice"}
    lantern = {a for a, o in outlets.items() if o == "Daily Lantern"}
    background = [r for r in rows if r.article in lantern and r.paragraph == 4]
    assert background and all(r.unique for r in background)


def test_added_context_is_background_or_official_not_event_detail(bridge: SQLiteStore) -> None:
    added = _by_outlet(bridge, "added_context")
    assert set(added) == {"Daily Lantern", "State Voice"}
    (lantern,) = added["Daily Lantern"]
    assert lantern.evidence[0].text.startswith("The ring road bridge was built in 1974")
    assert json.loads(lantern.details_json)["kind"] == "background"
    (state,) = added["State Voice"]
    assert state.evidence[0].text.startswith("President Arkady Volkov has ordered")
    assert json.loads(state.details_json)["kind"] == "official"


def test_framing_names_the_spellings_and_the_loaded_words(bridge: SQLiteStore) -> None:
    framing = bridge.findings(kind="framing")
    naming = [f for f in framing if json.loads(f.details_json)["kind"] == "naming"]
    (kyiv,) = [f for f in naming if f.subject == "Kyiv"]
    forms = json.loads(kyiv.details_json)["forms"]
    assert forms == {"Kiev": ["State Voice"], "Kyiv": ["Daily Lantern", "Harbour Wire"]}
    loaded = {
        json.loads(f.details_json)["word"]: json.loads(f.details_json)
        for f in framing
        if json.loads(f.details_json)["kind"] == "loaded"
    }
    assert set(loaded) == {"admitted", "crumbling", "shocking"}
    assert loaded["shocking"]["in_title"] == ["Shocking"]
    assert all(d["outlet"] == "State Voice" for d in loaded.values())


def test_primary_source_is_the_credited_wire(bridge: SQLiteStore) -> None:
    (source,) = bridge.findings(kind="primary_source")
    assert source.subject == "Harbour Wire"
    assert source.summary == "Harbour Wire, credited by 2 of 3 articles; in the story"


def test_every_evidence_span_is_exact(bridge: SQLiteStore) -> None:
    bodies = {s.article.id: s.article.body for s in bridge.articles()}
    spans = [e for f in bridge.findings() for e in f.evidence]
    assert spans
    assert all(bodies[e.article][e.start : e.end] == e.text for e in spans)


def test_story_document_has_summary_blocks_and_outlets(bridge: SQLiteStore) -> None:
    story = bridge.stories()[0]
    doc = story_document(bridge, story.id)
    assert doc["summary"]["primary_source"].startswith("Harbour Wire")
    assert (
        doc["summary"]["outlets"][0] == "Harbour Wire"
        or doc["summary"]["outlets"][0] == "Daily Lantern"
    )
    assert {row["outlet"] for row in doc["outlets"]} == {
        "Harbour Wire",
        "Daily Lantern",
        "State Voice",
    }
    quotes = [b for b in doc["statements"] if len(b["wordings"]) > 1]
    assert any("crack like a gunshot" in w["text"] for b in quotes for w in b["wordings"])
    cover = coverage_document(bridge, story.id)
    assert sum(len(a["sentences"]) for a in cover["articles"]) == len(bridge.alignment(story.id))


@pytest.fixture(scope="module")
def seeds(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    folder = SHARED / "corpus" / "seeds"
    if not folder.is_dir():
        pytest.skip("the shared seeds are absent")
    with open_store(tmp_path_factory.mktemp("seeds") / "seeds.db") as store:
        run([folder], store)
        yield store


def test_seeds_primary_source_is_the_guardian(seeds: SQLiteStore) -> None:
    sources = [f.summary for f in seeds.findings(kind="primary_source")]
    assert any(
        s.startswith("The Guardian, credited by") and "not in the corpus" in s for s in sources
    )


def test_seeds_rt_framing_and_mixed_kyiv(seeds: SQLiteStore) -> None:
    outlets = _outlet_of(seeds)
    framing = seeds.findings(kind="framing")
    rt_spans = {
        e.text.replace("\xa0", " ")
        for f in framing
        for e in f.evidence
        if outlets[e.article] == "RT"
    }
    assert {"Kiev", "Vladimir Zelensky", "Pyotr Poroshenko"} <= rt_spans
    (kyiv,) = [f for f in framing if f.subject == "Kyiv"]
    mixed = json.loads(kyiv.details_json)["mixed_in"]
    assert len(mixed) == 1  # 004 writes Kyiv and Kiev
    added = _by_outlet(seeds, "added_context")["RT"]
    assert added[0].evidence[0].text.startswith("Russia views NATO")


def test_seeds_conditional_statement_in_one_block(seeds: SQLiteStore) -> None:
    story = max(seeds.stories(), key=lambda s: len(s.articles))
    doc = story_document(seeds, story.id)
    block = next(
        b
        for b in doc["statements"]
        if any("clear path forward" in w["text"] for w in b["wordings"])
    )
    assert len({w["article"] for w in block["wordings"]}) == 4
    assert all(w["diff"] or w["quote"] == block["reference"]["quote"] for w in block["wordings"])


@pytest.mark.parametrize("corpus", ["examples", "newsdev", "seeds"])
def test_every_evidence_span_of_every_corpus_is_exact(corpus: str, tmp_path: Path) -> None:
    """Every finding's evidence is its article's body between the offsets, on every
    corpus we have (the shared ones skip when absent)."""
    folder = {
        "examples": Path(__file__).parents[1] / "examples" / "corpus",
        "newsdev": SHARED / "eval" / "newsdev" / "corpus",
        "seeds": SHARED / "corpus" / "seeds",
    }[corpus]
    if not folder.is_dir():
        pytest.skip(f"{folder} is absent")
    with open_store(tmp_path / "all.db") as store:
        run([folder], store)
        bodies = {s.article.id: s.article.body for s in store.articles()}
        findings = store.findings()
    kinds = {f.kind for f in findings}
    assert {"framing", "primary_source"} <= kinds
    spans = [(f.kind, e) for f in findings for e in f.evidence]
    wrong = [(k, e) for k, e in spans if bodies[e.article][e.start : e.end] != e.text]
    assert not wrong


def test_show_story_and_coverage_commands(bridge: SQLiteStore, run_cli: RunCli) -> None:
    """The story view fits 80 columns and shows the summary, the statement block and
    the framing; `coverage` marks sentences; both have a JSON form."""
    story = bridge.stories()[0]
    db = bridge.path
    done = run_cli("show", story.id, "--db", db, "--width", "80")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert max(len(line) for line in lines) <= 80
    text = done.stdout
    assert "in 20 seconds" in text and "Harbour Wire, credited by 2 of 3 articles" in text
    assert "crack like a gunshot" in text and "“Kiev”" in text
    shown = json.loads(run_cli("show", story.id, "--db", db, "--json").stdout)
    assert shown["summary"]["primary_source"].startswith("Harbour Wire")
    assert {"summary", "timeline", "statements", "outlets", "graph", "findings"} <= set(shown)
    cover = run_cli("coverage", story.id, "--db", db)
    assert cover.returncode == 0 and "only here:" in cover.stdout and "shared with" in cover.stdout
    aligned = json.loads(run_cli("coverage", story.id, "--db", db, "--json").stdout)
    assert len(aligned["articles"]) == 3


def test_a_loaded_word_in_a_quote_or_in_its_plain_sense_is_no_framing() -> None:
    quoted = (
        "Mayor Ilse Brandt visited the flooded quay on Monday.\n\n"
        "“This is carnage, and the council slept through it,” Brandt said."
    )
    own_voice = "The carnage on the quay left the harbour shut on Monday, the council said."
    plain = "Two workers were admitted to hospital after the quay flooded on Monday."
    for body, found in ((quoted, []), (own_voice, ["carnage"]), (plain, [])):
        members = [
            make_article(body, "a", "Harbour Wire", "2025-03-03"),
            make_article("The quay flooded on Monday.", "b", "Lakes Post", "2025-03-03"),
        ]
        analyses = analyze_articles(members, None, QuoteOptions())
        loaded = [
            json.loads(f.details_json)["word"]
            for f in framing_findings("s", members, analyses)
            if json.loads(f.details_json)["kind"] == "loaded"
        ]
        assert loaded == found
