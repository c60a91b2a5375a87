"""Which outlet published an article, weighed from everything the document says.

``choose_outlet`` takes the evidence in order of strength: what the container or page
says (a known outlet's domain beats a page's own site name), a title tail the domain or
the page's repeated headline vouches for, masthead, markers, the feed, any name-like
title tail, a copyright holder something else vouches for, the name a page calls itself
in its own furniture ("Follow X", "Senior editor at X", "X Newsletters", its logo line:
``furniture_outlet``), and last the domain's own name.  The names themselves (known
outlets, domains, what reads as a name) are ``metadata``'s.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field

from retold.clean.headline import title_parts
from retold.clean.metadata import (
    NON_ALNUM,
    Domain,
    canonical_outlet,
    copyright_owner,
    is_name_like,
    name_segments,
    name_word,
    outlet_from_copyright,
    outlet_from_markers,
    outlet_from_site_name,
    outlet_from_title,
    platforms,
)
from retold.lang import SELF_NAMING

LOGO = "logo"  # a line that is the name alone: 'Gizmodo'
PHRASE = "phrase"  # a phrase before it: 'Follow AppleInsider', 'Welcome to The Detroit News'
ROLE = "role"  # a staff role at it: 'Senior editor at Gizmodo.'
LABEL = "label"  # a word after it: 'CRN Newsletters deliver ...'
COPYRIGHT = "copyright"  # its copyright line: '© The Detroit News, a ... Newspaper'
HOST = "host"  # a web address that spells it: 'NYPost.com' for New York Post
SELF_NAMING_KINDS = frozenset({PHRASE, ROLE})  # the page calls itself by the name


def _phrases(words: tuple[str, ...]) -> str:
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words)


_SN = SELF_NAMING
_BEFORE_NAME = re.compile(rf"^(?:{_phrases(_SN.before_name)})\s+(?P<rest>\S.*)$", re.I)
_ROLE_AT = re.compile(
    rf"\b(?:{_phrases(_SN.roles)})s?\b[^.]{{0,20}}?\b(?:{_phrases(_SN.role_links)})\s+"
    r"(?P<rest>\S.*)$",
    re.I,
)
_NAME_LABEL = re.compile(rf"^(?P<name>.+?)\s+(?:{_phrases(_SN.after_name)})\b", re.I)
_LABEL_END = re.compile(rf"(?:\s+(?:{_phrases(_SN.after_name)}))+$", re.I)
_PERSON_BEFORE = re.compile(rf"^(?:{_phrases(_SN.person_before)})\s*:?\s+(?P<rest>\S.*)$", re.I)
_PERSON_AFTER = re.compile(rf"^(?P<name>.+?)\s+(?:{_phrases(_SN.person_after)})\b", re.I)
_HOST_TOKEN = re.compile(r"(?<![\w@.-])(?:www\.)?((?:[a-z0-9-]+\.)+[a-z]{2,})(?![\w@-])", re.I)
_POSSESSIVE = re.compile(r"[’']s$", re.I)
_MAX_NAME_WORDS = 5


def read_name(text: str) -> str | None:
    """The name that opens ``text``: 'AppleInsider on YouTube' -> 'AppleInsider', 'The
    Detroit News's EU experience' -> 'The Detroit News', 'Gizmodo.' -> 'Gizmodo'; a
    run of capitalised words (and 'of'), ended by a connective or punctuation."""
    words: list[str] = []
    for token in text.split():
        bare = token.rstrip('.,;:!?)»"”')
        if bare.casefold() in _SN.name_stops or not bare:
            break
        inner = bare.casefold() in ("of", "de") and words
        if not (inner or name_word(bare.lstrip("@"))):
            break
        words.append(_POSSESSIVE.sub("", bare))
        if bare != token or _POSSESSIVE.search(bare) or len(words) == _MAX_NAME_WORDS:
            break
    while words and words[-1].casefold() in ("of", "de"):
        words.pop()
    return " ".join(words) or None


def _tidy_name(name: str) -> str:
    """'@AppleInsider' -> 'AppleInsider'; 'CRN Magazine' -> 'CRN' (a label word ends it)."""
    name = name.strip(" .,:;|-–—").lstrip("@")
    return _LABEL_END.sub("", name) or name


def _plausible(name: str) -> bool:
    """A name a page may go by: name-like, no platform ('YouTube'), no pronoun ('Us'),
    no newsletter ('Morning Briefing')."""
    words = name.split()
    return (
        bool(words)
        and words[0].casefold() not in _SN.not_names
        and words[-1].casefold() not in _SN.product_ends
        and name.casefold() not in platforms()
        and is_name_like(name)
    )


def _self_names(line: str) -> Iterator[tuple[str, str]]:
    """(name, kind) for each way ``line`` names a page."""
    phrase = _BEFORE_NAME.match(line)
    if phrase:  # 'Subscribe to CRN Magazine': no name line, no 'X Magazine' label
        name = read_name(phrase.group("rest"))
        yield from [(name, PHRASE)] if name else []
    elif len(line.split()) <= 4:
        yield line, LOGO
    role = _ROLE_AT.search(line)
    name = read_name(role.group("rest")) if role else None
    if name:
        yield name, ROLE
    label = _NAME_LABEL.match(line)
    if label and not phrase:
        yield label.group("name"), LABEL
    owner = copyright_owner(line)
    if owner:
        yield owner, COPYRIGHT


def _persons(lines: Sequence[str]) -> set[str]:
    """Keys of the names furniture gives to people: 'By Natalie Musumeci', 'Phil Helsel
    is a reporter for NBC News.'"""
    persons: set[str] = set()
    for line in lines:
        before, after = _PERSON_BEFORE.match(line), _PERSON_AFTER.match(line)
        names = [read_name(before.group("rest")) if before else None]
        names.append(after.group("name") if after and is_name_like(after.group("name")) else None)
        persons.update(_name_key(n) for n in names if n)
    return persons


@dataclass
class _Named:
    """One candidate name and the furniture lines that name it, by kind."""

    name: str
    evidence: set[tuple[str, str]] = field(default_factory=set)  # (kind, line folded)

    @property
    def kinds(self) -> frozenset[str]:
        return frozenset(kind for kind, _line in self.evidence)

    def qualifies(self) -> bool:
        """Named on two lines at least, in two ways, one of them a phrase or a staff
        role: a name line alone is as often a sister site or a menu item."""
        return self._lines() >= 2 and len(self.kinds) >= 2 and bool(self.kinds & SELF_NAMING_KINDS)

    def contends(self) -> bool:
        """Named strongly enough to make another name doubtful: it qualifies, or two
        kinds of evidence besides name lines name it ('© 2019 BBC' and bbc.com beside
        'Follow Newsbeat on Instagram' and 'Newsbeat')."""
        return self.qualifies() or (self._lines() >= 2 and len(self.kinds - {LOGO}) >= 2)

    def _lines(self) -> int:
        return len({line for _kind, line in self.evidence})


def _name_key(name: str) -> str:
    return NON_ALNUM.sub("", name.casefold())


def self_named(lines: Sequence[str]) -> dict[str, _Named]:
    """Every name the furniture ``lines`` give the page, with its evidence; a web
    address ('NYPost.com') is evidence for the name it spells ('New York Post')."""
    named: dict[str, _Named] = {}
    hosts: list[tuple[Domain, str, str]] = []  # (domain, kind, line folded)
    for line in (" ".join(line.split()) for line in lines):
        folded = line.casefold()
        for raw, kind in _self_names(line):
            name = _tidy_name(raw)
            domain = Domain.of(name) if _HOST_TOKEN.fullmatch(name) else None
            if domain is not None:  # 'Trending Now on NYPost.com'; a bare address is a host
                hosts += [(domain, kind, folded)] if kind != LOGO else []
            elif _plausible(name):
                named.setdefault(_name_key(name), _Named(name)).evidence.add((kind, folded))
        hosts += [(d, HOST, folded) for d in map(Domain.of, _HOST_TOKEN.findall(line)) if d]
    for candidate in named.values():
        candidate.evidence |= {(k, line) for d, k, line in hosts if d.spells(candidate.name)}
    persons = _persons(lines)
    return {key: c for key, c in named.items() if key not in persons}


def furniture_outlet(lines: Sequence[str]) -> tuple[str, frozenset[str]] | None:
    """The outlet a page names again and again in its furniture, with the kinds of
    evidence: the one name that qualifies (see ``_Named.qualifies``); none when another
    name contends with it ('Newsbeat' and 'BBC'): a wrong outlet is worse than none."""
    named = list(self_named(lines).values())
    qualified = [c for c in named if c.qualifies()]
    if len(qualified) != 1 or sum(c.contends() for c in named) > 1:
        return None
    return qualified[0].name, qualified[0].kinds


@dataclass(frozen=True)
class OutletEvidence:
    """What a document says about its outlet; ``choose_outlet`` weighs it."""

    given: str | None = None  # a container's outlet field (JSONL record, feed item)
    site_name: str | None = None  # og:site_name
    url: str | None = None
    title: str | None = None  # the browser-tab title: <title>, or a scrape's first line
    headline_tail: str | None = None  # that title's part beside the headline the page repeats
    masthead: str | None = None
    marker_lines: tuple[str, ...] = ()  # where 'Read Full Article at X' may stand
    feed_title: str | None = None
    furniture: tuple[str, ...] = ()  # removed lines: copyright footers, taglines


def choose_outlet(ev: OutletEvidence) -> tuple[str | None, str]:
    """The outlet and where it came from, strongest evidence first: what the container
    or page says (a known outlet's domain beats a page's own site name), a title tail
    the domain vouches for, masthead, markers, the feed, any name-like title tail, a
    copyright holder something else vouches for, the name the page's furniture gives
    it again and again, and last the domain's own name."""
    domain = Domain.of(ev.url)
    tail, vouched = outlet_from_title(ev.title, domain)
    masthead = ev.masthead
    heads = title_parts(ev.title or "")[0][:-1]
    if tail and masthead and any(_same_name(masthead, head) for head in heads):
        masthead = None  # read off the title line, whose tail names the outlet
    elif tail and masthead and masthead.casefold().startswith(tail.casefold() + " "):
        masthead = tail  # 'Entermedia Top News' under a tab titled '… - Entermedia'
    named = [n for n in (tail, masthead, ev.site_name) if n]

    def vouch(owner: str) -> bool:
        return (
            (domain is not None and domain.agrees(owner))
            or any(_same_name(owner, n) for n in named)
            or any(_heads(line, owner) for line in ev.furniture)
        )

    candidates: tuple[tuple[str | None, str], ...] = (
        (ev.given, "metadata"),
        (domain.known() if domain else None, "url"),
        (outlet_from_site_name(ev.site_name), "metadata"),
        (tail if vouched else None, "title"),
        (ev.headline_tail, "title"),
        (masthead, "masthead"),
        (outlet_from_markers(list(ev.marker_lines)), "text marker"),
        (next(iter(name_segments(ev.feed_title or "")), None), "feed"),
        (tail, "title"),
        (outlet_from_copyright(list(ev.furniture), vouch), "copyright"),
        (_furniture_name(ev.furniture, domain), "furniture"),
        (domain.readable() if domain else None, "url"),
    )
    for name, source in candidates:
        if name and name.strip():
            return canonical_outlet(name), source
    return None, "none"


def _furniture_name(lines: Sequence[str], domain: Domain | None) -> str | None:
    """The name the page's furniture gives it, where no URL says otherwise."""
    found = furniture_outlet(lines)
    if found is None or (domain is not None and not domain.agrees(found[0])):
        return None
    return found[0]


def _same_name(a: str, b: str) -> bool:
    return NON_ALNUM.sub("", a.casefold()) == NON_ALNUM.sub("", b.casefold())


def _heads(line: str, name: str) -> bool:
    """'Wirestack — Every wire, one feed.' is headed by the name 'Wirestack'."""
    segments = name_segments(line)
    return len(segments) > 1 and _same_name(segments[0], name)
