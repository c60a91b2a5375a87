"""Who was spoken of before a statement: the speakers and sentence subjects an
attribution may refer back to ('he said', a family's surname), as speaker resolution
(``retold.analyze.speakers``) goes along."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

from retold.analyze.aliases import fold
from retold.analyze.attribution import INDEFINITE, SpeakerPhrase
from retold.analyze.candidates import by_text, given_word
from retold.analyze.context import Found, Prepared, Sentences
from retold.analyze.descriptions import COMPLEMENTS, plural
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameRun
from retold.analyze.people import Person
from retold.analyze.readings import entity_reading
from retold.analyze.subjects import Mention

PRONOUN_REACH = (0, 1, 2)  # paragraphs back a pronoun always looks for its antecedent
# ... and further back over paragraphs while the sentences crossed are this few: news
# that prints one sentence a paragraph puts the antecedent a few short paragraphs back
SENTENCE_REACH = 4


@dataclass
class Memory:
    """Who spoke or was a sentence subject, where, as resolution goes along."""

    mentions: list[Mention] = field(default_factory=list)
    # person key -> the gender pronouns taught (``learnt``); UNSURE once they disagreed
    genders: dict[str, str] = field(default_factory=dict)
    persons: frozenset[str] = frozenset()  # bare surnames read as a person where they speak
    # (offset, paragraph, a person who spoke, the role and title words their attribution
    # gave them: 'Minister Sarnov said' -> 'minister')
    titled: list[tuple[int, int, str, tuple[str, ...]]] = field(default_factory=list)
    # offset of a speaker mention -> the description it was given ('the Ohio governor')
    described: dict[int, str] = field(default_factory=dict)
    # offsets of subjects named in full whose given name no list knows ('Mara Quill
    # posted'): a person only where the entity recogniser reads one there
    unsure: frozenset[int] = frozenset()


def speaking_people(prep: Prepared, found: list[Found]) -> frozenset[str]:
    """Keys of the people the attributions of ``found`` name, in full or by a surname
    only one person of the article has (``_named_as_person``): whoever speaks is a
    person ('Giorgos Kyrtsos ... "...," Kyrtsos said')."""
    keys: set[str] = set()
    for item in found:
        phrase = item.attribution.speaker if item.attribution is not None else None
        if phrase is None or phrase.name is None or phrase.form not in ("name", "surname"):
            continue
        people = by_text(prep, phrase.name, phrase.form == "name")
        if len(people) == 1 and (phrase.form == "name" or _named_as_person(prep, people[0])):
            keys.add(people[0].key)
    return frozenset(keys)


def _named_as_person(prep: Prepared, person: Person) -> bool:
    """Is the full name a bare surname stands for first printed as a person's: its first
    word a possible given name, and not alone between quote marks ('Twitter said' of a
    profile that reads "Wilayat Twitter," speaks for no person)?"""
    return given_word(prep, person) and QUOTED_NAME.match(prep.body, person.offset - 1) is None


QUOTED_NAME = re.compile(r"[\"'“‘][^\"'”’\s]+(?: [^\"'”’\s]+){0,3}[,.]?[\"'”’]")


def last_mentioned(people: list[Person], memory: Memory, item: Found) -> list[Person]:
    """The one of ``people`` who last spoke or opened a sentence before ``item``, in its
    paragraph or the two before."""
    keys = {p.key: p for p in people}
    for offset, paragraph, person, _ in sorted(memory.mentions, key=lambda m: -m[0]):
        near = offset < item.anchor and item.paragraph - paragraph in PRONOUN_REACH
        if near and person is not None and person.key in keys:
            return [keys[person.key]]
    return []


def within_reach(prep: Prepared, item: Found, mention: Mention) -> bool:
    """Is ``mention`` within a pronoun's reach of ``item``: in its paragraph or the two
    before (``PRONOUN_REACH``), or, for a direct quote with its own attribution, further
    back with at most ``SENTENCE_REACH`` sentences from the mention's to the pronoun's
    and no one else named outside quotes since ('Jolly, who was elected in 2014, ...'
    ends the reach of a speaker before)?  Reported speech and the quotes continuing a
    statement keep the short reach: 'he said' may sit in words quoted over several
    paragraphs, and a continued quote's attribution is not its own."""
    offset, paragraph, person, _ = mention
    back = item.paragraph - paragraph
    if back in PRONOUN_REACH:
        return True
    if back < 0 or back > SENTENCE_REACH or item.kind != "direct" or item.shape == "continued":
        return False
    here, there = prep.paragraphs[item.paragraph], prep.paragraphs[paragraph]
    crossed = here.sentence_number(prep.index(item.paragraph, item.anchor))
    crossed += sum(len(prep.paragraphs[p].sentences) for p in range(paragraph + 1, item.paragraph))
    crossed += len(there.sentences) - there.sentence_number(prep.index(paragraph, offset))
    if crossed > SENTENCE_REACH:
        return False
    key = person.key if person is not None else None
    return all(key in {p.key for p in people} for _, people in _named(prep, item, offset))


def pronoun_antecedent(
    prep: Prepared, item: Found, phrase: SpeakerPhrase, memory: Memory, sentences: Sentences
) -> Person | None:
    """The nearest earlier speaker or subject of this paragraph or the two before whose
    known gender does not contradict the pronoun; None when that is someone retold
    could not name.  No one: what ``PRONOUN_RULES`` read; still no one: the nearest
    such subject, unsure ones included where the entity recogniser reads a person
    ('Mara Quill posted ... "...," she said'), else None.  The pronoun teaches the
    person its gender only where no one else it could refer to is named since their
    mention (``_alone``); one of the other gender there unteaches it."""
    anchor = item.anchor
    candidates = sorted(
        (m for m in memory.mentions if m[0] < anchor and within_reach(prep, item, m)),
        key=lambda m: m[0],
        reverse=True,
    )
    sure = [m for m in candidates if m[0] not in memory.unsure]
    decided, person = _nearest(prep, item, phrase, memory, sure)
    if (
        decided
        and person is not None
        and _unsure_nearer(prep, sentences, memory, candidates, person)
    ):
        return None  # 'Judge Berman ... Sant Chatwal was ...; he had stated': cannot tell
    if decided:
        return person
    rules = (rule(prep, item, phrase, memory) for rule in PRONOUN_RULES)
    person = next((person for person in rules if person is not None), None)
    if person is not None or len(sure) == len(candidates):
        return person
    heard = [
        m for m in candidates if m in sure or entity_reading(prep, sentences, m[0]) == "PERSON"
    ]
    person = _nearest(prep, item, phrase, memory, heard)[1]
    return person if person is None or _only_one(prep, item, person, phrase, memory) else None


def _unsure_nearer(
    prep: Prepared, sentences: Sentences, memory: Memory, candidates: list[Mention], person: Person
) -> bool:
    """Is a subject retold is unsure of nearer than the last mention of ``person``,
    where the entity recogniser reads a person ('Sant Chatwal was' after 'Judge
    Berman')?"""
    for offset, _, other, _ in candidates:  # nearest first
        if other is not None and other.key == person.key:
            return False
        unsure = other is not None and offset in memory.unsure
        if unsure and entity_reading(prep, sentences, offset) == "PERSON":
            return True
    return False


def _only_one(
    prep: Prepared, item: Found, person: Person, phrase: SpeakerPhrase, memory: Memory
) -> bool:
    """Is ``person`` the one the pronoun may be among the people named outside quotes
    in its paragraph and the one before: no one else there of the pronoun's gender, or
    surely a person (a title or role) of no known gender?  Names no rule reads as
    surely a person ('Big Machine', 'Hispanic Patriots') stand for no one else."""
    for _, people in _named(prep, item):
        if len(people) != 1 or people[0].key == person.key:
            continue
        gender = _known_gender(people, memory)
        if gender == phrase.gender or (gender is None and people[0].evidence):
            return False
    return True


def _nearest(
    prep: Prepared, item: Found, phrase: SpeakerPhrase, memory: Memory, candidates: list[Mention]
) -> tuple[bool, Person | None]:
    """(found, who): the first of ``candidates`` (nearest first) the pronoun may refer
    to; who is None when that is someone retold could not name.  (False, None) when
    none may."""
    addressed, said = _addressed(prep, item, phrase), phrase.gender
    for offset, _, person, known in candidates:
        gender = known or learnt(memory, person)
        if said and gender and gender != said:
            if (
                person is not None
                and not known
                and _alone(prep, item, person, offset, said, memory)
            ):
                memory.genders[person.key] = UNSURE  # pronouns disagree: unknown from now on
            continue
        if person is not None and person.last in addressed:
            continue  # '"...," he told Rubio': not Rubio
        if person is None:  # the nearest antecedent is someone retold could not name
            return True, None
        if said and not gender and _alone(prep, item, person, offset, said, memory):
            memory.genders.setdefault(person.key, said)
        return True, person
    return False, None


UNSURE = ""  # the gender of a person pronouns gave both genders: unknown from then on


def learnt(memory: Memory, person: Person | None) -> str | None:
    """The gender a pronoun taught ``memory`` for ``person``; None when none did, or
    pronouns disagreed."""
    return (memory.genders.get(person.key) or None) if person is not None else None


def _alone(
    prep: Prepared, item: Found, person: Person, since: int, said: str, memory: Memory
) -> bool:
    """May a pronoun of gender ``said`` read as ``person`` (a speaker or subject at body
    offset ``since``) teach their gender, or, when an earlier one taught the other,
    unteach it for good?  Only when no one else is named outside quotes between there
    and the pronoun's statement but people of a known gender other than ``said``."""
    return not any(
        _known_gender(people, memory) in (None, said)
        for _, people in _named(prep, item, since)
        if people and [p.key for p in people] != [person.key]  # 'Come again?' is no one
    )


def _named(
    prep: Prepared, item: Found, since: int | None = None
) -> Iterator[tuple[int, list[Person]]]:
    """Everyone named outside quotes before ``item``: after body offset ``since``, else
    in its paragraph or the one before; as (offset, the people the name may be)."""
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        offset = tokens[run.name_first].start
        window = 0 <= item.paragraph - p <= 1 if since is None else offset > since
        if not window or offset >= item.anchor:
            continue
        if run.kind not in ("person", "surname") or prep.inside_quote(offset) is not None:
            continue
        yield offset, by_text(prep, run.text(tokens, prep.body), run.kind == "person")


def last_named(prep: Prepared, until: int) -> list[Person]:
    """The people the name printed last before body offset ``until`` may be, inside
    quoted words or not; names of no one the article knows ('the Chiefs', 'Sicily')
    are passed over."""
    last: list[Person] = []
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if run.kind not in ("person", "surname") or tokens[run.name_first].start >= until:
            continue
        people = by_text(prep, run.text(tokens, prep.body), run.kind == "person")
        last = people or last
    return last


def only_gendered(
    prep: Prepared, item: Found, phrase: SpeakerPhrase, memory: Memory
) -> Person | None:
    """When every speaker and subject within reach has the other known gender, or there
    is none: the one person of the pronoun's gender named outside quotes in this
    paragraph before the pronoun, or in the paragraph before ('Mayor Thomas Brandt
    opened the quay before a crowd, among them the ferry captain Nora Lindqvist. "...,"
    she said').  None when anyone else named there is of that gender
    or of no gender retold knows, a name there may be several people, or a pronoun of
    that gender comes before the person (it refers to someone else: 'The pilot said she
    ... than Nora Lindqvist'); nor inside quoted words."""
    if phrase.gender is None or prep.inside_quote(phrase.start) is not None:
        return None
    found: Person | None = None
    at = item.anchor  # where the window first names ``found``
    for offset, people in _named(prep, item):
        gender = _known_gender(people, memory)
        if gender is None or (gender == phrase.gender and found not in (None, people[0])):
            return None
        if gender == phrase.gender:
            found, at = people[0], min(at, offset)
    if found is None or found.last in _addressed(prep, item, phrase):
        return None
    return None if _pronoun_before(prep, item, phrase.gender, at) else found


def _pronoun_before(prep: Prepared, item: Found, gender: str, offset: int) -> bool:
    """Is a pronoun of ``gender`` printed outside quotes in this paragraph or the one
    before, ahead of ``offset`` (where the one person of that gender is first named
    there)?"""
    pronouns = prep.book.lexicon.pronouns
    return any(
        t.start < offset and pronouns.get(t.lower) == gender and prep.inside_quote(t.start) is None
        for p in range(max(0, item.paragraph - 1), item.paragraph + 1)
        for t in prep.paragraphs[p].tokens
    )


def _known_gender(people: list[Person], memory: Memory) -> str | None:
    if len(people) != 1:
        return None
    return people[0].gender or learnt(memory, people[0])


PronounRule = Callable[[Prepared, Found, SpeakerPhrase, Memory], "Person | None"]
# Readings of a pronoun when every antecedent within reach has the other gender
# (``bench/speakers_cv.py`` switches each off).
PRONOUN_RULES: tuple[PronounRule, ...] = (only_gendered,)


def described_antecedent(
    prep: Prepared, item: Found, phrase: SpeakerPhrase, memory: Memory
) -> str | None:
    """The description a pronoun refers back to ('"...," the Ohio governor said. ...
    "...," he added'): the nearest earlier speaker or subject within reach whose known
    gender does not contradict the pronoun is a speaker retold could only describe,
    and no one is named outside quotes between them ('As for Berg, he said' is Berg,
    not the governor); None otherwise, or inside quoted words."""
    if prep.inside_quote(phrase.start) is not None:
        return None
    addressed = _addressed(prep, item, phrase)
    for mention in sorted(memory.mentions, key=lambda m: -m[0]):
        offset, _, person, gender = mention
        if offset >= item.anchor:
            continue
        if not within_reach(prep, item, mention):
            return None
        gender = gender or learnt(memory, person)
        if phrase.gender and gender and gender != phrase.gender:
            continue
        if person is not None and person.last in addressed:
            continue
        described = memory.described.get(offset) if person is None else None
        if described is None or not _one(described):
            return None
        return None if next(_named(prep, item, offset), None) else described
    return None


SINGULAR = INDEFINITE | {"the", "this", "that"}  # determiners of one


def _one(description: str) -> bool:
    """Does ``description`` describe one person ('the Ohio governor', 'a spokesman for
    the council'), not several ('scout leaders', 'the officials')?"""
    words = fold(description).split()
    head = next((words[k - 1] for k, w in enumerate(words) if k and w in COMPLEMENTS), words[-1])
    return words[0] in SINGULAR and not plural(head)


def _addressed(prep: Prepared, item: Found, phrase: SpeakerPhrase) -> set[str]:
    """The words of the attribution after the pronoun ('he told Rubio'): whoever they
    name is spoken to, not speaking."""
    attribution = item.attribution
    if attribution is None or attribution.end <= phrase.end:
        return set()
    return set(fold(prep.body[phrase.end : attribution.end]).split())


def role_antecedent(
    item: Found, phrase: SpeakerPhrase, memory: Memory, lexicon: Lexicon
) -> str | None:
    """'the minister added' after 'Minister Sarnov said': the one person who spoke
    before, in its paragraph or the two before, with an attribution that gave them the
    role of ``phrase``; None when no one, or several people, did."""
    if phrase.role is None:
        return None
    named = {
        name
        for offset, paragraph, name, roles in memory.titled
        if offset < item.anchor
        and item.paragraph - paragraph in PRONOUN_REACH
        and any(lexicon.roles_match(phrase.role, r.rstrip(".")) for r in roles)
    }
    return named.pop() if len(named) == 1 else None


def issuer(prep: Prepared, item: Found, phrase: SpeakerPhrase) -> tuple[int, NameRun] | None:
    """'the statement said' (the, and a document word): the name that issued it just
    before, where the document was last mentioned outside quotes in this paragraph or
    the one before ('Mayor Berg released a statement on Monday'), as (paragraph, run):
    the name right before the issuing verb ('issued', 'sent out') and 'a' or 'an'.  None
    when that mention is no such sentence ('In a statement, the mayor said'; "Berg's
    office sent a statement")."""
    words = fold(phrase.text).split()
    if len(words) != 2 or words[0] != "the" or words[1] not in prep.book.lexicon.document_words:
        return None
    for p in range(item.paragraph, max(-1, item.paragraph - 2), -1):
        tokens = prep.paragraphs[p].tokens
        for k in range(len(tokens) - 1, -1, -1):
            token = tokens[k]
            mention = token.start < phrase.start and token.lower == words[1]
            if mention and prep.inside_quote(token.start) is None:
                return _issued_by(prep, p, k)
    return None


def _issued_by(prep: Prepared, p: int, k: int) -> tuple[int, NameRun] | None:
    """The name that issues the document at token ``k`` of paragraph ``p``: NAME, one to
    three issuing words, 'a' or 'an', at most two modifiers, the document."""
    tokens, lexicon = prep.paragraphs[p].tokens, prep.book.lexicon
    article = next(
        (a for a in range(k - 1, max(-1, k - 4), -1) if tokens[a].lower in ("a", "an")), None
    )
    if article is None or any(t.cap for t in tokens[article + 1 : k]):
        return None
    for q, run in prep.runs:
        if q != p or not 1 <= article - run.last <= 3:
            continue
        gap = [t.lower for t in tokens[run.last : article]]
        verbs = all(w in lexicon.issuing or w in lexicon.auxiliaries for w in gap)
        issuing = any(w in lexicon.issuing for w in gap)
        if verbs and issuing and run.kind in ("person", "surname", "organization", "outlet"):
            return p, run
    return None
