"""Quotes that go on: a paragraph that is one quote with no attribution of its own,
after a paragraph ending with a speaker's attributed words ('"A," Osei said.' then
'"B."'), takes that attribution (``continued_quotes``), unless it speaks of the speaker
by name (``speaks_of``)."""

from __future__ import annotations

from collections.abc import Callable

from retold.analyze.attribution import SPEAKING_FORMS
from retold.analyze.context import Found, Prepared
from retold.analyze.text import Token

CONTINUING_FORMS = (*SPEAKING_FORMS, "unnamed")  # '"A," a family friend said.' then '"B."'


def continued_quotes(prep: Prepared, found: list[Found]) -> list[Found]:
    """A quote that is a paragraph of its own, with no attribution, after a paragraph
    that ends with a speaker's attributed words ('"A," Osei said.' then '"B."'):
    newspapers attribute once and let the speaker go on; unless the quote speaks of
    them by name ('"But Osei was relentless."')."""
    last_in: dict[int, Found] = {}  # by the paragraph the statement's words end in
    for item in sorted(found, key=reach):
        if item.attribution is not None and speaker_form(item) in CONTINUING_FORMS:
            last_in[_paragraph_of(prep, reach(item) - 1)] = item
    result = []
    for item in found:
        before = last_in.get(item.paragraph - 1)
        if (
            item.shape == "unattributed"
            and before is not None
            and _alone(prep, item)
            and reach(before) >= _last_word(prep, item.paragraph - 1)
            and not _speaks_of_speaker(prep, item, before)
        ):
            item = Found("direct", "continued", item.segments, before.attribution, item.paragraph)
        result.append(item)
    return result


def speaks_of(prep: Prepared, item: Found, name: str | None) -> bool:
    """Do the quoted words name the speaker (``name``, as printed or resolved) by their
    surname ('"... But Osei was relentless."'), and not beside a reporting verb (an
    attribution the quote marks took in: '"..., "Osei said.', '"..., "said Dr. Osei')?"""
    if not name:
        return False
    surname = name.split()[-1]
    return named_in(prep, item, [(item.start, item.end)], lambda t: t.text == surname)


def named_in(
    prep: Prepared, item: Found, spans: list[tuple[int, int]], names: Callable[[Token], bool]
) -> bool:
    """Is a token of ``item``'s paragraph inside ``spans`` one that ``names`` someone,
    and not beside a reporting verb (an attribution the quote marks took in)?"""
    tokens, words = prep.tokens(item.paragraph), prep.words(item.paragraph)
    lexicon = prep.book.lexicon
    return any(
        names(t)
        and any(a <= t.start < b for a, b in spans)
        and not any(lexicon.verb_at(words, v, loose=True) for v in range(max(k - 3, 0), k + 2))
        for k, t in enumerate(tokens)
    )


def _speaks_of_speaker(prep: Prepared, item: Found, before: Found) -> bool:
    speaker = before.attribution.speaker if before.attribution is not None else None
    return speaker is not None and speaks_of(prep, item, speaker.name)


def reach(found: Found) -> int:
    """Where a statement and its attribution end."""
    attribution = found.attribution
    return max(found.end, attribution.end if attribution is not None else 0)


def _paragraph_of(prep: Prepared, offset: int) -> int:
    return next(q.index for q in prep.paragraphs if q.start <= offset < q.end)


def _last_word(prep: Prepared, p: int) -> int:
    words = [t for t in prep.tokens(p) if t.is_word]
    return words[-1].start if words else prep.paragraphs[p].end


def _alone(prep: Prepared, found: Found) -> bool:
    """Is the quote all its paragraph says (no words outside the quote marks)?"""
    tokens = prep.tokens(found.paragraph)
    return (
        all(any(a <= t.start < b for a, b in found.segments) for t in tokens if t.is_word)
        and len(found.segments) == 1
    )


def speaker_form(found: Found) -> str | None:
    attribution = found.attribution
    return None if attribution is None or attribution.speaker is None else attribution.speaker.form
