"""Who spoke, on the shapes real newsroom prose gives names: initials, nicknames,
title-case headlines, families sharing a surname.  All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article, quote_of, registry_of
from retold.analyze import QuoteOptions, analyze_article
from retold.analyze.people import _gender
from retold.analyze.resolved import CONFIDENCE

SPEAKERS = [
    pytest.param(
        "House Speaker Ada Lindgren, R-Grand Rapids, wrote the ferry bill.\n\n"
        "Her father, Tomas Lindgren, built the first ferry.\n\n"
        "“We will pass it again in the spring,” the speaker said.",
        "We will pass",
        "Ada Lindgren",
        id="the-speaker-is-the-one-with-that-title-not-a-state-tag-after-it",
    ),
    pytest.param(
        "Gov. Ada Berg vetoed the ferry bill on Tuesday.\n\n"
        "“The bill was not ready for the winter,” the governor told reporters.\n\n"
        "The governor's spokesman, Jonas Lind, said she would meet the crews next week.",
        "The bill",
        "Ada Berg",
        id="a-possessor-s-role-is-not-the-person-s",
    ),
    pytest.param(
        "Rep. Joanne Bellamy campaigned in Lakeport on Friday for the challenger of Rep. "
        "Nathan Greer.\n\n"
        "“When I got to the harbour board there were four of us,” the congresswoman said.",
        "When I got",
        "Joanne Bellamy",
        id="the-one-holder-of-a-role-of-the-description-s-gender",
    ),
    pytest.param(
        "The ferry debate was held in the Lakeport town hall on Tuesday.\n\n"
        "The Rev. Mirela Dunstan, who leads the harbour chapel, watched from the second row.\n\n"
        "“I came to hear one of them say the word wages,” she said.",
        "I came to hear",
        "Mirela Dunstan",
        id="a-title-s-article-is-no-qualifier",
    ),
    pytest.param(
        "Mayor Ada Berg met the board on Monday.\n\n"
        "In a statement to the Harbour Herald, her senior policy adviser, Jonas Lind, said: "
        "“The ferry will not run this winter at all.”",
        "The ferry",
        "Jonas Lind",
        id="an-opening-phrase-names-who-was-spoken-to-not-the-speaker",
    ),
    pytest.param(
        '"The harbour plan works," said Tomas Verhoek, the port director.\n\n'
        "He is also in favour of the new ferry timetable.\n\n"
        '"If you do not measure it, you cannot fix it," he said.',
        "If you",
        "Tomas Verhoek",
        id="a-pronoun-chain-reaches-two-paragraphs-back",
    ),
    pytest.param(
        '"The harbour plan works," said Tomas Verhoek, the port director.\n\n'
        "The plan adds two piers.\n\n"
        "The council votes on it in May.\n\n"
        '"If you do not measure it, you cannot fix it," he said.',
        "If you",
        "Tomas Verhoek",
        id="a-pronoun-reaches-past-short-paragraphs-while-the-sentences-are-few",
    ),
    pytest.param(
        '"We counted every ballot twice," Marcus Bishop said on Tuesday.\n\n'
        'Mr. Bishop added: "Nothing was left out."',
        "Nothing",
        "Marcus Bishop",
        id="a-title-word-is-a-surname-after-a-given-name-or-mr",
    ),
    pytest.param(
        "Sen. Benjamin L. Cardell met the committee on Monday.\n\n"
        '"That is a clear statement," Cardell said.',
        "That is",
        "Benjamin L. Cardell",
        id="a-middle-initial-is-inside-the-name",
    ),
    pytest.param(
        "Sen. Chuck Grassby spoke on Monday. Later, Sen. Charles Grassby wrote to the court."
        "\n\n“You just can’t equate the two,” Grassby said.",
        "You just",
        "Charles Grassby",
        id="a-nickname-is-the-same-person",
    ),
    pytest.param(
        "Wealthy Donor Lund, Harbour Mayor Share Plans For New Pier\n\n"
        "Peter Lund spoke to the board in Lakeport on Tuesday.\n\n"
        "“We like a lot of the plans,” Lund said.",
        "We like",
        "Peter Lund",
        id="a-title-case-headline-names-no-second-person",
    ),
    pytest.param(
        "Wealthy Harbour-born Lund ‘not sure’ about the pier.\n\nPeter Lund spoke on Monday.\n\n"
        "“We will finish the pier,” Lund said.",
        "We will finish",
        "Peter Lund",
        id="capitals-before-a-surname-are-no-given-name",
    ),
    pytest.param(
        "Martha Lund and Peter Lund run the bakery on the quay.\n\n"
        "“We are closed until Friday,” Mr. Lund said.",
        "We are closed",
        "Peter Lund",
        id="mr-picks-the-man-of-a-family-by-his-first-name",
    ),
    pytest.param(
        "Peter Lund took his daughters Emma Lund and Sarah Lund to the farm.\n\n"
        "“Do you want to feed him?” Mr. Lund asked his daughters.",
        "Do you want",
        "Peter Lund",
        id="the-one-who-asks-his-daughters-is-the-father",
    ),
    pytest.param(
        "Martha Lund and Peter Lund run the bakery on the quay.\n\n"
        "“We are open on Sunday,” Mrs. Lund said.",
        "We are open",
        "Martha Lund",
        id="mrs-picks-the-woman-of-a-family-by-her-first-name",
    ),
    pytest.param(
        "“We will sell the studio,” Karl Vogt, the chief executive of Harbour Freight, said "
        "on Monday.",
        "We will sell",
        "Karl Vogt",
        id="appositive-after-the-name",
    ),
    pytest.param(
        "Lund Tower opened in 1990. Peter Lund spoke at the opening on Monday.\n\n"
        "“The tower is full,” Lund said.",
        "The tower",
        "Peter Lund",
        id="a-building-is-never-the-person",
    ),
    pytest.param(
        "Peter John Lund was sworn in on Monday.\n\n"
        "Peter Lund said, “We will rebuild the pier before winter.”",
        "We will rebuild",
        "Peter John Lund",
        id="a-middle-name-is-the-same-person",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), SPEAKERS)
def test_speaker(body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


def test_a_title_before_a_name_is_no_role_of_what_the_comma_sets_beside_it(
    options: QuoteOptions,
) -> None:
    body = "House Speaker Ada Lindgren, R-Grand Rapids, wrote the ferry bill."
    roles = {p.name: p.roles for p in registry_of(body, options).people}
    assert roles["Ada Lindgren"] == {"speaker"}
    assert not roles.get("R-Grand Rapids")


def test_an_ambiguous_first_name_decides_nothing(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Jordan Lund and Casey Lund run the bakery on the quay.\n\n"
        "“We are closed until Friday,” Mr. Lund said."
    )
    quote = quote_of(body, "We are closed", nlp, options)
    assert (quote.speaker, quote.confidence) == ("Lund", CONFIDENCE["family"])  # not one of them


def test_first_names_carry_a_gender_and_nicknames_a_full_form(options: QuoteOptions) -> None:
    lexicon = options.lexicon
    assert (lexicon.first_names["hillary"], lexicon.first_names["bill"]) == ("f", "m")
    assert "jordan" not in lexicon.first_names
    assert "chris" in lexicon.first_names and lexicon.first_names["chris"] is None
    assert lexicon.nicknames["chuck"] == "charles"
    assert not set(lexicon.nicknames.values()) & set(lexicon.nicknames)  # one step only


INTRO = "Harbour master Peter Lund, 58, toured the quay on Monday.\n\n"

ATTRIBUTED = [
    pytest.param(
        INTRO + "“Go back to the boat,” Lund barked as the guards moved in.",
        ["Go back to the boat,"],
        id="a-verb-of-manner-beside-a-quote",
    ),
    pytest.param(
        INTRO + "“Is the wall too low?” Lund continued. “Is the gate too narrow for the trucks?”",
        ["Is the wall too low? Is the gate too narrow for the trucks?"],
        id="continued-then-more-words",
    ),
    pytest.param(
        INTRO + "“The pier is safe,” Lund told the Herald’s “Morning Show” on Monday. “We "
        "checked every beam.”",
        ["The pier is safe, We checked every beam."],
        id="a-title-quoted-in-the-attribution-does-not-end-it",
    ),
    pytest.param(
        INTRO + "“Everything is open,” Lund said after hinting that “changes” could come. "
        "“Every single post is open.”",
        ["Everything is open, Every single post is open."],
        id="a-word-quoted-in-the-attribution-is-not-the-speaker-s",
    ),
    pytest.param(
        INTRO + "Lund leaned in and boomed: “Let us finish the pier in November.”",
        ["Let us finish the pier in November."],
        id="a-verb-of-manner-before-a-colon",
    ),
]


@pytest.mark.parametrize(("body", "texts"), ATTRIBUTED)
def test_attributed_to_the_speaker(
    body: str, texts: list[str], nlp: Any, options: QuoteOptions
) -> None:
    result = analyze_article(make_article(body, id="a1", outlet=None), nlp, options)
    assert [(q.text, q.speaker) for q in result.quotes] == [(t, "Peter Lund") for t in texts]


def test_a_quote_after_a_new_cue_in_the_sentence_is_no_continuation(
    nlp: Any, options: QuoteOptions
) -> None:
    body = INTRO + (
        "“Too late?” he wrote when Mayor Ada Osei closed the debate with a line from "
        "“Harbour Nights,” remarking, “Thank you all, and good night.”"
    )
    quote = quote_of(body, "Thank you all", nlp, options)
    assert quote.speaker != "Peter Lund"


def test_a_verb_of_manner_alone_reports_nothing(nlp: Any, options: QuoteOptions) -> None:
    body = INTRO + "Lund continued his tour of the harbour and laughed at the gulls."
    result = analyze_article(make_article(body, id="a1", outlet=None), nlp, options)
    assert result.quotes == ()


MORE = [
    pytest.param(
        "The council met on Monday.\n\n“The pier is closed to everyone until Friday,” "
        "Lakeport City Public Advocate Martha Lindqvist said.",
        "The pier",
        "Martha Lindqvist",
        id="a-given-name-starts-the-person-in-a-run-of-capitals",
    ),
    pytest.param(
        "The council met on Monday.\n\n“The pier is closed to everyone until Friday,” "
        "said Virginia Gov. Kerry Halvorsen.",
        "The pier",
        "Kerry Halvorsen",
        id="an-abbreviated-title-after-a-place-that-is-a-given-name-is-no-surname",
    ),
    pytest.param(
        INTRO + "“We told them, ‘Wait, that is our job,’ ” Mr. Lund said.",
        "We told them",
        "Peter Lund",
        id="a-nested-closing-mark-before-the-attribution",
    ),
    pytest.param(
        "The court heard the case on Monday.\n\n“We need him at home because life is hard,” "
        "his wife, Gabriela Violeta Lund, wrote in a letter to the court.",
        "We need him",
        "Gabriela Violeta Lund",
        id="a-family-role-before-an-appositive-name",
    ),
    pytest.param(
        'The council met on Monday.\n\n"It is an expensive way to run a port," said Will '
        "Dorsey, a professor of shipping at Lakeport University.",
        "It is an expensive",
        "Will Dorsey",
        id="a-given-name-that-is-also-a-verb",
    ),
    pytest.param(
        "The council met on Monday.\n\n“Anyone who ignores the rules puts us at risk,” said "
        "harbour resident Dan Golby when asked about the ferry.",
        "Anyone who",
        "Dan Golby",
        id="a-clause-after-the-speaker-is-cut-off",
    ),
    pytest.param(
        'The council met on Monday.\n\n"We will see many more cases like this one," J. '
        "Gerald Holm, director of the Harbour Law Center, said in an interview.",
        "We will see",
        "J. Gerald Holm",
        id="an-initial-opening-the-name",
    ),
    pytest.param(
        "Anna Lund, the daughter of former Mayor Peter Lund, won the primary on Tuesday.\n\n"
        "“We will look forward, not back,” Mr. Lund said.",
        "We will look",
        "Peter Lund",
        id="the-daughter-of-someone-is-not-his-role",
    ),
    pytest.param(
        INTRO + "According to Lund, “The harbour will reopen to ferries in the spring.”",
        "The harbour",
        "Peter Lund",
        id="according-to-before-a-quote",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), MORE)
def test_more_speakers(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


def test_an_outlet_named_with_a_given_name_stays_an_outlet(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "The council met on Monday.\n\n"
        "“The pier is closed to everyone until Friday,” said the St. Louis Post-Dispatch."
    )
    assert quote_of(body, "The pier", nlp, options).speaker_kind != "person"


def test_an_outlet_that_prints_the_words_is_their_source(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "The ferry strike entered its third day.\n\n"
        "“Talks will resume only when the boats sail again,” the Coastline Times reported."
    )
    quote = quote_of(body, "Talks will", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("Coastline Times", "organization")


@pytest.mark.parametrize("body", ["Lakeport Maritime Institution", "Lakeport Harbour Tribunal"])
def test_a_body_named_by_its_head_word_speaks(body: str, nlp: Any, options: QuoteOptions) -> None:
    text = (
        "The old ferry bell went up for sale on Monday.\n\n"
        f"However, the {body} said Thursday on Twitter, “We have never expressed interest "
        "in the bell, and have no plans to.”"
    )
    quote = quote_of(text, "We have never", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (body, "organization")


def test_an_outlet_the_words_are_according_to_is_their_source(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "The ferry strike entered its third day.\n\n"
        "“Talks will resume only when the boats sail again,” according to CNN."
    )
    quote = quote_of(body, "Talks will", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("CNN", "organization")


def test_an_outlet_spoken_to_is_not_the_source(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "The ferry strike entered its third day.\n\n"
        "In a statement to the Coastline Times, a union spokesman said: "
        "“Talks will resume only when the boats sail again.”"
    )
    assert quote_of(body, "Talks will", nlp, options).speaker != "Coastline Times"


SHARED_SURNAMES = [
    pytest.param(
        "Marta Kovac and her father, Ivo Kovac, both ran for the board.\n\n"
        "Ivo Kovac spoke first at the town hall on Monday.\n\n"
        "“The budget is a promise we must keep,” Kovac said.",
        "The budget",
        "Ivo Kovac",
        id="the-one-named-last-nearby-of-a-family",
    ),
    pytest.param(
        "Neither Varga nor her rivals came to the hearing.\n\n"
        "Senator Helena Varga sent a statement instead.\n\n"
        "“We will vote against the bridge tolls,” Varga said.",
        "We will vote",
        "Helena Varga",
        id="a-capitalised-opening-word-is-no-given-name",
    ),
]


# A father and son, a husband and wife: the one the words before the surname mark
# ('the elder', 'the younger', 'Jr.'), else the only one met so far.
QUAY = (
    "Harbour master Peter Brandt Jr. and his father, Peter Brandt, spoke at the opening of "
    "the quay on Monday.\n\nThe quay cost more than planned.\n\n"
    "The council will vote on the timetable in March.\n\n"
)
GENERATIONS = [
    pytest.param(
        QUAY + "“I built the first pier here in 1970,” the elder Brandt said.",
        "I built",
        "Peter Brandt",
        id="the-elder-is-the-one-without-jr",
    ),
    pytest.param(
        QUAY + "“My father built the first pier,” the younger Mr. Brandt said.",
        "My father",
        "Peter Brandt Jr.",
        id="the-younger-mr-is-the-one-with-jr",
    ),
    pytest.param(
        QUAY + "“The pier is older than the town,” Brandt Sr. said.",
        "The pier is",
        "Peter Brandt",
        id="sr-after-the-surname-is-the-one-without-jr",
    ),
    pytest.param(
        QUAY + "“The pier is older than the town,” Peter Jr. said.",
        "The pier is",
        "Peter Brandt Jr.",
        id="jr-after-the-given-name",
    ),
    pytest.param(
        QUAY + "The elder Brandt, who is 80, watched from a bench.\n\n"
        "The band played until dark.\n\n"
        "The ferry will run until the ice comes.\n\n"
        "“The pier is older than the town,” Brandt said.",
        "The pier is",
        "Peter Brandt Jr.",
        id="the-one-never-marked-when-the-other-is-called-the-elder",
    ),
    pytest.param(
        "Marko Kovac piloted the night ferry for ten years. Marko Kovac was at the helm "
        "when the storm came, and Marko Kovac brought every passenger home.\n\n"
        "The board blamed the weather. However, Ana Kovac, the mother of Marko Kovac, "
        "rejected that.\n\n"
        "“They knew the boat was not safe,” Kovac said.",
        "They knew",
        "Ana Kovac",
        id="not-the-one-named-most-where-both-are-named-in-the-passage",
    ),
    pytest.param(
        QUAY + "“The pier is older than the town,” his father said.",
        "The pier is",
        "Peter Brandt",
        id="his-father-is-the-one-the-article-calls-the-father",
    ),
    pytest.param(
        "The new quay in Lakeport opened on Monday.\n\n"
        "Mayor Ivo Brandt Jr. cut the ribbon.\n\n"
        "The quay cost more than planned.\n\n"
        "“The ferry will run all winter,” Brandt said.\n\n"
        "His father, Ivo Brandt, ran the ferry for thirty years.",
        "The ferry",
        "Ivo Brandt Jr.",
        id="the-son-met-before-his-father-is-named",
    ),
    pytest.param(
        "The ferry company met on Monday.\n\n"
        "Ann Marsh chairs its board.\n\n"
        "The company lost money last year.\n\n"
        "The council wants to buy it.\n\n"
        "“We will not sell the boats,” Marsh said.\n\n"
        "Her husband, Tom Marsh, founded the company in 1990.",
        "We will not",
        "Ann Marsh",
        id="the-wife-met-before-her-husband-is-named",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), SHARED_SURNAMES + GENERATIONS)
def test_a_shared_surname(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


def test_a_shared_surname_is_the_headline_s_person(nlp: Any, options: QuoteOptions) -> None:
    """Two namesakes named in full once each; the headline names one of them (without
    the headline, the one who last opened a sentence: Paul)."""
    body = (
        "Senator Helen Ostrander spent the morning at the school where her brother taught.\n\n"
        "The school's head, Paul Ostrander, retired last year after thirty years.\n\n"
        "The school was closed for a week after the storm, and the town still talks of it.\n\n"
        '"I did not know what I wanted to do in the Senate until that winter," Ostrander said.'
    )
    title = "How one winter gave Helen Ostrander a cause"
    assert quote_of(body, "I did", nlp, options, title=title).speaker == "Helen Ostrander"


# A pronoun's antecedent: the person a sentence opens with, read as a speaker's surname
# is read; not a name that only qualifies a noun, nor the one the speaker talks to.
PRONOUNS = [
    pytest.param(
        "Mayor Tomas Berg opened the harbour fair on Monday with Governor Ivo Lund.\n\n"
        "The governor did not stay long.\n\n"
        "“We will be back next year with the whole cabinet,” he said.",
        "We will be back",
        "Ivo Lund",
        id="a-sentence-opening-with-a-role-one-person-holds",
    ),
    pytest.param(
        "The harbour board met in Lakeport on Monday.\n\n"
        "“The pier is not safe,” Mr. Osterlund said.\n\n"
        "“We will close it before the winter storms,” he added.",
        "We will close",
        "Osterlund",
        id="a-pronoun-after-a-titled-surname-never-named-in-full",
    ),
    pytest.param(
        "Nora Quist and her brother Anton Quist ran the ferry for years. Nora Quist spoke "
        "first at the hearing, and Nora Quist answered every question.\n\n"
        "Quist then turned to the council.\n\n"
        "“We never missed a crossing,” she said.",
        "We never",
        "Nora Quist",
        id="a-family-surname-subject-is-the-one-the-article-is-about",
    ),
    pytest.param(
        "Lena Ostrova opened the harbour fair on Saturday.\n\n"
        "“Every stall is full this year,” she said.",
        "Every stall",
        "Lena Ostrova",
        id="a-given-name-makes-a-subject-a-person",
    ),
    pytest.param(
        "Senator Dana Molver spoke on Monday.\n\n"
        "Molver campaign manager Robert Pike released a memo on Tuesday.\n\n"
        "“The lead cannot be taken away,” he wrote.",
        "The lead",
        "Robert Pike",
        id="a-name-that-qualifies-a-noun-is-no-subject",
    ),
    pytest.param(
        "Mayor Ivo Brandt met dock workers on Monday. Brandt listened.\n\n"
        "Thomas Eklund stood up.\n\n"
        "“We have waited ten years for the crane,” he told Brandt.",
        "We have waited",
        "Thomas Eklund",
        id="the-one-spoken-to-is-not-the-speaker",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), PRONOUNS)
def test_pronoun_antecedent(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


def test_the_one_spoken_to_is_never_the_pronoun(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Mayor Ivo Brandt met dock workers on Monday.\n\n"
        "“We have waited ten years for the crane,” he told Brandt."
    )
    assert quote_of(body, "We have waited", nlp, options).speaker is None


FAMILIES = [
    pytest.param(
        "The brothers Paul Varga and Ivan Varga act in the harbour play. Paul Varga also "
        "wrote it, and Ivan Varga sings.\n\n"
        "Ivan Varga spoke after the show on Sunday.\n\n"
        "He thanked the crew and the band.\n\n"
        "“The play is about the sea and nothing else,” Varga said.",
        "The play",
        "Ivan Varga",
        id="of-a-family-the-one-who-last-spoke-or-opened-a-sentence",
    ),
    pytest.param(
        "Mayor Ada Varga opened the new quay in Lakeport on Monday.\n\n"
        "The crowd was large, and the band played until dark.\n\n"
        "Her brother, the boat builder Ivan Varga, built the first ferry in 1990.\n\n"
        "The quay cost more than planned.\n\n"
        "The council will vote on the timetable in March.\n\n"
        "“The ferry will run all winter,” Varga said.",
        "The ferry",
        "Ada Varga",
        id="of-a-family-the-one-the-first-paragraph-names",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), FAMILIES)
def test_family_surname(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


@pytest.mark.parametrize(
    "attribution", ["said Molnar, who returned from Rome", "Molnar, 58, said on Monday"]
)
def test_a_bare_surname_marked_as_a_person(
    attribution: str, nlp: Any, options: QuoteOptions
) -> None:
    body = f"The harbour closed on Monday.\n\n“The quay is under threat from the storm,” {attribution}."
    assert quote_of(body, "The quay", nlp, options).speaker == "Molnar"


def test_a_glued_headline_name_does_not_replace_the_person(options: QuoteOptions) -> None:
    """Live-blog headers glue a time to a name ('10:35 PMAnna Lindqvist Says ...'); the
    person named in full in the text stays, whatever order a set iterates in."""

    body = (
        "Anna Lindqvist answered questions on the quay.\n\n"
        "February 6, 2016 10:35 PMAnna Lindqvist Says She Would Close The Quay\n\n"
        "Anna Lindqvist Promises New Ferries For The Harbour\n\n"
        "Anna Lindqvist Visits The Old Pier Today"
    )
    registry = registry_of(body, options)
    assert [p.name for p in registry.people if p.last == "lindqvist"] == ["Anna Lindqvist"]


FAMILIES_AND_AGES = [
    # 'His father, Leonard Kittle, 79, ...' makes Leonard the elder: 'The younger Mr.
    # Kittle' is the son, Rep. Dwayne Kittle, though no suffix tells them apart.
    pytest.param(
        (
            "State Rep. Dwayne Kittle has been the most sought-after man in the capital.\n\n"
            "His father, Leonard Kittle, 79, was at the table too. He was blunt about it.\n\n"
            'The younger Mr. Kittle laughed. "He has been saying that since I was twelve."'
        ),
        "He has been",
        "Dwayne Kittle",
        id="the-younger-of-a-family-by-a-parent-s-role",
    ),
    # 'Quill has insisted ..., and on Tuesday she bristled' then '"...," she said': of
    # Marisol and Diego Quill, the surname there is a woman's, so 'she' is Marisol.
    pytest.param(
        (
            "Marisol Quill led the recall. Her son, Diego Quill, ran its phone bank.\n\n"
            'Bev Ostrander, the acting mayor, spoke first. "It is a serious night," she said.\n\n'
            "The campaign drew money from outside the city. Quill has insisted the effort was "
            "homegrown, and on Tuesday she bristled at a question about it.\n\n"
            '"They showed up in April. We started in September," she said.'
        ),
        "They showed up",
        "Marisol Quill",
        id="a-pronoun-in-the-surname-s-sentence-tells-the-family-member",
    ),
    # 'The 71-year-old said' is Walt Harlan, printed 'Walt Harlan, 71,', though Brent
    # Sayer, also a man, spoke just before.
    pytest.param(
        (
            "Walt Harlan, 71, and Brent Sayer, 52, met for the last debate on Tuesday.\n\n"
            '"He had four years to fix the prisons," Sayer said.\n\n'
            '"I balanced four budgets in a row," the 71-year-old said.'
        ),
        "I balanced",
        "Walt Harlan",
        id="an-age-names-the-one-printed-with-it",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), FAMILIES_AND_AGES)
def test_a_family_member_or_an_age_told_apart(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """Which of a family a surname means, by a parent's role or a pronoun in its sentence;
    whom an age names, by the age printed with a name."""
    assert quote_of(body, start, nlp, options).speaker == speaker


def test_capitals_of_a_heading_alone_name_no_one(options: QuoteOptions) -> None:
    """A heading in title case capitalises every word: its runs of capitals name a
    person only where the text names them too ('Lindqvist' below), not 'Very Seriously'
    nor 'Can Varga'."""
    body = (
        "Lindqvist Takes Talk Of A Third Ferry 'Very Seriously.'\n\n"
        "Can Varga Stop The Harbour Plan Before The Winter?\n\n"
        "Anna Lindqvist answered questions on the quay on Monday and said the board would "
        "vote in March."
    )
    names = sorted(p.name for p in registry_of(body, options).people)
    assert names == ["Anna Lindqvist"]


def _recogniser(prep: Any, name: str, readings: list[str]) -> Any:
    """Sentences whose parse gives ``name`` the entity types ``readings``, in order."""
    from retold.analyze.context import Sentences
    from retold.analyze.parsed import Parsed, ParsedToken

    parses: dict[str, Parsed] = {}
    offsets = [k for k in range(len(prep.body)) if prep.body.startswith(name, k)]
    for offset, reading in zip(offsets, readings, strict=True):
        p = next(q for q in prep.paragraphs if q.start <= offset < q.end)
        found = Sentences({}, set())
        si, sj = p.sentence_of(prep.index(p.index, offset))
        found.parse(prep, p.index, si, sj)
        (text,) = found.needs
        start = prep.body.index(text, p.start)
        at = offset - start
        parses[text] = Parsed(
            text, (ParsedToken(at, at + len(name), name, "NNP", "nsubj", 0, reading),)
        )
    return Sentences(parses, set())


def _resolved(body: str, word: str, readings: list[str], options: QuoteOptions) -> Any:
    """The quotes of ``body``, speakers resolved, the recogniser giving ``word`` the
    entity types ``readings`` (``_recogniser``)."""
    from retold.analyze.context import prepare
    from retold.analyze.direct import direct_quotes
    from retold.analyze.pipeline import _setup
    from retold.analyze.speakers import resolve_quotes

    setup = _setup(options, [])
    prep = prepare("a1", body, setup.book, setup.pattern)
    found = direct_quotes(prep).found
    quoted = [(s.open, s.last) for s in prep.spans]
    return resolve_quotes(prep, found, quoted, _recogniser(prep, word, readings))


@pytest.mark.parametrize(
    ("readings", "person"),
    [
        (["ORG", "PERSON", "PERSON"], True),  # the article's other sentences outvote
        (["PERSON", "ORG", "ORG"], True),  # the attribution's own sentence decides
        (["ORG", "PERSON", "ORG"], False),
        (["", "", ""], False),
    ],
)
def test_a_bare_surname_keeps_one_sense_in_an_article(
    readings: list[str], person: bool, options: QuoteOptions
) -> None:
    from retold.analyze.attribution import SpeakerPhrase
    from retold.analyze.context import prepare
    from retold.analyze.pipeline import _setup
    from retold.analyze.readings import a_person

    body = (
        "“The pier is closing,” Kowalczyk said.\n\n"
        "Kowalczyk spoke on Monday.\n\nLater Kowalczyk left the quay."
    )
    setup = _setup(options, [])
    prep = prepare("a1", body, setup.book, setup.pattern)
    at = body.index("Kowalczyk")
    phrase = SpeakerPhrase("surname", at, at + 9, "Kowalczyk", "Kowalczyk", None, None)
    assert a_person(prep, phrase, _recogniser(prep, "Kowalczyk", readings)) is person


@pytest.mark.parametrize(
    ("readings", "speakers"),
    [
        # read as a person where one quote is attributed: the speaker of both
        (["PERSON", "ORG", "ORG", "ORG"], ["person", "person"]),
        (["ORG", "ORG", "ORG", "PERSON"], ["person", "person"]),
        # a person only where no quote is attributed: the article's other sentences
        # outvote it, as before; a name, of no kind the text tells
        (["ORG", "PERSON", "ORG", "ORG"], ["unknown", "unknown"]),
    ],
)
def test_a_bare_surname_that_speaks_keeps_one_sense(
    readings: list[str], speakers: list[str], options: QuoteOptions
) -> None:
    body = (
        "“The pier is closing,” Kowalczyk said.\n\n"
        "Kowalczyk won the contract. Later Kowalczyk left the quay.\n\n"
        "“We will reopen it in spring,” Kowalczyk said."
    )
    quotes = _resolved(body, "Kowalczyk", readings, options)
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [("Kowalczyk", k) for k in speakers]


@pytest.mark.parametrize(
    ("attribution", "word", "speaker"),
    [
        ("the Harbour Line said", "Harbour", ("Harbour Line", "organization")),
        ("the Lindqvists said", "Lindqvists", (None, "unknown")),  # Anna Lindqvist's family
        ("the Harbour Senator said", "Harbour", (None, "unknown")),  # a role
        # a bare name may be a surname: a name of no kind the text tells
        ("Harbourline said", "Harbourline", ("Harbourline", "unknown")),
    ],
)
def test_the_and_a_name_read_as_an_organisation_speaks_for_it(
    attribution: str, word: str, speaker: tuple[str | None, str], options: QuoteOptions
) -> None:
    body = f"Anna Lindqvist runs the ferry.\n\n“The ferry will not run on Sunday,” {attribution}."
    (quote,) = _resolved(body, word, ["ORG"], options)
    assert (quote.speaker, quote.speaker_kind) == speaker


def test_a_surname_the_word_lists_read_as_a_place_is_the_person_named(
    options: QuoteOptions,
) -> None:
    # 'Conway' is also the other name of a Welsh town (data/aliases.toml)
    body = (
        "Nora Conway runs the harbour board.\n\n"
        '"The pier stays open all winter," Conway notes. "The boats need it."'
    )
    assert quote_of(body, "The pier", None, options).speaker == "Nora Conway"


@pytest.mark.parametrize(
    ("roles", "titles", "gender"),
    [
        ({"brother", "sister"}, (), None),  # the roles disagree: no gender, in any set order
        ({"sister", "spokeswoman"}, (), "f"),
        ({"brother"}, ("Ms.",), "f"),  # the person's own title wins over a role near the name
        (set(), (), None),
    ],
)
def test_gender_from_titles_and_agreeing_roles(
    roles: set[str], titles: tuple[str, ...], gender: str | None
) -> None:
    assert _gender(roles, titles, QuoteOptions().lexicon) == gender


@pytest.mark.parametrize(
    "middle",
    [
        "The plan adds two piers. It also dredges the channel. Work starts in June.\n\n"
        "The council votes on it in May. Three members are undecided. One is away.\n\n",
        "The council, which met on Tuesday in the old town hall after a long delay, asked "
        "Ivo Brandt to review it.\n\n"
        "The vote is in May.\n\n",
    ],
    ids=["many-sentences", "someone-else-named-since"],
)
def test_a_pronoun_does_not_reach_three_paragraphs_back(
    middle: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        '"The harbour plan works," said Tomas Verhoek, the port director.\n\n'
        + middle
        + '"If you do not measure it, you cannot fix it," he said.'
    )
    assert quote_of(body, "If you", nlp, options).speaker is None


BARE_NAMES = [
    # a one-word name nobody in the article is named with, that the recogniser reads
    # as nothing: the name, of no kind the text tells (a person or a body)
    ("“The pier will close,” Brannock said.", "Brannock", [""], ("Brannock", "unknown")),
    ("According to Brannock, “the pier will close.”", "Brannock", [""], ("Brannock", "unknown")),
    # read as an organisation wherever the article prints it
    (
        "Brannock built the pier. “The pier will close,” Brannock said.",
        "Brannock",
        ["ORG", "ORG"],
        ("Brannock", "organization"),
    ),
    # read as an organisation, but spoken of as a person: of no kind the text tells
    (
        "Brannock built the pier. “The pier will close,” Brannock said, and he left.",
        "Brannock",
        ["ORG", "ORG"],
        ("Brannock", "unknown"),
    ),
    # no name of its own
    ("“The pier will close,” Lakeland said.", "Lakeland", ["GPE"], (None, "unknown")),
    ("Brannock.\n\nBrannock said: “The pier will close.”", "Brannock", ["", ""], (None, "unknown")),
    ("“The pier will close,” Sophie said.", "Sophie", [""], (None, "unknown")),  # given name
    (
        "The Brannock is a boat. “It will close,” Brannocks said.",
        "Brannock",
        ["", ""],
        (None, "unknown"),
    ),
    ("We met. “The pier will close,” Met said.", "Met", [""], (None, "unknown")),
    ("“The pier will close,” Sources said.", "Sources", [""], (None, "unknown")),
    ("The town’s Brannock said: “The pier will close.”", "Brannock", [""], (None, "unknown")),
]


@pytest.mark.parametrize(("text", "word", "readings", "speaker"), BARE_NAMES)
def test_a_bare_name_no_rule_settles(
    text: str,
    word: str,
    readings: list[str],
    speaker: tuple[str | None, str],
    options: QuoteOptions,
) -> None:
    quotes = _resolved(f"Anna Lindqvist runs the ferry.\n\n{text}", word, readings, options)
    assert [(q.speaker, q.speaker_kind) for q in quotes if q.kind == "direct"] == [speaker]


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # a role word alone that the article uses as a surname: the person
        ("The pier closed.\n\n“The car never stopped,” King, 39, told reporters.", "King"),
        ("Zadie King saw the crash.\n\n“The car never stopped,” King told reporters.", "King"),
        # a role before a name: never a name of its own
        ("The pier closed.\n\n“The car never stopped,” said Secretary of the Port Ann Lee.", None),
    ],
)
def test_a_role_word_alone_as_a_surname(
    body: str, speaker: str | None, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, "The car", nlp, options)
    assert quote.speaker == speaker
    assert speaker is None or quote.speaker_kind == "person"


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        # an outlet's one-word name that is the surname of someone named: the person
        (
            "Mayor Don Guardian opened the quay.\n\n“The pier will close,” said Guardian.",
            ("Don Guardian", "person"),
        ),
        # spoken of as a thing: the outlet
        (
            "Mayor Don Guardian opened the quay.\n\n"
            "“The pier will close,” Guardian reported in its weekly edition.",
            ("Guardian", "organization"),
        ),
    ],
)
def test_an_outlet_name_that_is_a_person_or_a_word(
    body: str, speaker: tuple[str | None, str], nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, "The pier", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == speaker


def test_an_outlet_name_the_article_prints_in_lower_case_is_a_word(
    options: QuoteOptions,
) -> None:
    from retold.analyze.attribution import SpeakerPhrase
    from retold.analyze.context import Found, prepare
    from retold.analyze.pipeline import _setup
    from retold.analyze.readings import publishing

    setup = _setup(options, [])
    for body, printed in [
        ("The people marched.\n\nPeople demand “Keep the Pier Open”.", False),
        ("The crowd marched.\n\nPeople reports “Keep the Pier Open”.", True),
    ]:
        prep = prepare("a1", body, setup.book, setup.pattern)
        at = body.index("People")
        phrase = SpeakerPhrase("outlet", at, at + 6, "People", "People", None, None)
        quote = body.index("“")
        item = Found("direct", "prefix", ((quote, len(body)),), None, 1)
        assert publishing(prep, item, phrase) is printed


def test_a_surname_a_family_shares_is_printed_when_no_rule_tells_which(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Ann Marsh and Tom Marsh have run the Lakeport ferry company together since 1990.\n\n"
        "The council wants to buy it.\n\n"
        "“We will not sell the boats to anyone who cannot sail them,” Marsh said."
    )
    quote = quote_of(body, "We will not sell", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("Marsh", "person")
    assert quote.confidence < CONFIDENCE["salient"]


def test_no_family_surname_inside_a_description_of_someone_else(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Ann Marsh and Tom Marsh have run the Lakeport ferry company together since 1990.\n\n"
        "“We will not sell the boats to anyone who cannot sail them,” one pilot working "
        "for Mr. Marsh said."
    )
    assert quote_of(body, "We will not sell", nlp, options).speaker != "Marsh"


@pytest.mark.parametrize(
    ("attributed", "speaker"),
    [
        ("“{q},” according to a court document filed by state attorney Dana Orrin.", "Dana Orrin"),
        ("According to a statement from harbour master Arvid Holm, “{q}.”", "Arvid Holm"),
        ("“{q},” Holm's statement said.", "Arvid Holm"),
    ],
)
def test_a_document_speaks_for_whoever_it_names_as_its_issuer(
    attributed: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Harbour master Arvid Holm and state attorney Dana Orrin spoke on Monday.\n\n"
        + attributed.format(q="The channel will stay closed until Friday")
    )
    quote = quote_of(body, "The channel", nlp, options)
    assert quote.speaker == speaker
    assert quote.confidence <= CONFIDENCE["issuer"]  # the document's words, not theirs


def test_a_document_of_no_one_named_leaves_the_sentence_s_speaker(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Harbour master Arvid Holm spoke on Monday.\n\n"
        "According to the school's post, Holm said the channel “will stay closed until "
        "the dredgers arrive from the mainland.”"
    )
    assert quote_of(body, "will stay closed", nlp, options).speaker == "Arvid Holm"


def test_a_given_name_from_many_languages_marks_a_person(nlp: Any, options: QuoteOptions) -> None:
    """'Ximena Ortega's campaign' after 'in': a given name the lists know makes the name a
    person's, not a place's, so 'Ms. Ortega' and the quote paragraph after her are hers."""
    body = (
        "The rally was bigger than anyone in Ximena Ortega’s campaign had expected.\n\n"
        "Ms. Ortega spoke for an hour.\n\n"
        "“Every harbour town has a ferry it cannot afford.”"
    )
    assert quote_of(body, "Every harbour", nlp, options).speaker == "Ximena Ortega"
