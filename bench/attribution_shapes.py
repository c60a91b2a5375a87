"""Attribution recall of direct quotes by shape, on PolNeAR's brat annotations.

    python bench/attribution_shapes.py ANN_DIR TEXT_DIR DUMP.jsonl [--show SHAPE]

``DUMP.jsonl`` is ``bench/quote_diff.py dump TEXT_DIR``.  Every annotated attribution
whose content opens with a quotation mark and has 4+ words (one annotator per
article, the first by name) gets a shape: where its cue stands relative to the
quote (same sentence after or before it, a colon lead-in, the sentence before or
after, another paragraph, inside the quote, 'according to', a dash), with what its
source is (a name, a pronoun, a description, none).  Each is matched to the quote
retold found over the same words, which has an attribution (a cue), a speaker from
a nearby quote only, no attribution, or is not found / not direct.  The table says,
per shape, which attributions retold finds no cue for: where a new rule could help;
a second table counts the same per outlet (the file name's first part).
``--show SHAPE`` prints the quotes of that shape retold found with no cue.
"""

from __future__ import annotations

import argparse
import json
import re
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from retold.analyze.lexicon import load_lexicon

OPENING = "“\"‘'"
# Sources that are a pronoun: the speaker pronouns retold knows, and the rest a source
# span may be (the annotation keeps 'I', 'we', 'it', 'they', 'which' ...).
PRONOUNS = frozenset(load_lexicon().pronouns) | frozenset(
    ["i", "we", "it", "you", "they", "them", "their", "this", "that", "which", "who"]
)
BREAK = re.compile(r"[.!?][”\"’)]*\s+\S")
STATUSES = ("cue+speaker", "cue only", "nearby", "no cue", "indirect", "not found")


def spans(ann: Path) -> list[dict[str, Any]]:
    """The attributions of one .ann file: {'Source', 'Cue', 'Content'} -> (start, end, text)."""
    t: dict[str, tuple[int, int, str]] = {}
    events: list[dict[str, str]] = []
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 3:
            label, *offsets = parts[1].replace(";", " ").split()
            numbers = [int(x) for x in offsets]
            t[parts[0]] = (min(numbers), max(numbers), parts[2])
            t[parts[0] + ":label"] = (0, 0, label)
        elif line.startswith("E") and len(parts) >= 2:
            events.append(dict(p.split(":", 1) for p in parts[1].split()))
    out = []
    for e in events:
        out.append({role: t[ref] for role, ref in e.items() if role != "Attribution" and ref in t})
    return out


def paragraph(text: str, at: int) -> int:
    return sum(1 for line in text[:at].split("\n") if line.strip())


def shape(text: str, a: dict[str, Any]) -> str:
    """Where the cue stands relative to the quoted content."""
    cs, ce, content = a["Content"]
    if "Cue" not in a:
        return "no cue annotated"
    qs, qe, cue = a["Cue"]
    if cue.casefold().startswith("according"):
        return "according to"
    if cs <= qs < ce:
        return "inside the quote"
    if paragraph(text, qs) < paragraph(text, cs):
        return "previous paragraph"
    if paragraph(text, qs) > paragraph(text, ce - 1):
        return "next paragraph"
    if qs < cs:
        between = text[qe:cs]
        if BREAK.search(between + " x"):
            return "previous sentence"
        if between.rstrip().endswith(":"):
            return "before, colon"
        if re.search(r"\bthat\b", between):
            return "before, that-clause"
        return "before, same sentence"
    between = text[ce:qs]
    if re.search(r"[.!?][”\"’]*$", content.rstrip()) or BREAK.search(between):
        return "next sentence"
    if between.strip()[:1] in ("-", "—", "–"):
        return "after, dash"
    return "after, same sentence"


def source_kind(a: dict[str, Any]) -> str:
    if "Source" not in a:
        return "none"
    words = re.findall(r"[\w’']+", a["Source"][2])
    if not words:
        return "none"
    if len(words) <= 2 and words[0].casefold() in PRONOUNS:
        return "pronoun"
    if any(w[:1].isupper() for w in words):
        return "name"
    return "description"


def status(rows: list[dict[str, Any]], content: str) -> tuple[str, dict[str, Any] | None]:
    inner = content.strip(OPENING + "”’ ").strip()
    key = _norm(inner)[:30]
    matched = [r for r in rows if _matches(_norm(r["text"]), key, _norm(inner))]
    for r in sorted(matched, key=lambda r: r["kind"] != "direct"):
        if r["kind"] != "direct":
            return "indirect", r
        if r["cue"] is None:
            return ("nearby" if r["speaker"] else "no cue"), r
        return ("cue+speaker" if r["speaker"] else "cue only"), r
    return "not found", None


def _matches(text: str, key: str, inner: str) -> bool:
    return len(text) >= 12 and (key in text or text[:30] in inner)


def _norm(s: str) -> str:
    return re.sub(r"\W+", " ", s).casefold().strip()


def measure(ann_dir: Path, text_dir: Path, dump: Path, show: str | None) -> None:
    by_file: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for line in dump.open(encoding="utf-8"):
        row = json.loads(line)
        by_file[Path(row["origin"]).name].append(row)
    chosen: dict[str, Path] = {}
    for ann in sorted(ann_dir.glob("*.ann")):
        chosen.setdefault(ann.stem.rsplit("_", 1)[0], ann)
    table: dict[str, Counter[str]] = defaultdict(Counter)
    sources: dict[str, Counter[str]] = defaultdict(Counter)
    outlets: dict[str, Counter[str]] = defaultdict(Counter)  # the file name's first part
    for stem, ann in sorted(chosen.items()):
        path = text_dir / f"{stem}.txt"
        if not path.exists():
            continue
        text = path.read_text(encoding="utf-8")
        for a in spans(ann):
            content = a.get("Content", (0, 0, ""))[2]
            if content[:1] not in OPENING or len(content.split()) < 4:
                continue
            kind = shape(text, a)
            got, row = status(by_file.get(path.name, []), content)
            table[kind][got] += 1
            outlets[stem.split("_")[0]][got] += 1
            sources[kind][source_kind(a)] += 1
            if show == kind and got in ("no cue", "nearby"):
                src = a.get("Source", (0, 0, "-"))[2]
                cue = a.get("Cue", (0, 0, "-"))[2]
                print(f"{path.name} [{got}] source {src!r} cue {cue!r}")
                print(f"    {row['around'] if row else content[:200]}\n")
    _print("shape", table, sources)
    print()
    _print("outlet", outlets, defaultdict(Counter))


def _print(title: str, table: dict[str, Counter[str]], sources: dict[str, Counter[str]]) -> None:
    head = f"{title:24} {'n':>5} " + " ".join(f"{s:>11}" for s in STATUSES)
    print(head + f" {'cue recall':>10}  sources")
    total: Counter[str] = Counter()
    for kind, counts in sorted(table.items(), key=lambda kv: -sum(kv[1].values())):
        total.update(counts)
        print(
            _line(kind, counts)
            + "  "
            + ", ".join(f"{k} {v}" for k, v in sources[kind].most_common())
        )
    print(_line("all", total))


def _line(kind: str, counts: Counter[str]) -> str:
    n = sum(counts.values())
    found_direct = sum(counts[s] for s in STATUSES[:4])
    cued = counts["cue+speaker"] + counts["cue only"]
    recall = cued / found_direct if found_direct else 0.0
    cells = " ".join(f"{counts[s]:>11}" for s in STATUSES)
    return f"{kind:24} {n:>5} {cells} {recall:>10.3f}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("ann", type=Path)
    parser.add_argument("text", type=Path)
    parser.add_argument("dump", type=Path)
    parser.add_argument("--show", help="print the quotes of this shape found with no cue")
    args = parser.parse_args(argv)
    measure(args.ann, args.text, args.dump, args.show)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
