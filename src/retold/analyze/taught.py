"""Genders a sentence-opening pronoun teaches: 'Lorna Vell, the pin-up model, died on
Thursday. She was 85.' (Vell is a woman), so that a later 'he said' does not reach back
to Vell, and a 'she said' after another person of no known gender is not read as them
while Vell is named nearby (``antecedents``)."""

from __future__ import annotations

from retold.analyze.antecedents import UNSURE
from retold.analyze.candidates import by_text
from retold.analyze.context import Prepared
from retold.analyze.subjects import Mention


def taught_genders(prep: Prepared, mentions: list[Mention]) -> dict[str, str]:
    """person key -> gender, for each sentence subject of no known gender that is the
    only person named in its sentence, when the next sentence (in its paragraph, or the
    first of the next) opens with a gendered pronoun outside quotes ('She was 85',
    'Her husband said'); ``UNSURE`` where two such pronouns disagree."""
    named = _named_by_sentence(prep)
    subject = {_sentence(prep, m[0], m[1]): m for m in mentions}
    taught: dict[str, str] = {}
    for (p, s), (_, _, person, gender) in subject.items():
        if person is None or gender or named.get((p, s)) != {person.key}:
            continue
        said = _opening_pronoun(prep, p, s)
        if said is not None:
            taught[person.key] = said if taught.get(person.key, said) == said else UNSURE
    return taught


def _sentence(prep: Prepared, offset: int, p: int) -> tuple[int, int]:
    """(paragraph, sentence number) of the token at body ``offset`` in paragraph ``p``."""
    paragraph = prep.paragraphs[p]
    k = next(i for i, t in enumerate(paragraph.tokens) if t.start >= offset)
    return p, paragraph.sentence_number(k)


def _named_by_sentence(prep: Prepared) -> dict[tuple[int, int], set[str]]:
    """(paragraph, sentence number) -> keys of everyone a name outside quotes there may
    be (a name of several people counts them all)."""
    named: dict[tuple[int, int], set[str]] = {}
    for p, run in prep.runs:
        tokens = prep.paragraphs[p].tokens
        if run.kind not in ("person", "surname") or prep.inside_quote(tokens[run.first].start):
            continue
        people = by_text(prep, run.text(tokens, prep.body), run.kind == "person")
        keys = {person.key for person in people} or {run.text(tokens, prep.body)}
        named.setdefault((p, prep.paragraphs[p].sentence_number(run.first)), set()).update(keys)
    return named


def _opening_pronoun(prep: Prepared, p: int, s: int) -> str | None:
    """The gender of the pronoun opening the sentence after sentence ``s`` of paragraph
    ``p`` (the first of the next paragraph after its last), outside quotes."""
    paragraph = prep.paragraphs[p]
    if s + 1 < len(paragraph.sentences):
        token = paragraph.tokens[paragraph.sentences[s + 1][0]]
    elif p + 1 < len(prep.paragraphs) and prep.paragraphs[p + 1].tokens:
        token = prep.paragraphs[p + 1].tokens[0]
    else:
        return None
    if prep.inside_quote(token.start) is not None:
        return None
    return prep.book.lexicon.pronouns.get(token.lower)
