"""How the scoring commands print: score lines (with ``--misses``, every miss), or JSON."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any


def print_report(
    scores: Mapping[str, float],
    counts: Mapping[str, Any],
    misses: Sequence[str],
    *,
    as_json: bool,
    show_misses: bool,
    head: Mapping[str, str] | None = None,
) -> None:
    """``head`` (e.g. the mode) opens the report: first lines, or JSON keys."""
    if as_json:
        document = {**(head or {}), "scores": dict(scores), "counts": dict(counts)}
        document["misses"] = list(misses)
        print(json.dumps(document, indent=2, ensure_ascii=False))
        return
    for label, text in (head or {}).items():
        print(f"{label:<24} {text}")
    for name, value in scores.items():
        print(f"{name:<24} {value:.4f}")
    if show_misses:
        for miss in misses:
            print(f"  {miss}")
