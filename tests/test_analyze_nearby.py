"""Direct quotes with no attribution in their sentence take their speaker from the words
around them (``retold.analyze.nearby``), at a lower confidence than a sentence rule
gives; where the neighbourhood hands the words to a thing, or someone else is named
between, the quote keeps no speaker.  All text here is invented.
"""

from __future__ import annotations

from typing import Any

import pytest

from helpers import quote_of
from retold.analyze import QuoteOptions
from retold.analyze.resolved import CONFIDENCE

FOUND = [
    pytest.param(
        "The harbour board met on Monday.\n\n"
        '"We will not close the ferry before the winter storms pass," Fight for $15 '
        "organizing director Maria Osei told Harbour Radio 6 in Lakeport.",
        "We will not close",
        "Maria Osei",
        id="a-name-right-before-the-verb-after-a-long-phrase",
    ),
    pytest.param(
        "The harbour board met on Monday.\n\n"
        '"We will not close the ferry before the winter storms pass" the Herald\'s senior '
        'harbour editor Tomas Lindqvist responded. "And we will pay for the dredging."',
        "And we will pay",
        "Tomas Lindqvist",
        id="the-next-sentence-goes-on-after-an-attribution-with-no-comma",
    ),
    pytest.param(
        "Mayor Edda Brandt spoke for an hour.\n\n"
        "\"It's about time that we had a ferry running this harbour,\" exhorted Brandt's "
        "introducer, actress Ana Ruiz.",
        "It's about time",
        "Ana Ruiz",
        id="an-appositive-after-a-possessor-after-the-verb",
    ),
    pytest.param(
        "Mayor Edda Brandt answered questions from the council for an hour.\n\n"
        'Brandt\'s reply was: "We will not close the ferry before the winter storms pass."',
        "We will not close",
        "Edda Brandt",
        id="a-possessor-before-a-colon",
    ),
    pytest.param(
        "Mayor Edda Brandt answered questions from the council for an hour.\n\n"
        'The timing of the vote does not surprise harbour pollster Edda Brandt: "Late '
        'votes have always favoured the ferry."',
        "Late votes",
        "Edda Brandt",
        id="the-person-a-colon-lead-in-names",
    ),
    pytest.param(
        "Mayor Edda Brandt answered questions from the council for an hour.\n\n"
        'Brandt backs "a fair toll," opposes "a winter closure" and recalled the storm of '
        'last year: "We lost the ferry for a month and the island lost its school."',
        "We lost the ferry",
        "Edda Brandt",
        id="a-colon-lead-in-quoting-its-subject-before",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke after the vote on Monday.\n\n"
        'His statement: "The harbour board failed this town and its ferry crews."',
        "The harbour board",
        "Nils Aberg",
        id="a-colon-lead-in-opening-with-his",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        "Both candidates were asked about the ferry. Councillor Nils Aberg took longer.\n\n"
        '"If the count is fair, the ferry stays until the winter storms pass."',
        "If the count",
        "Nils Aberg",
        id="the-last-sentence-s-subject-before-a-quote-paragraph",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        "I asked Mayor Edda Brandt about the ferry at the pier on Monday. She laughed.\n\n"
        '"Contempt? I read every draft of that harbour bill twice."',
        "Contempt?",
        "Edda Brandt",
        id="the-last-sentence-s-pronoun-after-one-person-named",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg was asked by host Dana Ruiz, who chairs the harbour board, "
        '"Will the ferry keep running through the winter storms?"',
        "Will the ferry",
        "Dana Ruiz",
        id="the-agent-of-a-passive-lead-in",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said, pointing at the map behind him. Then, "We will '
        'not close it before the winter storms pass."',
        "We will not close",
        "Nils Aberg",
        id="the-speaker-of-the-quote-just-before",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        'Later in the evening, Aberg said the dredging report was bad. Adding, "We '
        'will not close the ferry before the winter storms pass."',
        "We will not close",
        "Nils Aberg",
        id="a-participle-lead-in-after-reported-speech",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        'Aberg said in a statement that the vote was "a step forward." He cited the '
        'closure of the old pier and the cost of dredging as "obstacles to a harbour that '
        'works for everyone."',
        "obstacles to",
        "Nils Aberg",
        id="a-sentence-whose-subject-is-he-goes-on-with-the-speaker",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays until the spring," Aberg told the council.\n\n'
        'Then, later on Harbour Radio: "We will not close the ferry before the '
        'winter storms pass."',
        "We will not close",
        "Nils Aberg",
        id="a-short-colon-lead-in-opening-the-next-paragraph",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg went on with his scathing remarks about the dredging.\n\n"
        '"We will not close the ferry before the winter storms pass."',
        "We will not close",
        "Nils Aberg",
        id="a-quote-paragraph-after-a-paragraph-about-one-person",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said at the pier as the rain set in.\n\n'
        '"We will not close it."\n\n'
        '"And we will pay for the dredging before the winter storms pass."',
        "And we will pay",
        "Nils Aberg",
        id="a-run-of-quote-paragraphs-after-an-attribution",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg is hopeful about the ferry, though Mayor Edda Brandt wants it sold.\n\n"
        '"It will pay for itself before the winter storms pass."\n\n'
        '"The dredging is the only cost the harbour still carries," Aberg notes.',
        "It will pay",
        "Nils Aberg",
        id="a-quote-paragraph-between-its-subject-and-its-attribution",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm."\n\n'
        '"We will not lose the grant before the winter storms pass."',
        "We will not lose",
        "Nils Aberg",
        id="a-run-after-narration-whose-he-is-the-speaker-before",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        "Councillor Nils Aberg walked to the pier in the rain.\n\n"
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm. We lost the lock in the spring.\n\n'
        '"We will not lose the grant before the winter storms pass."',
        "We lost the mill",
        "Nils Aberg",
        id="a-quote-over-paragraphs-after-narration-whose-he-is-the-subject-before",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "After the long vote, he talked about the mill, the lock and the grant.\n\n"
        '"We lost the mill in the storm before the winter came."',
        "We lost the mill",
        "Nils Aberg",
        id="he-after-an-opening-phrase",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm. We lost the lock in the spring.\n\n'
        '"We will not lose the grant before the winter storms pass."\n\n'
        '"Nor will we lose the ferry to the mainland."',
        "Nor will we",
        "Nils Aberg",
        id="a-quote-paragraph-after-a-quote-over-paragraphs",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg seemed taken aback and mentioned that the operator had sold two boats. "
        '"Does that not speak to how the harbour is run in any way?"',
        "Does that not",
        "Nils Aberg",
        id="a-quote-ending-a-paragraph-about-one-person",
    ),
]


@pytest.mark.parametrize(("body", "start", "speaker"), FOUND)
def test_the_speaker_is_read_from_the_neighbourhood(
    body: str, start: str, speaker: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, start, nlp, options)
    assert (quote.speaker, quote.shape) == (speaker, "nearby")
    named = [v for k, v in CONFIDENCE.items() if k not in ("nearby", "description")]
    assert quote.confidence <= CONFIDENCE["nearby"] < min(named)


UNKNOWN = [
    pytest.param(
        "Mayor Edda Brandt answered questions from the council for an hour.\n\n"
        'Brandt welcomed the question: "Will the ferry keep running through the winter '
        'storms?" asked the reporters standing in the back row of the hall, one after another.',
        "Will the ferry",
        id="a-verb-after-the-quote-says-someone-else-spoke",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said, after Mayor Edda Brandt had promised a vote on '
        '"the whole winter timetable of the harbour"',
        "the whole winter",
        id="someone-else-named-between",
    ),
    pytest.param(
        "Adding a new ferry line was discussed.\n\n"
        'Southern councillors said nothing. Weeks later: "We will not close the ferry '
        'before the winter storms pass."',
        "We will not close",
        id="no-one-named-in-the-lead-in",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg told the council that the ferry would stay until the spring.\n\n"
        'The old harbour saying, "the tide waits for no ferry and no councillor either" '
        "did not seem to trouble him.",
        "the tide waits",
        id="a-saying-after-a-paragraph-of-reported-speech",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        'Friday, he told the Harbour Herald that Brandt was not "willing to debate the '
        'harbour" and that the mayor\'s aides were "dragging their feet." This prompted '
        'the paper to print a cover saying "Do not be a bum, Edda!"',
        "Do not be",
        id="a-sentence-of-its-own-after-a-full-stop-inside-the-marks",
    ),
    pytest.param(
        "Mayor Edda Brandt answered questions from the council for an hour.\n\n"
        'Brandt welcomed the question: "Will the ferry keep running through the winter '
        'storms?" a reporter can be heard asking Brandt after the meeting.',
        "Will the ferry",
        id="words-after-the-quote-that-may-attribute-it",
    ),
    pytest.param(
        "Mayor Edda Brandt answered questions from the council for an hour.\n\n"
        'A sign reading "Save our ferry" hung behind Brandt at the pier: "The ferry '
        'stays until the winter storms pass."',
        "The ferry stays",
        id="quoted-words-before-the-colon-lead-in-s-subject",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg went on with his scathing remarks about Mayor Edda Brandt.\n\n"
        '"We will not close the ferry before the winter storms pass."',
        "We will not close",
        id="a-quote-paragraph-after-a-paragraph-naming-two-people",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said. The vote went to Mayor Edda Brandt.\n\n'
        '"We will not close it before the winter storms pass."',
        "We will not close",
        id="a-quote-paragraph-after-someone-else-is-named",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said at the pier as the rain set in.\n\n'
        '"We will not close it."\n\n'
        '"Aberg has never once paid for the dredging before the winter storms."',
        "Aberg has never",
        id="a-quote-paragraph-that-names-the-speaker-before",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said at the pier as the rain set in.\n\n'
        '"We will not close it."\n\n'
        "The rain had stopped by then.\n\n"
        '"And we will pay for the dredging before the winter storms pass."',
        "And we will pay",
        id="a-paragraph-of-narration-between-ends-the-run",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," Aberg said. The harbour board answered at once.\n\n'
        '"We will not close it before the winter storms pass."',
        "We will not close",
        id="a-quote-paragraph-after-someone-else-answers",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg is hopeful about the ferry, though Mayor Edda Brandt wants it sold.\n\n"
        '"It will pay for itself before the winter storms pass."\n\n'
        '"The dredging is the only cost the harbour still carries," Brandt notes.',
        "It will pay",
        id="a-quote-paragraph-between-its-subject-and-someone-else",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg seemed taken aback when Mayor Edda Brandt mentioned the two boats. "
        '"Does that not speak to how the harbour is run in any way?"',
        "Does that not",
        id="a-quote-ending-a-paragraph-that-names-two-people",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told Mayor Edda Brandt at the pier.\n\n'
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm before the winter came."',
        "We lost the mill",
        id="he-after-a-paragraph-naming-two-people",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "He asked her about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm before the winter came."',
        "We lost the mill",
        id="narration-with-a-pronoun-of-someone-else",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "In her reply, he talked about the mill, the lock and the grant.\n\n"
        '"We lost the mill in the storm before the winter came."',
        "We lost the mill",
        id="an-opening-phrase-with-a-pronoun-of-someone-else",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "She talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm before the winter came."',
        "We lost the mill",
        id="narration-whose-pronoun-is-of-the-other-gender",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm."\n\n'
        "The rain had stopped by then.\n\n"
        '"And we will pay for the dredging before the winter storms pass."',
        "And we will pay",
        id="narration-ends-a-run-after-he",
    ),
    pytest.param(
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm."\n\n'
        '"Aberg has never once paid for the dredging before the winter storms."',
        "Aberg has never",
        id="a-quote-that-names-whom-he-means-ends-the-run",
    ),
    pytest.param(
        "Mayor Edda Brandt opened the meeting on Friday.\n\n"
        '"The ferry stays," Councillor Nils Aberg told the crowd at the pier.\n\n'
        "She talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm before the winter came."',
        "We lost the mill",
        id="she-after-a-paragraph-about-him-means-no-one-named-before",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," he said at the pier as the rain set in.\n\n'
        '"Aberg has never once paid for the dredging before the winter storms."\n\n'
        '"And we will pay for the dredging before the winter storms pass."',
        "Aberg has never",
        id="a-quote-that-names-whom-a-pronoun-speaker-means",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        '"The ferry stays," he said at the pier as the rain set in.\n\n'
        '"Aberg has never once paid for the dredging before the winter storms."\n\n'
        '"And we will pay for the dredging before the winter storms pass."',
        "And we will pay",
        id="a-quote-that-names-whom-a-pronoun-speaker-means-ends-the-run",
    ),
    pytest.param(
        "Councillor Nils Aberg spoke at the meeting on Friday.\n\n"
        "Aberg seemed taken aback. "
        '"Does that not speak to how the harbour is run?" The room fell silent.',
        "Does that not",
        id="a-quote-in-the-paragraph-that-goes-on-after-it",
    ),
]


@pytest.mark.parametrize(("body", "start"), UNKNOWN)
def test_a_neighbourhood_that_names_no_speaker_gives_none(
    body: str, start: str, nlp: Any, options: QuoteOptions
) -> None:
    quote = quote_of(body, start, nlp, options)
    assert quote.speaker is None
    assert quote.shape == "unattributed"


def test_he_after_a_speaker_named_by_no_name_is_that_speaker(
    nlp: Any, options: QuoteOptions
) -> None:
    """'"...," a harbour spokesman told the crowd.' then 'He talked about the mill.'
    then a quote: 'he' is the spokesman, whom the article describes but never names."""
    body = (
        "The harbour board met on Friday.\n\n"
        '"The ferry stays," a harbour spokesman told the crowd at the pier.\n\n'
        "He talked about the mill, the lock and the grant that died in committee.\n\n"
        '"We lost the mill in the storm before the winter came."'
    )
    quote = quote_of(body, "We lost the mill", nlp, options)
    assert (quote.speaker, quote.speaker_kind, quote.shape) == (
        "a harbour spokesman",
        "description",
        "nearby",
    )


def test_a_colon_lead_in_on_a_person_of_hers_is_not_hers(nlp: Any, options: QuoteOptions) -> None:
    """'Her mother was blunt: "..."': the words are the mother's, not the mayor's."""
    body = (
        "Mayor Edda Brandt toured the flooded pier on Monday.\n\n"
        'Her mother was blunt: "She should never have run for the harbour board."'
    )
    assert quote_of(body, "She should never", nlp, options).speaker != "Edda Brandt"


def test_a_quote_paragraph_after_a_question_does_not_go_on_with_its_speaker(
    nlp: Any, options: QuoteOptions
) -> None:
    """A question read from the narration before it, then '"Councillor, I host a lot of
    parties."': an answer, an exchange, not the asker going on (none rather than a
    guess)."""
    body = (
        "Councillor Tomas Berg spent his five minutes on the party Ana Ruiz hosted at her "
        "home. Lena Osei attended.\n\n"
        '"You do not remember talking about a grant at a party in your own house?"\n\n'
        '"Councillor, I host a lot of parties."'
    )
    assert quote_of(body, "Councillor, I host", nlp, options).speaker is None
