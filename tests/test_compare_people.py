"""One name per person across articles (``person_names``): a table of the names each
article gave its speakers -> the name each one merges into (or stays as)."""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import make_article
from retold.analyze.aliases import form_of, load_aliases, name_key
from retold.analyze.records import ArticleAnalysis, Quote
from retold.compare import PersonName, person_names
from retold.compare.grouping import may_be_same, same_person
from retold.records import Span
from retold.serve.export import person_of, quote_json
from retold.store import open_store

Stories = dict[str, dict[str, list[str]]]  # story -> article -> speakers it names


def analyses(stories: Stories) -> tuple[list[ArticleAnalysis], dict[str, str]]:
    """Analysis records with one quote per speaker name (the names are the input)."""
    found, story_of = [], {}
    for story, articles in stories.items():
        for article, names in articles.items():
            story_of[article] = story
            quotes = tuple(quote(article, n, name) for n, name in enumerate(names))
            found.append(ArticleAnalysis(article, quotes, (), (), (), 0, "test"))
    return found, story_of


def quote(article: str, n: int, speaker: str) -> Quote:
    text = f"words number {n}"
    return Quote(
        f"{article}:q{n}", article, text, 0, len(text), "direct", speaker, speaker,
        "person", 0.9, "name", None, None, "said", "postfix", (Span(article, 0, len(text), text),),
    )  # fmt: skip


CASES = [
    (
        "a middle name dropped, inside one story",
        {"S": {"a": ["Anders Fogh Rasmussen"], "b": ["Anders Rasmussen"]}},
        {("b", "Anders Rasmussen"): ("Anders Fogh Rasmussen", "story")},
    ),
    (
        "an initial",
        {"S": {"a": ["Julianne Smith"], "b": ["J. Smith"]}},
        {("b", "J. Smith"): ("Julianne Smith", "story")},
    ),
    (
        "a transliteration from the alias table",
        {"S": {"a": ["Volodymyr Zelensky"], "b": ["Volodymyr Zelenskiy"]}},
        {("b", "Volodymyr Zelenskiy"): ("Volodymyr Zelensky", "corpus")},
    ),
    (
        "an accent dropped: the form most quotes use",
        {"S": {"a": ["Inés Castell", "Inés Castell"], "b": ["Ines Castell"]}},
        {("b", "Ines Castell"): ("Inés Castell", "corpus")},
    ),
    (
        "two Smiths in one story stay two",
        {"S": {"a": ["Julianne Smith", "John Smith"], "b": ["John Smith"]}},
        {},
    ),
    (
        "a bare surname between two Smiths stays as printed",
        {"S": {"a": ["Julianne Smith", "John Smith"], "b": ["Smith"]}},
        {},
    ),
    (
        "an initial that fits two people stays as printed",
        {"S": {"a": ["Julia Smith", "Julianne Smith"], "b": ["J. Smith"]}},
        {},
    ),
    (
        "different given names are different people",
        {"S": {"a": ["Anders Rasmussen"], "b": ["Lars Rasmussen"]}},
        {},
    ),
    (
        "across stories, when nobody else has the surname",
        {"S1": {"a": ["Anders Fogh Rasmussen"]}, "S2": {"b": ["Anders Rasmussen"]}},
        {("b", "Anders Rasmussen"): ("Anders Fogh Rasmussen", "corpus")},
    ),
    (
        "not across stories when another person has the surname",
        {
            "S1": {"a": ["Anders Fogh Rasmussen"], "c": ["Lars Rasmussen"]},
            "S2": {"b": ["Anders Rasmussen"]},
        },
        {},
    ),
    (
        "inside its story, even when another Rasmussen is elsewhere",
        {
            "S1": {"a": ["Anders Fogh Rasmussen"], "b": ["Anders Rasmussen"]},
            "S2": {"c": ["Lars Rasmussen"]},
        },
        {("b", "Anders Rasmussen"): ("Anders Fogh Rasmussen", "story")},
    ),
]


@pytest.mark.parametrize(("case", "stories", "expected"), CASES, ids=[c[0] for c in CASES])
def test_person_names(
    case: str, stories: Stories, expected: dict[tuple[str, str], tuple[str, str]]
) -> None:
    records, story_of = analyses(stories)
    found = {(p.article, p.name): (p.person, p.scope) for p in person_names(records, story_of)}
    assert found == expected, case


@pytest.mark.parametrize(
    ("short", "full", "expected"),
    [
        ("Anders Rasmussen", "Anders Fogh Rasmussen", True),
        ("Rasmussen", "Anders Fogh Rasmussen", True),
        ("A. F. Rasmussen", "Anders Fogh Rasmussen", True),
        ("Fogh Rasmussen", "Anders Fogh Rasmussen", False),  # the first given name is kept
        ("Anders Fogh Rasmussen", "Anders Rasmussen", False),
        ("Anders Rasmussen", "Lars Rasmussen", False),
        ("Zelenskiy", "Volodymyr Zelensky", True),
    ],
)
def test_form_of(short: str, full: str, expected: bool) -> None:
    aliases = load_aliases()
    assert form_of(name_key(short, aliases), name_key(full, aliases)) is expected


def test_statement_matching_uses_the_same_rule() -> None:
    assert same_person("anders rasmussen", "anders fogh rasmussen")
    assert same_person("a rasmussen", "anders rasmussen")
    assert not same_person("anders fogh rasmussen", "anders lars rasmussen")
    assert not same_person("rasmussen", "anders rasmussen")  # a bare surname is not enough
    # ... for the people table; a statement whose article names only 'Minister
    # Rasmussen' may still be grouped with Anders Rasmussen's
    assert may_be_same("rasmussen", "anders rasmussen")
    assert not may_be_same("rasmussen", "anders smith")


def test_stored_and_searched_under_either_name(tmp_path: Path) -> None:
    records, story_of = analyses(
        {"S": {"a": ["Anders Fogh Rasmussen"], "b": ["Anders Rasmussen", "Julianne Smith"]}}
    )
    with open_store(tmp_path / "people.db") as store:
        for record in records:
            store.put_article(make_article("Words number one and two.", id=record.article))
            store.put_analysis(record)
        store.replace_person_names(person_names(records, story_of))
        assert store.person_names() == [
            PersonName("b", "Anders Rasmussen", "Anders Fogh Rasmussen", "story")
        ]
        fogh = [(q.article, q.speaker) for q in store.quotes(speaker="fogh")]
        assert fogh == [("a", "Anders Fogh Rasmussen"), ("b", "Anders Rasmussen")]
        assert [q.speaker for q in store.quotes(speaker="Smith")] == ["Julianne Smith"]
        row = quote_json(store.quotes(speaker="fogh")[1], None, person_of(store))
        assert (row["speaker"], row["person"]) == ("Anders Rasmussen", "Anders Fogh Rasmussen")
