"""The title of a scraped article, chosen by evidence rather than by position
(an HTML page's title is ``headline.py``'s: it has metadata to weigh).

Candidates are the header-zone lines left after the rules took furniture away, and
the parts of the page's ``<title>`` line (scrapers put it first: "Headline | Outlet").
A candidate earns its place by what holds on any page:

- the page says it twice: the ``<title>`` line and the headline above the article agree;
- it shares words with the lede (a headline is about what the article says);
- it has a headline's shape: a few words to a few dozen, no full stop after a sentence
  unless its grammar is a headline's (``titleshape``);
- it sits just above the article.

A section label, a byline, a date or a teaser never gets here: the rules remove them
first, and a one-word line or a known section word scores nothing.  The outlet comes
with it: the part of the ``<title>`` line that is not the headline, when it reads as
a name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from retold.clean.bylines import line_date
from retold.clean.furniture import RuleBook, normalize, word_count
from retold.clean.headline import title_parts
from retold.clean.metadata import name_segments
from retold.clean.titleshape import reads_as_headline

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*|\d+")
_MIN_PART_SCORE = 1.5


@dataclass(frozen=True)
class TitleChoice:
    """The chosen candidate (an index into the candidates, or None when the title is
    the head of the page's ``<title>`` line), its text, and the outlet the page names."""

    index: int | None
    text: str
    outlet: str | None


def _words(text: str) -> set[str]:
    return {w.casefold() for w in _WORD.findall(text) if len(w) > 2 or w.isdigit()}


def _key(text: str) -> str:
    return " ".join(_WORD.findall(text.casefold()))


def tab_parts(page_title: str | None) -> list[str]:
    """'Headline - Outlet' -> ['Headline', 'Outlet'], split as HTML titles are
    (``headline.title_parts``)."""
    if not page_title:
        return []
    return [p.strip() for p in title_parts(normalize(page_title))[0] if p.strip()]


def _part_score(text: str, lede: set[str], rules: RuleBook) -> float:
    """Evidence that a part of the ``<title>`` line is the headline: words it shares
    with the lede, a headline's length, no sentence's full stop, no short shout."""
    words = word_count(text)
    if words < 2 or text.casefold() in rules.section_words or not _key(text):
        return 0.0
    score = 1.0
    own = _words(text)
    if own and lede:
        score += 2.0 * len(own & lede) / len(own)
    if 3 <= words <= 30:
        score += 1.0
    if text.rstrip().endswith(".") and words > 12:
        score -= 1.5  # a sentence: a standfirst or a lede, not a headline
    if text.isupper() and words <= 3:
        score -= 1.0
    return score


def agrees(text: str, parts: list[str]) -> bool:
    """Whether ``text`` is the ``<title>`` line or its headline (the longest part), or
    a run of four words or more of that headline: the page says this headline twice.
    The outlet's part ("Headline | Harbour Herald") is no headline."""
    key = _key(text)
    if not key or not parts:
        return False
    head = max((_key(p) for p in parts), key=len)
    if key in (_key(" ".join(parts)), head) and word_count(text) >= 2:
        return True
    return word_count(text) >= 4 and key in head


def choose_title(
    candidates: list[str],
    page_title: str | None,
    lede: list[str],
    rules: RuleBook,
    own_line: int | None = None,
) -> TitleChoice | None:
    """The title among ``candidates`` (header lines in page order), or the head of
    ``page_title``; None when nothing reads as a headline.  ``own_line`` is the
    candidate that is the ``<title>`` line itself (a short page's first line, which
    may as well be a masthead): it cannot agree with itself.

    The headline that repeats the ``<title>`` line wins; a scrape whose ``<title>``
    line no header line repeats takes the line's headline part; otherwise a line
    printed twice, else the last headline-shaped line above the article (or the line
    above that, when it is the headline and this its deck: ``is_deck``, ``continued``).
    """
    parts = tab_parts(page_title)
    agreeing = [n for n, t in enumerate(candidates) if n != own_line and agrees(t, parts)]
    if agreeing:
        text = candidates[agreeing[-1]]
        return TitleChoice(agreeing[-1], text, page_outlet(parts, text, rules))
    if own_line is None and parts:
        lede_words = set().union(*(_words(t) for t in lede)) if lede else set()
        head = _head_part(parts, lede_words, rules)
        if head is not None:
            return TitleChoice(None, head, page_outlet(parts, head, rules))
    keys = [_key(t) for t in candidates]
    repeated = [n for n, k in enumerate(keys) if k and keys.count(k) > 1]
    if repeated:  # a short page that prints its headline twice
        return TitleChoice(repeated[0], candidates[repeated[0]], None)
    for n in range(len(candidates) - 1, -1, -1):  # the headline sits just above the article
        if headline_shaped(candidates[n], rules):
            if n > 0 and (
                is_deck(candidates[n], candidates[n - 1], rules) or continued(candidates[n - 1])
            ):
                n -= 1  # headline plus deck keeps the headline
            return _own_choice(n, candidates[n], parts if n == own_line else [], rules)
    return None


def is_deck(text: str, above: str, rules: RuleBook) -> bool:
    """Whether ``text`` is the deck under the headline ``above``: a longer line in
    sentence case ("The council ends a two-year dispute over ...") under a headline
    in title case of four words or more.  Under a sentence-case line nothing tells a
    deck from a headline under a tagline, and the last line stays the title."""
    words = text.split()
    if len(words) < 10 or len(words) <= word_count(above) or word_count(above) < 4:
        return False
    if len(name_segments(above)) > 1 or above.isupper():
        return False  # a masthead or section row ("THE BOURSE JOURNAL | Companies")
    return (
        _capitalised(words) < 0.4
        and _capitalised(above.split()) >= 0.6
        and headline_shaped(above, rules)
    )


def continued(text: str) -> bool:
    """A headline that ends in a semicolon goes on in the line below it, its deck or its
    column's name ("Jobs report gives Democrats a lift;" over "Economic Scene.")."""
    return text.rstrip().endswith(";") and word_count(text) >= 2


def _capitalised(words: list[str]) -> float:
    """The share of words after the first that start with a capital."""
    rest = words[1:]
    return sum(w[:1].isupper() for w in rest) / len(rest) if rest else 0.0


def _own_choice(n: int, text: str, parts: list[str], rules: RuleBook) -> TitleChoice:
    """A headline that is the first line itself: "Headline – Outlet" splits in two."""
    if len(parts) == 2 and headline_shaped(parts[0], rules):
        outlet = page_outlet(parts, parts[0], rules)
        if outlet is not None:
            return TitleChoice(n, parts[0], outlet)
    return TitleChoice(n, text, None)


def headline_shaped(text: str, rules: RuleBook) -> bool:
    """A few words to a few dozen; not a section label or a row of them ("Markets ·
    Companies · Economy"), not a date line, not a sentence of a paragraph."""
    words = word_count(text)
    if words < 2 or words > 30 or text.casefold() in rules.section_words:
        return False
    if text.rstrip().endswith(".") and words > 12 and not reads_as_headline(text):
        return False
    segments = name_segments(text)
    if len(segments) > 1 and all(word_count(s) <= 2 for s in segments):
        return False
    if line_date(text) is not None:
        return False
    return not (text.isupper() and words <= 3)


def _head_part(parts: list[str], lede: set[str], rules: RuleBook) -> str | None:
    """The part of the ``<title>`` line that reads as the headline."""
    scored = [(_part_score(p, lede, rules), -n, p) for n, p in enumerate(parts)]
    best = max(scored, default=None)
    if best is None or best[0] < _MIN_PART_SCORE:
        return None
    return best[2]


def page_outlet(parts: list[str], title: str, rules: RuleBook) -> str | None:
    """The name the ``<title>`` line gives beside the headline: its last short part."""
    key = _key(title)
    if len(parts) < 2 or key not in _key(" ".join(parts)):
        return None
    rest = [p for p in parts if _key(p) != key and _key(p) not in key]
    if not rest:
        return None
    name = rest[-1]
    if word_count(name) > 5 or name.casefold() in rules.section_words:
        return None
    if not name[:1].isupper() or not any(ch.isalpha() for ch in name):
        return None  # a score, a year, a lower-case phrase: not a name
    if name.rstrip().endswith((".", "?", "!")) and " " in name:
        return None
    return name_segments(name)[0] if name_segments(name) else name
