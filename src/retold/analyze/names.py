"""Capitalised name runs and what they are: person, organisation, place, outlet.

A run is a maximal stretch of capitalised words (with name particles such as "van"
inside).  Titles in front of a person's name ("Former NATO Secretary General") are
split off and kept as the person's role; organisation and place heads ("Service",
"River") and known outlets make a run something other than a person.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from retold.analyze.aliases import Aliases, fold
from retold.analyze.lexicon import Lexicon
from retold.analyze.text import POSSESSIVE_S, Token
from retold.lang import MONTH_SHORT_FORMS

RunKind = Literal["person", "surname", "organization", "place", "outlet", "title"]
JOINERS = frozenset({"of", "for", "&"})
# A nickname in quotation marks inside a name ('Vincent "Chin" Gigante'): mark -> its mate.
NICKNAME_MARKS = {"“": "”", '"': '"', "‘": "’", "'": "'"}
NICKNAME = re.compile(r"\s*[“\"‘'][A-Z][A-Za-z]*[”\"’']\s*")


@dataclass(frozen=True, eq=False)
class NameBook:
    """What name classification needs: the lexicon, aliases and known outlet names."""

    lexicon: Lexicon
    aliases: Aliases
    outlets: frozenset[str]  # folded outlet names and aliases, without a leading "the"
    outlet_heads: frozenset[str]  # folded last words that make a name an outlet
    outlet_first: frozenset[str] = frozenset()  # folded first words ("Glas", "Diario")


@dataclass(frozen=True)
class NameRun:
    first: int  # token index of the run's first token
    last: int  # one past its last token
    name_first: int  # where the name proper starts (after titles and roles)
    kind: RunKind
    titles: tuple[str, ...]  # lower-case title and role words inside the run

    def text(self, tokens: tuple[Token, ...], body: str) -> str:
        """The name as printed, a nickname in quotation marks left out."""
        text = body[tokens[self.name_first].start : tokens[self.last - 1].end]
        if any(t.text in NICKNAME_MARKS for t in tokens[self.name_first : self.last]):
            return NICKNAME.sub(" ", text)
        return text


def _bare(word: str) -> str:
    return word.casefold().rstrip(".")


def is_name_token(token: Token, lexicon: Lexicon) -> bool:
    if not token.cap or not token.text[0].isalpha():
        return False
    if len(token.text) > 4 and token.text.isupper():
        return False  # a dateline or a heading in capitals ('WASHINGTON', 'IOWA POLLS')
    if _initial(token):
        return True  # 'A.' of 'A. J. Pellman' is no word 'a'
    lower = token.lower
    if _bare(lower) in lexicon.not_names or lower in lexicon.weekdays:
        return False
    return lower not in lexicon.months


SHORT_MONTHS = frozenset(form.casefold() for form in MONTH_SHORT_FORMS)


def _month_name(tokens: tuple[Token, ...], k: int) -> bool:
    """A month's short form with no period and no number after it, beside a name, is a
    name: 'Ai Jun', 'Jan Brewer' (not 'Jun 5', 'Jan. 5', nor 'May')."""
    token = tokens[k]
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    return token.cap and token.lower in SHORT_MONTHS and not after[:1].isdigit()


def word_surname(tokens: tuple[Token, ...], k: int, lexicon: Lexicon) -> bool:
    """A known given name, then a capitalised word the lists read as no name, then no
    more capitals: the word is a surname ('Al From said'; not 'Will And Grace')."""
    surname = tokens[k + 1]
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return (
        tokens[k].lower in lexicon.first_names
        and surname.cap
        and surname.text.isalpha()
        and surname.lower in lexicon.not_names
        and not (after is not None and after.cap)
    )


def _is_title(token: Token, lexicon: Lexicon) -> bool:
    lower = token.lower
    return lower in lexicon.titles or lower.split("-")[-1] in lexicon.titles


def find_runs(tokens: tuple[Token, ...], i: int, j: int, book: NameBook) -> list[NameRun]:
    """Name runs among ``tokens[i:j]``."""
    lexicon = book.lexicon
    runs: list[NameRun] = []
    k = i
    while k < j:
        token = tokens[k]
        if not token.cap or not (
            is_name_token(token, lexicon)
            or (k + 1 < j and is_name_token(tokens[k + 1], lexicon) and _month_name(tokens, k))
        ):  # most tokens are lower case
            k += 1
            continue
        end = k + 1
        while end < j:
            name = is_name_token(tokens[end], lexicon) or _month_name(tokens, end)
            if name or (end == k + 1 and word_surname(tokens, k, lexicon)):
                end += 1
            elif (
                (tokens[end].lower in lexicon.name_particles or tokens[end].lower in JOINERS)
                and end + 1 < j
                and is_name_token(tokens[end + 1], lexicon)
            ):
                end += 2
            elif _nickname(tokens, end, j, lexicon):
                end += 4  # 'Vincent "Chin" Gigante': the nickname and the surname after it
            else:
                break
        runs.append(classify(tokens, k, end, book))
        k = end
    return runs


def _nickname(tokens: tuple[Token, ...], k: int, j: int, lexicon: Lexicon) -> bool:
    """A nickname in quotation marks between a given name and a surname ('Vincent
    "Chin" Gigante', 'John “Tig” Tiegen')."""
    if k < 1 or k + 3 >= j or tokens[k - 1].lower not in lexicon.first_names:
        return False
    opening, word, closing, surname = tokens[k : k + 4]
    return (
        NICKNAME_MARKS.get(opening.text) == closing.text
        and word.cap
        and word.text.isalpha()
        and is_name_token(surname, lexicon)
    )


def classify(tokens: tuple[Token, ...], first: int, last: int, book: NameBook) -> NameRun:
    lexicon = book.lexicon
    titles = [t.lower for t in tokens[first:last] if _is_title(t, lexicon)]
    start = first
    for k in range(last - 1, first - 1, -1):
        if _is_title(tokens[k], lexicon) and not _surname_after(tokens, first, k, lexicon):
            start = k + 1
            break
    start = _skip_of(tokens, start, last)
    if start < last:  # 'Priya Nair of Skyline Research', 'Sen. Ted Cruz of Texas'
        last = _person_before_of(tokens, start, last, book)
    kind = _kind(tokens, first, start, last, book)
    given = _given_name_at(tokens, start, last, book) if kind != "surname" else None
    if given is not None:  # 'New York City Public Advocate Trish James'
        titles.extend(t.lower for t in tokens[start:given])
        start, kind = given, "person"
    if kind != "person":
        return NameRun(first, last, start if start < last else first, kind, tuple(titles))
    while last - start > 2 and (
        tokens[start].lower in lexicon.person_roles or _acronym(tokens[start])
    ):
        titles.append(tokens[start].lower)
        start += 1
    return NameRun(first, last, start, kind, tuple(titles))


HONORIFICS = frozenset({"mr.", "mrs.", "ms.", "mr", "mrs", "ms", "miss", "dr."})


def _surname_after(tokens: tuple[Token, ...], first: int, k: int, lexicon: Lexicon) -> bool:
    """A title word ending a run is a surname after a known given name or an honorific:
    'Charlie King', 'Mr. King', 'Carole King', 'Peter T. King' (a middle initial between)
    (not 'Prime Minister', nor an abbreviated title: 'Virginia Gov. Kerry Halvorsen')."""
    if k == first or tokens[k].text.endswith("."):
        return False
    if k - 1 > first and _initial(tokens[k - 1]):
        k -= 1  # 'Peter T. King': the given name is before the initial
    before = tokens[k - 1].lower
    return before in HONORIFICS or (
        before in lexicon.first_names and not _is_title(tokens[k - 1], lexicon)
    )


def _initial(token: Token) -> bool:
    """An initial: 'T.' of 'Peter T. King'."""
    return len(token.text) == 2 and token.text[0].isupper() and token.text.endswith(".")


INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")


def initials(word: str) -> bool:
    """Is ``word`` a given name's initials ('T.J.', 'J.R.'), no acronym?"""
    return INITIALS.fullmatch(word) is not None


def _given_name_at(tokens: tuple[Token, ...], start: int, last: int, book: NameBook) -> int | None:
    """Where a person's name starts inside a longer run of capitals: at a known given
    name followed by one or two more names that read as a person on their own
    ('ABC News Martha Raddatz', 'CBS co-Anchor Lisa Moore'), unless the whole run is a
    known outlet or names a given name earlier ('Mary Ann Smith')."""
    lexicon = book.lexicon
    if last - start < 3 or _kind(tokens, start, start, last, book) == "outlet":
        return None
    for k in range(start, last - 1):
        if tokens[k].lower not in lexicon.first_names:
            continue
        initials = any(_initial(t) for t in tokens[start:k])
        nickname = 3 if _nickname(tokens, k + 1, last, lexicon) else 0  # 'Ann "Tig" Wu'
        if k == start or last - k - nickname > 3 or initials:  # 'J. Gerald Hebert' is one name
            return None
        return k if _kind(tokens, k, k, last, book) == "person" else None
    return None


def _person_before_of(tokens: tuple[Token, ...], first: int, last: int, book: NameBook) -> int:
    """'Priya Nair of Skyline Research': the run's name ends before 'of'."""
    joiner = next((k for k in range(first + 1, last) if tokens[k].lower in JOINERS), None)
    if joiner is None or joiner - first < 2:
        return last
    if _kind(tokens, first, first, joiner, book) == "person":
        return joiner
    return last


def _skip_of(tokens: tuple[Token, ...], start: int, last: int) -> int:
    """After a title, 'of Transport' belongs to the title ("Minister of Transport X Y")."""
    if start < last and tokens[start].lower in JOINERS:
        start += 2
        while last - start > 2 and tokens[start].lower not in JOINERS:
            start += 1
    return start


def _known_place(tokens: tuple[Token, ...], first: int, last: int, lexicon: Lexicon) -> bool:
    words = [t.lower for t in tokens[first:last]]
    return any(
        " ".join(words[a:b]) in lexicon.places
        for a in range(len(words))
        for b in range(a + 2, min(len(words), a + 4) + 1)
    )


def _possessor(tokens: tuple[Token, ...], start: int, last: int, lexicon: Lexicon) -> bool:
    """A person's name after a preposition, as a possessor ('in Hugh Hefner's magazine',
    'at Hillary Clinton's rally'): a given name the word lists know, then another name
    and 's; not a place ('in Beverly Hills', 'in New York's')."""
    return (
        last - start >= 2
        and last < len(tokens)
        and tokens[last].lower in POSSESSIVE_S
        and tokens[start].lower in lexicon.first_names
    )


def _acronym(token: Token) -> bool:
    letters = token.text.replace(".", "")
    return len(letters) >= 2 and letters.isupper() and letters.isalpha()


def _kind(tokens: tuple[Token, ...], first: int, start: int, last: int, book: NameBook) -> RunKind:
    lexicon = book.lexicon
    if start >= last:
        return "title"
    words = [t.lower for t in tokens[start:last]]
    whole = fold(" ".join(t.text for t in tokens[first:last]))
    titled = start > first and len(words) > 1 and words[0] in lexicon.first_names
    if whole.removeprefix("the ") in book.outlets:
        return "outlet"
    if words[-1] in book.outlet_heads and not titled:  # 'Mayor Don Guardian' is a person
        return "outlet"
    if len(words) > 1 and words[0] in book.outlet_first:
        return "outlet"
    if fold(" ".join(t.text for t in tokens[start:last])) in book.outlets:
        return "outlet"
    if any(w in lexicon.organization_heads for w in words):
        return "organization"
    # A place before a title is the title's ('South Carolina Gov. Jim Hodges'): only
    # the words after the titles say whether the name is a place, and a place head
    # there is a surname ('Mr. Ridge', 'Gov. Dale Lake').
    own = start if start > first else first
    headed = start == first and any(w in lexicon.place_heads for w in words)
    if headed or _known_place(tokens, own, last, lexicon):
        return "place"
    after_preposition = own > 0 and tokens[own - 1].lower in lexicon.place_prepositions
    if after_preposition and not _possessor(tokens, own, last, lexicon):
        return "place"
    if book.aliases.canonical.get(whole, ("", "person"))[1] == "place":
        return "place"
    proper = [w for w in words[1:] if w not in lexicon.name_particles and w not in JOINERS]
    given = tokens[start].cap and words[0] in lexicon.first_names
    if words[0] not in JOINERS and (words[0] not in lexicon.name_particles or given):
        proper.insert(0, words[0])  # 'Al Gore', 'Van Jones': a given name, not 'al' or 'van'

    if len(proper) >= 2:
        named = tokens[start:last]
        inner = named[1:] if _acronym(named[0]) else named
        if any(w in JOINERS for w in words) or any(_acronym(t) for t in inner):
            return "organization"
        return "person"
    if _acronym(tokens[start]):
        return "organization"
    return "surname"
