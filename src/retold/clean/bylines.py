"""Publication dates printed around the headline: bylines and date lines.

A scrape dates its article in a line near the headline: "By Jane Roe, Wednesday,
20 November 2019 08:05 GMT", "Chris Davies - Nov 19, 2019, 10:31 pm CST",
"Updated : 19 November 2019, 09:01 AM".  Such a line is short and is not a sentence;
a date inside prose is a date the article talks about, never its publication date.
A line that says it was updated dates the article only when nothing says when it
was published.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import cache

from dateparser.search import search_dates

from retold.clean.dates import FoundDate, find_date
from retold.clean.furniture import ends_sentence, normalize, word_count
from retold.lang import UPDATED_WORDS

MAX_WORDS = 20
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


@cache
def _updated() -> re.Pattern[str]:
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in UPDATED_WORDS) + r")\b", re.I)


def byline_date(lines: Iterable[str], language: str | None = None) -> tuple[str, str] | None:
    """(date, line) of the first publication date among ``lines`` (nearest the
    headline first); an update date only when no line gives another.  Month names
    in ``language`` (ISO 639-1) are read too, through dateparser."""
    updated: tuple[str, str] | None = None
    for line in lines:
        found = line_date(line, language)
        if found is None:
            continue
        if _updated().search(line[: found.start]):
            updated = updated or (found.iso, line)
            continue
        return found.iso, line
    return updated


def line_date(line: str, language: str | None = None) -> FoundDate | None:
    """The date of a date line, in English or in ``language``; None for prose."""
    text = normalize(line)
    words = word_count(text)
    if words > MAX_WORDS or (ends_sentence(text) and words > 8):
        return None
    found = find_date(text)
    if found is not None or not _YEAR.search(text) or language in (None, "en"):
        return found
    return _foreign_date(text, language)


def _foreign_date(text: str, language: str) -> FoundDate | None:
    """'Posted on Maret 30, 2015', '24 сентября 2018': a full date in another language."""
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
