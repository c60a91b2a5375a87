"""A name that opens with an initial ('W. Mark Felt') may be a given name: among a
family sharing the surname, the one the article opens with (``candidates.given_word``);
and it is the person named elsewhere with the full given name, the rest alike
(``people._merged_initials``).  All text here is invented."""

from __future__ import annotations

from typing import Any

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


def test_an_initial_and_a_given_name_are_one_person(options: QuoteOptions) -> None:
    body = (
        "W. Dale Orrin guided ships into Lakeport for forty years.\n\n"
        "William Dale Orrin was born on the northern quay."
    )
    assert [p.name for p in registry_of(body, options).people] == ["William Dale Orrin"]
