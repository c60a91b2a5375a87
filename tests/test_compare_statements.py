"""Matching one statement across outlets, choosing its original, and the findings.

The story below is invented: a harbour master quoted by a wire agency, a newspaper
that credits it, a translation, a reworded copy that credits no one and cuts the
quote before its counterpoint, and an unrelated quote by someone else.
"""

from __future__ import annotations

import json

import pytest

from helpers import make_article
from retold.analyze import ArticleAnalysis, QuoteOptions, analyze_articles
from retold.compare import altered_quotes, match_statements, uncredited_copies
from retold.compare.grouping import same_person
from retold.compare.records import StatementGroup
from retold.records import Article

WIRE = (
    "PORTVIEW, May 2 (Gull Wire) - The port of Portview will stay closed until Friday after "
    "a storm broke part of the sea wall, harbour officials said on Tuesday.\n\n"
    '"The wall held for forty years, but it will not hold another winter," harbour master '
    'Ines Varga told Gull Wire. "We need six months and a new budget."\n\n'
    "Fisherman Olek Bran said he had lost two boats in the storm."
)
PAPER = (
    "The storm that shut Portview's port will cost the town dearly.\n\n"
    '"The wall held for forty years, but it will not hold another winter," harbour master '
    "Ines Varga told Gull Wire.\n\n"
    "Varga said repairs would take six months and need a new budget."
)
TRANSLATION = (
    "The wall resisted for forty years, but it will not resist one more winter - harbour "
    "master Ines Varga told the agency Gull Wire.\n\n"
    "The port stays shut until Friday."
)
COPY = (
    "Portview's port is shut until Friday after a storm smashed the sea wall.\n\n"
    '"The wall held for forty years," said harbour master Ines Varga.\n\n'
    "Olek Bran, a fisherman, said he had lost two boats."
)


def article(id: str, outlet: str, published: str, body: str) -> Article:
    return make_article(body, id=id, outlet=outlet, published=published)


ARTICLES = [
    article("wire", "Gull Wire", "2024-05-02", WIRE),
    article("paper", "The Portview Post", "2024-05-02", PAPER),
    article("translation", "Harbour Digest", "2024-05-03", TRANSLATION),
    article("copy", "ClickFeed", "2024-05-03", COPY),
]


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    return analyze_articles(ARTICLES, None, QuoteOptions())


@pytest.fixture(scope="module")
def groups(analyses: list[ArticleAnalysis]) -> list[StatementGroup]:
    return match_statements(ARTICLES, analyses, story="S-port")


def group_of(groups: list[StatementGroup], article: str, start: str) -> StatementGroup:
    for group in groups:
        for occurrence in group.occurrences:
            if occurrence.article == article and occurrence.text.startswith(start):
                return group
    raise AssertionError(f"no group holds {article}: {start}")


def test_one_statement_across_copy_paraphrase_translation(groups: list[StatementGroup]) -> None:
    group = group_of(groups, "wire", "The wall held")
    members = {(o.article, o.kind) for o in group.occurrences}
    assert members == {
        ("wire", "direct"),
        ("paper", "direct"),
        ("paper", "indirect"),
        ("translation", "direct"),
        ("copy", "direct"),
    }
    assert group.speaker == "Ines Varga"
    assert group.story == "S-port"


def test_original_is_the_first_hand_wording(groups: list[StatementGroup]) -> None:
    group = group_of(groups, "wire", "The wall held")
    original = next(o for o in group.occurrences if o.quote == group.original)
    assert original.article == "wire"
    assert group.reasons[0] == "credit level 3"


def test_fidelity_per_occurrence(groups: list[StatementGroup]) -> None:
    group = group_of(groups, "wire", "The wall held")
    grades = {(o.article, o.kind): o.fidelity for o in group.occurrences}
    assert grades == {
        ("wire", "direct"): "verbatim",
        ("paper", "direct"): "edited",
        ("paper", "indirect"): "paraphrased",
        ("translation", "direct"): "paraphrased",
        ("copy", "direct"): "altered",
    }


def test_different_speakers_never_share_a_group(groups: list[StatementGroup]) -> None:
    bran = group_of(groups, "wire", "he had lost two boats")
    assert {o.speaker for o in bran.occurrences} == {"Olek Bran"}
    assert bran is not group_of(groups, "wire", "The wall held")


def test_quote_altered_finding_shows_its_evidence(groups: list[StatementGroup]) -> None:
    findings = altered_quotes(groups, ARTICLES)
    assert [(f.kind, f.subject, f.articles) for f in findings] == [
        ("quote_altered", "copy", ("copy", "wire"))
    ]
    finding = findings[0]
    assert "cut before the counterpoint 'but it will not hold another winter'" in finding.summary
    by_id = {a.id: a for a in ARTICLES}
    for evidence in finding.evidence:
        assert by_id[evidence.article].body[evidence.start : evidence.end] == evidence.text
    details = json.loads(finding.details_json)
    assert details["alterations"][0]["kind"] == "truncation"


def test_uncredited_copy(analyses: list[ArticleAnalysis], groups: list[StatementGroup]) -> None:
    links = [("wire", "copy", "rewrite"), ("wire", "paper", "near")]
    findings = uncredited_copies(ARTICLES, analyses, links, "S-port", groups)
    assert [(f.kind, f.subject, f.articles) for f in findings] == [
        ("uncredited_copy", "copy", ("copy", "wire"))
    ]
    assert "without crediting Gull Wire" in findings[0].summary
    assert findings[0].evidence  # the shared statement, in the copy and the original


def test_same_person() -> None:
    assert same_person("anders rasmussen", "anders fogh rasmussen")
    assert not same_person("anna berg", "jonas berg")
    assert not same_person(None, "anna berg")


def test_a_wording_cut_at_an_ellipsis_is_never_the_original() -> None:
    full = article(
        "daily",
        "The Harbour Daily",
        "2024-06-01",
        "Councillor Mara Lind spoke after the vote on Saturday.\n\n"
        '"We will not let this pier and its history slip into the sea without a fight," '
        "Lind said.",
    )
    cut = article(
        "ledger",
        "The Lakeport Ledger",
        "2024-06-02",
        "Councillor Mara Lind came down to the quay on Sunday.\n\n"
        '"We will not let this pier … slip into the sea without a fight," Lind told the Ledger.',
    )
    found = match_statements([full, cut], analyze_articles([full, cut], None, QuoteOptions()))
    group = group_of(found, "ledger", "We will not")
    grades = {o.article: o.fidelity for o in group.occurrences}
    assert grades == {"daily": "verbatim", "ledger": "edited"}


def test_a_partial_quote_and_the_report_holding_it_are_one_statement() -> None:
    report = article(
        "ledger",
        "The Lakeport Ledger",
        "2024-06-02",
        "Councillor Mara Lind came down to the quay on Sunday.\n\n"
        'Lind said the pier "was never built to hold a storm like this" and asked for help.',
    )
    (analysis,) = analyze_articles([report], None, QuoteOptions())
    assert {q.kind for q in analysis.quotes} == {"direct", "indirect"}
    found = match_statements([report], [analysis])
    group = group_of(found, "ledger", "was never built")
    assert {o.kind for o in group.occurrences} == {"direct", "indirect"}


# Background sentences, so that a word two quotes share is rarer in the story than
# the rest of the story's words (as in a real story of many articles).
HARBOUR = "Cranes arrived at the harbour on Monday. Trawlers stayed moored. Ticket sales fell.\n\n"
QUAY = "Ferries kept running. A regatta was postponed. Divers inspected the pier.\n\n"


def linked(first: str, second: str) -> dict[str, str]:
    """The fidelity of each wording, when two articles' wordings form one statement;
    empty when they are two statements."""
    pair = [
        article("daily", "The Harbour Daily", "2024-06-01", HARBOUR + first),
        article("wire", "Gull Wire", "2024-06-02", QUAY + second),
    ]
    found = match_statements(pair, analyze_articles(pair, None, QuoteOptions()))
    both = [g for g in found if len({o.article for o in g.occurrences}) == 2]
    return {o.article: o.fidelity for g in both for o in g.occurrences}


def test_wordings_sharing_only_a_topic_phrase_are_two_statements() -> None:
    assert not linked(
        '"Rebuild the sea wall," harbour master Ines Varga said.',
        '"Nobody could have known how fast the sea wall would fail," harbour master '
        "Ines Varga said.",
    )


def test_two_longer_wordings_sharing_two_words_are_two_statements() -> None:
    """The same speaker on one topic twice: 'change the rules' and 'the rules ... changed'
    share two words of five or more each: two statements, though the story's other
    articles make those two words rare."""
    texts = [
        '"They want to change the rules after the count," harbour master Ines Varga said.',
        'Harbour master Ines Varga said the ruling showed that "the rules in this port only '
        'apply until a councillor needs them changed."',
        "Harbour master Ines Varga spoke after the votes were counted. Crews want calm.",
        "Ferries kept running after the votes were counted. Crews want calm seas.",
    ]
    story = [
        article(f"a{k}", f"Outlet {k}", f"2024-06-0{k + 1}", HARBOUR + text)
        for k, text in enumerate(texts)
    ]
    found = match_statements(story, analyze_articles(story, None, QuoteOptions()))
    assert not [g for g in found if {o.article for o in g.occurrences} >= {"a0", "a1"}]


def test_a_paraphrase_sharing_words_apart_is_one_statement() -> None:
    assert linked(
        '"The families will want answers quickly," harbour master Ines Varga said.',
        "Harbour master Ines Varga said the families would be demanding answers fast.",
    ) == {"daily": "verbatim", "wire": "paraphrased"}


def test_a_phrase_quoted_in_part_is_the_statement_it_comes_from() -> None:
    assert linked(
        '"We would certainly rebuild it, absolutely," harbour master Ines Varga said.',
        'Harbour master Ines Varga said the port "would certainly rebuild" the pier.',
    )


def test_one_word_someone_called_a_thing_joins_the_statement_holding_it() -> None:
    assert linked(
        '"The repairs were reckless and far too slow," harbour master Ines Varga said.',
        'Harbour master Ines Varga called the repairs "reckless" on Tuesday.',
    ) == {"daily": "verbatim", "wire": "edited"}


def test_one_word_never_bridges_two_statements_of_one_speaker() -> None:
    daily = article(
        "daily",
        "The Harbour Daily",
        "2024-06-01",
        HARBOUR + '"The repairs were reckless and far too slow," harbour master Ines Varga said.'
        "\n\nShe turned to the quay road. "
        '"Reckless drivers will lose their permits at the gate," Varga said.',
    )
    wire = article(
        "wire",
        "Gull Wire",
        "2024-06-02",
        QUAY + 'Harbour master Ines Varga called the repairs "reckless" on Tuesday.',
    )
    found = match_statements([daily, wire], analyze_articles([daily, wire], None, QuoteOptions()))
    repairs = group_of(found, "daily", "The repairs")
    drivers = group_of(found, "daily", "Reckless drivers")
    assert repairs is not drivers
    assert "wire" not in {o.article for o in repairs.occurrences}
    assert "wire" not in {o.article for o in drivers.occurrences}


def test_a_body_s_wording_is_not_the_original_of_its_people_s_words() -> None:
    wire = article(
        "wire",
        "Gull Wire",
        "2024-06-01",
        HARBOUR + "Lakeport Bakeries will shut its harbour plant in September.\n\n"
        "The company said it would move bread production to its plant in Forfar, north of "
        "the city.",
    )
    daily = article(
        "daily",
        "The Harbour Daily",
        "2024-06-01",
        QUAY + "Lakeport Bakeries will shut its harbour plant, Gull Wire reported.\n\n"
        "Managing director Gordon Whitelaw said production of bread would move to the "
        "company's smaller plant in Forfar, where 80 new jobs would be created.",
    )
    copy = article(
        "copy",
        "ClickFeed",
        "2024-06-02",
        "Bakery bombshell for the harbour.\n\n"
        "Whitelaw said the bread lines would be moved to the company's smaller plant in "
        "Forfar, where 80 fresh jobs will be created.",
    )
    trio = [wire, daily, copy]
    found = match_statements(trio, analyze_articles(trio, None, QuoteOptions()))
    group = group_of(found, "daily", "production of bread")
    original = next(o for o in group.occurrences if o.quote == group.original)
    assert original.article != "wire"
    assert {o.article: o.fidelity for o in group.occurrences}["daily"] == "verbatim"
