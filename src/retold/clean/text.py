"""Plain text to a clean body: header zone, furniture anywhere, footer zone.

The header zone is what scrapers leave above the first paragraph of prose: date
lines, mastheads and taglines, breadcrumbs, the title (often twice), bylines,
captions, a dateline line.  Furniture rules apply everywhere; a few only at the
edges (header and footer zones), where a false match cannot cost a paragraph.  On a
whole-page scrape the line model (``region.py``) first finds the article; what lies
outside it and the header zone above it is removed as page furniture, and the title
(``titles.py``) and a byline date (``bylines.py``) are read off the header zone.
Archive quotation marks (''like this'') are read as ``"`` first (``archive.py``).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from itertools import pairwise

from retold.clean.archive import read_archive_marks
from retold.clean.bylines import byline_date, is_update
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
from retold.clean.lines import page_language
from retold.clean.metadata import is_name_like, name_segments
from retold.clean.region import find_article
from retold.clean.titles import agrees, choose_title, headline_shaped, tab_parts
from retold.clean.titleshape import reads_as_headline
from retold.records import Removed

_SCRAPE_DATE = re.compile(
    r"^\s*date\s+(\d{4}-\d{2}-\d{2})(?:[ T](\d{1,2}:\d{2}(?::\d{2})?))?\s*", re.I
)
_PLACE = re.compile(r"^[A-Z][\w'’.-]+(?:[ ,]+[A-Z][\w'’.-]+){0,4}$")
_PUBLISHED = re.compile(r"^\s*(published|posted|first published)\b", re.I)
_MAX_HEADER_LINES = 14
_MAX_TITLE_DISTANCE = 60  # lines between a scrape's headline and its article, at most
PAGE_FURNITURE = "page furniture"
_DATING_RULES = frozenset({"byline", "date stamp"})  # furniture whose date is the article's
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
    page_title: str | None = None  # a scrape's first line (its <title>), when outside the header
    page_outlet: str | None = None  # the outlet that first line names beside the headline
    above_header: list[str] = field(default_factory=list)  # a scrape's lines above its header

    def body(self) -> str:
        return "\n\n".join(line.text for line in self.kept)


def clean_text(
    text: str,
    rules: RuleBook,
    *,
    title_hint: str | None = None,
    parse_header: bool = True,
    find_article: bool = False,
    extracted: bool = False,
) -> TextClean:
    """Split ``text`` into body lines and removed furniture.

    ``find_article``: the text may be a whole-page scrape; only the article the line
    model finds and the header zone above it are read, and the rest of the page is
    removed as page furniture.  ``extracted``: the text is an extractor's cut of the
    article (an HTML page through trafilatura), not a scrape; it has no header zone to
    read, and its trailing lists are the article's own, so only phrase rules remove
    lines at its edges.

    The kept lines are the text's own with three changes: each is stripped, a
    scrape's hard-wrapped paragraphs are joined into one line (``unwrap``), and on a
    page written with archive quotation marks (''like this'') each such mark is a
    ``"`` (``archive.read_archive_marks``)."""
    text = read_archive_marks(text)
    joined = text if extracted else unwrap(text)  # an extractor's lines are paragraphs
    lines = [Line(i, raw.strip()) for i, raw in enumerate(joined.split("\n"))]
    result = TextClean(kept=[], removed=[])
    if lines and parse_header:
        _scrape_date_prefix(lines, result)
    nonblank = [ln for ln in lines if ln.text]
    first_line = nonblank[0].index if find_article and nonblank else None
    article_start = 0
    if find_article:
        nonblank, article_start = _article_zone(nonblank, rules, result)
    titled = title_hint is not None
    head_end = max(_header_end(nonblank, rules, titled), article_start) if parse_header else 0
    if extracted:
        head_end = _extracted_header_end(nonblank[:head_end], rules, title_hint)
    foot_start = _footer_start(nonblank, rules, head_end, labels=not extracted)
    header, middle, footer = (
        nonblank[:head_end],
        nonblank[head_end:foot_start],
        nonblank[foot_start:],
    )
    page = _PageContext(first_line, [line.text for line in middle[:3]])
    _read_header(header, rules, result, title_hint, page)
    if result.published is None:
        _byline_date(header, middle, rules, result)
    _read_middle(middle, lines, rules, result, extracted=extracted)
    _read_footer(footer, rules, result)
    _drop_repeated_title(result, title_hint)
    result.removed.sort(key=lambda r: r.line)
    return result


def _read_footer(footer: list[Line], rules: RuleBook, result: TextClean) -> None:
    for line in footer:
        rule = rules.match(line.text, edge=True)
        reason = rule.reason if rule else "footer line"
        result.removed.append(Removed(line.text, reason, line.index))


def _byline_date(
    header: list[Line], middle: list[Line], rules: RuleBook, result: TextClean
) -> None:
    """A date from a byline or date line near the headline, when no stamp gave one;
    such a line at the top of the body is furniture.  A line the rules know as
    something else (a translation note, a credit, a related headline) dates another
    publication, not this one."""
    title = normalize(result.title or "").casefold()
    lede = _top_of_body([ln for ln in middle if normalize(ln.text).casefold() != title], rules)
    texts = [
        text
        for text in [line.text for line in (*header, *lede)] + result.above_header[::-1]
        if (rule := rules.match(text, edge=True)) is None or rule.reason in _DATING_RULES
    ]
    sample = [line.text for line in middle[:20]]
    found = byline_date(texts, lambda: page_language(sample))
    if found is None:
        return
    result.published, result.published_line = found
    for line in lede:
        if line.text == found[1] and not is_prose(line.text):
            middle.remove(line)
            result.removed.append(Removed(line.text, "date line", line.index))


def _top_of_body(middle: list[Line], rules: RuleBook) -> list[Line]:
    """The body's first lines that may still be a byline: up to the line after its
    first paragraph, and never past a line the rules remove."""
    top: list[Line] = []
    for line in middle[:5]:
        if rules.match(line.text, edge=False) is not None:
            break
        top.append(line)
        if len(top) >= 2 and is_prose(top[-2].text):
            break
    return top


def _article_zone(
    nonblank: list[Line], rules: RuleBook, result: TextClean
) -> tuple[list[Line], int]:
    """The lines from the top of the header zone to the end of the article, and where
    in them the article starts; every other line is removed as page furniture."""
    texts = [normalize(line.text) for line in nonblank]
    start, end = find_article(texts, rules)
    if end == 0:
        return nonblank, 0
    top = max(start - _MAX_HEADER_LINES, 0)
    parts = tab_parts(texts[0])
    repeat = [n for n in range(max(start - _MAX_TITLE_DISTANCE, 1), top) if agrees(texts[n], parts)]
    if repeat:  # the headline that repeats the page's <title> tops the header zone
        top = repeat[-1]
    for line in nonblank[:top] + nonblank[end:]:
        result.removed.append(Removed(line.text, PAGE_FURNITURE, line.index))
    if top > 0:
        result.page_title = nonblank[0].text
        result.above_header = [line.text for line in nonblank[max(top - 5, 1) : top]]
    return nonblank[top:end], start - top


def unwrap(text: str) -> str:
    """Join hard-wrapped paragraphs (lines cut at a fixed width) back into one line each."""
    blocks = text.split("\n\n")
    return "\n\n".join(_unwrap_block(block, n == 0) for n, block in enumerate(blocks))


def _unwrap_block(block: str, first: bool = False) -> str:
    lines = [ln.strip() for ln in block.split("\n")]
    inner = lines[:-1]
    if len(lines) < 2 or not all(_WRAP_MIN <= len(ln) <= _WRAP_MAX for ln in inner):
        return block
    if any(is_bullet(ln) for ln in lines):
        return block
    joins = sum(_continues(a, b, first and k == 0) for k, (a, b) in enumerate(pairwise(lines)))
    return " ".join(lines) if joins >= max(1, len(inner) / 2) else block


def _continues(line: str, after: str, top: bool = False) -> bool:
    """Whether ``after`` carries on the sentence ``line`` broke off (a hard wrap).  At the
    top of a text, a capital after a semicolon starts a headline's deck ("Netanyahu and
    Obama: A tortured relationship;" over "Divided by ideology, ...")."""
    if not after or line.endswith((".", "!", "?", ":", "”", '"')):
        return False
    if date_line(after) or date_line(line):
        return False
    if after[0].islower() or after[0].isdigit() or line.endswith((",", "-")):
        return True
    return line.endswith(";") and not (top and after[0].isupper())


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


def _header_end(lines: list[Line], rules: RuleBook, titled: bool = False) -> int:
    """Index of the first prose line that no rule removes (the end of the header zone).
    An untitled text's first line may be its headline printed with a full stop: it is
    header when it reads as a headline and prose follows it (``_headline_first``)."""
    first = True
    for n, line in enumerate(lines[:_MAX_HEADER_LINES]):
        if rules.match(line.text, edge=True) or date_line(line.text):
            continue
        if (is_prose(line.text) or _plain_sentence(line.text)) and not (
            first and not titled and _headline_first(lines, n, rules)
        ):
            return n
        first = False
    return 0


def _headline_first(lines: list[Line], n: int, rules: RuleBook) -> bool:
    """Line ``n``, the first of the text but for furniture, has a headline's shape and
    grammar ("Senator to shift staff, resources to Iowa.") and a paragraph of prose
    follows."""
    if n + 1 >= len(lines):
        return False
    text, after = lines[n].text, lines[n + 1].text
    return (
        (is_prose(after) or _plain_sentence(after))
        and headline_shaped(text, rules)
        and reads_as_headline(text)
    )


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


@dataclass(frozen=True)
class _PageContext:
    """What the title choice reads beyond the header: which line is the page's
    ``<title>`` (a scrape's first line), and the lede."""

    title_line: int | None
    lede: list[str]


def _read_header(
    header: list[Line],
    rules: RuleBook,
    result: TextClean,
    title_hint: str | None,
    page: _PageContext,
) -> None:
    candidates: list[Line] = []
    for line in header:
        rule = rules.match(line.text, edge=True)
        stamp = date_line(line.text) or _segment_date(line.text) or _stamp_date(line.text, rule)
        if rule is not None and not stamp:
            result.removed.append(Removed(line.text, rule.reason, line.index))
        elif stamp:
            if result.published is None and not is_update(line.text):
                result.published, result.published_line = stamp, line.text
            result.removed.append(Removed(line.text, "date line", line.index))
        elif _header_dateline(line, result):
            result.removed.append(Removed(line.text, "dateline", line.index))
        else:
            candidates.append(line)
    _classify_candidates(candidates, rules, result, title_hint, page)


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
    candidates: list[Line],
    rules: RuleBook,
    result: TextClean,
    title_hint: str | None,
    page: _PageContext,
) -> None:
    """Mastheads, taglines, breadcrumbs, the title and a standfirst."""
    hint = normalize(title_hint or "").casefold()
    texts = [normalize(c.text).casefold() for c in candidates]
    if hint:
        title_at = texts.index(hint) if hint in texts else len(candidates) - 1
    else:
        title_at = _choose_title(candidates, rules, result, page)
    if not candidates:
        return
    title_key = texts[title_at] if title_at < len(candidates) else None
    for n, line in enumerate(candidates):
        if texts[n] == title_key:
            if result.title is None and not hint:
                result.title = line.text.rstrip(" ;")
                result.removed.append(Removed(line.text, "title", line.index))
            else:
                result.removed.append(Removed(line.text, "repeated title", line.index))
        elif n < title_at:
            reason = _above_title_reason(line.text, n, rules, result)
            result.removed.append(Removed(line.text, reason, line.index))
        else:
            result.standfirst.append(line.text)
            result.removed.append(Removed(line.text, "standfirst", line.index))


def _choose_title(
    candidates: list[Line], rules: RuleBook, result: TextClean, page: _PageContext
) -> int:
    """The candidate that is the title (``len(candidates)`` when the title is the head
    of the page's ``<title>`` line, or when nothing reads as one)."""
    own = next((n for n, c in enumerate(candidates) if c.index == page.title_line), None)
    page_title = result.page_title if own is None else candidates[own].text
    choice = choose_title([c.text for c in candidates], page_title, page.lede, rules, own_line=own)
    if choice is None:
        return len(candidates)
    result.page_outlet = choice.outlet
    if choice.index is None:
        result.title = choice.text
        return len(candidates)
    if choice.text != candidates[choice.index].text:  # "Headline – Outlet": its head
        result.title = choice.text
    return choice.index


def _above_title_reason(text: str, n: int, rules: RuleBook, result: TextClean) -> str:
    segments = name_segments(normalize(text))
    first = segments[0] if segments else text
    if (
        n == 0
        and result.masthead is None
        and result.page_title is None  # a cut page's header zone starts mid-menu
        and first.casefold() not in rules.section_words
        and is_name_like(first, max_words=6)
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
