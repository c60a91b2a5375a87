"""A pronoun whose every speaker and sentence subject within reach has the other gender:
the one person of its gender named just before (``antecedents.only_gendered``), or no
one.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import prepared, quote_of
from retold.analyze import QuoteOptions
from retold.analyze.people import _gender
from retold.analyze.resolved import CONFIDENCE
from retold.analyze.subjects import subjects

OPENING = (
    "Mayor Thomas Brandt opened the new quay in Lakeport on Monday.\n\n"
    "Brandt cut the ribbon in the rain before the crowd of dock workers and families, "
    "among them the ferry captain Nora Lindqvist, who has sailed the route for twenty "
    "years."
)


def test_the_one_person_of_the_pronoun_s_gender(nlp: Any, options: QuoteOptions) -> None:
    body = OPENING + "\n\n“The quay changes everything for us,” she said."
    assert quote_of(body, "The quay", nlp, options).speaker == "Nora Lindqvist"


GUARDS = [
    pytest.param(
        OPENING + " The first crossing, in the rain and against the tide, was steered by "
        "her deputy Nina Holm.\n\n"
        "“The quay changes everything for us,” she said.",
        id="two-people-of-that-gender",
    ),
    pytest.param(
        OPENING + " Arden Quennell watched from the pier.\n\n"
        "“The quay changes everything for us,” she said.",
        id="someone-of-no-known-gender",
    ),
    pytest.param(
        "Mayor Thomas Brandt opened the new quay in Lakeport on Monday.\n\n"
        "Brandt cut the ribbon in the rain. The harbour pilot said she had waited years, "
        "longer than the ferry captain Nora Lindqvist.\n\n"
        "“The quay changes everything for us,” she said.",
        id="a-pronoun-of-that-gender-before-the-person",
    ),
]


@pytest.mark.parametrize("body", GUARDS)
def test_no_one_when_the_gender_does_not_decide(body: str, nlp: Any, options: QuoteOptions) -> None:
    assert quote_of(body, "The quay", nlp, options).speaker is None


DESCRIBED = "“The pier is safe,” the chief engineer said.\n\n"
AFTER = "\n\n“We checked every beam twice,” he added."


def test_a_pronoun_after_a_described_speaker(nlp: Any, options: QuoteOptions) -> None:
    body = "The storm hit Lakeport on Monday.\n\n" + DESCRIBED + "The rain stopped." + AFTER
    quote = quote_of(body, "We checked", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("the chief engineer", "description")


@pytest.mark.parametrize(
    "body",
    [
        pytest.param(
            DESCRIBED + "The crowd cheered for Thomas Brandt." + AFTER,
            id="someone-named-between",
        ),
        pytest.param(
            "“The pier is safe,” the two engineers said." + AFTER,
            id="a-description-of-several",
        ),
    ],
)
def test_no_described_antecedent(body: str, nlp: Any, options: QuoteOptions) -> None:
    assert quote_of(body, "We checked", nlp, options).speaker is None


def test_a_given_name_outranks_a_role_women_hold_too(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Mayor Thomas Brandt opened the new quay in Lakeport on Monday.\n\n"
        "Harbour spokesman Nora Lindqvist confirmed the date.\n\n"
        "“The ferries start in May,” she said."
    )
    assert quote_of(body, "The ferries", nlp, options).speaker == "Nora Lindqvist"


def test_a_role_women_hold_too_says_nothing_beside_a_given_name() -> None:
    lexicon = QuoteOptions().lexicon
    assert _gender({"spokesman"}, (), lexicon, "f") is None
    assert _gender({"spokesman"}, (), lexicon) == "m"
    assert _gender({"spokesman"}, ("Mr.",), lexicon, "f") == "m"  # a title still decides


# Subjects named in full whose given name no word list holds: a pronoun's antecedent
# where the entity recogniser reads a person and no rule found one.
UNKNOWN_GIVEN = "The ferry company cut its winter timetable on Monday.\n\n"


@pytest.mark.parametrize(
    "subject",
    [
        "Mara Quill posted a long complaint on the harbour forum.",
        "Then, last week, Mara Quill posted a long complaint on the harbour forum.",
    ],
)
def test_a_subject_of_an_unknown_given_name_the_recogniser_reads_as_a_person(
    subject: str, nlp: Any, options: QuoteOptions
) -> None:
    body = UNKNOWN_GIVEN + subject + "\n\n“I just want my old crossing back,” she said."
    assert quote_of(body, "I just want", nlp, options).speaker == "Mara Quill"


@pytest.mark.parametrize(
    "subject",
    [
        pytest.param(
            "Mara Quill, Tobin Reede and Halvar Stone lost their permits.", id="one-of-a-list"
        ),
        pytest.param("Mara Quill's kiosk closed early.", id="a-possessor"),
    ],
)
def test_no_unknown_given_name_where_the_name_is_no_subject(
    subject: str, nlp: Any, options: QuoteOptions
) -> None:
    body = UNKNOWN_GIVEN + subject + "\n\n“I just want my old crossing back,” she said."
    assert quote_of(body, "I just want", nlp, options).speaker is None


def test_no_named_antecedent_past_an_unnamed_speaker_of_the_pronoun_s_gender(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "The harbour fair closed on Sunday.\n\n"
        '"The pier was rotten," harbour watcher Zorvan Tekle told the Herald.\n\n'
        "But one woman, who lives by the pier, told the Herald that the pier was sound. "
        "She also believed that the council had mended it in the spring."
    )
    assert quote_of(body, "the council had mended", nlp, options).speaker is None


HALE = "Senator Dalton Hale of Idaho said the bill would gut the rights of farmers.\n\n"


def test_a_pronoun_after_a_possessed_person_named_in_apposition(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        HALE + "Mr. Hale's daughter, Cassidy Hale, who runs the family ranch, has testified "
        "against it. “Our cattle drink from that river,” she said at a hearing."
    )
    assert quote_of(body, "Our cattle", nlp, options).speaker == "Cassidy Hale"


def test_no_pronoun_back_to_the_possessor_of_an_unnamed_person(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        HALE + "Mr. Hale's son defended his father at the hearing. “He has never taken a cent "
        "from the water lobby,” he said."
    )
    assert quote_of(body, "He has never", nlp, options).speaker != "Dalton Hale"


def test_a_pronoun_after_a_subject_named_by_title_and_surname_only(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        HALE + "The majority leader, Mr. Abernathy, was less certain. “I don’t count votes out "
        "loud,” he said, “but this bill is not dead.”"
    )
    quote = quote_of(body, "I don’t count", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("Abernathy", "person")
    assert quote.confidence <= CONFIDENCE["unlinked"]  # no surer than 'Mr. Abernathy said'


def test_an_office_before_a_role_word_is_no_surname(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Senator Dalton Hale of Idaho spoke first.\n\n"
        "Former House speaker Newt Arliss noted that both men had survived worse. "
        "“It’s a little much,” he said."
    )
    assert quote_of(body, "It’s a little", nlp, options).speaker != "House"


RELAYED = (
    "The earthquake was felt across the region and damaged the harbour wall.\n\n"
    "Darius Fenwick, director of the seismic centre in the capital, dismissed fears of a "
    "tidal wave, {relay}.\n\n"
    "“The bay is not deep enough for a wave of that kind,” he was quoted as saying."
)


@pytest.mark.parametrize(
    ("relay", "speaker"),
    [
        pytest.param("the state news agency reported", "Darius Fenwick", id="agency"),
        pytest.param("the Coastal Courier reported", "Darius Fenwick", id="outlet"),
        pytest.param("said Arvid Holm, his deputy", "Arvid Holm", id="person-relays"),
    ],
)
def test_words_an_outlet_relays_are_about_their_subject(
    relay: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """Reported words an outlet or agency relays after them ('X dismissed fears ..., the
    agency reported') open with their subject: the pronoun after is X; where a person
    relays them, the pronoun is that person, as before."""
    body = RELAYED.format(relay=relay)
    assert quote_of(body, "The bay", nlp, options).speaker == speaker


@pytest.mark.parametrize(
    ("second", "keys"),
    [
        pytest.param("He defended Peter Lind's plan at the pier.", ["nils aberg"], id="he-opens"),
        pytest.param(
            "He was joined by Peter Lind at the pier.", ["nils aberg", "peter lind"], id="passive"
        ),
        pytest.param(
            "Peter Lind defended the plan at the pier.", ["nils aberg", "peter lind"], id="named"
        ),
    ],
)
def test_a_name_after_a_sentence_opening_pronoun_is_no_subject(
    second: str, keys: list[str], options: QuoteOptions
) -> None:
    """'He defended Lind's plan': the pronoun is the sentence's subject, so Lind is no
    antecedent a later 'he said' may take; the agent of a passive is ('He was joined by
    Lind')."""
    body = f"Councillor Nils Aberg met the ferry crews on Friday.\n\n{second}"
    mentions, _ = subjects(prepared(body, options), [])
    assert [m[2].key for m in mentions if m[2] is not None] == keys


def test_a_quote_naming_the_antecedent_by_given_name_is_not_theirs(
    nlp: Any, options: QuoteOptions
) -> None:
    """'Vance's line was an attack on Okafor's tenure. "Marcus has had twelve years," he
    said': the words speak of Marcus Okafor, so the pronoun is not read as him."""
    body = (
        "Dale Lorimer, with his wife, Carla Lorimer, in the front row, and Sen. Marcus Okafor "
        "met for their only debate on Tuesday.\n\n"
        "Okafor spoke first and talked about the mills for ten minutes.\n\n"
        "Lorimer’s most repeated line of the night was an attack on Okafor’s tenure. "
        "“Marcus has had twelve years to fix the harbour,” he said."
    )
    assert quote_of(body, "Marcus has had", nlp, options).speaker != "Marcus Okafor"
