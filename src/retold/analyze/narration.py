"""Narration about a person that a pronoun carries: 'He talked about the mill, the lock
and the grant.' then a quote-only paragraph (or a quote over several paragraphs) whose
speaker is whoever 'he' is, found where the paragraph before is about one person
('"My father inspected steel," Berg told the crowd.').  The quote takes the pronoun as
its speaker phrase, as a nearby attribution (``retold.analyze.nearby``), which speaker
resolution reads back as any pronoun (``retold.analyze.antecedents``).  The quote-only
paragraphs after it go on with the same speaker (``nearby._next_paragraph``) until
narration, a quote with its own attribution, or one that speaks of the person by name
(``speakers._borrowed``).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from retold.analyze.attribution import SpeakerPhrase, skip_lead_ins
from retold.analyze.candidates import surely_person
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.names import NameRun
from retold.analyze.subjects import possessive
from retold.analyze.text import Token

NAMED = ("name", "surname")  # speaker phrase forms that name the speaker
PHRASE_WORDS = 6  # tokens of an opening phrase before the pronoun ('In her old age,')


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
    if not _one_person(prep, q - 1, statements, gender):
        return None
    speaker = SpeakerPhrase("pronoun", subject.start, subject.end, subject.text, None, None, gender)
    return Attribution(speaker, None, subject.start, subject.end, None)


def _after_phrase(
    tokens: tuple[Token, ...], start: int, end: int, pronouns: Mapping[str, str]
) -> int:
    """The token after a short opening phrase closed by a comma ('In her old age, she
    refused ...', 'After the long vote, he ...') where no pronoun opens, else ``start``."""
    if start >= end or tokens[start].lower in pronouns:
        return start
    stop = min(end, start + PHRASE_WORDS)
    comma = next((k for k in range(start + 1, stop) if tokens[k].text == ","), None)
    return comma + 1 if comma is not None else start


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
    outside = [
        run
        for r, run in prep.runs
        if r == p
        and surely_person(prep, p, run)
        and prep.inside_quote(tokens[run.first].start) is None
    ]
    named = {s.name.split()[-1].lower() for s in speakers if s is not None and s.name}
    names = {tokens[run.last - 1].lower for run in outside} | named
    if not names:
        return bool(speakers)  # pronouns of the narration's gender only
    start = skip_lead_ins(tokens, 0, len(tokens), prep.book.lexicon)
    subject = bool(outside) and outside[0].first == start and not possessive(tokens, outside[0])
    return len(names) == 1 and (subject or bool(named))


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
    laughed.' then '"Contempt? ..."'): 'he' or 'she' opening it (after a short phrase)
    where the sentences before it in the paragraph name one person (``_one_named_before``),
    or a name opening it that is surely a person's (its run); none where the sentence names
    anyone else, quotes anything, or holds a pronoun of another gender."""
    tokens, lexicon = prep.tokens(q), prep.book.lexicon
    if end <= 0:
        return None
    start, _ = prep.paragraphs[q].sentence_of(end - 1)
    sentence = tokens[start:end]
    if any(t.text in QUOTE_CHARS for t in sentence):
        return None
    k = _after_phrase(tokens, skip_lead_ins(tokens, start, end, lexicon), end, lexicon.pronouns)
    runs = [
        run for r, run in prep.runs if r == q and start <= run.first < end and run.kind != "title"
    ]
    gender = lexicon.pronouns.get(tokens[k].lower) if k < end else None
    if gender is not None and tokens[k].lower in lexicon.clause_subjects and not runs:
        if _one_named_before(prep, q, start) and all(
            lexicon.pronouns.get(t.lower, gender) == gender for t in sentence
        ):
            pronoun = tokens[k]
            return SpeakerPhrase(
                "pronoun", pronoun.start, pronoun.end, pronoun.text, None, None, gender
            )
        return None
    if len(runs) != 1 or runs[0].first != k or possessive(tokens, runs[0]):
        return None
    return runs[0] if surely_person(prep, q, runs[0]) else None


def _one_named_before(prep: Prepared, q: int, start: int) -> bool:
    """Do the sentences of paragraph ``q`` before token ``start`` name people of one
    surname only, and someone at all (a pronoun opening the paragraph reaches back past
    it: no)?"""
    tokens = prep.tokens(q)
    runs = [r for p, r in prep.runs if p == q and r.first < start and surely_person(prep, q, r)]
    return len({tokens[r.last - 1].lower for r in runs}) == 1
