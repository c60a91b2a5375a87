"""Signature lines: a quote that is a paragraph of its own, signed by the next one.

Round-ups and fact checks print the quote first and the speaker on a line of its own:

    "We will not raise taxes on the middle class."

    - Maria Ostrander, in the second debate.

and op-eds quoting experts leave the quote's closing mark after the signature
(``Henrik Dale, Institute for Fiscal Studies."``).  The quote had no attribution (its
shape was ``unattributed``); the signature gives it one, shaped ``signature``.  A
dashed line must name someone (a name or a surname); an undashed one only counts with
a full name, in a short line with no reporting verb that closes the quote's mark.
"""

from __future__ import annotations

from retold.analyze.attribution import SpeakerPhrase, classify_chunk
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.text import DASHES, Token

SIGNATURE_DASHES = DASHES | {"―"}
MAX_SIGNATURE = 14  # tokens in a signature line
STOPS = frozenset({",", ".", "(", ";", ":"})
CLOSING = frozenset({"”", '"'})


def signed_quotes(prep: Prepared, found: list[Found]) -> list[Found]:
    """``found`` with unattributed quotes attributed to the signature that follows them."""
    return [_signed(prep, item) or item for item in found]


def _signed(prep: Prepared, item: Found) -> Found | None:
    if item.kind != "direct" or item.shape != "unattributed":
        return None
    p = _paragraph_of(prep, item.end)
    if p is None or not _ends_paragraph(prep, item, p) or p + 1 >= len(prep.paragraphs):
        return None
    tokens = prep.tokens(p + 1)
    if not tokens or len(tokens) > MAX_SIGNATURE:
        return None
    if tokens[0].text in SIGNATURE_DASHES:
        speaker = _signer(prep, tokens, 1, ("name", "surname"))
        cue: str | None = tokens[0].text
    elif tokens[-1].text in CLOSING and _verbless(prep, p + 1):
        speaker, cue = _signer(prep, tokens, 0, ("name",)), None
    else:
        return None
    if speaker is None:
        return None
    attribution = Attribution(speaker, cue, tokens[0].start, speaker.end, None)
    return Found("direct", "signature", item.segments, attribution, item.paragraph)


def _verbless(prep: Prepared, p: int) -> bool:
    words = prep.words(p)
    return not any(prep.book.lexicon.verb_at(words, k) for k in range(len(words)))


def _signer(
    prep: Prepared, tokens: tuple[Token, ...], a: int, forms: tuple[str, ...]
) -> SpeakerPhrase | None:
    """The speaker named from token ``a`` to the first comma or full stop."""
    b = next((k for k in range(a, len(tokens)) if tokens[k].text in STOPS), len(tokens))
    speaker = classify_chunk(tokens, a, b, prep.book, prep.body)
    return speaker if speaker is not None and speaker.form in forms else None


def _paragraph_of(prep: Prepared, offset: int) -> int | None:
    return next((q.index for q in prep.paragraphs if q.start <= offset <= q.end and q.tokens), None)


def _ends_paragraph(prep: Prepared, item: Found, p: int) -> bool:
    """Is the quote all of its last paragraph's words, up to its end?"""
    tokens = prep.tokens(p)
    first = item.segments[-1][0]
    return all(first <= t.start < item.end for t in tokens if t.is_word) and any(
        t.is_word for t in tokens
    )
