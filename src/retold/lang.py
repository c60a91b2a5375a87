"""English word knowledge every stage shares, read once from ``data/lang/en.toml``.

The names of months and weekdays, the abbreviations a period does not end, number
words, negations and the words of dates in running text live in that one file;
cleaning, analysis, linking, comparing and coverage all read them from here (as
spaCy's components read ``spacy/lang/en``).  What a stage chooses to do with them
(which number words a fitted model uses, say) stays with the stage.  Every value is
immutable: reading it can never change what another stage sees.

Keys of the mappings are lower case; ``ABBREVIATIONS`` are as printed, period included.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from retold.data import load_data

_EN: dict[str, Any] = load_data("lang/en.toml")


def _numbered(groups: list[list[str]]) -> Mapping[str, int]:
    """Each form of the ``n``-th group (names and short forms) -> ``n``, from 1."""
    return MappingProxyType(
        {form.casefold(): n for n, forms in enumerate(groups, 1) for form in forms}
    )


def _short_forms(groups: list[list[str]]) -> tuple[str, ...]:
    """The short forms as printed ("Jan", "Sept", "Thurs"): every form after the name."""
    return tuple(form for forms in groups for form in forms[1:])


def _alternation(forms: Iterable[str]) -> str:
    """Forms joined for a regular expression, longest first (so 'september' wins over
    'sep'); lower case, for patterns compiled with ``re.IGNORECASE``."""
    return "|".join(sorted({f.casefold() for f in forms}, key=lambda f: (-len(f), f)))


def trie_alternation(words: Iterable[str], fold: bool = False) -> str:
    """``words`` as one regular-expression alternation (escaped; ``fold``: lower case,
    for a pattern that ignores case) written as a trie, longer words tried first: it
    matches what the flat alternation sorted longest first matches, without trying
    every word at every offset."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word.lower() if fold else word:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        alts = [re.escape(ch) + emit(child) for ch, child in sorted(node.items()) if ch]
        alts += [""] if "" in node else []  # the word ending here: after the longer ones
        return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"

    return emit(trie)


MONTHS: Mapping[str, int] = _numbered(_EN["months"])  # "january", "jan", "sept" -> 1..12
WEEKDAYS: Mapping[str, int] = _numbered(_EN["weekdays"])  # "monday", "mon", "thurs" -> 1..7
MONTH_NAMES: tuple[str, ...] = tuple(forms[0] for forms in _EN["months"])  # "January" ...
WEEKDAY_NAMES: tuple[str, ...] = tuple(forms[0] for forms in _EN["weekdays"])  # "Monday" ...
MONTH_SHORT_FORMS: tuple[str, ...] = _short_forms(_EN["months"])
WEEKDAY_SHORT_FORMS: tuple[str, ...] = _short_forms(_EN["weekdays"])

# "Mr.", "No.", "U.S." ... and every short month and weekday form with its period ("Oct.").
ABBREVIATIONS: frozenset[str] = frozenset(
    [*_EN["abbreviations"], *(f"{s}." for s in MONTH_SHORT_FORMS + WEEKDAY_SHORT_FORMS)]
)

_NUMBERS: dict[str, dict[str, float]] = _EN["numbers"]
NUMBER_WORDS: Mapping[str, float] = MappingProxyType(dict(_NUMBERS["cardinal"]))  # "twelve"
ORDINAL_WORDS: Mapping[str, float] = MappingProxyType(dict(_NUMBERS["ordinal"]))  # "third"
FRACTION_WORDS: Mapping[str, float] = MappingProxyType(dict(_NUMBERS["fraction"]))  # "half"
ROUGH_NUMBER_WORDS: Mapping[str, float] = MappingProxyType(dict(_NUMBERS["rough"]))  # "dozens"

NEGATIONS: frozenset[str] = frozenset(_EN["negations"])
# "won't" -> "will not": the negative contractions that do not open as "X" + "n't".
CONTRACTIONS: Mapping[str, str] = MappingProxyType(dict(_EN["contractions"]))


@dataclass(frozen=True)
class EnglishMarkers:
    """Function words only English writes (``[language]``), and how many of a text's
    words they must be for the text to be English without a language identifier."""

    words: frozenset[str]
    min_words: int
    min_share: float


ENGLISH_MARKERS = EnglishMarkers(
    words=frozenset(w.casefold() for w in _EN["language"]["markers"]),
    min_words=int(_EN["language"]["min_words"]),
    min_share=float(_EN["language"]["min_share"]),
)


def month_pattern() -> str:
    """Every month form as one regular-expression alternation (no group, no period):
    ``"september|february|...|may"``; compile with ``re.IGNORECASE``."""
    return _alternation(MONTHS)


def weekday_pattern() -> str:
    """Every weekday form as one alternation, like ``month_pattern``."""
    return _alternation(WEEKDAYS)


@dataclass(frozen=True)
class DateWords:
    """The words of dates in running text (``[dates]``), lower case: what a date phrase
    is made of, and the words that put a clause in the future."""

    days: Mapping[str, int]  # "yesterday" -> -1: days from the publication day
    day_parts: Mapping[str, int]  # "last night" -> -1
    steps: Mapping[str, int]  # "last" -> -1, "next" -> 1: "last week", "next month"
    units: Mapping[str, str]  # "weeks" -> "week"
    lead_words: frozenset[str]  # "in", "since": "in September", "since 2019"
    edges: tuple[str, ...]  # "early", "the end of": "in early March"
    future_words: tuple[str, ...]  # "will", "set to": "will meet on Friday"
    named_days: tuple[str, ...]  # as printed: "Black Friday" is no Friday's date


_DATES: dict[str, Any] = _EN["dates"]
DATE_WORDS = DateWords(
    days=MappingProxyType(dict(_DATES["days"])),
    day_parts=MappingProxyType(dict(_DATES["day_parts"])),
    steps=MappingProxyType(dict(_DATES["steps"])),
    units=MappingProxyType(dict(_DATES["units"])),
    lead_words=frozenset(w.casefold() for w in _DATES["lead_words"]),
    edges=tuple(w.casefold() for w in _DATES["edges"]),
    future_words=tuple(w.casefold() for w in _DATES["future_words"]),
    named_days=tuple(_DATES["named_days"]),
)


_LANGUAGES: dict[str, Any] = load_data("lang/languages.toml")
# ISO 639-1 code -> the name of jusText's function-word list for that language.
STOPLIST_NAMES: Mapping[str, str] = MappingProxyType(dict(_LANGUAGES["stoplists"]))
# Words, in several languages, that mark a date line as an update ("Updated", "Aktualisiert").
UPDATED_WORDS: tuple[str, ...] = tuple(_LANGUAGES["dates"]["updated"])
# Words that make a date line a publication stamp ("by", "Posted", "Diposting", ...).
PUBLISHED_WORDS: tuple[str, ...] = tuple(_LANGUAGES["dates"]["published"])


@dataclass(frozen=True)
class SelfNaming:
    """The phrases with which a page names itself in its furniture (``[self_naming]``):
    lower case, longest first where one may open another ("trending now on")."""

    before_name: tuple[str, ...]  # "follow", "subscribe to", "welcome to"
    roles: tuple[str, ...]  # "editor", "reporter": "Senior editor at Gizmodo."
    role_links: tuple[str, ...]  # "at", "for"
    after_name: tuple[str, ...]  # "newsletters", "magazine": "CRN Newsletters"
    person_before: tuple[str, ...]  # "by", "written by": what a person's name follows
    person_after: tuple[str, ...]  # "is a": "Phil Helsel is a reporter for ..."
    name_stops: tuple[str, ...]  # "on", "and": words a name read after a phrase ends at
    not_names: frozenset[str]  # "us", "our": "Follow Us" names nobody
    product_ends: frozenset[str]  # "briefing": "Morning Briefing" is a newsletter


def _longest_first(words: list[str]) -> tuple[str, ...]:
    return tuple(sorted((w.casefold() for w in words), key=lambda w: (-len(w), w)))


_SELF: dict[str, list[str]] = _EN["self_naming"]
SELF_NAMING = SelfNaming(
    before_name=_longest_first(_SELF["before_name"]),
    roles=_longest_first(_SELF["roles"]),
    role_links=_longest_first(_SELF["role_links"]),
    after_name=_longest_first(_SELF["after_name"]),
    person_before=_longest_first(_SELF["person_before"]),
    person_after=_longest_first(_SELF["person_after"]),
    name_stops=_longest_first(_SELF["name_stops"]),
    not_names=frozenset(w.casefold() for w in _SELF["not_names"]),
    product_ends=frozenset(w.casefold() for w in _SELF["product_ends"]),
)


@dataclass(frozen=True)
class CoverageWords:
    """The words coverage reads a paragraph's bearing by (``[coverage]``), lower case."""

    background: tuple[str, ...]  # "since", "years": a paragraph looking away from the event
    event_time: tuple[str, ...]  # "today", "p.m." (weekdays too): news of the event's own days
    leaders: tuple[str, ...]  # "president": titles of heads of state and government


_COVERAGE: dict[str, list[str]] = _EN["coverage"]
COVERAGE_WORDS = CoverageWords(
    background=_longest_first(_COVERAGE["background"]),
    event_time=_longest_first(_COVERAGE["event_time"]),
    leaders=_longest_first(_COVERAGE["leaders"]),
)

# Loaded words and phrases (``[framing] loaded``), lower case, longest first.
LOADED_WORDS: tuple[str, ...] = _longest_first(_EN["framing"]["loaded"])
# Plain senses of loaded words (``[framing] plain``): phrases a loaded word opens.
PLAIN_SENSES: tuple[str, ...] = _longest_first(_EN["framing"]["plain"])


@dataclass(frozen=True)
class HeadlineWords:
    """The words a lede sentence keeps and a headline drops (``[headline]``), lower case."""

    articles: frozenset[str]
    grammar: frozenset[str]  # prepositions, conjunctions, auxiliaries, determiners
    past: frozenset[str]  # past-tense forms of the commonest verbs ("was", "said")
    pronouns: frozenset[str]
    when: frozenset[str]  # "yesterday", "last": a sentence's own time words (weekdays too)


_HEADLINE: dict[str, list[str]] = _EN["headline"]
HEADLINE_WORDS = HeadlineWords(
    articles=frozenset(_HEADLINE["articles"]),
    grammar=frozenset(_HEADLINE["grammar"]),
    past=frozenset(_HEADLINE["past"]),
    pronouns=frozenset(_HEADLINE["pronouns"]),
    when=frozenset([*_HEADLINE["when"], *(w.casefold() for w in WEEKDAY_NAMES)]),
)
