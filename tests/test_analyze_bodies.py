"""A name that a comma-set phrase calls a body ('Korvin Dynamics, a shipping company')
is no person (``people._called_a_body``): a pronoun never refers to it and it is no
speaker; a person's own appositive about a body ('a director of the port authority') or
an opening phrase ('During the port's 1992 campaign, Orla Quell, ...') keeps them a
person.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of, registry_of
from retold.analyze import QuoteOptions


def _people(body: str, options: QuoteOptions) -> list[str]:
    return sorted(p.name for p in registry_of(body, options).people)


@pytest.mark.parametrize(
    "sentence",
    [
        "Korvin Dynamics, a shipping company with yards in Lakeport, will close a yard.",
        "The yard belongs to the largest shipping firm, Korvin Dynamics.",
        "Brisk Ferries' parent company, Korvin Dynamics, will close a yard.",
    ],
)
def test_a_name_called_a_body_is_no_person(sentence: str, options: QuoteOptions) -> None:
    assert "Korvin Dynamics" not in _people(sentence, options)


@pytest.mark.parametrize(
    "sentence",
    [
        "Orla Quell, a former director of the port authority, opened the quay.",
        "During the port's 1992 campaign, Orla Quell, a close aide, opened the quay.",
        "Orla Quell, the head of the ferry union, opened the quay.",
    ],
)
def test_a_person_beside_a_body_stays_a_person(sentence: str, options: QuoteOptions) -> None:
    assert "Orla Quell" in _people(sentence, options)


def test_a_pronoun_does_not_refer_to_a_body(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Korvin Dynamics, a shipping company with yards in Lakeport, will close its oldest "
        "yard in May.\n\n"
        "“We are sad to see it go,” she said."
    )
    assert quote_of(body, "We are sad", nlp, options).speaker is None
