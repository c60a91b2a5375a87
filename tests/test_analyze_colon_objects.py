"""Quotes with no reporting verb beside them whose speaker the sentence still names: a
colon lead-in with a role or a person's speech noun (``retold.analyze.colon_leads``),
and quoted words that are the complement of a verb of judging, accusing or promising
(``retold.analyze.quoted_objects``).  A thing's words, a person's relative's, a
passive's and a short name stay no one's.  All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article
from retold.analyze import ArticleAnalysis, QuoteOptions, analyze_article

LEDE = "Mayor Harriet Brandt and Councillor Nils Aberg met at the harbour on Monday.\n\n"


def analyse(body: str, nlp: Any, options: QuoteOptions) -> ArticleAnalysis:
    return analyze_article(make_article(body, id="a1", outlet="The Harbour Herald"), nlp, options)


def speaker_of(body: str, start: str, nlp: Any, options: QuoteOptions) -> str | None:
    result = analyse(LEDE + body, nlp, options)
    return next(q.speaker for q in result.quotes if q.text.startswith(start))


SPOKEN = [
    pytest.param(
        'The mayor put it this way: "Every objection the board raised, we fixed in the bill."',
        "Every objection",
        "Harriet Brandt",
        id="a-role-subject-before-a-colon",
    ),
    pytest.param(
        "The mayor's reaction, in a text message to The Herald on Monday night: "
        '"Disappointed. Nils knows what this means for the island."',
        "Disappointed.",
        "Harriet Brandt",
        id="a-role-s-speech-noun-before-a-colon",
    ),
    pytest.param(
        "Her explanation, delivered to reporters in her City Hall office: "
        '"Some votes you have to think about for a long time."',
        "Some votes",
        "Harriet Brandt",
        id="her-thing-with-capitalised-places-in-the-lead-in",
    ),
    pytest.param(
        "Aberg left early. His message to the mayor, delivered at the pier: "
        '"Come down here and explain it to the ferry crews."',
        "Come down here",
        "Nils Aberg",
        id="his-thing-addressed-to-a-person",
    ),
    pytest.param(
        "Aberg, who wrote the bill, which is more than we can say for the board, had this "
        'to say: "Every objection the board raised, we fixed in the harbour bill."',
        "Every objection",
        "Nils Aberg",
        id="a-relative-clause-set-off-by-commas",
    ),
    pytest.param(
        'Aberg dismissed the ferry report as "campaign literature on council letterhead."',
        "campaign literature",
        "Nils Aberg",
        id="dismissed-as",
    ),
    pytest.param(
        "The party chairman, Ronald Berg, has gone further, accusing Mayor Brandt of "
        '"playing games with a harbour that holds half the island\'s boats."',
        "playing games",
        "Ronald Berg",
        id="accusing-of-in-a-participle-clause",
    ),
    pytest.param(
        'Aberg, a 44-year-old fisherman, answered with a promise of "a fully staffed '
        'harbour patrol on every mile of the coast," and a jab at the board.',
        "a fully staffed",
        "Nils Aberg",
        id="the-of-of-a-promise",
    ),
    pytest.param(
        'The mayor has promised "an override vote before Easter," although the council '
        "is two votes short.",
        "an override vote",
        "Harriet Brandt",
        id="a-promised-object",
    ),
    pytest.param(
        'Aberg called the harbour vote "a betrayal of every family on the coast" on Monday.',
        "a betrayal",
        "Nils Aberg",
        id="what-a-verb-calls-its-object",
    ),
    pytest.param(
        "Aberg issued a statement calling the vote \"the clearest sign yet of the board's "
        'contempt."',
        "the clearest sign",
        "Nils Aberg",
        id="what-a-statement-he-issued-calls-its-object",
    ),
    pytest.param(
        'Aberg\'s bold and costly claim that "the ferry will pay for itself within a decade" '
        "drew laughter.",
        "the ferry will pay",
        "Nils Aberg",
        id="a-named-person-s-claim-that",
    ),
    pytest.param(
        "Aberg's rebuttal \u2014 that the pier \"would have handed millions to the ferry "
        'lobby" \u2014 was his sharpest answer.',
        "would have handed",
        "Nils Aberg",
        id="a-claim-set-off-by-a-dash-with-words-of-the-clause-before-the-quote",
    ),
    pytest.param(
        'The mayor came under fire over her assertion at the hearing that "we are finally '
        'where we need to be" on the pier.',
        "we are finally",
        "Harriet Brandt",
        id="her-assertion-with-a-phrase-before-that",
    ),
    pytest.param(
        'Aberg criticized the board for "stepping back and taking no action when it mattered."',
        "stepping back",
        "Nils Aberg",
        id="criticized-for",
    ),
    pytest.param(
        "The festival came to Lakeport because, in Aberg's words, \"it is the busiest "
        'harbour on the coast."',
        "it is the busiest",
        "Nils Aberg",
        id="in-a-person-s-words",
    ),
    pytest.param(
        "When Tomas Lindqvist was at the harbour school, he studied under Nils Aberg; "
        "Aberg's advice to every new reporter on the pier was, \"It is not a "
        'good story if nobody on the pier is angry."',
        "It is not a good story",
        "Nils Aberg",
        id="a-possessed-speech-noun-was-comma-after-another-name",
    ),
    pytest.param(
        'Her answer was, "We will not close the ferry before the winter storms pass."',
        "We will not close",
        "Harriet Brandt",
        id="her-speech-noun-was-comma",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), SPOKEN)
def test_a_sentence_that_names_the_speaker_without_a_reporting_verb(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    assert speaker_of(body, start, nlp, options) == speaker


def test_a_colon_lead_in_on_a_named_person_s_relative_is_not_theirs(
    nlp: Any, options: QuoteOptions
) -> None:
    """'Aberg's mother was blunt: "..."': the mother's words, not Aberg's."""
    body = 'Aberg\'s mother was blunt: "He should never have run for the harbour board."'
    assert speaker_of(body, "He should never", nlp, options) != "Nils Aberg"


NOT_SPOKEN = [
    pytest.param(
        'Aberg was accused of "playing games with the harbour and its boats."',
        "playing games",
        id="a-passive-subject-is-accused-not-accusing",
    ),
    pytest.param(
        'The report accused the mayor of "playing games with the harbour and its boats."',
        "playing games",
        id="a-thing-accusing",
    ),
    pytest.param(
        'The report\'s bold claim that "the harbour will flood within a decade" was disputed.',
        "the harbour will flood",
        id="a-thing-s-claim-that",
    ),
    pytest.param(
        'Her mother\'s bold claim that "the harbour will flood within a decade" was disputed.',
        "the harbour will flood",
        id="a-relative-s-claim-that",
    ),
    pytest.param(
        'Aberg praised her for saying "the harbour belongs to every family on the island."',
        "the harbour belongs",
        id="praised-for-saying-is-hers",
    ),
    pytest.param(
        'The problem for Brandt was, "We will not close the ferry before the winter storms."',
        "We will not close",
        id="a-lead-in-with-was-and-no-speech-noun",
    ),
]


@pytest.mark.parametrize(("body", "start"), NOT_SPOKEN)
def test_a_complement_whose_subject_speaks_not_stays_no_one_s(
    body: str, start: str, nlp: Any, options: QuoteOptions
) -> None:
    result = analyse(LEDE + body, nlp, options)
    assert all(q.speaker is None for q in result.quotes if q.text.startswith(start))


@pytest.mark.parametrize(
    "sentence",
    ['Aberg dismissed the plan as "Ferry Lite" on Monday.', 'Aberg called the plan "Ferry Lite."'],
)
def test_a_short_name_a_judging_verb_takes_stays_a_scare_quote(
    sentence: str, nlp: Any, options: QuoteOptions
) -> None:
    result = analyse(LEDE + sentence, nlp, options)
    assert "Ferry Lite" in {s.text.rstrip(".") for s in result.scare_quotes}
