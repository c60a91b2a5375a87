"""Language knowledge for linking, read from ``link/data/*.toml`` (never hard-coded)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files
from types import MappingProxyType
from typing import Any


@dataclass(frozen=True)
class Language:
    """Word lists the linking stage needs for one language."""

    code: str
    stopwords: frozenset[str]
    weekdays: MappingProxyType[str, int]
    months: MappingProxyType[str, int]
    ambiguous_time_words: frozenset[str]
    number_words: MappingProxyType[str, int]
    name_joiners: frozenset[str]
    abbreviations: frozenset[str]
    special_words: frozenset[str]  # stopwords, weekdays, months and number words together
    month_words: frozenset[str]


def load_language(code: str = "english") -> Language:
    """Read ``link/data/<code>.toml``; a new language is a new data file."""
    raw = files("retold.link").joinpath("data", f"{code}.toml").read_text(encoding="utf-8")
    return language_from_toml(code, raw)


def language_from_toml(code: str, raw: str) -> Language:
    table: dict[str, Any] = tomllib.loads(raw)[code]
    return Language(
        code=code,
        stopwords=frozenset(table["stopwords"].split()),
        weekdays=MappingProxyType(dict(table["weekdays"])),
        months=MappingProxyType(dict(table["months"])),
        ambiguous_time_words=frozenset(table["ambiguous_time_words"]),
        number_words=MappingProxyType(dict(table["number_words"])),
        name_joiners=frozenset(table["name_joiners"]),
        abbreviations=frozenset(table["abbreviations"]),
        month_words=frozenset(table["months"]),
        special_words=frozenset(
            set(table["stopwords"].split())
            | set(table["weekdays"])
            | set(table["months"])
            | set(table["number_words"])
        ),
    )
