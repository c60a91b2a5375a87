"""Furniture rules (phrase patterns kept as data) and what makes a line prose."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from functools import cache
from importlib.resources import files

# No headline, byline, date line or furniture line is this long: a longer line is body
# text, and the rules that read short lines skip it (reading a 50 MB line would not end).
LONGEST_LABEL = 2000

_TERMINAL = re.compile(r"[.!?…:;]['\"”’»)\]]*$|['\"”’»]$")
_SEGMENTS = re.compile(r"\s+[|·•]\s+")
_BULLET = re.compile(r"^\s*([•·▪►▸*–—→»-]|\d+[.)])\s+")
_WIRE_DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,}(,[^()\n]{0,60})?\s*(\([^)]{2,40}\))?\s*[-–—]\s"
)


@dataclass(frozen=True)
class Rule:
    reason: str
    pattern: re.Pattern[str]
    max_words: int
    block: bool = False
    edge_only: bool = False
    ends_article: bool = False  # a whole-page scrape's article ends above this line


@dataclass(frozen=True)
class RuleBook:
    rules: tuple[Rule, ...]
    section_words: frozenset[str]
    # (words, edge) -> the rules that read such a line: filled as lines are read
    _by_size: dict[tuple[int, bool], tuple[Rule, ...]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def match(self, line: str, *, edge: bool) -> Rule | None:
        """The first rule that removes ``line`` (or every segment of it), or None.

        "By Jane Roe | 3 min read" is furniture because each of its segments is.
        """
        if len(line) > LONGEST_LABEL:
            return None
        text = normalize(line)
        rule = self._match_one(text, edge)
        if rule is not None:
            return rule
        segments = _SEGMENTS.split(text)
        if len(segments) < 2:
            return None
        found = [self._match_one(s, edge) for s in segments if s]
        return found[0] if found and all(found) else None

    def _match_one(self, text: str, edge: bool) -> Rule | None:
        for rule in self._applicable(len(text.split()), edge):
            if rule.pattern.search(text):
                return rule
        return None

    def _applicable(self, words: int, edge: bool) -> tuple[Rule, ...]:
        """The rules, in order, that read a line of ``words`` words (at an ``edge``)."""
        key = (words, edge)
        found = self._by_size.get(key)
        if found is None:
            found = self._by_size[key] = tuple(
                r for r in self.rules if words <= r.max_words and (edge or not r.edge_only)
            )
        return found


@cache
def default_rules() -> RuleBook:
    """The rule book shipped in ``retold/data/furniture.toml`` (read once, immutable)."""
    raw = files("retold.data").joinpath("furniture.toml").read_text(encoding="utf-8")
    return load_rules(raw)


def load_rules(toml_text: str) -> RuleBook:
    data = tomllib.loads(toml_text)
    rules = tuple(
        Rule(
            reason=item["reason"],
            pattern=re.compile(item["pattern"], 0 if item.get("case_sensitive") else re.I),
            max_words=int(item.get("max_words", 40)),
            block=bool(item.get("block", False)),
            edge_only=bool(item.get("edge_only", False)),
            ends_article=bool(item.get("ends_article", False)),
        )
        for item in data["rule"]
    )
    sections = frozenset(w.lower() for w in data.get("sections", {}).get("words", []))
    return RuleBook(rules, sections)


def normalize(line: str) -> str:
    """A line with typographic spaces folded, for matching (never for output)."""
    return " ".join(line.replace("\u00a0", " ").replace("\u200b", "").split())


def word_count(line: str) -> int:
    return len(line.split())


def is_bullet(line: str) -> bool:
    return bool(_BULLET.match(line))


def ends_sentence(line: str) -> bool:
    return bool(_TERMINAL.search(line.rstrip()))


def is_prose(line: str) -> bool:
    """Whether a line reads as article text rather than a label, headline or link."""
    text = normalize(line)
    words = word_count(text)
    if is_bullet(text) and words < 25:
        return False
    if _WIRE_DATELINE.match(text) and words >= 8:
        return True
    return words >= 25 or (words >= 10 and ends_sentence(text))


def is_short_label(line: str, max_words: int = 20) -> bool:
    """A short line that is not a sentence: a headline, caption stub, or link text."""
    if len(line) > LONGEST_LABEL:
        return False
    text = normalize(line)
    return word_count(text) <= max_words and (not ends_sentence(text) or is_bullet(text))
