"""Crash safety: ``retold analyze`` killed with SIGKILL at random moments, over and over.

One uninterrupted run over a synthetic corpus gives the reference export.  Then, in
rounds on a fresh database: start ``retold analyze --each``, SIGKILL it at a random
moment within the reference run's duration, check the database, start it again, until
a run ends by itself; that run's export must equal the reference (run timestamps
aside).  After each kill the database must:

* open, and pass ``PRAGMA integrity_check`` and ``PRAGMA foreign_key_check``;
* hold no half-written article (every article has its origin), story (every story has
  its articles) or analysis (no quote, credit or name use of an article not marked
  analysed);
* hold every article the progress lines reported stored before the kill.

Each wait before a kill is drawn uniformly from 5% to 100% of ``--spacing`` times the
reference run's duration: spacing 1 (the default) gives few kills per round, spacing 0.1
many kills per round, each restart going on from what the last one stored.

    python reliability/crash.py --articles 10000 --kills 50 [--spacing 0.1] [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import random
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from synth import generate

RETOLD = str(Path(sys.executable).parent / "retold")
RECORDS_PER_FILE = 25
VOLATILE = {"ingested_at", "started_at", "finished_at", "generated_at", "runs"}
HALF_WRITTEN = {
    "articles without an origin": "SELECT count(*) FROM articles a WHERE NOT EXISTS "
    "(SELECT 1 FROM article_origins o WHERE o.article_id = a.id)",
    "stories without articles": "SELECT count(*) FROM stories s WHERE NOT EXISTS "
    "(SELECT 1 FROM story_articles m WHERE m.story_id = s.id)",
    **{
        f"{table} of articles not analysed": f"SELECT count(*) FROM {table} t WHERE NOT EXISTS "
        "(SELECT 1 FROM analyzed z WHERE z.article_id = t.article_id)"
        for table in ("quotes", "citations", "name_uses", "scare_quotes")
    },
}


def write_corpus(folder: Path, n_articles: int, seed: int, per_file: int = RECORDS_PER_FILE) -> int:
    """``n_articles`` synthetic articles (with a quote each) as JSONL files of
    ``per_file`` records."""
    corpus = generate(n_articles=n_articles, seed=seed)
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    articles = corpus.articles
    for start in range(0, len(articles), per_file):
        lines = []
        for a in articles[start : start + per_file]:
            speaker = rng.choice(("Jane Roe", "Amara Okafor", "the minister"))
            quote = f"“{a.body.split('. ')[0]},” {speaker} said."
            record = {"id": a.id, "outlet": a.outlet, "title": a.title, "published": a.published}
            lines.append(json.dumps({**record, "text": f"{a.body}\n\n{quote}"}))
        (folder / f"{start // per_file:05d}.jsonl").write_text("\n".join(lines) + "\n")
    return len(articles)


def start(corpus: Path, db: Path, log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as err:
        return subprocess.Popen(
            [RETOLD, "analyze", str(corpus), "--db", str(db), "--each"],
            stdout=subprocess.DEVNULL,
            stderr=err,
        )


def export(db: Path) -> Any:
    done = subprocess.run(
        [RETOLD, "export", "--db", str(db), "--format", "json"],
        capture_output=True,
        text=True,
        check=True,
    )
    return _stable(json.loads(done.stdout))


def _stable(value: Any) -> Any:
    """The export without what differs between runs of the same input (timestamps)."""
    if isinstance(value, dict):
        return {k: _stable(v) for k, v in value.items() if k not in VOLATILE}
    if isinstance(value, list):
        return [_stable(v) for v in value]
    return value


def differences(final: Any, reference: Any) -> str:
    """Which parts of two exports differ, and how much (for the report)."""
    if not (isinstance(final, dict) and isinstance(reference, dict)):
        return "not the same shape"
    parts = []
    for key in sorted(final.keys() | reference.keys()):
        a, b = final.get(key), reference.get(key)
        if a == b:
            continue
        if isinstance(a, list) and isinstance(b, list):
            only = sum(1 for x in a if x not in b), sum(1 for x in b if x not in a)
            parts.append(f"{key}: {only[0]} only after the kills, {only[1]} only in the reference")
        else:
            parts.append(f"{key}: {str(a)[:80]!r} != {str(b)[:80]!r}")
    return "; ".join(parts)


def reported(log: Path) -> set[tuple[str, str]]:
    """(path, record) of every item the progress lines said was stored."""
    found = set()
    for line in log.read_text(encoding="utf-8", errors="replace").splitlines():
        outcome, _, origin = line.partition(": ")
        if outcome in ("new", "unchanged", "revised"):
            path, _, record = origin.partition("#")
            found.add((path, record))
    return found


def check(db: Path, log: Path) -> list[str]:
    """What is wrong with the database after a kill (nothing, when it is crash safe)."""
    try:
        conn = sqlite3.connect(db)
        problems = []
        if (ok := conn.execute("PRAGMA integrity_check").fetchone()[0]) != "ok":
            problems.append(f"integrity_check: {ok}")
        if broken := conn.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign keys: {broken[:3]}")
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        if "articles" not in tables:
            return problems  # killed before the schema was written: nothing to hold yet
        for what, sql in HALF_WRITTEN.items():
            if count := conn.execute(sql).fetchone()[0]:
                problems.append(f"{count} {what}")
        stored = set(conn.execute("SELECT path, record FROM article_origins").fetchall())
        conn.close()
    except sqlite3.DatabaseError as exc:
        return [f"cannot open: {exc}"]
    if lost := reported(log) - stored:
        problems.append(f"{len(lost)} reported articles missing, e.g. {sorted(lost)[:2]}")
    return problems


@dataclass
class Tally:
    items: int = 0  # input items: a run that reported this many is past reading
    kills: int = 0
    rounds: int = 0
    problems: list[str] = field(default_factory=list)
    exports_equal: list[bool] = field(default_factory=list)
    phases: Counter[str] = field(default_factory=Counter)  # kills while reading / deriving


def phase(log: Path, offset: int, items: int) -> str:
    """Where the run that wrote ``log`` from ``offset`` on was killed: still reading its
    input, or past it (learning, linking, analysing, comparing)."""
    with log.open("rb") as f:
        f.seek(offset)
        lines = f.read().count(b"\n")
    return "deriving" if lines >= items else "reading"


def one_round(
    corpus: Path,
    work: Path,
    tally: Tally,
    goal: int,
    limit: float,
    rng: random.Random,
    reference: Any,
) -> None:
    """Kill runs on a fresh database until one ends by itself (or the goal is reached
    and one more run completes), then compare its export with the reference."""
    db, log = work / f"round{tally.rounds}.db", work / f"round{tally.rounds}.log"
    while True:
        offset = log.stat().st_size if log.exists() else 0
        process = start(corpus, db, log)
        wait = rng.uniform(0.05, 1.0) * limit if tally.kills < goal else None
        try:
            process.wait(timeout=wait)
        except subprocess.TimeoutExpired:
            process.send_signal(signal.SIGKILL)
            process.wait()
            tally.kills += 1
            tally.phases[phase(log, offset, tally.items)] += 1
            tally.problems += [f"kill {tally.kills}: {p}" for p in check(db, log)]
            continue
        if process.returncode != 0:
            tally.problems.append(f"round {tally.rounds}: run failed with {process.returncode}")
        break
    final = export(db)
    tally.exports_equal.append(final == reference)
    if final != reference:
        tally.problems.append(
            f"round {tally.rounds}: export differs: {differences(final, reference)}"
        )
    tally.rounds += 1


def run(articles: int, kills: int, seed: int, spacing: float = 1.0) -> dict[str, Any]:
    """The reference run, then rounds of kills until ``kills`` were made; the report."""
    rng = random.Random(seed)
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        n = write_corpus(work / "corpus", articles, seed)
        began = time.perf_counter()
        process = start(work / "corpus", work / "reference.db", work / "reference.log")
        if process.wait() != 0:
            raise RuntimeError("the reference run failed")
        duration = time.perf_counter() - began
        reference = export(work / "reference.db")
        tally = Tally(items=n)
        while tally.kills < kills:
            one_round(work / "corpus", work, tally, kills, spacing * duration, rng, reference)
    return {
        "articles": n,
        "reference_run_seconds": round(duration, 1),
        "spacing": spacing,
        "kills": tally.kills,
        "kills_by_phase": dict(tally.phases),
        "rounds": tally.rounds,
        "rounds_ending_as_reference": sum(tally.exports_equal),
        "problems": tally.problems,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--seed", type=int, default=14)
    parser.add_argument("--spacing", type=float, default=1.0)
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    report = run(args.articles, args.kills, args.seed, args.spacing)
    text = json.dumps(report, indent=2)
    print(text)
    if args.json:
        args.json.write_text(text + "\n", encoding="utf-8")
    ok = not report["problems"] and report["rounds_ending_as_reference"] == report["rounds"]
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
