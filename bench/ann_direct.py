"""Direct quotes found and speakers right, on brat attribution annotations (PolNeAR).

    python bench/ann_direct.py ANN_DIR TEXT_DIR DUMP.jsonl [--prefix nyt_] [--misses]

``DUMP.jsonl`` is ``bench/quote_diff.py dump TEXT_DIR``.  Every annotated attribution
whose content opens with a quotation mark (', '', ", “) and has 4+ words (one annotator
per article, the first by name; ``--prefix`` keeps the articles whose file name starts
so) is matched by its words to the quote retold found there: found as a direct quote,
read as reported speech, or not found.  A found direct quote whose annotated source
names someone (a capitalised word, not a bare pronoun) has its speaker judged as
``retold.eval.quotes.same_speaker`` judges PolNeAR's gold, the key being the source's
last capitalised word (``--misses`` prints each such quote whose speaker is wrong or
missing, with its source and the text around it).  PolNeAR's gold.json keeps only quotes opened with a real
quotation mark, so this is how archive-style ('' '') quotes are measured.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from retold.eval.quotes import same_speaker

OPENING = "“\"'`"
PRONOUNS = frozenset(
    [
        "i",
        "we",
        "he",
        "she",
        "it",
        "you",
        "they",
        "them",
        "his",
        "her",
        "their",
        "this",
        "that",
        "which",
        "who",
    ]
)


def attributions(ann: Path) -> list[dict[str, str]]:
    """Role ('Source', 'Cue', 'Content') -> annotated text, per attribution."""
    spans: dict[str, str] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            spans[parts[0]] = parts[2]
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(p.split(":", 1) for p in parts[1].split()))
    return [{role: spans[ref] for role, ref in e.items() if ref in spans} for e in events]


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).casefold().strip()


def found(rows: list[dict[str, Any]], content: str) -> dict[str, Any] | None:
    """The quote retold found over the annotated words, a direct one first."""
    inner = _norm(content)
    key = inner[:30]
    matched = [r for r in rows if len(_norm(r["text"])) >= 12]
    matched = [r for r in matched if key in _norm(r["text"]) or _norm(r["text"])[:30] in inner]
    return min(matched, key=lambda r: r["kind"] != "direct", default=None)


def named_key(source: str) -> str | None:
    """The source's last capitalised word, or None for a pronoun or no name."""
    words = re.findall(r"[\w'’.-]+", source.replace("\u00a0", " "))
    if not words or (len(words) <= 2 and words[0].casefold() in PRONOUNS):
        return None
    names = [w for w in words if w[:1].isupper()]
    return re.sub(r"['’]s?$", "", names[-1]).rstrip(".") if names else None


def measure(
    ann_dir: Path, text_dir: Path, dump: Path, prefix: str, misses: bool = False
) -> Counter[str]:
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in dump.open(encoding="utf-8"):
        row = json.loads(line)
        by_file[Path(row["origin"]).name].append(row)
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob(f"{prefix}*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    counts: Counter[str] = Counter()
    for stem, ann in sorted(chosen.items()):
        if not (text_dir / f"{stem}.txt").exists():
            continue
        for a in attributions(ann):
            content = a.get("Content", "")
            if content[:1] not in OPENING or len(content.split()) < 4:
                continue
            counts["annotated direct"] += 1
            row = found(by_file.get(f"{stem}.txt", []), content)
            kind = "not found" if row is None else row["kind"]
            counts[f"found {kind}"] += 1
            key = named_key(a.get("Source", ""))
            if row is not None and kind == "direct" and key is not None:
                counts["direct, named source"] += 1
                source = a["Source"].replace("\u00a0", " ")
                right = same_speaker(row["speaker"], source, key)
                counts["direct, speaker right"] += right
                if misses and not right:
                    print(f"{stem}:{row['start']} {row['speaker']!r} != {source!r}")
                    print(f"    {row['around']}\n")
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ann_dir", type=Path)
    parser.add_argument("text_dir", type=Path)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--prefix", default="")
    parser.add_argument("--misses", action="store_true", help="print each wrong or missing speaker")
    args = parser.parse_args()
    counts = measure(args.ann_dir, args.text_dir, args.dump, args.prefix, args.misses)
    for name, value in sorted(counts.items()):
        print(f"{name:24} {value}")


if __name__ == "__main__":
    main()
