"""A person's name after a preposition, as a possessor ('in Hugh Hefner's magazine'), is
a person, not a place (``names._possessor``); a place stays one.  All text here is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of, registry_of
from retold.analyze import QuoteOptions


def test_a_possessor_after_a_preposition_speaks_by_surname(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "In January 1955, she was the cover model in Hugh Tarrant's new sailing magazine.\n\n"
        "“She had a saucy innocence that sold every copy,” Tarrant said."
    )
    assert quote_of(body, "She had", nlp, options).speaker == "Hugh Tarrant"


@pytest.mark.parametrize(
    ("sentence", "people"),
    [
        ("The rally at Maria Ostrow's farm drew a crowd.", ["Maria Ostrow"]),
        ("The rally in Beverly Hills drew a crowd.", []),
        ("The rally in New Lakeport's harbour drew a crowd.", []),
    ],
)
def test_a_possessor_is_a_person_a_place_is_not(
    sentence: str, people: list[str], options: QuoteOptions
) -> None:
    assert sorted(p.name for p in registry_of(sentence, options).people) == people
