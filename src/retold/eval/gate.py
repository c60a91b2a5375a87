"""The quality gate: run every eval suite, compare with the pinned floors, fail below them.

Floors live in ``eval/floors.json`` at the repository root.  Raising a floor is a
commit; lowering one needs a reason in the commit message.  Suites whose data is
not present (the shared evaluation sets) are reported as skipped.

    python -m retold.eval.gate [--shared ../shared] [--floors eval/floors.json]
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retold.errors import EvalGateError, UsageError
from retold.eval.clean import run_pipeline, score_clean
from retold.eval.coverage import coverage_suite
from retold.eval.events import event_dates_suite
from retold.eval.gold import load_gold
from retold.eval.pages import is_page_gold, score_pages
from retold.eval.quotes import oracle_quotes_suite, quotes_suite
from retold.eval.stories import ecbplus_later_suite, ecbplus_tuned_suite, newsdev_suite

Runner = Callable[[Path, Path], dict[str, float]]


@dataclass(frozen=True)
class SuiteResult:
    name: str
    scores: dict[str, float]
    failures: tuple[str, ...]
    skipped: str | None = None


def clean_suite(gold_path: Path, input_path: Path) -> dict[str, float]:
    """Clean scores against either gold schema (newsdev's, or the page schema)."""
    gold = load_gold(gold_path)
    articles, rejected = run_pipeline([input_path])
    if is_page_gold(gold):
        return score_pages(gold, articles, rejected).scores()
    return score_clean(gold, input_path, articles, rejected).scores()


RUNNERS: dict[str, Runner] = {
    "clean": clean_suite,
    "coverage": coverage_suite,
    "event-dates": event_dates_suite,
    "quotes": quotes_suite,
    "quotes-oracle": oracle_quotes_suite,
    "stories": newsdev_suite,
    "stories-ecb-later": ecbplus_later_suite,
    "stories-ecb-tuned": ecbplus_tuned_suite,
}


def run_suite(name: str, spec: dict[str, Any], shared: Path) -> SuiteResult:
    gold = Path(spec["gold"].format(shared=shared))
    data = Path(spec["input"].format(shared=shared))
    if not gold.exists() or not data.exists():
        return SuiteResult(name, {}, (), skipped=f"{gold if not gold.exists() else data} not found")
    runner = RUNNERS.get(spec["kind"])
    if runner is None:
        raise UsageError(
            f"suite {name}: unknown kind {spec['kind']!r}; valid: {', '.join(RUNNERS)}"
        )
    scores = runner(gold, data)
    failures = tuple(
        f"{name}.{metric} = {scores.get(metric, 0.0):.4f} < floor {floor:.4f}"
        for metric, floor in spec.get("floors", {}).items()
        if scores.get(metric, 0.0) < floor
    )
    return SuiteResult(name, scores, failures)


def run_gate(floors_path: Path, shared: Path, only: str | None = None) -> list[SuiteResult]:
    try:
        config = json.loads(floors_path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read floors file {floors_path}: {exc}") from exc
    return [
        run_suite(name, spec, shared)
        for name, spec in config["suites"].items()
        if only is None or name == only
    ]


def report(results: list[SuiteResult]) -> str:
    lines = []
    for result in results:
        if result.skipped:
            lines.append(f"{result.name:<22} skipped: {result.skipped}")
            continue
        for metric, value in result.scores.items():
            lines.append(f"{result.name:<22} {metric:<22} {value:.4f}")
        lines.extend(f"FAIL {f}" for f in result.failures)
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    parser.add_argument("--floors", type=Path, default=Path("eval/floors.json"))
    parser.add_argument("--suite", help="run only this suite")
    args = parser.parse_args(argv)
    results = run_gate(args.floors, args.shared, args.suite)
    print(report(results))
    failures = [f for r in results for f in r.failures]
    if failures:
        print(f"quality gate FAILED: {len(failures)} score(s) below floor", file=sys.stderr)
        return EvalGateError.exit_code
    print("quality gate passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
