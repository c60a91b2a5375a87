"""Citations: whom an article credits ("according to The Guardian", "told Kestrel Wire",
"(Kestrel Wire)" datelines, "Translated from: ...", "Kestrel Wire contributed reporting.").

A credited name counts only when it is an outlet: a known one (``data/outlets.toml``
plus the outlets of the articles being analysed), one whose name ends in an outlet word
("... Courier"), or one a descriptor introduces ("the athletics website Tartan Track").
"According to the fire service" is not a credit; neither is "according to Western media
reports".  "She told the paper" points back at the outlet credited last.  The article's
own outlet is never a credit.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cached_property
from pathlib import Path

from retold.analyze.aliases import fold, outlet_key
from retold.analyze.lexicon import Lexicon
from retold.analyze.records import Citation, CitationKind, Where
from retold.data import load_data
from retold.records import Article

WORD = r"[A-Z][\w'’&\-]*(?:\.[A-Za-z][\w'’&\-]*)*"
NAME = rf"{WORD}(?:(?:[ \t]+(?:of|del|de|la|di|du|der|van|von|y|for|&))*[ \t]+{WORD}){{0,5}}"
WINDOW = 160  # characters searched on each side of a credit's keyword
DOMAIN = r"(?P<domain>[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,})"
DATELINE = re.compile(
    r"^[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}(?:,[^()\n]{0,60}?)?\s*\((?P<src>[^()\n]{2,40})\)\s*[-–—]",
    re.MULTILINE,
)


@dataclass
class _Memory:
    """What "the paper" can point back at while an article is read."""

    translated: str | None = None  # the paper this article is a translation of
    recent: str | None = None  # the outlet credited last


@dataclass(frozen=True)
class CreditPattern:
    kind: CitationKind
    regex: re.Pattern[str]
    keyword: str  # a lower-case word every match contains: only text near it is searched


@dataclass(frozen=True, eq=False)
class CreditRules:
    patterns: tuple[CreditPattern, ...]
    known: dict[str, str]  # folded name, alias or squashed domain -> canonical outlet
    heads: frozenset[str]
    first_words: frozenset[str]
    vague: frozenset[str]
    stop: frozenset[str]  # words that cannot open an outlet name ("On", "Monday")
    corpus: frozenset[str] = frozenset()  # outlets of the articles analysed

    @cached_property
    def keywords(self) -> frozenset[str]:
        """The patterns' keywords: each is looked for once per text."""
        return frozenset(p.keyword for p in self.patterns if p.keyword)


def load_credit_rules(path: Path | None = None) -> CreditRules:
    """Credit phrases from ``data/credits.toml`` (compiled once; reuse the result)."""
    data = load_data("credits.toml", path)
    spec = data["outlets"]
    source = _source_pattern(spec["descriptor_nouns"], spec["anaphors"])
    patterns: list[CreditPattern] = []
    kinds: tuple[CitationKind, ...] = ("credit", "wire", "translation")
    for kind in kinds:
        for template in data[kind]["patterns"]:
            patterns.append(
                CreditPattern(kind, _compile(template, source, kind), _keyword(template))
            )
    return CreditRules(
        patterns=tuple(patterns),
        known=_known_outlets(()),
        heads=frozenset(fold(h) for h in spec["heads"]),
        first_words=frozenset(fold(w) for w in spec["first_words"]),
        vague=frozenset(fold(v) for v in spec["vague"]),
        stop=frozenset(),
    )


def with_outlets(rules: CreditRules, outlets: Iterable[str], lexicon: Lexicon) -> CreditRules:
    """``rules`` that also know ``outlets`` (e.g. those of the articles analysed)."""
    outlets = [name.strip() for name in outlets if name and name.strip()]
    known = {**_known_outlets(outlets), **rules.known}
    stop = lexicon.not_names | lexicon.weekdays | lexicon.months
    corpus = frozenset(known[outlet_key(name)] for name in outlets)
    return replace(rules, known=known, stop=stop, corpus=corpus)


def _source_pattern(descriptors: list[str], anaphors: list[str]) -> str:
    nouns = "|".join(re.escape(d) for d in sorted(descriptors, key=len, reverse=True))
    back = "|".join(_anaphor(a) for a in sorted(anaphors, key=len, reverse=True))
    descriptor = rf"(?P<desc>(?:(?i:the|a|an|state|local)\s+)?(?:[\w-]+\s+){{0,2}}(?:{nouns})\s+)"
    # "the local Valley Echo newspaper reported": a descriptor may follow the name too
    after = rf"(?:\s+(?:{nouns})(?![\w-]))?"
    return (
        rf"(?:(?P<ana>{back})(?![\w-])(?![ \t]+[A-Z])"
        rf"|(?:(?i:the)\s+)?(?:(?i:local|state)\s+)?{descriptor}?(?P<src>{NAME}){after})"
    )


def _keyword(template: str) -> str:
    """The longest literal word of a template ("{source} reported" -> "reported")."""
    literal = re.sub(r"\{source\}|\{domain\}", " ", template)
    words = re.findall(r"[^\W\d_]+", literal) or literal.split()
    return max(words, key=len).lower() if words else ""


def _anaphor(phrase: str) -> str:
    """'the paper': any case for the determiner, lower case for the noun ('the Daily
    Courier' is a name, not 'the daily')."""
    first, _, rest = phrase.partition(" ")
    noun = r"\s+".join(re.escape(word) for word in rest.split())
    return rf"(?i:{re.escape(first)})\s+{noun}"


def _compile(template: str, source: str, kind: CitationKind) -> re.Pattern[str]:
    parts = re.split(r"(\{source\}|\{domain\})", template)
    regex = ""
    for part in parts:
        if part == "{source}":
            regex += source
        elif part == "{domain}":
            regex += DOMAIN
        elif part:
            literal = re.escape(part).replace(r"\ ", r"\s+")
            regex += f"(?i:{literal})"
            if part[-1].isalpha():
                regex += r"(?:that)?(?![\w-])"
    if kind == "wire":  # a whole line: "By Kestrel Wire", "— Kestrel Wire"
        return re.compile(rf"^\s*{regex}\s*[.]?\s*$", re.MULTILINE)
    if kind == "translation":  # a line start: "Translated from: X (City), date"
        return re.compile(rf"^\s*{regex}", re.MULTILINE)
    return re.compile(rf"(?<![\w-]){regex}")


def _known_outlets(extra: Iterable[str]) -> dict[str, str]:
    from retold.clean.metadata import known_outlets

    known: dict[str, str] = {}
    for outlet in known_outlets():
        for alias in (outlet.name, *outlet.aliases):
            known.setdefault(outlet_key(alias), outlet.name)
        for domain in outlet.domains:
            known.setdefault(outlet_key(domain.split(".")[0]), outlet.name)
    for name in extra:
        if name and name.strip():
            known.setdefault(outlet_key(name), name.strip())
            known.setdefault(outlet_key(name).replace(" ", ""), name.strip())
    return known


def find_citations(article: Article, rules: CreditRules) -> tuple[Citation, ...]:
    """Every source the article credits, in reading order (removed lines first)."""
    own = resolve_outlet(article.outlet, rules, strong=True) if article.outlet else None
    found: list[Citation] = []
    memory = _Memory()
    for removed in article.removed:
        found.extend(_scan(article.id, removed.text, rules, own, memory, "removed", removed.line))
    found.extend(_datelines(article, rules, own, memory))
    found.extend(_scan(article.id, article.body, rules, own, memory, "body", None))
    return tuple(found)


def _datelines(
    article: Article, rules: CreditRules, own: str | None, memory: _Memory
) -> list[Citation]:
    found = []
    for match in DATELINE.finditer(article.body):
        source = resolve_outlet(match.group("src"), rules, strong=True)
        if source is None or source == own:
            continue
        memory.recent = source
        start, end = match.start("src") - 1, match.end("src") + 1
        found.append(Citation(article.id, start, end, article.body[start:end], source, "dateline"))
    return found


def _scan(
    article: str,
    text: str,
    rules: CreditRules,
    own: str | None,
    memory: _Memory,
    where: Where,
    line: int | None,
) -> list[Citation]:
    hits: list[tuple[int, int, CitationKind, str | None]] = []
    lower = text.lower()
    present = {k for k in rules.keywords if k in lower}  # each keyword looked for once
    for pattern in rules.patterns:
        if pattern.keyword and pattern.keyword not in present:
            continue
        for match in _matches(pattern, text, lower):
            kind = pattern.kind
            hits.append((match.start(), match.end(), kind, _source_of(match, kind, rules)))
    found: list[Citation] = []
    taken: list[tuple[int, int]] = []
    for start, end, kind, source in sorted(hits, key=lambda h: (h[0], -h[1])):
        if any(a < end and start < b for a, b in taken):
            continue
        if source == "":  # an anaphor ("the paper"): the translated paper, else the last credit
            source = memory.translated or memory.recent
        if source is None or source == own:
            continue
        taken.append((start, end))
        memory.recent = source
        if kind == "translation":
            memory.translated = memory.translated or source
        phrase = text[start:end].strip()
        offset = start + (len(text[start:end]) - len(text[start:end].lstrip()))
        found.append(
            Citation(article, offset, offset + len(phrase), phrase, source, kind, where, line)
        )
    return found


def _matches(pattern: CreditPattern, text: str, lower: str) -> list[re.Match[str]]:
    """Matches of ``pattern``, looking only around occurrences of its keyword."""
    if pattern.keyword and pattern.keyword not in lower:
        return []
    if not pattern.keyword or len(lower) != len(text):
        return list(pattern.regex.finditer(text))
    found: dict[tuple[int, int], re.Match[str]] = {}
    at = lower.find(pattern.keyword)
    while at >= 0:
        start = text.rfind("\n", 0, max(0, at - WINDOW)) + 1
        end = text.find("\n", at + WINDOW)
        for match in pattern.regex.finditer(text, start, end if end >= 0 else len(text)):
            if match.start() <= at < match.end():
                found.setdefault(match.span(), match)
        at = lower.find(pattern.keyword, at + len(pattern.keyword))
    return list(found.values())


def _source_of(match: re.Match[str], kind: CitationKind, rules: CreditRules) -> str | None:
    """The outlet a match credits; "" for an anaphor; None when it is not an outlet."""
    groups = match.groupdict()
    if groups.get("ana"):
        return ""
    if groups.get("domain"):
        return resolve_outlet(groups["domain"].split(".")[0], rules, strong=True)
    name = groups.get("src")
    if not name:
        return None
    strong = kind == "translation" or bool(groups.get("desc"))
    return resolve_outlet(name, rules, strong=strong)


def resolve_outlet(name: str | None, rules: CreditRules, strong: bool = False) -> str | None:
    """The outlet ``name`` refers to, or None.  ``strong``: the context says it is one."""
    if not name:
        return None
    words = name.strip(" .,:;").split()
    while words and fold(words[0]) in rules.stop:
        words.pop(0)
    if not words:
        return None
    tidy = " ".join(words)
    key = outlet_key(tidy)
    if key in rules.vague or any(w in rules.vague for w in key.split()[-1:]):
        return None
    if key in rules.known:
        return rules.known[key]
    partial = _partial(key, rules)
    if partial is not None:
        return partial
    folded = key.split()
    if strong or folded[-1] in rules.heads or folded[0] in rules.first_words:
        return tidy
    return None


def _partial(key: str, rules: CreditRules) -> str | None:
    """'Courier' -> 'Northern Ridge Courier', 'DSB' -> 'DSB News' (when unique, or unique
    among the outlets of the articles analysed: 'the Herald' in a corpus with one Herald
    is that one, whatever other Heralds the list of known outlets holds)."""
    words = key.split()
    if len(key) < 3:
        return None
    matches = {
        canonical
        for known, canonical in rules.known.items()
        if known != key and _part_of(words, known.split(), rules.heads)
    }
    if len(matches) > 1:
        matches &= rules.corpus
    return matches.pop() if len(matches) == 1 else None


def _part_of(words: list[str], name: list[str], heads: frozenset[str]) -> bool:
    """Whether ``words`` are a short form of the outlet ``name``: its lead ('DSB' of
    'DSB News', 'Ostreva' of 'Ostreva 24'), or its tail when that ends in an outlet word
    ('Courier' of 'Northern Ridge Courier').  A tail that is no outlet word names
    something else: 'Trump' of a name that ends in it."""
    if len(name) <= len(words):
        return False
    if name[: len(words)] == words:
        return True
    return name[-len(words) :] == words and words[-1] in heads
