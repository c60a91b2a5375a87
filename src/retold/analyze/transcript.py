"""Transcript lines: a speaker's label, a colon and the words, with no quote marks.

News prints debates, interviews and hearings as lines such as ``OKAFOR: Because I ...``,
``Q: Did you ...?`` or ``Sen. Okafor: ...``.  A paragraph is such a line when it opens
with a short label (one to four words: all capitals, a title and a name, or the name of
someone the article names) and a colon, and the words after it are prose: a word in
lower case, no opening quote mark (quoted words are the quote-mark rules').

One such paragraph alone is as often a headline ('Trump: ...'), a list item ('Sanders:
Win in a walk.') or furniture ('UPDATED: ...') as a line of speech, so a line counts
only inside an exchange: lines at most one paragraph apart, with two labels at least,
one of which speaks twice or answers the other's question.  Labels the lexicon lists as
furniture ('Update', 'Editor's note') never speak.

The label is the speaker phrase: a surname the article names (resolved like any name:
'OKAFOR' is the article's Marcus Okafor, 'MR. HALE' the titled Hale), a full name the
labels print ('JAKE TAPPER', then 'TAPPER'), a role the lexicon knows ('GOVERNOR': the
article's one governor), else no one ('Q', 'A', an outlet's short name), and the line
is then attributed to no one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from retold.analyze.attribution import QUOTE_MARKS, SpeakerPhrase
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.people import Person

MAX_LABEL = 40  # characters before the colon
LABEL_WORD = re.compile(r"[^\W\d_][\w.'’-]*")
ANSWERED = 2  # lines at most this many paragraphs apart are one exchange


@dataclass(frozen=True)
class _Line:
    paragraph: int
    label: str  # as printed
    start: int  # body offset of the label
    colon: int  # body offset of the colon
    words: tuple[int, int]  # body offsets of the spoken words

    @property
    def key(self) -> str:
        return _folded(self.label)


def _folded(label: str) -> str:
    return label.casefold().replace("’", "'")


def transcript_lines(prep: Prepared) -> list[Found]:
    """The transcript lines of the article, as direct quotes shaped ``transcript``."""
    lines = [line for p in range(len(prep.paragraphs)) if (line := _line(prep, p))]
    found: list[Found] = []
    for run in _runs(lines):
        if _exchange(prep, run):
            names = _full_names(prep, run)
            found += [_found(prep, line, names) for line in run]
    return found


def _line(prep: Prepared, p: int) -> _Line | None:
    """Paragraph ``p`` as a labelled line of speech, or None."""
    paragraph = prep.paragraphs[p]
    text = prep.body[paragraph.start : paragraph.end].rstrip()
    colon = text.find(":")
    if not 0 < colon <= MAX_LABEL or not text[colon + 1 : colon + 2].isspace():
        return None
    label, words = text[:colon].strip(), text[colon + 1 :].lstrip()
    if words[:1] in QUOTE_MARKS or not any(c.islower() for c in words):
        return None
    if not _label_shaped(prep, label):
        return None
    start = paragraph.start + text.index(label)
    spoken = paragraph.start + len(text) - len(words)
    return _Line(p, label, start, paragraph.start + colon, (spoken, paragraph.start + len(text)))


def _label_shaped(prep: Prepared, label: str) -> bool:
    """One to four words, none of them furniture: all in capitals, or a title and names,
    or names of someone the article names."""
    lexicon = prep.book.lexicon
    words = label.split()
    if not 0 < len(words) <= 4 or not all(LABEL_WORD.fullmatch(w) for w in words):
        return False
    if _folded(label) in lexicon.transcript_furniture:
        return False
    if all(w.isupper() for w in words):
        return True
    if not all(w[0].isupper() for w in words):
        return False
    return words[0].casefold() in lexicon.titles or bool(_people(prep, words))


def _people(prep: Prepared, words: list[str]) -> list[Person]:
    """The people of the article the label's last word names (its surname)."""
    return prep.registry.by_word(words[-1], prep.book)


def _runs(lines: list[_Line]) -> list[list[_Line]]:
    """Lines in runs: each at most ``ANSWERED`` paragraphs after the one before."""
    runs: list[list[_Line]] = []
    for line in lines:
        if runs and line.paragraph - runs[-1][-1].paragraph <= ANSWERED:
            runs[-1].append(line)
        else:
            runs.append([line])
    return runs


def _exchange(prep: Prepared, run: list[_Line]) -> bool:
    """Is the run an exchange: two labels at least, one speaking twice or answering a
    question the line before asked?"""
    keys = [line.key for line in run]
    if len(set(keys)) < 2:
        return False
    if len(set(keys)) < len(keys):
        return True
    return any(a.key != b.key and prep.body[a.words[1] - 1] == "?" for a, b in pairwise(run))


def _full_names(prep: Prepared, run: list[_Line]) -> dict[str, str]:
    """Full names the run's labels print in capitals and the article nowhere else
    ('JAKE TAPPER: ...', later 'TAPPER: ...'), by folded surname: a known given name
    and a surname, as a name is written."""
    names: dict[str, str] = {}
    for line in run:
        words = line.label.split()
        given = words[0].casefold() in prep.book.lexicon.first_names
        if len(words) in (2, 3) and given and line.label.isupper() and not _people(prep, words):
            names[words[-1].casefold()] = line.label.title()
    return names


def _found(prep: Prepared, line: _Line, names: dict[str, str]) -> Found:
    """The line as a direct quote; a label that names no one ('Q', 'A') attributes it
    to no one, as quoted words no sentence attributes."""
    speaker = _speaker(prep, line, names)
    attribution = Attribution(speaker, ":", line.start, line.colon + 1, None) if speaker else None
    return Found("direct", "transcript", (line.words,), attribution, line.paragraph)


def _speaker(prep: Prepared, line: _Line, names: dict[str, str]) -> SpeakerPhrase | None:
    """The label as a speaker phrase: the surname of someone the article names (after
    any title), a full name the run's labels print (``_full_names``), a role the
    lexicon knows, else None."""
    lexicon = prep.book.lexicon
    words = line.label.split()
    titles = tuple(w.casefold() for w in words[:-1] if w.casefold() in lexicon.titles)
    end = line.start + len(line.label)
    if _people(prep, words):
        gender = next((lexicon.gendered[t] for t in titles if t in lexicon.gendered), None)
        return SpeakerPhrase(
            "surname", line.start, end, line.label, words[-1], None, gender, titles
        )
    name = names.get(words[-1].casefold())
    if name is not None:
        return SpeakerPhrase("name", line.start, end, line.label, name, None, None, titles)
    role = line.label.casefold()
    if len(words) == 1 and role in lexicon.person_roles:
        return SpeakerPhrase("role", line.start, end, line.label, None, role, None)
    return None
