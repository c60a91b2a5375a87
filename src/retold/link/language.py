"""Language knowledge for linking: the shared words of ``retold.lang`` and the linking
stage's own choices, read from ``link/data/*.toml`` (never hard-coded)."""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import Any

from retold import lang


@dataclass(frozen=True)
class Language:
    """Word lists the linking stage needs for one language."""

    code: str
    stopwords: frozenset[str]
    weekdays: Mapping[str, int]
    months: Mapping[str, int]
    ambiguous_time_words: frozenset[str]
    number_words: Mapping[str, float]
    name_joiners: frozenset[str]
    abbreviations: frozenset[str]  # lower case, no final period ("mr", "u.s")
    special_words: frozenset[str]  # stopwords, weekdays, months and number words together
    month_words: frozenset[str]


def load_language(code: str = "english") -> Language:
    """Read ``link/data/<code>.toml``; a new language is a new data file."""
    raw = files("retold.link").joinpath("data", f"{code}.toml").read_text(encoding="utf-8")
    return language_from_toml(code, raw)


def _abbreviations() -> frozenset[str]:
    """The shared abbreviations as ``text.sentence_spans`` matches them, lower-cased: the
    weekday short forms stay out, since lower-cased they are words ("in the sun.")."""
    weekdays = {form.casefold() for form in lang.WEEKDAY_SHORT_FORMS}
    return frozenset(a[:-1].casefold() for a in lang.ABBREVIATIONS) - weekdays


def language_from_toml(code: str, raw: str) -> Language:
    table: dict[str, Any] = tomllib.loads(raw)[code]
    values = {**lang.NUMBER_WORDS, **lang.ROUGH_NUMBER_WORDS}
    numbers = MappingProxyType({word: values[word] for word in table["number_words"]})
    stopwords = frozenset(table["stopwords"].split())
    return Language(
        code=code,
        stopwords=stopwords,
        weekdays=lang.WEEKDAYS,
        months=lang.MONTHS,
        ambiguous_time_words=frozenset(table["ambiguous_time_words"]),
        number_words=numbers,
        name_joiners=frozenset(table["name_joiners"]),
        abbreviations=_abbreviations(),
        month_words=frozenset(lang.MONTHS),
        special_words=stopwords | set(lang.WEEKDAYS) | set(lang.MONTHS) | set(numbers),
    )
