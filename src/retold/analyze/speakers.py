"""Speaker resolution: from the words of an attribution to a full name, or to nobody.

* a full name resolves to the fullest form the article prints ("Anders Rasmussen" ->
  "Anders Fogh Rasmussen");
* a surname, with or without a title ("Rasmussen", "Mayor Tremblay"), to the one person
  of the article with that name;
* a role ("the minister", "the union leader") to the one person the article gave that
  role (synonyms from the lexicon: leader ~ president);
* an outlet that prints the quoted words ('"...," Politico reported') to itself, an
  organisation; so does 'the' and a name the entity recogniser reads as one ('the
  White House said': ``retold.analyze.readings``);
* a pronoun to the most recent speaker or sentence subject of this paragraph or the
  two before it (a chain of "he" across paragraphs) whose known gender does not
  contradict it.

Anything ambiguous stays unknown: a wrong speaker is worse than none.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from retold.analyze.aliases import canonical_name, fold
from retold.analyze.attribution import PREPOSITIONS, SpeakerPhrase
from retold.analyze.context import Found, Prepared, Sentences, inside
from retold.analyze.names import NameRun
from retold.analyze.people import Person, title_case
from retold.analyze.readings import a_person, organization, speaking_persons
from retold.analyze.records import Quote, Resolution, SpeakerKind
from retold.analyze.text import Token
from retold.records import Span

PRONOUN_REACH = (0, 1, 2)  # paragraphs back a pronoun looks for its antecedent


CONFIDENCE: dict[str, float] = {
    "name": 0.95,
    "surname": 0.9,
    "title": 0.9,
    "salient": 0.75,  # a surname several people share, read as the one the article is about
    "unlinked": 0.6,  # a titled surname ('Mr. Clyburn') the article never names in full
    "role": 0.75,
    "pronoun": 0.8,
    "organization": 0.85,
    "nearby": 0.5,  # the most a speaker read beside the sentence may have (``nearby``)
}


@dataclass(frozen=True)
class Resolved:
    speaker: str | None
    kind: SpeakerKind
    confidence: float
    resolution: Resolution


UNKNOWN = Resolved(None, "unknown", 0.0, "none")


@dataclass
class _Memory:
    """Who spoke or was a sentence subject, where, as resolution goes along."""

    # (offset, paragraph, person or None for a speaker named but not resolved, gender)
    mentions: list[tuple[int, int, Person | None, str | None]] = field(default_factory=list)
    genders: dict[str, str] = field(default_factory=dict)
    persons: frozenset[str] = frozenset()  # bare surnames read as a person where they speak


def resolve_quotes(
    prep: Prepared,
    found: list[Found],
    quoted: list[tuple[int, int]],
    sentences: Sentences | None = None,
) -> list[Quote]:
    """Quote records for ``found``, speakers resolved, in body order.

    ``quoted`` are the spans of quoted words: names inside them are not antecedents.
    ``sentences`` lends the entity recogniser's word on a bare surname nobody in the
    article is named with (asked for, when not parsed yet).
    """
    reported = [seg for f in found if f.kind == "indirect" for seg in f.segments]
    sentences = sentences or Sentences({}, set())
    memory = _Memory(
        mentions=_subjects(prep, sorted(quoted + reported)),
        persons=speaking_persons(prep, found, sentences),
    )
    resolved: dict[int, Resolved] = {}
    for item in sorted(found, key=lambda f: f.anchor):
        result = _resolve(prep, item, memory, sentences)
        resolved[id(item)] = result
        if item.shape == "nearby":  # read beside the sentence: less sure, or not at all
            resolved[id(item)] = _nearby(result)
            continue
        person = _person(prep, result)
        phrase = item.attribution.speaker if item.attribution else None
        if person is not None:
            memory.mentions.append((item.anchor, item.paragraph, person, person.gender))
        elif phrase is not None and phrase.form in ("name", "surname", "role"):
            memory.mentions.append((item.anchor, item.paragraph, None, phrase.gender))
    quotes = [_quote(prep, _kept(item, resolved[id(item)]), resolved[id(item)]) for item in found]
    quotes.sort(key=lambda q: (q.start, q.end))
    return [_numbered(q, n) for n, q in enumerate(quotes, 1)]


def _nearby(result: Resolved) -> Resolved:
    """A speaker read beside the quote's sentence (``retold.analyze.nearby``) is less
    sure than any the sentence gives."""
    if result.speaker is None:
        return result
    return replace(result, confidence=min(result.confidence, CONFIDENCE["nearby"]))


def _kept(item: Found, result: Resolved) -> Found:
    """``item``, or, a speaker read beside its sentence that names no one, the quote
    left unattributed: a neighbour that names nobody attributes nothing."""
    if item.shape != "nearby" or result.speaker is not None:
        return item
    return Found("direct", "unattributed", item.segments, None, item.paragraph)


def _numbered(quote: Quote, n: int) -> Quote:
    return Quote(**{**quote.__dict__, "id": f"{quote.article}:q{n}"})


def _person(prep: Prepared, result: Resolved) -> Person | None:
    if result.kind != "person" or result.speaker is None:
        return None
    key = fold(result.speaker)
    return next((p for p in prep.registry.people if fold(p.name) == key), None)


def _subjects(
    prep: Prepared, quoted: list[tuple[int, int]]
) -> list[tuple[int, int, Person | None, str | None]]:
    """The first person named near each sentence's start: a pronoun's likely antecedent.
    A name that only qualifies a noun ('the Trump campaign', 'Cruz's aides') is no
    subject; after a first name that is not surely a person, the sentence has none."""
    found: list[tuple[int, int, Person | None, str | None]] = []
    seen: set[tuple[int, int]] = set()
    headlines = [title_case(paragraph.tokens) for paragraph in prep.paragraphs]
    for p, run in prep.runs:
        if run.kind not in ("person", "surname"):
            continue
        paragraph = prep.paragraphs[p]
        sentence = paragraph.sentence_of(run.first)
        offset = paragraph.tokens[run.first].start
        if (p, sentence[0]) in seen or run.first - sentence[0] > 12 or headlines[p]:
            continue
        if inside(offset, quoted) or _qualifier(prep, paragraph.tokens, run):
            continue
        people = _by_text(prep, run.text(paragraph.tokens, prep.body), run.kind == "person")
        person = _subject(prep, people, run.kind, offset, p)
        if _coordinated(paragraph.tokens, run):
            person = None  # 'Anna Berg and Jonas Berg run the ferry': no one subject
        if person is not None:
            found.append((offset, p, person, person.gender))
        if person is not None or (people and not _possessive(paragraph.tokens, run)):
            seen.add((p, sentence[0]))  # no one is 'Contacted' ('Contacted by ..., Miller')
    return found


def _coordinated(tokens: tuple[Token, ...], run: NameRun) -> bool:
    k = run.last
    return k + 1 < len(tokens) and tokens[k].lower in ("and", "&", "or") and tokens[k + 1].cap


def _possessive(tokens: tuple[Token, ...], run: NameRun) -> bool:
    return run.last < len(tokens) and tokens[run.last].lower in ("’s", "'s", "’", "'")


QUALIFIED = frozenset({"the", "a", "an", "this", "that", "his", "her", "its", "their", "our"})
OBLIQUE = (PREPOSITIONS - {"by"}) | {"of", "about", "against", "like", "than", "over"}


def _qualifier(prep: Prepared, tokens: tuple[Token, ...], run: NameRun) -> bool:
    """A name that is no subject: one that qualifies a noun ('the Trump campaign',
    'Clinton campaign manager Robby Mook') or follows a preposition ('The good news
    for Cruz, Woolson said'; not the agent: 'joined by Ann Ruiz').  A possessor stays
    one ('Suu Kyi's fate is unclear, but she said ...'; 'the claims of Obama's
    speech')."""
    lexicon = prep.book.lexicon
    before = tokens[run.first - 1].lower if run.first > 0 else ""
    after = tokens[run.last] if run.last < len(tokens) else None
    if _possessive(tokens, run):
        return False
    if before in QUALIFIED or before in OBLIQUE:
        return True
    if after is None or after.cap:
        return False
    heads = lexicon.person_roles | lexicon.organization_roles | lexicon.unnamed_people
    return after.lower in heads


def _subject(
    prep: Prepared, people: list[Person], kind: str, offset: int, paragraph: int
) -> Person | None:
    """The one person a sentence subject names, if surely a person: a full name, or a
    surname read as a surname attribution is (of a family, the one named in full
    nearby, else the one the article is about).  Surely a person: a title, a role, or
    a given name the word lists know ('Carly Fiorina', not 'Compaq Computer')."""
    if kind != "person" and len(people) > 1:
        people = _given_named(prep, people)
        people = _named_last(prep, people, offset, paragraph) or _salient(people)
    if len(people) != 1:
        return None
    person = people[0]
    words = person.key.split()
    given = len(words) > 1 and words[0] in prep.book.lexicon.first_names
    return person if person.evidence or given else None


def _salient(people: list[Person]) -> list[Person]:
    """The one of ``people`` named in full at least twice, and twice as often as any
    other; none when no one stands out so."""
    ranked = sorted(people, key=lambda p: p.mentions, reverse=True)
    if len(ranked) > 1 and ranked[0].mentions >= max(2, 2 * ranked[1].mentions):
        return ranked[:1]
    return ranked if len(ranked) == 1 else []


def _by_text(prep: Prepared, text: str, full: bool) -> list[Person]:
    registry, book = prep.registry, prep.book
    people = registry.by_name(text, book) if full else registry.by_word(text, book)
    return _distinct(people)


def _distinct(people: list[Person]) -> list[Person]:
    seen: dict[str, Person] = {}
    for person in people:
        seen.setdefault(person.key, person)
    return list(seen.values())


def _resolve(prep: Prepared, item: Found, memory: _Memory, sentences: Sentences) -> Resolved:
    phrase = item.attribution.speaker if item.attribution is not None else None
    if phrase is None:
        return UNKNOWN
    if phrase.form == "name" and phrase.name is not None:
        people = _by_text(prep, phrase.name, True)
        name = people[0].name if len(people) == 1 else phrase.name
        return Resolved(
            canonical_name(name, prep.book.aliases), "person", CONFIDENCE["name"], "name"
        )
    if phrase.form == "surname" and phrase.name is not None:
        return _surname(prep, phrase, sentences, item, memory)
    if phrase.form == "role" and phrase.role is not None:
        people = _distinct(prep.registry.by_role(phrase.role, prep.book.lexicon))
        if len(people) == 1:
            return _person_result(prep, people[0], "role")
        return UNKNOWN
    if phrase.form == "pronoun":
        return _pronoun(prep, item, phrase, memory)
    if _publishing(prep, item, phrase):
        phrase = replace(phrase, form="organization")  # '"...," Politico reported'
    if phrase.form == "organization" and phrase.name is not None:
        return Resolved(
            " ".join(phrase.name.split()),
            "organization",
            CONFIDENCE["organization"],
            "organization",
        )
    return _body(prep, phrase, sentences) if phrase.form == "unnamed" else UNKNOWN


def _publishing(prep: Prepared, item: Found, phrase: SpeakerPhrase) -> bool:
    """An outlet that prints a direct quote ('"...," Politico reported'), not one it was
    said to ('In a statement to the Observer, ...')."""
    if phrase.form != "outlet" or item.kind != "direct" or not phrase.name or phrase.titles:
        return False
    return "to" not in prep.body[max(0, phrase.start - 8) : phrase.start].lower().split()


def _person_result(prep: Prepared, person: Person, how: Resolution) -> Resolved:
    name = canonical_name(person.name, prep.book.aliases)
    return Resolved(name, "person", CONFIDENCE[how], how)


def _surname(
    prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences, item: Found, memory: _Memory
) -> Resolved:
    """The one person of the article with that surname.  Several: the one the title's
    gender names if only one is known to have it ('Mr. Obama' is not Malia Obama); of
    the rest those whose first word can be a given name ('Elizabeth Warren', not
    'Neither Warren' or 'AG Mukasey'), then the only one named in full in this
    paragraph or the one before ('Liz Cheney ... Cheney said'), then those with a given
    name the word lists know, then the one the headline names in full ('How Newtown
    gave Chris Murphy a mission': Murphy is Chris Murphy), then the one named in full at
    least twice as often as any other, then the one of them who last spoke or
    opened a sentence within a pronoun's reach (a family: 'Clint Howard ... He ...
    Howard said').  None: see ``_unlinked``."""
    assert phrase.name is not None
    people = _distinct(prep.registry.by_word(phrase.name, prep.book))
    how: Resolution = "title" if phrase.titles else "surname"
    if phrase.gender:
        known = [p for p in people if p.gender == phrase.gender]
        people = known if len(known) == 1 else [p for p in people if p.gender != _other(phrase)]
    if len(people) > 1:
        people = _given_named(prep, people)
    if len(people) > 1:
        people = _named_last(prep, people, phrase.start, item.paragraph) or people
    if len(people) > 1:
        people = _known_given(prep, people)
    if len(people) > 1:
        people = [p for p in people if p.headlined] or people
    if len(people) == 1:
        return _person_result(prep, people[0], how)
    if not people:
        return _unlinked(
            prep, phrase, sentences, how, memory.persons, _in_first_person(prep, item, phrase.name)
        )
    chosen = _salient(people) or _last_mentioned(people, memory, item)
    if chosen:
        person = chosen[0]
        return Resolved(
            canonical_name(person.name, prep.book.aliases), "person", CONFIDENCE["salient"], how
        )
    return UNKNOWN


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
    sense in an article)."""
    assert phrase.name is not None
    titled = phrase.titles or _titled_elsewhere(prep, phrase.name)
    marked = titled or first_person or _marked_person(prep, phrase)
    marked = marked or fold(phrase.name) in persons
    if marked or a_person(prep, phrase, sentences):
        return Resolved(" ".join(phrase.name.split()), "person", CONFIDENCE["unlinked"], how)
    return _body(prep, phrase, sentences)


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


def _body(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> Resolved:
    """An organisation the recogniser reads in 'the' and a name ('the White House')."""
    name = organization(prep, phrase, sentences)
    if name is None:
        return UNKNOWN
    return Resolved(name, "organization", CONFIDENCE["organization"], "organization")


PERSON_MARK = re.compile(r"\s*(?:,\s*)?who\b|\s*,\s*\d{1,3}\s*,")


def _marked_person(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """'Hollande, who returned to Paris', 'Sarandon, 69, told': a person."""
    return PERSON_MARK.match(prep.body, phrase.end) is not None


def _last_mentioned(people: list[Person], memory: _Memory, item: Found) -> list[Person]:
    """The one of ``people`` who last spoke or opened a sentence before ``item``, within
    a pronoun's reach."""
    keys = {p.key: p for p in people}
    for offset, paragraph, person, _ in sorted(memory.mentions, key=lambda m: -m[0]):
        near = offset < item.anchor and item.paragraph - paragraph in PRONOUN_REACH
        if near and person is not None and person.key in keys:
            return [keys[person.key]]
    return []


def _given_named(prep: Prepared, people: list[Person]) -> list[Person]:
    """Those of ``people`` whose first word can be a given name, if that leaves any: not
    an acronym ('AG Mukasey') nor a word the article also prints in lower case
    ('Neither Warren', 'Liberal Oscar-winner Sarandon')."""
    lower = prep.lower_words

    def given(person: Person) -> bool:
        word = person.name.split()[0]
        return not (word.isupper() and len(word) > 1) and word.lower() not in lower

    return [p for p in people if given(p)] or people


def _known_given(prep: Prepared, people: list[Person]) -> list[Person]:
    """Without those of ``people`` printed with two words or more before the surname,
    none of them a given name the word lists know ('Susan Sarandon', not 'Liberal
    Oscar-winner Sarandon'); two words may be a name the lists lack ('Jonas Berg')."""
    first_names = prep.book.lexicon.first_names

    def unlikely(person: Person) -> bool:
        words = person.key.split()
        return len(words) > 2 and not any(w in first_names for w in words[:-1])

    return [p for p in people if not unlikely(p)] or people


def _named_last(prep: Prepared, people: list[Person], offset: int, paragraph: int) -> list[Person]:
    """The one of ``people`` named in full before ``offset`` in ``paragraph`` or the one
    before; none when none of them, or more than one, is named there."""
    keys = {p.key: p for p in people}
    named: dict[str, Person] = {}
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if run.kind != "person" or not paragraph - 1 <= p <= paragraph:
            continue
        if tokens[run.name_first].start < offset:
            text = run.text(tokens, prep.body)
            named.update((q.key, keys[q.key]) for q in _by_text(prep, text, True) if q.key in keys)
    return list(named.values()) if len(named) == 1 else []


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


def _pronoun(prep: Prepared, item: Found, phrase: SpeakerPhrase, memory: _Memory) -> Resolved:
    """The nearest earlier speaker or subject of this paragraph or the two before."""
    anchor = item.anchor
    candidates = sorted(
        (m for m in memory.mentions if m[0] < anchor and item.paragraph - m[1] in PRONOUN_REACH),
        key=lambda m: m[0],
        reverse=True,
    )
    addressed = _addressed(prep, item, phrase)
    for _, _, person, known in candidates:
        gender = known or (memory.genders.get(person.key) if person else None)
        if phrase.gender and gender and gender != phrase.gender:
            continue
        if person is not None and person.last in addressed:
            continue  # '"...," he told Rubio': not Rubio
        if person is None:  # the nearest antecedent is someone retold could not name
            return UNKNOWN
        if phrase.gender and not gender:
            memory.genders[person.key] = phrase.gender
        return _person_result(prep, person, "pronoun")
    return UNKNOWN


def _addressed(prep: Prepared, item: Found, phrase: SpeakerPhrase) -> set[str]:
    """The words of the attribution after the pronoun ('he told Rubio'): whoever they
    name is spoken to, not speaking."""
    attribution = item.attribution
    if attribution is None or attribution.end <= phrase.end:
        return set()
    return set(fold(prep.body[phrase.end : attribution.end]).split())


def _quote(prep: Prepared, item: Found, result: Resolved) -> Quote:
    body = prep.body
    segments = tuple(Span(prep.article, a, b, body[a:b]) for a, b in item.segments)
    if len(segments) == 1 or item.shape == "multi_paragraph":
        text = body[item.start : item.end]
    else:
        text = " ".join(s.text for s in segments)
    attribution = item.attribution
    phrase = attribution.speaker if attribution is not None else None
    return Quote(
        id="",
        article=prep.article,
        text=text,
        start=item.start,
        end=item.end,
        kind=item.kind,
        speaker=result.speaker,
        speaker_text=phrase.text if phrase is not None else None,
        speaker_kind=result.kind,
        confidence=result.confidence,
        resolution=result.resolution,
        attribution_start=attribution.start if attribution is not None else None,
        attribution_end=attribution.end if attribution is not None else None,
        cue=attribution.cue if attribution is not None else None,
        shape=item.shape,
        segments=segments,
    )
