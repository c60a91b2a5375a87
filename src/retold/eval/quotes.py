"""Score quotes, speakers, statement groups, fidelity and citations against gold.

    python -m retold.eval.quotes --gold GOLD.json INPUT [--oracle-stories] [--json] [--misses]

The gold is the newsdev schema (``quotes`` with ``occurrences``; ``credits`` and
``uncredited_copy_of`` per article).  Conventions, from the gold's own notes:

* A predicted span matches a gold occurrence of the same article when they overlap by
  at least half of the shorter one (split quotes: all segments count); each gold
  occurrence and each prediction is used once.
* Every quotation-marked span is in the gold, so every direct quote counts; reported
  speech is listed only for named people, so a reported statement that retold left
  without a (person) speaker and that matches nothing is *unjudged*, not wrong.
  ``span_precision_strict`` counts those too.
* Speakers compare as names (case, accents, middle names aside); a surname alone (an
  article that never names the person in full: "Minister Sarnov") matches the gold's.  ``speaker_accuracy``
  is over matched occurrences; ``speaker_precision`` over those retold named;
  ``speaker_accuracy_named`` over matched occurrences whose gold source names someone
  (PolNeAR's gold also keeps indefinite sources, 'a spokesman', 'one Iowa Democrat',
  which no name can match, and one bare pronoun, 'He' written with a no-break space,
  which its builder's pronoun test missed: ``unnamed_source``).
* Grouping is scored with B-cubed over matched occurrences.
* Citations compare per article as sets of outlets (gold aliases, no leading "The").
* ``uncredited_copy`` findings are scored against the gold's ``uncredited_copy_of``.

By default everything is what ``retold analyze`` produces end to end: statements are
grouped inside the stories retold found, and uncredited copies rest on the copy links
it found.  ``--oracle-stories`` groups inside the gold stories and takes the gold
duplicate groups as copy links instead (``retold.eval.predict``), isolating statement
matching and crediting from clustering and copy detection.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from retold.analyze import ArticleAnalysis, Quote
from retold.analyze.aliases import fold
from retold.analyze.lexicon import load_lexicon
from retold.eval.gold import Gold, gold_key, load_gold, outlet_key
from retold.eval.predict import Prediction, oracle_prediction, pipeline_prediction
from retold.eval.report import print_report
from retold.records import Article

OVERLAP = 0.5
NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv"})
MODES = {
    "pipeline": "pipeline (retold's own stories and copy links)",
    "oracle": "oracle (gold stories and gold copy links)",
}


@dataclass
class QuoteScores:
    """Counts behind every score, and the misses that explain them."""

    counts: dict[str, float] = field(default_factory=dict)
    misses: list[str] = field(default_factory=list)
    mode: str = "pipeline"  # or "oracle": see retold.eval.predict

    def add(self, name: str, value: float = 1.0) -> None:
        self.counts[name] = self.counts.get(name, 0.0) + value

    def ratio(self, num: str, den: str) -> float:
        total = self.counts.get(den, 0.0)
        return self.counts.get(num, 0.0) / total if total else 0.0

    def scores(self) -> dict[str, float]:
        r = self.ratio
        result = {
            "span_precision": r("spans_matched", "spans_judged"),
            "span_precision_strict": r("spans_matched", "spans_predicted"),
            "span_recall": r("gold_matched", "gold_occurrences"),
            "direct_recall": r("gold_direct_matched", "gold_direct"),
            "indirect_recall": r("gold_indirect_matched", "gold_indirect"),
            "speaker_accuracy": r("speaker_correct", "gold_matched"),
            "speaker_precision": r("speaker_correct", "speaker_named"),
            "speaker_accuracy_named": r("named_source_correct", "named_source_matched"),
            "speaker_missing": 1.0 - r("speaker_named", "gold_matched"),
            "cued_speaker_missing": r("cued_no_speaker", "cued_direct"),
            "fidelity_accuracy": r("fidelity_correct", "fidelity_judged"),
            "altered_precision": r("altered_correct", "altered_predicted"),
            "altered_recall": r("altered_found", "altered_gold"),
            "citation_precision": r("citations_correct", "citations_predicted"),
            "citation_recall": r("citations_found", "citations_gold"),
            "scare_precision": r("scare_correct", "scare_predicted"),
            "uncredited_precision": r("uncredited_correct", "uncredited_predicted"),
            "uncredited_recall": r("uncredited_correct", "uncredited_gold"),
            "scare_recall": r("scare_found", "scare_gold"),
        }
        result.update(self._bcubed())
        return {k: round(v, 4) for k, v in result.items()}

    def _bcubed(self) -> dict[str, float]:
        p, r, n = (self.counts.get(k, 0.0) for k in ("b3_p", "b3_r", "b3_n"))
        if not n:
            return {"grouping_b3_precision": 0.0, "grouping_b3_recall": 0.0, "grouping_b3_f1": 0.0}
        precision, recall = p / n, r / n
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {
            "grouping_b3_precision": precision,
            "grouping_b3_recall": recall,
            "grouping_b3_f1": f1,
        }


@dataclass(frozen=True)
class _GoldOccurrence:
    quote: str  # gold statement id
    speaker: str
    kind: str
    fidelity: str
    spans: tuple[tuple[int, int], ...]
    speaker_key: str | None = None  # PolNeAR: the source's head word


# PolNeAR's gold joins a split quote's segments as 'it,” “Yesterday'
_JOINED_SEGMENTS = re.compile(r"\s*[”\"]\s+[“\"]\s*")


def _find_spans(body: str, occurrence: dict[str, Any]) -> tuple[tuple[int, int], ...]:
    pieces = occurrence.get("segments") if occurrence.get("split") else [occurrence["text"]]
    if not occurrence.get("split") and occurrence["text"] not in body:
        pieces = [p for p in _JOINED_SEGMENTS.split(occurrence["text"]) if p.strip()]
    spans: list[tuple[int, int]] = []
    cursor = 0
    for piece in pieces or []:
        at = body.find(piece, cursor)
        if at < 0:
            at = body.find(piece)
        if at < 0:
            return ()
        spans.append((at, at + len(piece)))
        cursor = at + len(piece)
    return tuple(spans)


def _overlap(a: Sequence[tuple[int, int]], b: Sequence[tuple[int, int]]) -> float:
    shared = sum(max(0, min(e1, e2) - max(s1, s2)) for s1, e1 in a for s2, e2 in b)
    size_a = sum(e - s for s, e in a)
    size_b = sum(e - s for s, e in b)
    return shared / min(size_a, size_b) if size_a and size_b else 0.0


def same_speaker(predicted: str | None, gold: str, key: str | None = None) -> bool:
    """Names compare whole, or by first and last word.  With a ``key`` (PolNeAR: the
    gold is the source span, the key its head word) the key is a word of the predicted
    name (the surname, or the name a text calls someone by: 'Hillary', 'Ban' for Ban
    Ki-moon) or the predicted surname is a word of the span: "Clinton's communications
    director, Jennifer Palmieri"; a generational suffix aside ('Jr.')."""
    if predicted is None:
        return False
    p, g = fold(predicted).split(), fold(gold).split()
    if key is not None and len(p) > 1 and p[-1].rstrip(".") in NAME_SUFFIXES:
        p = p[:-1]  # 'Charles Elliott Jr.' is an Elliott
    if key is not None and p:
        span_words = set(re.findall(r"\w+", fold(gold)))
        return fold(key) in p or p[-1] in span_words
    if len(p) == 1 and len(g) > 1:  # 'Minister Sarnov', never named in full, is Sarnov
        return p[0] == g[-1]
    return p == g or (len(p) > 1 and p[0] == g[0] and p[-1] == g[-1])


# A source introduced with one of these is someone the text does not name ('a
# spokesman', 'one New Hampshire Democrat'); PolNeAR's gold keeps such sources.
INDEFINITE = frozenset({"a", "an", "one", "another", "some", "several", "many", "other"})


def unnamed_source(speaker: str, pronouns: frozenset[str]) -> bool:
    """Is the gold source one that names no one: an indefinite description, or a bare
    pronoun ('He')?  PolNeAR's gold keeps no pronoun source, but its builder missed
    one written with a no-break space ('He\u00a0'); ``fold`` reads U+00A0 as a space."""
    words = fold(speaker).split()
    if len(words) == 1 and words[0] in pronouns:  # the lexicon's speaker pronouns
        return True
    return bool(words) and words[0] in INDEFINITE


def _judged(quote: Quote) -> bool:
    return quote.kind == "direct" or quote.speaker_kind == "person"


def run(gold: Gold, root: Path, predicted: Prediction) -> QuoteScores:
    """Score retold's output (quotes, statement groups, findings) against ``gold``."""
    scores = QuoteScores(mode=predicted.mode)
    keyed = {gold_key(a.origin, root): a for a in predicted.articles}
    by_article = {a.article: a for a in predicted.analyses}
    gold_occ = _gold_occurrences(gold, keyed)
    groups = predicted.groups
    # a gold without stories (PolNeAR: statements of one article) judges no statement
    # across stories: its groups are scored as each story made them
    across = bool(gold.raw.get("stories"))
    predicted_group = {
        o.quote: ((g.statement if across else None) or g.id, o.fidelity)
        for g in groups
        for o in g.occurrences
    }
    pairs: list[tuple[_GoldOccurrence, Quote]] = []
    for key, article in keyed.items():
        analysis = by_article.get(article.id)
        quotes = list(analysis.quotes) if analysis else []
        _count_cued(scores, quotes)
        pairs += _match(scores, key, quotes, gold_occ.get(key, []))
        _score_article(scores, gold, key, article, analysis)
    _score_pairs(scores, pairs, predicted_group)
    _score_findings(scores, gold, keyed, predicted)
    return scores


def _count_cued(scores: QuoteScores, quotes: Sequence[Quote]) -> None:
    """Direct quotes whose attribution was found (a cue: "said", "told", a colon
    lead-in), and how many of them name no one: a speaker left unknown although the
    text says who spoke.  Needs no gold."""
    for quote in quotes:
        if quote.kind == "direct" and quote.cue is not None:
            scores.add("cued_direct")
            scores.add("cued_no_speaker", float(quote.speaker is None))


def _gold_occurrences(gold: Gold, keyed: dict[str, Article]) -> dict[str, list[_GoldOccurrence]]:
    result: dict[str, list[_GoldOccurrence]] = {}
    for statement in gold.raw.get("quotes", []):
        for occ in statement["occurrences"]:
            article = keyed.get(occ["article"])
            spans = _find_spans(article.body, occ) if article else ()
            result.setdefault(occ["article"], []).append(
                _GoldOccurrence(
                    statement["id"],
                    statement["speaker"],
                    occ["kind"],
                    occ["fidelity"],
                    spans,
                    statement.get("speaker_key"),
                )
            )
    return result


def _match(
    scores: QuoteScores, key: str, quotes: list[Quote], gold: list[_GoldOccurrence]
) -> list[tuple[_GoldOccurrence, Quote]]:
    candidates = []
    for gi, g in enumerate(gold):
        for qi, q in enumerate(quotes):
            value = _overlap(g.spans, [(s.start, s.end) for s in q.segments])
            if value >= OVERLAP:
                candidates.append((value, int(g.kind == q.kind), gi, qi))
    used_g: set[int] = set()
    used_q: set[int] = set()
    pairs = []
    for _, _, gi, qi in sorted(candidates, reverse=True):
        if gi not in used_g and qi not in used_q:
            used_g.add(gi)
            used_q.add(qi)
            pairs.append((gold[gi], quotes[qi]))
    for qi, q in enumerate(quotes):
        scores.add("spans_predicted")
        if qi in used_q or _judged(q):
            scores.add("spans_judged")
        if qi in used_q:
            scores.add("spans_matched")
        elif _judged(q):
            scores.misses.append(f"extra {key}: {q.kind} {q.speaker} | {q.text[:80]}")
    for gi, g in enumerate(gold):
        scores.add("gold_occurrences")
        scores.add(f"gold_{g.kind}")
        if gi in used_g:
            scores.add("gold_matched")
            scores.add(f"gold_{g.kind}_matched")
        else:
            scores.misses.append(f"missed {key}: {g.quote} {g.kind} {g.speaker}")
    return pairs


def _score_pairs(
    scores: QuoteScores,
    pairs: list[tuple[_GoldOccurrence, Quote]],
    predicted_group: Mapping[str, tuple[str, str]],
) -> None:
    pronouns = frozenset(load_lexicon().pronouns)
    for g, q in pairs:
        if q.speaker is not None:
            scores.add("speaker_named")
        right = same_speaker(q.speaker, g.speaker, g.speaker_key)
        if not unnamed_source(g.speaker, pronouns):
            scores.add("named_source_matched")
            scores.add("named_source_correct", float(right))
        if right:
            scores.add("speaker_correct")
        elif q.speaker is not None:
            scores.misses.append(f"speaker {q.article}: {q.speaker!r} != {g.speaker!r}")
        else:
            scores.misses.append(
                f"no speaker {q.article}: {g.speaker!r}, attribution {q.speaker_text!r}"
                f" ({q.shape}) | {q.text[:60]}"
            )
        _, fidelity = predicted_group.get(q.id, ("", ""))
        if fidelity:
            scores.add("fidelity_judged")
            scores.add("fidelity_correct", float(fidelity == g.fidelity))
            if fidelity != g.fidelity:
                scores.misses.append(
                    f"fidelity {g.quote}: {fidelity} != {g.fidelity} | {q.text[:60]}"
                )
        scores.add("altered_gold", float(g.fidelity == "altered"))
        scores.add("altered_predicted", float(fidelity == "altered"))
        scores.add("altered_correct", float(fidelity == "altered" == g.fidelity))
        scores.add("altered_found", float(fidelity == "altered" == g.fidelity))
    _bcubed(scores, [(g.quote, predicted_group.get(q.id, (q.id, ""))[0]) for g, q in pairs])


def _bcubed(scores: QuoteScores, labels: list[tuple[str, str]]) -> None:
    for gold_label, predicted in labels:
        same_pred = [g for g, p in labels if p == predicted]
        same_gold = [p for g, p in labels if g == gold_label]
        scores.add("b3_n")
        scores.add("b3_p", sum(g == gold_label for g in same_pred) / len(same_pred))
        scores.add("b3_r", sum(p == predicted for p in same_gold) / len(same_gold))


def _score_article(
    scores: QuoteScores, gold: Gold, key: str, article: Article, analysis: ArticleAnalysis | None
) -> None:
    label = gold.articles.get(key, {})
    expected = {
        gold.outlet_aliases.get(outlet_key(c), outlet_key(c)) for c in label.get("credits", [])
    }
    found = {
        gold.outlet_aliases.get(outlet_key(c.source), outlet_key(c.source))
        for c in (analysis.citations if analysis else ())
    }
    scores.add("citations_gold", len(expected))
    scores.add("citations_predicted", len(found))
    scores.add("citations_correct", len(found & expected))
    scores.add("citations_found", len(found & expected))
    for extra in sorted(found - expected):
        scores.misses.append(f"citation extra {key}: {extra}")
    for missing in sorted(expected - found):
        scores.misses.append(f"citation missed {key}: {missing}")
    scare_gold = set(label.get("scare_quotes", []))
    scare_found = {s.text for s in (analysis.scare_quotes if analysis else ())}
    scores.add("scare_gold", len(scare_gold))
    scores.add("scare_predicted", len(scare_found))
    scores.add("scare_correct", len(scare_found & scare_gold))
    scores.add("scare_found", len(scare_found & scare_gold))
    for extra in sorted(scare_found - scare_gold):
        scores.misses.append(f"scare extra {key}: {extra}")
    for missing in sorted(scare_gold - scare_found):
        scores.misses.append(f"scare missed {key}: {missing}")


def _score_findings(
    scores: QuoteScores, gold: Gold, keyed: dict[str, Article], predicted: Prediction
) -> None:
    """``uncredited_copy`` findings against the gold's ``uncredited_copy_of``."""
    scores.add("altered_findings", predicted.altered_findings)
    expected = {
        keyed[key].id
        for key, label in gold.articles.items()
        if label.get("uncredited_copy_of") and key in keyed
    }
    found = set(predicted.uncredited)
    scores.add("uncredited_predicted", len(found))
    scores.add("uncredited_gold", len(expected))
    scores.add("uncredited_correct", len(found & expected))
    by_id = {a.id: k for k, a in keyed.items()}
    for subject in sorted(found - expected):
        scores.misses.append(f"uncredited extra {by_id.get(subject, subject)}")
    for subject in sorted(expected - found):
        scores.misses.append(f"uncredited missed {by_id.get(subject, subject)}")


def evaluate(
    gold_path: Path, inputs: list[Path], nlp: Any = None, oracle: bool = False
) -> QuoteScores:
    """Run retold over ``inputs`` and score it against the gold file: end to end, or
    with ``oracle`` inside the gold stories and copy links."""
    gold = load_gold(gold_path)
    predicted = oracle_prediction(gold, inputs, nlp) if oracle else pipeline_prediction(inputs)
    return run(gold, inputs[0], predicted)


def quotes_suite(gold_path: Path, input_path: Path) -> dict[str, float]:
    """The gate's runner signature (``retold.eval.gate.RUNNERS``): end to end."""
    return evaluate(gold_path, [input_path]).scores()


def oracle_quotes_suite(gold_path: Path, input_path: Path) -> dict[str, float]:
    """Gate runner: statements grouped inside the gold stories, gold copy links."""
    return evaluate(gold_path, [input_path], oracle=True).scores()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gold", type=Path, required=True)
    parser.add_argument("inputs", type=Path, nargs="+", metavar="INPUT")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--misses", action="store_true")
    parser.add_argument(
        "--oracle-stories",
        action="store_true",
        help="group statements inside the gold stories, gold duplicate groups as copy links",
    )
    args = parser.parse_args(argv)
    result = evaluate(args.gold, args.inputs, oracle=args.oracle_stories)
    print_report(
        result.scores(),
        result.counts,
        result.misses,
        as_json=args.json,
        show_misses=args.misses,
        head={"mode": result.mode if args.json else MODES[result.mode]},
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
