"""``make reliability``: every reliability check in turn, and RELIABILITY.md with the figures.

The checks (each a script of its own in this folder, run as a separate process):

* hostile input: ``ingest_check.py`` over the hostile corpus;
* crash safety: ``crash.py``, SIGKILL at random moments;
* concurrency: ``concurrency.py``, two analyze runs and serve on one database,
  SQLite and PostgreSQL;
* load: ``load.py``, ``retold serve`` under a load generator on loopback.

Each writes its JSON report into ``--out``; this script writes RELIABILITY.md from
them, with the command, the machine (CPUs, load average before and after) and the date.

    python reliability/report.py [--hostile 10000] [--crash-articles 10000] [--kills 50]
        [--spacing 0.1]
        [--concurrency-articles 500] [--load-articles 1000] [--load-seconds 60]
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shlex
import subprocess
import sys
import time
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent


def checks(args: argparse.Namespace, out: Path) -> dict[str, list[str]]:
    """Each check's command line (its JSON report goes to ``out/NAME.json``)."""
    return {
        "hostile": ["ingest_check.py", "--count", str(args.hostile)],
        "crash": [
            "crash.py",
            "--articles",
            str(args.crash_articles),
            "--kills",
            str(args.kills),
            "--spacing",
            str(args.spacing),
        ],
        "concurrency": [
            "concurrency.py",
            "--articles",
            str(args.concurrency_articles),
            "--rounds",
            str(args.rounds),
        ],
        "load": [
            "load.py",
            "--articles",
            str(args.load_articles),
            "--seconds",
            str(args.load_seconds),
        ],
    }


def run_check(name: str, command: list[str], out: Path) -> dict[str, Any]:
    """Run one check; its report, exit status, wall time and the load around it."""
    argv = [
        sys.executable,
        str(HERE / command[0]),
        *command[1:],
        "--json",
        str(out / f"{name}.json"),
    ]
    load_before = os.getloadavg()
    began = time.monotonic()
    done = subprocess.run(argv, cwd=ROOT, capture_output=True, text=True)
    seconds = time.monotonic() - began
    report_file = out / f"{name}.json"
    return {
        "command": "python reliability/" + shlex.join(command),
        "exit": done.returncode,
        "seconds": round(seconds, 1),
        "load_before": [round(x, 2) for x in load_before],
        "load_after": [round(x, 2) for x in os.getloadavg()],
        "report": json.loads(report_file.read_text()) if report_file.exists() else None,
        "stderr_tail": done.stderr[-2000:] if done.returncode else "",
    }


def machine() -> str:
    cpu = next(
        (
            line.split(":", 1)[1].strip()
            for line in Path("/proc/cpuinfo").read_text().splitlines()
            if line.startswith("model name")
        ),
        platform.processor() or "unknown CPU",
    )
    memory = next(
        (
            line.split()[1]
            for line in Path("/proc/meminfo").read_text().splitlines()
            if line.startswith("MemTotal")
        ),
        "0",
    )
    return (
        f"{os.cpu_count()} CPUs ({cpu}), {int(memory) // 1024 // 1024} GiB, "
        f"{platform.system()} {platform.release()}, Python {platform.python_version()}"
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hostile", type=int, default=10_000, help="hostile input files")
    parser.add_argument("--crash-articles", type=int, default=10_000)
    parser.add_argument("--kills", type=int, default=50)
    parser.add_argument("--spacing", type=float, default=0.1)
    parser.add_argument("--concurrency-articles", type=int, default=500, help="per corpus")
    parser.add_argument("--rounds", type=int, default=2, help="concurrency rounds per backend")
    parser.add_argument("--load-articles", type=int, default=1000)
    parser.add_argument("--load-seconds", type=float, default=60)
    parser.add_argument("--only", help="comma-separated checks to run (default: all)")
    parser.add_argument("--out", type=Path, default=ROOT / "out" / "reliability")
    parser.add_argument("--md", type=Path, default=HERE / "RELIABILITY.md")
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    wanted = args.only.split(",") if args.only else None
    results = {}
    for name, command in checks(args, args.out).items():
        if wanted is None or name in wanted:
            print(f"reliability: {name} ...", file=sys.stderr, flush=True)
            results[name] = run_check(name, command, args.out)
            print(f"reliability: {name} exit {results[name]['exit']}", file=sys.stderr)
    from summary import write_markdown

    invoked = "python reliability/report.py " + shlex.join(sys.argv[1:])
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    args.md.write_text(write_markdown(results, invoked, machine(), stamp), encoding="utf-8")
    (args.out / "results.json").write_text(json.dumps(results, indent=2) + "\n")
    print(f"reliability: wrote {args.md}", file=sys.stderr)
    return 0 if all(r["exit"] == 0 for r in results.values()) else 1


if __name__ == "__main__":
    sys.path.insert(0, str(HERE))
    sys.exit(main())
