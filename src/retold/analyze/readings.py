"""What the entity recogniser says of a name that speaks with no rule to settle it
('Cruz said', 'the Daily Planet reported'): a person, an organisation, or nothing.

The recogniser reads only the sentences asked for (``Sentences`` records what is not
parsed yet, and the pipeline parses it in a later pass), so these questions cost one
entity pass over the attribution sentences of names no rule could settle.
"""

from __future__ import annotations

import re

from retold.analyze.aliases import fold
from retold.analyze.attribution import SpeakerPhrase
from retold.analyze.context import Found, Prepared, Sentences


def a_person(prep: Prepared, phrase: SpeakerPhrase, sentences: Sentences) -> bool:
    """Does the entity recogniser read the bare surname as a person ('Cruz said' yes;
    'Microsoft said', 'Iran said', 'Republicans said' no)?  In the attribution's
    sentence, or, one name keeping one sense in an article, in most of the (up to
    five) other sentences that print it and that it reads as anything."""
    assert phrase.name is not None
    votes: list[str] = []
    for offset in printed(prep, phrase)[:6]:
        found = sentences.at(prep, offset)
        if found is not None:
            start, parsed = found
            votes.append(parsed.entity_at(offset - start))
        elif not votes:
            votes.append("")  # the attribution's sentence, not parsed yet
    if votes[:1] == ["PERSON"]:
        return True
    people = votes.count("PERSON")
    return people > 0 and people > sum(1 for v in votes if v and v != "PERSON")


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
    if phrase.text.startswith("The ") and not _sentence_start(prep.body, phrase.start):
        return f"The {name}"  # '"...," The Daily Planet reported': 'The' is in its name
    start = phrase.start + phrase.text.index(words[0], len("the"))
    reading = entity_reading(prep, sentences, start)
    return name if reading == "ORG" else None


OPENING = frozenset("“”\"‘’'«»([")


def _sentence_start(body: str, offset: int) -> bool:
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
