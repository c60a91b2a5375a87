"""Name variants kept as data (``data/aliases.toml``): Zelenskyy/Zelensky, Kiev/Kyiv.

``name_key`` folds a name for comparison (case, diacritics, apostrophes, hyphens and
known variants); ``canonical_name`` gives the form retold reports; ``name_uses``
lists every variant an article printed, so outlets' spellings can be compared.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from retold.analyze.records import NameKind, NameUse
from retold.data import load_data


@dataclass(frozen=True, eq=False)
class Aliases:
    canonical: dict[str, tuple[str, NameKind]]  # folded variant (or name) -> (name, kind)
    tokens: dict[str, str]  # folded one-word variant -> folded canonical word
    pattern: re.Pattern[str] | None  # every name and variant, longest first
    marked: dict[str, str] = field(default_factory=dict)  # folded marked variant -> why


HYPHEN = re.compile(r"(?<=\w)-(?=\w)")


@lru_cache(maxsize=1 << 16)
def fold(text: str) -> str:
    """Case-, diacritic- and punctuation-insensitive form of a name (remembered: the
    same names are folded again and again)."""
    if text.isascii():
        plain = text
    else:
        decomposed = unicodedata.normalize("NFKD", text)
        plain = "".join(c for c in decomposed if not unicodedata.combining(c))
        plain = plain.replace("’", "'").replace("‘", "'").replace("‐", "-")
    if "-" in plain:
        plain = HYPHEN.sub(" ", plain)
    return " ".join(plain.casefold().replace(".", "").split())


def outlet_key(name: str | None) -> str:
    """Outlet names compare case-, accent-insensitively, without a leading 'The'."""
    return fold(name or "").removeprefix("the ")


def load_aliases(path: Path | None = None) -> Aliases:
    """Read the alias table (``data/aliases.toml`` unless ``path`` is given)."""
    data = load_data("aliases.toml", path)
    canonical: dict[str, tuple[str, NameKind]] = {}
    tokens: dict[str, str] = {}
    marked: dict[str, str] = {}
    kinds: tuple[NameKind, ...] = ("person", "place", "title")
    for kind in kinds:
        for entry in data.get(kind, []):
            name = entry["name"]
            for variant in (name, *entry.get("variants", [])):
                canonical[fold(variant)] = (name, kind)
                if " " not in variant.strip() and kind == "person":
                    tokens[fold(variant)] = fold(name).split()[-1]
            if kind == "person":
                _add_token_variants(name, entry.get("variants", []), tokens)
            for variant in entry.get("marked", []):
                marked[fold(variant)] = entry.get("note", "")
    return Aliases(canonical, tokens, _pattern(data), marked)


def _add_token_variants(name: str, variants: list[str], tokens: dict[str, str]) -> None:
    """Last-name variants of a person ("Zelenskyy" -> "zelensky")."""
    last = fold(name).split()[-1]
    for variant in variants:
        variant_last = fold(variant).split()[-1]
        if variant_last != last:
            tokens.setdefault(variant_last, last)


def _pattern(data: dict[str, list[dict[str, object]]]) -> re.Pattern[str] | None:
    forms: list[str] = []
    for kind in ("person", "place", "title"):
        for entry in data.get(kind, []):
            variants = entry.get("variants", [])
            assert isinstance(variants, list)
            forms.extend([str(entry["name"]), *map(str, variants)])
    if not forms:
        return None
    # a space in a name matches any run of spaces, non-breaking ones included
    escaped = (
        re.escape(f).replace("\\ ", r"\s+") for f in sorted(set(forms), key=len, reverse=True)
    )
    body = "|".join(escaped)
    return re.compile(rf"(?<![\w-])(?:{body})(?![\w-])")


def name_key(text: str, aliases: Aliases) -> str:
    """A comparison key: 'Volodymyr Zelenskyy' and 'Volodymyr Zelensky' share one."""
    folded = fold(text)
    known = aliases.canonical.get(folded)
    if known is not None:
        return fold(known[0])
    return " ".join(aliases.tokens.get(word, word) for word in folded.split())


def form_of(short: str, full: str) -> bool:
    """Can the name key ``short`` be a shorter form of ``full``: the same surname, and
    given names that are an ordered part of full's, the first kept ("anders rasmussen"
    of "anders fogh rasmussen", "a rasmussen" of "anders rasmussen", "rasmussen" of
    either)?  Keys come from ``name_key``."""
    *given, surname = short.split() or [""]
    *full_given, full_surname = full.split() or [""]
    if not surname or surname != full_surname or len(given) > len(full_given):
        return False
    if not given:
        return True
    if not _given_match(given[0], full_given[0]):
        return False
    rest = iter(full_given[1:])
    return all(any(_given_match(g, f) for f in rest) for g in given[1:])


def _given_match(short: str, full: str) -> bool:
    """The given name, or its initial."""
    return short == full or (len(short) == 1 and full.startswith(short))


def canonical_name(text: str, aliases: Aliases) -> str:
    """The reported form of a name: its canonical alias, else the name tidied."""
    known = aliases.canonical.get(fold(text))
    return known[0] if known is not None else " ".join(text.split())


def name_uses(article: str, body: str, aliases: Aliases) -> tuple[NameUse, ...]:
    """Every alias-table name or variant printed in ``body``, with its canonical form."""
    if aliases.pattern is None:
        return ()
    uses = []
    for match in aliases.pattern.finditer(body):
        known = aliases.canonical.get(fold(match.group()))
        if known is None:
            continue
        name, kind = known
        uses.append(NameUse(article, match.start(), match.end(), match.group(), name, kind))
    return tuple(uses)
