"""Does a line read as a headline or as a sentence of prose?

A short first paragraph ("Police closed the road on Monday after the crash.") and a
headline printed with a full stop ("Senator to shift staff, resources to Iowa.") look
alike by length and punctuation; what tells them apart is grammar.  Headlines drop
articles and grammar words, speak in the present ("Republicans ask DOJ to ..."), and
seldom carry pronouns, reporting verbs in the past or the day of the week; a lede keeps
them.  ``headline_features`` measures that over the words (the final full stop is left
out: it is the question, not the evidence) and a logistic model, fitted by
``bench/train_title_model.py`` on real headlines and real opening paragraphs, weighs
them (``data/title_model.json``: features, weights, the threshold).
"""

from __future__ import annotations

import math
import re
from functools import cache

from retold.data import load_data
from retold.lang import HEADLINE_WORDS

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_QUOTES = frozenset('"“”')

FEATURES = (
    "log_words",
    "capitalised",
    "articles",
    "grammar",
    "past",
    "ed_words",
    "opens_with_article",
    "digit",
    "commas",
    "early_colon",
    "quote_marks",
    "question",
    "when",
    "pronouns",
    "word_length",
)


def headline_features(text: str) -> list[float]:
    """The line's grammar, in the order of ``FEATURES`` (shares are over its words)."""
    text = text.strip().removesuffix(".")
    words = _WORD.findall(text)
    n = max(1, len(words))
    low = [w.casefold() for w in words]
    rest = words[1:] or ["x"]
    hw = HEADLINE_WORDS
    return [
        math.log(n),
        sum(w[:1].isupper() for w in rest) / len(rest),
        sum(w in hw.articles for w in low) / n,
        sum(w in hw.grammar for w in low) / n,
        sum(w in hw.past for w in low) / n,
        sum(w.endswith("ed") and not w[:1].isupper() for w in words) / n,
        float(bool(low) and low[0] in hw.articles),
        float(any(c.isdigit() for c in text)),
        text.count(",") / n,
        float(":" in text[: max(1, len(text) // 3)]),
        float(any(c in _QUOTES for c in text)),
        float(text.endswith("?")),
        sum(w in hw.when for w in low) / n,
        sum(w in hw.pronouns for w in low) / n,
        sum(len(w) for w in words) / n,
    ]


@cache
def _model() -> tuple[tuple[float, ...], float, float]:
    data = load_data("title_model.json")
    if tuple(data["features"]) != FEATURES:
        raise ValueError("data/title_model.json was fitted on other features")
    return tuple(data["weights"]), float(data["intercept"]), float(data["threshold"])


def headline_probability(text: str) -> float:
    """The model's probability that ``text`` is a headline rather than prose."""
    weights, intercept, _ = _model()
    z = intercept + sum(w * x for w, x in zip(weights, headline_features(text), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def reads_as_headline(text: str) -> bool:
    """Whether the model is sure enough ``text`` is a headline (its fitted threshold:
    a lede taken for a title loses the article its first paragraph)."""
    return headline_probability(text) >= _model()[2]
