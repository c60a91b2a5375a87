"""Words of a statement, normalised for comparison across outlets and translations.

Typography is ignored (curly and straight quotes, dashes), contractions are opened
("didn't" -> "did not"), numbers become values ("twenty", "20" -> 20; "Forty-one" ->
41; "four thousand", "4,000" -> 4000), and a light stemmer maps inflections together
("countries"/"country", "taking"/"take").  ``Vocabulary`` holds the word lists of
``data/fidelity.toml`` with the negations and number words of ``retold.lang``.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

from retold.data import load_data
from retold.lang import CONTRACTIONS, FRACTION_WORDS, NEGATIONS, NUMBER_WORDS, ORDINAL_WORDS

WORD = re.compile(r"\d+(?:[.,]\d+)*%?|[^\W_]+(?:[-'’][^\W_]+)*")
_FIGURE = re.compile(r"\d+(?:\.\d+)?")


@dataclass(frozen=True, eq=False)
class Vocabulary:
    negations: frozenset[str]
    contrasts: frozenset[str]
    numbers: dict[str, float]
    stop: frozenset[str]
    conversions: dict[tuple[str, str], float] = field(default_factory=dict)  # unit pair: factor
    afternoon: frozenset[str] = frozenset()  # "pm": the hour before it is 12 less than 24-hour
    conditions: frozenset[str] = frozenset()  # "unless": a cut before it drops a condition
    auxiliaries: frozenset[str] = frozenset()  # "do" of "do not": part of the negation


def load_vocabulary(path: Path | None = None) -> Vocabulary:
    """Read ``data/fidelity.toml`` (or ``path``); negations and number words (cardinal,
    ordinal, "half") are the shared ones of ``retold.lang``."""
    data = load_data("fidelity.toml", path)
    numbers = {**NUMBER_WORDS, **ORDINAL_WORDS, **FRACTION_WORDS}
    return Vocabulary(
        negations=NEGATIONS,
        contrasts=frozenset(data["contrasts"]),
        numbers={k: float(v) for k, v in numbers.items()},
        stop=frozenset(data["words"]["stop"]),
        conversions={
            pair: factor
            for a, b, f in data["conversions"]
            for pair, factor in (((a, b), float(f)), ((b, a), 1 / float(f)))
        },
        afternoon=frozenset(data["afternoon"]),
        conditions=frozenset(data["conditions"]),
        auxiliaries=frozenset(data["negation_auxiliaries"]),
    )


class Word(NamedTuple):
    """One word: as printed (``text``), and its comparison form (``norm``) (a named
    tuple: a story's quotes make thousands)."""

    text: str
    norm: str
    start: int  # offset into the text the words came from
    end: int
    number: float | None = None


@lru_cache(maxsize=4096)
def words(text: str, vocabulary: Vocabulary, offset: int = 0) -> list[Word]:
    """The words of ``text`` with comparison forms; numbers spelled out are combined.
    Remembered (a quote is graded against each of its group's wordings): callers only
    read the list."""
    spans: list[tuple[str, int, int]] = []  # as printed ("" for a contraction's second word)
    norms: list[str] = []
    for match in WORD.finditer(text):
        token = match.group()
        start = offset + match.start()
        end = start + len(token)
        forms = _forms(token)
        spans.append((token, start, end))
        if len(forms) == 2:
            spans.append(("", end, end))
        norms.extend(forms)
    numbered = _numbered(norms, vocabulary)
    result: list[Word] = []
    for k, (norm, value, first) in enumerate(numbered):
        printed, start, end = spans[first]
        if value is not None:  # a number may span the words merged into it
            end = spans[numbered[k + 1][2] - 1 if k + 1 < len(numbered) else -1][2]
        result.append(Word(printed, norm, start, end, value))
    return result


def content_words(text: str, vocabulary: Vocabulary) -> list[str]:
    """``content(words(text, vocabulary), vocabulary)``, without making the words."""
    norms = [form for token in WORD.findall(text) for form in _forms(token)]
    return [
        stem(norm)
        for norm, _, _ in _numbered(norms, vocabulary)
        if norm not in vocabulary.stop and norm not in vocabulary.negations
    ]


@lru_cache(maxsize=1 << 16)
def _forms(token: str) -> tuple[str, ...]:
    """A printed token's comparison forms: one, or two for a contraction opened."""
    lower = token.casefold().replace("’", "'")
    if "'" not in lower and lower not in CONTRACTIONS:  # most words: nothing to open
        return (lower,)
    if lower in CONTRACTIONS:
        first, second = CONTRACTIONS[lower].split()
        return (first, second)
    if lower.endswith("n't") and len(lower) > 3:
        return (lower[:-3], "not")
    for suffix in ("'s", "'re", "'ve", "'ll", "'d", "'m"):
        if lower.endswith(suffix) and len(lower) > len(suffix):
            return (lower[: -len(suffix)],)
    return (lower,)


def _value(norm: str, vocabulary: Vocabulary) -> float | None:
    if not norm[:1].isdigit() and "-" not in norm:  # a word, not a figure or "forty-one"
        return vocabulary.numbers.get(norm)
    plain = norm.replace(",", "").rstrip("%")
    if _FIGURE.fullmatch(plain):
        return float(plain)
    if "-" in norm:
        parts = [vocabulary.numbers.get(p) for p in norm.split("-")]
        if all(p is not None for p in parts) and len(parts) == 2:
            return sum(p for p in parts if p is not None)
    return vocabulary.numbers.get(norm)


def _numbered(norms: list[str], vocabulary: Vocabulary) -> list[tuple[str, float | None, int]]:
    """Numbers given their value ("#4"); 'four thousand' -> one word "#4000".  Per
    word: (comparison form, value or None, index of the first of ``norms`` it covers)."""
    result: list[tuple[str, float | None, int]] = []
    numbers = vocabulary.numbers
    for i, norm in enumerate(norms):
        # a word that is not a number word, a figure or hyphenated has no value
        plain = norm not in numbers and not norm[:1].isdigit() and "-" not in norm
        value = None if plain else _value(norm, vocabulary)
        if value is None:
            result.append((norm, None, i))
            continue
        previous = result[-1][1] if result else None
        if previous is not None and value in (100, 1000, 1e6, 1e9):
            merged = previous * value
            result[-1] = (f"#{merged:g}", merged, result[-1][2])
            continue
        result.append((f"#{value:g}", value, i))
    return result


@lru_cache(maxsize=1 << 16)
def stem(norm: str) -> str:
    """A light English stemmer: enough to match 'countries'/'country', 'taking'/'take'."""
    if norm.startswith("#") or len(norm) <= 3:
        return norm
    for suffix, keep in (
        ("ies", "y"),
        ("ied", "y"),
        ("ing", ""),
        ("ed", ""),
        ("es", ""),
        ("s", ""),
    ):
        if norm.endswith(suffix) and len(norm) - len(suffix) >= 3:
            if suffix == "s" and norm.endswith(("ss", "us", "is")):
                continue
            norm = norm[: -len(suffix)] + keep
            break
    if norm.endswith("ly") and len(norm) > 5:
        norm = norm[:-2]
    if len(norm) > 4 and norm[-1] == norm[-2] and norm[-1] not in "ls":
        norm = norm[:-1]
    return norm.rstrip("e") if len(norm) > 3 else norm


def content(items: list[Word], vocabulary: Vocabulary) -> list[str]:
    """Stems of the words that carry meaning (function words and negations dropped:
    whether two wordings are one statement does not hang on a "not")."""
    return [
        stem(w.norm)
        for w in items
        if w.norm not in vocabulary.stop and w.norm not in vocabulary.negations
    ]


@dataclass(frozen=True, eq=False)
class Weights:
    """Inverse document frequencies of stems within one story."""

    idf: dict[str, float]
    default: float

    def of(self, term: str) -> float:
        return self.idf.get(term, self.default)

    def total(self, terms: Iterable[str]) -> float:
        """The terms' summed weight, correctly rounded (``math.fsum``): the same in
        any order, so a set's hash order never moves a score across a bar."""
        idf, default = self.idf, self.default
        return math.fsum([idf.get(t, default) for t in terms])


def story_weights(texts: Iterable[list[str]]) -> Weights:
    """IDF over a story's distinct sentences (each a list of stems)."""
    documents = [frozenset(t) for t in texts]
    count = Counter(term for doc in set(documents) for term in doc)
    n = len(set(documents)) or 1
    idf = {term: max(0.05, math.log((n + 1) / (df + 1))) for term, df in count.items()}
    return Weights(idf, math.log(n + 1))


def phrase_in(short: list[Word], long: list[Word]) -> bool:
    """Is ``short`` (its normalised words) a contiguous run of ``long``?"""
    needle = [w.norm for w in short]
    hay = [w.norm for w in long]
    n = len(needle)
    return n > 0 and any(hay[i : i + n] == needle for i in range(len(hay) - n + 1))
