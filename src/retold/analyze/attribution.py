"""Who is speaking: what kind of speaker a stretch of words names, read with word lists.

``classify_chunk`` reads a phrase filling exactly a stretch of words (a name, a
surname, a pronoun, a role, an organisation or outlet, someone unnamed, several people
together: a ``SpeakerPhrase``), or returns ``None`` rather than guess when the words do
not have the shape of a speaker; ``skip_lead_ins`` passes the discourse words and time
phrase that may open the stretch.  Which stretch around a reporting verb holds the
speaker is ``retold.analyze.placement``'s.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from itertools import pairwise
from typing import Literal

from retold.analyze.ages import age_length, aged_referent
from retold.analyze.complements import PREPOSITIONS, joint, name_is_object, several
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameBook, NameRun, find_runs
from retold.analyze.text import POSSESSIVE_S, Token

SpeakerForm = Literal[
    "name", "surname", "pronoun", "role", "organization", "outlet", "unnamed", "several"
]
POSSESSIVE = POSSESSIVE_S | {"’", "'"}  # and after a plural's s ("the Smiths'")
DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "our"}) | POSSESSIVE_S
# Forms of a phrase that says who spoke, one person, whom a statement nearby may borrow.
SPEAKING_FORMS = ("name", "surname", "pronoun", "role")
QUOTE_MARKS = frozenset("“”\"«»„‘’'")
INDEFINITE = frozenset({"a", "an", "one", "another"})  # a role so introduced is no one known


@dataclass(frozen=True)
class SpeakerPhrase:
    form: SpeakerForm
    start: int  # body offsets of the mention as printed
    end: int
    text: str
    name: str | None  # the name as printed (person, surname or organisation)
    role: str | None  # a role word ("director", "union leader")
    gender: str | None
    titles: tuple[str, ...] = ()
    issued: bool = False  # the words are a document's its issuer put out ('Holm's statement')


def skip_lead_ins(tokens: tuple[Token, ...], a: int, b: int, lexicon: Lexicon) -> int:
    """Skip discourse words, a leading time phrase ("However", "On Tuesday") and the
    closing mark of a quote just before ('” Mr. Obama said')."""
    changed = True
    while changed and a < b:
        changed = False
        if tokens[a].text in QUOTE_MARKS:
            a, changed = a + 1, True
            continue
        words = [t.lower for t in tokens[a : min(b, a + 4)]]
        for phrase in lexicon.lead_ins:
            if tuple(words[: len(phrase)]) == phrase:
                a, changed = a + len(phrase), True
                break
        if not changed and words[0] in PREPOSITIONS | {"late", "early"}:
            k = a + 1
            while k < b and _temporal(tokens[k], lexicon):
                k += 1
            if k > a + 1:
                a, changed = k, True
    return a


def _temporal(token: Token, lexicon: Lexicon) -> bool:
    lower = token.lower
    return (
        lower in lexicon.weekdays
        or lower in lexicon.months
        or lower in lexicon.time_words
        or lower in ("the", "a", "on", "in", "at")
        or lower[:1].isdigit()
    )


def classify_chunk(
    tokens: tuple[Token, ...], a: int, b: int, book: NameBook, body: str
) -> SpeakerPhrase | None:
    """A speaker phrase filling exactly tokens[a:b], or None."""
    lexicon = book.lexicon
    if a >= b or b - a > 14:
        return None
    if b - a == 1 and tokens[a].lower in lexicon.pronouns:
        t = tokens[a]
        return SpeakerPhrase(
            "pronoun", t.start, t.end, t.text, None, None, lexicon.pronouns[t.lower]
        )
    b = _before_tag(tokens, a, b)
    issuer = _issuer(tokens, a, b, book, body)
    if issuer is not None:
        return issuer
    if _blocked(tokens, a, b, lexicon):
        return None
    runs = find_runs(tokens, a, b, book)
    final = runs[-1] if runs and runs[-1].last == b else None
    if several(tokens, a, final, runs):  # 'Berg and Brandt', 'the mayor and Brandt'
        start, end = tokens[a].start, tokens[b - 1].end
        form: SpeakerForm = "several" if joint(tokens, a, b, final, runs) else "unnamed"
        return SpeakerPhrase(form, start, end, body[start:end], None, None, None)
    complement = final is not None and name_is_object(tokens, a, final, lexicon)
    if final is not None and not complement and _plain_prefix(tokens, a, final.first, lexicon):
        named = _named(tokens, a, final, book, body)
        if named is not None:
            return named
    person = _person_with_complement(tokens, a, b, runs, lexicon)
    if person is not None:
        return _named(tokens, a, person, book, body)
    return _role_phrase(tokens, a, b, book, body)


ISSUED_BY = frozenset({"released", "issued", "filed", "posted", "sent", "signed", "published"})
ISSUER_FORMS = frozenset({"name", "surname", "organization", "outlet"})


def _issuer(
    tokens: tuple[Token, ...], a: int, b: int, book: NameBook, body: str
) -> SpeakerPhrase | None:
    """Who issued the document a phrase names, as its speaker, marked ``issued``: its
    possessor ('Holm's statement', 'Waitrose's brief statement') or the one it is from
    or by ('a statement from harbour master Arvid Holm', 'a court document filed by state
    attorney Dana Orrin'), named ('the school's post' names no one).  The phrase keeps
    its whole span as printed."""
    words = [t.lower for t in tokens[a:b]]
    k = next((i for i, w in enumerate(words) if w in book.lexicon.document_words), None)
    if k is None or k == 0:
        return None
    if k == len(words) - 1:  # the document ends the phrase: its possessor issued it
        owner = next((i for i in range(k) if words[i] in POSSESSIVE), None)
        if owner is None or k - owner > 3:  # 'Trump's tactics were ... when court filings'
            return None
        found = classify_chunk(tokens, a, a + owner, book, body)
    elif words[k + 1] == "from":
        found = classify_chunk(tokens, a + k + 2, b, book, body)
    elif words[k + 1] in ISSUED_BY and k + 2 < len(words) and words[k + 2] == "by":
        found = classify_chunk(tokens, a + k + 3, b, book, body)
    else:
        return None
    if found is None or found.form not in ISSUER_FORMS or not (found.name or "")[:1].isupper():
        return None  # 'the school's post': no one named
    start, end = tokens[a].start, tokens[b - 1].end
    return replace(found, start=start, end=end, text=body[start:end], issued=True)


def _before_tag(tokens: tuple[Token, ...], a: int, b: int) -> int:
    """The end of a phrase before a party and state tag: 'Sen. Harry M. Reid (D-Nev.)',
    'Rep. Gary Tran (D)'."""
    if b - a < 3 or tokens[b - 1].text != ")":
        return b
    k = next((k for k in range(b - 2, max(a, b - 6), -1) if tokens[k].text == "("), None)
    if k is None or k == a or not tokens[k + 1].text[:1].isupper():
        return b
    inside = "".join(t.text for t in tokens[k + 1 : b - 1])
    party = len(inside) == 1 and inside.isupper()  # '(D)', '(R)', '(I)'
    return k if "-" in inside or party else b


def _person_with_complement(
    tokens: tuple[Token, ...], a: int, b: int, runs: list[NameRun], lexicon: Lexicon
) -> NameRun | None:
    """'Industry analyst Priya Nair of Skyline Research': the person, not the firm."""
    for run in runs:
        if run.kind == "person" and run.last < b and tokens[run.last].lower in ("of", "at", "from"):
            return run if _plain_prefix(tokens, a, run.first, lexicon) else None
    return None


def _blocked(tokens: tuple[Token, ...], a: int, b: int, lexicon: Lexicon) -> bool:
    for k in range(a, b):
        lower = tokens[k].lower
        if lower not in lexicon.speaker_blockers:
            continue
        inside_name = 0 < k < b - 1 and tokens[k - 1].cap and tokens[k + 1].cap
        joins = lower in ("to", "of", "and") or (tokens[k].cap and k > a)  # 'CBS This Morning'
        if not (inside_name and joins) and not given_name(tokens, k, b, lexicon):
            return True
    return False


def given_name(tokens: tuple[Token, ...], k: int, b: int, lexicon: Lexicon) -> bool:
    """'Will Doyle': a capitalised given name before a name, not the verb 'will'; or
    alone before the verb ('"...," Will wrote': a modal takes no finite verb)."""
    token = tokens[k]
    if not (token.cap and token.lower in lexicon.first_names):
        return False
    return (k + 1 < b and tokens[k + 1].cap) or (b - k == 1 and k > 0 and not _opens(tokens, k))


def _opens(tokens: tuple[Token, ...], k: int) -> bool:
    """Does token ``k`` open a sentence (its capital then says nothing)?"""
    before = tokens[k - 1].text
    return before in (".", "?", "!") or (
        before in QUOTE_MARKS and k > 1 and tokens[k - 2].text in (".", "?", "!")
    )


ORDINAL_ENDS = frozenset({"st", "nd", "rd", "th"})


def _number(words: list[str], k: int) -> bool:
    """A number ('3 officials', '2,000 workers'), not an ordinal in a title ('1st Lt.',
    read as '1' 'st')."""
    if not words[k][:1].isdigit():
        return False
    return not (k + 1 < len(words) and words[k + 1] in ORDINAL_ENDS)


def _plain_prefix(tokens: tuple[Token, ...], a: int, first: int, lexicon: Lexicon) -> bool:
    """Words before a name that can describe a speaker ("her lawyer", "union leader")."""
    if first - a > 7:
        return False
    lowers = [t.lower for t in tokens]
    for k in range(a, first):
        t = tokens[k]
        between_caps = k > a and tokens[k - 1].cap and tokens[k + 1].cap
        if (t.lower in PREPOSITIONS and not between_caps) or (
            _number(lowers, k) and not age_length(lowers, k)
        ):
            return False
        if t.text in ("(", ")", ":", ";", "—", "–"):
            return False
    return True


def _named(
    tokens: tuple[Token, ...], a: int, run: NameRun, book: NameBook, body: str
) -> SpeakerPhrase | None:
    lexicon = book.lexicon
    start, end = tokens[a].start, tokens[run.last - 1].end
    name = run.text(tokens, body)
    before = [t.lower for t in tokens[a : run.first]]
    roles = [w for w in (*before, *run.titles) if w.rstrip(".") in lexicon.person_roles]
    role = roles[-1].rstrip(".") if roles else None
    gender = next(
        (lexicon.gendered[w] for w in (*before, *run.titles) if w in lexicon.gendered), None
    )
    form: SpeakerForm
    described = run.first > 0 and tokens[run.first - 1].lower in ("the", "a", "an")
    if run.kind == "person" and described and not _titled_after_the(tokens, run, lexicon):
        return None  # "the Massachusetts Democrat": a description, not a name
    if run.kind == "person":
        form = "name"
    elif run.kind == "surname":
        form = "surname"
    elif run.kind == "organization":
        form = "organization"
    elif run.kind == "outlet":
        form = "outlet"
    else:
        return None
    return SpeakerPhrase(form, start, end, body[start:end], name, role, gender, run.titles)


def _titled_after_the(tokens: tuple[Token, ...], run: NameRun, lexicon: Lexicon) -> bool:
    """'the House Rep. Paul Ryan', 'the Rev. Al Green' (a title written with 'the'): a
    name after 'the'; not 'the St. Louis', 'the U.S. Geological Survey'."""
    opening = tokens[run.first]
    abbreviated = opening.text.endswith(".") and opening.lower in lexicon.titles
    return run.name_first > run.first + 1 or (run.name_first > run.first and abbreviated)


def _role_phrase(
    tokens: tuple[Token, ...], a: int, b: int, book: NameBook, body: str
) -> SpeakerPhrase | None:
    """'the minister', 'the union leader', 'Officials', 'the company'; 'one Iowa
    Democrat', 'a person close to the family' (a person noun: no one named); 'the
    46-year-old (man)', read as a pronoun (``ages.aged_referent``)."""
    lexicon = book.lexicon
    words = [t.lower for t in tokens[a:b]]
    own = words[: _linked_at(words, lexicon)]  # 'a person close to the family'
    if any(w in PREPOSITIONS - {"of", "at", "for", "in"} for w in own):
        return None
    start, end = tokens[a].start, tokens[b - 1].end
    aged, gender = aged_referent(words, lexicon)
    if aged:  # 'the 46-year-old': read as a pronoun is
        return SpeakerPhrase("pronoun", start, end, body[start:end], None, None, gender)
    head = _head_index(own, lexicon)
    if head is None or any(_number(words, k) and not _year(words[k]) for k in range(head)):
        return None
    text = body[start:end]
    word = words[head]
    if word in lexicon.unnamed_people and not _singular_determiner(words, head):
        return SpeakerPhrase("unnamed", start, end, text, None, word, None)
    if word in lexicon.person_roles and words[0] in INDEFINITE:
        return SpeakerPhrase("unnamed", start, end, text, None, word, None)  # 'one Clinton aide'
    if word in lexicon.person_nouns:
        return SpeakerPhrase("unnamed", start, end, text, None, word, None)
    if word in lexicon.person_roles:
        role = " ".join(words[max(0, head - 1) : head + 1]) if head > 0 else word
        role = role if role in lexicon.person_roles else word
        gender = lexicon.gendered.get(word)
        return SpeakerPhrase("role", start, end, text, None, role, gender)
    return SpeakerPhrase(
        "organization", start, end, text, _named_body(tokens, a, b, head), word, None
    )


def _named_body(tokens: tuple[Token, ...], a: int, b: int, head: int) -> str | None:
    """'Ryan’s office', 'the Trump campaign': a body a proper name makes definite is
    named by the phrase (without its article); 'the company' names no one."""
    if head != b - a - 1:
        return None
    named = any(t.cap for t in tokens[a + 1 : a + head]) or (
        tokens[a].cap and tokens[a].lower not in DETERMINERS
    )
    if not named:
        return None
    dashes = [k for k in range(a, b) if tokens[k].text in ("—", "–", "―", "-")]
    first = dashes[-1] + 1 if dashes else a  # 'PHILADELPHIA ― Clinton’s campaign'
    first += int(first < b and tokens[first].lower in ("the", "a", "an"))
    return " ".join(t.text for t in tokens[first:b]).replace(" ’s", "’s").replace(" 's", "'s")


def _head_index(words: list[str], lexicon: Lexicon) -> int | None:
    """The role noun of a speaker phrase: the last role word before any 'of'/'at' (a
    person noun only as the last word after a determiner: 'a Sanders supporter', not
    'Arab voters' read inside quoted words)."""
    limit = next((k for k, w in enumerate(words) if w in ("of", "at", "for", "in")), len(words))
    for k in range(limit - 1, -1, -1):
        w = words[k]
        if w in lexicon.person_roles or w in lexicon.unnamed_people:
            return k
        if w in lexicon.organization_roles:
            return k
        if w in lexicon.person_nouns and k == limit - 1 and words[0] in DETERMINERS | INDEFINITE:
            return k
    return None


def _linked_at(words: list[str], lexicon: Lexicon) -> int:
    """Where an adjective with its complement starts ('close to'), or the end."""
    pairs = enumerate(pairwise(words))
    return next((k for k, pair in pairs if pair in lexicon.linked), len(words))


def _year(word: str) -> bool:
    """A year before a role ('a 2008 Clinton veteran'), not a count ('3 officials')."""
    return len(word) == 4 and word.isdigit() and word[:2] in ("19", "20")


def _singular_determiner(words: list[str], head: int) -> bool:
    return head > 0 and words[head - 1] in ("a", "an", "one")
