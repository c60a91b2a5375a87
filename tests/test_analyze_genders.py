"""The gender a speaker is read with: a given name after a title inside the name, and what
pronouns teach (``antecedents.pronoun_antecedent``): only a pronoun no one else named
since could refer to, and never for good once pronouns disagree.  All text here is
invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions
from retold.analyze.people import _given_gender


def test_a_place_before_a_title_is_no_given_name(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Virginia Gov. Kerry Halvorsen signed the harbour bill in Lakeport on Monday.\n\n"
        "“The ferries start in May,” he said."
    )
    assert quote_of(body, "The ferries", nlp, options).speaker == "Kerry Halvorsen"


def test_the_given_name_is_the_word_after_a_title() -> None:
    lexicon = QuoteOptions().lexicon
    assert _given_gender(["virginia", "gov", "kerry", "halvorsen"], lexicon) is None
    assert _given_gender(["virginia", "halvorsen"], lexicon) == "f"
    assert _given_gender(["halvorsen"], lexicon) is None


OWNER = "Kerry Halvorsen, 52, runs the ferry company in Lakeport."
PRAISED = (
    "The company and its four old ferries were praised at the opening of the new quay "
    "on Monday by the harbour pilot Ines Marlow."
)


def test_no_gender_learnt_past_someone_named_since(nlp: Any, options: QuoteOptions) -> None:
    body = (
        f"{OWNER} {PRAISED}\n\n"
        "“The ferries start in May,” she said.\n\n"
        "“We hired four crews,” he said."
    )
    assert quote_of(body, "We hired", nlp, options).speaker == "Kerry Halvorsen"


def test_pronouns_that_disagree_leave_the_gender_unknown(nlp: Any, options: QuoteOptions) -> None:
    body = (
        f"{OWNER}\n\n"
        "“The ferries start in May,” she said.\n\n"
        "“We hired four crews,” he said. “The fares stay the same,” he said."
    )
    assert quote_of(body, "The ferries", nlp, options).speaker == "Kerry Halvorsen"
    assert quote_of(body, "We hired", nlp, options).speaker is None  # she or he: no one
    assert quote_of(body, "The fares", nlp, options).speaker == "Kerry Halvorsen"


def test_a_speaker_read_through_she_is_no_he_after(nlp: Any, options: QuoteOptions) -> None:
    body = (
        f"{OWNER}\n\n{PRAISED}\n\n"
        "“The ferries start in May,” she said.\n\n"
        "The quay cost four million crowns.\n\n"
        "“We hired four crews,” he said."
    )
    assert quote_of(body, "We hired", nlp, options).speaker is None


TAUGHT = (
    "Zorbeth Quillane, the harbour master, ran the quay works for three years. {next}\n\n"
    "“We kept our promise to the town,” he said."
)


@pytest.mark.parametrize(
    ("after", "speaker"),
    [
        pytest.param("She left the council in May.", None, id="she-opens-the-next-sentence"),
        pytest.param("Her term ended in May.", None, id="her-opens-the-next-sentence"),
        pytest.param("He left the council in May.", "Zorbeth Quillane", id="he-agrees"),
        pytest.param("The council thanked the crews.", "Zorbeth Quillane", id="nothing-taught"),
    ],
)
def test_a_sentence_opening_pronoun_teaches_the_subject_s_gender(
    after: str, speaker: str | None, nlp: Any, options: QuoteOptions
) -> None:
    """The only person named in a sentence, of no gender a list knows, has the gender of
    the pronoun opening the next sentence: 'he said' then is not that woman."""
    body = TAUGHT.format(next=after)
    assert quote_of(body, "We kept", nlp, options).speaker == speaker
