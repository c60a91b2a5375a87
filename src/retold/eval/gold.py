"""Gold files as they are: the newsdev schema (also used by examples/gold.json)."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from retold.errors import UsageError
from retold.records import Origin


@dataclass(frozen=True)
class Gold:
    """A gold file: per-article labels keyed as the file keys them, and outlet aliases."""

    path: Path
    articles: dict[str, dict[str, Any]]
    outlet_aliases: dict[str, str]  # any alias (casefolded, no leading "the") -> canonical
    raw: dict[str, Any]


def load_gold(path: Path) -> Gold:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read gold file {path}: {exc}") from exc
    if not isinstance(data, dict) or "articles" not in data:
        raise UsageError(f"{path} is not a gold file: no 'articles' object")
    aliases: dict[str, str] = {}
    outlets = {
        **data.get("meta", {}).get("outlets", {}),
        **data.get("meta", {}).get("foreign_sources_credited", {}),
    }
    for name, info in outlets.items():
        for alias in (name, *info.get("aliases", []), info.get("domain") or ""):
            if alias:
                aliases[outlet_key(alias)] = name
    return Gold(path, data["articles"], aliases, data)


def outlet_key(name: str) -> str:
    """Outlet names compare case-insensitively, ignoring a leading 'The'."""
    folded = " ".join(name.split()).casefold()
    return folded[4:] if folded.startswith("the ") else folded


def gold_key(origin: Origin, root: Path) -> str:
    """The gold key of an article read from under ``root``: 'file' or 'file#record'."""
    rel = os.path.relpath(origin.path, root).replace(os.sep, "/")
    return rel if origin.record is None else f"{rel}#{origin.record}"


def same_outlet(predicted: str | None, gold: str | None, aliases: dict[str, str]) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    p, g = outlet_key(predicted), outlet_key(gold)
    return p == g or aliases.get(p, p) == aliases.get(g, g)
