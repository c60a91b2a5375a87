"""Speakers the text describes instead of naming: 'a senior campaign adviser', 'the
Ohio senator', 'one Harbour Party member', 'a spokesman for the port authority'.

A direct quote whose attribution gives such a description, and that no rule of
``retold.analyze.speakers`` resolves to a person or an organisation, keeps the
description as its speaker (speaker_kind "description", a low confidence): a
fact-checker sees who the text says spoke, though it names no one.  A description is
never a person: not for grouping statements across outlets, not for people.

The description is the noun phrase as printed: a determiner or a possessor ('the',
'one', 'his', "Berg's"), modifiers, a head noun that is a person, a group of people
or a body ('adviser', 'officials', 'company'; a capitalised head the entity
recogniser reads as a group, 'the Texan', 'a Harbour Democrat'), and a short
complement ('for the committee', 'close to the family').  Not a relative clause
('who ...'), an appositive, or the words of a verb the attribution rules read into
the phrase ('The senator emailed supporters:').  Pronouns and bare quantifiers
('they', 'some'), documents ('the statement'), and names are no descriptions.

``RULES`` are the kinds of description kept, each tried in order (a list a
cross-validation can switch rules off in: ``bench/speakers_cv.py``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from retold.analyze.attribution import DETERMINERS, INDEFINITE, POSSESSIVE, SpeakerPhrase
from retold.analyze.context import Prepared, Sentences
from retold.analyze.lexicon import Lexicon
from retold.analyze.text import Token

# Words that open a description ('the', 'a', 'one', 'his', 'these'); a possessor
# ("Berg's") opens one too.
OPENERS = DETERMINERS | INDEFINITE | {"this", "that", "these", "those", "two", "three", "four"}
COMPLEMENTS = frozenset({"for", "to", "of", "at", "with", "from"})
MAX_WORDS = 8  # words of a description before any complement
MAX_COMPLEMENT = 7  # words of its complement, its preposition included
NORP = "NORP"  # the entity type of nationalities, religious and political groups


@dataclass(frozen=True)
class Described:
    """A description found in paragraph ``p``: tokens [first, end), head at ``head``."""

    p: int
    first: int
    head: int
    end: int
    definite: bool  # opened by 'the', a possessive or a possessor, not 'a' or 'one'


def describe(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> str | None:
    """The description ``phrase`` gives of its speaker, as printed, or None."""
    found = noun_phrase(prep, phrase)
    if found is None or not any(rule(prep, found, sentences) for rule in RULES):
        return None
    tokens = prep.tokens(found.p)
    return prep.body[tokens[found.first].start : tokens[found.end - 1].end]


def noun_phrase(prep: Prepared, phrase: SpeakerPhrase) -> Described | None:
    """The description at the start of ``phrase``: its determiner or possessor, its
    modifiers and head, and a short complement (read past the phrase's end: the
    attribution rules stop a speaker phrase before 'to' and 'at').  'one of the
    organisers' is headed by 'organisers'."""
    p = next((q.index for q in prep.paragraphs if q.start <= phrase.start < q.end), None)
    if p is None:
        return None
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    first = prep.index(p, phrase.start)
    last = min(prep.index(p, phrase.end), len(tokens))
    opened = _opened(tokens, first, last)
    if opened == first + 1 and last - opened > 1 and tokens[opened].lower == "of":
        opened = _opened(tokens, opened + 1, last)  # 'one of the organisers'
    if opened is None:
        return None
    words = prep.words(p)
    end = _head_end(tokens, words, opened, last, lexicon)
    head = end - 1
    if head < opened or not tokens[head].is_word or tokens[head].lower in _empty(lexicon):
        return None
    definite = tokens[first].lower not in INDEFINITE
    return Described(p, first, head, _complement(tokens, words, end, lexicon), definite)


def _opened(tokens: tuple[Token, ...], first: int, last: int) -> int | None:
    """The first word after a description's opener ('the', 'one', "Berg's"), or
    ``first`` for a bare phrase (a plural of people at most: see ``people``)."""
    if first >= last:
        return None
    if tokens[first].lower in OPENERS:
        return first + 1
    k = first
    while k < last and tokens[k].cap and tokens[k].is_word and k - first < 4:
        k += 1
    if first < k < last and tokens[k].text in POSSESSIVE:  # "Berg's", "Ann Berg’s"
        return k + 1
    return first


def _head_end(
    tokens: tuple[Token, ...], words: list[str], k: int, last: int, lexicon: Lexicon
) -> int:
    """One past the head noun: the modifiers run up to punctuation, a word that opens a
    clause or an adjunct ('who', 'later', 'in', 'for'), a reporting verb, or a
    participle after a noun ('The senator emailed', 'the chief known as')."""
    start = k
    while k < last and k - start < MAX_WORDS:
        if k > start and tokens[k].text in POSSESSIVE:
            k += 1  # "the party's campaign"
            continue
        if not _word(tokens[k]) or (k > start and _stops(tokens, words, k, lexicon)):
            break
        k += 1
    return k


def _word(token: Token) -> bool:
    return token.is_word or token.text == "&"


def _stops(tokens: tuple[Token, ...], words: list[str], k: int, lexicon: Lexicon) -> bool:
    """Does the word at ``k`` end a noun phrase (``k`` is no first word)?"""
    token, lower = tokens[k], words[k]
    if lower in lexicon.speaker_blockers or lower in lexicon.relative_words:
        return True
    if tuple(words[k : k + 2]) in lexicon.linked:  # 'one source familiar with the talks'
        return True
    if lower in COMPLEMENTS or lower in lexicon.place_prepositions or lower in ("on", "by"):
        return True
    if token.cap or not token.text.isalpha():
        return False
    if lower in lexicon.verb_group or lexicon.verb_at(words, k, loose=True) is not None:
        return True
    before = tokens[k - 1]
    modifier = before.lower in OPENERS or before.text in POSSESSIVE or before.lower.endswith("ly")
    after = words[k + 1] if k + 1 < len(words) else ""
    return (lower.endswith("ed") and not modifier) or after in ("as", "by")


def _complement(tokens: tuple[Token, ...], words: list[str], end: int, lexicon: Lexicon) -> int:
    """``end``, or past a short complement after the head: 'for the committee', 'close
    to the family'.  None that runs on past its limit or into 'and', ends on a
    function word, or says when ('for the first time', 'at noon')."""
    size = 0
    if end < len(tokens) and tokens[end].lower in COMPLEMENTS:
        size = 1
    elif tuple(words[end : end + 2]) in lexicon.linked:
        size = 2
    if not size:
        return end
    k = end + size
    while k < len(tokens) and k - end < MAX_COMPLEMENT and _inside(tokens, words, k, lexicon):
        k += 1
    if k < len(tokens) and (_inside(tokens, words, k, lexicon) or words[k] in ("and", "or")):
        return end  # runs on past its limit, or joins another phrase
    inner = words[end + size : k]
    if not inner or inner[-1] in OPENERS or inner[-1] in POSSESSIVE or inner[-1] in COMPLEMENTS:
        return end
    when = lexicon.time_words | lexicon.weekdays | lexicon.months
    return end if any(w in when for w in inner) else k


def _inside(tokens: tuple[Token, ...], words: list[str], k: int, lexicon: Lexicon) -> bool:
    """May the word at ``k`` go on a complement ('of', "Berg's", 'the', a name)?"""
    if tokens[k].text in POSSESSIVE or words[k] in COMPLEMENTS or words[k] in OPENERS:
        return True
    return _word(tokens[k]) and not _stops(tokens, words, k, lexicon)


def _empty(lexicon: Lexicon) -> frozenset[str]:
    """Words that head no description: determiners, pronouns and quantifiers."""
    return OPENERS | lexicon.quantifiers | frozenset(lexicon.pronouns)


def _noun_of(word: str, nouns: frozenset[str]) -> bool:
    """Is ``word`` one of ``nouns``, or a compound ending in one of five letters or
    more ('neurosurgeon', 'steelworker')?"""
    return word in nouns or any(len(n) >= 5 and word.endswith(n) for n in nouns)


def _person_noun(word: str, lexicon: Lexicon) -> bool:
    """A person noun or its plural ('aides', 'authors', 'congressmen')."""
    forms = {word, word[:-1] if word.endswith("s") else word, word.replace("men", "man")}
    return any(_noun_of(w, lexicon.person_words) for w in forms)


def plural_people(word: str, lexicon: Lexicon) -> bool:
    """'officials', 'supporters', 'congressmen': people in the plural."""
    if word in lexicon.quantifiers:
        return False
    return word in lexicon.unnamed_people or (plural(word) and _person_noun(word, lexicon))


def plural(word: str) -> bool:
    """Is ``word`` (folded) a plural noun's form: 'officials', 'congressmen', 'people';
    not 'witness' or 'boss'?"""
    return word.endswith(("men", "people")) or (word.endswith("s") and not word.endswith("ss"))


def _opens(prep: Prepared, found: Described) -> bool:
    """Is the description opened by a determiner or a possessor (not bare)?"""
    tokens = prep.tokens(found.p)
    return tokens[found.first].lower in OPENERS or any(
        t.text in POSSESSIVE for t in tokens[found.first : found.head]
    )


def _head(prep: Prepared, found: Described) -> Token:
    return prep.tokens(found.p)[found.head]


def someone(prep: Prepared, found: Described, _: Sentences) -> bool:
    """'a senior campaign adviser', 'the Ohio senator', "Berg's lawyer": a person
    noun heads it, after a determiner or a possessor."""
    head = _head(prep, found)
    return not head.cap and _opens(prep, found) and _person_noun(head.lower, prep.book.lexicon)


def people(prep: Prepared, found: Described, _: Sentences) -> bool:
    """'federal prosecutors', 'the protesters', 'one of the organisers': people in
    the plural, with or without a determiner."""
    head = _head(prep, found)
    capital = head.cap and not _opens_sentence(prep, found.p, found.head)  # 'Officials said'
    return not capital and plural_people(head.lower, prep.book.lexicon)


def _opens_sentence(prep: Prepared, p: int, k: int) -> bool:
    """Is token ``k`` of paragraph ``p`` the first of its sentence (capitalised for that)?"""
    return prep.paragraphs[p].sentence_of(k)[0] == k


def body(prep: Prepared, found: Described, _: Sentences) -> bool:
    """'the company', "the party's campaign": a body the text does not name."""
    head = _head(prep, found)
    lexicon = prep.book.lexicon
    return not head.cap and _opens(prep, found) and _noun_of(head.lower, lexicon.organization_roles)


def member(prep: Prepared, found: Described, sentences: Sentences) -> bool:
    """'the Texan', 'one Harbour Democrat': a capitalised head that is a member of a
    group, by the word lists or the entity recogniser (a nationality, a party)."""
    head = _head(prep, found)
    if not head.cap or not _opens(prep, found) or found.head == found.first:
        return False
    reading = sentences.at(prep, head.start)
    return reading is not None and reading[1].entity_at(head.start - reading[0]) == NORP


Rule = Callable[[Prepared, Described, Sentences], bool]
RULES: tuple[Rule, ...] = (someone, people, body, member)
