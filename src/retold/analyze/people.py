"""The people of one article: every full name it prints, with roles and gender hints.

Built once per article from all its paragraphs, so that a later "Rasmussen", "Mayor
Tremblay" or "the union leader" can be resolved to the full name printed elsewhere.
Roles come from titles ("Sports Minister Anton Drecu"), role words in front of a
name ("union leader Carla Poblete") and appositives ("Olena Marchuk, director of ...",
"The museum's director, Olena Marchuk,").  One person under several forms of a name:
a word in front ('Republican Donald Trump', 'Democrat Zephyr Teachout'), an initial
('W. Mark Felt'), a middle name after a given name no list knows ('Bettie Mae Page').
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, replace
from itertools import pairwise

from retold.analyze.aliases import fold, name_key
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameBook, NameRun, find_runs
from retold.analyze.text import (
    POSSESSIVE_S,
    Paragraph,
    Token,
    heading,
    lower_case_words,
    title_case,
)

STOPS = frozenset({",", ";", ":", "—", "–", "-", "(", ")", "“", "”", '"'})


@dataclass(frozen=True)
class Person:
    """One person named in an article, under the fullest name it printed."""

    name: str
    key: str  # name_key of ``name``
    # folded first word of the name (alias- and nickname-normalised: 'charles'); '' when
    # only a surname names them (``surname_only``)
    first: str
    last: str  # folded last word
    roles: frozenset[str]
    gender: str | None
    offset: int  # where the person is first named
    evidence: bool = False  # a title, a role, "who ..." or an age: surely a person
    mentions: int = 1  # how often the article names them in full
    suffix: str = ""  # 'jr', 'iii': Donald Trump Jr. is not Donald Trump
    headlined: bool = False  # the article's title names them in full


@dataclass(frozen=True)
class Registry:
    people: tuple[Person, ...]

    def by_word(self, word: str, book: NameBook) -> list[Person]:
        """People whose last (else first) name is ``word``, as the alias table reads it
        or as printed (a surname alone may be a place's other name: 'Conway'); a
        surname of several words ends the name of someone surely a person, by a known
        given name or a title or role ('Del Rio' of 'Jack Del Rio', 'Lopez-Cantera' of
        'Carlos Lopez-Cantera', 'Okonkwo-Reyes' of 'Senator Marguerite Okonkwo-Reyes';
        not 'Journal-Constitution' of 'Atlanta Journal-Constitution')."""
        keys = {name_key(word, book.aliases), fold(word)}
        found = [p for p in self.people if p.last in keys]
        words = fold(word).split()
        if not found and len(words) > 1 and words[0] != "the":
            found = [
                p
                for p in self.people
                if (p.first in book.lexicon.first_names or p.evidence)
                and any(p.key.endswith(f" {k}") for k in keys)
            ]
        return found or [p for p in self.people if p.first in keys]

    def by_name(self, name: str, book: NameBook) -> list[Person]:
        """People a full name refers to (same first and last name, same suffix);
        'Trump Jr.' or 'Donald Jr.' is the one Trump or Donald with that suffix, 'Trump
        Sr.' the one of the generation 'Sr.' marks (``generation``: the Donald Trump of
        Donald Trump Jr.)."""
        words, suffix = split_suffix(name_key(name, book.aliases).split(), book)
        if not words:
            return []
        if len(words) == 1 and suffix:
            named = [p for p in self.people if words[0] in (p.last, p.first)]
            wanted = book.lexicon.generations.get(suffix)
            same = [p for p in named if p.suffix == suffix]
            return same or [p for p in named if generation(p, named, book.lexicon) == wanted]
        first = book.lexicon.nicknames.get(words[0], words[0])
        return [
            p
            for p in self.people
            if p.last == words[-1] and p.first == first and p.suffix == suffix
        ]

    def headlined(self, title: str | None, book: NameBook) -> Registry:
        """The headline names whom the article is about: a person it names in full
        counts one mention more, and is marked ``headlined``."""
        key = f" {name_key(title, book.aliases)} " if title else ""
        if not key.strip():
            return self
        return Registry(
            tuple(
                replace(p, mentions=p.mentions + 1, headlined=True)
                if " " in p.key and f" {p.key} " in key
                else p
                for p in self.people
            )
        )

    def by_role(self, role: str, lexicon: Lexicon) -> list[Person]:
        return [p for p in self.people if any(lexicon.roles_match(role, r) for r in p.roles)]


def surname_only(name: str, gender: str | None, offset: int) -> Person:
    """Someone the article names only by a surname ('Mr. Clyburn'), as a person a later
    pronoun may refer to."""
    key = fold(name)
    return Person(name, key, "", key.split()[-1], frozenset(), gender, offset)


def split_suffix(words: list[str], book: NameBook) -> tuple[list[str], str]:
    """(the name's words, its generational suffix): ['donald', 'trump', 'jr']."""
    if len(words) > 1 and words[-1].rstrip(".") in book.lexicon.name_suffixes:
        return words[:-1], words[-1].rstrip(".")
    return words, ""


def generation(person: Person, people: list[Person], lexicon: Lexicon) -> str | None:
    """'elder' or 'younger': what ``person``'s suffix or family role marks ('Jr.', 'his
    son': younger; 'her father': elder), else the other generation of the one mark their
    namesakes ``people`` carry ('Roy Tillery' beside 'Roy Tillery Jr.', 'Dwayne Kittredge'
    beside 'his father, Leonard Kittredge'); None when that does not tell."""
    own = _generation_marks(person, lexicon)
    if own:
        return own.pop() if len(own) == 1 else None
    others = set().union(*(_generation_marks(p, lexicon) for p in people if p.key != person.key))
    if len(others) != 1:
        return None
    return "elder" if others == {"younger"} else "younger"


def _generation_marks(person: Person, lexicon: Lexicon) -> set[str]:
    """The generations a person's suffix, else their family roles, mark."""
    if person.suffix:
        return (
            {lexicon.generations[person.suffix]} if person.suffix in lexicon.generations else set()
        )
    return {lexicon.generations[r] for r in person.roles if r in lexicon.generations}


def build_registry(
    paragraphs: list[Paragraph], body: str, book: NameBook, lower: frozenset[str] | None = None
) -> tuple[Registry, list[tuple[int, NameRun]]]:
    """The article's people, and every name run found (with its paragraph index);
    ``lower``: the words the body prints in lower case, when already read."""
    people: dict[tuple[str, str], Person] = {}
    runs: list[tuple[int, NameRun]] = []
    lower = lower_case_words(paragraphs) if lower is None else lower
    doubtful: set[tuple[str, str]] = set()
    bodies: set[tuple[str, str]] = set()  # names a comma-set phrase calls a body
    left: dict[tuple[str, str], set[str]] = {}  # capitalised words printed before a name
    headed: set[tuple[str, str]] = set()  # names a heading in title case prints
    headings = {paragraph.index: heading(paragraph.tokens) for paragraph in paragraphs}
    for paragraph in paragraphs:
        tokens = paragraph.tokens
        headline = title_case(tokens)
        for run in find_runs(tokens, 0, len(tokens), book):
            runs.append((paragraph.index, run))
            if run.kind != "person":
                continue
            opening = _ordinary_opening(paragraph, run, lower)
            described = _described_name(tokens, run, book.lexicon)  # 'Democrat Ann Wu'
            if (opening or described) and run.last - run.name_first > 2:
                run = replace(run, first=run.name_first + 1, name_first=run.name_first + 1)
                opening = False  # 'Attacking Hillary Clinton
            person = _person(run, paragraph, body, book)
            if _called_a_body(tokens, run, paragraph, book.lexicon):
                bodies.add((person.first, person.last + person.suffix))
            if person.suffix and len(person.key.split()) < 3:
                continue  # 'Trump Jr.' is a short form of the Donald Trump Jr. named elsewhere
            slot = (person.first, person.last + person.suffix)
            if opening or headline:
                doubtful.add(slot)
            elif slot in people and slot in doubtful:
                doubtful.discard(slot)  # printed as a name elsewhere too
            if headings[paragraph.index]:
                headed.add(slot)
            people[slot] = _merge(people[slot], person) if slot in people else person
            if run.name_first > 0 and tokens[run.name_first - 1].cap:
                left.setdefault(slot, set()).add(fold(tokens[run.name_first - 1].text))
    _merge_middle_names(people, left)
    for slot in sorted(doubtful & people.keys(), key=lambda s: (people[s].mentions, s)):
        first, last = slot  # the least named first: of two doubtful ones the likelier stays
        if any(p.last == last and p.first != first for p in people.values()):
            del people[slot]  # 'Bashing Trump' is Trump, not a second Trump
    _drop_headings_only(people, headed, paragraphs, runs, headings)
    for slot in bodies & people.keys():
        if slot[0] not in book.lexicon.first_names:
            del people[slot]  # 'Acme Holdings, a company that ...' is no person
    kept = [p for p in people.values() if not _name_shaped(p, people.values(), book.lexicon)]
    return Registry(_merged_initials(_merged_tails(kept))), runs


def _drop_headings_only(
    people: dict[tuple[str, str], Person],
    headed: set[tuple[str, str]],
    paragraphs: list[Paragraph],
    runs: list[tuple[int, NameRun]],
    headings: dict[int, bool],
) -> None:
    """Drop the names a heading in title case prints whose last word no run outside
    such headings ends in ('Lot Worse Than Waterboarding': a heading's capitals only)."""
    tokens = {paragraph.index: paragraph.tokens for paragraph in paragraphs}
    plain = {fold(tokens[p][run.last - 1].text) for p, run in runs if not headings[p]}
    for slot in headed & people.keys():
        if slot[1] not in plain:
            del people[slot]


def _merge_middle_names(
    people: dict[tuple[str, str], Person], left: dict[tuple[str, str], set[str]]
) -> None:
    """'Bettie Mae Page' read as 'Mae Page' (a word no list knows before a given name is
    read as no part of the name: 'Republican Mae Page') is the 'Bettie Page' named
    elsewhere: a name printed right after the given name of someone of its surname."""
    for slot, words in left.items():
        first, last = slot
        full = [people[(w, last)] for w in words if w != first and (w, last) in people]
        if len(full) == 1 and slot in people:
            keep = full[0]
            people[(keep.first, last)] = _merge(keep, people.pop(slot), keep=keep.name)


def _name_shaped(person: Person, people: Iterable[Person], lexicon: Lexicon) -> bool:
    """'Los Angeles-area Sanders', 'Liberal Oscar-winner Sarandon': two words in capitals
    before a surname, neither a known given name, printed once and with nothing that
    marks a person, are no second person where someone of that surname has a known
    given name.  (Two words are kept: 'Jonas Berg' may be a name the list lacks.)"""
    words = person.key.split()
    if len(words) < 3 or person.mentions > 1 or person.evidence:
        return False
    if person.first in lexicon.first_names or words[1] in lexicon.first_names:
        return False
    return any(p.last == person.last and p.first in lexicon.first_names for p in people)


def _described_name(tokens: tuple[Token, ...], run: NameRun, lexicon: Lexicon) -> bool:
    """Does the name open with a word that describes a person, capitalised ('Democrat
    Maren Ostrowski', 'Republican Ann Wu'): no part of the name?"""
    word = tokens[run.name_first].lower
    return word in lexicon.person_words and word not in lexicon.first_names


def _ordinary_opening(paragraph: Paragraph, run: NameRun, lower: frozenset[str]) -> bool:
    """'Bashing Trump', 'Neither Cruz', 'Attacking Hillary Clinton' opening a sentence:
    a first word the article also writes in lower case (or an -ing form), capitalised
    only by its place.  With two words the run may still be a name ('Will Smith'): it
    is dropped only where another person has that surname."""
    tokens = paragraph.tokens
    if run.name_first != run.first or run.last - run.first < 2:
        return False
    si, _ = paragraph.sentence_of(run.first)
    opened = all(not tokens[k].is_word for k in range(si, run.first))
    word = tokens[run.first].lower
    return opened and (word in lower or word.endswith("ing"))


def _merged_tails(people: list[Person]) -> tuple[Person, ...]:
    """'Republican Donald Trump' and 'Telling Jeb Bush' are 'Donald Trump' and 'Jeb
    Bush' with a word in front: a name that ends with another's full name is theirs."""
    by_key = {p.key: p for p in people}
    kept: dict[str, Person] = dict(by_key)
    for person in sorted(people, key=lambda p: len(p.key.split())):
        words = person.key.split()
        for cut in range(1, len(words) - 1):
            tail = by_key.get(" ".join(words[cut:]))
            if tail is not None and tail.key in kept and person.key in kept:
                kept[tail.key] = _merge(kept[tail.key], person, keep=tail.name)
                del kept[person.key]
                break
    return tuple(kept.values())


def _merged_initials(people: tuple[Person, ...]) -> tuple[Person, ...]:
    """'W. Mark Felt' is the 'William Mark Felt' named elsewhere: a name opening with an
    initial is the one whose given name has that letter, the rest of both names alike."""
    kept = {p.key: p for p in people}
    for person in people:
        first, *rest = person.key.split()
        if len(first) != 1 or len(rest) < 2:
            continue
        full = [p for p in kept.values() if p.key.split()[1:] == rest and p is not person]
        full = [p for p in full if len(p.first) > 1 and p.first[0] == first]
        if len(full) == 1 and person.key in kept:
            kept[full[0].key] = _merge(full[0], person)
            del kept[person.key]
    return tuple(kept.values())


def _person(run: NameRun, paragraph: Paragraph, body: str, book: NameBook) -> Person:
    tokens = paragraph.tokens
    name = run.text(tokens, body)
    key = name_key(name, book.aliases)
    words, suffix = split_suffix(key.split(), book)
    roles = set(_role_words(list(run.titles), book.lexicon))
    roles.update(_roles_before(tokens, run.first, book.lexicon))
    roles.update(_appositive_roles(tokens, run, paragraph, book.lexicon))
    given = _given_gender(words, book.lexicon)
    gender = _gender(roles, run.titles, book.lexicon, given)
    evidence = bool(roles or run.titles or gender or _who_follows(tokens, run.last))
    # 'Bill Clinton' is a man, 'Hillary Clinton' not
    gender = gender or given
    return Person(
        name=" ".join(name.split()),
        key=key,
        first=book.lexicon.nicknames.get(words[0], words[0]),
        last=words[-1],
        roles=frozenset(roles),
        gender=gender,
        offset=tokens[run.name_first].start,
        evidence=evidence,
        suffix=suffix,
    )


def _given_gender(words: list[str], lexicon: Lexicon) -> str | None:
    """The gender the word lists give the name's given name: its first word, or the word
    after a title inside it ('Virginia Gov. Terry McAuliffe' is no Virginia)."""
    titled = [
        k + 1 for k, w in enumerate(words[:-1]) if w in lexicon.titles or f"{w}." in lexicon.titles
    ]
    rest = words[max(titled, default=0) :]
    return lexicon.first_names.get(rest[0]) if len(rest) > 1 else None


def _who_follows(tokens: tuple[Token, ...], k: int) -> bool:
    """'Priya Sandhu, who ...' or 'Sumitra Pal, 52, ...': a person."""
    if k < len(tokens) and tokens[k].lower == "who":
        return True
    if k + 1 < len(tokens) and tokens[k].text == ",":
        nxt = tokens[k + 1].lower
        return nxt == "who" or (nxt.isdigit() and len(nxt) <= 3)
    return False


def _merge(a: Person, b: Person, keep: str | None = None) -> Person:
    """One person from two mentions: the longer name (or ``keep``'s), all they say."""
    longer = a if len(a.name) >= len(b.name) else b
    if keep is not None:
        longer = a if a.name == keep else b
    return replace(
        longer,
        roles=a.roles | b.roles,
        gender=a.gender or b.gender,
        offset=min(a.offset, b.offset),
        evidence=a.evidence or b.evidence,
        mentions=a.mentions + b.mentions,
    )


def _role_words(words: list[str], lexicon: Lexicon) -> list[str]:
    """Role words among ``words``, with two-word roles ("secretary general") joined."""
    bare = [w.rstrip(".").replace("-", " ") for w in words]
    found = [w for w in bare if w in lexicon.person_roles]
    found += [f"{a} {b}" for a, b in pairwise(bare)]
    return [w for w in found if w in lexicon.person_roles]


def _roles_before(tokens: tuple[Token, ...], first: int, lexicon: Lexicon) -> list[str]:
    """Lower-case role words right before a name ("union leader Carla Poblete"); not
    past 'of' ('the daughter of Dick Cheney' is not his role)."""
    words: list[str] = []
    k = first - 1
    while k >= 0 and first - k <= 3 and tokens[k].text[:1].islower() and tokens[k].lower != "of":
        words.insert(0, tokens[k].lower)
        k -= 1
    return _role_words(words, lexicon)


def _appositive_roles(
    tokens: tuple[Token, ...], run: NameRun, paragraph: Paragraph, lexicon: Lexicon
) -> list[str]:
    """Roles in a comma-set phrase beside the name ("X, the unit's head, said"); not
    in the subject of a clause after it ('In an interview with X, the candidate
    stated ...': the phrase runs into its verb)."""
    start, end = paragraph.sentence_of(run.first)
    roles: list[str] = []
    lowers = [t.lower for t in tokens]
    if run.last < end and tokens[run.last].text == ",":
        for chunk in _chunks_after(tokens, run.last + 1, end, 2):
            if chunk and tokens[chunk[0]].lower in lexicon.relative_words:
                break
            if _runs_into_verb(lowers, chunk, lexicon):
                break
            words = [tokens[k].lower for k in chunk[:6]]
            words = words[: words.index("of")] if "of" in words else words  # 'daughter of X'
            roles.extend(_role_words(_possessed(words), lexicon))
            if roles:
                break
    if run.first - 1 > start and tokens[run.first - 1].text == ",":
        k = run.first - 2
        while k >= start and run.first - k <= 9 and tokens[k].text not in STOPS:
            if lexicon.verb_at(lowers, k) is not None:
                break
            k -= 1
        words = [_untitled(tokens, m) for m in range(k + 1, run.first - 1)]
        roles.extend(_role_words(_possessed(words), lexicon))
    return roles


def _untitled(tokens: tuple[Token, ...], k: int) -> str:
    """Token ``k`` in lower case; none when a capitalised word follows it: a title of
    the name it opens ('House Speaker Roy Tillery Jr., R-Grand Rapids': the speaker is
    Tillery, not what the comma sets beside him)."""
    follows = k + 1 < len(tokens) and tokens[k + 1].cap and tokens[k + 1].is_word
    return "" if follows else tokens[k].lower


def _possessed(words: list[str]) -> list[str]:
    """The words after the last possessor in a phrase ('the governor's spokesman' ->
    'spokesman'): the possessor's role is not the person's."""
    ends = [i for i, word in enumerate(words) if word in POSSESSIVE_S]
    return words[ends[-1] + 1 :] if ends else words


def _called_a_body(
    tokens: tuple[Token, ...], run: NameRun, paragraph: Paragraph, lexicon: Lexicon
) -> bool:
    """Does a comma-set phrase beside the name end its noun phrase on a body noun
    ('Acme Holdings, a company with ...', "Carrier's parent company, Acme Holdings")?"""
    start, end = paragraph.sentence_of(run.first)
    before = run.first - 1
    if before > start and tokens[before].text == ",":
        k = before - 1
        while k > start and tokens[k - 1].text != ",":
            k -= 1  # the phrase's first word: 'During ...' opens no appositive
        lead = tokens[k].lower not in PREPOSITIONS
        return lead and tokens[before - 1].lower in lexicon.organization_roles
    if run.last < end and tokens[run.last].text == ",":
        chunks = _chunks_after(tokens, run.last + 1, end, 1)
        words = [tokens[k].lower for k in chunks[0]] if chunks else []
        if not words or words[0] not in ("a", "an", "the"):
            return False
        stop = (PREPOSITIONS | lexicon.relative_words | {"of"}) & set(words)
        head = words[: min(words.index(w) for w in stop)] if stop else words
        return head[-1] in lexicon.organization_roles
    return False


def _runs_into_verb(lowers: list[str], chunk: list[int], lexicon: Lexicon) -> bool:
    """Does a reporting verb come in ``chunk`` before any relative word ('the
    candidate stated', not 'an aide who said')?"""
    for k in chunk:
        if lowers[k] in lexicon.relative_words:
            return False
        if lexicon.verb_at(lowers, k) is not None:
            return True
    return False


def _chunks_after(tokens: tuple[Token, ...], k: int, end: int, count: int) -> list[list[int]]:
    chunks: list[list[int]] = [[]]
    while k < end and len(chunks) <= count:
        if tokens[k].text == ",":
            chunks.append([])
        elif tokens[k].text in (".", ";", "“", '"', "”"):
            break
        else:
            chunks[-1].append(k)
        k += 1
    return [c for c in chunks[:count] if c]


def _gender(
    roles: set[str], titles: tuple[str, ...], lexicon: Lexicon, given: str | None = None
) -> str | None:
    """The gender the person's titles give ('Mrs.'), else the one their roles agree on;
    none when the roles disagree ('brother' and 'sister' both near the name).  With
    the gender of a ``given`` name, a word a text gives women too ('spokesman') says
    nothing."""

    def of(word: str) -> str | None:
        if given and fold(word) in lexicon.generic_gendered:
            return None
        return lexicon.gendered.get(word) or lexicon.gendered.get(fold(word))

    for title in titles:
        if gender := of(title):
            return gender
    found = {g for g in map(of, roles) if g}
    return found.pop() if len(found) == 1 else None
