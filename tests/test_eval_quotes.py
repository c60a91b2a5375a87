"""``retold eval quotes``: end to end by default, the oracle mode on request.

Run on the example corpus (in the repository), so it never skips for want of data.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from helpers import RunCli
from retold.analyze.lexicon import load_lexicon
from retold.errors import UsageError
from retold.eval.gold import load_gold
from retold.eval.predict import Prediction, oracle_prediction, pipeline_prediction
from retold.eval.quotes import _find_spans, run, same_speaker, unnamed_source

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
GOLD, CORPUS = EXAMPLES / "gold.json", EXAMPLES / "corpus"


@pytest.fixture(scope="module")
def pipeline() -> Prediction:
    try:
        return pipeline_prediction([CORPUS])
    except UsageError as exc:  # no spaCy model
        pytest.skip(str(exc))


@pytest.fixture(scope="module")
def oracle() -> Prediction:
    try:
        return oracle_prediction(load_gold(GOLD), [CORPUS])
    except UsageError as exc:
        pytest.skip(str(exc))


def test_end_to_end_groups_inside_retolds_own_stories(pipeline: Prediction) -> None:
    assert pipeline.mode == "pipeline"
    assert pipeline.groups and all((g.story or "").startswith("story-") for g in pipeline.groups)


def test_oracle_groups_inside_the_gold_stories(oracle: Prediction) -> None:
    stories = set(load_gold(GOLD).raw["stories"])
    assert oracle.mode == "oracle"
    assert oracle.groups and {g.story for g in oracle.groups} <= stories


@pytest.mark.parametrize("mode", ["pipeline", "oracle"])
def test_uncredited_copy_found_either_way(
    mode: str, pipeline: Prediction, oracle: Prediction
) -> None:
    predicted = pipeline if mode == "pipeline" else oracle
    scores = run(load_gold(GOLD), CORPUS, predicted)
    assert scores.mode == mode
    found = scores.scores()
    assert (found["uncredited_precision"], found["uncredited_recall"]) == (1.0, 1.0)


def test_cli_says_which_mode(run_cli: RunCli) -> None:
    done = run_cli("eval", "quotes", "--gold", GOLD, CORPUS, "--oracle-stories", "--json")
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout)
    assert report["mode"] == "oracle"
    assert report["scores"]["uncredited_precision"] == 1.0


@pytest.mark.parametrize(
    ("predicted", "gold", "key", "expected"),
    [
        (
            "Jennifer Palmieri",
            "Clinton's communications director, Jennifer Palmieri",
            "Palmieri",
            True,
        ),
        (
            "Hillary Clinton",
            "Clinton's communications director, Jennifer Palmieri",
            "Palmieri",
            True,
        ),
        ("Robby Mook", "Clinton's communications director, Jennifer Palmieri", "Palmieri", False),
        ("Ted Cruz", "Cruz", "Cruz", True),
        (None, "Cruz", "Cruz", False),
        ("Ted Cruz", "Rafael Cruz", None, False),  # without a key, names compare whole
        ("Ban Ki-moon", "Ban", "Ban", True),  # a family name printed first
        ("Hillary Clinton", "Hillary", "Hillary", True),  # a given name used alone
        ("Charles Elliott Jr.", "Elliott", "Elliott", True),
        ("Charles Elliott Jr.", "Elliott Jr.", None, False),  # without a key: whole names
    ],
)
def test_speaker_against_a_source_span(
    predicted: str | None, gold: str, key: str | None, expected: bool
) -> None:
    assert same_speaker(predicted, gold, key) is expected


@pytest.mark.parametrize(
    ("gold", "expected"),
    [
        ("a spokesman for the harbour board", True),
        ("One Northland Democrat", True),
        ("another senior aide", True),
        ("the harbour master", False),  # definite: someone the article may name
        ("Anya Lindqvist, a spokeswoman", False),
        ("Lindqvist", False),
        ("He\u00a0", True),  # a bare pronoun, whatever space follows it
        ("she", True),
        ("Her campaign manager", False),
    ],
)
def test_an_indefinite_or_pronoun_gold_source_names_no_one(gold: str, expected: bool) -> None:
    assert unnamed_source(gold, frozenset(load_lexicon().pronouns)) is expected


def test_split_quote_joined_in_the_gold_is_found_piece_by_piece() -> None:
    body = "“We will win,” Osei said. “Then we rebuild the pier.”"
    spans = _find_spans(body, {"text": "We will win,” “Then we rebuild the pier."})
    assert [body[a:b] for a, b in spans] == ["We will win,", "Then we rebuild the pier."]
