"""Colon lead-ins that name the quote's speaker with no reporting verb: by a role, or
through a thing of theirs (``retold.analyze.nearby`` asks these when the lead-in names
no person as its subject).

* a role as the subject ('The mayor put it this way:', 'The councillor was blunt:'),
  or as the possessor of a speech noun ('The speaker's reaction, in a text message to
  The Journal:'): the role, resolved as any ('"...," the mayor said');
* a person's thing is theirs, a person of theirs is not: 'Berg's answer:' is Berg's,
  'Berg's mother was blunt:' is the mother's (``possessed_person``);
* a relative clause set off by commas ('Berg, who wrote the bill, which is more than
  the mayor did, had this to say:') does not hand the words to a thing, as 'a memo
  that says:' does (``hands_to_thing``).
"""

from __future__ import annotations

from retold.analyze.attribution import SpeakerForm, SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.candidates import surely_person
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.context import Attribution, Prepared
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameRun
from retold.analyze.subjects import OBLIQUE, possessive
from retold.analyze.text import POSSESSIVE_S, Token

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
    return Attribution(speaker, ":", speaker.start, tokens[t].end, None)


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
