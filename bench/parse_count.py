"""Sentences the analysis stage hands the parser on one input, by pipe set.

    python bench/parse_count.py INPUT     # e.g. ../shared/eval/ecbplus-dev/articles.jsonl

Counts the distinct sentences given to ``retold.analyze.parsed.parse_sentences`` for
tags and dependencies and for entity types (issue 13: spaCy time follows this count);
run it with the code before and after a change to see whether the parser does more.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import retold.analyze.pipeline as pipeline
from retold.analyze import analyze_articles, load_nlp
from retold.analyze.parsed import ENTITY_PIPES
from retold.eval.clean import run_pipeline


def main(argv: list[str]) -> int:
    counts = {"syntax": 0, "entities": 0, "characters": 0}
    real = pipeline.parse_sentences

    def counting(nlp: Any, texts: Any, batch_size: int, pipes: Any) -> Any:
        texts = set(texts)
        counts["entities" if pipes == ENTITY_PIPES else "syntax"] += len(texts)
        counts["characters"] += sum(len(t) for t in texts)
        return real(nlp, texts, batch_size, pipes)

    pipeline.parse_sentences = counting  # type: ignore[assignment]
    articles, _ = run_pipeline([Path(argv[0])])
    analyze_articles(articles, load_nlp())
    print(" ".join(f"{k} {v}" for k, v in counts.items()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
