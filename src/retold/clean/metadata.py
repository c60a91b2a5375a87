"""Metadata read off an article: outlet names, wire datelines, language."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

import py3langid

from retold.clean.dates import day_month, with_inferred_year
from retold.data import load_data
from retold.lang import month_pattern
from retold.records import Dateline

_READ_FULL = re.compile(
    r"read (?:the )?full (?:article|story) (?:at|on) (?P<domain>[\w.-]+\.[a-z]{2,})", re.I
)
_INVERTED_CREDIT = re.compile(
    r"[,.;]\s*(?:writes|reports|informs|transmits|says)\s+"
    r"(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3})\s*\.?\s*$"
)
_COPYRIGHT = re.compile(
    r"^(?:©|\(c\)|copyright)\s*(?:©\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s+)?"
    r"(?P<owner>[^.,;|]{2,60}?)(?=[.,;|]|\s+all rights|\s*$)",
    re.I,
)
_CORPORATE = re.compile(
    r"\s+(?:publishing|media|group|company|co|ltd|limited|inc|llc|plc|gmbh|"
    r"holdings|corporation|corp)\.?\b.*$",
    re.I,
)
# A month, or any word that starts like one ("Mayfield 3" too), then a day.
_MONTH_START = rf"(?:{month_pattern()})[a-z]*\.?\s+\d"
_WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{1,40}?"
    rf"(?:,\s*(?!(?i:{_MONTH_START}))[A-Z][\w .'’-]{{1,40}}?)?)"
    r"(?:,\s*(?P<when>[A-Z][a-z]{2,8}\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]{2,8}))?"
    r"\s*(?:\((?P<credit>[^)]{2,40})\))?\s*(?P<dash>[-–—])\s"
)


SEGMENT_SPLIT = re.compile(r"\s+[|—–·•]\s+|\s+-\s+|\s*[›»]\s*|\s+/\s+")


def name_segments(line: str) -> list[str]:
    """'DSB News – English Service' -> ['DSB News', 'English Service']."""
    return [s for s in SEGMENT_SPLIT.split(" ".join(line.split())) if s]


@dataclass(frozen=True)
class KnownOutlet:
    name: str
    domains: tuple[str, ...]
    aliases: tuple[str, ...]


@cache
def known_outlets() -> tuple[KnownOutlet, ...]:
    return tuple(
        KnownOutlet(o["name"], tuple(o.get("domains", ())), tuple(o.get("aliases", ())))
        for o in load_data("outlets.toml")["outlet"]
    )


def canonical_outlet(name: str) -> str:
    """A known outlet's canonical name for ``name`` (an alias), else ``name`` tidied."""
    name = " ".join(name.split()).strip(" .,:;-–—|")
    folded = name.casefold()
    for outlet in known_outlets():
        if folded in (a.casefold() for a in (outlet.name, *outlet.aliases)):
            return outlet.name
    if name.isupper() and len(name) > 5 and " " in name:
        return " ".join(w if len(w) <= 3 and w not in ("THE",) else w.title() for w in name.split())
    return name


def outlet_from_domain(domain: str) -> str:
    """'www.rt.com' -> 'RT' (known); 'RT.com' -> 'RT'; 'kestrelwire.com' -> 'kestrelwire.com'."""
    host = domain.lower().removeprefix("www.")
    for outlet in known_outlets():
        if any(host == d or host.endswith("." + d) for d in outlet.domains):
            return outlet.name
    label = domain.removeprefix("www.").split(".")[0]
    return label if any(ch.isupper() for ch in label) else host


def outlet_from_url(url: str | None) -> str | None:
    if not url:
        return None
    host = urlsplit(url if "//" in url else "//" + url).hostname
    return outlet_from_domain(host) if host else None


def outlet_from_markers(lines: list[str]) -> str | None:
    """Outlets that name themselves in the text: 'Read Full Article at RT.com', '..., writes UNN.'"""
    for line in lines:
        match = _READ_FULL.search(line)
        if match:
            return outlet_from_domain(match.group("domain"))
    for line in lines[:2]:
        match = _INVERTED_CREDIT.search(line)
        if match:
            return canonical_outlet(match.group("outlet"))
    return None


def outlet_from_copyright(lines: list[str]) -> str | None:
    for line in lines:
        match = _COPYRIGHT.match(line.strip())
        if match:
            owner = _CORPORATE.sub("", match.group("owner")).strip()
            if owner and len(owner.split()) <= 5:
                return canonical_outlet(owner)
    return None


def wire_dateline(lede: str, published: str | None) -> Dateline | None:
    """'NEW ORLEANS, Feb 11 (Eastwire) - ...' at the start of the first paragraph."""
    match = _WIRE_DATELINE.match(lede)
    if not match or not (
        match.group("credit") or match.group("when") or match.group("place").split(",")[0].isupper()
    ):
        return None
    place = _title_place(match.group("place"))
    when = match.group("when")
    date = None
    if when:
        found = day_month(when)
        if found:
            date = with_inferred_year(found[0], found[1], published)
    text = lede[: match.start("dash")].strip()
    credit = match.group("credit")
    return Dateline(text=text, place=place, date=date, credit=credit)


def _title_place(place: str) -> str:
    parts = [p.strip() for p in place.split(",")]
    head = parts[0].title() if parts[0].isupper() else parts[0]
    return ", ".join([head, *parts[1:]])


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the body's language, or None when there is too little text."""
    sample = text[:1000]
    if len(sample.split()) < 5:
        return None
    code, _score = py3langid.classify(sample)
    return str(code)
