"""Every paragraph of a folder that opens with a short label and a colon ('OKAFOR: ...',
'Q: ...', 'UPDATE: ...'), one line each: what ``retold.analyze.transcript`` has to tell
apart (transcript lines from headlines, lists and furniture).

    python bench/transcript_labels.py INPUT [INPUT ...]   # then count: sort | uniq -c
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

LABEL = re.compile(r"^([^:\n]{1,40}?):[ \t]+(\S[^\n]*)")


def main(paths: list[str]) -> int:
    from retold.eval.clean import run_pipeline

    for path in paths:
        articles, _ = run_pipeline([Path(path)])
        count = 0
        for article in articles:
            for n, paragraph in enumerate(re.split(r"\n\s*\n", article.body)):
                match = LABEL.match(paragraph.strip())
                if not match or len(match.group(1).split()) > 4:
                    continue
                if not any(c.isalpha() for c in match.group(1)):
                    continue
                count += 1
                name = Path(str(article.origin)).name[:30]
                print(f"{name:30} {n:3} [{match.group(1)}] {match.group(2)[:70]!r}")
        print(path, count, file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
