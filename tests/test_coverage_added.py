"""Added context read from the parse: main clauses and tense (retold.coverage.clauses),
on a story written for these tests (tests/fixtures/coverage/landslide.jsonl): four
outlets report one landslide; three add a paragraph of their own."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from pathlib import Path

import pytest

from helpers import make_article, nlp_or_skip
from retold.analyze import QuoteOptions, analyze_articles
from retold.coverage.added import added_context, omitted
from retold.coverage.align import AlignedSentence, align_story
from retold.coverage.clauses import Clause, ClauseReader
from retold.coverage.dates import DateReader
from retold.coverage.story import CoverageContext, StoryInput, cover_stories, cover_story
from retold.link.language import load_language
from retold.pipeline import run
from retold.records import Finding
from retold.store import SQLiteStore, open_store

FIXTURE = Path(__file__).parent / "fixtures" / "coverage" / "landslide.jsonl"


@pytest.fixture(scope="module")
def reader() -> ClauseReader:
    nlp = nlp_or_skip()
    return ClauseReader(lambda: nlp)


@pytest.fixture(scope="module")
def landslide(tmp_path_factory: pytest.TempPathFactory) -> Iterator[SQLiteStore]:
    nlp_or_skip()
    db = tmp_path_factory.mktemp("added") / "landslide.db"
    with open_store(db) as store:
        run([FIXTURE], store)
        yield store


def _added(store: SQLiteStore) -> dict[str | None, Finding]:
    outlets = {s.article.id: s.article.outlet for s in store.articles()}
    return {outlets[f.subject]: f for f in store.findings(kind="added_context")}


@pytest.mark.parametrize(
    ("text", "tenses"),
    [
        # a conjoined verb with a subject of its own is a second statement
        (
            "Inland waterways carry little freight, but governments have been investing in ports.",
            ["present", "present"],
        ),
        # one subject, two verbs: one statement
        ("The mine is among the largest in Chile and employs 2,400 people.", ["present"]),
        ("The museum was closed, and police searched the building.", ["past", "past"]),
        ("Rain can reach the town within hours. The valley floor is low.", ["modal", "present"]),
    ],
)
def test_main_clauses_and_their_tense(reader: ClauseReader, text: str, tenses: list[str]) -> None:
    found = reader.clauses(text)
    assert [c.tense for c in found] == tenses
    assert all(text[c.start : c.end] == c.text for c in found)


def test_the_parser_is_loaded_once_on_first_use() -> None:
    nlp = nlp_or_skip()
    loads: list[int] = []

    def load() -> object:
        loads.append(1)
        return nlp

    reader = ClauseReader(load)
    assert loads == []
    reader.clauses("The line is closed.")
    reader.clauses("The line was closed.")
    assert loads == [1]


def test_one_sentence_of_two_dated_statements_is_background(landslide: SQLiteStore) -> None:
    courier = _added(landslide)["Tolvey Courier"]
    assert courier.evidence[0].text.startswith("The valley has recorded eleven slips")
    details = json.loads(courier.details_json)
    assert details == {"kind": "background", "markers": ["2019", "since"]}


def test_a_closing_general_statement_is_background_a_one_clause_aside_is_not(
    landslide: SQLiteStore,
) -> None:
    ledger = _added(landslide)["Western Ledger"]
    # the dated aside "The embankment at Tolvey was rebuilt in 1987." is one statement
    assert ledger.evidence[0].text.startswith("Clay cuttings soften quickly")
    assert json.loads(ledger.details_json)["markers"] == ["soften", "need"]


def test_a_general_statement_before_the_news_ends_is_left_alone(landslide: SQLiteStore) -> None:
    added = _added(landslide)
    assert "Harbour Evening News" not in added
    assert set(added) == {"Tolvey Courier", "Western Ledger"}


def test_without_the_parser_a_sentence_is_one_statement(landslide: SQLiteStore) -> None:
    (story,) = landslide.stories()
    members = [s.article for s in landslide.articles() if s.article.id in story.articles]
    analyses = landslide.analyses([a.id for a in members])
    aligned = landslide.alignment(story.id)
    assert added_context(story.id, members, analyses, aligned) == []


def test_evidence_is_exact(landslide: SQLiteStore) -> None:
    bodies = {s.article.id: s.article.body for s in landslide.articles()}
    for finding in landslide.findings(kind="added_context"):
        for e in finding.evidence:
            assert bodies[e.article][e.start : e.end] == e.text


def test_a_batch_reads_as_each_text_alone(reader: ClauseReader) -> None:
    texts = [
        "The museum was closed, and police searched the building.",
        "Rain can reach the town within hours. The valley floor is low.",
    ]
    assert reader.read(texts) == [reader.clauses(t) for t in texts]
    assert reader.read([]) == []


class _Spy(ClauseReader):
    """A reader that records the batches it is asked to read."""

    def __init__(self, nlp: object) -> None:
        super().__init__(lambda: nlp)
        self.batches: list[list[str]] = []

    def read(self, texts: Sequence[str], batch_size: int = 64) -> list[list[Clause]]:
        self.batches.append(list(texts))
        return super().read(texts, batch_size)


def test_the_parser_reads_only_what_the_word_rules_leave_open(landslide: SQLiteStore) -> None:
    (story,) = landslide.stories()
    members = [s.article for s in landslide.articles() if s.article.id in story.articles]
    analyses = landslide.analyses([a.id for a in members])
    aligned = landslide.alignment(story.id)
    spy = _Spy(nlp_or_skip())
    found = added_context(story.id, members, analyses, aligned, clauses=spy)
    assert {f.subject for f in found} == {f.subject for f in _added(landslide).values()}
    (batch,) = spy.batches  # one parse for the whole story
    # a named person's reported speech is no context, whatever its clauses
    assert not any(t.startswith("Morwen Ash, a signaller") for t in batch)
    assert any(t.startswith("The valley has recorded eleven slips") for t in batch)


def test_many_stories_are_covered_with_one_parse_and_as_each_alone(
    landslide: SQLiteStore,
) -> None:
    """``cover_stories`` reads every story's pending paragraphs in one batch; each story's
    coverage is what ``cover_story`` gives it alone."""
    (story,) = landslide.stories()
    members = [s.article for s in landslide.articles() if s.article.id in story.articles]
    analyses = landslide.analyses([a.id for a in members])
    spy = _Spy(nlp_or_skip())
    context = CoverageContext(load_language(), {}, set(), DateReader.load(), clauses=spy)
    inputs = [StoryInput(name, members, analyses, (), ()) for name in ("s1", "s2")]
    both = cover_stories(inputs, context)
    (batch,) = spy.batches
    alone = [cover_story(name, members, analyses, (), (), context) for name in ("s1", "s2")]
    assert both == alone
    assert batch == spy.batches[1] + spy.batches[2] and spy.batches[1]
    assert {f.subject for f in both[0].findings if f.kind == "added_context"} == {
        f.subject for f in _added(landslide).values()
    }


def test_an_omission_is_of_facts_not_layout_lines_or_markup() -> None:
    """A line every outlet prints ("FULL TEXT.", an embed's markup, "Seemed fair.") is no
    fact the one article without it leaves out; the sentence that states one is."""
    fact = "The council closed the north bridge on Monday after the river rose."
    lines = ["FULL TEXT.", '<embed data-author="@harbourdesk" data-date="May 2', fact]
    body = "\n\n".join(lines)
    outlets = ["Tolvey Courier", "Harbour Gazette", "Lakes Post", "Ridge Herald", "Fenmoor Daily"]
    members = [
        make_article(body if n < 4 else "Rain fell.", f"a{n}", outlet, "2025-05-0" + str(n + 1))
        for n, outlet in enumerate(outlets)
    ]
    aligned = []
    for line in lines:
        start = body.index(line)
        others = ("a1", "a2", "a3")
        aligned.append(AlignedSentence("s", "a0", start, start + len(line), 0, others, 1.0))
    [finding] = omitted("s", members, aligned)
    assert finding.subject == "a4"
    assert [e.text for e in finding.evidence] == [fact]


LEDE = "Floodwater closed the Tolvey ring road on Monday after two days of rain."


@pytest.mark.parametrize(
    ("paragraph", "official"),
    [
        (
            "President Ana Ferreira has ordered the army to help. The President visited the "
            "town and promised new embankments.",
            True,
        ),
        ("President Ana Ferreira telephoned the mayor on Monday evening.", True),
        (
            "The mayor thanked Vice President Ana Ferreira for a call and asked for pumps "
            "and sandbags.",
            False,
        ),
        (
            "Engineers compared the damage with the floods under former President Ana Ferreira "
            "and asked for pumps.",
            False,
        ),
        (
            "Engineers, who once advised President Ana Ferreira, asked the council for pumps "
            "and sandbags.",
            False,
        ),
    ],
)
def test_official_context_is_a_paragraph_about_a_sitting_leader(
    paragraph: str, official: bool
) -> None:
    """A head of state no other outlet names makes a paragraph official when it is about
    them (it opens with them or comes back to them), not for a passing mention, and
    never for a vice president or a former one."""
    members = [
        make_article(f"{LEDE}\n\n{paragraph}", "a", "State Voice", "2025-03-03"),
        make_article(f"{LEDE}\n\nThe council opened a shelter.", "b", "Lakes Post", "2025-03-03"),
        make_article(LEDE, "c", "Harbour Wire", "2025-03-03"),
    ]
    analyses = analyze_articles(members, None, QuoteOptions())
    aligned = align_story("s", members, [], load_language())
    kinds = [
        json.loads(f.details_json)["kind"] for f in added_context("s", members, analyses, aligned)
    ]
    assert ("official" in kinds) == official
