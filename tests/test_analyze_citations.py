"""Citations: whom an article credits, resolved to an outlet; what is not a credit."""

from __future__ import annotations

import pytest

from helpers import make_article
from retold.analyze import Citation, QuoteOptions, analyze_article
from retold.analyze.citations import find_citations, load_credit_rules, resolve_outlet, with_outlets
from retold.analyze.lexicon import load_lexicon
from retold.records import Article

OUTLETS = ("Kestrel Wire", "Northern Ridge Courier", "The Bourse Journal", "DSB News")


def article(
    body: str, outlet: str | None = "The Harbour Herald", removed: tuple[str, ...] = ()
) -> Article:
    return make_article(body, id="c1", outlet=outlet, removed=tuple(removed))


@pytest.fixture(scope="module")
def rules():  # type: ignore[no-untyped-def]
    return with_outlets(load_credit_rules(), OUTLETS, load_lexicon())


def credits(text: str, rules, **kw) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    found = find_citations(article(text, **kw), rules)
    for c in found:
        if c.where == "body":
            assert text[c.start : c.end] == c.text
    return [(c.source, c.text) for c in found]


CREDITS = [
    pytest.param(
        "The pier will reopen, according to The Guardian.",
        [("The Guardian", "according to The Guardian")],
        id="according-to-known-outlet",
    ),
    pytest.param(
        "The Guardian notes that the pier will reopen.",
        [("The Guardian", "The Guardian notes")],
        id="outlet-notes",
    ),
    pytest.param(
        "In an interview with the Northern Ridge Courier, the mayor said the pier would reopen.",
        [("Northern Ridge Courier", "In an interview with the Northern Ridge Courier")],
        id="in-an-interview-with",
    ),
    pytest.param(
        "“It held,” she told Kestrel Wire on Wednesday.",
        [("Kestrel Wire", "told Kestrel Wire")],
        id="told-outlet",
    ),
    pytest.param(
        "The plan was first reported by The Bourse Journal, which saw a draft.",
        [("The Bourse Journal", "first reported by The Bourse Journal")],
        id="first-reported-by",
    ),
    pytest.param(
        "This was said by the mayor, reported by The Guardian, writes UNN.",
        [("The Guardian", "reported by The Guardian"), ("UNN", "writes UNN")],
        id="reported-by-writes",
    ),
    pytest.param(
        "Fewer than ten boats sank, the Courier reported.",
        [("Northern Ridge Courier", "the Courier reported")],
        id="short-name-of-known-outlet",
    ),
    pytest.param(
        "The minister told state broadcaster DSB that the port would stay open.",
        [("DSB News", "told state broadcaster DSB")],
        id="descriptor-and-short-name",
    ),
    pytest.param(
        "She said in a statement to the Dravonian daily Glas Dravonije that she would return.",
        [("Glas Dravonije", "in a statement to the Dravonian daily Glas Dravonije")],
        id="descriptor-makes-unknown-name-an-outlet",
    ),
    pytest.param(
        "He spoke to the Harbour Gazette. “We stay,” he told the paper.",
        [
            ("Harbour Gazette", "spoke to the Harbour Gazette"),
            ("Harbour Gazette", "told the paper"),
        ],
        id="anaphor-points-back",
    ),
    pytest.param(
        "KOLKATA, Nov 21 (Kestrel Wire) - A train derailed near the city.",
        [("Kestrel Wire", "(Kestrel Wire)")],
        id="wire-dateline",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CREDITS)
def test_credits(text: str, expected: list[tuple[str, str]], rules) -> None:  # type: ignore[no-untyped-def]
    assert credits(text, rules) == expected


NOT_CREDITS = [
    pytest.param("The fire grew overnight, according to the BC Wildfire Service.", id="agency"),
    pytest.param("Debris fell into the sea, according to US officials.", id="officials"),
    pytest.param("The thieves used a shaft, according to Western media reports.", id="vague-media"),
    pytest.param("That cost 11,000 tonnes, according to its first-quarter report.", id="document"),
    pytest.param("Mayor Osei told residents to leave.", id="told-people"),
    pytest.param("He told Western partners he would not attend.", id="told-capitalised-non-outlet"),
    pytest.param("“We stay,” she told the paper.", id="anaphor-with-nothing-to-point-at"),
]


@pytest.mark.parametrize("text", NOT_CREDITS)
def test_not_credits(text: str, rules) -> None:  # type: ignore[no-untyped-def]
    assert credits(text, rules) == []


def test_own_outlet_is_never_a_credit(rules) -> None:  # type: ignore[no-untyped-def]
    text = "“It held,” she told the Courier. Kestrel Wire said the road was open."
    assert credits(text, rules, outlet="Northern Ridge Courier") == []


def test_credits_in_removed_furniture_lines(rules) -> None:  # type: ignore[no-untyped-def]
    found = find_citations(
        article(
            "The runner said she would return.\n\nAccording to the newspaper, she will study.",
            removed=(
                "Translated from: Glas Dravonije (Tarnovel), 14 February 2025",
                "Kestrel Wire contributed reporting.",
                "By Grace Whitfield",
            ),
        ),
        rules,
    )
    assert [(c.source, c.kind, c.where, c.line) for c in found] == [
        ("Glas Dravonije", "translation", "removed", 0),
        ("Kestrel Wire", "credit", "removed", 1),
        ("Glas Dravonije", "credit", "body", None),  # "the newspaper": the translated paper
    ]


def test_resolve_outlet(rules) -> None:  # type: ignore[no-untyped-def]
    assert resolve_outlet("Reuters", rules) == "Reuters"
    assert resolve_outlet("the Daybreak Ledger", rules) == "Daybreak Ledger"  # outlet word
    assert resolve_outlet("the fire service", rules) is None
    assert resolve_outlet("Halcyon", rules) is None
    assert resolve_outlet("Halcyon", rules, strong=True) == "Halcyon"


def test_a_short_form_of_an_outlet_keeps_its_distinctive_part() -> None:
    """The lead of a name, or a tail that ends in an outlet word, is a short form; a tail
    that is a surname is a person, whatever outlet name ends in it."""
    rules = with_outlets(load_credit_rules(), ("Voices for Senator Ames",), load_lexicon())
    assert resolve_outlet("Ames", rules) is None
    assert credits("“We will see,” Ravel told Ames on Friday.", rules) == []
    assert resolve_outlet(
        "Courier", with_outlets(load_credit_rules(), OUTLETS, load_lexicon())
    ) == ("Northern Ridge Courier")


def test_analysis_carries_citations_and_knows_the_batch_outlets() -> None:
    options = QuoteOptions(outlets=("Tartan Track",))
    result = analyze_article(
        article("Her lawyer told Tartan Track the ruling was unfair."), None, options
    )
    assert [c.source for c in result.citations] == ["Tartan Track"]
    assert all(isinstance(c, Citation) for c in result.citations)
