"""A quote cut before its counterpoint is ``quote_altered`` only when the article does
not carry the cut words elsewhere: the rest of a quote split around its attribution,
a paraphrase in the next clause, a second quotation in the same sentence.

The story below is invented: a harbour director quoted by a wire agency, and four
outlets that print only the first half of her quote.
"""

from __future__ import annotations

import pytest

from helpers import make_article
from retold.analyze import QuoteOptions, analyze_articles
from retold.compare import altered_quotes, match_statements
from retold.compare.fidelity import grade, surroundings
from retold.compare.words import Vocabulary, load_vocabulary
from retold.records import Article, Finding

WIRE = (
    "LAKEPORT, June 3 (Gull Wire) - The new ferry terminal will open in April, the harbour "
    "authority said on Monday.\n\n"
    '"The terminal is finished, but the dredging of the channel will take another year," '
    "harbour director Mara Lindqvist told Gull Wire.\n\n"
    "Dredging crews began work on the northern channel in March."
)
SPLIT = (
    "Harbour director Mara Lindqvist spoke at the new quay on Monday.\n\n"
    "“The terminal is finished,” Lindqvist said, “but the dredging of the channel will take "
    "another year.”\n\n"
    "The ferry company has ordered two new boats."
)
PARAPHRASED = (
    "Harbour director Mara Lindqvist spoke at the new quay on Monday.\n\n"
    '"The terminal is finished," Lindqvist said, adding that dredging the channel would '
    "still take another year.\n\n"
    "The ferry company has ordered two new boats."
)
SAME_SENTENCE = (
    "Harbour director Mara Lindqvist spoke at the new quay on Monday.\n\n"
    '"The terminal is finished," Lindqvist said on Monday, though "the dredging of the '
    'channel will take another year," she conceded.\n\n'
    "The ferry company has ordered two new boats."
)
CUT = (
    "Harbour director Mara Lindqvist spoke at the new quay on Monday.\n\n"
    '"The terminal is finished," Lindqvist said.\n\n'
    "The ferry company has ordered two new boats."
)
OUTLETS = {
    "split": ("Lakeport Ledger", SPLIT),
    "paraphrased": ("Coast Daily", PARAPHRASED),
    "same_sentence": ("Bay Times", SAME_SENTENCE),
    "cut": ("ClickFeed", CUT),
}


def story(name: str) -> list[Article]:
    outlet, body = OUTLETS[name]
    return [
        make_article(WIRE, id="wire", outlet="Gull Wire", published="2024-06-03"),
        make_article(body, id=name, outlet=outlet, published="2024-06-04"),
    ]


def altered(name: str) -> list[Finding]:
    articles = story(name)
    analyses = analyze_articles(articles, None, QuoteOptions())
    groups = match_statements(articles, analyses, story="S-ferry")
    return altered_quotes(groups, articles)


@pytest.mark.parametrize("name", ["split", "paraphrased", "same_sentence"])
def test_cut_words_carried_by_the_article_are_no_alteration(name: str) -> None:
    assert altered(name) == []


def test_a_real_cut_is_still_altered() -> None:
    findings = altered("cut")
    assert [(f.kind, f.subject) for f in findings] == [("quote_altered", "cut")]
    assert "cut before the counterpoint" in findings[0].summary


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


ORIGINAL = "The terminal is finished, but the dredging of the channel will take another year."


def test_grade_reads_the_surroundings(vocabulary: Vocabulary) -> None:
    alone = grade(ORIGINAL, "The terminal is finished,", vocabulary)
    beside = "Lindqvist said, adding that the channel needs a year of dredging."
    carried = grade(ORIGINAL, "The terminal is finished,", vocabulary, around=beside)
    unrelated = "Lindqvist said. The ferry company has ordered two new boats."
    elsewhere = grade(ORIGINAL, "The terminal is finished,", vocabulary, around=unrelated)
    assert (alone.fidelity, carried.fidelity, elsewhere.fidelity) == (
        "altered",
        "edited",
        "altered",
    )


def test_surroundings_are_the_quote_sentence_and_the_next() -> None:
    body = (
        "First sentence here. Mara Lindqvist said: “The terminal is finished,” she added, "
        "“but not the channel.” A second sentence. A third sentence."
    )
    start = body.index("The terminal")
    end = body.index("finished,") + len("finished,")
    around = surroundings(body, start, end)
    assert "Mara Lindqvist said" in around and "but not the channel" in around
    assert "A second sentence." in around
    assert "First sentence" not in around and "third" not in around


def test_a_cut_after_the_counterpoint_itself_is_no_alteration(vocabulary: Vocabulary) -> None:
    """'though' set off by commas marks the words before it as the counterpoint: a quote
    that keeps them and drops what follows has not lost the counterpoint."""
    original = "I cannot back the plan today. And I hope to, though, and I want to."
    kept = grade(original, "I cannot back the plan today. I hope to.", vocabulary)
    assert kept.fidelity != "altered"
    opening = "I cannot back the plan today, though I hope to back it next year."
    assert grade(opening, "I cannot back the plan today,", vocabulary).fidelity == "altered"
