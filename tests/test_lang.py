"""The shared language knowledge (``retold.lang``, read from ``data/lang/en.toml``)."""

from __future__ import annotations

import re

import pytest

from retold import lang

MONTHS = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


@pytest.mark.parametrize(("number", "name"), list(enumerate(MONTHS, 1)))
def test_every_month_name_has_its_number(number: int, name: str) -> None:
    assert lang.MONTHS[name.lower()] == number
    assert lang.MONTHS[name[:3].lower()] == number  # "jan", "may", "sep"
    assert re.fullmatch(lang.month_pattern(), name, re.I)


@pytest.mark.parametrize(("number", "name"), list(enumerate(WEEKDAYS, 1)))
def test_every_weekday_name_has_its_number(number: int, name: str) -> None:
    assert lang.WEEKDAYS[name.lower()] == number
    assert lang.WEEKDAYS[name[:3].lower()] == number
    assert re.fullmatch(lang.weekday_pattern(), name, re.I)


def test_names_and_short_forms_only() -> None:
    assert tuple(MONTHS) == lang.MONTH_NAMES
    assert tuple(WEEKDAYS) == lang.WEEKDAY_NAMES
    assert set(lang.MONTHS.values()) == set(range(1, 13))
    assert set(lang.WEEKDAYS.values()) == set(range(1, 8))
    assert lang.MONTHS["sept"] == 9 and lang.WEEKDAYS["thurs"] == 4
    assert "may" not in lang.MONTH_SHORT_FORMS  # May has no short form


@pytest.mark.parametrize(
    ("text", "is_month"),
    [("Sept", True), ("sep", True), ("DECEMBER", True), ("Mayor", False), ("Ju", False)],
)
def test_month_pattern(text: str, is_month: bool) -> None:
    assert bool(re.fullmatch(f"(?:{lang.month_pattern()})", text, re.I)) == is_month


def test_month_pattern_prefers_the_longest_form() -> None:
    found = re.match(lang.month_pattern(), "September 3", re.I)
    assert found is not None and found.group() == "September"


@pytest.mark.parametrize(
    "abbreviation", ["Mr.", "Dr.", "Gen.", "No.", "U.S.", "e.g.", "Jan.", "Sept.", "Tue.", "Thurs."]
)
def test_abbreviations_as_printed(abbreviation: str) -> None:
    assert abbreviation in lang.ABBREVIATIONS


@pytest.mark.parametrize("word", ["May.", "no.", "Sun", "mr."])
def test_not_abbreviations(word: str) -> None:
    assert word not in lang.ABBREVIATIONS  # case and the period matter


@pytest.mark.parametrize("word", ["not", "never", "no", "n't", "nobody", "cannot"])
def test_negations(word: str) -> None:
    assert word in lang.NEGATIONS


@pytest.mark.parametrize(
    ("table", "word", "value"),
    [
        (lang.NUMBER_WORDS, "zero", 0),
        (lang.NUMBER_WORDS, "twelve", 12),
        (lang.NUMBER_WORDS, "dozen", 12),
        (lang.NUMBER_WORDS, "billion", 1_000_000_000),
        (lang.ORDINAL_WORDS, "third", 3),
        (lang.FRACTION_WORDS, "half", 0.5),
        (lang.ROUGH_NUMBER_WORDS, "hundreds", 200),
    ],
)
def test_number_words(table: dict[str, float], word: str, value: float) -> None:
    assert table[word] == value


def test_contractions_open_to_a_negation() -> None:
    for contraction, opened in lang.CONTRACTIONS.items():
        assert opened.split()[-1] in lang.NEGATIONS, contraction


def test_knowledge_cannot_be_changed_by_a_reader() -> None:
    with pytest.raises(TypeError):
        lang.MONTHS["smarch"] = 13  # type: ignore[index]  # (read-only, as mypy also says)
