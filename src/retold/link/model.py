"""The pair scorer for stories: a logistic model over similarity features, kept as data.

``data/story_model.toml`` holds the feature names, weights and intercept, the
clustering threshold and how they were obtained (``bench/train_story_model.py``
refits them on the tuning topics; the held-out topics never enter the fit).
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from importlib.resources import files
from typing import Any

import numpy as np
import numpy.typing as npt

FEATURES = (
    "cos_full",  # TF-IDF cosine, title + body, all channels
    "cos_names",  # names channel only
    "cos_numbers",  # numbers, weekdays, months and dates channel only
    "cos_title",  # titles only
    "scaled_1",  # cos_full / sqrt(sigma1_a * sigma1_b), sigma1 = cosine to the nearest neighbour
    "scaled_3",  # ... to the third nearest
    "rank_min",  # -log(1 + min(rank of b among a's neighbours, rank of a among b's))
    "rank_max",  # -log(1 + max(...))
    "shared_5",  # share of the five nearest neighbours a and b have in common
)


@dataclass(frozen=True)
class StoryModel:
    features: tuple[str, ...]
    weights: tuple[float, ...]
    intercept: float
    threshold: float  # average-linkage merge threshold on the pair probability
    trained_on: str = ""

    def probability(self, x: npt.NDArray[np.float32]) -> npt.NDArray[np.float64]:
        """P(same story) for each row of features (columns in ``FEATURES`` order)."""
        columns = [FEATURES.index(name) for name in self.features]
        z = x[:, columns].astype(np.float64) @ np.array(self.weights) + self.intercept
        result: npt.NDArray[np.float64] = 1.0 / (1.0 + np.exp(-z))
        return result


def load_model(name: str = "story_model") -> StoryModel:
    raw = files("retold.link").joinpath("data", f"{name}.toml").read_text(encoding="utf-8")
    return model_from_toml(raw)


def model_from_toml(raw: str) -> StoryModel:
    table: dict[str, Any] = tomllib.loads(raw)["model"]
    names = tuple(table["features"])
    unknown = [n for n in names if n not in FEATURES]
    if unknown:
        raise ValueError(f"unknown story features {unknown}; valid: {', '.join(FEATURES)}")
    return StoryModel(
        features=names,
        weights=tuple(float(w) for w in table["weights"]),
        intercept=float(table["intercept"]),
        threshold=float(table["threshold"]),
        trained_on=str(table.get("trained_on", "")),
    )
