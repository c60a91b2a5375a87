"""Attributions at the edges of the rules: an office with its field before the name
('secretary of state X', 'master of ceremonies X'; not 'the daughter of former president
X'), a programme title inside a speaker phrase ('CBS This Morning anchor X'), a titled
person whose surname ends outlet names ('Mayor Don Guardian'), two offices of one person
('former Gov. and Party Chairman X'), a passive clause whose subject goes on to speak
('was joined on stage and joked'), a stray space before a closing mark (and none after
it: '...himself, "Trumbo said'), a bare surname speaking in the first person, names the
word lists read as other words ('Li Jun', 'Al Brook', 'Tom From'), abbreviated ranks and
titles ('Const. X', 'the Rev. X', 'Tom B. King'), a role after a body's name
('Department of Harbours spokeswoman X'), a nickname inside a name ('Tom "Skip" X'),
people named side by side who speak together, 'according to X' after a quote.  All text
here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article, quote_of
from retold.analyze import QuoteOptions
from retold.analyze.pipeline import analyze_article

NAMED = [
    pytest.param(
        '"We will fix the roads before the first snow," Sen. Ann Wu (D-Ost.), a supporter '
        "of the ferry told the radio on Friday.",
        "Ann Wu",
        id="a-name-before-an-appositive-that-runs-up-to-the-verb",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," columnist Li Jun wrote.',
        "Li Jun",
        id="a-month-s-short-form-in-a-name",
    ),
    pytest.param(
        "Al Brook ran the council for a decade.\n\n"
        '"We will fix the roads before the first snow," Brook said.',
        "Al Brook",
        id="a-given-name-that-is-a-name-particle",
    ),
    pytest.param(
        "Tom From ran the council for a decade.\n\n"
        '"We will fix the roads before the first snow," said Tom From, who spoke first. '
        '"And we will pay for it," From said.',
        "Tom From",
        id="a-surname-that-is-a-preposition",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," said former secretary of state '
        "Hilda Marsh, who spoke first.",
        "Hilda Marsh",
        id="an-office-with-its-field-before-the-name",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," White House chief of staff '
        "Rowan Pike said.",
        "Rowan Pike",
        id="chief-of-staff-before-the-name",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," said master of ceremonies '
        "Ana Ruiz, a retired nurse who moved to the town decades ago.",
        "Ana Ruiz",
        id="a-role-with-its-field-that-is-no-listed-role",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," said director of operations Tom Bell.',
        "Tom Bell",
        id="director-of-operations-before-the-name",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," said dean of students Ana Ruiz.',
        "Ana Ruiz",
        id="a-field-of-people-before-the-name",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," CBS This Morning co-anchor '
        "Dana Morley said.",
        "Dana Morley",
        id="a-programme-title-inside-the-speaker-phrase",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," Harbour City Mayor Don Guardian '
        'said. "And we will pay for it."',
        "Don Guardian",
        id="a-titled-person-whose-surname-ends-outlet-names",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," said former Ostland Gov. and '
        'Unity Party Chairman Ed Brandt. "He is back."',
        "Ed Brandt",
        id="two-offices-of-one-person",
    ),
    pytest.param(
        "As the crowd began to chant, Wexler was joined on stage again by Minnesota Sen. "
        "Ada Brisk and joked, “Tax cut people, you’re being ridiculous,” drawing loud jeers.",
        "Wexler",
        id="a-passive-subject-that-goes-on-to-joke",
    ),
    pytest.param(
        "Mayor Hal Trumbo took questions.\n\n"
        '"I think the judge should be ashamed of himself, " Trumbo said. "It is a disgrace."',
        "Hal Trumbo",
        id="a-stray-space-before-the-closing-mark",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," harbour police Const. Ann Wu told '
        "reporters.",
        "Ann Wu",
        id="an-abbreviated-police-rank",
    ),
    pytest.param(
        "Harbour police Const. Ann Wu spoke first.\n\n"
        '"We will fix the roads before the first snow," Const. Wu said.',
        "Ann Wu",
        id="an-abbreviated-police-rank-before-a-surname",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," said Dist. Atty. Ann Wu.',
        "Ann Wu",
        id="an-abbreviated-office-before-an-abbreviated-title",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," the Rev. Ann Wu of the Harbour '
        "Chapel told the radio.",
        "Ann Wu",
        id="a-title-written-with-the",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," Representative Tom B. King said.',
        "Tom B. King",
        id="a-title-word-as-a-surname-after-a-middle-initial",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," Department of Harbours spokeswoman '
        "Ann Wu said.",
        "Ann Wu",
        id="a-role-after-a-body-named-with-of",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," Office of Roads and Ferries Director '
        "Tom Bell said.",
        "Tom Bell",
        id="a-title-after-a-body-named-with-of-and-and",
    ),
    pytest.param(
        "Former sailor Tom \u201cSkip\u201d Brenholt ran the harbour for a decade.\n\n"
        '"We will fix the roads before the first snow," Brenholt said.',
        "Tom Brenholt",
        id="a-nickname-in-quotation-marks-inside-a-name",
    ),
    pytest.param(
        '"We will fix the roads before the first snow," according to harbour police Lt. Ann Wu.',
        "Ann Wu",
        id="according-to-after-the-quote",
    ),
]


@pytest.mark.parametrize(("body", "speaker"), NAMED)
def test_the_speaker_is_named(body: str, speaker: str, nlp: Any, options: QuoteOptions) -> None:
    quote = quote_of(body, "", nlp, options)
    assert quote.speaker is not None and quote.speaker.endswith(speaker)


def test_a_body_named_like_a_given_name_and_a_surname_is_no_person(
    nlp: Any, options: QuoteOptions
) -> None:
    body = '"We will fix the roads before the first snow," Al Qaeda said in a statement.'
    assert quote_of(body, "We will", nlp, options).speaker_kind != "person"


def test_a_closing_mark_spaced_away_from_its_words_ends_the_quote(
    nlp: Any, options: QuoteOptions
) -> None:
    body = '"I think the judge should be ashamed of himself, "Hal Trumbo said on Friday.'
    quote = quote_of(body, "I think", nlp, options)
    assert quote.text.rstrip(", ").endswith("himself") and quote.speaker == "Hal Trumbo"


def test_according_to_after_words_someone_said_does_not_take_them(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Mayor Ann Wu spoke on Friday.\n\n"
        'Wu said that those who doubt the plan should "look at the harbour again," according '
        "to the Harbour Herald."
    )
    assert quote_of(body, "look at", nlp, options).speaker == "Ann Wu"


def test_a_body_after_the_and_an_abbreviation_is_no_person(nlp: Any, options: QuoteOptions) -> None:
    body = '"We will fix the roads before the first snow," the U.S. Harbour Survey said.'
    assert quote_of(body, "We will", nlp, options).speaker_kind != "person"


def test_the_child_of_someone_is_not_that_someone(nlp: Any, options: QuoteOptions) -> None:
    body = '"We will fix the roads before the first snow," said the son of Hilda Marsh.'
    quote = quote_of(body, "We will", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("the son of Hilda Marsh", "description")


@pytest.mark.parametrize(
    "speaker",
    [
        "the daughter of former president Tom Bell",
        "the son of missionaries Tom Bell",
        "the manager of singer Tom Bell",
    ],
)
def test_a_name_after_a_relation_or_a_person_s_description_does_not_speak(
    speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = f'"We will fix the roads before the first snow," said {speaker}.'
    quote = quote_of(body, "We will", nlp, options)
    assert quote.speaker_kind != "person" and quote.speaker != "Tom Bell"


def test_a_bare_surname_speaking_in_the_first_person_is_a_person(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "The district's budget vote was delayed again on Tuesday.\n\n"
        '"I will not sign a plan that closes my old school," Brenholt said.'
    )
    quote = quote_of(body, "I will", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("Brenholt", "person")


def test_a_bare_name_speaking_as_we_is_of_unknown_kind(nlp: Any, options: QuoteOptions) -> None:
    """'we' tells no person from a body: the name, of no kind (``readings.bare_name``)."""
    body = (
        "The district's budget vote was delayed again on Tuesday.\n\n"
        '"We will not sign a plan that closes the old school," Brenholt said.'
    )
    quote = quote_of(body, "We will", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == ("Brenholt", "unknown")


@pytest.mark.parametrize(
    "body",
    [
        "Mayor Ann Lee wore a campaign hat reading, \u201cBuild the Bridge Now\u201d on Friday "
        "night before her speech.",
        "Sen. Ann Lee (D-ME) and former Harbour City Mayor Tom Brandt wore a Lee campaign hat "
        "reading, \u201cBuild the Bridge Now\u201d on Friday night prior to the speech.",
    ],
)
def test_words_on_a_thing_have_no_speaker(body: str, nlp: Any, options: QuoteOptions) -> None:
    quotes = analyze_article(make_article(body), nlp, options).quotes
    assert all(q.speaker is None for q in quotes)


def test_a_surname_a_family_shares_goes_to_the_one_named_by_initials_just_before(
    nlp: Any, options: QuoteOptions
) -> None:
    """Initials are a given name ('T.J.'), not an acronym: the son named in full in the
    paragraph before speaks, not his father named first."""
    body = (
        "The Harbour club named Tony Marsh its new coach on Monday.\n\n"
        "Marsh spent 19 seasons with the club.\n\n"
        "His son, T.J. Marsh, is a guard for Lakeport and was glad of the news.\n\n"
        '"I think my dad is ready to step in," Marsh said.'
    )
    assert quote_of(body, "I think", nlp, options).speaker == "T.J. Marsh"


def test_a_pronoun_after_said_that_opens_a_clause_is_no_inverted_speaker(
    nlp: Any, options: QuoteOptions
) -> None:
    """'X, who attended Y's news conference, said he backed Y': 'said he' is no
    inverted attribution of what comes before it; X reported that he backed Y, and the
    'he said' of the next paragraph is X."""
    body = (
        "Harbour chairman Ed Sneddon, who attended Billy Kent's news conference, said he "
        "backed Kent.\n\n"
        '"I really don\'t question Billy at all," he said.'
    )
    assert quote_of(body, "he backed", nlp, options).speaker == "Ed Sneddon"
    assert quote_of(body, "I really", nlp, options).speaker == "Ed Sneddon"


@pytest.mark.parametrize(
    "reported",
    ["her members felt betrayed", "the crews felt let down by the vote", "taxes would rise"],
)
def test_a_name_and_its_appositive_before_said_are_no_fronted_words(
    reported: str, nlp: Any, options: QuoteOptions
) -> None:
    """'X, the union's manager, said her members felt betrayed': a name and its
    appositive set off before 'said' are its subject, not words fronted before an
    inverted 'said her members'; the quote-only paragraph after goes on with X."""
    body = (
        f"Ann Wu, the business manager of the harbour pilots' union, said {reported}.\n\n"
        '"He stood in our hall in June and told us he was with us. We believed him."'
    )
    assert quote_of(body, reported, nlp, options).speaker == "Ann Wu"
    assert quote_of(body, "He stood", nlp, options).speaker == "Ann Wu"


def test_words_before_an_inverted_said_with_a_clause_among_them_are_fronted(
    nlp: Any, options: QuoteOptions
) -> None:
    """'X, 66, of Elm Grove, was struck at 7 p.m., said Sgt. Y': a clause after the
    name makes the words before the comma what Y said."""
    body = "Ann Wu, 66, of Elm Grove, was struck just after 7 p.m., said Sgt. Tom Bell."
    assert quote_of(body, "Ann Wu, 66", nlp, options).speaker == "Tom Bell"


def test_a_long_appositive_ends_an_inverted_attribution(nlp: Any, options: QuoteOptions) -> None:
    """'CONTENT, said X, a pilot under Presidents Y and Z.': the appositive (names
    joined by 'and' in it) ends the attribution; 'he said' after it is X."""
    body = (
        "Some of the charges are hard to prove, while others mean little to the public, "
        "said Tom Bell, a harbour pilot under Commodores Ann Wu and Dale Ruiz of the "
        "northern fleet.\n\n"
        '"It has to be something the ferry crews can follow," he said.'
    )
    assert quote_of(body, "Some of the charges", nlp, options).speaker == "Tom Bell"
    assert quote_of(body, "It has to be", nlp, options).speaker == "Tom Bell"


@pytest.mark.parametrize(
    "reported",
    [
        'The board would do well to begin "building bridges" to the crews',
        "The board has lost the crews",
    ],
)
def test_fronted_words_may_quote_a_phrase_and_an_age_may_open_the_appositive(
    reported: str, nlp: Any, options: QuoteOptions
) -> None:
    """'CONTENT with "a quoted phrase", said X, 35, a pilot who ...': the words before
    the comma are X's (a direct quote's own '"...," X said' is not fronted words); the
    age set off before the appositive ends no attribution; 'he said' after is X."""
    body = (
        f"{reported}, said Tom Ruiz, 35, a former strategist who works with the harbour "
        "pilots.\n\n"
        '"It seems certain the vote will go on, which is costly," he said.'
    )
    assert quote_of(body, reported[:12], nlp, options).speaker == "Tom Ruiz"
    assert quote_of(body, "It seems", nlp, options).speaker == "Tom Ruiz"


@pytest.mark.parametrize(
    ("appositive", "speaker"),
    [
        ("executive director of the activist group Teachers United", "Ann Wu"),
        ("senior foreign exchange trader at Tempus", "Ann Wu"),
        ("a strategist who was the media director for the board in 2008", "Ann Wu"),
    ],
)
def test_an_appositive_with_no_article_or_a_relative_clause_ends_the_attribution(
    appositive: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """'..., said Ann Wu, executive director of ...': a role's words with no article,
    or a relative clause with its own verb after the role, end the attribution too."""
    body = (
        f"Smaller unions fear the plan, said Ann Wu, {appositive}.\n\n"
        '"And he does not have the connections that she has," she said.'
    )
    assert quote_of(body, "Smaller unions", nlp, options).speaker == speaker
    assert quote_of(body, "And he does", nlp, options).speaker == speaker


def test_a_verb_after_an_inverted_say_is_no_appositive(nlp: Any, options: QuoteOptions) -> None:
    """'(the existence of which, many say, represents ...)': 'represents' opens no
    appositive of 'many', so the words before are no report of theirs (a guard: an
    appositive with no article must reach a role's word)."""
    body = (
        "He tells crowds she may be charged over her ferry deals (the existence of which, "
        "many in the harbour say, represents a paradoxical instance of the defensive "
        "instincts heightened by years of combat)."
    )
    found = analyze_article(make_article(body, id="a1", outlet="H"), nlp, options).quotes
    assert not any(q.text.startswith("He tells crowds") for q in found)


@pytest.mark.parametrize(
    "named",
    ["Rep. Ann Wu (D)", "Rep. Ann Wu (D), who represents Elm Grove,", "Rep. Ann Wu (R-Wis.)"],
)
def test_a_party_tag_after_the_name_is_no_part_of_the_speaker(
    named: str, nlp: Any, options: QuoteOptions
) -> None:
    """'Rep. Ann Wu (D) told reporters the plan was "a start, not a finish."': a party
    letter in brackets ends the name as a party and state tag does."""
    body = f'{named} told reporters the ferry plan was "a start, not a finish."'
    assert quote_of(body, "a start", nlp, options).speaker == "Ann Wu"


@pytest.mark.parametrize(
    "opening",
    ["Asked about the remark", "Speaking to reporters after the vote", "After the vote"],
)
def test_an_opening_phrase_then_a_name_and_its_appositive_say(
    opening: str, nlp: Any, options: QuoteOptions
) -> None:
    """'Asked about the remark, X, the candidate's mother, who ..., said ...': past an
    opening phrase, the name set off before its appositive (and a relative clause) is
    the speaker, as the name after a role is ('In a statement, her aide, X, said')."""
    body = (
        f"{opening}, Ann Wu, the candidate's mother, who has joined several of his "
        "rallies, said she had no quarrel with the ferry board.\n\n"
        '"He loves the harbour. I love my son. That is politics."'
    )
    assert quote_of(body, "she had no", nlp, options).speaker == "Ann Wu"
    assert quote_of(body, "He loves", nlp, options).speaker == "Ann Wu"


def test_a_ship_is_no_person_a_description_could_be(nlp: Any, options: QuoteOptions) -> None:
    """'INS', 'USS', 'HMS' name ships: 'the officer' who speaks is no ship."""
    body = (
        "Patrol vessel INS Dunmore was escorting five cargo ships on Thursday.\n\n"
        '"The warship turned towards the skiffs and challenged them," the officer said.\n\n'
        "This action by INS Dunmore was the fifth by its crew since September.\n\n"
        "The officer said that INS Dunmore has seized 14 rifles this year."
    )
    assert quote_of(body, "The warship", nlp, options).speaker == "the officer"
    assert quote_of(body, "INS Dunmore has", nlp, options).speaker != "INS Dunmore"


@pytest.mark.parametrize(
    "speaker",
    ["Ann Wu and Tom Bell", "harbour producers Ann Wu and Tom Bell", "Wu and Bell"],
)
def test_people_named_side_by_side_speak_together(
    speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Ann Wu and Tom Bell will run the ferry festival this year.\n\n"
        f'"We are thrilled to bring the boats back to the quay," {speaker} said.'
    )
    quote = quote_of(body, "We are", nlp, options)
    assert (quote.speaker, quote.speaker_kind) == (speaker, "description")


@pytest.mark.parametrize(
    "phrase", ["clips of Ann Wu and Tom Bell", "the debt problems in Wu and Bell"]
)
def test_names_inside_a_longer_phrase_do_not_speak_together(
    phrase: str, nlp: Any, options: QuoteOptions
) -> None:
    body = f'"We are thrilled to bring the boats back to the quay," {phrase} said.'
    assert quote_of(body, "We are", nlp, options).speaker is None


@pytest.mark.parametrize(
    ("said", "speaker"), [("Gov. Dale Lake said", "Dale Lake"), ("Mr. Ridge said", "Ridge")]
)
def test_a_place_word_after_a_title_is_a_surname(
    said: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    """'Lake' and 'Ridge' head place names ('Pine Ridge'), but after a title they are
    someone's surname."""
    body = f'The governor spoke in Harrisburg on Monday.\n\n"We will not back down," {said}.'
    assert quote_of(body, "We will", nlp, options).speaker == speaker


@pytest.mark.parametrize(
    "sentence",
    [
        "After a long night of counting in the northern districts, Sen. Dale Brookner "
        "maintained his double-digit lead.",
        "Rattling off promises to lower fares and rebuild the pier, Mayor Ann Wu promised "
        "a harbour of new opportunities.",
    ],
)
def test_a_verb_with_its_object_after_a_comma_reports_no_fronted_words(
    sentence: str, nlp: Any, options: QuoteOptions
) -> None:
    """'CONTENT, X maintained his lead.': the noun phrase after the verb is its object,
    so the words before the comma are not X's fronted speech."""
    body = "The count went on into the night.\n\n" + sentence
    article = make_article(body, id="a1", outlet="The Harbour Herald")
    assert not [q for q in analyze_article(article, nlp, options).quotes if q.kind == "indirect"]


def test_a_time_after_the_verb_keeps_the_fronted_words(nlp: Any, options: QuoteOptions) -> None:
    """'CONTENT, X said this week.': a time after the verb is no object."""
    body = (
        "The count went on into the night.\n\n"
        "The ferry will run through the whole winter, Mayor Ann Wu said this week."
    )
    assert quote_of(body, "The ferry will run", nlp, options).speaker == "Ann Wu"
