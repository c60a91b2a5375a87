"""What a line of scraped text looks like, as numbers: the features of the line model.

A whole-page scrape is menus, labels, bylines, captions, share rows, comment threads
and footers around one run of prose.  Nothing in a single phrase tells them apart on
a page never seen; what holds on any page is the shape of each line (length,
function-word density, sentence punctuation, capitals, digits, separators) and of
its neighbours (a menu item sits among menu items, a paragraph among paragraphs).
``line_features`` turns a page's non-blank lines into one row of numbers each; the
line model (``clean/region.py``) scores them.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from functools import cache

import justext
import numpy as np

from retold.clean.dates import is_stamp
from retold.clean.furniture import RuleBook, ends_sentence, is_bullet
from retold.clean.language import classify
from retold.clean.titles import agrees, tab_parts
from retold.lang import STOPLIST_NAMES

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_CLOCK = re.compile(r"\b\d{1,2}[:.]\d{2}\b|\b\d{4}\b")
_SEPARATORS = re.compile(r"\s[|•·›»/]\s|\s[-–—]\s|[|›»]")
_OWN = (
    "words",
    "chars",
    "sentence_end",
    "period_end",
    "stopwords",
    "capitalised",
    "digits",
    "separators",
    "commas",
    "bullet",
    "rule",
    "stamp",
    "repeated",
    "first",
    "quote_start",
    "lower_start",
    "clock",
    "short",
)
_PAGE = ("position", "relative_words", "after_anchor", "anchor_distance", "title_words", "cohesion")
_CONTEXT = (
    "words",
    "sentence_end",
    "stopwords",
    "capitalised",
    "title_words",
    "clock",
    "short",
    "cohesion",
)
_LONG_LINE = 6  # content words that make a line a paragraph for cohesion
WINDOWS = (1, 3, 8)
FEATURES: tuple[str, ...] = (
    *_OWN,
    *_PAGE,
    *(f"{name}@{w}" for w in WINDOWS for name in _CONTEXT),
)


@cache
def stopwords(language: str | None) -> frozenset[str]:
    """The function words of ``language`` (an ISO 639-1 code), from jusText's lists;
    English when the language is unknown or has no list."""
    name = STOPLIST_NAMES.get(language or "", "English")
    return frozenset(w.casefold() for w in justext.get_stoplist(name))


def page_language(lines: list[str]) -> str | None:
    """The language of the longest lines of a page (menus are too short to tell)."""
    sample = " ".join(sorted(lines, key=len, reverse=True)[:12])[:2000]
    if len(sample.split()) < 8:
        return None
    return classify(sample)


def _own(text: str, n: int, stop: frozenset[str], rules: RuleBook, count: int) -> list[float]:
    words = _WORD.findall(text)
    tokens = text.split()
    nwords = max(len(tokens), 1)
    letters = max(sum(ch.isalnum() for ch in text), 1)
    stripped = text.lstrip("\"'“‘«([ ")
    return [
        math.log1p(len(tokens)),
        math.log1p(len(text)),
        float(ends_sentence(text)),
        float(text.rstrip("\"'”’»)").endswith(".")),
        sum(w.casefold() in stop for w in words) / nwords,
        sum(w[:1].isupper() for w in words) / max(len(words), 1),
        sum(ch.isdigit() for ch in text) / letters,
        float(bool(_SEPARATORS.search(text))),
        text.count(",") / nwords,
        float(is_bullet(text)),
        float(rules.match(text, edge=True) is not None),
        float(is_stamp(text)),
        float(count > 1),
        float(n == 0),
        float(text[:1] in "\"“‘«'"),
        float(stripped[:1].islower()),
        float(bool(_CLOCK.search(text))),
        float(len(tokens) <= 2),
    ]


def line_features(lines: list[str], rules: RuleBook, language: str | None = None) -> np.ndarray:
    """One row of ``FEATURES`` per line of ``lines`` (the page's non-blank lines)."""
    if not lines:
        return np.zeros((0, len(FEATURES)))
    stop = stopwords(language if language is not None else page_language(lines))
    counts = Counter(" ".join(line.split()).casefold() for line in lines)
    own = np.array(
        [
            _own(line, n, stop, rules, counts[" ".join(line.split()).casefold()])
            for n, line in enumerate(lines)
        ]
    )
    page = _page_features(lines, own[:, 0], stop)
    both = np.column_stack([own, page])
    picked = both[:, [(*_OWN, *_PAGE).index(name) for name in _CONTEXT]]
    context = [neighbour_mean(picked, w) for w in WINDOWS]
    return np.column_stack([both, *context])


def _page_features(lines: list[str], words: np.ndarray, stop: frozenset[str]) -> np.ndarray:
    """Where each line sits: on the page, after the headline, near the title's words.

    Scrapers put the page's ``<title>`` on the first line and the headline repeats it
    just above the article (the anchor); an article's lines share words with it.
    """
    total = len(lines)
    index = np.arange(total)
    anchor = title_anchor(lines)
    after = (index > anchor) if anchor >= 0 else np.zeros(total, dtype=bool)
    distance = np.log1p(np.abs(index - anchor)) if anchor >= 0 else np.log1p(index)
    contents = [_content_words(line, stop) for line in lines]
    shared = [0.0] + [math.log1p(len(words_ & contents[0])) for words_ in contents[1:]]
    return np.column_stack(
        [
            index / max(total - 1, 1),
            words / max(float(np.percentile(words, 90)), 1.0),
            after.astype(float),
            distance,
            np.array(shared),
            _cohesion(contents),
        ]
    )


def _cohesion(contents: list[set[str]]) -> np.ndarray:
    """For each line, the share of its content words that two or more other paragraphs
    of the page use too: an article's sentences keep to one subject, a menu, a teaser
    for another story or a privacy notice does not."""
    long_lines = [len(words) >= _LONG_LINE for words in contents]
    spread: Counter[str] = Counter()
    for words, is_long in zip(contents, long_lines, strict=True):
        if is_long:
            spread.update(words)
    return np.array(
        [
            sum(spread[w] - is_long >= 2 for w in words) / len(words) if words else 0.0
            for words, is_long in zip(contents, long_lines, strict=True)
        ]
    )


def _content_words(text: str, stop: frozenset[str]) -> set[str]:
    return {w for w in (w.casefold() for w in _WORD.findall(text)) if w not in stop and len(w) > 2}


def title_anchor(lines: list[str]) -> int:
    """The first line after the first that repeats the page title's headline, or -1."""
    parts = tab_parts(lines[0]) if lines else []
    for n, line in enumerate(lines[1:400], start=1):
        if agrees(line, parts):
            return n
    return -1


def neighbour_mean(values: np.ndarray, window: int) -> np.ndarray:
    """Mean of each column over the ``window`` lines either side, the line itself left out."""
    padded = np.vstack([np.zeros((1, values.shape[1])), np.cumsum(values, axis=0)])
    total = len(values)
    idx = np.arange(total)
    lo, hi = np.maximum(idx - window, 0), np.minimum(idx + window + 1, total)
    sums = padded[hi] - padded[lo] - values
    return np.asarray(sums / np.maximum(hi - lo - 1, 1)[:, None])
