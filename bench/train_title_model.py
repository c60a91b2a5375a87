"""Fit the headline-or-prose model (``retold.clean.titleshape``) and cross-validate it.

Data (every headline and paragraph is real text):
* headlines: the ``title`` of every ECB+ dev record (four words or more), the first
  acceptable title of every scraped-real dev page, every newsdev gold title;
* prose: the short paragraphs (8 to 45 words, ending in a full stop) that open the
  bodies: the first two of every ECB+ dev text, the first three of every scraped-real
  gold body, newsdev's first three ``body_must_contain`` sentences of eight words or more.

Cross-validation leaves one corpus out (ECB+, scraped-real, newsdev), so no line is
scored by a model fitted on its own corpus's style.  The threshold is the lowest
probability at which no left-out corpus takes more than 1.5% of its paragraphs for
headlines (a lede taken for a title loses the article its first paragraph).

Test, no choice made on it: PolNeAR's plain texts (train and dev), whose first line is
the headline with a full stop added.  Reported: the share of those first lines (8 words
or more: the ones the sentence rule took for prose) the model calls headlines, and the
share of their short opening paragraphs it calls headlines.

    .venv/bin/python bench/train_title_model.py --shared ../shared [--write]
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

import numpy as np
from sklearn.linear_model import LogisticRegression

from retold.clean.titleshape import FEATURES, headline_features

MODEL = Path(__file__).resolve().parents[1] / "src/retold/data/title_model.json"
THRESHOLDS = tuple(round(t, 2) for t in np.arange(0.5, 0.96, 0.05))
MAX_PROSE_AS_HEADLINE = 0.015


def _short_paragraphs(body: str) -> list[str]:
    return [
        p.strip()
        for p in body.replace("\r", "").split("\n")
        if 8 <= len(p.split()) <= 45 and p.strip().endswith(".")
    ]


def training_lines(shared: Path) -> tuple[list[str], list[int], list[str]]:
    """(line, 1 headline / 0 prose, corpus) over the three dev corpora."""
    rows: list[tuple[str, int, str]] = []
    ecb = shared / "eval/ecbplus-dev/articles.jsonl"
    for line in ecb.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if len((record.get("title") or "").split()) >= 4:
            rows.append((record["title"], 1, "ecb"))
        rows += [(p, 0, "ecb") for p in _short_paragraphs(record.get("text") or "")[:2]]
    scraped = json.loads((shared / "eval/scraped-real/gold.json").read_text(encoding="utf-8"))
    for label in scraped["articles"].values():
        rows += [(t, 1, "scraped") for t in label["titles"][:1]]
        rows += [(p, 0, "scraped") for p in _short_paragraphs(label["body"])[:3]]
    newsdev = json.loads((shared / "eval/newsdev/gold.json").read_text(encoding="utf-8"))
    for label in newsdev["articles"].values():
        if label.get("title"):
            rows.append((label["title"], 1, "newsdev"))
        for s in (label.get("body_must_contain") or [])[:3]:
            if len(s.split()) >= 8:
                rows.append((s if s.endswith(".") else s + ".", 0, "newsdev"))
    lines, labels, groups = zip(*rows, strict=True)
    return list(lines), list(labels), list(groups)


def _fit(x: np.ndarray, y: np.ndarray) -> LogisticRegression:
    return LogisticRegression(max_iter=5000).fit(x, y)


def cross_validate(x: np.ndarray, y: np.ndarray, g: np.ndarray) -> dict[str, np.ndarray]:
    """Out-of-corpus probabilities, one array per left-out corpus (its rows in order)."""
    return {
        held: _fit(x[g != held], y[g != held]).predict_proba(x[g == held])[:, 1]
        for held in sorted(set(g))
    }


def choose_threshold(y: np.ndarray, g: np.ndarray, out: dict[str, np.ndarray]) -> float:
    for t in THRESHOLDS:
        if all(
            ((p >= t) & (y[g == c] == 0)).sum() <= MAX_PROSE_AS_HEADLINE * (y[g == c] == 0).sum()
            for c, p in out.items()
        ):
            return t
    return THRESHOLDS[-1]


def polnear_test(shared: Path, model: LogisticRegression, threshold: float) -> dict[str, float]:
    firsts: list[str] = []
    paragraphs: list[str] = []
    for path in sorted(shared.glob("eval/polnear/*/text/*.txt")):
        paras = [p.strip() for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]
        first = paras[0].split("\n")[0] if paras else ""
        if len(first.split()) >= 8 and first.endswith("."):
            firsts.append(first)
        paragraphs += [p for p in paras[1:4] if 8 <= len(p.split()) <= 45 and p.endswith(".")]
    p_first = model.predict_proba(np.array([headline_features(t) for t in firsts]))[:, 1]
    p_para = model.predict_proba(np.array([headline_features(t) for t in paragraphs]))[:, 1]
    return {
        "first_lines": len(firsts),
        "first_lines_read_as_headlines": float((p_first >= threshold).mean()),
        "paragraphs": len(paragraphs),
        "paragraphs_read_as_headlines": float((p_para >= threshold).mean()),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--write", action="store_true", help="write the fitted model")
    args = parser.parse_args()
    lines, labels, groups = training_lines(args.shared)
    x = np.array([headline_features(t) for t in lines])
    y, g = np.array(labels), np.array(groups)
    out = cross_validate(x, y, g)
    threshold = choose_threshold(y, g, out)
    scores: dict[str, float] = {"threshold": threshold}
    for c, p in out.items():
        yc = y[g == c]
        scores[f"{c}_headlines_kept"] = float(
            ((p >= threshold) & (yc == 1)).sum() / (yc == 1).sum()
        )
        scores[f"{c}_prose_as_headline"] = float(
            ((p >= threshold) & (yc == 0)).sum() / (yc == 0).sum()
        )
    model = _fit(x, y)
    test = polnear_test(args.shared, model, threshold)
    print(json.dumps({"cross_validation": scores, "polnear_test": test}, indent=1))
    if args.write:
        data = {
            "features": list(FEATURES),
            "weights": [round(float(w), 6) for w in model.coef_[0]],
            "intercept": round(float(model.intercept_[0]), 6),
            "threshold": threshold,
            "cross_validation": {k: round(v, 4) for k, v in scores.items()},
            "polnear_test": {
                k: round(v, 4) if isinstance(v, float) else v for k, v in test.items()
            },
        }
        MODEL.write_text(json.dumps(data, indent=1) + "\n", encoding="utf-8")
        print(f"wrote {MODEL}")


if __name__ == "__main__":
    main()
