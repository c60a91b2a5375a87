"""One statement across stories, and quoted words a speaker said elsewhere in a story.

The stories are invented: a port authority chief who warns about a sea wall in
January and is quoted again in a March story about a second storm; a councillor who
repeats her words in another story; a minister whose "ruinous" inside his reported
speech is his own word, since another article quotes him saying it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from helpers import make_article
from retold.analyze import ArticleAnalysis, QuoteOptions, analyze_articles
from retold.compare import match_statements
from retold.compare.across import join_stories
from retold.compare.partial import speakers_words
from retold.compare.records import StatementGroup
from retold.compare.stored import joined_groups
from retold.records import Article
from retold.serve.export import quote_groups, quote_json
from retold.store import open_store

JANUARY = (
    "KELDMOUTH, Jan 9 (Gull Wire) - Storm waters broke over the Keldmouth sea wall on "
    "Tuesday night, flooding forty homes.\n\n"
    '"The wall was never designed for a tide this high, and we will raise it before the '
    'next winter storms arrive," said Marta Quillon, chief of the port authority. '
    '"A sad day."\n\n'
    "Residents spent the night in the town hall."
)
JANUARY_PAPER = (
    "Forty homes in Keldmouth were flooded when the sea wall was overtopped.\n\n"
    '"The wall was never designed for a tide this high, and we will raise it before the '
    'next winter storms arrive," Marta Quillon, chief of the port authority, said.'
)
MARCH = (
    "KELDMOUTH, Mar 20 (Gull Wire) - A second storm flooded the Keldmouth harbour front on "
    "Thursday, ten weeks after the first.\n\n"
    "In January the port authority chief Marta Quillon promised the town: "
    '"we will raise it before the next winter storms arrive." '
    "The work has not started.\n\n"
    '"A sad day," Marta Quillon said on Thursday.'
)
MARCH_PAPER = (
    "A second flood in ten weeks hit Keldmouth on Thursday.\n\n"
    '"Nobody has told us when the wall will be raised," said shop owner Dan Ferrow.'
)
OTHER_SPEAKER = (
    "The Brennan council met on Friday about its own harbour.\n\n"
    '"We will raise it before the next winter storms arrive," councillor Ada Pellow said '
    "of the Brennan breakwater."
)
OTHER_PAPER = "Brennan's breakwater will be raised, the council said on Friday."


def article(id: str, published: str, body: str) -> Article:
    return make_article(body, id=id, outlet=f"Outlet {id}", published=published)


STORIES = {
    "S-jan": [
        article("jan-wire", "2026-01-09", JANUARY),
        article("jan-paper", "2026-01-10", JANUARY_PAPER),
    ],
    "S-mar": [
        article("mar-wire", "2026-03-20", MARCH),
        article("mar-paper", "2026-03-20", MARCH_PAPER),
    ],
    "S-other": [
        article("oth-a", "2026-03-21", OTHER_SPEAKER),
        article("oth-b", "2026-03-21", OTHER_PAPER),
    ],
}


@pytest.fixture(scope="module")
def analyses() -> list[ArticleAnalysis]:
    return analyze_articles([a for s in STORIES.values() for a in s], None, QuoteOptions())


@pytest.fixture(scope="module")
def joined(analyses: list[ArticleAnalysis]) -> list[StatementGroup]:
    groups = [
        g for story, members in STORIES.items() for g in match_statements(members, analyses, story)
    ]
    quotes = {q.id: q for a in analyses for q in a.quotes}
    articles = {a.id: a for s in STORIES.values() for a in s}
    return join_stories(groups, quotes, articles)


def group_of(groups: list[StatementGroup], article: str, start: str) -> StatementGroup:
    for group in groups:
        for occurrence in group.occurrences:
            if occurrence.article == article and occurrence.text.casefold().startswith(start):
                return group
    raise AssertionError(f"no group holds {article}: {start}")


def test_a_fragment_quoted_again_in_a_later_story_joins_its_statement(
    joined: list[StatementGroup],
) -> None:
    january = group_of(joined, "jan-wire", "the wall was never")
    march = group_of(joined, "mar-wire", "we will raise it")
    assert (january.story, march.story) == ("S-jan", "S-mar")
    assert january.statement == march.statement == january.id
    fragment = next(o for o in march.occurrences if o.article == "mar-wire")
    assert fragment.fidelity in ("verbatim", "edited")  # a part, not cut into 'altered'


def test_the_same_words_by_another_speaker_do_not_join(joined: list[StatementGroup]) -> None:
    other = group_of(joined, "oth-a", "we will raise it")
    assert other.statement is None


def test_a_common_short_phrase_does_not_join(joined: list[StatementGroup]) -> None:
    march = group_of(joined, "mar-wire", "a sad day")
    assert march.statement is None


def test_a_group_no_longer_joined_is_graded_against_its_own_original(
    joined: list[StatementGroup], analyses: list[ArticleAnalysis]
) -> None:
    march = group_of(joined, "mar-wire", "we will raise it")
    quotes = {q.id: q for a in analyses for q in a.quotes}
    articles = {a.id: a for s in STORIES.values() for a in s}
    alone = join_stories([march], quotes, articles)[0]
    fresh = group_of(
        match_statements(STORIES["S-mar"], analyses, "S-mar"), "mar-wire", "we will raise"
    )
    assert alone == fresh


REPORTED = (
    "Transport minister Ivo Tarrant said on Monday the new port fines were "
    '"ruinous" for small fishing crews and would be reviewed.\n\n'
    'Fire crews said embers were "spotting" across the ridge.'
)
DIRECT = (
    "The port fines take effect in May.\n\n"
    '"These fines are ruinous for the small crews," Transport minister Ivo Tarrant said.'
)
DIRECT_OTHER = (
    "The port fines take effect in May.\n\n"
    '"These fines are ruinous for the small crews," harbour pilot Ola Venn said.'
)


def scare_texts(members: list[Article]) -> dict[str, set[str]]:
    analyses = speakers_words(analyze_articles(members, None, QuoteOptions()))
    return {a.article: {s.text for s in a.scare_quotes} for a in analyses}


def test_a_word_the_speaker_said_in_a_direct_quote_is_no_scare_quote() -> None:
    found = scare_texts(
        [article("rep", "2026-05-04", REPORTED), article("dir", "2026-05-04", DIRECT)]
    )
    assert "ruinous" not in found["rep"]
    assert "spotting" in found["rep"]  # nobody said it: a term


def test_without_the_speakers_own_direct_quote_the_word_stays_a_scare_quote() -> None:
    alone = scare_texts([article("rep", "2026-05-04", REPORTED)])
    assert "ruinous" in alone["rep"]
    other = scare_texts(
        [article("rep", "2026-05-04", REPORTED), article("dir", "2026-05-04", DIRECT_OTHER)]
    )
    assert "ruinous" in other["rep"]


def test_the_shared_statement_is_stored(joined: list[StatementGroup], store_url: str) -> None:
    with open_store(store_url) as store:
        store.replace_statement_groups(joined)
        stored = {g.id: g.statement for g in store.statement_groups()}
        stories = {g.id: store.statement_story(g.id) for g in joined}
        assert store.statement_story("no such group") is None
    assert stored == {g.id: g.statement for g in joined}
    assert any(stored.values())
    assert stories == {g.id: g.story for g in joined}


def test_a_later_run_joins_a_new_story_to_a_stored_one(
    analyses: list[ArticleAnalysis], tmp_path: Path
) -> None:
    """The compare stage compares only the stories on its to-do list: the stored groups
    of the others join too, and those the join changes are written again."""
    january = match_statements(STORIES["S-jan"], analyses, "S-jan")
    march = match_statements(STORIES["S-mar"], analyses, "S-mar")
    articles = {a.id: a for s in STORIES.values() for a in s}
    read = ({a.article: a for a in analyses}, articles)
    with open_store(tmp_path / "s.db") as store:
        store.replace_statement_groups(january)
        groups, replaced = joined_groups(store, march, {"S-mar"}, {"S-jan", "S-mar"}, read)
    assert replaced == {"S-jan", "S-mar"}
    lead = group_of(groups, "jan-wire", "the wall was never")
    assert group_of(groups, "mar-wire", "we will raise it").statement == lead.id
    assert {g.id for g in groups} == {g.id for g in january + march}


def test_the_export_names_the_statement_across_stories(
    joined: list[StatementGroup], analyses: list[ArticleAnalysis]
) -> None:
    groups = quote_groups(joined)
    rows = {q.id: quote_json(q, groups.get(q.id)) for a in analyses for q in a.quotes}
    lead = group_of(joined, "jan-wire", "the wall was never")
    later = group_of(joined, "mar-wire", "we will raise it")
    assert {rows[o.quote]["statement"] for o in later.occurrences} == {lead.id}
    assert {rows[o.quote]["group"] for o in later.occurrences} == {later.id}
    alone = group_of(joined, "oth-a", "we will raise it")
    assert {rows[o.quote]["statement"] for o in alone.occurrences} == {None}
