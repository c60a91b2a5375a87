"""Where the article is on a scraped page: the line model and the main region.

The line model is two boosted tree ensembles, fitted by ``bench/train_line_model.py``
(scikit-learn, a development dependency) and shipped as plain arrays in
``retold/data/line_model.json``, evaluated here with numpy alone.  The first scores
each line from ``clean/lines.py`` features; the second reads those features again with
the first's scores of the lines around (a paragraph among article lines is article, one
among comments is not).
The article is the one contiguous run of lines where the model's evidence for
"article" outweighs the evidence against (a maximum-sum segment), so a short
subheading inside the article stays and a long menu outside it goes.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import numpy as np

from retold.clean.furniture import RuleBook, ends_sentence, is_prose
from retold.clean.lines import line_features, neighbour_mean
from retold.data import load_data

THRESHOLD = 0.275  # a line counts for the region above this probability, against below it
BRIDGE = 1  # short lines a paragraph next to the article may sit across
MIN_LINES = 30  # a shorter text has no room for a page around its article
MIN_LABEL_SHARE = 0.25  # ... and one with fewer short labels (menus, links) is no page


@dataclass(frozen=True)
class LineModel:
    """Trees as padded arrays, one row per tree: a node's feature and threshold, its
    children (a leaf points at itself) and its value."""

    features: tuple[str, ...]
    baseline: float
    feature: np.ndarray
    threshold: np.ndarray
    left: np.ndarray
    right: np.ndarray
    value: np.ndarray
    depth: int

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        """P(article line) for each row of ``x``."""
        if len(x) == 0:
            return np.zeros(0)
        trees = np.arange(len(self.feature))[:, None]
        node = np.zeros((len(self.feature), len(x)), dtype=np.int64)
        rows = np.arange(len(x))[None, :]
        for _ in range(self.depth):
            goes_left = x[rows, self.feature[trees, node]] <= self.threshold[trees, node]
            node = np.where(goes_left, self.left[trees, node], self.right[trees, node])
        raw = self.baseline + self.value[trees, node].sum(axis=0)
        return np.asarray(1.0 / (1.0 + np.exp(-raw)))

    def as_json(self) -> dict[str, Any]:
        return {
            "features": list(self.features),
            "baseline": self.baseline,
            "depth": self.depth,
            "trees": [
                {
                    "feature": self.feature[t].tolist(),
                    "threshold": [round(float(v), 6) for v in self.threshold[t]],
                    "left": self.left[t].tolist(),
                    "right": self.right[t].tolist(),
                    "value": [round(float(v), 6) for v in self.value[t]],
                }
                for t in range(len(self.feature))
            ],
        }


def model_from_json(data: dict[str, Any]) -> LineModel:
    trees = data["trees"]
    width = max(len(t["feature"]) for t in trees)

    def padded(key: str, dtype: type) -> np.ndarray:
        out: np.ndarray = np.zeros((len(trees), width), dtype=dtype)
        for n, tree in enumerate(trees):
            out[n, : len(tree[key])] = tree[key]
        return out

    return LineModel(
        tuple(data["features"]),
        float(data["baseline"]),
        padded("feature", np.int64),
        padded("threshold", np.float64),
        padded("left", np.int64),
        padded("right", np.int64),
        padded("value", np.float64),
        int(data["depth"]),
    )


SECOND_WINDOWS = (1, 2, 4, 8, 16, 32)


def second_features(x: np.ndarray, first: np.ndarray) -> np.ndarray:
    """The second model's features: the line's own, the first model's score for it,
    and the mean score of the lines within each of ``SECOND_WINDOWS`` either side."""
    scores = first[:, None]
    return np.column_stack([x, first, *(neighbour_mean(scores, w) for w in SECOND_WINDOWS)])


@dataclass(frozen=True)
class StackedModel:
    """The line model: a first model over line features, a second over those and the
    first's scores around each line."""

    first: LineModel
    second: LineModel

    @property
    def features(self) -> tuple[str, ...]:
        return self.first.features

    def probabilities(self, x: np.ndarray) -> np.ndarray:
        if len(x) == 0:
            return np.zeros(0)
        return self.second.probabilities(second_features(x, self.first.probabilities(x)))

    def as_json(self) -> dict[str, Any]:
        return {"first": self.first.as_json(), "second": self.second.as_json()}


def stacked_from_json(data: dict[str, Any]) -> StackedModel:
    return StackedModel(model_from_json(data["first"]), model_from_json(data["second"]))


@cache
def line_model() -> StackedModel:
    return stacked_from_json(load_data("line_model.json"))


def write_model(model: StackedModel, path: Path, scores: dict[str, float]) -> None:
    """The model as JSON, with the cross-validated scores it was chosen on."""
    data = {"about": "bench/train_line_model.py; cross-validated by site", "cv": scores}
    data.update(model.as_json())
    path.write_text(json.dumps(data, separators=(",", ":")) + "\n", encoding="utf-8")


def article_lines(probs: np.ndarray, lines: list[str]) -> tuple[int, int]:
    """(start, end) of the run of lines that is most likely the article; (0, 0) when
    no line is more likely article than furniture.  Lines weigh by the square root
    of their length, so one paragraph outweighs one menu item."""
    weights = np.sqrt(np.array([max(len(line.split()), 1) for line in lines], dtype=float))
    gains = (probs - THRESHOLD) * weights
    best, best_span = 0.0, (0, 0)
    running, start = 0.0, 0
    for n, gain in enumerate(gains):
        if running <= 0:
            running, start = 0.0, n
        running += float(gain)
        if running > best:
            best, best_span = running, (start, n + 1)
    return best_span


def find_article(lines: list[str], rules: RuleBook) -> tuple[int, int]:
    """(start, end) of the article among a page's non-blank ``lines``: the most likely
    run, grown over the paragraphs that adjoin it and cut above a comment thread's
    heading; (0, 0) when no line reads as article.  A text that is no whole page
    (``is_page``) is all article: its header and footer zones are the plain-text
    cleaner's."""
    if not is_page(lines):
        return 0, len(lines)
    probs = line_model().probabilities(line_features(lines, rules))
    start, end = _grown(*article_lines(probs, lines), lines, rules)
    if end == 0:
        return 0, 0
    ends = (n for n in range(start + 1, end) if _ends_article(lines[n], rules))
    return start, next(ends, end)


def is_page(lines: list[str]) -> bool:
    """Whether ``lines`` read as a whole-page scrape: 30 lines or more, a quarter of
    them short labels (four words or fewer, no sentence: menus, links, buttons).  On
    the dev pages that share is 0.47 or more on all but one; in a news article's text,
    however long (ECB+, PolNeAR), 0.18 at most."""
    if len(lines) < MIN_LINES:
        return False
    labels = sum(len(line.split()) <= 4 and not ends_sentence(line) for line in lines)
    return labels >= MIN_LABEL_SHARE * len(lines)


def _ends_article(line: str, rules: RuleBook) -> bool:
    rule = rules.match(line, edge=False)
    return rule is not None and rule.ends_article


def _grown(start: int, end: int, lines: list[str], rules: RuleBook) -> tuple[int, int]:
    """The article's edge is not prose: a paragraph next to it, or across a few short
    lines (a caption, a "Read more" link), belongs to it."""
    if end == 0:
        return 0, 0

    def prose(n: int) -> bool:
        return is_prose(lines[n]) and rules.match(lines[n], edge=False) is None

    while True:
        before = [n for n in range(max(start - BRIDGE - 1, 0), start) if prose(n)]
        after = [n for n in range(end, min(end + BRIDGE + 1, len(lines))) if prose(n)]
        if not before and not after:
            return start, end
        start = before[0] if before else start
        end = after[-1] + 1 if after else end
