"""Narration about a person that a pronoun carries: 'He talked about the mill, the lock
and the grant.' then a quote-only paragraph (or a quote over several paragraphs) whose
speaker is whoever 'he' is, found where the paragraph before is about one person
('"My father inspected steel," Berg told the crowd.').  The quote takes the pronoun as
its speaker phrase, as a nearby attribution (``retold.analyze.nearby``), which speaker
resolution reads back as any pronoun (``retold.analyze.antecedents``).  The quote-only
paragraphs after it go on with the same speaker (``nearby._next_paragraph``) until
narration, a quote with its own attribution, or one that speaks of the person by name
(``speakers._borrowed``).  Where the paragraph before names one person known to be of
the pronoun's gender and everyone else it names known to be of the other ('Mr. Berg's
answer was vague, and Ms. Ruiz seized on it.' then 'She spoke for twenty minutes.'),
the quote takes that person's name (``_one_of_gender``).

The subject of narration's last sentence (``last_subject``) is read through an
appositive ('One of them, former Sen. Ana Ruiz, who chaired the committee, put it this
way.'; 'Ana Ruiz, who is challenging Mr. Berg, read the line aloud.') and from a
possessed speech noun ("Berg's closing argument was the line of the week."); a place
after a preposition ('out of Garden City') is no one else named (``subject_run``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from retold.analyze.attribution import SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.candidates import by_text, surely_person
from retold.analyze.colon_leads import name_phrase
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.descriptions import OPENERS
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.names import NameRun
from retold.analyze.placement import opens_phrase
from retold.analyze.subjects import OBLIQUE, OPENING_REACH, QUALIFIED, possessive
from retold.analyze.text import Token

NAMED = ("name", "surname")  # speaker phrase forms that name the speaker
PHRASE_WORDS = 6  # tokens of an opening phrase before the pronoun ('In her old age,')
DESCRIPTION_WORDS = 9  # tokens of a description before the name in apposition to it
TITLE_WORDS = 3  # lower-case words before that name ('former state Sen.')
SPEECH_WORDS = 3  # tokens from a possessor to its speech noun ("Berg's own closing argument")
COMPLEMENT = QUALIFIED | OBLIQUE  # words before a name that make it no subject
DESCRIBED_WORDS = 5  # tokens of a described subject ('the House speaker', 'the 71-year-old')


def pronoun_narration(
    prep: Prepared, q: int, start: int, end: int, statements: Sequence[Found]
) -> Attribution | None:
    """The speaker phrase 'he' or 'she' of narration tokens[start:end] of paragraph
    ``q`` (after its lead-ins; it names no one): the pronoun its subject, after a short
    opening phrase or none (``_after_phrase``), no pronoun of the other gender in it
    ('He asked her about the mill': she may answer), and the paragraph before about one
    person (``_one_person``) of ``statements``."""
    tokens, lexicon = prep.tokens(q), prep.book.lexicon
    k = _after_phrase(tokens, start, end, lexicon.pronouns)
    subject = tokens[k] if k < end else None
    gender = lexicon.pronouns.get(subject.lower) if subject is not None else None
    if subject is None or gender is None or subject.lower not in lexicon.clause_subjects:
        return None
    if any(lexicon.pronouns.get(t.lower, gender) != gender for t in tokens[start:end]):
        return None
    if (run := _one_of_gender(prep, q - 1, statements, gender)) is not None:
        speaker = name_phrase(prep, q - 1, run.name_first, run.last, run.titles)
        return Attribution(speaker, None, speaker.start, speaker.end, None)
    if not _one_person(prep, q - 1, statements, gender):
        return None
    speaker = SpeakerPhrase("pronoun", subject.start, subject.end, subject.text, None, None, gender)
    return Attribution(speaker, None, subject.start, subject.end, None)


def _after_phrase(
    tokens: tuple[Token, ...], start: int, end: int, pronouns: Mapping[str, str]
) -> int:
    """The token after a short opening phrase closed by a comma ('In her old age, she
    refused ...', 'After the long vote, he ...') where no pronoun opens and a word
    follows the comma, else ``start`` ('To which she replied,' ends there)."""
    if start >= end or tokens[start].lower in pronouns:
        return start
    stop = min(end, start + PHRASE_WORDS)
    comma = next((k for k in range(start + 1, stop) if tokens[k].text == ","), None)
    return comma + 1 if comma is not None and comma + 1 < end else start


def _one_person(prep: Prepared, p: int, statements: Sequence[Found], gender: str) -> bool:
    """Is paragraph ``p`` about one person: the people it names outside quotes and the
    speakers its statements name all one surname, that person its subject or a speaker
    ('"The ferry stays," Berg said.', 'Berg walked out.'); or, naming no one, a pronoun
    of ``gender`` its speaker ('"...," he told the crowd.')?  A speaker named in no
    such way ('a spokesman said', a quote nothing attributes) is someone else."""
    if p < 0 or not prep.tokens(p):
        return False
    tokens = prep.tokens(p)
    speakers = _speakers_in(prep, p, statements)
    if any(
        s is None or (s.form not in NAMED and (s.form, s.gender) != ("pronoun", gender))
        for s in speakers
    ):
        return False
    outside = named_outside(prep, p)
    named = {s.name.split()[-1].lower() for s in speakers if s is not None and s.name}
    names = {tokens[run.last - 1].lower for run in outside} | named
    if not names:
        return bool(speakers)  # pronouns of the narration's gender only
    start = skip_lead_ins(tokens, 0, len(tokens), prep.book.lexicon)
    subject = bool(outside) and outside[0].first == start and not possessive(tokens, outside[0])
    return len(names) == 1 and (subject or bool(named))


def _one_of_gender(
    prep: Prepared, p: int, statements: Sequence[Found], gender: str
) -> NameRun | None:
    """The one person paragraph ``p`` names outside quotes who is known to be of
    ``gender``, everyone else it names known to be of the other ('On that, Mr. Berg's
    answer was conditional, and Ms. Ruiz seized on it.' then 'She spoke ...': Ms. Ruiz);
    the speakers of its statements all among them by name."""
    tokens = prep.tokens(p) if p >= 0 else ()
    outside = named_outside(prep, p)
    genders = {tokens[run.last - 1].lower: _run_gender(prep, p, run) for run in outside}
    if None in genders.values() or list(genders.values()).count(gender) != 1:
        return None
    speakers = _speakers_in(prep, p, statements)
    if any(s is None or not s.name or s.name.split()[-1].lower() not in genders for s in speakers):
        return None
    return next(run for run in outside if genders[tokens[run.last - 1].lower] == gender)


def named_outside(prep: Prepared, p: int) -> list[NameRun]:
    """The names of paragraph ``p`` that are surely people's, outside quotes."""
    tokens = prep.tokens(p) if p >= 0 else ()
    return [
        run
        for r, run in prep.runs
        if r == p
        and surely_person(prep, p, run)
        and prep.inside_quote(tokens[run.first].start) is None
    ]


def _run_gender(prep: Prepared, p: int, run: NameRun) -> str | None:
    """The gender of the person a name names, where its titles ('Ms.') or the article's
    people of that name give one gender."""
    lexicon, tokens = prep.book.lexicon, prep.tokens(p)
    genders = {lexicon.gendered.get(t) for t in run.titles} - {None}
    if not genders:
        people = by_text(prep, run.text(tokens, prep.body), run.kind == "person")
        genders = {person.gender for person in people}
    return genders.pop() if len(genders) == 1 else None


def _speakers_in(prep: Prepared, p: int, statements: Sequence[Found]) -> list[SpeakerPhrase | None]:
    """The speaker phrases of the statements whose words or attribution lie in
    paragraph ``p``; None for one with no speaker phrase."""
    paragraph = prep.paragraphs[p]
    phrases: list[SpeakerPhrase | None] = []
    for item in statements:
        attribution = item.attribution
        spans = [*item.segments, *([(attribution.start, attribution.end)] if attribution else [])]
        if any(a < paragraph.end and paragraph.start < b for a, b in spans):
            phrases.append(attribution.speaker if attribution is not None else None)
    return phrases


def last_subject(prep: Prepared, q: int, end: int) -> SpeakerPhrase | NameRun | None:
    """The subject of the last sentence of narration tokens[:end] of paragraph ``q``
    when it is all that sentence says of people ('I asked Lindqvist about it. She
    laughed.' then '"Contempt? ..."'): 'he' or 'she' opening it, or 'his' or 'her' owning
    a speech noun there (after a short phrase or an opening clause), where the sentences
    before it in the paragraph name one person, or no one and the paragraph before not two
    it may mean (``_one_named_before``, ``_rivals``); a role or an age opening it ('The
    speaker did not answer.': ``_described_subject``); or a person's name opening it
    (``subject_run``); none where the sentence quotes anything or holds a pronoun of
    another gender."""
    tokens, lexicon = prep.tokens(q), prep.book.lexicon
    if end <= 0:
        return None
    start, _ = prep.paragraphs[q].sentence_of(end - 1)
    sentence = tokens[start:end]
    if any(t.text in QUOTE_CHARS for t in sentence):
        return None
    opening = skip_lead_ins(tokens, start, end, lexicon)
    if opening >= end:
        return None  # lead-ins only ('However,')
    k = _after_phrase(tokens, opening, end, lexicon.pronouns)
    past = _after_opening_clause(tokens, opening, end) if k == opening else k
    clause, k = past > k, past
    runs = [
        run
        for r, run in prep.runs
        if r == q and start <= run.first < end and run.kind != "title" and not _placed(prep, q, run)
    ]
    if tokens[k].lower == "the" and not any(run.first >= k for run in runs):
        return _described_subject(prep, q, k, end)
    gender = _subject_pronoun(prep, q, k, end)
    if gender is not None and not any(run.first >= k for run in runs):  # 'Asked about Ruiz, he'
        if _one_named_before(prep, q, start, not _rivals(prep, q - 1, gender)) and all(
            lexicon.pronouns.get(t.lower, gender) == gender for t in sentence
        ):
            pronoun = tokens[k]
            return SpeakerPhrase(
                "pronoun", pronoun.start, pronoun.end, pronoun.text, None, None, gender
            )
        return None
    if clause:  # names inside an opening clause are no subject ('Asked by a TV ...,')
        runs = [run for run in runs if run.first >= k]
    return subject_run(prep, q, (opening, k), end, runs)


def _rivals(prep: Prepared, p: int, gender: str) -> bool:
    """Does paragraph ``p`` name two people or more who may be of ``gender`` (of it, or
    of no known gender)?"""
    tokens = prep.tokens(p) if p >= 0 else ()
    genders = {
        tokens[run.last - 1].lower: _run_gender(prep, p, run) for run in named_outside(prep, p)
    }
    return sum(g in (gender, None) for g in genders.values()) > 1


def _subject_pronoun(prep: Prepared, q: int, k: int, end: int) -> str | None:
    """The gender of 'he' or 'she' at token ``k`` as a clause's subject, or of 'his' or
    'her' owning a speech noun there ('Her explanation, when it came, took a minute.'),
    before ``end``; None for any other word."""
    tokens, lexicon = prep.tokens(q), prep.book.lexicon
    if k >= end:
        return None
    lower = tokens[k].lower
    if lower in lexicon.clause_subjects:
        return lexicon.pronouns.get(lower)
    owner = lexicon.possessive_pronouns.get(lower)
    return owner if owner is not None and _speech_noun_after(prep, q, k + 1, end) else None


def _after_opening_clause(tokens: tuple[Token, ...], start: int, end: int) -> int:
    """The token after an opening clause closed by a comma ('Asked whether she would come
    back for the vote, Ruiz didn't hesitate.': ``placement.opens_phrase``), else
    ``start``."""
    stop = min(end, start + OPENING_REACH)
    comma = next((c for c in range(start + 1, stop) if tokens[c].text == ","), None)
    if comma is None or comma + 1 >= end or not opens_phrase(tokens, start, comma):
        return start
    return comma + 1


def _described_subject(prep: Prepared, q: int, k: int, end: int) -> SpeakerPhrase | None:
    """A role or an age opening the sentence as its subject, its verb after it ('The
    speaker did not answer directly.', 'The 71-year-old did not back down.'): the
    speaker phrase the resolver reads as any ('the speaker' of House Speaker Roy
    Tillery; 'the 71-year-old' as a pronoun)."""
    tokens, book = prep.tokens(q), prep.book
    for j in range(k + 2, min(end, k + DESCRIBED_WORDS + 1)):
        after = tokens[j]
        if after.cap:
            return None
        phrase = classify_chunk(tokens, k, j, book, prep.body) if after.text.isalpha() else None
        if phrase is not None and phrase.form in ("role", "pronoun"):
            return phrase
    return None


def _placed(prep: Prepared, q: int, run: NameRun) -> bool:
    """Is the name one after a preposition that is surely no person's ('has driven a rig
    out of Garden City'): a place, no one who could speak?"""
    tokens = prep.tokens(q)
    return (
        run.first > 0 and tokens[run.first - 1].lower in OBLIQUE and not surely_person(prep, q, run)
    )


def _one_named_before(prep: Prepared, q: int, start: int, none: bool = False) -> bool:
    """Do the sentences of paragraph ``q`` before token ``start`` name people of one
    surname only, and someone at all (with ``none``, or no one: the pronoun reaches back
    past the paragraph, as 'he said' would)?"""
    tokens = prep.tokens(q)
    runs = [r for p, r in prep.runs if p == q and r.first < start and surely_person(prep, q, r)]
    return len({tokens[r.last - 1].lower for r in runs}) == (1 if not none or runs else 0)


def subject_run(
    prep: Prepared, q: int, opens: tuple[int, int], end: int, runs: list[NameRun]
) -> NameRun | None:
    """The person named as the subject of the sentence of paragraph ``q`` that opens at
    the first token of ``opens`` (the second: after a short phrase, 'After the vote,')
    and ends before ``end`` (``runs``: the names in it, places left out): the name
    opening it ('Lindqvist grimaced.'), anyone else named only in an appositive
    set off by commas after it ('Ana Ruiz, who is challenging Mr. Berg, read the line
    aloud.'); the name in apposition to a description opening it ('One of them, former
    Sen. Ana Ruiz, who chaired the committee, put it this way.', 'A spokeswoman for the
    campaign, Bree Locke, returned the favor.': ``_apposed``); or the possessor of a
    speech noun opening it, no one else named ("Berg's closing argument, delivered at a
    rally, was the line of the week.": ``_owns_speech``)."""
    tokens = prep.tokens(q)
    if not runs:
        return None
    subject = runs[0] if runs[0].first in opens else _apposed(prep, q, opens[0], end, runs)
    if subject is None or not surely_person(prep, q, subject):
        return None
    if possessive(tokens, subject):
        alone = len(runs) == 1 and subject.first == opens[0]
        return subject if alone and _owns_speech(prep, q, subject, end) else None
    others = [run for run in runs if run.first > subject.first]
    if not others:
        return subject
    close = _appositive_end(tokens, subject.last, end)
    return subject if close is not None and all(run.first < close for run in others) else None


def _apposed(prep: Prepared, q: int, k: int, end: int, runs: list[NameRun]) -> NameRun | None:
    """The name right after the comma closing a description that opens the sentence at
    token ``k`` ('A spokeswoman for the campaign, Bree Locke, ...'): the description a
    few words, opening with a determiner ('a', 'one', 'his'), any name in it a complement
    ('the Berg campaign'); a few lower-case words (a title's) before the name; after it a
    comma or a lower-case word (its verb)."""
    tokens = prep.tokens(q)
    if tokens[k].lower not in OPENERS:
        return None
    stop = min(end, k + DESCRIPTION_WORDS)
    comma = next((c for c in range(k + 1, stop) if tokens[c].text == ","), None)
    if comma is None or not all(t.is_word for t in tokens[k + 1 : comma]):
        return None
    if any(run.first < comma and tokens[run.first - 1].lower not in COMPLEMENT for run in runs):
        return None
    subject = next((run for run in runs if comma < run.first), None)
    if subject is None or subject.last >= end or subject.first > comma + 1 + TITLE_WORDS:
        return None
    if not all(t.is_word and not t.cap for t in tokens[comma + 1 : subject.first]):
        return None
    after = tokens[subject.last]
    return subject if after.text == "," or (after.is_word and not after.cap) else None


def _appositive_end(tokens: tuple[Token, ...], k: int, end: int) -> int | None:
    """The comma closing an appositive that opens with a comma at token ``k`` ('Ana
    Ruiz, the councilwoman who ..., read'), a lower-case word (its verb) after it."""
    if k >= end or tokens[k].text != ",":
        return None
    close = next((c for c in range(k + 1, end) if tokens[c].text == ","), None)
    if close is None or close + 1 >= end:
        return None
    after = tokens[close + 1]
    return close if after.is_word and not after.cap else None


def _owns_speech(prep: Prepared, q: int, run: NameRun, end: int) -> bool:
    """Is the possessor ``run`` that of a speech noun right after it, a few lower-case
    words between ("Berg's own closing argument")?"""
    return _speech_noun_after(prep, q, run.last + 1, end)


def _speech_noun_after(prep: Prepared, q: int, k: int, end: int) -> bool:
    """Is there a speech noun at token ``k``, or a few lower-case words after it?"""
    tokens, nouns = prep.tokens(q), prep.book.lexicon.speech_nouns
    for j in range(k, min(end, k + SPEECH_WORDS)):
        if tokens[j].lower in nouns:
            return True
        if not tokens[j].is_word or tokens[j].cap:
            return False
    return False
