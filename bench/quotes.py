"""Quote analysis speed: retold's selective parsing against the full spaCy pipeline.

    .venv/bin/python bench/quotes.py                      # newsdev x 10, about a minute
    .venv/bin/python bench/quotes.py --replicas 40 --copies 0.3

The corpus is the newsdev articles (``--corpus``; the example corpus when newsdev is
absent) replicated ``--replicas`` times.  Every replica is perturbed so that no body
and almost no sentence repeats: paragraphs are shuffled, numbers shifted, and one
word per sentence changed, so neither the exact-copy reuse nor the per-sentence parse
cache gets a free ride.  ``--copies`` then adds that share of exact copies (the same
body under another id), as a wire story reprinted by many outlets would be; the
report gives both runs.

Both sides run in one process on the same articles: the baseline is
``nlp.pipe(bodies)`` with every component of the English model; retold is
``analyze_articles`` (rules everywhere, the parser only on the sentences that need
it, citations and name spellings included).  Thread pools are pinned to one core.
"""

from __future__ import annotations

import os

for _var in ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS"):
    os.environ.setdefault(_var, "1")

import argparse  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from dataclasses import replace  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

from retold.analyze import QuoteOptions, analyze_articles, load_nlp  # noqa: E402
from retold.eval.clean import run_pipeline  # noqa: E402
from retold.records import Article  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
NEWSDEV = ROOT.parent / "shared" / "eval" / "newsdev" / "corpus"
EXAMPLES = ROOT / "examples" / "corpus"
ADJECTIVES = (
    "new", "local", "regional", "central", "recent", "official", "early", "late", "major",
    "small", "large", "key", "main", "final", "initial", "formal", "public", "joint",
)  # fmt: skip


def perturbed(article: Article, replica: int, rng: random.Random) -> Article:
    """A variant of ``article``: paragraphs shuffled, numbers shifted, one word per
    sentence changed (quotes and attributions keep their shape)."""
    paragraphs = article.body.split("\n\n")
    rng.shuffle(paragraphs)
    body = "\n\n".join(paragraphs)
    body = re.sub(r"\d+", lambda m: str(int(m.group()) + replica), body)
    word = ADJECTIVES[replica % len(ADJECTIVES)]
    counter = iter(range(1_000_000))
    body = re.sub(
        r"\bthe (?=[a-z])",
        lambda m: f"the {ADJECTIVES[(replica + next(counter)) % len(ADJECTIVES)]} ",
        body,
    )
    return replace(article, id=f"{article.id}-{replica}", body=body.replace("  ", " ") + f" {word}")


def corpus(source: Path, replicas: int, copies: float, seed: int) -> list[Article]:
    articles, _ = run_pipeline([source])
    rng = random.Random(seed)
    result = [perturbed(a, r, rng) for r in range(replicas) for a in articles]
    extra = [replace(rng.choice(result), id=f"copy-{n}") for n in range(int(len(result) * copies))]
    return result + extra


def timed(fn: Any, *args: Any) -> tuple[float, Any]:
    started = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - started, value


def measure(articles: list[Article], full: Any, parser: Any) -> dict[str, float]:
    """Both sides over the same articles; models and word lists loaded beforehand."""
    words = sum(a.word_count for a in articles)
    options = QuoteOptions()
    base, _ = timed(lambda: list(full.pipe([a.body for a in articles], batch_size=64)))
    ours, analyses = timed(analyze_articles, articles, parser, options)
    parsed = sum(a.parsed_sentences for a in analyses)
    return {
        "articles": len(articles),
        "words": words,
        "baseline_s": base,
        "retold_s": ours,
        "baseline_wps": words / base,
        "retold_wps": words / ours,
        "baseline_aps": len(articles) / base,
        "retold_aps": len(articles) / ours,
        "ratio": base / ours,
        "parsed_sentences": parsed,
        "quotes": sum(len(a.quotes) for a in analyses),
    }


def report(name: str, m: dict[str, float]) -> str:
    return "\n".join(
        [
            f"{name}: {int(m['articles'])} articles, {int(m['words'])} words",
            f"  full spaCy pipeline  {m['baseline_wps']:>10,.0f} words/s "
            f"{m['baseline_aps']:>8,.1f} articles/s",
            f"  retold quotes        {m['retold_wps']:>10,.0f} words/s "
            f"{m['retold_aps']:>8,.1f} articles/s",
            f"  ratio                {m['ratio']:>10.1f}x   "
            f"({int(m['parsed_sentences'])} sentences parsed, {int(m['quotes'])} quotes)",
        ]
    )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=NEWSDEV if NEWSDEV.is_dir() else EXAMPLES)
    parser.add_argument("--replicas", type=int, default=10)
    parser.add_argument("--copies", type=float, default=0.3, help="share of exact copies added")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--model", default=None, help="spaCy model name (default: en_core_web_sm)")
    args = parser.parse_args()
    import spacy

    nlp = load_nlp(args.model)
    full = spacy.load(nlp.meta["lang"] + "_" + nlp.meta["name"])
    print(f"corpus {args.corpus}, model {full.meta['name']} {full.meta['version']}")
    unique = corpus(args.corpus, args.replicas, 0.0, args.seed)
    print(report("unique bodies", measure(unique, full, nlp)))
    with_copies = corpus(args.corpus, args.replicas, args.copies, args.seed)
    print(report(f"with {args.copies:.0%} exact copies", measure(with_copies, full, nlp)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
