"""The gold file of a probe corpus (examples/gold.json's schema), shared by the probe
build scripts (eval/probe*/build_gold.py): its meta block and counts, written as JSON."""

from __future__ import annotations

import collections
import json
from pathlib import Path
from typing import Any


def write_gold(
    here: Path,
    *,
    name: str,
    description: str,
    schema: str,
    outlets: dict[str, Any],
    articles: dict[str, Any],
    stories: dict[str, Any],
    quotes: list[dict[str, Any]],
    dup_groups: dict[str, Any] | None = None,
    by_format: dict[str, int] | None = None,
) -> None:
    """Write ``here``/gold.json: the corpus's articles, stories, duplicate groups and
    quotes under a meta block that counts them (files under ``here``/corpus; every
    article a .txt unless ``by_format`` says otherwise)."""
    groups = dup_groups or {}
    occ = [x for q in quotes for x in q["occurrences"]]
    meta = {
        "name": name,
        "version": 1,
        "language": "en",
        "description": description,
        "counts": {
            "files": sum(1 for p in (here / "corpus").rglob("*") if p.is_file()),
            "articles": len(articles),
            "rejected_files": 0,
            "rejected_records": 0,
            "by_format": by_format or {"txt": len(articles)},
            "stories": len(stories),
            "dup_groups": len(groups),
            "quotes": len(quotes),
            "quote_occurrences": len(occ),
            "occurrences_by_fidelity": dict(collections.Counter(x["fidelity"] for x in occ)),
        },
        "outlets": outlets,
        "foreign_sources_credited": {},
        "toponym_variants": [],
        "conventions": {"schema": schema},
        "files_rejected": [],
        "records_rejected": [],
    }
    gold = {"meta": meta, "articles": articles, "stories": stories, "dup_groups": groups}
    gold["quotes"] = quotes
    text = json.dumps(gold, ensure_ascii=False, indent=1) + "\n"
    (here / "gold.json").write_text(text, encoding="utf-8")
