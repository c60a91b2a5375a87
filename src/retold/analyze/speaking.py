"""Speakers of direct quotes that the phrase rules of ``retold.analyze.attribution``
miss, read with the article at hand: a short description that names no one, the
subject of a clause a participle reports for, a surname the article gives a person
whatever the word lists say the word could be, the person words are quoted 'as saying'."""

from __future__ import annotations

from retold.analyze.aliases import fold
from retold.analyze.attribution import SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.context import Prepared
from retold.analyze.names import find_runs
from retold.analyze.placement import speaker_after, speaker_before


def described(prep: Prepared, p: int, k: int, v: int) -> SpeakerPhrase | None:
    """'"...," the Massachusetts Democrat wrote': a short description that names nobody
    the rules know; the quote is attributed, its speaker stays unknown."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    words = [t.lower for t in tokens[k:v]]
    if not 0 < len(words) <= 5 or words[0] not in ("the", "a", "an", "one", "another"):
        return None
    if any(w in lexicon.speaker_blockers or not w[:1].isalpha() for w in words[1:]):
        return None
    start, end = tokens[k].start, tokens[v - 1].end
    return SpeakerPhrase("unnamed", start, end, prep.body[start:end], None, None, None)


def participle_subject(prep: Prepared, p: int, start: int, v: int) -> SpeakerPhrase | None:
    """'Byrne also wrote about the agents, saying, "..."': a participle after a clause
    reports the words of that clause's subject, a name opening the sentence and
    followed by its verb (not 'Byrne and Lee', 'Byrne's book', 'Byrne, the agent'); a
    bare surname only of someone the article names in full (a capital opening a
    sentence may be any word)."""
    tokens, book = prep.tokens(p), prep.book
    if not tokens[v].lower.endswith("ing") or tokens[v - 1].text != ",":
        return None
    a = skip_lead_ins(tokens, start, v, book.lexicon)
    runs = find_runs(tokens, a, v, book)
    if not runs or runs[0].first != a or prep.inside_quote(tokens[a].start) is not None:
        return None
    known = runs[0].kind == "surname" and prep.registry.by_word(tokens[a].text, book)
    if runs[0].kind != "person" and not known:
        return None
    after = tokens[runs[0].last].text
    if not after.isalpha() or not after.islower() or after in ("and", "or"):
        return None
    speaker = classify_chunk(tokens, a, runs[0].last, book, prep.body)
    return speaker if speaker is not None and speaker.form in ("name", "surname") else None


def known_surname(prep: Prepared, p: int, k: int, v: int) -> SpeakerPhrase | None:
    """'"...," Conway notes' after 'Kellyanne Conway' in the article: one capitalised
    word before the verb that is the surname of someone the article names in full is
    that person, though the word lists read the word as something else (a place, a
    month, a preposition)."""
    tokens = prep.tokens(p)
    if v - k != 1 or not tokens[k].cap or not tokens[k].text.isalpha():
        return None
    token = tokens[k]  # compared as printed: the alias table may read it as a place
    if not any(person.last == fold(token.text) for person in prep.registry.people):
        return None
    return SpeakerPhrase("surname", token.start, token.end, token.text, token.text, None, None)


def quoted_as(
    prep: Prepared, p: int, at: tuple[int, int, int], end: int
) -> tuple[SpeakerPhrase, int] | None:
    """The person a quoting verb quotes 'as saying' the words, and the token after
    'saying': the subject of a passive ('"...," Lund was quoted as saying'), else its
    object ('the Herald quoted Lund as saying').  ``at``: the attribution's first
    token, the quoting verb's first and the token after it."""
    tokens, words, book = prep.tokens(p), prep.words(p), prep.book
    k, v, q = at
    for a in range(q, min(end - 1, q + 8)):
        if words[a] not in book.lexicon.quoted_as:
            continue
        found = book.lexicon.verb_at(words, a + 1, loose=True)
        if found is None or found[1] == "quote":
            return None
        if a == q:
            speaker = speaker_before(tokens, k, v, book, prep.body)
        else:
            speaker = speaker_after(tokens, q, a, book, prep.body)
        return None if speaker is None else (speaker, a + 1 + found[0])
    return None
