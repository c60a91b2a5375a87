"""A surname read as a speaker ('"...," Rasmussen said', 'Mr. Clyburn said').

``resolve_surname``: the one person of the article with that surname; of several who
share it, the one a generation word ('the elder'), the title's gender, a given name,
nearness, having been named before it at all, the headline, being named most, having
spoken last or ``FAMILY_RULES`` (the one never called 'the elder' where the other is,
the one the first paragraph names) tell apart.  No one of the article named with it:
the surname itself at a lower confidence when something says it is a person (a title
here or elsewhere, 'who' or an age after it, 'I' in the quoted words, the entity
recogniser, or the surname speaking as a person elsewhere in the article); else a body
'the' names (``resolve_body``: 'the White House'), or a one-word name nothing tells a
person or a body, at a lower confidence still (``readings.bare_name``).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from retold.analyze.aliases import canonical_name, fold
from retold.analyze.antecedents import Memory, last_mentioned
from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.candidates import (
    distinct,
    given_named,
    introduced,
    known_given,
    named_last,
    named_near,
    of_generation,
    salient,
)
from retold.analyze.context import Found, Prepared, Sentences
from retold.analyze.people import Person
from retold.analyze.readings import a_person, bare_name, organization
from retold.analyze.records import Resolution
from retold.analyze.resolved import CONFIDENCE, UNKNOWN, Resolved, person_result


def resolve_surname(
    prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences, item: Found, memory: Memory
) -> Resolved:
    """The one person of the article with that surname.  Several: the one a word before
    the surname marks as the elder or the younger ('the elder Tillery' beside 'Roy
    Tillery Jr.': the one without 'Jr.'), else the one the title's gender names if
    only one is known to have it ('Mr. Obama' is not Malia Obama); of the rest those
    whose first word can be a given name ('Elizabeth Warren', not 'Neither Warren' or
    'AG Mukasey'), then the only one named in full in this paragraph or the one before
    ('Liz Cheney ... Cheney said'), then the only one named in full before it at all
    (the son, where his father is named only later), then those with a given
    name the word lists know, then the one the headline names in full ('How Newtown
    gave Chris Murphy a mission': Murphy is Chris Murphy), then the one named in full at
    least twice as often as any other, then the one of them who last spoke or
    opened a sentence within a pronoun's reach (a family: 'Clint Howard ... He ...
    Howard said'), then (``FAMILY_RULES``) the one never marked by a generation word
    where the other is ('the elder Tillery'), then the one the first paragraph names; still
    several: the surname as printed, at a low confidence (one of the family, retold
    cannot tell which).  None: see ``_unlinked``."""
    assert phrase.name is not None
    people = distinct(prep.registry.by_word(phrase.name, prep.book))
    how: Resolution = "title" if phrase.titles else "surname"
    at = phrase.start + phrase.text.rfind(phrase.name)
    people = of_generation(prep, people, at) or people  # 'the elder Tillery'
    if phrase.gender:
        known = [p for p in people if p.gender == phrase.gender]
        people = known if len(known) == 1 else [p for p in people if p.gender != _other(phrase)]
    if len(people) > 1:
        people = given_named(prep, people)
    if len(people) > 1:
        people = named_last(prep, people, phrase.start, item.paragraph) or people
    if len(people) > 1:
        people = introduced(people, phrase.start) or people
    if len(people) > 1:
        people = known_given(prep, people)
    if len(people) > 1:
        people = [p for p in people if p.headlined] or people
    if len(people) == 1:
        return person_result(prep, people[0], how)
    if not people:
        return _unlinked(
            prep, phrase, sentences, how, memory.persons, _in_first_person(prep, item, phrase.name)
        )
    near = named_near(prep, people, phrase.start, item.paragraph)
    chosen = salient(people, near) or last_mentioned(people, memory, item)
    chosen = chosen or next((c for rule in FAMILY_RULES if (c := rule(prep, people))), [])
    if chosen:
        person = chosen[0]
        return Resolved(
            canonical_name(person.name, prep.book.aliases), "person", CONFIDENCE["salient"], how
        )
    if not _names_alone(prep, phrase):
        return UNKNOWN  # 'One pastor supporting Mr. Cruz, Darran Whiting': not Cruz
    # 'Clinton said' of Bill and Hillary Clinton: one of the family, no rule says which
    return Resolved(" ".join(phrase.name.split()), "person", CONFIDENCE["family"], how)


def _names_alone(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """Does the phrase name the surname's bearer, with no one else before it: only
    titles and 'the' ('Mr. Trump', 'the younger Mr. Trump'; not 'One pastor supporting
    Mr. Cruz')?"""
    assert phrase.name is not None
    before = fold(phrase.text[: phrase.text.rfind(phrase.name)]).split()
    before = before[: len(before) - len(phrase.titles)]  # the titles right before it
    lexicon = prep.book.lexicon
    return not any(
        w in lexicon.person_words or w in lexicon.quantifiers or w in ("a", "an", "one")
        for w in before
    )


def _unlinked(
    prep: Prepared,
    phrase: SpeakerPhrase,
    sentences: Sentences,
    how: Resolution,
    persons: frozenset[str],
    first_person: bool = False,
) -> Resolved:
    """A surname no one of the article is named with: the surname itself, with a lower
    confidence, when a title ('Mr. Clyburn', 'Sen. Grassley', here or elsewhere in the
    article), the words after it ('Hollande, who ...', 'Sarandon, 69,'), the quoted
    words (``first_person``: 'I', 'my') or the entity recogniser say it is a person,
    here or where the surname attributes another quote (``persons``: one name keeps one
    sense in an article); else a body 'the' names, or a one-word name nothing tells a
    person or a body, at a lower confidence still (``readings.bare_name``)."""
    assert phrase.name is not None
    titled = phrase.titles or _titled_elsewhere(prep, phrase.name)
    marked = titled or first_person or _marked_person(prep, phrase)
    marked = marked or fold(phrase.name) in persons
    if marked or a_person(prep, phrase, sentences):
        return Resolved(" ".join(phrase.name.split()), "person", CONFIDENCE["unlinked"], how)
    body = resolve_body(prep, phrase, sentences)
    kind = None if body.speaker else bare_name(prep, phrase, sentences)
    return Resolved(phrase.name, kind, CONFIDENCE["bare"], how) if kind else body


WORD = re.compile(r"\w+")


def _in_first_person(prep: Prepared, item: Found, name: str) -> bool:
    """Does a direct quote speak of its speaker as 'I', 'me' or 'my' (and the name is
    no such word: 'I've' misread as a surname)?"""
    words = prep.book.lexicon.first_person
    if item.kind != "direct" or any(w.casefold() in words for w in WORD.findall(name)):
        return False
    return any(
        w.casefold() in words for a, b in item.segments for w in WORD.findall(prep.body[a:b])
    )


def resolve_body(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> Resolved:
    """An organisation the recogniser reads in 'the' and a name ('the White House')."""
    name = organization(prep, phrase, sentences)
    if name is None:
        return UNKNOWN
    return Resolved(name, "organization", CONFIDENCE["organization"], "organization")


PERSON_MARK = re.compile(r"\s*(?:,\s*)?who\b|\s*,\s*\d{1,3}\s*,")


def _marked_person(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """'Hollande, who returned to Paris', 'Sarandon, 69, told': a person."""
    return PERSON_MARK.match(prep.body, phrase.end) is not None


def _other(phrase: SpeakerPhrase) -> str:
    return "f" if phrase.gender == "m" else "m"


def _titled_elsewhere(prep: Prepared, name: str) -> bool:
    """Whether the article gives ``name`` a title somewhere ('President Obama', 'Sen.
    Al Lansing': the last word of a titled name)."""
    key = fold(name)
    return any(
        run.titles
        and run.kind == "surname"
        and fold(run.text(prep.paragraphs[p].tokens, prep.body)).split()[-1:] == [key]
        for p, run in prep.runs
    )


def led(prep: Prepared, people: list[Person]) -> list[Person]:
    """The one of ``people`` the article names in full in its first paragraph, when the
    others are named only later: the one the story leads with ('Hillary Clinton' in
    the lead, 'Bill Clinton' further down: 'Clinton said' is Hillary Clinton)."""
    first = prep.paragraphs[0].end if prep.paragraphs else 0
    named = [p for p in people if p.offset < first]
    return named if len(named) == 1 else []


def unmarked(prep: Prepared, people: list[Person]) -> list[Person]:
    """Of two namesakes of two generations, the one the article never marks when it
    marks the other ('the elder Tillery' printed, never 'the younger'): the writer
    marks the one a bare surname would not mean."""
    if len(people) != 2:
        return []
    marked: set[str] = set()
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if fold(tokens[run.last - 1].text) == people[0].last:
            found = of_generation(prep, people, tokens[run.first].start)
            marked.update(q.key for q in found)
    return [q for q in people if q.key not in marked] if len(marked) == 1 else []


FamilyRule = Callable[[Prepared, list[Person]], list[Person]]
# The last readings of a surname several people of the article share, when none of
# them is named most or spoke last (``bench/speakers_cv.py`` switches each off).
FAMILY_RULES: tuple[FamilyRule, ...] = (unmarked, led)
