"""A relative of someone named as the subject of narration before a quote: 'His wife
rolled her eyes.' then '"He's been telling me that since 1994."' (``nearby._last_subject``
asks this where the sentence names no one).  'His' or 'her' is the person the quote
before was given to by name ('"...," Luisa Berg said.' then 'Her father laughed.'), or
else the one surname the nearest paragraph naming people names outside quotes; the
relative is the one person the article names with that surname and the kin word's gender
('her father': the one man named Berg but her).  A relative of no such person, or of a
surname several people of that gender share, is no one: the quote keeps no speaker.
Such a sentence is also a pronoun's antecedent ('Her father was asked about it.' then
'"...," he said': ``kin_mentions``, read by speaker resolution).
"""

from __future__ import annotations

from retold.analyze.aliases import fold
from retold.analyze.attribution import SpeakerPhrase, skip_lead_ins
from retold.analyze.candidates import by_text, distinct
from retold.analyze.context import Found, Prepared
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.narration import NAMED, named_outside
from retold.analyze.subjects import Mention, title_gender

Owner = tuple[str, set[str]]  # a surname, and the keys of the people it may be
REACH = 2  # paragraphs before the narration's that may name whose relative it is


def kin_subject(prep: Prepared, q: int, end: int, previous: Found | None) -> SpeakerPhrase | None:
    """The relative opening the last sentence of narration tokens[:end] of paragraph
    ``q`` as its subject, 'his' or 'her' and a kin word, then its verb ('Her father
    laughed when told of the remark.'): the person the article names as that relative
    (``_relative``), the sentence naming no one and quoting nothing."""
    tokens, lexicon = prep.tokens(q), prep.book.lexicon
    if end <= 0:
        return None
    start, _ = prep.paragraphs[q].sentence_of(end - 1)
    k = skip_lead_ins(tokens, start, end, lexicon)
    if k + 2 >= end or tokens[k + 1].lower not in lexicon.kin:
        return None
    owner = lexicon.possessive_pronouns.get(tokens[k].lower)
    gender = lexicon.gendered.get(tokens[k + 1].lower)
    verb = tokens[k + 2]
    if owner is None or gender is None or not verb.is_word or verb.cap:
        return None  # 'His wife, Ana Berg, ...' names her
    if any(t.text in QUOTE_CHARS for t in tokens[start:end]):
        return None
    if any(r == q and start <= run.first < end for r, run in prep.runs):
        return None
    found = _owner(prep, q, start, owner, previous)
    name = _relative(prep, found, gender) if found is not None else None
    if name is None:
        return None
    text = prep.body[tokens[k].start : tokens[k + 1].end]
    return SpeakerPhrase("name", tokens[k].start, tokens[k + 1].end, text, name, None, gender)


def kin_mentions(prep: Prepared) -> list[Mention]:
    """Sentences that open with 'his' or 'her', a kin word and a verb ('Her father was
    asked about it several times.'), as a pronoun's antecedent: the relative the
    article names (``_relative``), of whom the nearest paragraph naming people names
    one surname (``_named_before``)."""
    lexicon = prep.book.lexicon
    found: list[Mention] = []
    for paragraph in prep.paragraphs:
        tokens = paragraph.tokens
        for start, end in paragraph.sentences:
            k = skip_lead_ins(tokens, start, end, lexicon)
            if k + 2 >= end or tokens[k + 1].lower not in lexicon.kin:
                continue
            owner = lexicon.possessive_pronouns.get(tokens[k].lower)
            gender = lexicon.gendered.get(tokens[k + 1].lower)
            if owner is None or gender is None or tokens[k + 2].cap:
                continue  # 'Her father, Leonard Szabo,' names him
            if prep.inside_quote(tokens[k].start) is not None:
                continue
            named = _named_before(prep, paragraph.index, start, owner)
            name = _relative(prep, named, gender) if named is not None else None
            people = by_text(prep, name, True) if name is not None else []
            if len(people) == 1:
                found.append((tokens[k].start, paragraph.index, people[0], gender))
    return found


def _owner(prep: Prepared, q: int, start: int, gender: str, previous: Found | None) -> Owner | None:
    """The surname of whom 'his' or 'her' (of ``gender``) opening the sentence at token
    ``start`` of paragraph ``q`` means: the name the statement just before gives its
    words to, in this paragraph or the one before; else the one surname of the people
    of no other known gender named outside quotes in the nearest paragraph (or the
    sentences before) that names anyone."""
    attribution = previous.attribution if previous is not None else None
    speaker = attribution.speaker if attribution is not None else None
    if previous is not None and speaker is not None and q - previous.paragraph <= 1:
        if speaker.form not in NAMED or not speaker.name:
            return None if speaker.form != "pronoun" else _named_before(prep, q, start, gender)
        people = by_text(prep, speaker.name, speaker.form == "name")
        if any(p.gender not in (None, gender) for p in people):
            return None
        return speaker.name.split()[-1], {p.key for p in people}
    return _named_before(prep, q, start, gender)


def _named_before(prep: Prepared, q: int, start: int, gender: str) -> Owner | None:
    """The one surname of people of no other known gender named outside quotes in the
    nearest paragraph before token ``start`` of paragraph ``q`` that names anyone."""
    for p in range(q, max(q - REACH, 0) - 1, -1):
        tokens = prep.tokens(p)
        runs = [run for run in named_outside(prep, p) if p < q or run.first < start]
        if not runs:
            continue
        names: dict[str, Owner] = {}
        for run in runs:
            text = run.text(tokens, prep.body)
            people = by_text(prep, text, run.kind == "person")
            titled = title_gender(prep, run)  # 'Ms. Orrin' of Claire, not Leonard Orrin
            people = [p for p in people if titled is None or p.gender in (None, titled)]
            if all(person.gender in (None, gender) for person in people):
                names[fold(text.split()[-1])] = (text.split()[-1], {p.key for p in people})
        return next(iter(names.values())) if len(names) == 1 else None
    return None


def _relative(prep: Prepared, owner: Owner, gender: str) -> str | None:
    """The name of the one person but the owner the article names in full with the
    owner's surname, of ``gender`` or of no known gender."""
    surname, keys = owner
    people = distinct(prep.registry.by_word(surname, prep.book))
    found = [
        person
        for person in people
        if person.first and person.gender in (None, gender) and person.key not in keys
    ]
    return found[0].name if len(found) == 1 else None
