"""A name that opens with an initial ('W. Mark Felt') may be a given name: among a
family sharing the surname, the one the article opens with (``candidates.given_word``);
and it is the person named elsewhere with the full given name, the rest alike
(``people._merged_initials``).  Initials printed apart ('A. J. Pellman', 'U. S. District
Judge') end no sentence, and an initial that is also a word ('A.', 'I.') is part of the
name.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of, registry_of
from retold.analyze import QuoteOptions

FAMILY = (
    "W. Dale Orrin, the harbour pilot who guided ships into Lakeport for forty years, has "
    "died.\n\n"
    "He was 91.\n\n"
    "Orrin is survived by his daughter, Joan Orrin, and his son, Dale Orrin Jr.\n\n"
    "His wife, Audrey Orrin, died in 1990.\n\n"
    "The pilots' guild will lower its flag on Friday.\n\n"
    "Storms closed the harbour twice that winter.\n\n"
)


def test_an_initial_opens_a_given_name_in_a_family(nlp: Any, options: QuoteOptions) -> None:
    body = FAMILY + "“The tide does not wait for anyone,” Orrin wrote in his memoir."
    assert quote_of(body, "The tide", nlp, options).speaker == "W. Dale Orrin"


def test_a_middle_name_after_a_given_name_no_list_knows_is_the_same_person(
    options: QuoteOptions,
) -> None:
    """'Bettie Mae Page' (read as 'Mae Page': a word no list knows before a given name
    is read as no part of the name) is the 'Bettie Page' the article names elsewhere."""
    body = (
        "Zelphie Orrin guided ships into Lakeport for forty years.\n\n"
        "Born on the northern quay, Zelphie Mae Orrin was one of six children.\n\n"
        "Orrin retired in 1990."
    )
    assert [p.name for p in registry_of(body, options).people] == ["Zelphie Orrin"]


@pytest.mark.parametrize("word", ["Democrat", "Republican", "Actress"])
def test_a_word_describing_a_person_before_a_name_is_no_part_of_it(
    word: str, options: QuoteOptions
) -> None:
    """'Democrat Zelphie Orrin', 'Actress Zelphie Orrin': the name is 'Zelphie Orrin'."""
    body = f"{word} Zelphie Orrin guided ships into Lakeport for forty years.\n\nOrrin retired in 1990."
    assert [p.name for p in registry_of(body, options).people] == ["Zelphie Orrin"]


def test_an_initial_and_a_given_name_are_one_person(options: QuoteOptions) -> None:
    body = (
        "W. Dale Orrin guided ships into Lakeport for forty years.\n\n"
        "William Dale Orrin was born on the northern quay."
    )
    assert [p.name for p in registry_of(body, options).people] == ["William Dale Orrin"]


SPACED = [
    pytest.param(
        "The club's season ended in a loss on Sunday.\n\n"
        "“It is a hard way to finish a season like this one,” general manager A. J. Pellman "
        "said in a statement.",
        "It is a hard way",
        "A. J. Pellman",
        id="initials-spaced-apart-open-the-name",
    ),
    pytest.param(
        "The ferry captain was sentenced on Monday.\n\n"
        '"He showed no regret for what he did to the passengers that night," U. S. District '
        "Judge Carla Mendt said in sentencing him.",
        "He showed no regret",
        "Carla Mendt",
        id="a-spaced-abbreviation-before-a-title-ends-no-sentence",
    ),
    pytest.param(
        "The council met on Tuesday.\n\n"
        '"We will vote on the budget next week," said I. R. Holm, the council clerk.',
        "We will vote",
        "I. R. Holm",
        id="an-initial-that-is-also-a-word",
    ),
    pytest.param(
        "The council met on Tuesday.\n\n"
        '"The budget is late again," said Tomas A. Brandt, the treasurer.',
        "The budget",
        "Tomas A. Brandt",
        id="a-middle-initial-that-is-also-a-word",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), SPACED)
def test_initials_spaced_apart_are_one_name(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker
