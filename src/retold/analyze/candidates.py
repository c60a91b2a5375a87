"""Narrowing the people of an article a name may be: by its words, given names the
word lists know, who was named in full nearby, who the article is mostly about."""

from __future__ import annotations

from retold.analyze.aliases import fold
from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.context import Prepared
from retold.analyze.names import NameRun, initials
from retold.analyze.people import Person, generation


def salient(people: list[Person], near: list[Person] | None = None) -> list[Person]:
    """The one of ``people`` named in full at least twice, and twice as often as any
    other; none when no one stands out so, or when several of them are named ``near``
    (in the passage: how often the article names them does not say which one it
    means there)."""
    if near is not None and len(near) > 1:
        return []
    ranked = sorted(people, key=lambda p: p.mentions, reverse=True)
    if len(ranked) > 1 and ranked[0].mentions >= max(2, 2 * ranked[1].mentions):
        return ranked[:1]
    return ranked if len(ranked) == 1 else []


def by_text(prep: Prepared, text: str, full: bool) -> list[Person]:
    registry, book = prep.registry, prep.book
    people = registry.by_name(text, book) if full else registry.by_word(text, book)
    return distinct(people)


def distinct(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for person in people:
        seen.setdefault(person.key, person)
    return list(seen.values())


def given_named(prep: Prepared, people: list[Person]) -> list[Person]:
    """Those of ``people`` whose first word can be a given name, if that leaves any: not
    an acronym ('AG Mukasey') nor a word the article also prints in lower case
    ('Neither Warren', 'Liberal Oscar-winner Sarandon')."""
    return [p for p in people if given_word(prep, p)] or people


def given_word(prep: Prepared, person: Person) -> bool:
    """Can the first word of ``person``'s name be a given name: not an acronym ('AG'; an
    initial may be: 'W. Mark Felt', and so may initials: 'T.J. Marsh') nor a word the
    article also prints in lower case?"""
    word = person.name.split()[0]
    acronym = word.isupper() and len(word.removesuffix(".")) > 1 and not initials(word)
    return not acronym and word.lower() not in prep.lower_words


def known_given(prep: Prepared, people: list[Person]) -> list[Person]:
    """Without those of ``people`` printed with two words or more before the surname,
    none of them a given name the word lists know ('Susan Sarandon', not 'Liberal
    Oscar-winner Sarandon'); two words may be a name the lists lack ('Jonas Berg', 'Ivo
    Berg Jr.')."""
    first_names = prep.book.lexicon.first_names

    def unlikely(person: Person) -> bool:
        words = person.key.split()[: -1 if person.suffix else None]  # 'Jr.' is no word of it
        return len(words) > 2 and not any(w in first_names for w in words[:-1])

    return [p for p in people if not unlikely(p)] or people


def named_last(prep: Prepared, people: list[Person], offset: int, paragraph: int) -> list[Person]:
    """The one of ``people`` named in full before ``offset`` in ``paragraph`` or the one
    before; none when none of them, or more than one, is named there."""
    named = named_near(prep, people, offset, paragraph)
    return named if len(named) == 1 else []


def named_near(prep: Prepared, people: list[Person], offset: int, paragraph: int) -> list[Person]:
    """Those of ``people`` named in full before ``offset`` in ``paragraph`` or the one
    before."""
    keys = {p.key: p for p in people}
    named: dict[str, Person] = {}
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if run.kind != "person" or not paragraph - 1 <= p <= paragraph:
            continue
        if tokens[run.name_first].start < offset:
            text = run.text(tokens, prep.body)
            named.update((q.key, keys[q.key]) for q in by_text(prep, text, True) if q.key in keys)
    return list(named.values())


def described_fits(prep: Prepared, person: Person, phrase: SpeakerPhrase) -> bool:
    """Do the paragraphs that name ``person`` in full carry every word the description
    ``phrase`` adds to its role that tells a role's holders apart, or a word of its
    group ('the Republican nominee': not the article's one nominee when that one is the
    Libertarian, but the 'GOP nominee'; 'the former president': not its vice
    president)?  The description's own words do not count.  Other words ('the Vermont
    senator') are not asked for: the article may print them otherwise ('Sen. Sanders
    (I-Vt.)')."""
    assert phrase.role is not None
    groups = prep.book.lexicon.distinguishing
    skip = set(phrase.role.split())
    added = [groups[w] for w in fold(phrase.text).split() if w not in skip and w in groups]
    if not added:
        return True
    seen: set[str] = set()
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if run.kind == "person" and any(
            q.key == person.key for q in by_text(prep, run.text(tokens, prep.body), True)
        ):
            words = [t for t in tokens if not phrase.start <= t.start < phrase.end]
            seen.update(t.lower for t in words)
            seen.update(w for t in words for w in t.lower.split("-"))
    return all(group & seen for group in added)


def introduced(people: list[Person], offset: int) -> list[Person]:
    """The one of ``people`` named in full before body offset ``offset``, when the
    others are named only later: a surname refers back to someone the reader has met
    ('House Speaker Roy Tillery Jr. ... Tillery said' before his father Roy Tillery is
    named); none otherwise."""
    met = [p for p in people if p.offset < offset]
    return met if len(met) == 1 else []


def of_generation(prep: Prepared, people: list[Person], at: int) -> list[Person]:
    """The one of ``people``, namesakes, that a word right before the surname at body
    offset ``at`` marks as the elder or the younger ('the elder Tillery', 'the younger
    Mr. Tillery'), told by their suffixes (``people.generation``); none when no word
    marks a generation or the suffixes do not tell."""
    lexicon = prep.book.lexicon
    words = prep.body[max(0, at - 40) : at].split()
    while words and words[-1].casefold() in lexicon.titles:
        words.pop()  # 'the younger Mr. Tillery'
    last = fold(words[-1]) if words else ""
    wanted = None if last in lexicon.name_suffixes else lexicon.generations.get(last)
    found = [p for p in people if wanted and generation(p, people, lexicon) == wanted]
    return found if len(found) == 1 else []


def surely_person(prep: Prepared, p: int, run: NameRun) -> bool:
    """Is the name ``run`` of paragraph ``p`` surely a person's: a full name, or the
    last name of someone the article names in full (a capital opening a sentence may
    be any word, a title any adjective: 'Former Republican')?"""
    if run.kind == "person":
        return True
    if run.kind != "surname":
        return False
    word = run.text(prep.tokens(p), prep.body)
    return bool(prep.registry.by_word(word, prep.book))
