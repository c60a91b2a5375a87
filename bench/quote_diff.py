"""Every quote retold finds in a folder, dumped; and what changed between two dumps.

    python bench/quote_diff.py dump INPUT OUT.jsonl     # clean + analyze INPUT, one line per quote
    python bench/quote_diff.py diff A.jsonl B.jsonl [--all]
    python bench/quote_diff.py summary A.jsonl [--missing]   # cued direct quotes with no speaker
    python bench/quote_diff.py summary A.jsonl --unattributed  # direct quotes nothing attributes
    python bench/quote_diff.py changes A.jsonl B.jsonl [--show KIND --sample N --seed S]
    python bench/quote_diff.py scare INPUT REGEX   # scare quotes whose words before match

A speaker rule is judged by every quote it changes, not only those a gold set lists
(PolNeAR's gold keeps no pronoun or unnamed sources): ``dump`` writes each quote's
article, span, kind, speaker and confidence; ``diff`` prints the quotes whose speaker
changed (``--all``: also quotes found or lost) with the attribution and the text around
them, so each change can be read and counted right or wrong.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

Key = tuple[str, int, int]


def dump(input_path: Path, out: Path) -> int:
    """Clean and analyze ``input_path``; write one JSON line per quote to ``out``."""
    from retold.analyze import analyze_articles, load_nlp
    from retold.eval.clean import run_pipeline

    articles, _ = run_pipeline([input_path])
    bodies = {a.id: a for a in articles}
    count = 0
    with out.open("w", encoding="utf-8") as sink:
        for analysis in analyze_articles(articles, load_nlp()):
            article = bodies[analysis.article]
            for q in analysis.quotes:
                row = {
                    "origin": str(article.origin),
                    "start": q.start,
                    "end": q.end,
                    "kind": q.kind,
                    "shape": q.shape,
                    "speaker": q.speaker,
                    "speaker_text": q.speaker_text,
                    "confidence": round(q.confidence, 3),
                    "resolution": q.resolution,
                    "cue": q.cue,
                    "text": q.text,
                    "around": _around(
                        article.body, q.start, q.end, q.attribution_start, q.attribution_end
                    ),
                }
                sink.write(json.dumps(row, ensure_ascii=False) + "\n")
                count += 1
    return count


def _around(body: str, start: int, end: int, a_start: int | None, a_end: int | None) -> str:
    lo = min(start, a_start if a_start is not None else start)
    hi = max(end, a_end if a_end is not None else end)
    return body[max(0, lo - 160) : hi + 80].replace("\n", " / ")


def _rows(path: Path) -> Iterator[dict[str, Any]]:
    with path.open(encoding="utf-8") as source:
        for line in source:
            yield json.loads(line)


def _keyed(path: Path) -> dict[Key, dict[str, Any]]:
    return {(r["origin"], r["start"], r["end"]): r for r in _rows(path)}


def diff(a_path: Path, b_path: Path, show_all: bool) -> int:
    """Print the quotes whose speaker differs between two dumps; return how many."""
    a, b = _keyed(a_path), _keyed(b_path)
    changed = 0
    for key in sorted(a.keys() | b.keys()):
        old, new = a.get(key), b.get(key)
        if old is None or new is None:
            if show_all:
                row = old or new
                assert row is not None
                print(
                    f"{'LOST' if new is None else 'FOUND'} {key[0]}:{key[1]} [{row['kind']}] {row['speaker']!r}"
                )
                print(f"    {row['around']}\n")
                changed += 1
            continue
        if (old["speaker"], old["kind"]) == (new["speaker"], new["kind"]):
            continue
        changed += 1
        print(
            f"{key[0]}:{key[1]} [{new['kind']}] {old['speaker']!r} -> {new['speaker']!r}"
            f" ({new['resolution']}, {new['confidence']}; text {new['speaker_text']!r})"
        )
        print(f"    {new['around']}\n")
    return changed


def summary(path: Path, show_missing: bool, show_unattributed: bool = False) -> str:
    """Quotes, direct quotes, and cued direct quotes with no speaker (``retold.eval.quotes``'
    cued-missing share, which needs no gold); ``show_missing`` prints each of the latter,
    ``show_unattributed`` each direct quote that neither its sentence nor its neighbourhood
    attributes (shape 'unattributed': no cue, so ``show_missing`` never lists it)."""
    rows = list(_rows(path))
    direct = [r for r in rows if r["kind"] == "direct"]
    cued = [r for r in direct if r["cue"] is not None]
    missing = [r for r in cued if r["speaker"] is None]
    for r in missing if show_missing else []:
        print(
            f"{r['origin']}:{r['start']} cue {r['cue']!r} text {r['speaker_text']!r}\n    {r['around']}\n"
        )
    unattributed = [r for r in direct if r["shape"] == "unattributed"]
    for r in unattributed if show_unattributed else []:
        print(f"{r['origin']}:{r['start']} {r['text'][:80]!r}\n    {r['around']}\n")
    share = len(missing) / len(cued) if cued else 0.0
    return (
        f"{len(rows)} quotes, {len(direct)} direct, {len(cued)} cued, {len(missing)} cued with"
        f" no speaker ({share:.4f}), {len(unattributed)} unattributed"
    )


CHANGES = ("given", "taken", "changed", "span", "found", "lost")


def changes(a_path: Path, b_path: Path) -> dict[str, list[tuple[Any, Any]]]:
    """The quotes two dumps hold at the same start, by how they differ: a speaker
    ``given`` (none before), ``taken`` (none after) or ``changed``, only the end moved
    (``span``), or a start in one dump only (``found``, ``lost``): (old, new) pairs, so
    that a seeded sample of each kind can be read and counted right or wrong."""
    a = {(r["origin"], r["start"]): r for r in _rows(a_path)}
    b = {(r["origin"], r["start"]): r for r in _rows(b_path)}
    kinds: dict[str, list[tuple[Any, Any]]] = {kind: [] for kind in CHANGES}
    for key in sorted(a.keys() | b.keys()):
        old, new = a.get(key), b.get(key)
        if old is None or new is None:
            kinds["lost" if new is None else "found"].append((old, new))
        elif old["speaker"] != new["speaker"]:
            kind = (
                "given"
                if old["speaker"] is None
                else "taken"
                if new["speaker"] is None
                else "changed"
            )
            kinds[kind].append((old, new))
        elif old["end"] != new["end"]:
            kinds["span"].append((old, new))
    return kinds


def _show(pairs: list[tuple[Any, Any]], sample: int, seed: int) -> None:
    for old, new in random.Random(seed).sample(pairs, min(sample, len(pairs))):
        row = new or old
        before, after = (old or {}).get("speaker"), (new or {}).get("speaker")
        print(
            f"{row['origin']}:{row['start']} [{row['kind']}] {before!r} -> {after!r} | {row['text'][:120]!r}"
        )
        print(f"    {row['around']}\n")


def scare(input_path: Path, pattern: str) -> int:
    """Print each scare quote retold finds in ``input_path`` whose 60 characters before
    match ``pattern`` ('(?i)\\b(he|she)\\b[^.]{0,25}\\bcall': a partial quote after a
    naming verb left no one's words), with its reason; return how many."""
    import re

    from retold.analyze import analyze_articles, load_nlp
    from retold.eval.clean import run_pipeline

    articles, _ = run_pipeline([input_path])
    bodies = {a.id: a for a in articles}
    count = 0
    for analysis in analyze_articles(articles, load_nlp()):
        article = bodies[analysis.article]
        for s in analysis.scare_quotes:
            if re.search(pattern, article.body[max(0, s.start - 60) : s.start]):
                count += 1
                around = article.body[max(0, s.start - 200) : s.end + 60].replace("\n", " / ")
                print(f"{article.origin}:{s.start} [{s.reason}]\n    {around}\n")
    return count


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    d = sub.add_parser("dump")
    d.add_argument("input", type=Path)
    d.add_argument("out", type=Path)
    f = sub.add_parser("diff")
    f.add_argument("a", type=Path)
    f.add_argument("b", type=Path)
    f.add_argument("--all", action="store_true", help="also quotes found in one dump only")
    m = sub.add_parser("summary")
    m.add_argument("a", type=Path)
    m.add_argument("--missing", action="store_true", help="print each cued quote with no speaker")
    m.add_argument(
        "--unattributed", action="store_true", help="print each direct quote nothing attributes"
    )
    c = sub.add_parser("changes")
    c.add_argument("a", type=Path)
    c.add_argument("b", type=Path)
    c.add_argument("--show", choices=CHANGES, help="print a seeded sample of this kind")
    c.add_argument("--sample", type=int, default=20)
    c.add_argument("--seed", type=int, default=1)
    r = sub.add_parser("scare")
    r.add_argument("input", type=Path)
    r.add_argument("pattern", help="a regular expression the words before must match")
    args = parser.parse_args(argv)
    if args.command == "scare":
        print(f"{scare(args.input, args.pattern)} scare quotes", file=sys.stderr)
    elif args.command == "dump":
        print(f"{dump(args.input, args.out)} quotes -> {args.out}", file=sys.stderr)
    elif args.command == "summary":
        print(summary(args.a, args.missing, args.unattributed))
    elif args.command == "changes":
        kinds = changes(args.a, args.b)
        print(", ".join(f"{kind} {len(pairs)}" for kind, pairs in kinds.items()))
        if args.show:
            _show(kinds[args.show], args.sample, args.seed)
    else:
        print(f"{diff(args.a, args.b, args.all)} changed", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
