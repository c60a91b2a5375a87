"""Speakers named outside the usual 'X said': signature lines after a quote, bodies a
proper name makes definite ('Lindqvist's office'), a surname titled elsewhere in the
article, a sentence that is only an attribution before the quote, a verb after
'before'/'by' speaking for the sentence's subject.  All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions
from retold.analyze.resolved import CONFIDENCE

SIGNED = [
    pytest.param(
        "The claims from the second debate, checked.\n\n"
        '"We will not raise taxes on a single working family."\n\n'
        "- Maria Ostrander.\n\n"
        "The plan she published in May does raise two of them.",
        "We will not",
        "Maria Ostrander",
        id="a-dashed-line-signs-the-quote-above",
    ),
    pytest.param(
        "Governor Paul Wendt spoke first.\n\n"
        '"Our roads are the best kept in the region, and everybody knows it."\n\n'
        "- Wendt.\n\n"
        "Two surveys rank them fourth.",
        "Our roads",
        "Paul Wendt",
        id="a-dashed-surname-is-the-person-named-in-full",
    ),
    pytest.param(
        "Economists were less sure.\n\n"
        '"Interest rates will have to stay high for a long while yet.\n\n'
        'Henrik Dale, Institute for Fiscal Studies."\n\n'
        "The central bank meets again in June.",
        "Interest rates",
        "Henrik Dale",
        id="a-name-line-closing-the-quote-mark-signs-it",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), SIGNED)
def test_a_signature_line_names_the_speaker(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, start, nlp, options)
    assert (quote.speaker, quote.shape) == (speaker, "signature")


def test_a_dashed_line_that_names_no_one_signs_nothing(nlp: Any, options: QuoteOptions) -> None:
    body = (
        '"We will not raise taxes on a single working family."\n\n'
        "- in the second debate, on Tuesday.\n\n"
        "The plan does raise two of them."
    )
    quote = quote_of(body, "We will not", nlp, options)
    assert quote.speaker is None
    assert quote.shape == "unattributed"


def test_a_name_line_with_a_verb_is_no_signature(nlp: Any, options: QuoteOptions) -> None:
    body = (
        '"Interest rates will have to stay high for a long while yet.\n\n'
        'Henrik Dale says the bank agrees."\n\n'
        "The central bank meets again in June."
    )
    quote = quote_of(body, "Interest rates", nlp, options)
    assert quote.shape != "signature"


BODIES = [
    pytest.param(
        "Senator Ana Lindqvist spoke on Monday.\n\n"
        '"We have nothing to add to the record," Lindqvist’s office said.',
        "We have",
        "Lindqvist’s office",
        id="a-possessive-office",
    ),
    pytest.param(
        'Jon Varga leads the polls.\n\n"The numbers speak for themselves," the Varga campaign said.',
        "The numbers",
        "Varga campaign",
        id="a-campaign-named-by-its-candidate",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), BODIES)
def test_a_body_a_name_makes_definite_is_the_source(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, start, nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "organization")


def test_a_body_with_no_name_is_described(nlp: Any, options: QuoteOptions) -> None:
    body = '"We have nothing to add to the record," the company said.'
    quote = quote_of(body, "We have", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("the company", "description")


def test_a_surname_titled_elsewhere_with_a_given_name_is_a_person(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Northland Sen. Al Lansing spoke at the rally.\n\n"
        '"Look at what you built here," Lansing said.'
    )
    # 'Al' is a given name here, not the particle of 'al-Assad': the full name
    assert quote_of(body, "Look at", nlp, options).speaker == "Al Lansing"


LATER = [
    pytest.param(
        "Ana Lindqvist, the spokeswoman for the Northland party, said in a statement. "
        "“We are proud of the turnout and of every volunteer who knocked on doors.”",
        "We are proud",
        "Ana Lindqvist",
        id="a-sentence-that-is-only-an-attribution",
    ),
    pytest.param(
        'Jon Varga agreed. "We are proud of the turnout and of every volunteer here."',
        "We are proud",
        "Jon Varga",
        id="a-speaker-and-a-verb-alone",
    ),
    pytest.param(
        '"If they pick the judges, there is nothing you can do," Jon Varga said before '
        'adding: "Though the harbour people, maybe there is, I do not know."',
        "Though the",
        "Jon Varga",
        id="said-before-adding",
    ),
    pytest.param(
        "Mayor Ines Okafor spoke after the ruling.\n\n"
        "Okafor continued by saying, “The ruling tells us nothing new about the ballots.”",
        "The ruling",
        "Ines Okafor",
        id="continued-by-saying",
    ),
    pytest.param(
        'Senator Dale Brookner shouted "we will win this fight" as the governor left.',
        "we will win",
        "Dale Brookner",
        id="a-clause-of-time-after-the-quote-is-no-attribution",
    ),
    pytest.param(
        'Senator Dale Brookner opened the rally.\n\n"We will win this fight," as Brookner put it.',
        "We will win",
        "Dale Brookner",
        id="as-the-speaker-put-it",
    ),
    pytest.param(
        "Senator Dale Brookner spoke on Monday.\n\nBrookner himself acknowledged in a "
        'radio interview "it will be very hard for us to win" if the count goes on.',
        "it will be",
        "Dale Brookner",
        id="a-reflexive-after-the-subject",
    ),
    pytest.param(
        "Wes Barlow went further. Standing outside the courthouse on Friday, Barlow accused "
        'the clerk of trying to "change the rules after the votes are counted."',
        "change the rules",
        "Wes Barlow",
        id="accused-of-a-gerund-completed-by-the-quote",
    ),
    pytest.param(
        "Councilman Pete Haskins praised the mayor for showing "
        '"the courage of her convictions on the harbor."',
        "the courage",
        "Pete Haskins",
        id="praised-for-a-gerund-whose-object-is-the-quote",
    ),
    pytest.param(
        "The Harbor Taxpayers Forum said in a statement that it would "
        '"remember this vote in August," when the state holds its primaries.',
        "remember this",
        "Harbor Taxpayers Forum",
        id="an-organisation-whose-name-ends-in-forum",
    ),
    pytest.param(
        "Relatives of the victims spoke at the rally on Friday.\n\n"
        '"Senator Maddox voted twice to protect gun dealers from being held accountable," '
        "Springfield City Comptroller Dana Whitlow said.",
        "Senator Maddox",
        "Dana Whitlow",
        id="a-local-office-before-a-given-name-no-list-knows",
    ),
    pytest.param(
        "Fans lined the pier on Sunday.\n\n"
        "Tennis great Kris Marshal opened the season. Marshal says the new courts "
        '"talked the talk and walked the walk."',
        "talked the talk",
        "Kris Marshal",
        id="a-given-name-of-either-gender",
    ),
    pytest.param(
        "Supporters crowded the floor.\n\n"
        '"This is fantastic!" beamed Dale Brookner of Dayton, who snuck in from the guest '
        "seats.",
        "This is fantastic",
        "Dale Brookner",
        id="a-verb-of-manner-beside-the-quote",
    ),
    pytest.param(
        "The recall passed on Tuesday.\n\n"
        "Within an hour of the result, the state Democratic Party's executive director, "
        'Rhonda Vail, was on X calling the recall "a hostile takeover dressed up as democracy."',
        "a hostile takeover",
        "Rhonda Vail",
        id="a-name-in-apposition-to-a-described-subject",
    ),
    pytest.param(
        "Mayor Lena Osei debated her rival on Tuesday.\n\n"
        'Osei shot back that her rival had "never run anything bigger than a bake sale."',
        "never run anything",
        "Lena Osei",
        id="shot-back-that",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), LATER)
def test_the_speaker_of_a_quote_after_its_attribution(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker == speaker


NOT_THEIRS = [
    pytest.param(
        "Ana Lindqvist thanked Jon Varga for saying "
        '"the harbour will never close while I am the mayor of this town".',
        "the harbour",
        id="thanked-for-saying-is-not-the-subject-s-words",
    ),
    pytest.param(
        'Governor Ruth Calloway arrived late. The crowd chanted "Lock them all up" as the '
        "governor spoke.",
        "Lock them",
        id="the-speaker-of-a-clause-of-time-after-the-quote",
    ),
]


@pytest.mark.parametrize(("body", "start"), NOT_THEIRS)
def test_no_speaker_from_a_subject_that_did_not_say_it(
    body: str, start: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, start, nlp, options).speaker is None


def test_a_sentence_that_reports_a_clause_is_no_bare_attribution(
    nlp: Any, options: QuoteOptions
) -> None:
    """The sentence rules leave the quote after 'X said (that) ...' unattributed; only
    the rules that read around a quote (``retold.analyze.nearby``) give it the speaker
    of the statement just before, less sure than any sentence rule."""
    body = (
        'Jon Varga said the count was wrong. "We are proud of every volunteer here, all of them."'
    )
    quote = quote_of(body, "We are proud", nlp, options)
    assert (quote.speaker, quote.shape) == ("Jon Varga", "nearby")
    assert quote.confidence <= CONFIDENCE["nearby"]


@pytest.mark.parametrize(
    ("clause", "speaker"),
    [
        (
            "that Lund can win the vote, said Steve Ellison, a former harbour master",
            "Steve Ellison",
        ),
        ("if she did not win by more, said Dana Whitlock, an analyst", "Dana Whitlock"),
    ],
)
def test_a_reporting_verb_after_a_clause_beats_the_clause_verb(
    clause: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """'"...," that X can win, said Y': the parse's nearest verb is 'win'; the reporting
    verb of the word lists is the cue."""
    body = f'The harbour vote was close.\n\n"It seems very unlikely" {clause}.'
    assert quote_of(body, "It seems", nlp, options).speaker == speaker


@pytest.mark.parametrize(
    ("body", "speaker"),
    [
        pytest.param(
            "House Majority Leader Ivo Brandt spoke after the vote.\n\n"
            '"We will not close the pier," Senate Minority Leader Hal M. Ruddock (D-Nev.) said.',
            "Hal M. Ruddock",
            id="a-party-and-state-tag-after-the-name",
        ),
        pytest.param(
            "The harbour vote was held on Monday.\n\n"
            "“We will not close the pier,” said Air Force 2nd Lt. Tyler Marsh.",
            "Tyler Marsh",
            id="an-ordinal-in-a-title",
        ),
        pytest.param(
            "Columnist George Will wrote about the harbour on Sunday.\n\n"
            "“We will not close the pier,” Will wrote.",
            "George Will",
            id="a-given-name-that-is-also-a-modal-alone-before-the-verb",
        ),
    ],
)
def test_a_name_the_word_lists_could_misread(
    body: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert quote_of(body, "We will not", nlp, options).speaker == speaker


def test_will_opening_a_sentence_is_no_speaker(nlp: Any, options: QuoteOptions) -> None:
    body = "George Will wrote on Sunday.\n\n“The pier is safe.” Will said the board, “is lying.”"
    assert quote_of(body, "The pier", nlp, options).speaker != "George Will"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        pytest.param(
            "Harbour delegate Bill Eastman, wearing a cap and “Lund” campaign pins, said",
            "Bill Eastman",
            id="a-name-in-quotes-inside-the-attribution",
        ),
        pytest.param(
            "Nora Quist, the polling guru who founded harbourstats.com tweeted on Wednesday",
            "Nora Quist",
            id="a-relative-clause-up-to-the-verb",
        ),
        pytest.param(
            "Peter Lund, the harbour candidate and current polling leader in the county by a "
            "wide margin after winning both of the spring primaries, said when asked",
            "Peter Lund",
            id="an-appositive-of-twenty-words",
        ),
    ],
)
def test_an_attribution_with_an_aside(
    attribution: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = f"The harbour fair closed on Sunday.\n\n“We have had better fairs than this one,” {attribution}."
    assert quote_of(body, "We have had", nlp, options).speaker == speaker


def test_a_quote_after_the_attribution_still_ends_it(nlp: Any, options: QuoteOptions) -> None:
    body = "The fair closed.\n\n“We are done,” said Nora Quist, “and tired.”"
    assert quote_of(body, "We are done", nlp, options).text == "We are done, and tired."


@pytest.mark.parametrize(
    ("sentence", "start", "speaker"),
    [
        pytest.param(
            "Comedian Sara Lindgren, herself a ferry fan, drew boos upon saying, “The board "
            "heard the passion of the people.”",
            "The board",
            "Sara Lindgren",
            id="upon-saying-speaks-for-the-subject",
        ),
        pytest.param(
            "Speaker of the Harbour Council Rep. Paul Ryland said “the new pier has no place "
            "in this budget.”",
            "the new pier",
            "Paul Ryland",
            id="an-office-of-a-body-before-a-titled-name",
        ),
        pytest.param(
            "Dana Fisk of The Harbour Nation wrote: “The board heard the passion of the people.”",
            "The board",
            "Dana Fisk",
            id="a-person-of-an-outlet-is-the-person",
        ),
    ],
)
def test_a_prefix_attribution_with_a_complement(
    sentence: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = f"The harbour fair closed on Sunday.\n\n{sentence}"
    assert quote_of(body, start, nlp, options).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "speaker"),
    [
        pytest.param(
            "Brandt also wrote that the crews knew the storms, saying, “They came every "
            "winter, but we learned about them fast.”",
            "Maren Brandt",
            id="a-participle-reports-the-subject-of-its-clause",
        ),
        pytest.param(
            "Brandt took a risk by joking about the ferry, telling the crowd, “I’m a "
            "sailor like you, folks.”",
            "Maren Brandt",
            id="a-participle-of-telling-with-its-addressee",
        ),
        pytest.param(
            "Brandt and Olsen toured the quay, saying, “We will rebuild every berth.”",
            "Brandt and Olsen",  # both, a description: no one person
            id="two-subjects-speak-together",
        ),
        pytest.param(
            "Brandt’s office answered the mayor, saying, “We will rebuild every berth.”",
            "Brandt’s office",  # described, not Maren Brandt
            id="a-possessive-is-no-subject",
        ),
        pytest.param(
            "Having seen the storms, the crews waited, saying, “We will rebuild every berth.”",
            "the crews",  # described: 'Having' names no one
            id="a-capital-opening-the-sentence-is-no-name",
        ),
    ],
)
def test_a_participle_after_a_clause(
    sentence: str, speaker: str | None, nlp: Any, options: QuoteOptions
) -> None:
    body = f"Maren Brandt runs the harbour board.\n\n{sentence}"
    start = sentence[sentence.index("“") + 1 :][:12]
    assert quote_of(body, start, nlp, options).speaker == speaker


@pytest.mark.parametrize(
    ("sentence", "start", "speaker"),
    [
        pytest.param(
            "Brandt gave the crews a talk on Tuesday, telling them the berths would open in June.",
            "the berths would open",
            "Maren Brandt",
            id="a-surname-the-article-names-in-full",
        ),
        pytest.param(
            "Brandt’s plans were reckless, Olsen said on Tuesday, noting that the berths "
            "would never open.",
            "the berths would never",
            "Ivo Olsen",
            id="a-possessor-is-no-subject",
        ),
    ],
)
def test_a_participle_reports_the_subject_of_its_clause(
    sentence: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Maren Brandt runs the harbour board. Councillor Ivo Olsen chairs the ferry "
        f"committee.\n\n{sentence}"
    )
    assert quote_of(body, start, nlp, options).speaker == speaker


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        pytest.param(
            "Nora Quist, who chairs the Harbour Principles board said in a statement",
            "Nora Quist",
            id="its-comma-left-out",
        ),
        pytest.param(
            "Nora Quist, who saw the plans but would say nothing else",
            None,
            id="the-verb-is-the-clause-s-own",
        ),
    ],
)
def test_a_relative_clause_right_after_the_name(
    attribution: str, speaker: str | None, options: QuoteOptions
) -> None:
    body = f"The harbour fair closed on Sunday.\n\n“We have had better fairs than this one,” {attribution}."
    assert quote_of(body, "We have had", None, options).speaker == speaker  # the rules alone


@pytest.mark.parametrize(
    "body",
    [
        "“The pier needs a new roof,” said 17-year-old Ida Marsh.",
        "81-year-old Ida Marsh said: “The pier needs a new roof.”",
        "“The pier needs a new roof,” said 17 - year - old Ida Marsh.",  # hyphens spaced
    ],
)
def test_an_age_before_a_name_is_no_count(body: str, options: QuoteOptions) -> None:
    quote = quote_of(f"The harbour fair closed on Sunday.\n\n{body}", "The pier", None, options)
    assert quote.speaker == "Ida Marsh"


@pytest.mark.parametrize(
    ("attribution", "speaker"),
    [
        pytest.param(
            "harbour chief Tomas Lindqvist was quoted as saying",
            "Tomas Lindqvist",
            id="a-person-quoted-as-saying",
        ),
        pytest.param(
            "the Lakeport Herald quoted harbour chief Tomas Lindqvist as saying",
            "Tomas Lindqvist",
            id="the-person-a-paper-quoted-not-the-paper",
        ),
        pytest.param(
            "Ida Marsh quoted Tomas Lindqvist as saying at the pier",
            "Tomas Lindqvist",
            id="the-person-another-quoted-not-the-one-quoting",
        ),
    ],
)
def test_words_quoted_as_saying_are_the_quoted_person_s(
    attribution: str, speaker: str, options: QuoteOptions
) -> None:
    body = f"The harbour fair closed on Sunday.\n\n“We have had better fairs than this one,” {attribution}."
    assert quote_of(body, "We have had", None, options).speaker == speaker  # the rules alone


@pytest.mark.parametrize(
    ("attribution", "phrase", "speaker"),
    [
        pytest.param("the 46-year-old said", "the 46-year-old", "Ida Marsh", id="an-age-alone"),
        pytest.param(
            "the 46-year-old woman told reporters",
            "the 46-year-old woman",
            "Ida Marsh",
            id="an-age-and-a-noun",
        ),
        pytest.param(
            "said the 46 - year - old", "the 46 - year - old", "Ida Marsh", id="hyphens-spaced"
        ),
        pytest.param(
            "the 46-year-old scientist told reporters",
            "the 46-year-old scientist",
            "Ida Marsh",
            id="an-age-and-a-role",
        ),
        pytest.param(
            "the 46-year-old man told reporters",
            "the 46-year-old man",
            None,
            id="a-noun-of-the-other-gender",
        ),
    ],
)
def test_an_age_as_the_speaker_refers_back_as_a_pronoun_does(
    attribution: str, phrase: str, speaker: str | None, options: QuoteOptions
) -> None:
    body = (
        "Ida Marsh has run the harbour fair since 2001. She said it would close early.\n\n"
        f"“We have had better fairs than this one,” {attribution}."
    )
    quote = quote_of(body, "We have had", None, options)
    assert (quote.speaker, quote.speaker_text) == (speaker, phrase)
