"""A surname of several words, with a particle or a hyphen, stands for the person the
article names in full with it ('Del Rio said' after 'Coach Jack Del Rio';
``people.Registry.by_word``), not for a body whose name ends with it.  All text here is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions


@pytest.mark.parametrize(
    ("named", "short", "speaker"),
    [
        ("Coach Jack Del Rio", "Del Rio", "Jack Del Rio"),
        ("Judge Vincent Van Dalen", "Van Dalen", "Vincent Van Dalen"),
        ("Carla Lopez-Vance, a ferry captain,", "Lopez-Vance", "Carla Lopez-Vance"),
        ("Council member Maria Ostrow-Kade", "Ostrow-Kade", "Maria Ostrow-Kade"),
        # a given name no list knows: the title says a person
        ("Senator Tavita Okonkwo-Reyes", "Ms. Okonkwo-Reyes", "Tavita Okonkwo-Reyes"),
        ("Ferry captain Olufemi Varga-Lind", "Mr. Varga-Lind", "Olufemi Varga-Lind"),
    ],
)
def test_a_compound_surname_is_the_person_named_in_full(
    named: str, short: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        f"{named} spoke to the crews on the pier on Tuesday.\n\n"
        f"“We came up a little short this season,” {short} said."
    )
    assert quote_of(body, "We came up", nlp, options).speaker == speaker


def test_a_hyphenated_paper_is_not_a_person_it_ends(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Lakeport Journal-Courier reporters rode the night ferry.\n\n"
        "“The crossing took four hours,” the Journal-Courier reported."
    )
    assert quote_of(body, "The crossing", nlp, options).speaker_kind != "person"
