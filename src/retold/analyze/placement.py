"""Where the speaker phrase lies in the words around a reporting verb.

``speaker_before`` reads the words between a clause start and the verb ("Dana
Whitcombe, the incident commander, said"; "The museum's director, Olena Marchuk,
admitted"; "On Tuesday she said"); ``speaker_after`` reads an inverted attribution
("said Claire Denholm, the unit's head of case management").  Both split the words at
commas and read the stretch that holds the speaker (``attribution.classify_chunk``),
a name set off beside a description keeping its role; both return ``None`` rather
than guess when the words do not have the shape of a speaker.
"""

from __future__ import annotations

from dataclasses import replace

from retold.analyze.attribution import (
    DETERMINERS,
    INDEFINITE,
    SpeakerPhrase,
    classify_chunk,
    given_name,
    skip_lead_ins,
)
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameBook, find_runs, word_surname
from retold.analyze.text import Token

# Forms of a phrase that describes its speaker without one name: a name set off
# beside it ('the museum's director, Olena Marchuk,') may say who.
DESCRIBING = frozenset({"role", "unnamed", "several"})


def _chunks(tokens: tuple[Token, ...], i: int, j: int) -> list[tuple[int, int]]:
    """Comma-separated stretches of tokens[i:j] as (start, end) index pairs."""
    chunks: list[tuple[int, int]] = []
    start = i
    for k in range(i, j):
        if tokens[k].text in (",", ":", ";"):
            chunks.append((start, k))
            start = k + 1
    chunks.append((start, j))
    return chunks


def subject_set_off(tokens: tuple[Token, ...], i: int, j: int, book: NameBook) -> bool:
    """Are tokens[i:j] a name and the appositives set off after it, with no clause
    among them ('Ann Wu, the union's manager,' or 'Ann Wu, 54, of Elm Grove,', not
    'Ann Wu, 54, was struck at 7 p.m.,'): each stretch after the name opens as a
    noun phrase, a number, a place or a relative clause does?"""
    lexicon = book.lexicon
    chunks = [(a, b) for a, b in _chunks(tokens, i, j) if b > a]
    if len(chunks) < 2:
        return False
    a, b = chunks[0]
    runs = find_runs(tokens, skip_lead_ins(tokens, a, b, lexicon), b, book)
    if len(runs) != 1 or runs[0].last != b or runs[0].first != skip_lead_ins(tokens, a, b, lexicon):
        return False
    return all(_opens_appositive(tokens[c], lexicon) for c, _ in chunks[1:])


def _opens_appositive(token: Token, lexicon: Lexicon) -> bool:
    lower = token.lower
    if lower in lexicon.pronouns or lower in lexicon.verb_group:
        return False
    return (
        lower in ("a", "an", "the", "of", "from")
        or lower in lexicon.possessive_pronouns
        or lower in lexicon.relative_words
        or lower[:1].isdigit()
        or token.cap
    )


def speaker_before(
    tokens: tuple[Token, ...], i: int, v: int, book: NameBook, body: str
) -> SpeakerPhrase | None:
    """The speaker in tokens[i:v], the words before a reporting verb at ``v``."""
    lexicon = book.lexicon
    j = v
    while j > i and tokens[j - 1].lower in lexicon.verb_group:
        if j - 1 == i and given_name(tokens, i, j, lexicon):
            break  # '"...," Will wrote': a name, not the verb group of 'wrote'
        j -= 1
    chunks = _chunks(tokens, i, j)
    last_start, last_end = chunks[-1]
    if last_end > last_start:
        if tokens[last_start].lower in lexicon.relative_words:
            return _before_relative(tokens, chunks, book, body) or _relative_subject(
                tokens, chunks, book, body
            )
        last_start = _after_coordination(tokens, last_start, last_end)
        start = skip_lead_ins(tokens, last_start, last_end, lexicon)
        phrase = classify_chunk(tokens, start, last_end, book, body)
        if phrase is not None and phrase.form in DESCRIBING and len(chunks) == 2:
            return _name_before(tokens, chunks[0], phrase, book, body) or phrase
        return phrase or _before_relative(tokens, chunks, book, body)
    if len(chunks) > 3 and opens_phrase(tokens, *chunks[0]):
        named = _opened_by_phrase(tokens, chunks, book, body)
        if named is not None:
            return named
    first_start, first_end = chunks[0]
    if len(chunks) < 2 or first_end <= first_start:
        return None
    if tokens[first_start].lower in lexicon.relative_words:
        return None
    start = skip_lead_ins(tokens, first_start, first_end, lexicon)
    phrase = classify_chunk(tokens, start, first_end, book, body)
    return _with_appositive_name(phrase, tokens, chunks, book, body)


SUBORDINATORS = frozenset({"as", "after", "when", "while", "before", "since", "although", "though"})


def opens_phrase(tokens: tuple[Token, ...], a: int, b: int) -> bool:
    """Do tokens[a:b] open the sentence with a phrase that is no speaker or subject: a
    subordinating word or a preposition ('As supporters waited,', 'In a statement to
    the Herald,') or a participle and more words ('Asked about the remark,', 'Following
    Wednesday's leak,', 'Pressed again,')?"""
    first = tokens[a].lower
    if first in SUBORDINATORS or first in PREPOSITIONS:
        return True
    return len(first) > 4 and first.endswith(("ed", "ing")) and b - a > 1


def _opened_by_phrase(
    tokens: tuple[Token, ...], chunks: list[tuple[int, int]], book: NameBook, body: str
) -> SpeakerPhrase | None:
    """'In a statement to the Herald, her adviser, Ann Wu, said', 'Asked about it, Ann
    Wu, the mayor's aide, who ran the count, said': after an opening phrase (whose own
    words name who was spoken to), a name set off before the verb with a role beside
    it, before or after (a relative clause after them left out)."""
    inner = chunks[1:-1]
    if inner and tokens[inner[-1][0]].lower in book.lexicon.relative_words:
        inner = inner[:-1]
    if len(inner) < 2:
        return None
    last, before = (classify_chunk(tokens, a, b, book, body) for a, b in inner[-1:-3:-1])
    if last is not None and last.form == "name":
        named, role = last, before
    elif before is not None and before.form == "name" and last is not None:
        named, role = before, last
    else:
        return None
    if role is not None and role.form in DESCRIBING:
        return replace(named, role=named.role or role.role, gender=named.gender or role.gender)
    return named if named is last else None


def _name_before(
    tokens: tuple[Token, ...],
    chunk: tuple[int, int],
    phrase: SpeakerPhrase,
    book: NameBook,
    body: str,
) -> SpeakerPhrase | None:
    """'Sen. Ann Wu (D-NY), a supporter of the bill told host X': the name before an
    appositive that runs up to the verb (its comma left out), keeping its role."""
    a, b = chunk
    named = classify_chunk(tokens, skip_lead_ins(tokens, a, b, book.lexicon), b, book, body)
    if named is None or named.form != "name":
        return None
    return replace(named, role=named.role or phrase.role)


def _before_relative(
    tokens: tuple[Token, ...], chunks: list[tuple[int, int]], book: NameBook, body: str
) -> SpeakerPhrase | None:
    """'Nate Silver, the polling guru who founded a website tweeted', 'Kay Ruiz, who
    chairs the board said': the name before an appositive whose relative clause runs
    up to the verb (its comma left out); not when the verb is the clause's own ('Ann
    Wu, who said ...', 'Ann Wu, who saw it but would say nothing')."""
    (a, b), (c, d) = chunks[0], chunks[-1]
    if len(chunks) != 2 or d - c < 3 or tokens[d - 1].lower in (*COORDINATORS, "or"):
        return None
    if not any(tokens[k].lower in ("who", "whose") for k in range(c, d)):
        return None
    phrase = classify_chunk(tokens, skip_lead_ins(tokens, a, b, book.lexicon), b, book, body)
    return phrase if phrase is not None and phrase.form == "name" else None


def _relative_subject(
    tokens: tuple[Token, ...], chunks: list[tuple[int, int]], book: NameBook, body: str
) -> SpeakerPhrase | None:
    """'..., José Antunes, a hiking instructor, who said he had ...': a bare 'who'
    right before the verb speaks for the name it follows, the name ending the chunk
    before it or, past one appositive (a description or a role), the chunk before
    that; not a name opening the sentence ('Ann Wu, who said ..., left early': the
    reported words end where the relative clause does, which this does not find)."""
    c, d = chunks[-1]
    if d - c != 1 or tokens[c].lower != "who" or len(chunks) < 2:
        return None
    for back in (2, 3)[: len(chunks) - 1]:
        a, b = chunks[-back]
        named = _name_ending(tokens, a, b, book, body)
        if named is not None:
            return named
        if tokens[a].lower not in ("a", "an", "the"):
            role = classify_chunk(tokens, a, b, book, body)
            if role is None or role.form not in DESCRIBING:
                return None
    return None


RELATIVE_HOSTS = frozenset({"was", "is", "were", "are", "including", "with", "to"})


def _name_ending(
    tokens: tuple[Token, ...], a: int, b: int, book: NameBook, body: str
) -> SpeakerPhrase | None:
    """The longest name ending tokens[a:b] right after a word that hands the sentence
    on to it ('guests was', 'including', 'spoke with', 'told to'): a name opening the
    sentence is its subject, whose own verb comes after the relative clause."""
    best: tuple[int, SpeakerPhrase] | None = None
    for start in range(b - 1, max(a, b - 5), -1):
        phrase = classify_chunk(tokens, start, b, book, body)
        if phrase is not None and phrase.form == "name":
            best = (start, phrase)
    if best is None or tokens[best[0] - 1].lower not in RELATIVE_HOSTS:
        return None
    return best[1]


COORDINATORS = frozenset({"and", "but", "then", "so"})


def _after_coordination(tokens: tuple[Token, ...], a: int, b: int) -> int:
    """'a woman asked for a photo and Clinton said': the speaker is in the last clause
    (after a clause of four words or more, not 'Smith and Jones' or 'the mayor and')."""
    joins = [k for k in range(a + 4, b - 1) if tokens[k].lower in COORDINATORS]
    if joins and tokens[joins[-1] + 1].cap and not tokens[joins[-1] - 1].cap:
        return joins[-1] + 1
    return a


def _with_appositive_name(
    phrase: SpeakerPhrase | None,
    tokens: tuple[Token, ...],
    chunks: list[tuple[int, int]],
    book: NameBook,
    body: str,
) -> SpeakerPhrase | None:
    """'The museum's director, Olena Marchuk,' -> the name, keeping the role."""
    if phrase is None or phrase.form not in DESCRIBING or len(chunks) < 3:
        return phrase
    a, b = chunks[1]
    named = classify_chunk(tokens, a, b, book, body)
    if named is None or named.form != "name":
        return phrase
    return replace(named, role=named.role or phrase.role, gender=named.gender or phrase.gender)


def speaker_after(
    tokens: tuple[Token, ...], k: int, end: int, book: NameBook, body: str
) -> SpeakerPhrase | None:
    """The speaker of an inverted attribution: the words after the verb at ``k - 1``."""
    chunks = _chunks(tokens, k, end)
    a, b = chunks[0]
    b = _cut_trailing(tokens, a, b, book)
    phrase = classify_chunk(tokens, a, b, book, body)
    if phrase is not None and phrase.form in DESCRIBING and len(chunks) > 1:
        c, d = chunks[1]
        named = classify_chunk(tokens, c, _cut_trailing(tokens, c, d, book), book, body)
        if named is not None and named.form == "name":
            return replace(named, role=named.role or phrase.role)
    return phrase


def _cut_trailing(tokens: tuple[Token, ...], a: int, b: int, book: NameBook) -> int:
    """End a speaker phrase before trailing adverbials ("Tobias Renner on Tuesday")."""
    for k in range(a + 1, b):
        lower = tokens[k].lower
        surname = k == a + 1 and word_surname(tokens, a, book.lexicon)  # 'said Al From'
        if lower in PREPOSITIONS and (
            tokens[k - 1].cap or tokens[k - 1].lower in book.lexicon.speaker_heads
        ):
            if surname:
                continue
            return k
        if lower == "of" and tokens[k - 1].cap and k + 1 < b and tokens[k + 1].lower == "the":
            return k
        if lower in (".", ";", ":", "—", "–", "“", "”", '"', "(") or lower in TRAILING_CLAUSE:
            return k
    return b


# Words that open a clause after the speaker ('said Dan Golvach when asked about ...').
TRAILING_CLAUSE = frozenset({"who", "which", "when", "while", "as"})


OBJECT_REACH = 3  # words after a determiner in which a time word makes the phrase a time
OBJECT_OPENERS = DETERMINERS | INDEFINITE | {"some", "these", "those", "my"}


def object_after(words: list[str], k: int, end: int, lexicon: Lexicon) -> bool:
    """Does a noun phrase open at word ``k`` (before ``end``) as a verb's object: a
    determiner or a possessive pronoun ('maintained his lead', 'wrote an op-ed'), no
    time word in the few words after it ('said this week', 'added a day later')?"""
    if k >= end or words[k] not in OBJECT_OPENERS:
        return False
    after = words[k + 1 : min(end, k + 1 + OBJECT_REACH)]
    return not any(w in lexicon.time_words or w in lexicon.weekdays for w in after)
