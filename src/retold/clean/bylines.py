"""Publication dates printed around the headline: bylines and date lines.

A scrape dates its article in a line near the headline: "By Jane Roe, Wednesday,
20 November 2019 08:05 GMT", "Chris Davies - Nov 19, 2019, 10:31 pm CST",
"Updated : 19 November 2019, 09:01 AM".  Such a line is short and is not a sentence;
a date inside prose is a date the article talks about, never its publication date.
A line that says it was updated dates the article only when nothing says when it
was published.  A labelled date ("End of Watch: Friday, June 24, 2005") is not a
stamp: a date line is all date, or gives a time, or says it was posted or by whom.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache

from retold.clean.dates import FoundDate, find_date, has_time, is_stamp
from retold.clean.furniture import LONGEST_LABEL, ends_sentence, normalize, word_count
from retold.clean.metadata import is_name_like
from retold.lang import PUBLISHED_WORDS, UPDATED_WORDS

MAX_WORDS = 20
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# Inline tags dropped without a space glue a year to the time after it: "Nov 20 20194:29 AM"
_GLUED_TIME = re.compile(r"\b((?:19|20)\d\d)([0-2]?\d:[0-5]\d)\b")
_GLUED_SEPARATOR = re.compile(r"\s*·\s*")  # 'Jane Roe·24 September 2018'


def _words_pattern(words: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.I)


_UPDATED = _words_pattern(UPDATED_WORDS)
_PUBLISHED = _words_pattern(PUBLISHED_WORDS)


def is_update(text: str) -> bool:
    """Whether ``text`` says it is an update ("Updated:", "Last modified")."""
    return bool(_UPDATED.search(text))


Language = str | None | Callable[[], str | None]


def byline_date(lines: Iterable[str], language: Language = None) -> tuple[str, str] | None:
    """(date, line) of the first publication date among ``lines`` (nearest the
    headline first); an update date only when no line gives another.  Month names
    in ``language`` (ISO 639-1) are read too, through dateparser; ``language`` may be
    a function that tells it, called once, when a line first needs it (a page's
    language is dear to tell and seldom needed)."""
    ask = cache(language) if callable(language) else (lambda: language)
    updated: tuple[str, str] | None = None
    for line in lines:
        found = _line_date(line, ask)
        if found is None:
            continue
        if is_update(line[: found.start]):
            updated = updated or (found.iso, line)
            continue
        return found.iso, line
    return updated


def line_date(line: str, language: str | None = None) -> FoundDate | None:
    """The date of a date line, in English or in ``language``; None for prose, and
    for a labelled date that stamps nothing ("End of Watch: June 24, 2005" is the
    date of an event): a date line is only a stamp, or says a time of day, or who
    posted it or when it was published, or signs the date with a name."""
    return _line_date(line, lambda: language)


def _line_date(line: str, language: Callable[[], str | None]) -> FoundDate | None:
    if len(line) > LONGEST_LABEL:
        return None
    text = _GLUED_SEPARATOR.sub(" · ", _GLUED_TIME.sub(r"\1 \2", normalize(line)))
    words = word_count(text)
    if words > MAX_WORDS or (ends_sentence(text) and words > 8):
        return None
    found = find_date(text, short_years=has_time(text))  # "11/18/19 11:04 PM EST"
    if found is None and _YEAR.search(text) and (code := language()) not in (None, "en"):
        found = _foreign_date(text, code)
    if found is None:
        return None
    stamped = is_stamp(text) or has_time(text) or _PUBLISHED.search(text)
    return found if stamped or _signed(text, found) else None


def _signed(text: str, found: FoundDate) -> bool:
    """'LinkNaija October 06, 2018', 'Jane Roe · 3 March 2019', 'Text: Jane Roe ·
    3 March 2019': a name and the date, as bylines print them, after at most a
    one-word label (a label alone is not one: 'Opening night: ...')."""
    rest = (text[: found.start] + " " + text[found.end :]).strip(" ,·|-–—")
    label, colon, name = rest.partition(":")
    if colon:
        rest = name.strip() if word_count(label) == 1 else ""
    return bool(rest) and is_name_like(rest, max_words=4)


def _foreign_date(text: str, language: str) -> FoundDate | None:
    """'Posted on Maret 30, 2015', '24 сентября 2018': a full date in another language.
    (dateparser is imported here, on first use: importing it costs a tenth of a second
    and most runs never read a foreign date.)"""
    from dateparser.search import search_dates

    try:
        hits = search_dates(
            text,
            languages=[language],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "STRICT_PARSING": True},
        )
    except (ValueError, LookupError):
        return None
    for phrase, when in hits or []:
        start = text.find(phrase)
        return FoundDate(when.date().isoformat(), start, start + len(phrase))
    return None
