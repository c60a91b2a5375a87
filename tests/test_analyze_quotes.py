"""Quotes in every shape news prints them: text in, (kind, shape, words, speaker) out.

All text here is invented.  Each table row is one article body; paragraphs are
separated by blank lines, as in ``Article.body``.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article
from retold.analyze import ArticleAnalysis, Quote, QuoteOptions, analyze_article
from retold.analyze.resolved import CONFIDENCE
from retold.records import Article


def article(body: str, outlet: str | None = "The Harbour Herald", id: str = "a1") -> Article:
    return make_article(body, id=id, outlet=outlet)


def analyse(body: str, nlp: Any, options: QuoteOptions, **kw: Any) -> ArticleAnalysis:
    result = analyze_article(article(body, **kw), nlp, options)
    for quote in result.quotes:
        for segment in quote.segments:
            assert body[segment.start : segment.end] == segment.text
        if len(quote.segments) == 1:
            assert body[quote.start : quote.end] == quote.text
    return result


def table(result: ArticleAnalysis) -> list[tuple[str, str, str, str | None]]:
    return [(q.kind, q.shape, q.text, q.speaker) for q in result.quotes]


INTRO = "Mayor Lena Osei, who has led the town since 2019, spoke at the harbour on Monday."

DIRECT = [
    pytest.param(
        f'{INTRO}\n\n"We will rebuild the pier before winter," Osei said.',
        [("direct", "postfix", "We will rebuild the pier before winter,", "Lena Osei")],
        id="straight-postfix-surname",
    ),
    pytest.param(
        "“We will rebuild the pier before winter,” said Lena Osei, the town’s mayor.",
        [("direct", "postfix", "We will rebuild the pier before winter,", "Lena Osei")],
        id="curly-inverted",
    ),
    pytest.param(
        "Harbour master Tomas Brandt said: «The channel stays closed until Friday.»",
        [("direct", "prefix", "The channel stays closed until Friday.", "Tomas Brandt")],
        id="angle-prefix-colon",
    ),
    pytest.param(
        f"{INTRO}\n\nShe said: “The pier will be rebuilt.”",
        [("direct", "prefix", "The pier will be rebuilt.", "Lena Osei")],
        id="prefix-pronoun",
    ),
    pytest.param(
        "“The water came in fast,” Mayor Osei said. “We had ten minutes to leave.”",
        [
            (
                "direct",
                "split",
                "The water came in fast, We had ten minutes to leave.",
                "Osei",  # the titled surname itself, at a lower confidence (below)
            )
        ],
        id="split-title-surname-no-full-name",
    ),
    pytest.param(
        f"{INTRO}\n\n“The water came in fast,” Mayor Osei said. “We had ten minutes to leave.”",
        [
            (
                "direct",
                "split",
                "The water came in fast, We had ten minutes to leave.",
                "Lena Osei",
            )
        ],
        id="split-title-surname",
    ),
    pytest.param(
        "Fisherman Ade Mensah read a statement to reporters:\n\n"
        "“We lost three boats in one night.\n\n"
        "“We ask the council for help with the repairs.”",
        [
            (
                "direct",
                "multi_paragraph",
                "We lost three boats in one night.\n\n“We ask the council for help with the repairs.",
                "Ade Mensah",
            )
        ],
        id="multi-paragraph",
    ),
    pytest.param(
        f"{INTRO}\n\nThe pier has stood for a century. We will not let it fall into the sea. "
        "- Osei said.",
        [
            (
                "direct",
                "dash",
                "The pier has stood for a century. We will not let it fall into the sea.",
                "Lena Osei",
            )
        ],
        id="trailing-hyphen-attribution",
    ),
    pytest.param(
        "We will not move the market, not for any price — said the traders’ spokesman, "
        "Ravi Kumar, outside the hall.",
        [
            (
                "direct",
                "dash",
                "We will not move the market, not for any price",
                "Ravi Kumar",
            )
        ],
        id="em-dash-inverted-attribution",
    ),
    pytest.param(
        "The storm surprised everyone. Ravi Kumar also warned that stalls would close.\n\n"
        "Some stalls will never reopen. The losses are enormous — the union leader added.",
        [
            (
                "indirect",
                "reported",
                "stalls would close",
                "Ravi Kumar",
            ),
            (
                "direct",
                "dash",
                "Some stalls will never reopen. The losses are enormous",
                "the union leader",
            ),
        ],
        id="dash-stops-at-reported-sentence",
    ),
    pytest.param(
        "Mayor Lena Osei spoke at the quay.\n\n"
        "“Calling it ‘temporary’ ― I mean, it is a slap in the face,” Osei said.",
        [
            (
                "direct",
                "postfix",
                "Calling it ‘temporary’ ― I mean, it is a slap in the face,",
                "Lena Osei",
            )
        ],
        id="nested-single-quote-keeps-the-attribution",
    ),
    pytest.param(
        "Harbour master Tomas Brandt met the crews.\n\n"
        "“You told us the channel was safe last week,” Brandt started.",
        [("direct", "postfix", "You told us the channel was safe last week,", "Tomas Brandt")],
        id="any-verb-the-parse-ties-to-the-quote",
    ),
    pytest.param(
        "Mayor Lena Osei was asked about the fares. Osei shrugged: "
        "“We will not change the fares this winter.”",
        [("direct", "prefix", "We will not change the fares this winter.", "Lena Osei")],
        id="verb-and-colon-before-the-quote",
    ),
    pytest.param(
        "Fishermen crowded the quay. “It was the best catch in years and we sold it all,” "
        "said former Lakeport County Gov. Ivo Dunn, a harbour backer, smiling.",
        [("direct", "postfix", "It was the best catch in years and we sold it all,", "Ivo Dunn")],
        id="place-before-a-title-is-no-place-name",
    ),
    pytest.param(
        "Councillor Mia Holm (D-N.Y.) reacted to the vote, saying: "
        "“This is a disgrace for the whole town.”",
        [("direct", "embedded", "This is a disgrace for the whole town.", "Mia Holm")],
        id="initials-after-a-hyphen-end-no-sentence",
    ),
    pytest.param(
        "Mayor Lena Osei praised the crews. Her aide thanked them for "
        "“keeping the whole harbour open through the storm.”",
        [("direct", "unattributed", "keeping the whole harbour open through the storm.", None)],
        id="quote-under-a-preposition-is-not-attributed-by-the-parse",
    ),
    pytest.param(
        "Mayor Lena Osei and Tomas Brandt debated the pier. "
        "Osei: “We will rebuild it before the winter comes.”",
        [("direct", "prefix", "We will rebuild it before the winter comes.", "Lena Osei")],
        id="transcript-name-and-colon",
    ),
    pytest.param(
        f"{INTRO}\n\n“We trust the engineers,” Mayor Osei said, “but the sea wins in the end.”",
        [
            (
                "direct",
                "split",
                "We trust the engineers, but the sea wins in the end.",
                "Lena Osei",
            )
        ],
        id="split-around-said-and-a-comma",
    ),
    pytest.param(
        f'{INTRO}\n\n"We trust the engineers," Osei said on HTV\'s "Harbour Week." '
        '"The sea wins in the end."',
        [
            (
                "direct",
                "split",
                "We trust the engineers, The sea wins in the end.",
                "Lena Osei",
            )
        ],
        id="split-after-a-show-title-that-ends-the-sentence",
    ),
    pytest.param(
        f"{INTRO}\n\n“They told us ‘the pier is safe,’ ” Osei said.",
        [("direct", "postfix", "They told us ‘the pier is safe,’", "Lena Osei")],
        id="nested-closing-marks-apart",
    ),
    pytest.param(
        "Ferry fares rise again - Tomas Brandt: “The fares have to cover the fuel.”",
        [("direct", "prefix", "The fares have to cover the fuel.", "Tomas Brandt")],
        id="round-up-dash-name-colon",
    ),
    pytest.param(
        "Breaking news: “The fares have to cover the fuel this winter.”",
        [("direct", "unattributed", "The fares have to cover the fuel this winter.", None)],
        id="a-label-before-a-colon-is-nobody",
    ),
    pytest.param(
        "In response, harbour master Tomas Brandt issued the following statement:\n\n"
        "“Our thoughts are with the crews and their families tonight.”",
        [
            (
                "direct",
                "prefix",
                "Our thoughts are with the crews and their families tonight.",
                "Tomas Brandt",
            )
        ],
        id="statement-announced-in-the-paragraph-before",
    ),
    pytest.param(
        "Mayor Lena Osei spoke.\n\n“We will rebuild the pier,” Osei said.\n\n"
        "“Then we will reopen the market.”",
        [
            ("direct", "postfix", "We will rebuild the pier,", "Lena Osei"),
            ("direct", "continued", "Then we will reopen the market.", "Lena Osei"),
        ],
        id="quote-paragraph-continues-the-speaker-before",
    ),
    pytest.param(
        "Mayor Lena Osei spoke.\n\n“We will rebuild the pier,” Osei said. The crowd cheered."
        "\n\n“Then we will reopen the market.”",
        [
            ("direct", "postfix", "We will rebuild the pier,", "Lena Osei"),
            ("direct", "unattributed", "Then we will reopen the market.", None),
        ],
        id="narration-in-between-ends-the-speaker",
    ),
    pytest.param(
        "LAKEPORT, May 4 (Kestrel Wire) - Tallis Biscuits, one of the region's oldest food "
        "companies, said on Tuesday it would close its bakery in the autumn.",
        [("indirect", "reported", "it would close its bakery in the autumn", "Tallis Biscuits")],
        id="a-wire-dateline-dash-attributes-nothing",
    ),
]


@pytest.mark.parametrize(("body", "expected"), DIRECT)
def test_direct_quotes(body: str, expected: list[Any], nlp: Any, options: QuoteOptions) -> None:
    assert table(analyse(body, nlp, options)) == expected


SCARE = [
    pytest.param(
        "The council promised a so-called “blue harbour” plan on Tuesday.",
        ["blue harbour"],
        [],
        id="so-called",
    ),
    pytest.param(
        "Critics mocked what the company calls its “final offer” to workers.",
        ["final offer"],
        [],
        id="what-x-calls",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei said the waves were “spilling” over the wall for hours.",
        ["spilling"],
        [("indirect", "reported", "the waves were “spilling” over the wall for hours")],
        id="single-word-inside-reported-speech",
    ),
    pytest.param(
        "Traffic crawled along the “safe lane”, a stretch cleared for the evacuation.",
        ["safe lane"],
        [],
        id="short-noun-phrase",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei said the town would “never give up”.",
        [],
        [("direct", "embedded", "never give up")],
        id="partial-quote-with-negation-is-a-statement",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei said the town would “draw lessons”.",
        [],
        [("direct", "embedded", "draw lessons")],
        id="partial-quote-with-verb-is-a-statement",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei said the storm was “not about money” but about a sea wall built "
        "too low decades ago.",
        [],
        [
            (
                "indirect",
                "reported",
                "the storm was “not about money” but about a sea wall built too low decades ago",
            ),
            ("direct", "embedded", "not about money"),
        ],
        id="partial-quote-inside-a-longer-report-keeps-both",
    ),
]


@pytest.mark.parametrize(("body", "scare", "quotes"), SCARE)
def test_scare_quotes(
    body: str, scare: list[str], quotes: list[Any], nlp: Any, options: QuoteOptions
) -> None:
    result = analyse(body, nlp, options)
    assert [s.text for s in result.scare_quotes] == scare
    assert [(q.kind, q.shape, q.text) for q in result.quotes] == quotes


REPORTED = [
    pytest.param(
        f"{INTRO}\n\nOsei said Thursday she has no plans to close the market.",
        ("reported", "she has no plans to close the market", "Lena Osei", "said"),
        id="said-weekday-the-day-is-not-the-words",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei said that the pier would reopen in May.",
        ("reported", "the pier would reopen in May", "Lena Osei", "said"),
        id="said-that",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei said the pier would reopen in May.",
        ("reported", "the pier would reopen in May", "Lena Osei", "said"),
        id="said-no-that",
    ),
    pytest.param(
        "Harbour master Tomas Brandt told the Harbour Gazette on Monday that the channel "
        "would stay closed.",
        ("reported", "the channel would stay closed", "Tomas Brandt", "told"),
        id="told-outlet-that",
    ),
    pytest.param(
        "Mayor Lena Osei told residents to leave their cars on high ground.",
        ("reported", "to leave their cars on high ground", "Lena Osei", "told"),
        id="told-addressee-infinitive",
    ),
    pytest.param(
        f"{INTRO}\n\nAccording to Osei, the repairs will cost four million euros.",
        ("according", "the repairs will cost four million euros", "Lena Osei", "According to"),
        id="according-to-front",
    ),
    pytest.param(
        f"{INTRO}\n\nThe repairs will cost four million euros, according to Osei.",
        ("according", "The repairs will cost four million euros", "Lena Osei", "according to"),
        id="according-to-back",
    ),
    pytest.param(
        f"{INTRO}\n\nThe ferry will not sail again this year, Osei said on Tuesday.",
        ("fronted", "The ferry will not sail again this year", "Lena Osei", "said"),
        id="fronted",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei stressed the need to raise the sea wall by a metre.",
        ("reported", "the need to raise the sea wall by a metre", "Lena Osei", "stressed"),
        id="stressed-the-need",
    ),
    pytest.param(
        f"{INTRO}\n\nOsei warned that more storms would follow in the spring.",
        ("reported", "more storms would follow in the spring", "Lena Osei", "warned"),
        id="warned-that",
    ),
    pytest.param(
        "At noon, standing on the quay, Mayor Lena Osei gave the order, telling boat owners "
        "to move their vessels inland.",
        ("reported", "to move their vessels inland", "Lena Osei", "telling"),
        id="participle-telling",
    ),
]


@pytest.mark.parametrize(("body", "expected"), REPORTED)
def test_reported_speech(body: str, expected: Any, nlp: Any, options: QuoteOptions) -> None:
    quotes = [q for q in analyse(body, nlp, options).quotes if q.kind == "indirect"]
    assert [(q.shape, q.text, q.speaker, q.cue) for q in quotes] == [expected]


def test_institution_and_unnamed_sources_stay_without_a_person(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "The port authority said the channel would reopen on Friday.\n\n"
        "Officials said fewer than ten boats were damaged.\n\n"
        "The Harbour Safety Agency said the wall had held."
    )
    quotes = analyse(body, nlp, options).quotes
    assert [(q.speaker, q.speaker_kind) for q in quotes] == [
        (None, "unknown"),
        (None, "unknown"),
        ("Harbour Safety Agency", "organization"),
    ]


def by_text(quotes: tuple[Quote, ...], start: str) -> Quote:
    return next(q for q in quotes if q.text.startswith(start))


SPEAKERS = [
    pytest.param(
        "Former Harbour Commissioner Dame Ada Fleming opened the hearing.\n\n"
        '"The wall was too low," Fleming said.',
        "The wall",
        ("Ada Fleming", "surname"),
        id="surname-to-full-name-through-titles",
    ),
    pytest.param(
        'Port director Tomas Brandt, 61, inspected the wall.\n\n"It held," the director said.',
        "It held",
        ("Tomas Brandt", "role"),
        id="role-noun",
    ),
    pytest.param(
        "The union's president, Ravi Kumar, met traders on Monday.\n\n"
        '"We will not wait," the union leader said.',
        "We will not",
        ("Ravi Kumar", "role"),
        id="role-synonym-leader-president",
    ),
    pytest.param(
        'Mayor Lena Osei met fishermen on the quay. "Nobody will be left behind," she said.',
        "Nobody",
        ("Lena Osei", "pronoun"),
        id="pronoun-to-sentence-subject",
    ),
    pytest.param(
        "Governor Paul Dunn visited the port on Monday. Spokeswoman Lena Osei met him.\n\n"
        "He said the plan was sound.",
        "the plan was sound",
        ("Paul Dunn", "pronoun"),
        id="pronoun-gender-skips-she",
    ),
    pytest.param(
        "Mayor Lena Osei opened the quay. Lena Osei cut the ribbon, and her brother Kofi "
        "Osei watched. Lena Osei thanked the crews.\n\n“It is a good day,” Osei said.",
        "It is a good day",
        ("Lena Osei", "surname"),
        id="surname-of-a-family-goes-to-the-one-named-far-more",
    ),
    pytest.param(
        "Spokeswoman Anna Berg and her husband Jonas Berg run the ferry.\n\n"
        "“We are closed,” Mr. Berg said.",
        "We are closed",
        ("Jonas Berg", "title"),
        id="title-gender-picks-one-of-a-family",
    ),
    pytest.param(
        "The council met on Monday.\n\n“The budget is short,” Councillor Brandt said.",
        "The budget",
        ("Brandt", "title"),
        id="titled-surname-never-named-in-full",
    ),
    pytest.param(
        "Mayor Lena Osei opened the quay. Republican Lena Osei spoke first.\n\n"
        "Praising Osei, the crowd cheered.\n\n“It is a good day,” Osei said.",
        "It is a good day",
        ("Lena Osei", "surname"),
        id="a-word-before-a-name-is-no-second-person",
    ),
    pytest.param(
        "Sen. Ivo Dunn of Lakeport spoke at the quay on Monday.\n\n"
        "“We will fund the pier,” the Lakeport senator said.",
        "We will fund",
        ("Ivo Dunn", "role"),
        id="senator-of-a-place-is-a-person-and-sen-is-senator",
    ),
    pytest.param(
        "Mayor Lena Osei toured the market. At one point, a trader asked for a photo and "
        "Osei said, “as long as the fish stay in the picture.”",
        "as long as",
        ("Lena Osei", "surname"),
        id="speaker-in-the-last-of-two-clauses",
    ),
    pytest.param(
        "Ivo Dunn Jr. spoke at the quay. His father, Ivo Dunn, spoke later.\n\n"
        "“We will rebuild the pier,” Dunn Jr. said.",
        "We will rebuild",
        ("Ivo Dunn Jr.", "name"),
        id="suffix-names-the-son-not-the-father",
    ),
    pytest.param(
        "Praising Mayor Lena Osei on Monday, the council voted to rebuild the pier.\n\n"
        "“It is a good day,” Osei said.",
        "It is a good day",
        ("Lena Osei", "surname"),
        id="an-ing-word-opening-a-sentence-is-not-part-of-the-name",
    ),
]


@pytest.mark.parametrize(("body", "start", "expected"), SPEAKERS)
def test_speaker_resolution(
    body: str, start: str, expected: Any, nlp: Any, options: QuoteOptions
) -> None:
    quote = by_text(analyse(body, nlp, options).quotes, start)
    assert (quote.speaker, quote.resolution) == expected
    assert 0 < quote.confidence <= 1


def test_a_surname_named_in_full_nowhere_has_a_lower_confidence(
    nlp: Any, options: QuoteOptions
) -> None:
    body = "Mayor Lena Osei spoke.\n\n“The budget is short,” Councillor Brandt said."
    unlinked = by_text(analyse(body, nlp, options).quotes, "The budget")
    linked = by_text(analyse(body.replace("Councillor Brandt", "Osei"), nlp, options).quotes, "The")
    assert unlinked.speaker == "Brandt" and linked.speaker == "Lena Osei"
    assert unlinked.confidence < linked.confidence


UNKNOWN = [
    pytest.param(
        "Spokeswoman Mia Holm briefed reporters.\n\n“The road is open,” he said.",
        "The road",
        id="pronoun-gender-conflict",
    ),
]


@pytest.mark.parametrize(("body", "start"), UNKNOWN)
def test_unknown_rather_than_wrong(body: str, start: str, nlp: Any, options: QuoteOptions) -> None:
    quote = by_text(analyse(body, nlp, options).quotes, start)
    assert quote.speaker is None and quote.confidence == 0.0
    assert quote.speaker_text is not None  # the attribution is still shown as printed


def test_a_surname_two_people_share_is_neither_of_them(nlp: Any, options: QuoteOptions) -> None:
    body = "Anna Berg and Jonas Berg run the ferry.\n\n“We are closed,” Berg said."
    quote = by_text(analyse(body, nlp, options).quotes, "We are closed")
    assert (quote.speaker, quote.speaker_kind) == ("Berg", "person")  # one of the Bergs
    assert quote.confidence == CONFIDENCE["family"]


def test_two_speakers_are_no_one_person(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Anna Berg and Jonas Brandt run the ferry.\n\n"
        "Berg and Brandt said, “We are closed until the storm passes.”"
    )
    quote = by_text(analyse(body, nlp, options).quotes, "We are closed")
    assert (quote.speaker, quote.speaker_kind) == ("Berg and Brandt", "description")


def test_pronoun_prefers_the_speaker_over_a_person_mentioned_in_passing(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        "Mayor Lena Osei said the repairs would make it easier for Governor Paul Dunn "
        "to fund the port.\n\nShe said that work would start in May."
    )
    quote = by_text(analyse(body, nlp, options).quotes, "work would")
    assert quote.speaker == "Lena Osei"


def test_names_in_quotes_are_not_antecedents(nlp: Any, options: QuoteOptions) -> None:
    body = (
        "Mayor Lena Osei spoke on Monday.\n\n"
        "“Governor Paul Dunn called me at night,” Osei said. “He promised help,” she added."
    )
    quotes = analyse(body, nlp, options).quotes
    assert {q.speaker for q in quotes} == {"Lena Osei"}


def test_alias_table_normalises_speaker_and_keeps_the_printed_spelling(
    nlp: Any, options: QuoteOptions
) -> None:
    body = "“We will not give up,” said Volodymyr Zelenskyy in Kiev."
    result = analyse(body, nlp, options)
    assert result.quotes[0].speaker == "Volodymyr Zelensky"
    assert result.quotes[0].speaker_text == "Volodymyr Zelenskyy"
    assert [(n.text, n.canonical) for n in result.names] == [
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky"),
        ("Kiev", "Kyiv"),
    ]


NOT_REPORTS = [
    pytest.param(
        "The law, which officials said would cut costs, passed on Tuesday.", id="relative"
    ),
    pytest.param("Police arrested a man who witnesses said had fired the shots.", id="who-said"),
    pytest.param("The Harbour Safety Agency responded within the hour.", id="no-clause"),
    pytest.param("The council announced new parking fees for the harbour.", id="announce-object"),
    pytest.param("Residents were told to leave by noon.", id="passive"),
]


def test_said_before_a_direct_quote_is_one_quote_not_also_reported_speech(
    nlp: Any, options: QuoteOptions
) -> None:
    body = (
        'Mayor Dana Quill said "we need more lifeguards here," on Monday at the harbour '
        "meeting about budgets and roads."
    )
    quotes = analyse(body, nlp, options).quotes
    assert [(q.kind, q.text) for q in quotes] == [("direct", "we need more lifeguards here,")]


@pytest.mark.parametrize("body", NOT_REPORTS)
def test_not_reported_speech(body: str, nlp: Any, options: QuoteOptions) -> None:
    assert analyse(body, nlp, options).quotes == ()


MORE_SHAPES = [
    pytest.param(
        "'We have turned the corner,' Mr Dunn told MPs. 'Wages are rising.'",
        [("direct", "split", "We have turned the corner, Wages are rising.", "Dunn")],
        id="straight-single-quotes",
    ),
    pytest.param(
        "The workers' own union said nothing.",
        [],
        id="apostrophe-is-no-quote-mark",
    ),
    pytest.param(
        'Senator Ada Price voted no. "Families are hurting," the Ohio Democrat wrote.',
        [("direct", "postfix", "Families are hurting,", "the Ohio Democrat")],
        id="description-names-nobody",
    ),
    pytest.param(
        "Industry analyst Priya Nair of Skyline Research said the cuts were overdue.",
        [("indirect", "reported", "the cuts were overdue", "Priya Nair")],
        id="name-of-firm",
    ),
    pytest.param(
        '"This is a dark day," Tom Reyes said on Wednesday, adding that the union would strike.',
        [
            ("direct", "postfix", "This is a dark day,", "Tom Reyes"),
            ("indirect", "reported", "the union would strike", "Tom Reyes"),
        ],
        id="participle-after-direct-quote",
    ),
    pytest.param(
        "It was, he said, “the worst storm in living memory”.",
        [("direct", "prefix", "the worst storm in living memory", None)],
        id="interrupted-by-attribution-no-antecedent",
    ),
]


@pytest.mark.parametrize(("body", "expected"), MORE_SHAPES)
def test_more_shapes(body: str, expected: list[Any], nlp: Any, options: QuoteOptions) -> None:
    assert table(analyse(body, nlp, options)) == expected


def test_pronoun_stops_at_an_unresolved_nearer_speaker(nlp: Any, options: QuoteOptions) -> None:
    body = (
        '"It\'s a disgrace," said Angela Rayner.\n\n'
        'Sunak said he was proud of the recovery. "We will not take lectures," he added.'
    )
    quote = by_text(analyse(body, nlp, options).quotes, "We will not")
    assert quote.speaker is None  # "he" is Sunak, whom the article never names in full
