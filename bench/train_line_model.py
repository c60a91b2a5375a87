"""Fit the line model (article line or page furniture) and cross-validate it by site.

Data: the scraped-real dev pages (``text/``, labels from the gold body) and newsdev's
plain-text articles (labels: the lines retold's cleaner keeps, which score 1.00 on
newsdev's gold).  Cross-validation folds by site/outlet, so no page is scored by a
model fitted on its own layout.  Writes ``src/retold/data/line_model.json`` with --write.

    .venv/bin/python bench/train_line_model.py --shared ../shared [--write]
"""

from __future__ import annotations

import argparse
import json
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

from retold.clean import clean_document, region
from retold.clean.furniture import default_rules, normalize
from retold.clean.lines import FEATURES, line_features
from retold.clean.region import (
    SECOND_WINDOWS,
    LineModel,
    StackedModel,
    model_from_json,
    second_features,
    write_model,
)
from retold.clean.text import clean_text, unwrap
from retold.eval.pages import PageScores, score_page
from retold.ingest import read_all
from retold.records import RawDocument, Rejected

MODEL = Path(__file__).resolve().parents[1] / "src/retold/data/line_model.json"


@dataclass
class Page:
    name: str
    group: str
    lines: list[str]
    labels: np.ndarray
    raw: RawDocument | None = None  # page gold only: the page, scored end to end
    label: dict[str, Any] | None = None


def _squash(text: str) -> str:
    return "".join(text.split())


def page_lines(text: str) -> list[str]:
    return [normalize(line) for line in unwrap(text).split("\n") if line.strip()]


def scraped_pages(shared: Path) -> list[Page]:
    folder = shared / "eval/scraped-real"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"]
    pages = []
    for name, label in sorted(gold.items()):
        raw = next(iter(read_all([folder / "text" / name], 50_000_000)))
        assert isinstance(raw, RawDocument)
        lines = page_lines(raw.content)
        body = _squash(label["body"])
        paras = {_squash(p) for p in label["body"].split("\n") if p.strip()}
        labels = np.array(
            [
                (_squash(ln) in body) if len(ln.split()) >= 4 else (_squash(ln) in paras)
                for ln in lines
            ],
            dtype=float,
        )
        host = urlsplit(label["url"]).hostname or name
        pages.append(Page(name, host.removeprefix("www."), lines, labels, raw, label))
    return pages


def newsdev_pages(shared: Path) -> list[Page]:
    folder = shared / "eval/newsdev"
    gold = json.loads((folder / "gold.json").read_text(encoding="utf-8"))["articles"]
    rules = default_rules()
    pages = []
    for raw in read_all([folder / "corpus"], 50_000_000):
        if isinstance(raw, Rejected) or raw.format != "text":
            continue
        path = Path(raw.origin.path)
        lines = page_lines(raw.content)
        kept = {normalize(line.text) for line in clean_text("\n".join(lines), rules).kept}
        labels = np.array([line in kept for line in lines], dtype=float)
        outlet = str(gold.get(path.name, {}).get("outlet") or path.name)
        pages.append(Page(path.name, "newsdev:" + outlet, lines, labels))
    return pages


def fit(pages: list[Page]) -> StackedModel:
    """The first model on every page; the second on the first's out-of-fold scores
    (by site, as it will meet pages whose layout it has not seen)."""
    rules = default_rules()
    xs = [line_features(p.lines, rules) for p in pages]
    ys = [p.labels for p in pages]
    first = _fit_trees(xs, ys, FEATURES)
    scores: list[np.ndarray] = [np.zeros(0)] * len(pages)
    groups = [p.group for p in pages]
    for train, test in GroupKFold(4).split(pages, groups=groups):
        inner = _fit_trees([xs[i] for i in train], [ys[i] for i in train], FEATURES)
        for i in test:
            scores[i] = inner.probabilities(xs[i])
    second_names = (*FEATURES, "first", *(f"first@{w}" for w in SECOND_WINDOWS))
    seconds = [second_features(x, o) for x, o in zip(xs, scores, strict=True)]
    return StackedModel(first, _fit_trees(seconds, ys, second_names))


def _fit_trees(xs: list[np.ndarray], ys: list[np.ndarray], names: tuple[str, ...]) -> LineModel:
    clf = HistGradientBoostingClassifier(
        max_iter=150, learning_rate=0.1, max_leaf_nodes=15, class_weight="balanced", random_state=0
    )
    clf.fit(np.vstack(xs), np.concatenate(ys))
    return _export(clf, names)


def _export(clf: HistGradientBoostingClassifier, names: tuple[str, ...]) -> LineModel:
    """The fitted trees as arrays (a leaf's children point at itself)."""
    trees = []
    for (predictor,) in clf._predictors:
        nodes = predictor.nodes
        own = np.arange(len(nodes))
        leaf = nodes["is_leaf"].astype(bool)
        trees.append(
            {
                "feature": np.where(leaf, 0, nodes["feature_idx"]).tolist(),
                "threshold": np.where(leaf, 0.0, nodes["num_threshold"]).tolist(),
                "left": np.where(leaf, own, nodes["left"]).tolist(),
                "right": np.where(leaf, own, nodes["right"]).tolist(),
                "value": np.where(leaf, nodes["value"], 0.0).tolist(),
                "depth": int(nodes["depth"].max()) + 1,
            }
        )
    return model_from_json(
        {
            "features": list(names),
            "baseline": float(np.ravel(clf._baseline_prediction)[0]),
            "depth": max(t["depth"] for t in trees),
            "trees": trees,
        }
    )


def cross_validate(pages: list[Page], folds: int = 5) -> dict[str, float]:
    """Every dev page cleaned end to end (``clean_document``) by a model fitted on the
    other sites' pages, scored as ``retold eval clean`` scores it."""
    groups = [p.group for p in pages]
    rules = default_rules()
    scores = PageScores()
    for train, test in GroupKFold(folds).split(pages, groups=groups):
        region.line_model = partial(lambda m: m, fit([pages[i] for i in train]))
        for i in test:
            page = pages[i]
            if page.raw is None:
                continue
            article = clean_document(page.raw, rules)
            scores.add("pages_found", float(not isinstance(article, Rejected)))
            if isinstance(article, Rejected):
                continue
            score_page(scores, page.name, page.label, article)
    return scores.scores()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--write", action="store_true", help="write the fitted model")
    args = parser.parse_args()
    pages = scraped_pages(args.shared) + newsdev_pages(args.shared)
    scores = cross_validate(pages)
    print(json.dumps({k: round(v, 4) for k, v in scores.items()}))
    if args.write:
        write_model(fit(pages), MODEL, scores)
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
