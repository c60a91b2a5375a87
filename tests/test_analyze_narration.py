"""A quote paragraph after narration about one person takes that person as its speaker
(``retold.analyze.narration``): the subject of the narration's last sentence read through
an appositive, the possessor of a speech noun as that subject, the one person of the
pronoun's gender the paragraph before names, or a relative of someone named ('Her
father laughed.').  Where someone else could have spoken, the
quote keeps no speaker.  All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions

QUOTE = '"We will keep the ferry running through every winter storm this year."'

FOUND = [
    pytest.param(
        "The harbour board met on Friday to vote on the ferry.\n\n"
        "Her allies grumbled about the delay. One of them, former harbour commissioner "
        "Marit Solberg, who chaired the ferry committee for a decade, put it to me this "
        "way over coffee.\n\n" + QUOTE,
        "Marit Solberg",
        id="a-name-in-apposition-to-a-description",
    ),
    pytest.param(
        "The harbour board met on Friday to vote on the ferry.\n\n"
        "A spokeswoman for the ferry operator, Ingrid Haldane, returned the favor.\n\n" + QUOTE,
        "Ingrid Haldane",
        id="a-spokeswoman-named-in-apposition",
    ),
    pytest.param(
        "Mayor Tomas Vinter has led the harbour board since 2019.\n\n"
        "Greta Ostlund, the councillor who is challenging Mr. Vinter, read the line aloud "
        "at a rally and waited for the laughter to die down.\n\n" + QUOTE,
        "Greta Ostlund",
        id="another-person-only-in-the-subjects-appositive",
    ),
    pytest.param(
        "Mayor Tomas Vinter has led the harbour board since 2019.\n\n"
        "Vinter's own closing argument, delivered at a rally in Dunmore on Friday night, "
        "was the line of the week.\n\n" + QUOTE,
        "Tomas Vinter",
        id="the-possessor-of-a-speech-noun",
    ),
    pytest.param(
        "The ferry carries trucks across the sound every day.\n\n"
        "We asked a driver. Oskar Lindahl has driven a rig out of Port Mellon for 22 "
        "years.\n\n" + QUOTE,
        "Oskar Lindahl",
        id="a-place-after-a-preposition-is-no-one",
    ),
    pytest.param(
        "The candidates met at the harbour hall on Friday.\n\n"
        "On that question, Mr. Vinter's answer had been vague, and Ms. Greta Ostlund "
        "seized on it in her remarks to supporters an hour later.\n\n"
        "She spoke for about twenty minutes. Then she turned to the count.\n\n" + QUOTE,
        "Greta Ostlund",
        id="she-after-a-paragraph-naming-one-woman-and-a-man",
    ),
    pytest.param(
        "Mayor Greta Ostlund has led the harbour board since 2019.\n\n"
        "Her husband, Anders Ostlund, a retired ferry pilot, is the family skeptic. He sat "
        "in on the interview.\n\n"
        '"She will not count the votes before they are cast."\n\n'
        "His wife rolled her eyes. " + QUOTE,
        "Greta Ostlund",
        id="his-wife-of-the-man-named-before",
    ),
    pytest.param(
        "Some at the pier were skeptical. Nils Haldane, who fishes out of the north "
        "harbour, said he had heard promises about the ferry before.\n\n"
        "Others were more hopeful. Ingrid Haldane, his daughter, said she would vote for "
        '"anyone who keeps the boats running."\n\n'
        "Her father laughed when told of the remark. " + QUOTE,
        "Nils Haldane",
        id="her-father-of-the-woman-who-spoke-before",
    ),
    pytest.param(
        "Greta Ostlund walked the pier with the harbour master on Monday.\n\n"
        "Asked whether she would vote for the new timetable, Ostlund did not hesitate. " + QUOTE,
        "Greta Ostlund",
        id="the-name-after-a-long-opening-clause",
    ),
    pytest.param(
        "Port Commissioner Anders Vinter runs the ferry desk.\n\n"
        "Asked about the storm schedule, the commissioner did not answer directly. " + QUOTE,
        "Anders Vinter",
        id="a-role-as-the-subject",
    ),
    pytest.param(
        "Greta Ostlund, 71, has chaired the ferry board since 2019.\n\n"
        "The 71-year-old did not back down on Wednesday evening. " + QUOTE,
        "Greta Ostlund",
        id="an-age-as-the-subject",
    ),
    pytest.param(
        "Greta Ostlund chairs the ferry board.\n\n"
        "The board has a framed photograph of the old ferry on its wall. She pointed to it "
        "when I asked about the new one.\n\n" + QUOTE,
        "Greta Ostlund",
        id="she-after-a-paragraph-naming-no-one",
    ),
    pytest.param(
        "Greta Ostlund, the board's second member, had been seen as the swing vote.\n\n"
        "Her explanation, when it came, took less than a minute. " + QUOTE,
        "Greta Ostlund",
        id="her-speech-noun-as-the-subject",
    ),
    pytest.param(
        "Greta Ostlund chairs the ferry board.\n\n"
        'Mia Holm, who runs the crews, was blunt. "She was with us. We believed her."\n\n'
        "Ms. Ostlund said she would meet the crews this week. Asked what she would say to "
        "Ms. Holm, she paused.\n\n" + QUOTE,
        "Greta Ostlund",
        id="she-after-an-opening-clause-that-names-someone",
    ),
    pytest.param(
        "Greta Ostlund debated the senator on Tuesday.\n\n"
        "Ostlund returned to the senator's vote against the Fair Rents Act at least six "
        "times.\n\n" + QUOTE,
        "Greta Ostlund",
        id="a-law-named-in-the-narration-is-no-one",
    ),
    pytest.param(
        "Mayor Tomas Vinter lost the recall on Tuesday.\n\n"
        "And the mayor? Asked last month by a local TV reporter whether the fare rise had "
        "been explained well enough, Vinter gave an answer his opponents have quoted ever "
        "since.\n\n" + QUOTE,
        "Tomas Vinter",
        id="a-name-inside-the-opening-clause-is-no-subject",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), FOUND)
def test_a_quote_after_narration_about_one_person_is_theirs(
    body: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, "We will keep", nlp, options)
    assert (quote.speaker, quote.shape) == (speaker, "nearby")


UNKNOWN = [
    pytest.param(
        "The harbour board met on Friday to vote on the ferry.\n\n"
        "A spokeswoman for the ferry operator, Ingrid Haldane, met Mayor Tomas Vinter "
        "at the pier.\n\n" + QUOTE,
        id="a-second-person-after-the-appositive",
    ),
    pytest.param(
        "The harbour board met on Friday to vote on the ferry.\n\n"
        "Vinter's chief of staff, delivered to the pier by boat, was the first to arrive."
        "\n\n" + QUOTE,
        id="the-possessor-of-a-person",
    ),
    pytest.param(
        "Mayor Tomas Vinter has led the harbour board since 2019.\n\n"
        "Vinter's closing argument was answered by Greta Ostlund at the rally.\n\n" + QUOTE,
        id="a-speech-noun-and-someone-else-named",
    ),
    pytest.param(
        "The candidates met at the harbour hall on Friday.\n\n"
        "On that question, Ms. Ingrid Haldane's answer had been vague, and Ms. Greta "
        "Ostlund seized on it in her remarks to supporters an hour later.\n\n"
        "She spoke for about twenty minutes. Then she turned to the count.\n\n" + QUOTE,
        id="she-after-a-paragraph-naming-two-women",
    ),
    pytest.param(
        "Mayor Tomas Vinter has led the harbour board since 2019.\n\n"
        "His wife rolled her eyes. " + QUOTE,
        id="his-wife-named-nowhere",
    ),
    pytest.param(
        "Nils Haldane and Ingrid Haldane run the ferry, and Greta Haldane keeps the books."
        "\n\n"
        '"The ferry stays," Tomas Haldane said.\n\n'
        "His sister rolled her eyes. " + QUOTE,
        id="two-women-of-his-surname",
    ),
]


@pytest.mark.parametrize("body", UNKNOWN)
def test_narration_that_names_someone_else_gives_none(
    body: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, "We will keep", nlp, options)
    assert quote.speaker is None


def test_a_relative_opening_a_sentence_is_a_pronoun_antecedent(
    nlp: Any, options: QuoteOptions
) -> None:
    """'Her father was asked about it several times.' then '"...," he said': 'her' is Ms.
    Orrin (her title tells her from her father, who shares the surname), her father
    the other Orrin; not Mr. Calloway, the last man named."""
    body = (
        "Leonard Orrin founded the harbour company in 1998. His daughter Claire Orrin runs "
        "its office.\n\n"
        "Ms. Orrin was seated behind her father. Through a company spokesman, Reid Calloway, "
        "she declined to comment. Mr. Calloway said the message was gratitude, nothing "
        "more.\n\n"
        "Her father was asked about it several times. His answer did not change.\n\n"
        '"My daughter says thank you to the mailman," he said. "She was raised right."'
    )
    assert quote_of(body, "My daughter", nlp, options).speaker == "Leonard Orrin"


def test_narration_ending_in_a_comma_reads_no_subject(nlp: Any, options: QuoteOptions) -> None:
    """A paragraph that is a short phrase and a comma ('To which she replied,'), then a
    quote paragraph: no subject past the comma to read, and no error."""
    body = "Greta Ostlund spoke at the pier on Monday.\n\nTo which she replied,\n\n" + QUOTE
    assert quote_of(body, "We will keep", nlp, options).kind == "direct"
