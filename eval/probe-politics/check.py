"""Check eval/probe-politics/gold.json with examples/check_gold.py (standard library only).

Transcript lines (``GREER: I did listen to him.``) are direct speech without quote marks, so
check_gold's "not between quote marks" is expected for them, and only for them.

    python3 eval/probe-politics/check.py    # exit status 0 when everything else holds
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
CHECK = HERE.parent.parent / "examples" / "check_gold.py"


def main() -> int:
    gold = json.loads((HERE / "gold.json").read_text(encoding="utf-8"))
    transcript = {
        f"{q['id']} in {o['article']}: direct span is not between quote marks: {o['text']!r}"
        for q in gold["quotes"]
        for o in q["occurrences"]
        if o.get("transcript")
    }
    run = subprocess.run(
        [sys.executable, str(CHECK), str(HERE / "gold.json")], capture_output=True, text=True
    )
    lines = [line for line in run.stdout.splitlines() if line.strip()]
    problems = [line for line in lines if line not in transcript and "problem(s)" not in line]
    if run.returncode == 0:
        print(lines[-1])
        return 0
    print("\n".join(problems) or f"gold OK apart from {len(lines) - 1} transcript lines")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
