"""A direct quote whose attribution describes its speaker instead of naming them ('a
senior harbour official said') keeps the description as its speaker, of the kind
"description", at a low confidence (``retold.analyze.descriptions``); a description
the article resolves to a person stays that person; pronouns, quantifiers, documents
and names are no descriptions.  A description is never a person: not for grouping
statements across outlets, the people pages or timelines.  All text here is invented.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions
from retold.analyze.resolved import CONFIDENCE
from retold.coverage.timeline import speakers
from retold.pipeline import RunOptions, run
from retold.serve.export import person_of, quote_json, speaker_label
from retold.store import open_store
from retold.web.catalog import people_rows

LEAD = "The harbour board met in Lakeport on Monday.\n\n"

DESCRIBED = [
    pytest.param(
        '"The ferry will not run this winter," a senior harbour official said.',
        "a senior harbour official",
        id="an-indefinite-role",
    ),
    pytest.param(
        '"The ferry will not run," one mayoral aide said.',
        "one mayoral aide",
        id="one-and-a-role",
    ),
    pytest.param(
        "“The ferry will not run,” the fisherman said.",
        "the fisherman",
        id="a-definite-role-nobody-holds",
    ),
    pytest.param(
        '"The ferry will not run," said a longtime adviser to the mayor.',
        "a longtime adviser to the mayor",
        id="a-complement-after-an-inverted-verb",
    ),
    pytest.param(
        'A spokeswoman for the port authority said: "The ferry will not run."',
        "A spokeswoman for the port authority",
        id="a-complement-before-the-verb",
    ),
    pytest.param(
        '"The ferry will not run," said one fisherman involved in the talks.',
        "one fisherman involved in the talks",
        id="an-adjective-and-its-complement",
    ),
    pytest.param(
        '"The ferry will not run," one of the organisers said.',
        "one of the organisers",
        id="one-of-a-group",
    ),
    pytest.param(
        '"The ferry will not run," federal investigators said.',
        "federal investigators",
        id="people-in-the-plural",
    ),
    pytest.param(
        '"The ferry will not run," the company said.',
        "the company",
        id="a-body-it-does-not-name",
    ),
    pytest.param(
        "“The ferry will not run,” the retired steelworker said.",
        "the retired steelworker",
        id="a-compound-of-a-person-noun",
    ),
    pytest.param(
        '"The ferry will not run," said a Lakeport Democrat, "and the pier is unsafe."',
        "a Lakeport Democrat",
        id="a-capitalised-person-noun-after-the-verb",
    ),
    pytest.param(
        '"The ferry will not run," said a 2019 harbour board veteran.',
        "a 2019 harbour board veteran",
        id="a-year-is-no-count",
    ),
    pytest.param(
        '"The ferry will not run," said one official familiar with the talks, who asked '
        "not to be named.",
        "one official familiar with the talks",
        id="an-adjective-with-its-complement-before-a-relative-clause",
    ),
    pytest.param(
        '"The ferry will not run," said one Lakeport fisherman, who asked not to be named.',
        "one Lakeport fisherman",
        id="not-the-relative-clause",
    ),
    pytest.param(  # the rules reject the subject; the parser reads it
        "“The ferry will not run this winter at all,” the Lakeport senator and mayoral "
        "candidate said in a statement.",
        "the Lakeport senator",
        id="a-subject-the-parser-finds-that-describes-two-roles",
    ),
    pytest.param(
        "“The ferry will not run this winter at all,” said a person close to the Berg "
        "family. “That is why the pier closed.”",
        "a person close to the Berg family",
        id="a-subject-the-parser-finds-with-its-complement",
    ),
    pytest.param(
        '"The ferry will not run," Ana Berg and Jon Lund said.',
        "Ana Berg and Jon Lund",
        id="several-names-are-all-of-them-no-one-person",
    ),
    pytest.param(
        "“The ferry will not run this winter at all,” a bystander told the radio.",
        "a bystander",
        id="a-person-at-the-scene",
    ),
    pytest.param(
        "“The ferry will not run this winter at all,” the convicted killer said.",
        "the convicted killer",
        id="a-person-a-crime-describes",
    ),
]


@pytest.mark.parametrize(("sentence", "speaker"), DESCRIBED)
def test_a_description_is_the_speaker(
    sentence: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(LEAD + sentence, "The ferry", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "description")
    assert (quote.resolution, quote.confidence) == ("description", CONFIDENCE["description"])
    assert quote.confidence < min(v for k, v in CONFIDENCE.items() if k != "description")


NOT_DESCRIBED = [
    pytest.param('"The ferry will not run," they said.', id="a-pronoun"),
    pytest.param('"The ferry will not run," some said.', id="a-quantifier"),
    pytest.param('"The ferry will not run," the statement said.', id="a-document"),
    pytest.param(
        "Island fishermen from Lakeport keep “The ferry will not run” painted on the hulls "
        "of their boats.",
        id="not-a-subject-of-no-reporting-verb",
    ),
]


@pytest.mark.parametrize("sentence", NOT_DESCRIBED)
def test_no_description(sentence: str, nlp: Any, options: QuoteOptions) -> None:
    quote = quote_of(LEAD + sentence, "The ferry", nlp, options)
    assert quote.speaker_kind != "description"
    assert quote.speaker_kind != "person"


ROLES = [
    pytest.param(
        "Port director Ines Volk closed the quay on Monday.\n\n"
        '"The ferry will not run," the port director said.',
        "The ferry",
        ("Ines Volk", "person"),
        id="a-description-the-article-resolves-stays-that-person",
    ),
    pytest.param(
        "The detention has no legal basis - Minister Sarnov said.\n\n"
        "The sailors are in good health, and they have food and water - the minister added.",
        "The sailors",
        ("Sarnov", "person"),
        id="the-role-alone-is-the-one-who-spoke-with-it-just-before",
    ),
    pytest.param(
        '"The bill is dead," Sen. Ada Price said. Sen. Ivo Lind disagreed.\n\n'
        '"The bill will pass," the Lakeport senator said.',
        "The bill will",
        ("the Lakeport senator", "description"),
        id="a-described-role-is-no-titled-speaker-it-may-not-be",
    ),
    pytest.param(
        "Libertarian nominee Gary Stone toured the harbour on Monday.\n\n"
        '"The ferry will run again," the Republican nominee said.',
        "The ferry will",
        ("the Republican nominee", "description"),
        id="a-party-the-one-holder-is-not-given-is-another-holder",
    ),
    pytest.param(
        "Vice President Ana Roth opened the new quay.\n\n"
        '"The quay was long overdue," the former president said.',
        "The quay",
        ("the former president", "description"),
        id="the-former-holder-is-not-the-vice-holder",
    ),
    pytest.param(
        "Sen. Ada Price (I-Vt.) opened the new quay.\n\n"
        '"The quay was long overdue," the Vermont senator said.',
        "The quay",
        ("Ada Price", "person"),
        id="a-state-printed-otherwise-still-describes-the-one-holder",
    ),
    pytest.param(
        "Former president Ana Roth opened the new quay.\n\n"
        '"The quay was long overdue," the former president said.',
        "The quay",
        ("Ana Roth", "person"),
        id="the-former-holder-named-so-is-the-former-holder",
    ),
    pytest.param(
        "GOP nominee Tom Hale toured the harbour on Monday.\n\n"
        '"The ferry will run again," the Republican nominee said.',
        "The ferry will",
        ("Tom Hale", "person"),
        id="a-party-word-matches-its-synonym",
    ),
    pytest.param(
        "On the radio with hosts Ivo Lind and Ada Price, the Lakeport mayoral candidate "
        "stated that the quay “was long overdue” and that the ferry “will run again.”",
        "will run",
        ("the Lakeport mayoral candidate", "description"),
        id="a-subject-after-a-name-is-no-appositive-of-it",
    ),
    pytest.param(
        "Libertarian candidate Ada Price toured the quay. "
        '"The quay was long overdue," the Republican candidate said.',
        "The quay",
        ("the Republican candidate", "description"),
        id="the-descriptions-own-words-do-not-tell-its-holder",
    ),
]


@pytest.mark.parametrize(("body", "start", "expected"), ROLES)
def test_a_role_is_its_one_holder_or_described(
    body: str, start: str, expected: tuple[str, str], nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, start, nlp, options)
    assert (quote.speaker, quote.speaker_kind) == expected


def test_a_publication_in_the_attribution_is_no_person(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Ana Berg, who edits the Beacon's harbour page, spoke on Monday.\n\n"
        "“The ferry will not run,” The Harbour Beacon reported."  # 'The' inside a sentence
    )
    quote = quote_of(body, "The ferry", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("The Harbour Beacon", "organization")


def test_a_pronoun_after_a_described_speaker_is_no_one_named_before(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Mayor Lena Osei opened the new quay on Monday.\n\n"
        '"The ferry will not run," one harbour aide said. "The pier is unsafe," she added.'
    )
    quote = quote_of(body, "The pier", nlp, options)
    # not Lena Osei: the aide is nearer, and the pronoun is the aide, as described
    assert (quote.speaker, quote.speaker_kind) == ("one harbour aide", "description")


def test_a_pronoun_is_not_a_plural_description_before_it(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "The harbour board met in Lakeport on Monday.\n\n"
        '"The ferry will not run," the harbour chairmen said. "The pier is unsafe," he added.'
    )
    quote = quote_of(body, "The pier", nlp, options)
    # 'chairmen' is a plural ('-men'): several people are no 'he'
    assert quote.speaker != "the harbour chairmen"


def test_a_witness_is_one_person(nlp: Any, options: QuoteOptions) -> None:
    body = "The harbour board met in Lakeport on Monday.\n\n" + (
        '"The pier shook for a minute," the witness said.'
    )
    quote = quote_of(body, "The pier", nlp, options)
    # 'witness' ends in 's' but is one person, not a group
    assert (quote.speaker, quote.speaker_kind) == ("the witness", "description")


# Two outlets carry one statement: one describes the speaker, the other names her.
PIER = "The ferry will not run this winter because the pier at Lakeport is unsafe"
STORY = [
    "The harbour authority in Lakeport said on Thursday that the ferry to Aster Island "
    "would stop for the winter, after divers found cracks in the pilings of the old pier.",
    "Passenger numbers had doubled since the summer, and the island's shops depend on the "
    "crossing for their deliveries of food, fuel and building materials.",
    "The authority said repairs would start in March and that a temporary pontoon would be "
    "built if the work took longer than expected.",
]
SAID = {
    "herald": f'"{PIER}," a senior harbour official said.',
    "courier": f'"{PIER}," Port director Ines Volk said.',
}


def corpus_records() -> str:
    rows = []
    for n, (outlet, said) in enumerate(SAID.items()):
        text = "\n\n".join([STORY[0], said, *STORY[1:]])
        rows.append(
            {
                "id": outlet,
                "outlet": f"The Lakeport {outlet.title()}",
                "title": "Aster Island ferry to stop for the winter",
                "published": f"2025-11-0{n + 3}",
                "text": text,
            }
        )
    return "".join(json.dumps(row) + "\n" for row in rows)


def test_a_description_is_never_a_person(tmp_path: Path) -> None:
    source = tmp_path / "in" / "ferry.jsonl"
    source.parent.mkdir()
    source.write_text(corpus_records(), encoding="utf-8")
    with open_store(tmp_path / "ferry.db") as store:
        run([source.parent], store, RunOptions())
        quotes = {q.speaker: q for q in store.quotes() if q.text.startswith("The ferry")}
        described = quotes["a senior harbour official"]
        assert described.speaker_kind == "description"
        (group,) = [
            g for g in store.statement_groups() if described.id in {o.quote for o in g.occurrences}
        ]
        assert len(group.occurrences) == 2  # one statement, grouped across the outlets
        assert group.speaker == "Ines Volk"
        assert {r["name"] for r in people_rows(store)} == {"Ines Volk"}
        assert speakers(store) == {"Ines Volk"}
        row = quote_json(described, None, person_of(store))
        assert (row["speaker_kind"], row["person"]) == ("description", None)
        assert speaker_label(described, {}) == "a senior harbour official (unnamed)"


@pytest.mark.parametrize("people", ["Officials", "Witnesses"])
def test_people_in_the_plural_opening_a_sentence_are_described(
    people: str, nlp: Any, options: QuoteOptions
) -> None:
    """A plural of people is capitalised because it opens the sentence, not because it
    is a name: 'Officials said' describes the speakers as 'officials' does."""
    body = (
        "The storm hit the coast on Monday.\n\n"
        f'{people} said: "We expect the roads to reopen by Friday at the latest."'
    )
    quote = quote_of(body, "We expect", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (people, "description")


PLACED = (
    "Sen. Tom Bell (R-Fla.) and Sen. Dale Ruiz (D-Vt.) both spoke at the harbour forum on "
    "Monday.\n\n"
    "Ruiz said the ferries needed more money. Bell disagreed.\n\n"
    '"If this test holds, it will be the latest example of a failed policy," the Florida '
    "senator said in a statement.\n\n"
    '"Our rivals are taking advantage of that weakness," he said.\n\n'
    'The Vermont senator declined to say whether the board should resign. "I will not '
    'comment on that," he said.'
)


@pytest.mark.parametrize(
    ("start", "speaker"),
    [
        ("If this test", "Tom Bell"),
        ("Our rivals", "Tom Bell"),
        ("I will not", "Dale Ruiz"),
    ],
)
def test_a_place_in_a_description_tells_the_holders_of_a_role_apart(
    start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """'the Florida senator' of two senators is the one a party tag beside his name
    places there ('Sen. Tom Bell (R-Fla.)'); a pronoun after it is him too, and after
    'The Vermont senator declined ...' the other."""
    assert quote_of(PLACED, start, nlp, options).speaker == speaker


def test_a_place_beside_neither_holder_tells_no_one(nlp: Any, options: QuoteOptions) -> None:
    body = PLACED.replace("the Florida", "the Ohio")
    quote = quote_of(body, "If this test", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("the Ohio senator", "description")


@pytest.mark.parametrize(
    ("description", "speaker"),
    [("the Maryland Democrat", "Ann Wu"), ("the Ohio Republican", "Tom Bell")],
)
def test_a_party_member_from_a_place_is_the_one_a_tag_beside_their_name_places(
    description: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """'the Maryland Democrat said' of Rep. Ann Wu (D-Md.) and Rep. Tom Bell (R-Ohio)."""
    body = (
        "Rep. Ann Wu (D-Md.) argued that the harbour grant was won fairly. Rep. Tom Bell "
        "(R-Ohio) disagreed.\n\n"
        f'"This is a hearing about a press release," {description} said.'
    )
    quote = quote_of(body, "This is a hearing", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "person")
