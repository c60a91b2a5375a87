"""Plain text to a clean body: header zone, furniture anywhere, footer zone.

The header zone is what scrapers leave above the first paragraph of prose: date
lines, mastheads and taglines, breadcrumbs, the title (often twice), bylines,
captions, a dateline line.  Furniture rules apply everywhere; a few only at the
edges (header and footer zones), where a false match cannot cost a paragraph.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from retold.clean.dates import date_line, day_month, find_date
from retold.clean.furniture import (
    Rule,
    RuleBook,
    is_bullet,
    is_prose,
    is_short_label,
    normalize,
    word_count,
)
from retold.clean.metadata import name_segments
from retold.records import Removed

_SCRAPE_DATE = re.compile(
    r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?\s*", re.I
)
_PLACE = re.compile(r"^[A-Z][\w'’.-]+(?:[ ,]+[A-Z][\w'’.-]+){0,4}$")
_PUBLISHED = re.compile(r"^\s*(published|posted|first published)\b", re.I)
_MAX_HEADER_LINES = 14
_WRAP_MIN, _WRAP_MAX = 45, 100


@dataclass
class Line:
    index: int
    text: str


@dataclass
class TextClean:
    """What the text cleaner found: the kept lines and everything it read off the rest."""

    kept: list[Line]
    removed: list[Removed]
    title: str | None = None
    published: str | None = None
    published_line: str | None = None
    published_time: str | None = None
    masthead: str | None = None
    header_dateline: tuple[str, str, int, int] | None = None  # text, place, month, day
    standfirst: list[str] = field(default_factory=list)

    def body(self) -> str:
        return "\n\n".join(line.text for line in self.kept)


def clean_text(
    text: str,
    rules: RuleBook,
    *,
    title_hint: str | None = None,
    parse_header: bool = True,
    extracted: bool = False,
) -> TextClean:
    """Split ``text`` into body lines and removed furniture.

    ``extracted``: the text is an extractor's cut of the article (an HTML page through
    trafilatura), not a scrape; it has no header zone to read, and its trailing lists
    are the article's own, so only phrase rules remove lines at its edges."""
    joined = text if extracted else unwrap(text)  # an extractor's lines are paragraphs
    lines = [Line(i, raw.strip()) for i, raw in enumerate(joined.split("\n"))]
    result = TextClean(kept=[], removed=[])
    if lines and parse_header:
        _scrape_date_prefix(lines, result)
    nonblank = [ln for ln in lines if ln.text]
    head_end = _header_end(nonblank, rules) if parse_header else 0
    if extracted:
        head_end = _extracted_header_end(nonblank[:head_end], rules, title_hint)
    foot_start = _footer_start(nonblank, rules, head_end, labels=not extracted)
    header, middle, footer = (
        nonblank[:head_end],
        nonblank[head_end:foot_start],
        nonblank[foot_start:],
    )
    _read_header(header, rules, result, title_hint)
    _read_middle(middle, lines, rules, result, extracted=extracted)
    for line in footer:
        rule = rules.match(line.text, edge=True)
        result.removed.append(
            Removed(line.text, rule.reason if rule else "footer line", line.index)
        )
    _drop_repeated_title(result, title_hint)
    result.removed.sort(key=lambda r: r.line)
    return result


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (lines cut at a fixed width) back into one line each."""
    blocks = text.split("\n\n")
    return "\n\n".join(_unwrap_block(block) for block in blocks)


def _unwrap_block(block: str) -> str:
    lines = [ln.strip() for ln in block.split("\n")]
    inner = lines[:-1]
    if len(lines) < 2 or not all(_WRAP_MIN <= len(ln) <= _WRAP_MAX for ln in inner):
        return block
    if any(is_bullet(ln) for ln in lines):
        return block
    joins = sum(_continues(a, b) for a, b in pairwise(lines))
    return " ".join(lines) if joins >= max(1, len(inner) / 2) else block


def _continues(line: str, after: str) -> bool:
    """Whether ``after`` carries on the sentence ``line`` broke off (a hard wrap)."""
    if not after or line.endswith((".", "!", "?", ":", "”", '"')):
        return False
    if date_line(after) or date_line(line):
        return False
    return after[0].islower() or after[0].isdigit() or line.endswith((",", "-", ";"))


def _scrape_date_prefix(lines: list[Line], result: TextClean) -> None:
    """' date 2025-11-06 09:52 Lede text...' -> a published date and the rest of the line."""
    first = next((ln for ln in lines if ln.text), None)
    if first is None:
        return
    match = _SCRAPE_DATE.match(first.text)
    if not match:
        return
    result.published, result.published_line = match.group(1), match.group(0).strip()
    if match.group(2):
        result.published_time = f"{match.group(1)}T{match.group(2).zfill(5)}"
    result.removed.append(Removed(match.group(0).strip(), "date line", first.index))
    first.text = first.text[match.end() :].strip()


def _header_end(lines: list[Line], rules: RuleBook) -> int:
    """Index of the first prose line that no rule removes (the end of the header zone)."""
    for n, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if rules.match(line.text, edge=True) or date_line(line.text):
            continue
        if is_prose(line.text) or _plain_sentence(line.text):
            return n
    return 0


def _extracted_header_end(header: list[Line], rules: RuleBook, title_hint: str | None) -> int:
    """An extractor's text has a header zone only where it prints the title: breadcrumbs
    above it, a deck, byline or caption below it.  Without the title, only the leading
    lines a rule or a date names are header; the rest may be the article's first words."""
    hint = normalize(title_hint or "").casefold()
    if hint and any(normalize(line.text).casefold() == hint for line in header):
        return len(header)
    for n, line in enumerate(header):
        if not (rules.match(line.text, edge=True) or date_line(line.text)):
            return n
    return len(header)


def _plain_sentence(text: str) -> bool:
    """A short first paragraph ('Police closed the road on Monday after the crash.')
    ends the header too: headlines and slogans rarely end in a full stop after 8 words."""
    return (
        word_count(text) >= 8
        and text.endswith(".")
        and not text.endswith("..")
        and len(name_segments(text)) == 1
    )


def _footer_start(lines: list[Line], rules: RuleBook, head_end: int, *, labels: bool) -> int:
    """Index where the trailing run of furniture (and, with ``labels``, link labels) begins."""

    def furniture(n: int) -> bool:
        text = lines[n].text
        return rules.match(text, edge=True) is not None or (labels and _footer_label(text))

    start = len(lines)
    while start > head_end:
        n = start - 1
        # a short unmatched line sandwiched in the footer (a repeated slogan) goes with it
        sandwiched = (
            start < len(lines)
            and n - 1 >= head_end
            and word_count(lines[n].text) <= 12
            and furniture(n - 1)
        )
        if not furniture(n) and not sandwiched:
            break
        start -= 1
    return start


def _footer_label(text: str) -> bool:
    return is_bullet(text) or (is_short_label(text, 12) and not text.endswith(("”", '"')))


def _read_header(
    header: list[Line], rules: RuleBook, result: TextClean, title_hint: str | None
) -> None:
    candidates: list[Line] = []
    for line in header:
        rule = rules.match(line.text, edge=True)
        stamp = date_line(line.text) or _segment_date(line.text) or _stamp_date(line.text, rule)
        if rule is not None and not stamp:
            result.removed.append(Removed(line.text, rule.reason, line.index))
        elif stamp:
            if result.published is None:
                result.published, result.published_line = stamp, line.text
            result.removed.append(Removed(line.text, "date line", line.index))
        elif _header_dateline(line, result):
            result.removed.append(Removed(line.text, "dateline", line.index))
        else:
            candidates.append(line)
    _classify_candidates(candidates, rules, result, title_hint)


def _stamp_date(text: str, rule: Rule | None) -> str | None:
    """'Published on PressBridge: 16 October 2024' -> its date ('Updated ...' is not one)."""
    if rule is None or rule.reason != "date stamp" or not _PUBLISHED.match(text):
        return None
    found = find_date(text)
    return found.iso if found else None


def _segment_date(text: str) -> str | None:
    """'Latin America desk | 06.03.2024' -> the date of its one date segment."""
    for segment in re.split(r"\s+[|•·]\s+", text):
        stamp = date_line(segment)
        if stamp and segment.strip() != text.strip():
            return stamp
    return None


def _header_dateline(line: Line, result: TextClean) -> bool:
    """'08 June Kyiv, Ukraine' on a line of its own: a dateline with day and month."""
    found = day_month(line.text)
    if not found or found[2] != 0 or find_date(line.text):
        return False
    place = line.text[found[3] :].strip(" ,-–—")
    if not _PLACE.match(place) or word_count(place) > 5:
        return False
    result.header_dateline = (line.text, place, found[0], found[1])
    return True


def _classify_candidates(
    candidates: list[Line], rules: RuleBook, result: TextClean, title_hint: str | None
) -> None:
    """Mastheads, taglines, breadcrumbs, the title and a standfirst, by position."""
    if not candidates:
        return
    hint = normalize(title_hint or "").casefold()
    texts = [normalize(c.text).casefold() for c in candidates]
    if hint and hint in texts:
        title_at = texts.index(hint)
    else:
        repeated = [n for n, t in enumerate(texts) if texts.count(t) > 1]
        title_at = repeated[0] if repeated else len(candidates) - 1
    title_key = texts[title_at]
    for n, line in enumerate(candidates):
        if texts[n] == title_key:
            if result.title is None and not hint:
                result.title = line.text
                result.removed.append(Removed(line.text, "title", line.index))
            else:
                result.removed.append(Removed(line.text, "repeated title", line.index))
        elif n < title_at:
            reason = _above_title_reason(line.text, n, rules, result)
            result.removed.append(Removed(line.text, reason, line.index))
        else:
            result.standfirst.append(line.text)
            result.removed.append(Removed(line.text, "standfirst", line.index))


def _above_title_reason(text: str, n: int, rules: RuleBook, result: TextClean) -> str:
    segments = name_segments(normalize(text))
    first = segments[0] if segments else text
    if (
        n == 0
        and result.masthead is None
        and first.casefold() not in rules.section_words
        and word_count(first) <= 6
    ):
        result.masthead = first
        return "masthead"
    if len(segments) > 1 and all(word_count(s) <= 4 for s in segments):
        return "section label"
    if word_count(text) <= 4 and text.casefold() in rules.section_words:
        return "section label"
    return "tagline" if result.masthead else "header line"


def _read_middle(
    middle: list[Line], lines: list[Line], rules: RuleBook, result: TextClean, *, extracted: bool
) -> None:
    skip_until = -1
    for n, line in enumerate(middle):
        if line.index <= skip_until:
            continue
        rule = rules.match(line.text, edge=False)
        if rule is None:
            result.kept.append(line)
            continue
        result.removed.append(Removed(line.text, rule.reason, line.index))
        if rule.block:
            after = middle[n + 1 :]
            taken = _related_links(after) if extracted else _related_block(after, lines)
            for other in taken:
                result.removed.append(Removed(other.text, "related headline", other.index))
            if taken:
                skip_until = taken[-1].index


def _related_block(after: list[Line], lines: list[Line]) -> list[Line]:
    """Lines after a 'Read more' heading: the rest of its block, else a following list of links."""
    if not after:
        return []
    blocks: list[list[Line]] = [[after[0]]]
    for line in after[1:9]:
        gap = any(not ln.text for ln in lines[blocks[-1][-1].index + 1 : line.index])
        if gap:
            blocks.append([])
        blocks[-1].append(line)
    heading_index = after[0].index - 1
    own_block = not any(not ln.text for ln in lines[heading_index + 1 : after[0].index])
    if own_block:
        return _prefix(blocks[0], lambda t: word_count(t) <= 30)
    return _prefix(blocks[0], lambda t: is_bullet(t) or is_short_label(t))


def _related_links(after: list[Line]) -> list[Line]:
    """In extracted text, where every line is a paragraph: the run of link labels after a
    'Read more' heading (headlines do not end in a full stop; paragraphs do)."""
    return _prefix(after[:8], lambda t: is_bullet(t) or is_short_label(t))


def _prefix(block: list[Line], keep: Callable[[str], bool]) -> list[Line]:
    taken: list[Line] = []
    for line in block:
        if not keep(line.text):
            break
        taken.append(line)
    return taken


def _drop_repeated_title(result: TextClean, title_hint: str | None) -> None:
    title = title_hint or result.title
    if not title:
        return
    key = normalize(title).casefold()
    keep = []
    for line in result.kept:
        if normalize(line.text).casefold() == key:
            result.removed.append(Removed(line.text, "repeated title", line.index))
        else:
            keep.append(line)
    result.kept = keep
