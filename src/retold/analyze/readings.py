"""What the entity recogniser says of a name that speaks with no rule to settle it
('Cruz said', 'the Daily Planet reported'): a person, an organisation, or nothing.

The recogniser reads only the sentences asked for (``Sentences`` records what is not
parsed yet, and the pipeline parses it in a later pass), so these questions cost one
entity pass over the attribution sentences of names no rule could settle.

Here too, what the words around a name say of it: an outlet that prints the quoted
words (``publishing``), a role word used as a surname (``role_as_surname``), a
one-word name of its own (``bare_name``).
"""

from __future__ import annotations

import re

from retold.analyze.aliases import fold
from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.context import Found, Prepared, Sentences
from retold.analyze.descriptions import plural_people
from retold.analyze.records import SpeakerKind


def a_person(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> bool:
    """Does the entity recogniser read the bare surname as a person ('Cruz said' yes;
    'Microsoft said', 'Iran said', 'Republicans said' no)?  In the attribution's
    sentence, or, one name keeping one sense in an article, in most of the (up to
    five) other sentences that print it and that it reads as anything."""
    votes = _votes(prep, phrase, sentences)
    if votes[:1] == ["PERSON"]:
        return True
    people = votes.count("PERSON")
    return people > 0 and people > sum(1 for v in votes if v and v != "PERSON")


def _votes(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> list[str]:
    """The entity type the recogniser gives the name of ``phrase`` where the article
    prints it (up to six printings, this one first; '' for none, and for the
    attribution's sentence when it is not parsed yet: it is asked for)."""
    assert phrase.name is not None
    votes: list[str] = []
    for offset in printed(prep, phrase)[:6]:
        found = sentences.at(prep, offset)
        if found is not None:
            start, parsed = found
            votes.append(parsed.entity_at(offset - start))
        elif not votes:
            votes.append("")
    return votes


NAMED = frozenset({"PERSON", "ORG", ""})  # readings a person's or a body's name may get
BARE = re.compile(r"[A-Z][\w.-]*")


def bare_name(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> SpeakerKind | None:
    """What a one-word name that speaks and that no rule settles is ('"...," Hale
    said', 'According to Vulture', 'Verizon said'): "organization" where the
    recogniser reads it as one at every printing (two at least: it reads too many
    surnames as organisations once) and no clause after it says 'he' or 'she' of it,
    else "unknown", a person or a body the text does not tell apart.  None when it may be no name at all: capitalised only where a
    sentence opens ('Others said', 'Aides say'), or read as a place, a people or a
    number in the attribution's sentence ('Japan said', 'Democrats said', 'Dozens
    chanted'), or, read as nothing there, in more of the article's other sentences
    than as a person or an organisation."""
    assert phrase.name is not None
    if not _may_name(prep, phrase):
        return None
    votes = _votes(prep, phrase, sentences)
    if votes[0] not in NAMED:
        return None
    others = sum(1 for v in votes[1:] if v not in NAMED)
    if votes[0] == "" and others > sum(1 for v in votes[1:] if v in ("PERSON", "ORG")):
        return None
    organization = len(votes) > 1 and set(votes) == {"ORG"} and not _personal(prep, phrase)
    return "organization" if organization else "unknown"


def _personal(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """Do the words after a printing of the name, to the end of the clause, speak of
    it as a person ('Sharpton said he dislikes')?"""
    person = prep.book.lexicon.refers_to_person
    return any(
        _clause_after(prep.body, at + len(phrase.name or "")) & person
        for at in printed(prep, phrase)
    )


def _clause_after(body: str, end: int) -> set[str]:
    """The words after ``end``, to the end of the clause (60 characters at most)."""
    clause = CLAUSE_END.split(body[end : end + 60], maxsplit=1)[0]
    return set(WORD.findall(clause.lower()))


def _may_name(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """May the one word of ``phrase`` be a name of its own?  Not a given name ('said
    Sophie in 't Veld'), nor a word after a possessive ("Editor's Note") or one spoken
    to ('told InternetNews.com'); not a word the article also prints in lower case ('met',
    'sources'), nor a plural whose singular it prints ('Uzbeks', 'the Ebelings'); and
    capitalised where no sentence opens, at least once."""
    assert phrase.name is not None
    name, body = phrase.name, prep.body
    lexicon = prep.book.lexicon
    if BARE.fullmatch(name) is None or fold(name) in lexicon.first_names:
        return False  # "I've"
    if plural_people(fold(name), lexicon):
        return False  # 'Sources have said'
    at = phrase.start + max(0, phrase.text.rfind(name))
    before = body[max(0, at - 16) : at].lower().split()[-2:]
    if before[-1:] in (["told"], ["to"]) and before != ["according", "to"]:
        return False
    if before[-1:] and before[-1].endswith(("'s", "’s")):
        return False
    if _printed(body, name.lower()) or (name.endswith("s") and _printed(body, name[:-1], True)):
        return False
    return not all(sentence_start(body, at) for at in printed(prep, phrase))


def _printed(body: str, word: str, any_case: bool = False) -> bool:
    flags = re.IGNORECASE if any_case else 0
    return re.search(rf"(?<!\w){re.escape(word)}(?!\w)", body, flags) is not None


def speaking_persons(prep: Prepared, found: list[Found], sentences: Sentences) -> frozenset[str]:
    """Bare surnames no one of the article is named with that the entity recogniser
    reads as a person in the sentence of at least one of their attributions: a
    speaker is one person throughout ('Tiller said' everywhere, though the recogniser
    reads 'Tiller' as a person in one of those sentences only)."""
    names: set[str] = set()
    for item in found:
        phrase = item.attribution.speaker if item.attribution is not None else None
        if phrase is None or phrase.form != "surname" or phrase.name is None:
            continue
        key = fold(phrase.name)
        if key in names or prep.registry.by_word(phrase.name, prep.book):
            continue
        at = printed(prep, phrase)[:1]
        if at and entity_reading(prep, sentences, at[0]) == "PERSON":
            names.add(key)
    return frozenset(names)


def organization(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> str | None:
    """'"...," the Daily Planet reported', 'the White House said': 'the' and a proper
    name (capitalised words, no role among them) that the entity recogniser reads as
    an organisation in the attribution's sentence name the body that speaks; the
    name without its article; with it, and whatever the recogniser says, where a
    capital 'The' inside a sentence says the article is part of the name ('"...," The
    Daily Planet reported').  Not a family ('the Ebelings' of Betsy Ebeling), nor a
    bare name ('Verizon said'): the recogniser reads too many surnames as
    organisations."""
    words = phrase.text.split()
    if words[:1] not in (["the"], ["The"]) or not 1 < len(words) <= 5:
        return None
    words = words[1:]
    if any(
        not w[:1].isupper() or w.lower().rstrip(".") in prep.book.lexicon.person_roles
        for w in words
    ):
        return None  # 'the Florida senator', 'the New Jersey Governor': a role, not a body
    if words[-1].endswith("s") and prep.registry.by_word(words[-1][:-1], prep.book):
        return None
    name = " ".join(words).rstrip(":;,.")  # 'the State Department:' names the department
    if phrase.text.startswith("The ") and not sentence_start(prep.body, phrase.start):
        return f"The {name}"  # '"...," The Daily Planet reported': 'The' is in its name
    start = phrase.start + phrase.text.index(words[0], len("the"))
    reading = entity_reading(prep, sentences, start)
    return name if reading == "ORG" else None


OPENING = frozenset("“”\"‘’'«»([")


def sentence_start(body: str, offset: int) -> bool:
    """Does a sentence or a paragraph open at ``offset`` (past spaces and marks)?"""
    k = offset - 1
    while k >= 0 and (body[k] in " \t" or body[k] in OPENING):
        k -= 1
    return k < 0 or body[k] in ".!?:;\n—–"


def entity_reading(prep: Prepared, sentences: Sentences, offset: int) -> str:
    """The entity type of the word at ``offset`` in its sentence ('' when none, or when
    the sentence is not parsed yet: it is asked for)."""
    found = sentences.at(prep, offset)
    return found[1].entity_at(offset - found[0]) if found is not None else ""


def printed(prep: Prepared, phrase: SpeakerPhrase) -> list[int]:
    """Where the article prints the name of ``phrase``: this mention first."""
    assert phrase.name is not None
    at = prep.body.find(phrase.name, phrase.start, phrase.end)
    pattern = re.compile(rf"(?<!\w){re.escape(phrase.name)}(?!\w)")
    others = [m.start() for m in pattern.finditer(prep.body) if m.start() != at]
    return ([at] if at >= 0 else []) + others


def role_as_surname(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """A role word alone, capitalised, that may be a surname ('King said' of Tishana
    King): someone of the article has it as a surname, or it is capitalised where no
    sentence opens.  Read as a surname, it must name a person (``surnames._unlinked``),
    never a name of unknown kind ('said Secretary of the Interior ...')."""
    if phrase.form != "role" or not phrase.text.istitle() or len(phrase.text.split()) > 1:
        return False
    named = prep.registry.by_word(phrase.text, prep.book)
    return bool(named) or not sentence_start(prep.body, phrase.start)


def publishing(prep: Prepared, item: Found, phrase: SpeakerPhrase) -> bool:
    """An outlet that prints a direct quote ('"...," Politico reported', 'according to
    Politico'), not one it was said to ('In a statement to the Observer, ...'), nor a
    one-word name the article also prints in lower case ('People demand')."""
    if phrase.form != "outlet" or item.kind != "direct" or not phrase.name or phrase.titles:
        return False
    if " " not in phrase.name and _printed(prep.body, phrase.name.lower()):
        return False  # 'People demand': the word, not the magazine
    before = prep.body[max(0, phrase.start - 24) : phrase.start]
    return SPOKEN_TO.search(before) is None or ACCORDING.search(before) is not None


SPOKEN_TO = re.compile(r"\bto\s+(?:the\s+)?$", re.IGNORECASE)
ACCORDING = re.compile(r"\baccording\s+to\s+(?:the\s+)?$", re.IGNORECASE)


def outlet_surname(prep: Prepared, phrase: SpeakerPhrase) -> bool:
    """A one-word outlet name, no 'The' before it, that is the surname of someone the
    article names ('said Guardian' of Mayor Don Guardian, 'Bloomberg told' of Michael
    Bloomberg): the person, not the outlet; unless the words after it, up to the end
    of the clause, speak of it as a thing ('Bloomberg says its reporting ...')."""
    if phrase.form != "outlet" or not phrase.name or " " in phrase.name.strip():
        return False
    if fold(phrase.text).split()[:1] == ["the"]:
        return False
    key = fold(phrase.name)
    if not any(p.last == key for p in prep.registry.by_word(phrase.name, prep.book)):
        return False  # 'Bloomberg Politics' is no Bloomberg
    return not _clause_after(prep.body, phrase.end) & prep.book.lexicon.refers_to_thing


CLAUSE_END = re.compile(r"[.;:!?“”\"]")
WORD = re.compile(r"\w+")
