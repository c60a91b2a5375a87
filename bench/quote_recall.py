"""Direct-quote recall of retold and of the peer (spaCy + textacy) on the newsdev gold.

Both read the same article bodies: retold's cleaned text (the gold's spans are located
in it), so the figure compares quote finding alone, not cleaning.  A gold direct
occurrence is found when a predicted span overlaps it by at least half of the shorter
of the two (``retold.eval.quotes`` conventions); each prediction is used once.  Every
quotation-marked span is in the gold, so precision counts every predicted direct quote.
"""

from __future__ import annotations

import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from peer import PeerDoc, peer_quotes

from retold.analyze import QuoteOptions, analyze_articles, load_nlp
from retold.eval.clean import run_pipeline
from retold.eval.gold import gold_key, load_gold
from retold.eval.quotes import OVERLAP, _find_spans, _overlap, same_speaker
from retold.records import Article

Span = tuple[tuple[int, int], ...]


def gold_direct(gold_path: Path, root: Path, articles: Sequence[Article]) -> dict[str, list[Any]]:
    """Article id -> its gold direct occurrences as (spans, speaker)."""
    by_key = {gold_key(a.origin, root): a for a in articles}
    out: dict[str, list[Any]] = {}
    for statement in load_gold(gold_path).raw.get("quotes", []):
        for occ in statement["occurrences"]:
            article = by_key.get(occ["article"])
            if article is None or occ["kind"] != "direct":
                continue
            spans = _find_spans(article.body, occ)
            if spans:
                out.setdefault(article.id, []).append((spans, statement["speaker"]))
    return out


def score(
    gold: dict[str, list[Any]], predicted: dict[str, list[tuple[Span, str | None]]]
) -> dict[str, float]:
    """Recall, precision and speaker accuracy (over found occurrences)."""
    found = speaker_right = total = 0
    n_predicted = sum(len(v) for v in predicted.values())
    for article, occurrences in gold.items():
        free = list(predicted.get(article, []))
        for spans, speaker in occurrences:
            total += 1
            match = next((p for p in free if _overlap(spans, p[0]) >= OVERLAP), None)
            if match is not None:
                free.remove(match)
                found += 1
                speaker_right += same_speaker(match[1], speaker)
    return {
        "gold_direct": float(total),
        "predicted_direct": float(n_predicted),
        "recall": found / total if total else 0.0,
        "precision": found / n_predicted if n_predicted else 0.0,
        "speaker_accuracy": speaker_right / found if found else 0.0,
    }


def quote_recall(corpus: Path, gold_path: Path, full_nlp: Any) -> dict[str, Any]:
    """Both quote finders on the newsdev corpus, scored and timed on the same bodies."""
    articles, _ = run_pipeline([corpus])
    gold = gold_direct(gold_path, corpus, articles)
    nlp = load_nlp()
    start = time.perf_counter()
    analyses = analyze_articles(articles, nlp, QuoteOptions())
    ours_seconds = time.perf_counter() - start
    ours: dict[str, list[tuple[Span, str | None]]] = {}
    for analysis in analyses:
        for q in analysis.quotes:
            if q.kind == "direct":
                spans = tuple((s.start, s.end) for s in q.segments)
                ours.setdefault(analysis.article, []).append((spans, q.speaker))
    start = time.perf_counter()
    found, bailed = peer_quotes(full_nlp, [PeerDoc(a.id, a.title or "", a.body) for a in articles])
    peer_seconds = time.perf_counter() - start
    theirs: dict[str, list[tuple[Span, str | None]]] = {}
    for p in found:
        theirs.setdefault(p.doc, []).append((((p.start, p.end),), p.speaker))
    return {
        "articles": len(articles),
        "retold": {**score(gold, ours), "seconds": ours_seconds},
        "peer": {**score(gold, theirs), "seconds": peer_seconds, "textacy_refused_docs": bailed},
        "retold_over_peer_speed": peer_seconds / ours_seconds,
    }
