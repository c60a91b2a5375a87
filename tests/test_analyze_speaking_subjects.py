"""Whoever an attribution names is a person, so a sentence that opens with them is a
pronoun's antecedent though the word lists do not know their given name
(``antecedents.speaking_people``); a capitalised preposition opening a sentence is no
given name ('Outside Brennock's plant'), and a name alone between quote marks (a
label) vouches for no person; the name after a long opening clause is its sentence's
subject.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of, registry_of
from retold.analyze import QuoteOptions

# The speaker's last attribution is out of a pronoun's reach (three paragraphs and five
# sentences back); the sentence just before the pronoun opens with the bare surname.
TAIL = (
    "“But there is also a deepening crisis of trust. It runs deep.”\n\n"
    "“We are standing at a crossroads.”\n\n"
    "Velmont, a conservative, was critical of the council's handling of the strike.\n\n"
    "“This council has alienated the dockers and the shop owners alike,” he said."
)


@pytest.mark.parametrize(
    "opening",
    [
        "“We are entering a long winter,” said Oskar Velmont.\n\n",
        "Oskar Velmont prints two weeklies in the port town.\n\n"
        "“We are entering a long winter,” Velmont said.\n\n",
    ],
)
def test_a_speaker_opening_a_sentence_is_a_pronoun_antecedent(
    opening: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(opening + TAIL, "This council", nlp, options)
    assert quote.speaker == "Oskar Velmont"


def test_a_body_whose_name_speaks_is_no_antecedent(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "The mill's owners like to say their brand is known as “Lanny Brennock,” after the "
        "founder's dog.\n\n"
        "“We will keep every job in Lakeport,” Brennock said in a statement.\n\n"
        "“We trust the workers. We pay them well.”\n\n"
        "“We are not leaving. We never were.”\n\n"
        "Brennock has cut two shifts since May.\n\n"
        "“It feels like a slow goodbye,” he said."
    )
    assert quote_of(body, "It feels like", nlp, options).speaker is None


@pytest.mark.parametrize("word", ["Outside", "Inside", "Across", "Behind"])
def test_an_opening_preposition_is_no_given_name(word: str, options: QuoteOptions) -> None:
    body = f"{word} Brennock's plant in Lakeport, a welder named Ada Quell waited for news."
    assert sorted(p.name for p in registry_of(body, options).people) == ["Ada Quell"]


@pytest.mark.parametrize(
    "opening",
    [
        "As a small gathering of supporters waited for her in the ballroom",
        "Repeating the words of her much-praised speech at the harbour last week",
        "After turning her attention to the ferries and the crews who run them",
    ],
)
def test_the_subject_after_a_long_opening_clause_is_a_pronoun_antecedent(
    opening: str, nlp: Any, options: QuoteOptions
) -> None:
    """'As ... waited for her in the ballroom, Ann Wu took to the radio.' then
    '"...," she wrote': the name after the opening clause's comma is the sentence's
    subject, however long the clause, not Dana Ruiz of the sentence before."""
    body = (
        "Dana Ruiz chaired the harbour board meeting on Monday.\n\n"
        f"{opening}, Ann Wu took to the radio to say thanks.\n\n"
        '"To everyone who turned out in every corner of the harbour: This is your win," '
        "she wrote."
    )
    assert quote_of(body, "To everyone", nlp, options).speaker == "Ann Wu"


def test_a_surname_with_an_honorific_opening_a_sentence_is_a_pronoun_antecedent(
    nlp: Any, options: QuoteOptions
) -> None:
    """'Ms. Oskarsdottir was not persuaded.' then '"...," she said': the honorific makes
    the surname a person's though no list knows the given name of her full name, and
    another woman (Janet Berg) is named in the paragraph too."""
    body = (
        "Senator Carl Berg faced Zelphine Oskarsdottir in the harbour debate.\n\n"
        "Ms. Oskarsdottir had raised a stock trade by Janet Berg, the senator's wife. The "
        "ethics board found no fault. Ms. Oskarsdottir was not persuaded.\n\n"
        '"The rules say it is fine," she said. "That is the problem with the rules."'
    )
    assert quote_of(body, "The rules say", nlp, options).speaker == "Zelphine Oskarsdottir"
