"""Speaker resolution: from the words of an attribution to a full name, or to nobody.

* a full name resolves to the fullest form the article prints ("Anders Rasmussen" ->
  "Anders Fogh Rasmussen");
* a surname, with or without a title ("Rasmussen", "Mayor Tremblay"), to the one person
  of the article with that name, else to itself or a body (``retold.analyze.surnames``);
* a role ("the minister", "the union leader") to the one person the article gave that
  role (synonyms from the lexicon: leader ~ president);
* an outlet that prints the quoted words ('"...," Politico reported') to itself, an
  organisation; so does 'the' and a name the entity recogniser reads as one ('the
  White House said': ``retold.analyze.readings``);
* a pronoun to the most recent speaker or sentence subject of this paragraph or the
  two before it (a chain of "he" across paragraphs) whose known gender does not
  contradict it, else, when every one there has the other gender, the one person of
  its gender named just before, or, when the nearest is a speaker the text only
  described and no one is named since, that description (``retold.analyze.antecedents``);
* a document that speaks ('the statement said') to whoever issued it just before
  ('Mayor Berg released a statement'), at a lower confidence;
* a one-word name no rule above reads ('"...," Hale said', 'According to Vulture') to
  itself, at a low confidence: an organisation where the entity recogniser always
  reads it as one, else of unknown kind (``retold.analyze.readings.bare_name``);
* a description that names no one ('a senior aide', 'the Ohio senator', that no rule
  above resolves) to itself, as printed (``retold.analyze.descriptions``);
* people named side by side who speak together ('"...," Ann Wu and Tom Bell said') to
  them all, as printed: a description, no one person.

Anything ambiguous stays unknown: a wrong speaker is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from retold.analyze.aliases import canonical_name, fold
from retold.analyze.antecedents import (
    Memory,
    described_antecedent,
    issuer,
    last_named,
    pronoun_antecedent,
    role_antecedent,
    speaking_people,
)
from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.candidates import (
    by_text,
    described_fits,
    distinct,
    of_age,
    party_member,
    placed,
)
from retold.analyze.context import Attribution, Found, Prepared, Sentences
from retold.analyze.continued import named_in, speaks_of
from retold.analyze.descriptions import describe
from retold.analyze.kin import kin_mentions
from retold.analyze.people import Person, surname_only
from retold.analyze.readings import outlet_surname, publishing, role_as_surname, speaking_persons
from retold.analyze.records import Quote
from retold.analyze.resolved import CONFIDENCE, UNKNOWN, Resolved, person_result
from retold.analyze.subjects import subjects
from retold.analyze.surnames import resolve_body, resolve_surname
from retold.analyze.taught import taught_genders
from retold.records import Span


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
    reported = [
        seg for f in found if f.kind == "indirect" and not _relayed(f) for seg in f.segments
    ]
    sentences = sentences or Sentences({}, set())
    mentions, unsure = subjects(prep, sorted(quoted + reported), speaking_people(prep, found))
    mentions = sorted(mentions + kin_mentions(prep), key=lambda m: m[0])  # 'Her father was
    memory = Memory(
        mentions=mentions,
        genders=taught_genders(prep, mentions),
        persons=speaking_persons(prep, found, sentences),
        unsure=unsure,
    )
    resolved: dict[int, Resolved] = {}
    owners = _owners(found)
    ended: set[int] = set()  # ids of owners whose run of borrowers ended, and of those cut
    for item in sorted(found, key=lambda f: (f.anchor, id(f) in owners, f.start)):
        owner = owners.get(id(item))
        result = _borrowed(prep, item, owner, resolved, ended)
        if result is None:
            result = _issued_by(item, _resolve(prep, item, memory, sentences))
            result = _document(prep, item) if result.speaker is None else result
            result = _pronoun_described(prep, item, memory) if result.speaker is None else result
            result = _described(prep, item, sentences) if result.speaker is None else result
        resolved[id(item)] = result
        if item.shape == "nearby":  # read beside the sentence: less sure, or not at all
            resolved[id(item)] = _nearby(result)
        else:  # a speaker who goes on in a paragraph is a pronoun's antecedent there
            _remember(prep, item, result, memory)
    quotes = [
        _quote(prep, _kept(item, resolved[id(item)], id(item) in ended), resolved[id(item)])
        for item in found
    ]
    quotes.sort(key=lambda q: (q.start, q.end))
    return [_numbered(q, n) for n, q in enumerate(quotes, 1)]


RELAYING = frozenset({"organization", "outlet"})  # forms of no one a pronoun refers to


def _relayed(item: Found) -> bool:
    """Are ``item``'s reported words relayed by an outlet or organisation named after
    them ('Tarak, director of the centre, dismissed concerns ..., the agency reported')?
    Then who the words are about opens the sentence: its subject, a pronoun's likely
    antecedent ('"...," he was quoted as saying': Tarak), as for words no one relays."""
    attribution = item.attribution
    if attribution is None or attribution.speaker is None:
        return False
    return attribution.speaker.form in RELAYING and attribution.start >= item.end


def _issued_by(item: Found, result: Resolved) -> Resolved:
    """A document's words given to its issuer ('Holm's statement said') are no surer
    than the issuer of a statement found nearby (``CONFIDENCE["issuer"]``)."""
    phrase = item.attribution.speaker if item.attribution is not None else None
    if phrase is None or not phrase.issued or result.speaker is None:
        return result
    return replace(result, confidence=min(result.confidence, CONFIDENCE["issuer"]))


def _borrowed(
    prep: Prepared, item: Found, owner: Found | None, resolved: dict[int, Resolved], ended: set[int]
) -> Resolved | None:
    """The speaker ``item`` borrows from its ``owner`` (``_owners``), where it may go on
    (``_goes_on``); None where there is none to borrow (``item`` resolves its own
    attribution).  No one from the first borrowing quote that speaks of them by name
    ('"...," he said.' then '"Osei never paid."' of Osei), nor from any after it: the
    run of borrowed quotes ends there."""
    result = resolved[id(owner)] if owner is not None else UNKNOWN
    if owner is None or result.speaker is None or not _goes_on(prep, owner, result):
        return None
    if id(owner) in ended or (result.kind == "person" and speaks_of(prep, item, result.speaker)):
        ended.update((id(owner), id(item)))
        return UNKNOWN
    return result


def _goes_on(prep: Prepared, owner: Found, result: Resolved) -> bool:
    """May ``owner``'s speaker go on into the statements that borrow its attribution?
    Yes, unless ``owner`` read them from a pronoun ('"...," he said') and the name
    printed last before ``owner``, in quoted words or not, may not be that person: the
    pronoun may be someone else's, and the quotes after would carry the doubt."""
    phrase = owner.attribution.speaker if owner.attribution is not None else None
    if result.speaker is None or phrase is None or phrase.form != "pronoun":
        return True
    person = _person(prep, result)
    return person is not None and person in last_named(prep, owner.start)


def _remember(prep: Prepared, item: Found, result: Resolved, memory: Memory) -> None:
    """Note in ``memory`` who ``item``'s attribution names, as a later pronoun's or
    role's antecedent."""
    phrase = item.attribution.speaker if item.attribution else None
    person = _person(prep, result) or _unlinked_person(result, phrase, item)
    if result.kind == "person" and result.speaker and phrase and (phrase.role or phrase.titles):
        roles = (*((phrase.role,) if phrase.role else ()), *phrase.titles)
        memory.titled.append((item.anchor, item.paragraph, result.speaker, roles))
    if result.kind == "description" and result.speaker:
        memory.described[item.anchor] = result.speaker
    if person is not None:  # 'he said', 'the spokeswoman said': of that gender here
        gender = person.gender or (phrase.gender if phrase is not None else None)
        memory.mentions.append((item.anchor, item.paragraph, person, gender))
    elif phrase is not None and (NAMES_SOMEONE & {phrase.form, result.kind}):
        # someone retold cannot name: a pronoun after them is not an earlier person
        memory.mentions.append((item.anchor, item.paragraph, None, phrase.gender))
    elif phrase is not None and phrase.form == "unnamed" and phrase.role:
        # 'one woman told NY1 ...': a pronoun of her gender after her is not an earlier person
        gender = prep.book.lexicon.gendered.get(phrase.role)
        if gender is not None:
            memory.mentions.append((item.anchor, item.paragraph, None, gender))


BORROWING = frozenset({"continued", "nearby"})  # shapes that may borrow an attribution


def _owners(found: list[Found]) -> dict[int, Found]:
    """For each statement whose attribution is borrowed from one before it (a quote
    continued in the next paragraph, or going on after the statement just before:
    ``continued.continued_quotes``, ``nearby``), the first statement with that attribution:
    the speaker goes on, whatever paragraph the words that name them lie in."""
    first: dict[Attribution, Found] = {}
    owners: dict[int, Found] = {}
    for item in sorted(found, key=lambda f: f.start):
        if item.attribution is None:
            continue
        owner = first.setdefault(item.attribution, item)
        if owner is not item and item.shape in BORROWING:
            owners[id(item)] = owner
    return owners


NAMES_SOMEONE = frozenset({"name", "surname", "role", "description"})  # forms, or kind
# forms a described speaker's phrase may have
DESCRIBED = frozenset({"unnamed", "several", "role", "organization", "surname"})


def _described(prep: Prepared, item: Found, sentences: Sentences) -> Resolved:
    """The description a direct quote's attribution gives of a speaker it names no one
    with ('a senior aide said'): not beside the sentence (``nearby``)."""
    phrase = item.attribution.speaker if item.attribution is not None else None
    if phrase is None or phrase.form not in DESCRIBED or item.kind != "direct":
        return UNKNOWN
    if item.shape == "nearby":  # the attribution is a sentence away: no description
        return UNKNOWN
    if phrase.form == "several":  # 'Ann Wu and Tom Bell said': both, as printed
        text: str | None = " ".join(phrase.text.split())
    else:
        text = describe(prep, phrase, sentences)
    if text is None:
        return UNKNOWN
    return Resolved(text, "description", CONFIDENCE["description"], "description")


def _pronoun_described(prep: Prepared, item: Found, memory: Memory) -> Resolved:
    """A direct quote's pronoun that refers back to a speaker retold could only
    describe ('the Ohio governor'): that description (``DESCRIBED_RULES``)."""
    phrase = item.attribution.speaker if item.attribution is not None else None
    if phrase is None or phrase.form != "pronoun" or item.kind != "direct":
        return UNKNOWN
    texts = (rule(prep, item, phrase, memory) for rule in DESCRIBED_RULES)
    text = next((t for t in texts if t is not None), None)
    if text is None:
        return UNKNOWN
    return Resolved(text, "description", CONFIDENCE["description"], "description")


def _document(prep: Prepared, item: Found) -> Resolved:
    """The first speaker ``DOCUMENT_RULES`` read for a document that speaks."""
    results = (rule(prep, item) for rule in DOCUMENT_RULES)
    return next((r for r in results if r.speaker is not None), UNKNOWN)


def issued(prep: Prepared, item: Found) -> Resolved:
    """A direct quote a document speaks ('"...," the statement said'): whoever issued it
    just before ('Mayor Berg released a statement'; ``antecedents.issuer``), a person or
    an organisation, at a lower confidence; a titled surname the article never names
    in full as printed."""
    phrase = item.attribution.speaker if item.attribution is not None else None
    found = issuer(prep, item, phrase) if phrase and item.kind == "direct" else None
    if found is None:
        return UNKNOWN
    p, run = found
    text = " ".join(run.text(prep.tokens(p), prep.body).split())
    if run.kind in ("organization", "outlet"):
        return Resolved(text, "organization", CONFIDENCE["issuer"], "organization")
    people = by_text(prep, text, run.kind == "person")
    if not people and run.titles:  # 'President Obama', never named in full: as printed
        return Resolved(text, "person", CONFIDENCE["issuer"], "title")
    if len(people) != 1:
        return UNKNOWN
    name = canonical_name(people[0].name, prep.book.aliases)
    return Resolved(name, "person", CONFIDENCE["issuer"], "name")


def _nearby(result: Resolved) -> Resolved:
    """A speaker read beside the quote's sentence (``retold.analyze.nearby``) is less
    sure than any the sentence gives."""
    if result.speaker is None:
        return result
    return replace(result, confidence=min(result.confidence, CONFIDENCE["nearby"]))


def _kept(item: Found, result: Resolved, cut: bool) -> Found:
    """``item``, or the quote left unattributed: a speaker read beside its sentence that
    names no one (a neighbour that names nobody attributes nothing), or a quote ``cut``
    from the run of quotes borrowing an attribution (``_borrowed``)."""
    if not cut and (item.shape != "nearby" or result.speaker is not None):
        return item
    return Found("direct", "unattributed", item.segments, None, item.paragraph)


def _unlinked_person(result: Resolved, phrase: SpeakerPhrase | None, item: Found) -> Person | None:
    """A speaker the article names only by a surname ('Mr. Clyburn said',
    ``surnames._unlinked``) as a person a later pronoun may refer to ('..., he added')."""
    if result.kind != "person" or result.speaker is None or phrase is None:
        return None
    gender = phrase.gender if phrase.form != "pronoun" else None
    return surname_only(result.speaker, gender, item.anchor)


def _numbered(quote: Quote, n: int) -> Quote:
    return Quote(**{**quote.__dict__, "id": f"{quote.article}:q{n}"})


def _person(prep: Prepared, result: Resolved) -> Person | None:
    if result.kind != "person" or result.speaker is None:
        return None
    key = fold(result.speaker)
    return next((p for p in prep.registry.people if fold(p.name) == key), None)


def _resolve(prep: Prepared, item: Found, memory: Memory, sentences: Sentences) -> Resolved:
    phrase = item.attribution.speaker if item.attribution is not None else None
    if phrase is None:
        return UNKNOWN
    if phrase.form == "name" and phrase.name is not None:
        people = by_text(prep, phrase.name, True)
        name = people[0].name if len(people) == 1 else phrase.name
        return Resolved(
            canonical_name(name, prep.book.aliases), "person", CONFIDENCE["name"], "name"
        )
    if phrase.form == "surname" and phrase.name is not None:
        return resolve_surname(prep, phrase, sentences, item, memory)
    if phrase.form == "role" and phrase.role is not None:
        people = _of_gender(distinct(prep.registry.by_role(phrase.role, prep.book.lexicon)), phrase)
        people = placed(prep, people, phrase)
        if len(people) == 1 and described_fits(prep, people[0], phrase):
            return person_result(prep, people[0], "role")
        result = _role_anaphor(prep, item, phrase, memory)
        if result.speaker is None and role_as_surname(prep, phrase):
            surname = replace(phrase, form="surname", name=phrase.text)  # 'King said'
            result = resolve_surname(prep, surname, sentences, item, memory)
        return result if result.kind == "person" else UNKNOWN
    if phrase.form == "pronoun":  # an age too: 'the 71-year-old former governor'
        person = of_age(prep, phrase) or pronoun_antecedent(prep, item, phrase, memory, sentences)
        if person is None or _named_inside(prep, item, person):
            return UNKNOWN
        return person_result(prep, person, "pronoun")
    member = party_member(prep, phrase) if phrase.form == "unnamed" else None
    if member is not None:  # 'the Maryland Democrat' of Rep. Andre Gaskins (D-Md.)
        return person_result(prep, member, "role")
    if outlet_surname(prep, phrase):  # '"...," said Guardian' of Mayor Don Guardian
        return resolve_surname(prep, replace(phrase, form="surname"), sentences, item, memory)
    if publishing(prep, item, phrase):
        phrase = replace(phrase, form="organization")  # '"...," Politico reported'
    if phrase.form == "organization" and phrase.name is not None:
        return Resolved(
            " ".join(phrase.name.split()),
            "organization",
            CONFIDENCE["organization"],
            "organization",
        )
    return resolve_body(prep, phrase, sentences) if phrase.form in BODIES else UNKNOWN


def _named_inside(prep: Prepared, item: Found, person: Person) -> bool:
    """Do a direct quote's words speak of ``person`` by their given name ('"Marcus has
    had twelve years," he said' after Marcus Okafor): then the pronoun is likely someone
    else's.  Not where someone else has that given name ('"I told Roy ...," he said' of
    Roy Tillery's father), nor beside a reporting verb (an attribution the marks took
    in: '..., said Mark Kantrowitz')."""
    if item.kind != "direct" or not person.first:
        return False
    if any(p.first == person.first and p.key != person.key for p in prep.registry.people):
        return False
    return named_in(prep, item, list(item.segments), lambda t: t.cap and t.lower == person.first)


def _of_gender(people: list[Person], phrase: SpeakerPhrase) -> list[Person]:
    """The holders of a role the description's gender does not rule out ('the
    congresswoman' of Rep. Joanne Bellamy and Rep. Nathan Greer: Bellamy)."""
    if len(people) < 2 or phrase.gender is None:
        return people
    return [p for p in people if p.gender in (None, phrase.gender)]


BODIES = frozenset({"unnamed", "organization"})  # forms 'the' and a body's name may have


def _role_anaphor(prep: Prepared, item: Found, phrase: SpeakerPhrase, memory: Memory) -> Resolved:
    """'the minister added' (the role alone) after 'Minister Sarnov said': the one who
    spoke just before with that role, though the article never names them in full
    (``antecedents.role_antecedent``); not 'the Ohio senator', whose other words may
    tell two senators apart."""
    assert phrase.role is not None
    if fold(phrase.text).split() != ["the", *phrase.role.split()]:
        return UNKNOWN
    name = role_antecedent(item, phrase, memory, prep.book.lexicon)
    return Resolved(name, "person", CONFIDENCE["role"], "role") if name else UNKNOWN


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


DocumentRule = Callable[[Prepared, Found], Resolved]
# Readings of a document that speaks ('the statement said'; ``bench/speakers_cv.py``
# switches each off).
DOCUMENT_RULES: tuple[DocumentRule, ...] = (issued,)

DescribedRule = Callable[[Prepared, Found, SpeakerPhrase, Memory], "str | None"]
# Readings of a pronoun as the description of an earlier speaker retold could not name
# (``bench/speakers_cv.py`` switches each off).
DESCRIBED_RULES: tuple[DescribedRule, ...] = (described_antecedent,)
