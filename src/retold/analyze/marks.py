"""Quotation marks: pair them into spans, straight, curly, low and angle alike.

A paragraph that opens a quote and ends without closing it, followed by a paragraph
that starts with an opening mark, continues the quote (the newspaper convention for
quotes that run over several paragraphs); so does one that opens with no mark and
closes the quote (the opening mark lost at the break).  An opening mark that is never closed and
not continued is closed at the end of its paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

OPEN_DOUBLE = "“„«"
CLOSE_DOUBLE = "”»"
_MARKS = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE + "\"‘'’") + "]")
BEFORE_OPENING = " \t\n([{—–-/:;“‘«"


class Segmented:
    """Text made of one or more (start, end) body segments, in order (a quotation split
    across sentences or paragraphs)."""

    segments: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.segments[0][0]

    @property
    def end(self) -> int:
        return self.segments[-1][1]


@dataclass(frozen=True)
class QuoteSpan(Segmented):
    """A quotation: ``segments`` are the (start, end) of the words inside the marks."""

    open: int  # offset of the opening mark
    close: int | None  # offset of the closing mark; None when the paragraph ended first
    segments: tuple[tuple[int, int], ...]  # one per paragraph
    paragraphs: tuple[int, ...]
    single: bool = False  # ‘single’ marks
    nested: bool = False  # inside another quotation

    @property
    def last(self) -> int:
        """Offset just past the closing mark (or the end of the words)."""
        return self.close + 1 if self.close is not None else self.end


def _trimmed(text: str, offset: int, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start - offset].isspace():
        start += 1
    while end > start and text[end - 1 - offset].isspace():
        end -= 1
    return start, end


def _opening(text: str, i: int) -> bool:
    before_ok = i == 0 or text[i - 1] in BEFORE_OPENING
    return before_ok and i + 1 < len(text) and not text[i + 1].isspace()


def _closing(text: str, i: int) -> bool:
    """A closing mark follows a word or punctuation, or the closing single mark of a
    quote nested inside ('...never leave,’ ” Mr. Sanders said'), or punctuation and a
    stray space before a space ('...doing this, " Trump said') or, a straight mark,
    before a word ('...shot, "Gage said': with a quote open, no second one opens)."""
    if i > 0 and not text[i - 1].isspace():
        return True
    after = text[i + 1 : i + 2]
    spaced = after in ("", " ", "\n") or (text[i] == '"' and after.isalpha())
    stray = spaced and text[i - 2 : i - 1] in (",", ".", "!", "?")
    return i > 1 and text[i - 1] == " " and (text[i - 2] in "’'" or stray)


@dataclass
class _Open:
    """Marks opened and not yet closed while a paragraph is read."""

    double: int | None = None
    low: bool = False  # the double quote opened with „ (closed by “ or ”)
    single: int | None = None
    straight: bool = False  # the single quote is a straight '


def _pairs(text: str) -> list[tuple[int, int | None, bool]]:
    """(open, close or None, single) pairs within one paragraph's text."""
    pairs: list[tuple[int, int | None, bool]] = []
    state = _Open()
    for mark in _MARKS.finditer(text):  # the marks alone: other characters do nothing
        i, ch = mark.start(), mark.group()
        if ch in OPEN_DOUBLE or ch in CLOSE_DOUBLE or ch == '"':
            _double(text, i, ch, state, pairs)
        elif ch in "‘'’":
            _single(text, i, ch, state, pairs)
    if state.double is not None:
        pairs.append((state.double, None, False))
    return sorted(pairs)


def _double(
    text: str, i: int, ch: str, state: _Open, pairs: list[tuple[int, int | None, bool]]
) -> None:
    opening = ch in OPEN_DOUBLE or (ch == '"' and state.double is None and _opening(text, i))
    if opening and not (state.double is not None and state.low and ch == "“"):
        if state.double is not None:
            pairs.append((state.double, None, False))
        state.double, state.low = i, ch == "„"
    elif state.double is not None and (ch in CLOSE_DOUBLE or ch in '"“') and _closing(text, i):
        pairs.append((state.double, i, False))
        state.double = None


def _single(
    text: str, i: int, ch: str, state: _Open, pairs: list[tuple[int, int | None, bool]]
) -> None:
    """Single quotes: ‘curly’ ones freely; straight ones only as 'Words,' said X: the
    closing mark must follow punctuation, so apostrophes (don't, workers') never pair."""
    if state.single is None:
        if _opening(text, i) and (ch == "‘" or (ch == "'" and text[i + 1].isalnum())):
            state.single, state.straight = i, ch == "'"
        return
    if _inside_word(text, i):
        return
    if state.straight and (ch not in "'’" or text[i - 1] not in ",.!?"):
        return
    pairs.append((state.single, i, True))
    state.single = None


def _inside_word(text: str, i: int) -> bool:
    return 0 < i < len(text) - 1 and text[i - 1].isalnum() and text[i + 1].isalnum()


def paragraph_quotes(text: str, offset: int, paragraph: int) -> list[QuoteSpan]:
    """Quote spans of one paragraph (``offset`` is where the paragraph starts)."""
    pairs = _pairs(text)
    spans: list[QuoteSpan] = []
    for open_, close, single in pairs:
        end = close if close is not None else len(text)
        start, stop = _trimmed(text, offset, offset + open_ + 1, offset + end)
        if stop <= start:
            continue
        nested = any(
            o < open_ and (c is None or c > open_) and not s for o, c, s in pairs if o != open_
        )
        spans.append(
            QuoteSpan(
                open=offset + open_,
                close=None if close is None else offset + close,
                segments=((start, stop),),
                paragraphs=(paragraph,),
                single=single,
                nested=nested,
            )
        )
    return spans


def merge_paragraphs(
    per_paragraph: list[list[QuoteSpan]], starts: list[int], body: str
) -> list[QuoteSpan]:
    """Join quotes continued over paragraphs; returns all spans in body order."""
    result: list[QuoteSpan] = []
    pending: QuoteSpan | None = None
    for index, spans in enumerate(per_paragraph):
        queue = list(spans)
        if pending is not None:
            first = queue[0] if queue else None
            end = starts[index + 1] if index + 1 < len(starts) else len(body)
            if first is not None and _starts_paragraph(first, starts[index], body):
                queue.pop(0)
                pending = _joined(pending, first)
                if pending.close is None:
                    continue
            elif (
                tail := _closing_only(pending, queue, index, (starts[index], end), body)
            ) is not None:
                pending = _joined(pending, tail)
            result.append(pending)
            pending = None
        for span in queue:
            if span.close is None and span is queue[-1] and not span.nested:
                pending = span
            else:
                result.append(span)
    if pending is not None:
        result.append(pending)
    return result


SENTENCE_ENDS = (".", "?", "!", "…")  # a quotation breaks its paragraph between sentences
DOUBLE = re.compile("[" + re.escape(OPEN_DOUBLE + CLOSE_DOUBLE) + '"]')
STRAY_CLOSE = re.compile("[,.?!][\"”](?=[\\s'’]|$)")  # '... need ice," said', 'baby,"\''


def _closing_only(
    pending: QuoteSpan, spans: list[QuoteSpan], paragraph: int, bounds: tuple[int, int], body: str
) -> QuoteSpan | None:
    """The words of a paragraph that opens with no mark up to a closing mark after
    punctuation, the first quotation mark it prints, words following: the end of a
    quotation opened in the paragraph before, its opening mark lost at the break
    ('"Polar bears need no listing.' then 'They need ice," Berg said.'), when the
    quotation's words before the break end a sentence."""
    if body[: pending.end].rstrip()[-1:] not in SENTENCE_ENDS:
        return None  # 'co-author of "Bettie Page:' then 'The Life of ...," she said': a title
    start, end = bounds
    text = body[start:end]
    close, first = STRAY_CLOSE.search(text), DOUBLE.search(text)
    if close is None or first is None or first.start() != close.start() + 1:
        return None
    mark = start + first.start()
    if any(span.open < mark for span in spans) or not text[first.end() :].strip():
        return None  # a mark that ends the paragraph may close a signature (``signatures``)
    a, b = _trimmed(body, 0, start, mark)
    return QuoteSpan(open=start, close=mark, segments=((a, b),), paragraphs=(paragraph,))


def _starts_paragraph(span: QuoteSpan, paragraph_start: int, body: str) -> bool:
    return not body[paragraph_start : span.open].strip() and not span.single


def _joined(a: QuoteSpan, b: QuoteSpan) -> QuoteSpan:
    return QuoteSpan(
        open=a.open,
        close=b.close,
        segments=a.segments + b.segments,
        paragraphs=a.paragraphs + b.paragraphs,
    )
