"""Who a sentence is about: the first person named near each sentence's start, a
pronoun's likely antecedent (``subjects``), and the shapes that make a name no
subject: a qualifier ('the Trump campaign'), a name after a preposition, a possessor
of a person ('Hale's daughter, Cassidy Hale': the daughter is)."""

from __future__ import annotations

import unicodedata

from retold.analyze.attribution import POSSESSIVE, SpeakerPhrase
from retold.analyze.candidates import (
    by_text,
    distinct,
    given_named,
    introduced,
    named_last,
    named_near,
    of_generation,
    placed,
    salient,
)
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.context import Prepared, inside
from retold.analyze.descriptions import plural
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import HONORIFICS, NameRun
from retold.analyze.people import Person, surname_only
from retold.analyze.placement import opens_phrase
from retold.analyze.text import Paragraph, Token, title_case

# (offset, paragraph, person or None for a speaker named but not resolved, gender)
Mention = tuple[int, int, Person | None, str | None]


def subjects(
    prep: Prepared, quoted: list[tuple[int, int]], speaking: frozenset[str] = frozenset()
) -> tuple[list[Mention], frozenset[int]]:
    """The first person named near each sentence's start (or right after a long opening
    clause: 'As supporters waited, Ann Wu took the stage'): a pronoun's likely antecedent,
    with the gender a title gives ('Mr. Hale'; a titled surname of one person is theirs
    though no list knows the given name).  A name that only qualifies a noun ('the
    Trump campaign', 'Cruz's aides'; not 'the Rev. Al Sharpton'), nor one after a
    sentence-opening he or she ('He said Mateen ...'), is no subject; the possessor of a
    person gives way to that person ('Mr. Hale's daughter, Cassidy Hale': the one in
    apposition, else someone retold cannot name, of the noun's gender); after a first
    name that is not surely a person, the sentence has none, unless it is one name in
    full whose given name no list knows ('Mara Quill posted': returned as a subject too,
    its offset among the unsure ones) or a surname only a title names ('The majority
    leader, Mr. Abernathy, was ...'); and a sentence that opens with a role one person holds
    (``role_subjects``: 'The speaker didn't mince words', 'The Vermont senator declined',
    a place telling holders apart).  ``speaking``: keys of the
    people an attribution names (``speaking_people``)."""
    found: list[Mention] = []
    unsure: set[int] = set()
    seen: set[tuple[int, int]] = set()
    apposed: set[tuple[int, int]] = set()  # names in apposition to a possessed person
    headlines = [title_case(paragraph.tokens) for paragraph in prep.paragraphs]
    for p, run in prep.runs:
        if run.kind not in ("person", "surname") or headlines[p]:
            continue
        paragraph = prep.paragraphs[p]
        first = paragraph.sentence_of(run.first)[0]
        offset = paragraph.tokens[run.first].start
        if (p, run.first) not in apposed and ((p, first) in seen or _far(paragraph, first, run)):
            continue
        if inside(offset, quoted) or _qualifier(prep, paragraph.tokens, run):
            continue
        if _pronoun_subject(prep.book.lexicon, paragraph.tokens, first, run):
            seen.add((p, first))  # 'He said Mateen "...": the pronoun is the subject
            continue
        held = _possessed_person(prep.book.lexicon, paragraph.tokens, run)
        if held is not None:  # 'Mr. Hale's daughter, Cassidy Hale, ...': the daughter
            found.append((offset, p, None, prep.book.lexicon.gendered.get(held[0])))
            seen.add((p, first))
            apposed.add((p, held[1]))
            continue
        people = by_text(prep, run.text(paragraph.tokens, prep.body), run.kind == "person")
        gender = title_gender(prep, run) or _pronoun_gender(prep, p, run)
        person, doubted = _run_subject(prep, p, run, first, people, speaking, gender)
        if doubted:
            unsure.add(offset)
        if person is not None:
            found.append((offset, p, person, person.gender or gender))
        if person is not None or (people and not possessive(paragraph.tokens, run)):
            seen.add((p, first))  # no one is 'Contacted' ('Contacted by ..., Miller')
    found += [m for m in role_subjects(prep) if not inside(m[0], quoted)]
    return sorted(found, key=lambda m: m[0]), frozenset(unsure)


SUBJECT_REACH = 12  # tokens from a sentence's start to the name that is its subject
OPENING_REACH = 40  # ... after an opening clause closed by a comma


def _far(paragraph: Paragraph, first: int, run: NameRun) -> bool:
    """Is the name too far from its sentence's start (token ``first``) to be its
    subject, and after no opening clause (``_after_opening``)?"""
    tokens = paragraph.tokens
    return run.first - first > SUBJECT_REACH and not _after_opening(tokens, first, run)


def _after_opening(tokens: tuple[Token, ...], first: int, run: NameRun) -> bool:
    """Does the name follow an opening clause closed by a comma, its sentence's first
    words ('As supporters waited for her in the ballroom, Hillary Clinton took to
    Twitter', 'Repeating his speech of last week, Biden rubbished ...'):
    ``placement.opens_phrase``?"""
    if run.first - first > OPENING_REACH or tokens[run.first - 1].text != ",":
        return False
    return opens_phrase(tokens, first, run.first)


def role_subjects(prep: Prepared) -> list[Mention]:
    """Sentences that open with 'the' and a role the article gives one person ('The
    speaker didn't mince words.' of House Speaker Roy Tillery Jr.): that person, a
    pronoun's antecedent as a name would be.  Not a role of several people, a possessor
    ('The speaker's father'), nor one a name or a comma follows ('The governor, Karin
    Lindqvist,': the name is the subject)."""
    lexicon = prep.book.lexicon
    found: list[Mention] = []
    for paragraph in prep.paragraphs:
        tokens = paragraph.tokens
        for first, end in paragraph.sentences:
            if end - first < 3 or tokens[first].lower != "the":
                continue
            r = _after_places(tokens, first + 1, end)  # 'The Vermont senator declined'
            if r + 1 >= end:
                continue
            role, after = tokens[r].lower, tokens[r + 1]
            if role not in lexicon.person_roles or not after.text[:1].isalpha() or after.cap:
                continue
            if after.lower in POSSESSIVE or after.lower in NOT_IN_NOUN:
                continue
            people = distinct(prep.registry.by_role(role, lexicon))
            if r > first + 1:
                a, b = tokens[first].start, tokens[r].end
                phrase = SpeakerPhrase("role", a, b, prep.body[a:b], None, role, None)
                people = placed(prep, people, phrase) if len(people) > 1 else []
            gender = lexicon.gendered.get(role)
            if len(people) == 1 and gender in (None, people[0].gender):
                offset = tokens[first].start
                found.append((offset, paragraph.index, people[0], people[0].gender or gender))
    return found


PLACE_WORDS = 3  # capitalised words of a place between 'the' and a role


def _after_places(tokens: tuple[Token, ...], k: int, end: int) -> int:
    """The token after the capitalised words of a place from ``k`` ('Vermont', 'New
    Jersey'), at most ``PLACE_WORDS``; ``k`` when none."""
    r = k
    while r < min(end, k + PLACE_WORDS) and tokens[r].cap and tokens[r].text.isalpha():
        r += 1
    return r


def _pronoun_subject(lexicon: Lexicon, tokens: tuple[Token, ...], first: int, run: NameRun) -> bool:
    """Does a third-person pronoun open the sentence, so that a name after it is no
    subject ('He said Mateen "..."', 'She told Berg')?  Not the agent of a passive ('He
    was joined by Ilse Hogue': she is who acts)."""
    opening = tokens[first].lower
    if opening not in lexicon.clause_subjects or opening not in lexicon.pronouns:
        return False
    return run.first == 0 or tokens[run.first - 1].lower != "by"


def _run_subject(
    prep: Prepared,
    p: int,
    run: NameRun,
    first: int,
    people: list[Person],
    speaking: frozenset[str],
    gender: str | None,
) -> tuple[Person | None, bool]:
    """(the person a subject names, whether retold is unsure of them) of ``run``, the
    first name of its sentence (which opens at token ``first``), of the ``gender`` its
    titles give."""
    tokens = prep.paragraphs[p].tokens
    offset = tokens[run.first].start
    if _coordinated(tokens, run):
        return None, False  # 'Anna Berg and Jonas Berg run the ferry': no one subject
    person = _subject(prep, people, run.kind, offset, p, speaking, gender)
    if person is not None:
        return person, False
    if gender is not None and len(people) == 1 and _titled_surname(prep, tokens, run, first):
        return people[0], False  # 'Ms. Ostrowski was not persuaded.': a titled person
    if _unsure_subject(tokens, run, first, people):
        return people[0], True
    if not people and _titled_surname(prep, tokens, run, first):
        # 'The majority leader, Mr. Abernathy, was less certain': named by a surname
        return surname_only(run.text(tokens, prep.body), gender, offset), False
    return None, False


AND = ("and", "&", "or")


def _coordinated(tokens: tuple[Token, ...], run: NameRun, joiners: tuple[str, ...] = AND) -> bool:
    """Is the name followed by another joined to it ('Anna Berg and Jonas Berg')?"""
    k = run.last
    return k + 1 < len(tokens) and tokens[k].lower in joiners and tokens[k + 1].cap


def _unsure_subject(
    tokens: tuple[Token, ...], run: NameRun, first: int, people: list[Person]
) -> bool:
    """May a name in full that no rule reads as surely a person be the sentence's
    subject: one person, opening the sentence or after a comma ('Then, last week, Mara
    Quill posted'; not 'Awlaki extols Nidal Hasan'), no possessor, and not one of a
    list ('Mara Quill, Jon Arne and Li Wei failed')?"""
    opens = run.first == first or tokens[run.first - 1].text == ","
    alone = not possessive(tokens, run) and not _coordinated(tokens, run, (*AND, ","))
    return run.kind == "person" and len(people) == 1 and opens and alone


def _possessed_person(
    lexicon: Lexicon, tokens: tuple[Token, ...], run: NameRun
) -> tuple[str, int] | None:
    """(the noun, where a name in apposition to it would start) when the name is the
    possessor of a person, not the subject: 'Mr. Hale's daughter', 'Obama's former
    chief of staff'; the possessed one is whom a later pronoun may mean."""
    if not possessive(tokens, run):
        return None
    if run.first > 1 and tokens[run.first - 1].text == "," and tokens[run.first - 2].cap:
        return None  # 'Sonya Zoghlin, Carlineo's attorney,': the name before is the one
    for k in range(run.last + 1, min(run.last + 4, len(tokens))):
        word = tokens[k].lower
        if word in lexicon.person_words and not plural(word) and _heads(lexicon, tokens, k):
            return word, k + 2 if tokens[k + 1].text == "," else k + 1
        if tokens[k].cap or not tokens[k].text.isalpha() or word in NOT_IN_NOUN:
            return None
    return None


def _heads(lexicon: Lexicon, tokens: tuple[Token, ...], k: int) -> bool:
    """Does the person word at ``k`` end its noun phrase: a comma, a name, 'who' or a
    verb after it ('Hale's daughter, Cassidy', 'Hale's son said', 'Hale's son
    defended'; not 'Hale's refugee policy')?"""
    if k + 1 >= len(tokens):
        return False
    after = tokens[k + 1]
    words = [t.lower for t in tokens]
    return (
        after.text == ","
        or after.cap
        or after.lower in lexicon.relative_words | lexicon.auxiliaries
        or lexicon.verb_at(words, k + 1) is not None
        or (after.text.isalpha() and after.lower.endswith("ed"))
    )


def _titled_surname(prep: Prepared, tokens: tuple[Token, ...], run: NameRun, sentence: int) -> bool:
    """Is the run a subject surname a person's title stands right before ('Mr.
    Abernathy', 'Judge Berman'; not 'Former House speaker'), opening its sentence or
    after a comma, no possessor ('President Obama's record'), and a whole word (not
    the 'Fran' of a garbled 'Fran\u00c3\u00a7ois')?"""
    if run.kind != "surname" or run.name_first == run.first or possessive(tokens, run):
        return False
    if not (run.first == sentence or tokens[run.first - 1].text == ","):
        return False
    end = tokens[run.last - 1].end
    if end < len(prep.body) and unicodedata.category(prep.body[end])[0] in "LMN":
        return False
    title = tokens[run.name_first - 1].lower
    return title in HONORIFICS or title in prep.book.lexicon.person_roles


def title_gender(prep: Prepared, run: NameRun) -> str | None:
    """The gender a name's titles give it ('Mr.', 'Mrs.'), if any."""
    genders = {prep.book.lexicon.gendered.get(t) for t in run.titles} - {None}
    return genders.pop() if len(genders) == 1 else None


def _pronoun_gender(prep: Prepared, p: int, run: NameRun) -> str | None:
    """The gender of the first 'he' or 'she' after a surname in its sentence, outside
    quotes, where no other name comes between ('Quintero has insisted the effort was
    homegrown, and she bristled': of the Quinteros, a woman)."""
    paragraph, lexicon = prep.paragraphs[p], prep.book.lexicon
    if run.kind != "surname":
        return None
    first, end = paragraph.sentence_of(run.first)
    names = {r.first for q, r in prep.runs if q == p}
    opening = first < run.first and opens_phrase(paragraph.tokens, first, run.first)
    for k in range(run.last, end):
        token = paragraph.tokens[k]
        if k in names or (opening and token.text == ","):
            return None  # 'Asked whether Hollister would ..., she said': not Hollister
        if token.lower in lexicon.clause_subjects and prep.inside_quote(token.start) is None:
            return lexicon.pronouns.get(token.lower)
    return None


def possessive(tokens: tuple[Token, ...], run: NameRun) -> bool:
    """Is the name a possessor ("Osei's aide"): whose, not who?"""
    return run.last < len(tokens) and tokens[run.last].lower in POSSESSIVE


QUALIFIED = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})
OBLIQUE = (PREPOSITIONS - {"by"}) | {"of", "about", "against", "like", "than", "over"}
NOT_IN_NOUN = OBLIQUE | set(AND)  # words that end a possessed noun phrase ('Hale's plan for')


def _qualifier(prep: Prepared, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A name that is no subject: one that qualifies a noun ('the Trump campaign',
    'Clinton campaign manager Robby Mook') or follows a preposition ('The good news
    for Cruz, Woolson said'; not the agent: 'joined by Ann Ruiz').  A possessor stays
    one ('Suu Kyi's fate is unclear, but she said ...'; 'the claims of Obama's
    speech')."""
    lexicon = prep.book.lexicon
    before = tokens[run.first - 1].lower if run.first > 0 else ""
    after = tokens[run.last] if run.last < len(tokens) else None
    if possessive(tokens, run):
        return False
    if before == "the" and tokens[run.first].lower in lexicon.titles:
        return False  # 'The Rev. Althea Pruitt': the article is the title's
    if before in QUALIFIED or before in OBLIQUE:
        return True
    if after is None or after.cap:
        return False
    return after.lower in lexicon.speaker_heads


def _subject(
    prep: Prepared,
    people: list[Person],
    kind: str,
    offset: int,
    paragraph: int,
    speaking: frozenset[str],
    gender: str | None = None,
) -> Person | None:
    """The one person a sentence subject names, if surely a person: a full name, or a
    surname read as a surname attribution is (of a family, the one of the ``gender``
    its title gives, of the generation a word before it marks, else the one named in
    full nearby, else the only one named in full before it, else the one the article
    is about).  Surely a person: a title, a role, a given name the word lists know
    ('Carly Fiorina', not 'Compaq Computer'), or one an attribution names ('Giorgos
    Kyrtsos ... Kyrtsos said': ``speaking``)."""
    if kind != "person" and len(people) > 1 and gender is not None:
        people = [p for p in people if p.gender in (None, gender)]
    if kind != "person" and len(people) > 1:
        people = given_named(prep, people)
        people = of_generation(prep, people, offset) or people
        people = named_last(prep, people, offset, paragraph) or people
        near = named_near(prep, people, offset, paragraph)
        people = introduced(people, offset) or salient(people, near)
    if len(people) != 1:
        return None
    person = people[0]
    words = person.key.split()
    given = len(words) > 1 and words[0] in prep.book.lexicon.first_names
    return person if person.evidence or given or person.key in speaking else None
