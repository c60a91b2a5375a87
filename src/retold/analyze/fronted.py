"""Words fronted before an attribution that ends their sentence: 'CONTENT, X said.',
'CONTENT, said Ann Wu, 35, a pilot who ...': the attribution's tail holds only
adverbials or an appositive of the speaker, not an object of the verb ('X maintained
his lead') nor a clause of its own (``retold.analyze.reported`` reads the rest)."""

from __future__ import annotations

from collections.abc import Sequence

from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.context import Attribution, Found, Prepared, Sentence, inside
from retold.analyze.lexicon import Lexicon
from retold.analyze.placement import object_after, speaker_after, speaker_before, subject_set_off
from retold.analyze.text import Token, dateline_end


def all_quoted(prep: Prepared, p: int, si: int, sj: int, quoted: list[tuple[int, int]]) -> bool:
    """Is every word of tokens[si:sj] of paragraph ``p`` inside quoted words?"""
    tokens = prep.tokens(p)
    return all(inside(tokens[k].start, quoted) for k in range(si, sj) if tokens[k].is_word)


def tail_attribution(prep: Prepared, s: Sentence, a: int) -> tuple[SpeakerPhrase, int, int] | None:
    """'the Courier reported' / 'said the company' / 'Whitcombe said on Tuesday' ending
    the sentence from token ``a``: (speaker, verb index, verb size)."""
    tokens, words, book = prep.tokens(s.p), prep.words(s.p), prep.book
    for v in range(a, min(s.sj, a + 9)):
        verb = book.lexicon.verb_at(words, v)
        if verb is None:
            continue
        size = verb[0]
        if v == a:
            speaker = speaker_after(tokens, v + size, s.sj, book, prep.body)
            tail_from = v + size if speaker is None else prep.index(s.p, speaker.end)
            pronoun = v + size < s.sj and words[v + size] in book.lexicon.clause_subjects
            if pronoun and _has_words(tokens, v + size + 1, s.sj):
                return None  # 'said he backed Kent': the pronoun opens the reported clause
        else:
            speaker = speaker_before(tokens, a, v, book, prep.body)
            tail_from = v + size
            if verb[1] != "tell" and object_after(words, tail_from, s.sj, book.lexicon):
                return None  # 'X maintained his lead', 'X wrote an op-ed': its object
        if speaker is None:
            return None
        if not _only_adverbials(prep, s, tail_from) and not _appositive_tail(prep, s, tail_from):
            return None
        return speaker, v, size
    return None


def _has_words(tokens: Sequence[Token], start: int, end: int) -> bool:
    return any(t.is_word for t in tokens[start:end])


def _only_adverbials(prep: Prepared, s: Sentence, k: int) -> bool:
    words, lexicon = prep.words(s.p), prep.book.lexicon
    if s.sj - k > 10:
        return False
    blockers = lexicon.speaker_blockers - lexicon.time_words - {"to"}  # 'said this week'
    return not any(words[m] in blockers or words[m] == "that" for m in range(k, s.sj))


APPOSITIVE_WORDS = 25  # tokens of an appositive ending an inverted attribution
ROLE_WORDS = 5  # words of an appositive with no article, up to a role's
APPOSITIVE_JOINS = frozenset({"and", "or", "who", "whom", "whose", "as", "since", "when"})


def _appositive_tail(prep: Prepared, s: Sentence, k: int) -> bool:
    """'..., said Ann Wu, (35,) a pilot under Presidents Reagan and Bush.': the speaker's
    appositive, set off by a comma and opening as a noun phrase ('a', 'the', 'executive
    director of ...'), ends the sentence (words a list of names may hold, and anything
    after a relative 'who'; no verb of a clause of its own: 'said Wu, the mayor, would
    lose' is no attribution)."""
    tokens, words, lexicon = prep.tokens(s.p), prep.words(s.p), prep.book.lexicon
    if k + 3 < s.sj and words[k] == "," and words[k + 1].isdigit() and words[k + 2] == ",":
        k += 2  # an age first: 'said Ann Wu, 35, a pilot who ...'
    if k + 1 >= s.sj or words[k] != "," or s.sj - k > APPOSITIVE_WORDS:
        return False
    if not _opens_noun_phrase(tokens[k + 1 : k + 1 + ROLE_WORDS], lexicon):
        return False
    blockers = lexicon.speaker_blockers - APPOSITIVE_JOINS
    for m in range(k + 2, s.sj):
        if words[m] in ("who", "whose"):
            return True  # a relative clause says more of the speaker: 'who was ...'
        if tokens[m].is_word and words[m] in blockers:
            return False
    return True


def _opens_noun_phrase(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """'a', 'the', 'his', or words that open with a lower-case one and reach a role
    ('executive director of ...', 'senior foreign exchange trader'), not a pronoun, an
    -ing form or a verb ('represents a ...', 'adding that ...')."""
    lower = tokens[0].lower
    if lower in ("a", "an", "the") or lower in lexicon.possessive_pronouns:
        return True
    if not tokens[0].text.islower() or lower.endswith("ing") or lower in lexicon.speaker_blockers:
        return False
    for token in tokens:
        if token.lower in lexicon.person_roles:
            return True
        if not token.text.isalpha() or token.lower in lexicon.pronouns:
            return False
    return False


def fronted(
    prep: Prepared, s: Sentence, v: int, size: int, quoted: list[tuple[int, int]]
) -> Found | None:
    """'CONTENT, X said.' with the attribution ending the sentence."""
    tokens, words = prep.tokens(s.p), prep.words(s.p)
    comma = next((m for m in range(v - 1, s.si, -1) if words[m] == ","), None)
    if comma is None or comma - s.si < 4:
        return None
    tail = tail_attribution(prep, s, comma + 1)
    if tail is None or tail[1] != v:
        return None
    start = dateline_end(tokens, s.si, comma)
    marks = [m for m in range(start, comma) if inside(tokens[m].start, quoted)]
    if marks and (marks[0] == start or all_quoted(prep, s.p, start, comma, quoted)):
        return None  # a direct quote's own attribution ('"...," X said')
    if subject_set_off(tokens, start, comma, prep.book):
        return None
    speaker = tail[0]
    cue = prep.body[tokens[v].start : tokens[v + size - 1].end]
    attribution = Attribution(
        speaker, cue, tokens[comma + 1].start, tokens[s.sj - 1].end, tokens[v].start
    )
    segment = (tokens[start].start, tokens[comma - 1].end)
    return Found("indirect", "fronted", (segment,), attribution, s.p)
