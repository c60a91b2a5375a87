"""Cross-validation by outlet of the speaker rules that can be switched off one by one.

Seven lists of rules: ``retold.analyze.nearby.RULES`` (speakers of direct quotes that no
sentence rule attributed, read from the words around them),
``retold.analyze.descriptions.RULES`` (a description the attribution gives of a speaker
it names no one with: 'a senior aide', 'the company', 'federal prosecutors', 'the
Texan'), ``retold.analyze.quoted_parse.FALLBACKS`` (readings of a subject the parser
finds that the speaker rules reject), ``retold.analyze.surnames.FAMILY_RULES`` (the
last readings of a surname several people share) and
``retold.analyze.antecedents.PRONOUN_RULES`` (readings of a pronoun when every
antecedent within reach has the other gender),
``retold.analyze.speakers.DOCUMENT_RULES`` (who speaks for a document: 'the statement
said') and ``retold.analyze.speakers.DESCRIBED_RULES`` (a pronoun read as the
description of an earlier speaker: 'the Ohio governor').  This script estimates what they are worth on outlets that took no part in
choosing them, on PolNeAR train alone (dev is never read here):

* Folds: leave one outlet out (the outlet is the file name's prefix: ``nyt``,
  ``politico``, ...).
* The choice made on the other outlets: a rule is switched off when, there, it named
  at least ``MIN_NAMED`` matched quotes (the gain it brings: speakers it names that
  the rules without it left unknown) and fewer than ``PRECISION`` of them rightly.
  A rule with too few matched quotes to judge stays on: the gold lists only direct
  quotes of four words or more whose source names someone, so a rule may fire often
  on train and rarely on its gold (read its train firings by hand).
* The held-out outlet is scored with the rules so chosen; every subset of the rules
  is run once over all of train, so each fold's figure is read from the run of its
  own subset.

Printed: per fold the rules chosen and speaker accuracy / precision on the held-out
outlet without and with them; then the pooled figures over all folds, the choice on
all of train, and what each rule alone adds on all of train.  The rules
themselves were designed reading train's misses of every outlet, so the folds test
the choice of rules, not their design: read the per-outlet gains for how evenly they
spread.  Deterministic: no sampling, no fitting.

    .venv/bin/python bench/speakers_cv.py --shared ../shared
"""

from __future__ import annotations

import argparse
from collections import defaultdict
from pathlib import Path
from types import ModuleType

import retold.analyze.antecedents as antecedents
import retold.analyze.descriptions as descriptions
import retold.analyze.quoted_parse as quoted_parse
import retold.analyze.speakers as speakers
import retold.analyze.surnames as surnames
from retold.analyze import analyze_articles, load_nlp, nearby
from retold.eval.clean import run_pipeline
from retold.eval.gold import gold_key, load_gold
from retold.eval.predict import Prediction
from retold.eval.quotes import run

PRECISION = 0.9  # the least precision a rule must show on the other outlets
MIN_NAMED = 3  # the fewest quotes it must have named there to be judged
COUNTS = ("speaker_correct", "speaker_named", "gold_matched")

Counts = dict[str, float]
# The lists of rules a fold switches, in order: (module, name of the list).
SWITCHED: tuple[tuple[ModuleType, str], ...] = (
    (nearby, "RULES"),
    (descriptions, "RULES"),
    (quoted_parse, "FALLBACKS"),
    (surnames, "FAMILY_RULES"),
    (antecedents, "PRONOUN_RULES"),
    (speakers, "DOCUMENT_RULES"),
    (speakers, "DESCRIBED_RULES"),
)


def _outlet(key: str) -> str:
    return key.split("_", 1)[0]


class Runs:
    """The speaker counts on train per outlet, for a subset of the rules (by name),
    each subset analysed once, when first asked for."""

    def __init__(self, shared: Path) -> None:
        self.root = shared / "eval/polnear/train/text"
        self.gold = load_gold(shared / "eval/polnear/train/gold.json")
        self.articles, _ = run_pipeline([self.root])
        self.outlets = {a.id: _outlet(gold_key(a.origin, self.root)) for a in self.articles}
        self.nlp = load_nlp()
        self.done: dict[tuple[str, ...], dict[str, Counts]] = {}

    def __getitem__(self, names: tuple[str, ...]) -> dict[str, Counts]:
        if names not in self.done:
            every = [getattr(module, list_name) for module, list_name in SWITCHED]
            for (module, list_name), rules in zip(SWITCHED, every, strict=True):
                setattr(module, list_name, tuple(r for r in rules if _name(r) in names))
            try:
                analyses = analyze_articles(self.articles, self.nlp)
            finally:
                for (module, list_name), rules in zip(SWITCHED, every, strict=True):
                    setattr(module, list_name, rules)
            self.done[names] = _per_outlet(
                self.gold, self.root, self.articles, analyses, self.outlets
            )
        return self.done[names]


def _name(rule: object) -> str:
    """'nearby._lead_in', 'descriptions.someone'."""
    module = str(getattr(rule, "__module__", "")).rsplit(".", 1)[-1]
    return f"{module}.{getattr(rule, '__name__', rule)}"


def _rules() -> list[object]:
    return [rule for module, list_name in SWITCHED for rule in getattr(module, list_name)]


def _label(names: tuple[str, ...]) -> str:
    """'all', or the rules left out ('all but descriptions.body')."""
    left_out = [_name(r) for r in _rules() if _name(r) not in names]
    return "all but " + ",".join(left_out) if left_out else "all"


def _per_outlet(gold, root, articles, analyses, outlets) -> dict[str, Counts]:  # type: ignore[no-untyped-def]
    per: dict[str, Counts] = {}
    for outlet in sorted(set(outlets.values())):
        mine = [a for a in articles if outlets[a.id] == outlet]
        ids = {a.id for a in mine}
        mine_analyses = [x for x in analyses if x.article in ids]
        prediction = Prediction("pipeline", mine, mine_analyses, [], frozenset(), 0)
        counts = run(gold, root, prediction).counts
        per[outlet] = {k: counts.get(k, 0.0) for k in COUNTS}
    return per


def _sum(per: dict[str, Counts], outlets: list[str]) -> Counts:
    total: Counts = defaultdict(float)
    for outlet in outlets:
        for k, v in per[outlet].items():
            total[k] += v
    return total


def chosen(runs: Runs, others: list[str]) -> tuple[str, ...]:
    """The rules whose gain on ``others`` is not shown imprecise, in ``RULES`` order."""
    base = _sum(runs[()], others)
    keep = []
    for rule in _rules():
        alone = _sum(runs[(_name(rule),)], others)
        named = alone["speaker_named"] - base["speaker_named"]
        right = alone["speaker_correct"] - base["speaker_correct"]
        if named < MIN_NAMED or right / named >= PRECISION:
            keep.append(_name(rule))
    return tuple(keep)


def _ratio(c: Counts, num: str, den: str) -> float:
    return c[num] / c[den] if c[den] else 0.0


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=Path("../shared"))
    args = parser.parse_args()
    runs = Runs(args.shared)
    outlets = sorted(runs[()])
    pooled_base: Counts = defaultdict(float)
    pooled: Counts = defaultdict(float)
    print(
        f"{'held out':12} {'rules chosen on the others':44} {'acc base':>8} {'acc':>6} "
        f"{'prec base':>9} {'prec':>6} {'n':>5}"
    )
    for outlet in outlets:
        rules = chosen(runs, [o for o in outlets if o != outlet])
        before, after = runs[()][outlet], runs[rules][outlet]
        for k in COUNTS:
            pooled_base[k] += before[k]
            pooled[k] += after[k]
        print(
            f"{outlet:12} {_label(rules):44} "
            f"{_ratio(before, 'speaker_correct', 'gold_matched'):8.4f} "
            f"{_ratio(after, 'speaker_correct', 'gold_matched'):6.4f} "
            f"{_ratio(before, 'speaker_correct', 'speaker_named'):9.4f} "
            f"{_ratio(after, 'speaker_correct', 'speaker_named'):6.4f} {int(after['gold_matched']):5}"
        )
    print(
        f"{'pooled':12} {'':44} {_ratio(pooled_base, 'speaker_correct', 'gold_matched'):8.4f} "
        f"{_ratio(pooled, 'speaker_correct', 'gold_matched'):6.4f} "
        f"{_ratio(pooled_base, 'speaker_correct', 'speaker_named'):9.4f} "
        f"{_ratio(pooled, 'speaker_correct', 'speaker_named'):6.4f} {int(pooled['gold_matched']):5}"
    )
    print(f"chosen on all of train: {_label(chosen(runs, outlets))}")
    base = _sum(runs[()], outlets)
    for rule in _rules():
        alone = _sum(runs[(_name(rule),)], outlets)
        named = int(alone["speaker_named"] - base["speaker_named"])
        right = int(alone["speaker_correct"] - base["speaker_correct"])
        print(f"{_name(rule)} alone on all of train: {named} more named, {right} of them right")


if __name__ == "__main__":
    main()
