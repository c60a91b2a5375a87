"""Dates as printed in news pages: find them, and tell a date line from a sentence.

Only unambiguous forms are read: "05/06/2024" could be May or June, so it is not,
while "11 / 28 / 2005" can only be November 28 (there is no month 28) and is read.
Dots are European order ("08. 07. 2012" is 8 July) unless only the other order is a date
("11.14.2019").  A date that cannot be read is
None; retold never guesses one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from email.utils import parsedate_to_datetime

from retold.clean.furniture import LONGEST_LABEL
from retold.lang import MONTHS, month_pattern, weekday_pattern

_MONTHS = {form[:3]: number for form, number in MONTHS.items()}  # "sep" -> 9
_MONTH = rf"(?P<mon>{month_pattern()})\.?"
_WEEKDAY = rf"(?:{weekday_pattern()})\.?,?"
_PATTERNS: tuple[re.Pattern[str], ...] = tuple(
    re.compile(p, re.I)
    for p in (
        r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]?\d)-(?P<d>[0-3]?\d)(?!\d)",
        r"\b(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)\b",
        # dotted: day first, as Europe writes it; month first only when no day-first reading
        r"\b(?P<da>[01]?\d|[0-3]?\d)\. ?(?P<mb>[0-3]?\d)\. ?(?P<y>(?:19|20)\d\d)\b",
        # month and day in either order: read only when one order alone is a real date
        r"(?<![\w/.])(?P<a>[0-3]?\d) ?/ ?(?P<b>[0-3]?\d) ?/ ?(?P<y>(?:19|20)\d\d|\d\d)(?![\w/])",
        rf"\b{_MONTH}\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>(?:19|20)\d\d)\b",
        rf"\b(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH},?\s+(?P<y>(?:19|20)\d\d)\b",
    )
)
_DAY_MONTH = re.compile(
    rf"\b(?:(?P<d1>[0-3]?\d)\s+{_MONTH.replace('mon>', 'mon1>')}|"
    rf"{_MONTH.replace('mon>', 'mon2>')}\s+(?P<d2>[0-3]?\d))\b",
    re.I,
)
_TIME = re.compile(
    r"(?:\b|(?<=T))\d{1,2}[:.] ?\d{2}(?:: ?\d{2})?(?:\s*[ap]\.?\s?m\b\.?|[ap]\b)?"
    r"|\b\d{1,2}\s*[ap]\.?\s?m\b\.?",
    re.I,
)
_ZONE_WORDS = re.compile(
    r"\b(?:utc|gmt|[ecmp][sd]?t|bst|cet|cest|eet|eest|msk|ist|aest|z|t)\b|[+-]\d{2}:?\d{2}\b", re.I
)
_STAMP_WORDS = re.compile(
    r"\b(?:date|published|updated|posted|last|modified|first|on|at|am|pm|time|local|article)\b",
    re.I,
)
_MONTH_NAME = _MONTH.replace("(?P<mon>", "(?:")
_STAMP_PARTS: tuple[re.Pattern[str], ...] = (
    *_PATTERNS,
    _DAY_MONTH,
    re.compile(rf"\b{_MONTH_NAME},? (?:19|20)\d\d\b", re.I),  # "November 2005"
    re.compile(rf"\b{_MONTH_NAME}(?!\w)", re.I),
    _ZONE_WORDS,  # offsets before times ("-07:00"), then the "T" a time leaves alone
    _TIME,
    re.compile(rf"\b{_WEEKDAY}(?!\w)", re.I),
    _ZONE_WORDS,
    _STAMP_WORDS,
)


@dataclass(frozen=True)
class FoundDate:
    iso: str
    start: int
    end: int


def _month_number(name: str) -> int:
    return _MONTHS[name.lower().rstrip(".")[:3]]


def _to_iso(year: int, month: int, day: int) -> str | None:
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def _read(parts: dict[str, str | None], short_years: bool = False) -> str | None:
    year = int(parts["y"] or 0)
    if len(parts["y"] or "") == 2:  # "11 / 28 / 05": a stamp, but which century?
        if not short_years:
            return None
        year += 2000 if year < 70 else 1900
    if parts.get("da"):  # "08. 07. 2012" is 8 July; "11.14.2019" can only be 14 November
        day, month = int(parts["da"] or 0), int(parts["mb"] or 0)
        return _to_iso(year, month, day) or _to_iso(year, day, month)
    if parts.get("a"):  # month and day in an unknown order: read when only one fits
        a, b = int(parts["a"] or 0), int(parts["b"] or 0)
        readings = {_to_iso(year, a, b), _to_iso(year, b, a)} - {None}
        return readings.pop() if len(readings) == 1 else None
    month = _month_number(parts["mon"] or "") if parts.get("mon") else int(parts["m"] or 0)
    return _to_iso(year, month, int(parts["d"] or 0))


def find_date(text: str, short_years: bool = False) -> FoundDate | None:
    """The first complete, unambiguous calendar date in ``text``.  With ``short_years``
    a two-digit year is read too ("11/18/19": 2019), for a line known to be a stamp."""
    best: FoundDate | None = None
    for pattern in _PATTERNS:
        for match in pattern.finditer(text):
            iso = _read(match.groupdict(), short_years)
            if iso:
                if best is None or match.start() < best.start:
                    best = FoundDate(iso, match.start(), match.end())
                break
    return best


_URL_DATE = re.compile(r"/(?P<y>(?:19|20)\d\d)[/-](?P<m>[01]?\d)[/-](?P<d>[0-3]?\d)(?=[/_.-]|$)")


def url_date(url: str | None) -> str | None:
    """The date a URL's path gives ("/2019/11/20/story" -> 2019-11-20), or None."""
    if not url:
        return None
    match = _URL_DATE.search(url.split("?")[0].split("#")[0])
    if match is None:
        return None
    return _to_iso(int(match["y"]), int(match["m"]), int(match["d"]))


def iso_day(value: str | None) -> date | None:
    """The day an ISO date or timestamp names ("2024-03-04", "2024-03-04T09:30Z"), or
    None when there is none."""
    if not value:
        return None
    try:
        return date.fromisoformat(value[:10])
    except ValueError:
        return None


def parse_date(value: str) -> str | None:
    """A metadata value (JSONL ``published``, feed ``pubDate``) as YYYY-MM-DD, or None.

    The calendar date is taken as written: "2024-07-29T23:30:00-07:00" is the 29th.
    """
    found = find_date(value)
    return found.iso if found else None


def parse_timestamp(value: str) -> str | None:
    """A metadata timestamp as ISO 8601 (offset kept), or None when it has no time of day."""
    value = value.strip()
    try:
        stamp = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError:
        try:
            stamp = parsedate_to_datetime(value)
        except (TypeError, ValueError, IndexError):
            return None
    if len(value) <= 10:
        return None
    return stamp.isoformat()


def is_stamp(line: str) -> bool:
    """Whether ``line`` is nothing but a date/time stamp, readable or not: dates in any
    form ("APR 28", "9 / 10 / 2010"), times ("8: 24am"), weekdays, zones and stamp words
    ("Posted", "Last Updated", "at", "@"), and punctuation.  A line without a digit
    ("Tuesday", "Posted") is not a stamp: it stamps no time."""
    if not re.search(r"\d", line):
        return False
    rest = line
    for part in _STAMP_PARTS:
        rest = part.sub(" ", rest)
    return not re.search(r"[^\W_]", rest)


def has_time(text: str) -> bool:
    """Whether ``text`` gives a time of day ("10:31 pm", "08:05 GMT", "7 a.m.")."""
    return bool(_TIME.search(text))


def date_line(line: str) -> str | None:
    """If ``line`` is nothing but a date stamp (weekday, time, zone...), its date."""
    if len(line) > LONGEST_LABEL:
        return None
    found = find_date(line)
    return found.iso if found and is_stamp(line) else None


def day_month(text: str) -> tuple[int, int, int, int] | None:
    """(month, day, start, end) of a "08 June" / "June 8" date without a year."""
    match = _DAY_MONTH.search(text)
    if not match:
        return None
    month = _month_number(match.group("mon1") or match.group("mon2"))
    day = int(match.group("d1") or match.group("d2"))
    if not 1 <= day <= 31:
        return None
    return month, day, match.start(), match.end()


def with_inferred_year(month: int, day: int, reference: str | None) -> str | None:
    """Month and day placed in the year of ``reference`` (or the year before, if later)."""
    if reference is None:
        return None
    ref = date.fromisoformat(reference)
    year = ref.year if (month, day) <= (ref.month, ref.day) else ref.year - 1
    return _to_iso(year, month, day)
