"""Fidelity grades: an occurrence against the original wording, with the evidence."""

from __future__ import annotations

import pytest

from retold.compare import grade, load_vocabulary
from retold.compare.words import Vocabulary, stem, words

ORIGINAL = (
    "This fire is moving faster than anything we have seen in this valley in twenty years, "
    "and we will not wait for it to reach the highway before we move people out."
)


@pytest.fixture(scope="module")
def vocabulary() -> Vocabulary:
    return load_vocabulary()


GRADES = [
    pytest.param(ORIGINAL, ORIGINAL.replace("we move", "we  move"), "verbatim", id="identical"),
    pytest.param(
        "I locked the door and I didn’t look back.",
        "I locked the door and I didn't look back,",
        "verbatim",
        id="apostrophe-and-final-comma",
    ),
    pytest.param(
        ORIGINAL,
        "This fire is moving faster than anything we have seen in this valley in 20 years,",
        "edited",
        id="truncation-and-numerals",
    ),
    pytest.param(
        "We've got one bridge, one road out, and I want everyone across that bridge by nine "
        "o'clock tonight.",
        "We’ve got one bridge, one road out, and I wanted everyone across that bridge by nine "
        "o’clock,",
        "edited",
        id="tense-and-dropped-word",
    ),
    pytest.param(
        "Two years of my life for something I never knowingly took. I will be back, and I "
        "will be faster.",
        "Two years of my life for a thing I never took on purpose. I will return, and I will "
        "be quicker",
        "paraphrased",
        id="re-translation",
    ),
]


@pytest.mark.parametrize(("original", "occurrence", "expected"), GRADES)
def test_grades(original: str, occurrence: str, expected: str, vocabulary: Vocabulary) -> None:
    result = grade(original, occurrence, vocabulary)
    assert result.fidelity == expected
    assert result.alterations == ()


def test_reported_speech_is_at_best_paraphrased(vocabulary: Vocabulary) -> None:
    result = grade(ORIGINAL, "the fire was moving faster than anything seen", vocabulary, True)
    assert result.fidelity == "paraphrased"


ALTERED = [
    pytest.param(
        ORIGINAL,
        ORIGINAL.replace("will not wait", "will wait"),
        "negation",
        "negation 'not' dropped",
        id="negation-dropped",
    ),
    pytest.param(
        "Forty-one passengers are in hospital, and six of them are in a serious condition.",
        "Forty-one passengers are in hospital, and sixteen of them are in a serious condition,",
        "number",
        "6 became 16",
        id="number-changed",
    ),
    pytest.param(
        "Deputies chased him for 30 miles, through a construction zone, before he stopped.",
        "Deputies chased him for 80km, through a construction zone, before he stopped.",
        "number",
        "30 became 80",
        id="converted-unit-but-another-quantity",
    ),
    pytest.param(
        "The new dock will cost £30 million, and the port will pay for half of it.",
        "The new dock will cost £3 million, and the port will pay for half of it.",
        "number",
        "30000000 became 3000000",
        id="millions-printed-in-full",
    ),
    pytest.param(
        "It is a good communique, but it is a communique. Nothing in it obliges anyone to "
        "dredge a single metre.",
        "It is a good communique.",
        "truncation",
        "cut before the counterpoint 'but it is a communique'",
        id="cut-before-but",
    ),
    pytest.param(
        "Our case was never that she meant to cheat. Our case was that a prohibited substance "
        "was in her sample.",
        "Our case was never that she meant to cheat,",
        "truncation",
        "cut before the correction 'Our case was that a prohibited substance was in her sample'",
        id="cut-before-correction",
    ),
    pytest.param(
        "We do not expect the bridge to reopen before the weekend, and drivers should plan "
        "around that.",
        "We expect the bridge to reopen before the weekend, and drivers should plan around that.",
        "negation",
        "negation 'not' dropped",
        id="negation-dropped-with-its-auxiliary",
    ),
    pytest.param(
        "The clinic will shut in May unless the health board finds another doctor, and "
        "patients will hear by letter.",
        "The clinic will shut in May,",
        "truncation",
        "cut before the condition 'unless the health board finds another doctor'",
        id="cut-before-unless",
    ),
]


@pytest.mark.parametrize(("original", "occurrence", "kind", "detail"), ALTERED)
def test_altered_needs_explicit_evidence(
    original: str, occurrence: str, kind: str, detail: str, vocabulary: Vocabulary
) -> None:
    result = grade(original, occurrence, vocabulary)
    assert result.fidelity == "altered"
    assert [(a.kind, a.detail) for a in result.alterations] == [(kind, detail)]
    assert any(op.op != "equal" for op in result.diff) or kind == "truncation"


NOT_ALTERED = [
    pytest.param(
        ORIGINAL,
        "the fire was moving faster than anything seen in the valley in two decades",
        id="twenty-years-two-decades-is-no-number-change",
    ),
    pytest.param(
        "We are not ruling anything out, including a fault in the track.",
        "a fault in the track has not been ruled out",
        id="negation-kept-in-other-words",
    ),
    pytest.param(
        "We asked for an acquittal and we got half of one. Katya will run again.",
        "We asked for an acquittal and we got half of one,",
        id="cut-without-counterpoint",
    ),
    pytest.param(
        "We are not going back. Not for a bonus that is smaller than last time.",
        "We are not going back,",
        id="cut-before-more-of-the-same",
    ),
    pytest.param(
        "Deputies chased him for 30 miles, through a construction zone, before he stopped.",
        "Deputies chased him for 48km, through a construction zone, before he stopped.",
        id="miles-converted-to-km",
    ),
    pytest.param(
        "She died at 6:41pm this evening in a hospital in the city, her agent said.",
        "She died at 18:41 this evening in a hospital in the city, her agent said.",
        id="time-on-the-24-hour-clock",
    ),
]


@pytest.mark.parametrize(("original", "occurrence"), NOT_ALTERED)
def test_not_altered(original: str, occurrence: str, vocabulary: Vocabulary) -> None:
    assert grade(original, occurrence, vocabulary).fidelity != "altered"


def test_diff_is_word_level_and_shows_the_change(vocabulary: Vocabulary) -> None:
    result = grade("six of them are hurt", "sixteen of them are hurt", vocabulary)
    assert [(op.op, op.original, op.occurrence) for op in result.diff] == [
        ("replace", "six", "sixteen"),
        ("equal", "of them are hurt", "of them are hurt"),
    ]


@pytest.mark.parametrize(
    ("text", "norms"),
    [
        ("Forty-one passengers", ["#41", "passengers"]),
        ("four thousand metres", ["#4000", "metres"]),
        ("4,000 metres", ["#4000", "metres"]),
        ("didn't", ["did", "not"]),
        ("can't", ["can", "not"]),
    ],
)
def test_words_normalise(text: str, norms: list[str], vocabulary: Vocabulary) -> None:
    assert [w.norm for w in words(text, vocabulary)] == norms


@pytest.mark.parametrize(
    ("a", "b"),
    [("countries", "country"), ("taking", "take"), ("individually", "individual")],
)
def test_stem_joins_inflections(a: str, b: str) -> None:
    assert stem(a) == stem(b)
