"""Grading one wording of a statement against the original wording.

* ``verbatim``: the same words (typography, contractions, numerals vs words ignored);
* ``edited``: the original's words with light edits: a sub-part, a tense, a dropped word;
* ``paraphrased``: the same statement in other words (reported speech, re-translation);
* ``altered``: the meaning changed, shown by explicit evidence only: a negation
  dropped or added, a number changed, or a cut just before a counterpoint ("It is a
  good communique[, but it is a communique]"), a condition ("The plant will close[
  unless a buyer is found]") or a correction ("Our case was never that ...[. Our case
  was that ...]").  Evidence is looked for only where the two
  wordings line up closely, so a free paraphrase is never called altered.  A cut is
  no alteration when the article carries the cut words next to the quote: the rest of
  a quote split around its attribution, a paraphrase in the next clause, a second
  quotation in the same sentence (``around``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Protocol

from retold.compare.records import Alteration, DiffOp, Fidelity
from retold.compare.words import Vocabulary, Word, content_words, stem, words

STRONG = 0.7  # both wordings at least this much made of shared words
EDITED = 0.8
CARRIED = 0.5  # share of a cut clause's content words found around the quote: not cut
SIDE = 400  # characters searched on each side of a quote for its surroundings
SENTENCE_END = re.compile(r"[.!?][\"”’)]*\s+|\n\s*\n")


@dataclass(frozen=True)
class Grade:
    fidelity: Fidelity
    similarity: float
    diff: tuple[DiffOp, ...]
    alterations: tuple[Alteration, ...]


class Wording(Protocol):
    """A quote or an occurrence: its words, kind and place in its article."""

    @property
    def text(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def start(self) -> int: ...
    @property
    def end(self) -> int: ...


def grade_wording(
    original: Wording, wording: Wording, body: str, vocabulary: Vocabulary, cuts: bool = True
) -> Grade:
    """``wording`` graded against the statement's ``original`` (itself: as it is), a
    reported wording of a direct original as reported speech, the article ``body``
    around it read for a cut that the article carries elsewhere."""
    if wording is original:
        return grade(wording.text, wording.text, vocabulary)
    reported = wording.kind == "indirect" and original.kind == "direct"
    around = surroundings(body, wording.start, wording.end)
    return grade(original.text, wording.text, vocabulary, reported, around, cuts=cuts)


def grade(
    original: str,
    occurrence: str,
    vocabulary: Vocabulary,
    reported: bool = False,
    around: str = "",
    cuts: bool = True,
) -> Grade:
    """Grade ``occurrence`` against ``original``; ``reported``: the occurrence is
    reported speech of a direct original (never better than paraphrased); ``around``:
    the article's text beside the occurrence (see ``surroundings``); ``cuts``: look
    for a cut that alters (off across stories: a later story quotes the part it needs)."""
    a, b = words(original, vocabulary), words(occurrence, vocabulary)
    na, nb = [w.norm for w in a], [w.norm for w in b]
    ops = SequenceMatcher(a=na, b=nb, autojunk=False).get_opcodes()
    diff = tuple(_diff_op(tag, a[i1:i2], b[j1:j2]) for tag, i1, i2, j1, j2 in ops)
    matched = sum(i2 - i1 for tag, i1, i2, _, _ in ops if tag == "equal")
    similarity = matched / len(a) if a else 0.0
    if na == nb:
        return Grade("verbatim", 1.0, diff, ())
    equal = [(i1, i2) for tag, i1, i2, _, _ in ops if tag == "equal"]
    if not equal or not b:
        return Grade("paraphrased", similarity, diff, ())
    a0, a1 = equal[0][0], equal[-1][1]
    keep_b, keep_a = matched / len(b), matched / max(1, a1 - a0)
    alterations: list[Alteration] = []
    if keep_b >= STRONG and keep_a >= STRONG and matched >= 3:
        alterations += _negations(a[a0:a1], b, ops, a0, vocabulary)
        alterations += _numbers(a, b, ops, vocabulary)
        if cuts:
            alterations += _truncation(original, a, b, (a1, keep_b), vocabulary, around)
    if alterations:
        return Grade("altered", similarity, diff, tuple(alterations))
    if reported:
        return Grade("paraphrased", similarity, diff, ())
    if matched == len(b) or (keep_b >= EDITED + 0.05 and keep_a >= EDITED):
        return Grade("edited", similarity, diff, ())
    return Grade("paraphrased", similarity, diff, ())


def _text(items: list[Word]) -> str:
    return " ".join(w.text for w in items if w.text)


def _diff_op(tag: str, a: list[Word], b: list[Word]) -> DiffOp:
    return DiffOp(tag, _text(a), _text(b))  # type: ignore[arg-type]


def _negations(
    region: list[Word],
    b: list[Word],
    ops: Sequence[tuple[str, int, int, int, int]],
    a0: int,
    vocabulary: Vocabulary,
) -> list[Alteration]:
    """A negation in one wording and not the other, where the rest lines up."""
    count_a = sum(w.norm in vocabulary.negations for w in region)
    count_b = sum(w.norm in vocabulary.negations for w in b)
    if count_a == count_b:
        return []
    found: list[Alteration] = []
    full_a = region  # offsets in ops are into the whole original; rebase on a0
    for tag, i1, i2, j1, j2 in ops:
        if tag == "equal":
            continue
        part_a = full_a[max(0, i1 - a0) : max(0, i2 - a0)]
        part_b = b[j1:j2]
        neg_a = [w.text or w.norm for w in part_a if w.norm in vocabulary.negations]
        neg_b = [w.text or w.norm for w in part_b if w.norm in vocabulary.negations]
        if len(neg_a) == len(neg_b):
            continue
        if _affirmative(part_a, vocabulary) != _affirmative(part_b, vocabulary):
            continue  # reworded around the negation ("is unjustified" / "has no basis")
        context_a = _text(full_a[max(0, i1 - a0 - 2) : max(0, i2 - a0) + 2])
        context_b = _text(b[max(0, j1 - 2) : j2 + 2])
        what = (
            f"negation {', '.join(repr(n) for n in neg_a)} dropped"
            if len(neg_a) > len(neg_b)
            else f"negation {', '.join(repr(n) for n in neg_b)} added"
        )
        found.append(Alteration("negation", context_a, context_b, what))
    return found


def _affirmative(words: list[Word], vocabulary: Vocabulary) -> list[str]:
    """The words with their negation taken out, and the auxiliary it brought ("do not
    believe" is "believe" negated): only a bare negation flip is 'altered'.  ("didn't"
    is already "did" + "not": see ``words._forms``.)"""
    negations, auxiliaries = vocabulary.negations, vocabulary.auxiliaries
    return [
        w.norm
        for k, w in enumerate(words)
        if w.norm not in negations
        and not (w.norm in auxiliaries and words[k + 1 : k + 2] and words[k + 1].norm in negations)
    ]


def _numbers(
    a: list[Word],
    b: list[Word],
    ops: Sequence[tuple[str, int, int, int, int]],
    vocabulary: Vocabulary,
) -> list[Alteration]:
    """A number replaced by a different number, with the words around it unchanged and
    not the same quantity in another unit or on the 24-hour clock."""
    found: list[Alteration] = []
    for k, (tag, i1, i2, j1, j2) in enumerate(ops):
        if tag != "replace" or i2 - i1 != j2 - j1 or i2 - i1 > 2:
            continue
        between = 0 < k < len(ops) - 1 and ops[k - 1][0] == ops[k + 1][0] == "equal"
        values_a = [w.number for w in a[i1:i2] if w.number is not None]
        values_b = [w.number for w in b[j1:j2] if w.number is not None]
        if not (between and values_a and values_b and values_a != values_b):
            continue
        if _converted(a[i1 : i2 + 2], b[j1 : j2 + 2], vocabulary):
            continue
        detail = f"{_number(values_a)} became {_number(values_b)}"
        context_a = _text(a[max(0, i1 - 2) : i2 + 2])
        context_b = _text(b[max(0, j1 - 2) : j2 + 2])
        found.append(Alteration("number", context_a, context_b, detail))
    return found


def _converted(a: list[Word], b: list[Word], vocabulary: Vocabulary) -> bool:
    """Do the first numbers of ``a`` and ``b`` (each with the words after it) give one
    quantity: in units the vocabulary converts ("30 miles", "48 km"), or one hour on the
    12- and the 24-hour clock ("6 41 pm", "18 41")?"""
    x = next((w.number for w in a if w.number is not None), None)
    y = next((w.number for w in b if w.number is not None), None)
    if x is None or y is None:
        return False
    units_a = [w.norm for w in a if w.number is None]
    units_b = [w.norm for w in b if w.number is None]
    for u in units_a:
        for v in units_b:
            factor = vocabulary.conversions.get((u, v))
            if factor is not None and abs(x * factor - y) <= max(1.0, 0.05 * y):
                return True
    pm_a, pm_b = (any(n in vocabulary.afternoon for n in u) for u in (units_a, units_b))
    return (pm_a and not pm_b and y == x + 12) or (pm_b and not pm_a and x == y + 12)


def _clause(text: str, start: int) -> str:
    """The original's words from ``start`` to the end of that clause."""
    match = re.search(r"[.!?;,](?:\s|$)", text[start:])
    end = start + match.start() if match else len(text)
    return " ".join(text[start:end].split())


def _aside(text: str, word: Word) -> bool:
    """A contrast word set off by commas after the words it follows ("I hope to, though,
    and ..."): it marks those words as the counterpoint, and opens none of its own."""
    before = text[: word.start].rstrip()
    return before.endswith(",") and re.match(r"\s*[,.;!?]", text[word.end :]) is not None


def _shown(clause: str) -> str:
    """A clause as a finding shows it (80 characters)."""
    return clause if len(clause) <= 80 else clause[:77].rsplit(" ", 1)[0] + " ..."


def _carried(cut: str, around: str, vocabulary: Vocabulary) -> bool:
    """Does the text around the quote carry the cut clause: two or more of its content
    words (contrast words aside), and at least ``CARRIED`` of them?"""
    clause = set(content_words(cut, vocabulary))
    clause -= {stem(c) for c in vocabulary.contrasts}
    found = clause & set(content_words(around, vocabulary))
    return len(found) >= 2 and len(found) >= CARRIED * len(clause)


def surroundings(body: str, start: int, end: int) -> str:
    """The text beside a quote at ``body[start:end]``: its sentence before it, and after
    it the rest of that sentence and the next one (paragraph breaks included)."""
    before = body[max(0, start - SIDE) : start]
    stops = list(SENTENCE_END.finditer(before))
    before = before[stops[-1].end() :] if stops else before
    after = body[end : end + SIDE]
    stops = list(SENTENCE_END.finditer(after))
    after = after[: stops[1].start() + 1] if len(stops) > 1 else after
    return f"{before} {after}"


def _number(values: list[float]) -> str:
    """Values as a finding prints them: whole numbers in full ("40000000", not "4e+07")."""
    return ", ".join(str(int(v)) if v.is_integer() else f"{v:g}" for v in values)


def _truncation(
    original: str,
    a: list[Word],
    b: list[Word],
    kept: tuple[int, float],
    vocabulary: Vocabulary,
    around: str,
) -> list[Alteration]:
    """Cut just before a counterpoint or a correction that reverses the kept part, and
    not carried by the text ``around`` the quote.  ``kept``: where the shared words end
    in ``a``, and the share of ``b`` they make up."""
    a1, keep_b = kept
    rest = a[a1:]
    if keep_b < 0.9 or len(rest) < 3:
        return []
    clause = _clause(original, rest[0].start)
    if _carried(clause, around, vocabulary):
        return []
    shown = _shown(clause)
    if any(w.norm in vocabulary.contrasts and not _aside(original, w) for w in rest[:2]):
        return [Alteration("truncation", shown, "", f"cut before the counterpoint '{shown}'")]
    if rest[0].norm in vocabulary.conditions:
        return [Alteration("truncation", shown, "", f"cut before the condition '{shown}'")]
    unsaid = [w.norm for w in b if w.norm not in vocabulary.negations]
    negated = len(unsaid) < len(b)
    opening = [w.norm for w in rest[:3]]
    if negated and len(unsaid) >= 3 and opening == unsaid[:3]:
        return [Alteration("truncation", shown, "", f"cut before the correction '{shown}'")]
    return []
