"""Nested cross-validation of story clustering over ECB+ dev topics (1-35).

The honest figure for stories: every number printed under "outer" is measured on
topics that took no part in any choice made for it.

* Outer split ``outer-5x7``: topic t goes to outer fold ``t % 5`` (fold 0 holds
  5, 10, ..., 35).  Each outer fold's seven topics are clustered together, as one
  corpus, by a procedure chosen on the other 28 topics alone.
* Inner split ``inner-4``: those 28 topics, in order, go to inner fold ``k % 4``.
  For every candidate -- a variant (``VARIANTS``: StoryOptions overrides, such as a
  rule switched off) and a clustering threshold (``THRESHOLDS``) -- the pair model
  is fitted on three inner folds and the fourth is clustered and scored; the
  candidate with the best mean inner B-cubed F1 wins (ties: the earlier variant,
  then the higher threshold).
* The winner's model is refitted on all 28 topics and the outer fold is scored.

Printed: each outer fold's choice and B-cubed P/R/F1, the pooled B-cubed over all
outer-fold articles (each fold clustered on its own, labels kept apart), and, on
the last line, what the same selection picks on all 35 topics (the shipped default
should be that choice; its inner score is no test figure).

Deterministic: fixed splits, no sampling; the logistic fit is deterministic (lbfgs).

    .venv/bin/python bench/stories_cv.py --shared ../shared [--variants base,no-silence]
        [--no-dates] [--errors] [--design FOLD]

``--no-dates`` removes every article's publication date before anything is computed
(feeds and scrapes without dates): F1 should not collapse.  ``--design FOLD`` prints
only the errors inside outer fold FOLD's training topics (its inner folds): what a
session designing a rule may read while FOLD's topics stay unseen.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

from train_story_model import DEFAULT_FEATURES, THRESHOLDS, edge_table, load_topics

from retold.eval.stories import bcubed
from retold.link.headlines import HeadlineOptions
from retold.link.model import FEATURES, StoryModel
from retold.link.stories import (
    StoryOptions,
    date_refs,
    effective_days,
    group,
    pair_probabilities,
)
from retold.records import Article

TOPICS = tuple(range(1, 36))
OUTER = 5
INNER = 4
OFF = float("inf")

# Candidate procedures the inner folds choose among.  "base" is today's defaults.
# A variant may name the model's features ("features", from ``model.FEATURES``); the rest
# are StoryOptions fields.
VARIANTS: dict[str, dict[str, Any]] = {
    "base": {},
    "no-date-refs": {"date_references": False, "subject_bridge": False},  # silence rule before
    "no-subject-bridge": {"subject_bridge": False},
    "no-silence": {"max_silence_days": 1e9},
    "no-headline-rule": {"headlines": HeadlineOptions(bridge=0.0)},
    "neighbours": {"features": FEATURES},
    "no-adopt": {"adopt_singletons": False, "headline_scale": 1.0},
    "no-adopt-no-silence": {
        "adopt_singletons": False,
        "max_silence_days": 1e9,
        "headline_scale": 1.0,
    },
    "silence-bridge-0.4": {"silence_bridge": 0.4},
    "silence-bridge-0.3": {"silence_bridge": 0.3},
    "silence-90": {"max_silence_days": 90.0},
    "headline-1.0": {"headline_scale": 1.0},  # the rules before headline_scale
    "headline-0.8": {"headline_scale": 0.8},
    "headline-0.6": {"headline_scale": 0.6},
    "headline-0.4": {"headline_scale": 0.4},
    "chain": {"chain_headlines": True, "headline_scale": 1.0},
    "chain-0.6": {"chain_headlines": True, "headline_scale": 0.6},
    "no-undated-dates": {"undated_gap_days": OFF},  # undated texts' named days ignored
}


@dataclass
class Prepared:
    """One corpus (a set of topics) with its edges, ready to fit or cluster."""

    corpus: Any
    edges: Any
    has_body: Any
    labels: dict[str, str]


class Data:
    """Every ECB+ dev article, cleaned once; corpora over topic sets built on demand."""

    def __init__(self, shared: Path, undated: bool = False) -> None:
        self.articles, self.labels = load_topics(shared, set(TOPICS))
        if undated:  # every publication date removed: what is left when feeds carry none
            self.articles = [replace(a, published=None) for a in self.articles]
        self.titles = {
            a.id: (a.published or "-", bool(a.body.strip()), a.title or "") for a in self.articles
        }
        self.cache: dict[tuple[int, ...], Prepared] = {}

    def corpus(self, topics: Sequence[int], options: StoryOptions) -> Prepared:
        """The corpus of ``topics`` (cached by topics: no variant changes the graph)."""
        topic_key = tuple(sorted(topics))
        if topic_key not in self.cache:
            chosen = set(topics)
            pick: list[Article] = [a for a in self.articles if _topic(self.labels[a.id]) in chosen]
            corpus, edges, has_body = edge_table(pick, options)
            labels = {a.id: self.labels[a.id] for a in pick}
            self.cache[topic_key] = Prepared(corpus, edges, has_body, labels)
        return self.cache[topic_key]


def _topic(label: str) -> int:
    return int(label.rstrip("ab"))


def fit(parts: Sequence[Prepared], names: tuple[str, ...] = DEFAULT_FEATURES) -> StoryModel:
    """The pair model fitted on the edges of ``parts`` (each a corpus of its own)."""
    from sklearn.linear_model import LogisticRegression

    columns = [FEATURES.index(n) for n in names]
    x = np.concatenate([p.edges.features[:, columns] for p in parts])
    y = np.concatenate(
        [
            [
                p.labels[p.corpus.ids[a]] == p.labels[p.corpus.ids[b]]
                for a, b in zip(p.edges.a, p.edges.b, strict=True)
            ]
            for p in parts
        ]
    )
    lr = LogisticRegression(C=1.0, max_iter=5000).fit(x, y)
    weights = tuple(float(w) for w in lr.coef_[0])
    return StoryModel(names, weights, float(lr.intercept_[0]), 0.5)


def cluster(part: Prepared, options: StoryOptions) -> dict[str, int]:
    """Article id -> cluster number, clustered as production clusters."""
    corpus, edges = part.corpus, part.edges
    day = effective_days(edges, corpus.published, options.duplicate_cosine)
    refs = date_refs(corpus)
    p = pair_probabilities(edges, day, refs, options)
    names = (corpus.headline_names, corpus.names)
    clusters = group(len(corpus.ids), edges.a, edges.b, p, options, day, names, part.has_body, refs)
    return {corpus.ids[i]: k for k, c in enumerate(clusters) for i in c}


def options_for(variant: str) -> StoryOptions:
    return StoryOptions(**{k: v for k, v in VARIANTS[variant].items() if k != "features"})


def features_for(variant: str) -> tuple[str, ...]:
    names: tuple[str, ...] = VARIANTS[variant].get("features", DEFAULT_FEATURES)
    return names


def select(data: Data, topics: Sequence[int], variants: Sequence[str]) -> tuple[str, float, float]:
    """(variant, threshold, mean inner F1) chosen by ``INNER``-fold CV over ``topics``."""
    folds = [[t for k, t in enumerate(topics) if k % INNER == f] for f in range(INNER)]
    best: tuple[float, int, float, str] | None = None
    for rank, variant in enumerate(variants):
        base = options_for(variant)
        table = []
        for fold in folds:
            train = [data.corpus([t for t in topics if t not in fold], base)]
            model = fit(train, features_for(variant))
            held = data.corpus(fold, base)
            row = []
            for t in THRESHOLDS:
                opts = replace(base, model=replace(model, threshold=t))
                row.append(bcubed(cluster(held, opts), held.labels)["f1"])
            table.append(row)
        mean = np.mean(table, axis=0)
        for k, t in enumerate(THRESHOLDS):
            key = (round(float(mean[k]), 4), -rank, t, variant)
            if best is None or key > best:
                best = key
    assert best is not None
    return best[3], best[2], best[0]


def design(data: Data, fold: int, variants: Sequence[str]) -> None:
    """Print the errors of the inner folds of outer fold ``fold`` (its 28 training topics
    only, each inner fold clustered by the procedure chosen on those topics, the model
    fitted on the other three inner folds): the errors to read while designing a rule,
    so that the outer fold ``fold`` stays unseen."""
    topics = [t for t in TOPICS if t % OUTER != fold]
    variant, threshold, inner_f1 = select(data, topics, variants)
    print(f"design on outer fold {fold}'s training topics {topics}")
    print(f"chosen: {variant} @ {threshold:.2f} (inner F1 {inner_f1:.4f})")
    base = options_for(variant)
    for k in range(INNER):
        held_topics = [t for j, t in enumerate(topics) if j % INNER == k]
        train = data.corpus([t for t in topics if t not in held_topics], base)
        model = replace(fit([train], features_for(variant)), threshold=threshold)
        held = data.corpus(held_topics, base)
        got = cluster(held, replace(base, model=model))
        scores = bcubed(got, held.labels)
        print(
            f"inner fold {k} topics {held_topics}: P {scores['precision']:.4f} "
            f"R {scores['recall']:.4f} F1 {scores['f1']:.4f}"
        )
        print_errors(k, held, got, data.titles)


def outer(data: Data, variants: Sequence[str], show_errors: bool = False) -> dict[str, Any]:
    """Nested CV: per outer fold the choice and its scores; pooled scores over all folds."""
    pred: dict[str, str] = {}
    folds = []
    for f in range(OUTER):
        test = [t for t in TOPICS if t % OUTER == f]
        train = [t for t in TOPICS if t % OUTER != f]
        variant, threshold, inner_f1 = select(data, train, variants)
        base = options_for(variant)
        model = fit([data.corpus(train, base)], features_for(variant))
        model = replace(model, threshold=threshold)
        held = data.corpus(test, base)
        got = cluster(held, replace(base, model=model))
        pred.update({i: f"{f}:{c}" for i, c in got.items()})
        scores = bcubed(got, held.labels)
        if show_errors:
            print_errors(f, held, got, data.titles)
        folds.append(
            {
                "fold": f,
                "topics": test,
                "variant": variant,
                "threshold": threshold,
                "inner_f1": inner_f1,
                **scores,
            }
        )
    pooled = bcubed(pred, data.labels)
    return {
        "split": f"outer-{OUTER}x7 (topic % {OUTER}), inner-{INNER}",
        "folds": folds,
        "pooled": pooled,
        "mean_f1": float(np.mean([x["f1"] for x in folds])),
    }


def print_errors(
    fold: int, part: Prepared, got: dict[str, int], titles: dict[str, tuple[str, bool, str]]
) -> None:
    """Each gold story split over several clusters, and each cluster mixing gold stories,
    with its articles' publication dates, body flags and titles (a diagnostic)."""
    by_gold: dict[str, dict[int, list[str]]] = {}
    for i, label in part.labels.items():
        by_gold.setdefault(label, {}).setdefault(got[i], []).append(i)
    for label in sorted(by_gold, key=_label_key):
        pieces = sorted(by_gold[label].values(), key=len, reverse=True)
        if len(pieces) < 2:
            continue
        print(f"[fold {fold}] split {label}: {'+'.join(str(len(x)) for x in pieces)}")
        for k, piece in enumerate(pieces):
            for i in sorted(piece):
                day, body, title = titles[i]
                print(f"    {k} {i:14} {day[:10]:10} {'B' if body else 'H'} {title[:90]}")
    by_cluster: dict[int, set[str]] = {}
    for i, c in got.items():
        by_cluster.setdefault(c, set()).add(part.labels[i])
    for _, labels in sorted(by_cluster.items()):
        if len(labels) > 1:
            print(f"[fold {fold}] merged {', '.join(sorted(labels, key=_label_key))}")


def _label_key(label: str) -> tuple[int, str]:
    return (_topic(label), label[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument(
        "--variants", default=",".join(VARIANTS), help="candidates, comma-separated"
    )
    parser.add_argument("--json", action="store_true")
    parser.add_argument(
        "--no-dates", action="store_true", help="remove every article's publication date first"
    )
    parser.add_argument(
        "--errors",
        action="store_true",
        help="print the split and merged gold stories per outer fold",
    )
    parser.add_argument(
        "--design",
        type=int,
        metavar="FOLD",
        help="print only the inner-fold errors on outer fold FOLD's training topics",
    )
    args = parser.parse_args(argv)
    variants = args.variants.split(",")
    data = Data(args.shared, undated=args.no_dates)
    if args.design is not None:
        design(data, args.design, variants)
        return 0
    result = outer(data, variants, args.errors)
    result["chosen_on_all"] = select(data, list(TOPICS), variants)
    if args.json:
        print(json.dumps(result, indent=2))
        return 0
    dates = "removed" if args.no_dates else "as cleaned"
    print(f"split: {result['split']}; publication dates {dates}; candidates: {', '.join(variants)}")
    for x in result["folds"]:
        print(
            f"outer fold {x['fold']} topics {x['topics']}: {x['variant']} @ {x['threshold']:.2f} "
            f"(inner F1 {x['inner_f1']:.4f})  P {x['precision']:.4f} R {x['recall']:.4f} "
            f"F1 {x['f1']:.4f}  n {int(x['items'])}"
        )
    p = result["pooled"]
    print(
        f"outer pooled B-cubed: P {p['precision']:.4f} R {p['recall']:.4f} F1 {p['f1']:.4f} "
        f"(n {int(p['items'])}); mean of fold F1 {result['mean_f1']:.4f}"
    )
    v, t, f1 = result["chosen_on_all"]
    print(f"chosen on all 35 topics (not a test figure): {v} @ {t:.2f}, inner F1 {f1:.4f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
