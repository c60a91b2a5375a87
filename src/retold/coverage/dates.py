"""Dates in an article's text, resolved against the day it was written.

``find_dates`` finds date phrases in a body (absolute: "March 4", "4 March 2024",
"last September", "in 2023"; relative: "on Wednesday", "yesterday", "last week",
"three days ago") and resolves each against an anchor day, the day the text was filed
(its dateline's date, else its publication date: ``anchor_date``).  Every mention
keeps its exact span (``body[start:end] == text``), the date it names and how
precisely it names it (``granularity``: a day, a week, a month or a year; the date is
then the first day of that week, month or year).

News is written in the past tense, so a bare weekday is the latest such day on or
before the anchor ("on Wednesday" in a Wednesday paper is that day), and a month or
day without a year the latest one on or before it (a day less than a month ahead is
this year's, less surely); a clause in the future tense ("will meet on Friday", "said
it would meet on Friday", "closed until Friday", "next month") reads forward instead.  A month name
printed alone is read only after a word that makes it a date ("in May", "since
March"), never as the verb.  A phrase that needs the anchor is left out when the
article has none.

The words (relative day words, steps, units, future markers) are data:
``[dates]`` in ``data/lang/en.toml`` through ``retold.lang``.  dateparser was tried and
not kept: with ``PREFER_DATES_FROM="past"`` it reads "Wednesday" in a Wednesday paper
as the week before and does not read "last September", and its ``search_dates`` finds
"we", "$2" and "an hour" as dates (18 of 40 hand-checked finds right on newsdev).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Literal

from retold.analyze.lexicon import load_lexicon
from retold.clean.dates import with_inferred_year
from retold.lang import (
    DATE_WORDS,
    MONTH_NAMES,
    MONTH_SHORT_FORMS,
    MONTHS,
    NUMBER_WORDS,
    WEEKDAY_NAMES,
    WEEKDAYS,
    trie_alternation,
)
from retold.records import Article

Granularity = Literal["day", "week", "month", "year"]
Rule = Literal[
    "full_date", "month_day", "month_year", "month", "year", "weekday", "day_word", "unit", "ago"
]


@dataclass(frozen=True)
class DateMention:
    """One date phrase of an article's body and the date it names.

    ``date`` is YYYY-MM-DD: the day, or the first day of the week (a Monday), month or
    year that ``granularity`` says the phrase names.  ``future``: the phrase's clause
    is in the future tense.  ``reported``: the phrase dates a reporting verb ("said on
    Wednesday"), so it dates a statement rather than the event it reports.
    """

    article: str
    start: int
    end: int
    text: str
    date: str
    granularity: Granularity
    confidence: float
    rule: Rule
    future: bool = False
    reported: bool = False


def _names(forms: tuple[str, ...]) -> str:
    """Names (case as printed), longest first."""
    return trie_alternation(forms)


def _words(forms: Iterable[str]) -> str:
    """Words for a part that ignores case, longest first."""
    return trie_alternation(forms, fold=True)


_MON = rf"(?:{_names(MONTH_NAMES)}|(?:{_names(MONTH_SHORT_FORMS)})\.?)"  # "March", "Sept."
_MONTH_FULL = rf"(?:{_names(MONTH_NAMES)})"  # a month alone is written out
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d"
_LEAD = rf"(?i:{_words(DATE_WORDS.lead_words)})"
_STEP = rf"(?i:{_words(DATE_WORDS.steps)})"
_EDGE = rf"(?:(?i:{_words(DATE_WORDS.edges)})\s*)?"
_UNIT = rf"(?i:{_words(DATE_WORDS.units)})"
_COUNT = rf"(?i:\d{{1,3}}|an?|{_words(NUMBER_WORDS)})"
_END = r"(?![\w-])"
_ON_DAY = rf"(?:(?:{_names(WEEKDAY_NAMES)}),?\s+)?"  # "Saturday, May 18": one date


def _starts(*groups: Iterable[str]) -> str:
    """A word boundary before a letter (any case) or digit some word of ``groups``
    starts with: each pattern opens with one, and it fails fast at most words."""
    initials = "".join(sorted({word[0].lower() for group in groups for word in group}))
    return rf"\b(?=(?i:[{re.escape(initials)}]))"


_DIGITS = tuple("0123456789")
_DATE_START = _starts(WEEKDAY_NAMES, MONTH_NAMES, MONTH_SHORT_FORMS, _DIGITS)
_LEAD_START = _starts(DATE_WORDS.lead_words)

_WEEKDAY_START = _starts(DATE_WORDS.steps, WEEKDAY_NAMES)
_DAY_WORD_START = _starts(DATE_WORDS.day_parts, DATE_WORDS.days)
_UNIT_START = _starts(("earlier", "later"), DATE_WORDS.steps)
_AGO_START = _starts(_DIGITS, ("a", "an"), NUMBER_WORDS)
_DAY_WORDS = rf"{_words(DATE_WORDS.day_parts)}|{_words(DATE_WORDS.days)}"

# Each pattern's group "m" is the phrase a mention spans; a longer match wins an overlap.
_SOURCES: tuple[tuple[Rule | Literal["name"], str], ...] = (
    ("name", rf"{_starts(DATE_WORDS.named_days)}(?P<m>{_names(DATE_WORDS.named_days)}){_END}"),
    (
        "full_date",
        rf"{_DATE_START}(?P<m>{_ON_DAY}"
        rf"(?:{_MON}\s+{_DAY},?|{_DAY}\s+(?:of\s+)?{_MON},?)\s+{_YEAR}){_END}",
    ),
    ("month_year", rf"{_starts(MONTH_NAMES)}(?P<m>{_MONTH_FULL},?\s+(?:of\s+)?{_YEAR}){_END}"),
    (
        "month_day",
        rf"{_DATE_START}(?P<m>{_ON_DAY}"
        rf"(?:{_MON}\s+{_DAY}|{_DAY}\s+(?:of\s+)?{_MON}))(?![\w-]|[.,:]\d)",
    ),
    ("month", rf"{_starts(DATE_WORDS.steps)}(?P<m>{_STEP}\s+{_MONTH_FULL}){_END}"),
    ("month", rf"{_LEAD_START}(?:{_LEAD})\s+{_EDGE}(?P<m>{_MONTH_FULL}){_END}"),
    ("year", rf"{_LEAD_START}(?:{_LEAD})\s+{_EDGE}(?P<m>{_YEAR})(?![\w-]|[.,]\d)"),
    ("weekday", rf"{_WEEKDAY_START}(?P<m>(?:{_STEP}\s+)?(?:{_names(WEEKDAY_NAMES)})){_END}"),
    ("day_word", rf"(?i:{_DAY_WORD_START}(?P<m>{_DAY_WORDS})){_END}"),
    ("unit", rf"{_UNIT_START}(?P<m>(?i:(?:earlier|later)\s+)?{_STEP}\s+{_UNIT}){_END}"),
    ("ago", rf"{_AGO_START}(?P<m>{_COUNT}\s+{_UNIT}\s+(?i:ago)){_END}"),
)
_PATTERNS = tuple((rule, re.compile(pattern)) for rule, pattern in _SOURCES)
_FUTURE = re.compile(rf"(?i:(?<!\w)(?:{_words(DATE_WORDS.future_words)})(?!\w))")
_POSSESSIVE = re.compile(r"(?:\s+(?:morning|afternoon|evening|night))?['’]s\b")
_CLAUSE_START = re.compile(r"[.!?;:\n]\s|\n")
_CONFIDENCE: dict[Rule, float] = {
    "full_date": 0.95,
    "month_year": 0.95,
    "year": 0.9,
    "month_day": 0.85,
    "month": 0.8,
    "weekday": 0.8,
    "day_word": 0.75,
    "unit": 0.75,
    "ago": 0.8,
}


@dataclass(frozen=True)
class DateReader:
    """What reading dates needs beyond the patterns: the one-word reporting verbs that
    make a date the date of a statement ("said", "told"), from the attribution lexicon."""

    report_verbs: frozenset[str]

    @classmethod
    def load(cls) -> DateReader:
        verbs = load_lexicon().verbs
        return cls(frozenset(form[0] for form in verbs if len(form) == 1))


def anchor_date(article: Article) -> str | None:
    """The day relative dates in ``article`` count from: the day its text was filed.
    That is its dateline's date when one is printed and no later than the publication
    (a wire story filed "July 29" and run the next morning says "tonight" of the 29th),
    else its publication date, else None."""
    filed = article.dateline.date if article.dateline else None
    if filed and (article.published is None or filed <= article.published):
        return filed
    return article.published


def find_dates(
    article: str, body: str, anchor: str | None, reader: DateReader | None = None
) -> tuple[DateMention, ...]:
    """The date phrases of ``body`` in text order, each resolved against ``anchor``
    (YYYY-MM-DD; phrases that need one are left out when it is None)."""
    reader = reader or DateReader.load()
    day = date.fromisoformat(anchor) if anchor else None
    found = []
    for rule, match in _candidates(body):
        start, end = match.span("m")
        text = body[start:end]
        reported = _is_reported(body, start, end, reader)
        future = not reported and _is_future(body, start, end, text)
        resolved = _resolve(rule, text, day, future)
        if resolved is None:
            continue
        when, granularity, confidence = resolved
        found.append(
            DateMention(
                article,
                start,
                end,
                text,
                when.isoformat(),
                granularity,
                round(confidence, 2),
                rule,
                future,
                reported,
            )
        )
    return tuple(found)


# How far past its start a mention's reading can look, in characters other than
# white space: the longest phrase ("Wednesday, September 18th of 2024", under 60),
# the words after it that tell the future (40 characters) and a possessive ("'s").
_REACH = re.compile(r"(?:\s*+\S){300}")


def article_dates(
    article: Article, reader: DateReader | None = None, before: int | None = None
) -> tuple[DateMention, ...]:
    """``find_dates`` over an article's body, against its ``anchor_date``.  ``before``:
    only the mentions that start before that offset (a lede's); the body is then read
    only as far past it as their reading can look (``_REACH``), with the same result."""
    body = article.body
    if before is not None:
        reach = _REACH.match(body, before)
        body = body[: reach.end()] if reach else body
    found = find_dates(article.id, body, anchor_date(article), reader)
    return found if before is None else tuple(m for m in found if m.start < before)


def _candidates(body: str) -> list[tuple[Rule, re.Match[str]]]:
    """Every pattern's matches, the longest of overlapping ones kept, in text order;
    names of days ("Black Friday") and a capitalised day word inside a sentence (the
    newspaper "USA Today") are no dates."""
    matches = [(rule, m) for rule, pattern in _PATTERNS for m in pattern.finditer(body)]
    matches.sort(key=lambda rm: (rm[1].start("m"), -(rm[1].end("m") - rm[1].start("m"))))
    kept: list[tuple[Rule | Literal["name"], re.Match[str]]] = []
    for rule, match in matches:
        if kept and match.start("m") < kept[-1][1].end("m"):
            continue
        kept.append((rule, match))
    return [(rule, m) for rule, m in kept if rule != "name" and not _is_title(rule, body, m)]


def _is_title(rule: Rule, body: str, match: re.Match[str]) -> bool:
    """A day word in capitals after a capitalised word: part of a name ("USA Today")."""
    if rule != "day_word" or not match.group("m")[0].isupper():
        return False
    before = body[: match.start("m")].rsplit(None, 1)  # the last word before it
    return bool(before) and before[-1][0].isupper() and before[-1][-1] not in ".!?:"


def _clause_before(body: str, start: int) -> str:
    window = body[max(0, start - 80) : start]
    cuts = list(_CLAUSE_START.finditer(window))
    return window[cuts[-1].end() :] if cuts else window


def _is_future(body: str, start: int, end: int, text: str) -> bool:
    """Whether the phrase reads forward: it says so ("next Friday", "tomorrow") or a
    future marker stands in its clause up to a few words either side of it."""
    lowered = text.casefold()
    if DATE_WORDS.steps.get(lowered.split()[0]) == 1 or DATE_WORDS.days.get(lowered, 0) > 0:
        return True
    before = " ".join(_clause_before(body, start).split()[-8:])
    after = re.split(r"[.!?;:,\n]|\bthat\b", body[end : end + 40])[0].split()[:3]
    return bool(_FUTURE.search(before) or _FUTURE.search(" ".join(after)))


def _is_reported(body: str, start: int, end: int, reader: DateReader) -> bool:
    """Whether a reporting verb stands right before the phrase ("said (on) Wednesday";
    not "explains Monday's theft")."""
    if _POSSESSIVE.match(body, end):
        return False
    words = body[max(0, start - 30) : start].casefold().split()
    if words and words[-1] == "on":
        words = words[:-1]
    return bool(words) and words[-1].strip(",") in reader.report_verbs


Resolved = tuple[date, Granularity, float]


def _resolve(rule: Rule, text: str, anchor: date | None, future: bool) -> Resolved | None:
    """The date ``text`` names, read as ``rule`` found it, or None when it cannot be."""
    words = re.findall(r"[^\W\d_]+|\d+", text.casefold())
    confidence = _CONFIDENCE[rule]
    if rule in ("full_date", "month_year", "year"):
        return _absolute(rule, words, confidence)
    if anchor is None:
        return None
    if rule == "month_day":
        return _month_day(words, anchor, future, confidence)
    if rule == "month":
        return _month(words, anchor, future, confidence)
    if rule == "weekday":
        return _weekday(words, anchor, future, confidence)
    if rule == "day_word":
        offset = DATE_WORDS.days.get(" ".join(words))
        if offset is None:
            offset = DATE_WORDS.day_parts[" ".join(words)]
        return anchor + timedelta(days=offset), "day", confidence
    if rule == "unit":  # "in the coming weeks" names no one week
        plural = DATE_WORDS.units[words[-1]] != words[-1]
        return None if plural else _unit(words[-2], words[-1], anchor, confidence)
    return _ago(words, anchor, confidence)


def _absolute(rule: Rule, words: list[str], confidence: float) -> Resolved | None:
    year = int(next(w for w in words if len(w) == 4 and w.isdigit()))
    if rule == "year":
        return date(year, 1, 1), "year", confidence
    month = _month_of(words)
    if rule == "month_year":
        return date(year, month, 1), "month", confidence
    day = int(next(w for w in words if w.isdigit() and len(w) <= 2))
    return _day(year, month, day, confidence)


def _day(year: int, month: int, day: int, confidence: float) -> Resolved | None:
    try:
        return date(year, month, day), "day", confidence
    except ValueError:
        return None


def _month_of(words: list[str]) -> int:
    return next(MONTHS[w] for w in words if w in MONTHS)


def _month_day(words: list[str], anchor: date, future: bool, confidence: float) -> Resolved | None:
    """A day of a month without a year: the latest on or before the anchor (the rule a
    dateline's day follows, ``clean.dates.with_inferred_year``), or the next on or after
    it in a future clause; a day within a month after the anchor is read as this year's
    (an event about to happen), less surely."""
    month = _month_of(words)
    day = int(next(w for w in words if w.isdigit()))
    this_year = _day(anchor.year, month, day, confidence)
    if this_year is None:
        return None
    when = this_year[0]
    if future:
        return this_year if when >= anchor else _day(anchor.year + 1, month, day, confidence * 0.8)
    if anchor < when <= anchor + timedelta(days=31):
        return when, "day", confidence * 0.8
    past = with_inferred_year(month, day, anchor.isoformat())
    return (date.fromisoformat(past), "day", confidence) if past else None


def _month(words: list[str], anchor: date, future: bool, confidence: float) -> Resolved:
    """A month alone: "last September" is the latest before the anchor's month, "next
    September" the first after it, "this September" the anchor's year's; a bare one
    the latest on or before the anchor (the next on or after it in a future clause)."""
    month = _month_of(words)
    step = DATE_WORDS.steps.get(words[0]) if len(words) > 1 else None
    if step == 0:
        year = anchor.year
    elif step == -1 or (step is None and not future):
        strictly = step == -1
        before = month < anchor.month or (month == anchor.month and not strictly)
        year = anchor.year if before else anchor.year - 1
    else:
        after = month > anchor.month or (month == anchor.month and step is None)
        year = anchor.year if after else anchor.year + 1
    return date(year, month, 1), "month", confidence


def _weekday(words: list[str], anchor: date, future: bool, confidence: float) -> Resolved:
    """A weekday: the latest on or before the anchor (that day itself when it is one);
    "last X" the latest before it; "next X", "this X" or a future clause the first after."""
    weekday = WEEKDAYS[words[-1]]
    step = DATE_WORDS.steps.get(words[0]) if len(words) > 1 else None
    back = (anchor.isoweekday() - weekday) % 7
    if step == -1:
        return anchor - timedelta(days=back or 7), "day", confidence
    if step is not None or future:
        ahead = (weekday - anchor.isoweekday()) % 7
        return anchor + timedelta(days=ahead or 7), "day", confidence * 0.9
    return anchor - timedelta(days=back), "day", confidence


def _unit(step_word: str, unit_word: str, anchor: date, confidence: float) -> Resolved:
    """ "last week", "this month", "next year": the unit ``step`` units from the anchor's."""
    step = DATE_WORDS.steps[step_word]
    unit = DATE_WORDS.units[unit_word]
    if unit == "day":
        return anchor + timedelta(days=step), "day", confidence
    if unit == "week":
        monday = anchor - timedelta(days=anchor.weekday())
        return monday + timedelta(weeks=step), "week", confidence
    if unit == "month":
        return _months_from(anchor, step), "month", confidence
    return date(anchor.year + step, 1, 1), "year", confidence


def _months_from(anchor: date, step: int) -> date:
    index = anchor.year * 12 + anchor.month - 1 + step
    return date(index // 12, index % 12 + 1, 1)


def _ago(words: list[str], anchor: date, confidence: float) -> Resolved | None:
    """ "three days ago", "a year ago": the day (or week, month, year) so far back."""
    count_word, unit = words[0], DATE_WORDS.units[words[-2]]
    count = int(count_word) if count_word.isdigit() else NUMBER_WORDS.get(count_word, 1)
    if count != int(count):
        return None
    n = int(count)
    if unit == "day":
        return anchor - timedelta(days=n), "day", confidence
    if unit == "week":
        return _unit("this", "week", anchor - timedelta(weeks=n), confidence)
    if unit == "month":
        return _months_from(anchor, -n), "month", confidence
    return date(anchor.year - n, 1, 1), "year", confidence


def mentions_in(mentions: tuple[DateMention, ...], start: int, end: int) -> Iterator[DateMention]:
    """The mentions that lie inside ``body[start:end]``."""
    return (m for m in mentions if start <= m.start and m.end <= end)
