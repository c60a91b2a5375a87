"""What an article says about its event, as weighted terms in three channels.

* words: content words of title and body (stopwords out, no stemming);
* names: capitalized words that do not open a sentence, and adjacent pairs of
  them ("E:cobalt_ridge") -- a fast stand-in for named entities;
* numbers and time: numbers ("#2300", "#5.6", number words), weekdays
  ("wd:1"), months ("mo:7"), month-day dates ("md:7-8") and month-year ("ym:2024-7").

The channel is kept in the top bits of each term id (``channel(id)``), so one
vector per article serves every channel.  The title also gets its own vector.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import timedelta

import numpy as np
import numpy.typing as npt

from retold.clean.dates import iso_day
from retold.link.headlines import NameKeys, name_keys
from retold.link.language import Language
from retold.link.vectors import I64, TermCounts, count_terms, term_id
from retold.records import Article

WORDS, NAMES, NUMBERS = 0, 1, 2
# Numbers keep their decimal point, time colon and thousands commas ("5.9", "9:25",
# "2,300"; also "5. 9" as tokenized corpora print them).
_NUMBER = re.compile(r"\d+(?:[.:] ?\d+|, ?\d{3}(?!\d))*", re.ASCII)
_ASCII_PUNCTUATION = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
_PUNCTUATION = str.maketrans({c: " " for c in _ASCII_PUNCTUATION + "“”‘’—–…«»·•\u00a0\u2032\u2033"})
_ASCII_FOLD = bytes.maketrans(  # punctuation to spaces and upper case to lower, in one pass
    _ASCII_PUNCTUATION.encode() + bytes(range(65, 91)),
    b" " * len(_ASCII_PUNCTUATION) + bytes(range(97, 123)),
)
_UPPER = "A-ZÀ-ÖØ-ÞĀ-Ž"
_NAME_RUN = re.compile(rf"[{_UPPER}][^\W_]*(?:[ \t]+[{_UPPER}][^\W_]*)*")
_YEAR = re.compile(r"(?<![\w.,])(?:19|20)\d\d(?![\w]|[.,]\d)")
_SENTENCE_END = frozenset('.!?:"”\n')


@dataclass(frozen=True)
class StoryTerms:
    """Weighted term counts per article: everything (title + body), and the title alone;
    ``has_body``, when known (kept with the state's rows), whether each row's body adds
    terms to its title's (``graph.body_flags``), so a run need not sum every row."""

    full: TermCounts
    title: TermCounts
    has_body: npt.NDArray[np.bool_] | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Extracted:
    """What linking reads from each article: its terms, the days it mentions
    (``date.toordinal``) and the past years, its headline's and all its names
    (``headlines.name_keys``), and, when it has no publication date, the days it names
    without a year (``yearless``)."""

    terms: StoryTerms
    mentions: list[tuple[int, ...]]
    years: list[tuple[int, ...]]  # years before its publication year each text names
    headline_names: list[NameKeys]
    names: list[NameKeys]
    yearless: list[tuple[int, ...]]  # undated texts: the month-days they name (``yearless``)


def channel(term_ids: I64) -> I64:
    """The channel of each stable term id (``TermCounts.vocab``)."""
    return term_ids >> 32


def extract_terms(
    articles: Sequence[Article], language: Language, extend: StoryTerms | None = None
) -> Extracted:
    """Term counts (title + body, and title alone), mentioned dates and names, per
    article; columns extend ``extend``'s vocabularies when given."""
    fulls, titles, mentions, years, keys, yearless_days = [], [], [], [], [], []
    for article in articles:
        title_text = article.title or ""
        title_tokens, body_tokens = _tokens(title_text), _tokens(article.body)
        title_dates = _date_mentions(title_tokens, language)
        body_dates = _date_mentions(body_tokens, language)
        title_names, body_names = names(title_text, language), names(article.body, language)
        title = term_counts(title_text, title_tokens, title_dates, language, title_names)
        full = term_counts(article.body, body_tokens, body_dates, language, body_names)
        full.update(title)
        fulls.append(full)
        titles.append(title)
        mentions.append(_days(title_dates + body_dates, article.published))
        years.append(past_years(f"{title_text}\n{article.body}", article.published))
        yearless_days.append(yearless(title_dates + body_dates, article.published))
        keys.append(name_keys(title_names, body_names))
    full_vocab = extend.full.vocab if extend else None
    title_vocab = extend.title.vocab if extend else None
    terms = StoryTerms(
        count_terms(fulls, channel_term_id, full_vocab),
        count_terms(titles, channel_term_id, title_vocab),
    )
    return Extracted(
        terms, mentions, years, [k[0] for k in keys], [k[1] for k in keys], yearless_days
    )


def terms(text: str, language: Language) -> Counter[str]:
    """All terms of one text with their counts, channel-prefixed: words, 'E:' names,
    '#'/'wd:'/'mo:'/'md:'/'ym:' numbers and time."""
    tokens = _tokens(text)
    return term_counts(text, tokens, _date_mentions(tokens, language), language)


def term_counts(
    text: str,
    tokens: list[str],
    dates: list[tuple[int, int, int]],
    language: Language,
    name_terms: list[str] | None = None,
) -> Counter[str]:
    """The terms of one text from its tokens and dates (and its ``names``, when the
    caller has them already)."""
    counts = Counter(tokens)
    special = language.special_words
    out: Counter[str] = Counter(
        {t: n for t, n in counts.items() if t not in special and len(t) > 1 and not t[0].isdigit()}
    )
    for token in sorted(special.intersection(counts)):  # sorted: the same columns every run
        term = _special_term(token, language)
        if term:
            out[term] += counts[token]
    out.update("#" + n.replace(",", "").replace(" ", "") for n in _NUMBER.findall(text))
    for month, day, year in dates:
        if day:
            out[f"md:{month}-{day}"] += 1
        if year:
            out[f"ym:{year}-{month}"] += 1
    out.update(names(text, language) if name_terms is None else name_terms)
    return out


def _special_term(token: str, language: Language) -> str:
    """Months, weekdays and number words become time and number terms; stopwords nothing."""
    if token in language.stopwords:
        return ""
    if token in language.months:
        return "" if token in language.ambiguous_time_words else f"mo:{language.months[token]}"
    if token in language.weekdays:
        return "" if token in language.ambiguous_time_words else f"wd:{language.weekdays[token]}"
    return f"#{language.number_words[token]}" if token in language.number_words else ""


def _tokens(text: str) -> list[str]:
    if text.isascii():  # most text: a byte table is several times faster than str.translate
        return text.encode("ascii").translate(_ASCII_FOLD).decode("ascii").split()
    return text.translate(_PUNCTUATION).lower().split()


def mentioned_days(text: str, published: str | None, language: Language) -> tuple[int, ...]:
    """Day numbers (``date.toordinal``) of the full dates a text mentions; a date without a
    year is the latest such day no later than a day after publication."""
    return _days(_date_mentions(_tokens(text), language), published)


def past_years(text: str, published: str | None) -> tuple[int, ...]:
    """The years (1900-2099, written as four digits) a text names that lie before the
    year it was published; none when that is unknown."""
    reference = iso_day(published)
    if reference is None:
        return ()
    found = {int(y) for y in _YEAR.findall(text)}
    return tuple(sorted(y for y in found if y < reference.year))


def yearless_days(text: str, published: str | None, language: Language) -> tuple[int, ...]:
    """``yearless`` of one text."""
    return yearless(_date_mentions(_tokens(text), language), published)


def yearless(mentions: list[tuple[int, int, int]], published: str | None) -> tuple[int, ...]:
    """For a text with no known publication day: the days it names without a year, as
    ``month * 100 + day`` (the time of year its event lies in); none for a dated text,
    whose ``mentioned_days`` place them."""
    if iso_day(published) is not None:
        return ()
    return tuple(sorted({month * 100 + day for month, day, year in mentions if day and not year}))


def _days(mentions: list[tuple[int, int, int]], published: str | None) -> tuple[int, ...]:
    reference = iso_day(published)
    out = set()
    for month, day, year in mentions:
        if not day:
            continue
        if year:
            found = iso_day(f"{year}-{month:02d}-{day:02d}")
        elif reference is not None:
            found = iso_day(f"{reference.year}-{month:02d}-{day:02d}")
            if found is not None and found > reference + timedelta(days=1):
                found = iso_day(f"{reference.year - 1}-{month:02d}-{day:02d}")
        else:
            found = None
        if found is not None:
            out.add(found.toordinal())
    return tuple(sorted(out))


def _date_mentions(tokens: list[str], language: Language) -> list[tuple[int, int, int]]:
    """(month, day or 0, year or 0) for 'dec 14', '14 dec', 'december 15 2013', 'sept 2012'."""
    out = []
    months = language.months
    for k in _positions(tokens, language.month_words):
        month = months[tokens[k]]
        after = tokens[k + 1] if k + 1 < len(tokens) else ""
        before = tokens[k - 1] if k > 0 else ""
        day = after if _is_day(after) else before if _is_day(before) else ""
        year_at = k + 2 if day and day == after else k + 1
        year = tokens[year_at] if year_at < len(tokens) else ""
        is_year = len(year) == 4 and year.isdigit() and year[:2] in ("19", "20")
        if day or is_year:
            out.append((month, int(day) if day else 0, int(year) if is_year else 0))
    return out


def _positions(tokens: list[str], words: frozenset[str]) -> list[int]:
    """Indices of the tokens that are in ``words``, in order (searched with list.index)."""
    found = []
    for word in words.intersection(tokens):
        at = -1
        try:
            while True:
                at = tokens.index(word, at + 1)
                found.append(at)
        except ValueError:
            pass
    return sorted(found)


def _is_day(token: str) -> bool:
    return token.isdigit() and len(token) <= 2 and 1 <= int(token) <= 31


def names(text: str, language: Language) -> list[str]:
    """Capitalized words that do not open a sentence, and adjacent pairs of them."""
    out = []
    skip = language.special_words
    for m in _NAME_RUN.finditer(text):
        start = m.start()
        if start and text[start - 1].isalnum():
            continue
        run = m.group().split()
        if _opens_sentence(text, start):
            run[0] = ""  # the first word of a sentence is capitalized anyway
        previous = ""
        for word in run:
            lower = word.lower()
            if not lower or lower in skip:
                previous = ""
                continue
            out.append("E:" + lower)
            if previous:
                out.append(f"E:{previous}_{lower}")
            previous = lower
    return out


def _opens_sentence(text: str, start: int) -> bool:
    j = start - 1
    while j >= 0 and text[j] in " \t":
        j -= 1
    return j < 0 or text[j] in "\r\n" or (j < start - 1 and text[j] in _SENTENCE_END)


def channel_term_id(term: str) -> int:
    """CRC-32 of the term with its channel in the bits above."""
    return (_channel_of(term) << 32) | term_id(term)


def _channel_of(term: str) -> int:
    if term.startswith("E:"):
        return NAMES
    if term[0] == "#" or ":" in term:
        return NUMBERS
    return WORDS
