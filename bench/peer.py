"""The peer pipeline: what a competent engineer would assemble from standard libraries.

Read the same JSONL records retold reads, then

* copies: datasketch MinHash + LSH, exactly as ``copies.datasketch_copies`` (word
  5-shingles, 128 permutations, LSH and an estimated Jaccard >= 0.5);
* stories: scikit-learn TF-IDF (title and body, English stop words, sublinear tf) and
  average-linkage agglomerative clustering on cosine distance, cut at
  ``STORY_DISTANCE`` (no number of clusters given: a real tool is never told it);
* quotes: spaCy's full English pipeline (``en_core_web_sm``, every component) and
  textacy's ``direct_quotations`` on each document.

``STORY_DISTANCE`` was chosen on ECB+ dev topics 1-27 alone (the topics retold's story
model is fitted on), as the best B-cubed F1 over a grid; ``--tune`` prints that grid
again.  Topics 28-35 took no part in the choice.

    .venv/bin/python bench/peer.py --tune --shared ../shared
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from copies import datasketch_copies

from retold.analyze.pipeline import MODELS
from retold.eval.stories import TUNED_TOPICS, _topic, bcubed

STORY_DISTANCE = 0.85  # best of GRID on ECB+ dev topics 1-27 (F1 0.882); see ``--tune``
GRID = tuple(round(0.5 + 0.025 * k, 3) for k in range(19))  # 0.5 .. 0.95


@dataclass(frozen=True)
class PeerDoc:
    """One input record as the peer reads it: its id, headline and text."""

    id: str
    title: str
    body: str


@dataclass(frozen=True)
class PeerQuote:
    """A direct quotation textacy found: its document, speaker, and character span
    (quotation marks included)."""

    doc: str
    speaker: str
    start: int
    end: int


@dataclass(frozen=True)
class PeerRun:
    """What the peer found, and the seconds each of its steps took."""

    copies: set[tuple[str, str]]
    story_of: dict[str, int]
    quotes: list[PeerQuote]
    bailed: int  # documents textacy refused (an odd number of quotation marks)
    seconds: dict[str, float] = field(default_factory=dict)


def read_jsonl(path: Path) -> list[PeerDoc]:
    """Every record of a JSONL file with its ``id``, ``title`` and ``text``."""
    docs = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                item = json.loads(line)
                docs.append(
                    PeerDoc(str(item["id"]), item.get("title") or "", item.get("text") or "")
                )
    return docs


def load_full_nlp() -> Any:
    """spaCy's English model with every component (the peer uses the lemmatizer too)."""
    import spacy

    for name in MODELS:
        try:
            return spacy.load(name)
        except OSError:
            continue
    raise SystemExit(f"no spaCy English model installed (tried {', '.join(MODELS)})")


def peer_stories(docs: Sequence[PeerDoc], distance: float = STORY_DISTANCE) -> dict[str, int]:
    """Document id -> cluster: TF-IDF, average linkage on cosine distance, cut at ``distance``."""
    from sklearn.cluster import AgglomerativeClustering
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.metrics.pairwise import cosine_distances

    if len(docs) < 2:
        return {d.id: 0 for d in docs}
    vectors = TfidfVectorizer(sublinear_tf=True, stop_words="english").fit_transform(
        [f"{d.title}\n{d.body}" for d in docs]
    )
    model = AgglomerativeClustering(
        n_clusters=None, metric="precomputed", linkage="average", distance_threshold=distance
    )
    labels = model.fit_predict(cosine_distances(vectors))
    return {d.id: int(label) for d, label in zip(docs, labels, strict=True)}


def peer_quotes(nlp: Any, docs: Sequence[PeerDoc]) -> tuple[list[PeerQuote], int]:
    """textacy's direct quotations over the full pipeline's parse of every body, and how
    many documents textacy refused (it bails out on an odd number of quotation marks)."""
    from textacy.extract.triples import direct_quotations

    found: list[PeerQuote] = []
    bailed = 0
    for doc, parsed in zip(docs, nlp.pipe([d.body for d in docs], batch_size=64), strict=True):
        try:
            triples = list(direct_quotations(parsed))
        except ValueError:
            bailed += 1
            continue
        for t in triples:
            speaker = " ".join(tok.text for tok in t.speaker)
            found.append(PeerQuote(doc.id, speaker, t.content.start_char, t.content.end_char))
    return found, bailed


def run_peer(path: Path, nlp: Any) -> PeerRun:
    """The whole peer pipeline over the JSONL file at ``path``, each step timed."""
    seconds: dict[str, float] = {}
    start = time.perf_counter()
    docs = read_jsonl(path)
    seconds["read"] = time.perf_counter() - start
    copies = datasketch_copies(docs)
    seconds["copies"] = copies.seconds
    start = time.perf_counter()
    story_of = peer_stories(docs)
    seconds["stories"] = time.perf_counter() - start
    start = time.perf_counter()
    quotes, bailed = peer_quotes(nlp, docs)
    seconds["quotes"] = time.perf_counter() - start
    return PeerRun(copies.pairs, story_of, quotes, bailed, seconds)


def tune(shared: Path) -> dict[float, float]:
    """B-cubed F1 of the peer's stories on ECB+ dev topics 1-27, per cut in ``GRID``."""
    root = shared / "eval/ecbplus-dev"
    gold: dict[str, str] = json.loads((root / "gold.json").read_text(encoding="utf-8"))
    docs = [
        d
        for d in read_jsonl(root / "articles.jsonl")
        if d.id in gold and _topic(gold[d.id]) in TUNED_TOPICS
    ]
    return {
        cut: bcubed(peer_stories(docs, cut), {d.id: gold[d.id] for d in docs})["f1"] for cut in GRID
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tune", action="store_true", help="print the story cut grid")
    parser.add_argument("--shared", type=Path, default=Path(__file__).parents[2] / "shared")
    args = parser.parse_args()
    if not args.tune:
        parser.error("nothing to do: the report (bench/report.py) runs the peer; --tune tunes it")
    scores = tune(args.shared)
    for cut, f1 in scores.items():
        print(f"distance {cut:.3f}  B-cubed F1 {f1:.4f}  (ECB+ dev topics 1-27)")
    best = max(scores, key=lambda cut: (scores[cut], cut))
    print(f"best cut {best} (STORY_DISTANCE is {STORY_DISTANCE})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
