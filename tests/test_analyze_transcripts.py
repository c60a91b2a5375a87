"""Transcript lines ('OKAFOR: ...'): a labelled paragraph of an exchange is a direct
quote of the one its label names (``retold.analyze.transcript``); a lone labelled
paragraph, a list, a box of facts or furniture is none.  All text here is invented."""

from __future__ import annotations

from typing import Any

import pytest

from helpers import make_article
from retold.analyze import QuoteOptions, analyze_article

DEBATE = (
    "Mayor Lena Osei and her challenger, councillor Piet Brandvold, met on Tuesday for "
    "the only debate of the race, moderated by Carla Ruiz of the Harbour Herald.\n\n"
    "The exchange, according to a transcript:\n\n"
    "RUIZ: Mayor, the pier is still closed. Why should voters trust you to reopen it?\n\n"
    "OSEI: Because I found the money for it, and nobody else on this stage did.\n\n"
    "BRANDVOLD: That is simply not true, and the mayor knows it.\n\n"
    "RUIZ: Mr. Brandvold, you will get your turn.\n\n"
    'Brandvold later said the pier had become "a symbol of drift."'
)

TITLED = (
    "Sen. Ivo Dunn and Rep. Mara Holt argued over the harbour bill at a hearing on "
    "Thursday.\n\n"
    "Sen. Dunn: Is it true that the dredging money was never spent?\n\n"
    "Rep. Holt: It was spent, every cent of it, on the north channel.\n\n"
    "MR. DUNN: Then why is the north channel still silting up?"
)

INTERVIEW = (
    "Harbour master Arvid Holm spoke to the Herald about the storm season.\n\n"
    "Q: How many boats did the storm sink?\n\n"
    "A: Four, and we were lucky it was not forty.\n\n"
    "Q: Will the breakwater be raised?\n\n"
    "A: Not this year. The money is not there."
)

NAMED_IN_LABELS = (
    "The governor appeared on the Sunday program to talk about the flood money.\n\n"
    "A partial transcript:\n\n"
    "JAKE TILLMAN: The state asked for nine hundred million dollars. Did you get it?\n\n"
    "GOVERNOR: We got about half, and we will keep asking for the rest.\n\n"
    "TILLMAN: Is that enough to rebuild the bridges before winter?"
)


def speech(body: str, nlp: Any, options: QuoteOptions) -> list[tuple[str, str | None]]:
    result = analyze_article(make_article(body, id="a1", outlet="The Harbour Herald"), nlp, options)
    for quote in result.quotes:
        assert body[quote.start : quote.end] == quote.text
    return [(q.text, q.speaker) for q in result.quotes if q.shape == "transcript"]


def test_a_debate_transcript_gives_each_line_to_the_one_its_label_names(
    nlp: Any, options: QuoteOptions
) -> None:
    assert speech(DEBATE, nlp, options) == [
        (
            "Mayor, the pier is still closed. Why should voters trust you to reopen it?",
            "Carla Ruiz",
        ),
        ("Because I found the money for it, and nobody else on this stage did.", "Lena Osei"),
        ("That is simply not true, and the mayor knows it.", "Piet Brandvold"),
        ("Mr. Brandvold, you will get your turn.", "Carla Ruiz"),
    ]


def test_a_transcript_line_is_a_direct_quote_cued_by_its_label(
    nlp: Any, options: QuoteOptions
) -> None:
    result = analyze_article(make_article(DEBATE, id="a1"), nlp, options)
    line = next(q for q in result.quotes if q.text.startswith("Because I found"))
    assert (line.kind, line.cue, line.speaker_text, line.resolution) == (
        "direct",
        ":",
        "OSEI",
        "surname",
    )
    assert not [q for q in result.quotes if q.kind == "indirect" and "found the money" in q.text]


def test_a_title_and_a_surname_label_a_line(nlp: Any, options: QuoteOptions) -> None:
    assert speech(TITLED, nlp, options) == [
        ("Is it true that the dredging money was never spent?", "Ivo Dunn"),
        ("It was spent, every cent of it, on the north channel.", "Mara Holt"),
        ("Then why is the north channel still silting up?", "Ivo Dunn"),
    ]


def test_an_interview_q_and_a_is_quoted_with_no_speaker_it_cannot_be_sure_of(
    nlp: Any, options: QuoteOptions
) -> None:
    assert speech(INTERVIEW, nlp, options) == [
        ("How many boats did the storm sink?", None),
        ("Four, and we were lucky it was not forty.", None),
        ("Will the breakwater be raised?", None),
        ("Not this year. The money is not there.", None),
    ]
    result = analyze_article(make_article(INTERVIEW, id="a1"), nlp, options)
    assert {(q.cue, q.speaker_text) for q in result.quotes} == {(None, None)}  # nothing named


def test_a_full_name_in_capitals_names_the_speaker_of_its_later_surname(
    nlp: Any, options: QuoteOptions
) -> None:
    lines = speech(NAMED_IN_LABELS, nlp, options)
    assert [speaker for _, speaker in lines] == ["Jake Tillman", None, "Jake Tillman"]


NOT_TRANSCRIPTS = [
    pytest.param(
        "WASHINGTON: The harbour bill passed the Senate on Tuesday by a wide margin.\n\n"
        "Sen. Ivo Dunn called it a good day for the coast.",
        id="dateline",
    ),
    pytest.param(
        "Dunn: the harbour bill was never about dredging\n\n"
        "Sen. Ivo Dunn said on Tuesday that the bill would pass.",
        id="headline-with-a-name",
    ),
    pytest.param(
        "Sen. Ivo Dunn and Rep. Mara Holt each set a goal for the primary.\n\n"
        "Dunn: Win the coast by ten points.\n\n"
        "Holt: Hold the valley and the city.",
        id="list-of-goals",
    ),
    pytest.param(
        "The votes so far, by candidate:\n\n"
        "Ivo Dunn: 1,204.\n\n"
        "Mara Holt: 988.\n\n"
        "Ivo Dunn: 1,301.\n\n"
        "Mara Holt: 1,012.",
        id="tally",
    ),
    pytest.param(
        "The council voted on the pier on Monday.\n\n"
        "UPDATE: This story has been updated with the final vote.\n\n"
        "UPDATE: The mayor has since signed the order.",
        id="updates",
    ),
    pytest.param(
        "The new ferry is fast but loud.\n\n"
        "PROS: quick crossing, cheap fares\n\n"
        "CONS: loud engines, few seats\n\n"
        "PROS: a bigger car deck",
        id="pros-and-cons",
    ),
    pytest.param(
        "The festival returns this summer.\n\n"
        "WHEN: the second weekend of July.\n\n"
        "WHERE: the old quay, by the fish market.",
        id="fact-box",
    ),
    pytest.param(
        "Live updates from the harbour.\n\n"
        "10:32: The first boats are leaving the quay.\n\n"
        "10:45: The wind is picking up.",
        id="timestamps",
    ),
]


@pytest.mark.parametrize("body", NOT_TRANSCRIPTS)
def test_furniture_lists_and_lone_labels_are_no_transcript(
    body: str, nlp: Any, options: QuoteOptions
) -> None:
    assert speech(body, nlp, options) == []
