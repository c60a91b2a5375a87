"""Metadata read off an article: outlet names, wire datelines, language."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from urllib.parse import urlsplit

from courlan.urlutils import get_tldinfo

from retold.clean.dates import day_month, with_inferred_year
from retold.clean.furniture import default_rules
from retold.clean.headline import title_parts
from retold.clean.language import classify
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
    r"(?P<owner>(?:[^.,;|]|\.(?=\w)){2,60}?)(?=\.(?!\w)|[,;|]|\s+all rights|\s*$)",
    re.I,
)
_CORPORATE = re.compile(
    r"\s+(?:publishing|media|group|company|co|ltd|limited|inc|llc|plc|gmbh|pty|"
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


def _section_words() -> frozenset[str]:
    return default_rules().section_words


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


@cache
def _not_outlets() -> frozenset[str]:
    return frozenset(load_data("outlets.toml")["not_outlet"]["names"])


@cache
def platforms() -> frozenset[str]:
    """Social and app platforms ('Facebook', 'YouTube'): a page links to them, and they
    never name its outlet."""
    return frozenset(p.casefold() for p in load_data("outlets.toml")["not_outlet"]["platforms"])


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


def known_outlet(name: str) -> bool:
    return canonical_outlet(name) in {o.name for o in known_outlets()}


@dataclass(frozen=True)
class Domain:
    """A host and its registered domain: 'latino.foxnews.com' -> label 'foxnews',
    registered 'foxnews.com'."""

    host: str
    label: str
    registered: str

    @classmethod
    def of(cls, url: str | None) -> Domain | None:
        """The domain of a URL or bare host name ('RT.com'); None without a host."""
        if not url:
            return None
        try:
            host = urlsplit(url if "//" in url else "//" + url).hostname
        except ValueError:
            return None
        if not host or not _HOST.match(host):
            return None
        label, registered = get_tldinfo("http://" + host)
        if not label or not registered:  # a suffix the list does not know ('.example')
            parts = host.removeprefix("www.").split(".")
            label, registered = parts[-2], ".".join(parts[-2:])
        return cls(host.removeprefix("www."), str(label), str(registered))

    def known(self) -> str | None:
        """The known outlet that publishes on this domain."""
        for outlet in known_outlets():
            if any(self.host == d or self.host.endswith("." + d) for d in outlet.domains):
                return outlet.name
        return None

    def readable(self) -> str:
        """'foxnews.com' -> 'Fox News' (known); 'lakeport-gazette.com' -> 'Lakeport Gazette'."""
        known = self.known()
        if known:
            return known
        if len(self.label) <= 3:
            return self.label.upper()
        return " ".join(w.capitalize() for w in self.label.split("-") if w)

    def spells(self, name: str) -> bool:
        """Whether this domain's label is ``name`` spelled as one word, strictly:
        'New York Post' ~ nypost.com, 'AppleInsider' ~ appleinsider.com, 'Wall Street
        Journal' ~ wsj.com; never a prefix ('NY Post Shopping', 'Invest Now' ~ in.com)."""
        words = NON_ALNUM.sub(" ", name.casefold()).split()
        if not words:
            return False
        forms = {"".join(words), "".join(words[1:]) if words[0] == "the" else ""}
        if len(words) >= 3:  # initials only of a name long enough to have them
            initials = "".join(w[0] for w in words)
            forms |= {initials, initials[:-1] + words[-1]}
        return NON_ALNUM.sub("", self.label.casefold()) in forms - {""}

    def agrees(self, name: str) -> bool:
        """Whether ``name`` is this domain's name: 'TheHill' ~ thehill.com, 'WSJ' ~ wsj.com,
        'Los Angeles Times' ~ latimes.com, 'Sportsnet.ca' ~ sportsnet.ca."""
        words = NON_ALNUM.sub(" ", name.casefold()).split()
        if not words:
            return False
        squashed = "".join(words)
        bare = "".join(words[1:]) if words[0] == "the" and len(words) > 1 else squashed
        label = NON_ALNUM.sub("", self.label.casefold())
        initials = "".join(w[0] for w in words)
        forms = {squashed, bare, initials, initials[:-1] + words[-1]}
        if label in forms:
            return True
        return len(label) >= 4 and any(f.startswith(label) for f in (squashed, bare))


NON_ALNUM = re.compile(r"[\W_]+")
_HOST = re.compile(r"^(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,}$")


def name_word(word: str) -> bool:
    """'Herald', 'VG247', 'Ерофеева', '&': a word that may be part of a name."""
    return bool(word) and (word[0].isupper() or word[0].isdigit() or word[0] == "&")


def is_name_like(text: str, *, max_words: int = 5) -> bool:
    """'Deccan Herald', 'VG247', 'Kabar tentang Dunia Islam': a short run of words, the
    first and most of them capitalised, that is no sentence, section label or generic
    word ('Home', 'World')."""
    words = text.split()
    if not words or len(words) > max_words or text.rstrip()[-1] in ".!?:;,":
        return False
    if len(name_segments(text)) > 1:  # 'World › Asia', 'News | Sport'
        return False
    if text.casefold() in _not_outlets() or text.casefold() in _section_words():
        return False
    capitalised = sum(name_word(w) for w in words)
    return name_word(words[0]) and capitalised * 2 >= len(words)


def outlet_from_domain(domain: str) -> str:
    """'www.rt.com' -> 'RT' (known); 'RT.com' -> 'RT'; 'kestrelwire.com' -> 'Kestrelwire'."""
    found = Domain.of(domain)
    if found is None:
        return domain
    label = domain.removeprefix("www.").split(".")[0]
    if not found.known() and any(ch.isupper() for ch in label):
        return label  # the way the text spells it: 'RT.com' -> 'RT'
    return found.readable()


def outlet_from_site_name(name: str | None) -> str | None:
    """og:site_name when it names an outlet: its lead part name-like ('Deccan Herald',
    'LinkNaija | Nigeria's news platform'), not 'Hosted' or a desk ('U.S.'); a bare host
    name names the outlet its domain does."""
    name = " ".join((name or "").split())
    if not name:
        return None
    if " " not in name and Domain.of(name) is not None:
        return outlet_from_domain(name)
    lead = title_parts(name)[0][0]
    return canonical_outlet(name) if is_name_like(lead) else None


def outlet_from_title(title: str | None, domain: Domain | None) -> tuple[str | None, bool]:
    """The outlet a browser-tab title names in its tail ('Headline | Outlet', 'Headline -
    outlet.com') or head ('Outlet | Headline'), and whether it is vouched for: by the
    page's domain, by being a known outlet or a host name.  Unvouched, only a name-like
    tail after a headline counts: 'Harbour Herald | World' is a masthead, not a tab."""
    texts, _seps = title_parts(title or "")
    if len(texts) < 2:
        return None, False
    for end in (texts[-1], texts[0]):
        rest = [t for t in texts if t is not end]
        if len(" ".join(rest).split()) < 3:
            continue
        if " " not in end and Domain.of(end) is not None:
            return outlet_from_domain(end.removeprefix("www.")), True
        if not is_name_like(end):
            continue
        if known_outlet(end) or (domain is not None and domain.agrees(end)):
            return canonical_outlet(end), True
        if end is texts[-1] and not is_name_like(rest[0], max_words=4):
            return canonical_outlet(end), False
    return None, False


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


def copyright_owner(line: str) -> str | None:
    """'© 2024 Harbour Herald Ltd. All rights reserved.' -> 'Harbour Herald'.  A year, a
    'Designed by' credit or 'All rights reserved' owns nothing, and a bare '© Name' is
    a photo credit, not a footer."""
    line = " ".join(line.split())
    match = _COPYRIGHT.match(line)
    if not match:
        return None
    if not (line[match.end() :].strip(" .") or re.search(r"\d{4}|rights", line, re.I)):
        return None  # '© Reuters' (a photo credit), 'Copyright Policy' (a link)
    owner = _CORPORATE.sub("", match.group("owner")).strip(" &-–—")
    owner = re.sub(r"^(?:copyright|©)\s*|\s*\d{4}(?:\s*[-–]\s*\d{4})?$", "", owner, flags=re.I)
    if not is_name_like(owner) or owner.casefold().startswith(("all rights", "designed")):
        return None
    return owner


def outlet_from_copyright(lines: list[str], vouch: Callable[[str], bool]) -> str | None:
    """The copyright holder, only where something else names it as the outlet (``vouch``:
    the domain, the title tail, a masthead) or it is a known outlet: a copyright line
    names an owner ('Hearst Communications', 'CBS Interactive') more often than an outlet."""
    for line in lines:
        owner = copyright_owner(line)
        if owner and (known_outlet(owner) or vouch(owner)):
            return canonical_outlet(owner)
    return None


# A page that names itself in its own furniture: a logo line ('Gizmodo'), 'Follow
# AppleInsider', 'Subscribe to CRN Magazine', 'Senior editor at Gizmodo.', '© The Detroit
# News', 'Trending Now on NYPost.com'.  Each line is one piece of evidence of one kind.
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
    return classify(sample)
