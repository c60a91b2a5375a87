"""Archive quotation marks: two apostrophes read as one double quotation mark.

Newswire archives and LDC-style corpora write a double quotation mark as two
apostrophes (''like this,'' she said), sometimes opened with two backticks
(``like this''); nothing else in retold reads them as quotation marks.  A page
whose double marks are mostly these gets each one replaced by a straight ``"``,
which the quote reader pairs like any other.  The choice is made per page, from a
count, never per phrase: at least two archive marks, and more of them than of the
page's other double marks ("“”„«»).  Three apostrophes are a double mark and a
single one, in the order their place asks: ",'''" closes a single quote then the
double, " '''Sir" opens the double then the single.  Two apostrophes after a digit
are inches (6'2''), never a mark.
"""

from __future__ import annotations

import re

# Two or three apostrophes (not part of a longer run, not after a digit: inches), or
# an opening pair of backticks.
_ARCHIVE = re.compile(r"(?<![\d'])'{2,3}(?!')|``")
_OTHER_DOUBLE = re.compile('["“”„«»]')
_BEFORE_OPENING = " \t\n([{—–-/:;"


def archive_marks(text: str) -> int:
    """How many archive double marks ('' or ``) ``text`` holds."""
    return len(_ARCHIVE.findall(text))


def uses_archive_marks(text: str) -> bool:
    """Are two apostrophes this page's double quotation marks?"""
    found = archive_marks(text)
    return found >= 2 and found > len(_OTHER_DOUBLE.findall(text))


def read_archive_marks(text: str) -> str:
    """``text`` with its archive double marks as ``"``, when the page uses them as its
    double marks (``uses_archive_marks``); otherwise ``text`` unchanged."""
    if not uses_archive_marks(text):
        return text
    return _ARCHIVE.sub(lambda m: _replacement(text, m.start(), m.group()), text)


def _replacement(text: str, at: int, mark: str) -> str:
    if len(mark) < 3:
        return '"'
    after = text[at + 3 : at + 4]
    opening = (at == 0 or text[at - 1] in _BEFORE_OPENING) and bool(after.strip())
    return "\"'" if opening else "'\""
