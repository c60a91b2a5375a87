"""Speaker outcomes by attribution shape, for a gold whose quotes carry a ``shape``.

    python bench/quote_diff.py dump eval/probe-uncued/corpus OUT.jsonl
    python bench/quote_shapes.py eval/probe-uncued/gold.json OUT.jsonl [--list]

Each gold quote is matched to the dumped quote of its article whose text holds its first
segment (or is held by it; an indirect quote holding it counts, as the scorer's overlap
does), and judged with the scorer's ``same_speaker``.  Outcomes: right,
wrong, missing (found, no speaker), unfound (no quote found: a scare quote, say).  "right,
other person" flags a right one whose predicted first name is not in the gold span (a wife, a
father): the surname key alone counts it right.  ``--list`` prints every quote not right.
"""

from __future__ import annotations

import argparse
import collections
import json
from pathlib import Path
from typing import Any

from retold.eval.quotes import same_speaker


def outcome(quote: dict[str, Any], dumped: list[dict[str, Any]]) -> tuple[str, str | None]:
    occ = quote["occurrences"][0]
    first = (occ.get("segments") or [occ["text"]])[0].strip()
    found = [
        d
        for d in dumped
        if d["origin"].endswith("/" + occ["article"]) and (first in d["text"] or d["text"] in first)
    ]
    if not found:
        return "unfound", None
    predicted = found[0]["speaker"]
    if predicted is None:
        return "missing", None
    if not same_speaker(predicted, quote["speaker"], quote.get("speaker_key")):
        return "wrong", predicted
    said_first = predicted.split()[0]
    other = len(predicted.split()) > 1 and said_first[0].isupper()
    return (
        "right, other person" if other and said_first not in quote["speaker"] else "right"
    ), predicted


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", type=Path)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--list", action="store_true")
    args = parser.parse_args()
    quotes = json.loads(args.gold.read_text(encoding="utf-8"))["quotes"]
    dumped = [json.loads(line) for line in args.dump.read_text(encoding="utf-8").splitlines()]
    table: dict[str, collections.Counter[str]] = collections.defaultdict(collections.Counter)
    for quote in quotes:
        result, predicted = outcome(quote, dumped)
        table[quote.get("shape", "?")][result] += 1
        if args.list and result != "right":
            occ = quote["occurrences"][0]
            print(
                f"{quote['id']} {quote.get('shape')} {result}: {quote['speaker']!r} -> "
                f"{predicted!r} | {occ['article']} | {occ['text'][:60]}"
            )
    kinds = ("right", "right, other person", "wrong", "missing", "unfound")
    print(f"{'shape':6} {'n':>4} " + " ".join(f"{k:>20}" for k in kinds))
    for shape, counts in sorted(table.items(), key=lambda item: -sum(item[1].values())):
        cells = " ".join(f"{counts[k]:>20}" for k in kinds)
        print(f"{shape:6} {sum(counts.values()):>4} {cells}")


if __name__ == "__main__":
    main()
