"""Lead-ins that name the quote's speaker with no reporting verb: by a role, or through
a thing of theirs (``retold.analyze.nearby`` asks these when the lead-in names no person
as its subject; ``retold.analyze.quoted_objects`` reads possessors with ``possessor``).

* a role as the subject ('The mayor put it this way:', 'The councillor was blunt:'),
  or as the possessor of a speech noun ('The speaker's reaction, in a text message to
  The Journal:'): the role, resolved as any ('"...," the mayor said');
* a possessed speech noun and 'was' with a comma ('Berg's advice to interns was, "..."',
  'Her answer was, "..."'): the possessor (``said_was_lead``), not the first person the
  sentence names;
* a person's thing is theirs, a person of theirs is not: 'Berg's answer:' is Berg's,
  'Berg's mother was blunt:' is the mother's (``possessed_person``);
* a relative clause set off by commas ('Berg, who wrote the bill, which is more than
  the mayor did, had this to say:') does not hand the words to a thing, as 'a memo
  that says:' does (``hands_to_thing``).
"""

from __future__ import annotations

from dataclasses import replace

from retold.analyze.attribution import SpeakerForm, SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.candidates import surely_person
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.context import Attribution, Prepared
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameRun
from retold.analyze.subjects import OBLIQUE, possessive
from retold.analyze.text import POSSESSIVE_S, Token

COPULAS = frozenset({"was", "is", "were", "are"})
ROLE_WORDS = 4  # words from 'the' to the role's head at most ('the state party chairman')
NOT_AFTER_ROLE = OBLIQUE | {",", "and", "or", "who", "whose", "which", "that", "by"}


def role_lead_in(prep: Prepared, p: int, start: int, t: int) -> Attribution | None:
    """A colon lead-in (tokens[start:t], the colon at t) whose subject is 'the' and a
    role, written in lower case, followed by its verb or by 's' and a speech noun
    ('The mayor put it this way:', 'The speaker's reaction:'); nobody named in it, no
    quote, no relative clause that hands the words to a thing, no agent ('by')."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    k = skip_lead_ins(tokens, start, t, lexicon)
    head = _role_head(tokens, k, t, lexicon)
    if head is None or tokens[t].text != ":":
        return None
    after = tokens[head + 1]
    if after.lower in POSSESSIVE_S:
        if head + 2 >= t or tokens[head + 2].lower not in lexicon.speech_nouns:
            return None  # 'The mayor's office released figures:'
    elif after.lower in NOT_AFTER_ROLE or not after.is_word or after.cap:
        return None
    rest = range(head + 1, t)
    if any(tokens[j].text in QUOTE_CHARS or tokens[j].lower == "by" for j in rest):
        return None
    if any(q == p and k <= run.first < t and surely_person(prep, p, run) for q, run in prep.runs):
        return None
    if hands_to_thing(tokens, head + 1, t, lexicon):
        return None
    speaker = classify_chunk(tokens, k, head + 1, prep.book, prep.body)
    if speaker is None or speaker.form != "role":
        return None
    return Attribution(speaker, tokens[t].text, speaker.start, tokens[t].end, None)


def said_was(tokens: tuple[Token, ...], start: int, t: int, lexicon: Lexicon) -> bool:
    """Is tokens[start:t] a lead-in whose subject is a speech noun, ending in 'was' and
    a comma ('His answer was, "..."', 'Berg's dictum to his interns was, "..."')?"""
    if tokens[t].text != "," or t - start < 3 or tokens[t - 1].lower not in COPULAS:
        return False
    return any(tokens[k].lower in lexicon.speech_nouns for k in range(start, t - 1))


def said_was_lead(prep: Prepared, p: int, start: int, t: int) -> Attribution | None:
    """A comma lead-in 'X's speech noun ... was,' (``said_was``): the possessor of its
    first speech noun, right before it or a few plain words before ('Berg's dictum to
    his interns was, "..."', 'Her answer was, "..."'), not any person the sentence names
    first; nobody else named after the noun."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    noun = next(k for k in range(start, t - 1) if tokens[k].lower in lexicon.speech_nouns)
    owner = next(
        (
            k
            for k in range(noun - 1, max(noun - 5, start - 1), -1)
            if owner_ends(tokens, k, lexicon)
        ),
        None,
    )
    if owner is None or not plain_words(tokens[owner + 1 : noun], preposition=False):
        return None
    if any(q == p and noun < run.first < t and surely_person(prep, p, run) for q, run in prep.runs):
        return None
    found = possessor(prep, p, owner, ",")
    return found if found is None or found.speaker is None else replace(found, end=tokens[t].end)


def _role_head(tokens: tuple[Token, ...], k: int, t: int, lexicon: Lexicon) -> int | None:
    """The role word ending 'the ... mayor' at token ``k``, words in lower case between."""
    if tokens[k].lower != "the":
        return None
    for h in range(k + 1, min(t - 1, k + ROLE_WORDS + 1)):
        word = tokens[h]
        if not word.is_word or word.cap:
            return None
        if word.lower in lexicon.person_roles and tokens[h + 1].lower not in lexicon.person_roles:
            return h
    return None


def possessed_person(tokens: tuple[Token, ...], run: NameRun, t: int, lexicon: Lexicon) -> bool:
    """Is the name a possessor of a person ('Berg's mother', 'Berg's chief of staff'):
    the words of the lead-in are that person's, not the possessor's?"""
    return possessive(tokens, run) and owns_person(tokens, run.last + 1, t, lexicon)


def owns_person(tokens: tuple[Token, ...], j: int, t: int, lexicon: Lexicon) -> bool:
    """Is the thing possessed, the words from token ``j`` (after 'his' or 'Berg's') up
    to a preposition, a person ('her mother', 'his chief of staff'; not 'his message to
    the governor')?"""
    for k in range(j, min(t, j + 3)):
        if tokens[k].lower in lexicon.person_words:
            return True
        if tokens[k].lower in OBLIQUE or not tokens[k].is_word:
            return False
    return False


def hands_to_thing(tokens: tuple[Token, ...], a: int, t: int, lexicon: Lexicon) -> bool:
    """Does a relative clause between tokens a and t hand the words to a thing ('a memo
    that says:')?  One set off by commas, with more of the lead-in after it ('..., which
    is more than the mayor did, had this to say:'), does not."""
    for j in range(a, t):
        if tokens[j].lower not in lexicon.inscription_relatives:
            continue
        close = next((c for c in range(j + 1, t) if tokens[c].text == ","), None)
        if close is None or tokens[j - 1].text != "," or close + 1 >= t:
            return True
        if tokens[close + 1].lower in PREPOSITIONS:
            return True  # 'a memo, which says, in part:'
    return False


def name_phrase(prep: Prepared, p: int, a: int, b: int, titles: tuple[str, ...]) -> SpeakerPhrase:
    """A name or surname phrase for the name in tokens[a:b] of paragraph ``p``."""
    tokens = prep.tokens(p)
    start, end = tokens[a].start, tokens[b - 1].end
    name = prep.body[start:end]
    form: SpeakerForm = "name" if b - a > 1 else "surname"
    return SpeakerPhrase(form, start, end, name, name, None, None, titles)


def owner_ends(tokens: tuple[Token, ...], k: int, lexicon: Lexicon) -> bool:
    """Does a possessor end at token ``k`` ('his', or the 's' of 'Berg's')?"""
    return tokens[k].lower in lexicon.possessive_pronouns or tokens[k].lower in POSSESSIVE_S


def plain_words(words: tuple[Token, ...], preposition: bool) -> bool:
    """Are ``words`` a few words in lower case (an adjective, 'admittedly provocative'),
    or, with ``preposition``, none or a phrase opening with a preposition ('during the
    debate')?"""
    if any(not w.is_word or w.cap for w in words):
        return False
    return not preposition or not words or words[0].lower in PREPOSITIONS


def possessor(prep: Prepared, p: int, k: int, noun: str) -> Attribution | None:
    """The possessor ending at token ``k`` of the speech noun ``noun`` (the cue): 'his'
    or 'her', a person's name, or 'the' and a role ('the mayor's')."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    run = next((r for q, r in prep.runs if q == p and r.last == k), None)
    speaker: SpeakerPhrase | None = None
    if tokens[k].lower in lexicon.possessive_pronouns:
        t, gender = tokens[k], lexicon.possessive_pronouns[tokens[k].lower]
        speaker = SpeakerPhrase("pronoun", t.start, t.end, t.text, None, None, gender)
    elif run is not None:
        person = _person(prep, p, run)
        speaker = name_phrase(prep, p, run.name_first, run.last, run.titles) if person else None
    elif (
        the := next((j for j in range(k - 1, max(k - 5, -1), -1) if tokens[j].lower == "the"), None)
    ) is not None:
        role = classify_chunk(tokens, the, k, prep.book, prep.body)
        speaker = role if role is not None and role.form == "role" else None
    if speaker is None:
        return None
    return Attribution(speaker, noun, speaker.start, speaker.end, None)


def _person(prep: Prepared, p: int, run: NameRun) -> bool:
    """Is the name surely a person's, or a word the article names a person by ('in
    Berg's words' reads 'Berg' after 'in' as a place)?"""
    word = run.text(prep.tokens(p), prep.body)
    return surely_person(prep, p, run) or bool(prep.registry.by_word(word, prep.book))
