"""Narrowing the people of an article a name may be: by its words, given names the
word lists know, who was named in full nearby, who the article is mostly about; and the
holders of a role a description names, by a place or party beside their names ('the
Vermont senator', 'the Maryland Democrat'); the one printed with an age ('the
71-year-old')."""

from __future__ import annotations

from retold.analyze.ages import age_length
from retold.analyze.aliases import fold
from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.context import Prepared
from retold.analyze.names import NameRun, initials
from retold.analyze.people import Person, generation
from retold.analyze.text import Token


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
    seen = {w for t in _words_near(prep, person, phrase) for w in (t.lower, *t.lower.split("-"))}
    return all(group & seen for group in added)


def _words_near(
    prep: Prepared, person: Person, phrase: SpeakerPhrase, reach: int | None = None
) -> list[Token]:
    """The words of the paragraphs that name ``person`` in full, the phrase's own left
    out; only those within ``reach`` tokens of the name, when given."""
    words: list[Token] = []
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if run.kind == "person" and any(
            q.key == person.key for q in by_text(prep, run.text(tokens, prep.body), True)
        ):
            a, b = (0, len(tokens)) if reach is None else _beside(tokens, run, reach)
            words += [t for t in tokens[a:b] if not phrase.start <= t.start < phrase.end]
    return words


PLACE_REACH = 5  # tokens after a name to a place that goes with it ('Sen. X (R-Fla.)')
PLACE_BEFORE = 2  # tokens before a name ('Florida Sen. X')


def _beside(tokens: tuple[Token, ...], run: NameRun, reach: int) -> tuple[int, int]:
    """The tokens beside a name: ``PLACE_BEFORE`` before it ('Florida Sen. X') and up
    to ``reach`` after it, up to a comma or 'and' (past them another name begins)."""
    end = min(len(tokens), run.last + reach)
    end = next((k for k in range(run.last, end) if tokens[k].lower in (",", "and")), end)
    return max(0, run.first - PLACE_BEFORE), end


def placed(prep: Prepared, people: list[Person], phrase: SpeakerPhrase) -> list[Person]:
    """The one of a role's holders whom a place the description names goes with ('the
    Vermont senator' of Sen. Dale Ruiz (D-Vt.) and Sen. Tom Bell (R-Fla.)): the place's
    words, or a short form of them ('Vt.', 'N.J.'), printed beside a name of theirs in
    full ('Vermont Sen. Dale Ruiz', 'Sen. Dale Ruiz of Vermont'); all of ``people``
    when the description names no place (a person's name is none: 'the Sanders
    aide'), none when not one of them goes with it."""
    assert phrase.role is not None
    groups, skip = prep.book.lexicon.distinguishing, set(phrase.role.split())
    words = phrase.text.split()[1:]  # after 'the'
    place = [w for w in words if w[:1].isupper() and fold(w) not in groups.keys() | skip]
    surnames = {p.last for p in prep.registry.people}
    if not place or len(people) < 2 or any(fold(w) in surnames for w in place):
        return people  # no place, or a person's name ('the Sanders aide')
    fits = [p for p in people if _goes_with(_words_near(prep, p, phrase, PLACE_REACH), place)]
    return fits if len(fits) == 1 else []


PARTIES = {"democrat": "d", "republican": "r"}  # party nouns and their tags' letters


def party_member(prep: Prepared, phrase: SpeakerPhrase) -> Person | None:
    """The one person a description of a party's member from a place names ('the
    Maryland Democrat' of Rep. Andre Gaskins (D-Md.)): the place goes with their name
    (``placed``) and a tag of that party's letter stands beside it ('D-Md.', '(D)')."""
    words = phrase.text.split()
    party = PARTIES.get(fold(words[-1])) if len(words) > 2 else None
    if party is None or fold(words[0]) != "the":
        return None
    place = [w for w in words[1:-1] if w[:1].isupper()]
    if len(place) != len(words) - 2:
        return None
    fits = []
    for person in prep.registry.people:
        near = _words_near(prep, person, phrase, PLACE_REACH)
        tagged = any(t.lower.split("-")[0] == party and t.text[:1].isupper() for t in near)
        if tagged and _goes_with(near, place):
            fits.append(person)
    return fits[0] if len(fits) == 1 else None


def _goes_with(tokens: list[Token], place: list[str]) -> bool:
    """Do ``tokens`` print the place ('New Jersey'), or a short form of it in a party tag
    or before a full stop ('D-Vt.', 'Fla.': its letters in order in the place's name,
    from its first), or the initials of a place of several words ('N.J.')?"""
    whole = " ".join(place).casefold()
    initials = "".join(w[0] for w in place).casefold()
    text = " ".join(t.lower for t in tokens)
    if f" {whole} " in f" {text} ":
        return True
    for k, token in enumerate(tokens):
        stop = token.text.endswith(".") or (k + 1 < len(tokens) and tokens[k + 1].text == ".")
        for part in token.text.split("-"):
            short = part.replace(".", "").casefold()
            if len(short) < 2 or not short.isalpha() or not (stop or "-" in token.text):
                continue
            if len(place) > 1 and short == initials:
                return True
            if len(place) == 1 and short[0] == whole[0] and _in_order(short, whole):
                return True
    return False


def _in_order(short: str, whole: str) -> bool:
    letters = iter(whole)
    return all(c in letters for c in short)


AGE_VERBS = frozenset({",", "is", "was"})  # between a name and its age: 'Ann Wu, 71,'


def of_age(prep: Prepared, phrase: SpeakerPhrase) -> Person | None:
    """The one person the article prints with the age a phrase gives ('the 71-year-old
    former governor' of 'Walt Hanley, 71,' or 'Hanley is 71 now'); None when the phrase
    gives no age, or not one person has it."""
    paragraph = next(p for p in prep.paragraphs if p.start <= phrase.start < p.end)
    words = [t.lower for t in paragraph.tokens if phrase.start <= t.start < phrase.end]
    age = next((w for k, w in enumerate(words) if age_length(words, k)), None)
    if age is None:
        return None
    found: dict[str, Person] = {}
    for p, run in prep.runs:
        tokens = prep.tokens(p)
        if run.kind not in ("person", "surname") or run.last + 1 >= len(tokens):
            continue
        if tokens[run.last].lower in AGE_VERBS and tokens[run.last + 1].text == age:
            people = by_text(prep, run.text(tokens, prep.body), run.kind == "person")
            found.update((person.key, person) for person in people)
    return next(iter(found.values())) if len(found) == 1 else None


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
