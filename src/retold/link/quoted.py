"""Text inside double quotation marks, so that a copy link rests on more than shared quotes.

Two independent reports of one event may quote the same officials word for word;
what they do not share is their own prose.  ``quoted_mask`` marks every character
inside double quotation marks (the marks of ``retold.analyze.marks``, paragraph by
paragraph: a quote left open runs to the end of its paragraph); ``plain_pieces``
is the rest of the text, cut where each quotation was.
"""

from __future__ import annotations

from collections.abc import Sequence

from retold.analyze.marks import paragraph_quotes
from retold.link.text import Span, paragraph_spans

QUOTED = 0.5  # a sentence at least this much inside double quotation marks is a quote


def quoted_mask(body: str) -> bytearray:
    """Per character of ``body``: 1 inside double quotation marks, else 0."""
    inside = bytearray(len(body))
    for index, (start, end) in enumerate(paragraph_spans(body)):
        for quote in paragraph_quotes(body[start:end], start, index):
            if not quote.single:
                for first, last in quote.segments:
                    inside[first:last] = b"\x01" * (last - first)
    return inside


def plain_pieces(body: str) -> list[str]:
    """The runs of ``body`` outside double quotation marks, in order (the marks stay)."""
    inside = quoted_mask(body)
    pieces = []
    start = 0
    while start < len(body):
        end = inside.find(1, start)
        end = len(body) if end < 0 else end
        if end > start:
            pieces.append(body[start:end])
        start = inside.find(0, end)
        start = len(body) if start < 0 else start
    return pieces


def plain_sentences(body: str, spans: Sequence[Span]) -> list[bool]:
    """Per sentence: is less than ``QUOTED`` of it inside double quotation marks?"""
    inside = quoted_mask(body)
    return [sum(inside[s:e]) < QUOTED * max(1, e - s) for s, e in spans]
