"""How a name that ends a speaker phrase stands to the words before it: the holder of
an office written before it ('secretary of state X', 'Department of Corrections
spokeswoman X'), the object of a relation ('the daughter of X', 'the manager of singer
X': no speaker), or one of several people ('X and Y', who may speak together).  Read by
``retold.analyze.attribution.classify_chunk``.
"""

from __future__ import annotations

from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameRun
from retold.analyze.text import Token

PREPOSITIONS = frozenset(
    {"in", "on", "at", "from", "during", "after", "before", "by", "to", "with", "for", "via"}
)


def name_is_object(tokens: tuple[Token, ...], a: int, final: NameRun, lexicon: Lexicon) -> bool:
    """Is the name ``final`` the object of an 'of', 'at' or 'for' among tokens[a:] ('the
    daughter of X'), not the holder of an office before it ('Speaker of the House X')?"""
    return any(
        tokens[k].lower in ("of", "at", "for")
        and not _office(tokens[k - 1], lexicon)
        and not _office_of(tokens, k, final.first, lexicon)
        and not _body_with_role(tokens, k, final, lexicon)
        for k in range(a + 1, final.first)
    )


def _office(token: Token, lexicon: Lexicon) -> bool:
    """A capitalised title before 'of' ('Speaker of the House', 'Secretary of State')."""
    lower = token.lower
    return token.cap and (lower in lexicon.titles or lower in lexicon.person_roles)


def _office_of(tokens: tuple[Token, ...], k: int, first: int, lexicon: Lexicon) -> bool:
    """'secretary of state Hillary Clinton', 'master of ceremonies Ana Ruiz': a role
    with its lowercase field ('of state') before the name, which stands beside the whole
    role; not 'the son of X', 'the daughter of former president X' (a family role), 'the
    manager of singer X' (a field describing a person): there the name is the object."""
    head, field = tokens[k - 1], tokens[k + 1 : first]
    return (
        tokens[k].lower == "of"
        and head.text.replace("-", "").isalpha()
        and head.text.islower()
        and not any(head.lower in words for words in (lexicon.kin, lexicon.not_names))
        and 0 < len(field) <= 2
        and all(_field_word(t, lexicon) for t in field)
    )


def _field_word(token: Token, lexicon: Lexicon) -> bool:
    """A lowercase content word of a role's field ('ceremonies', 'students'): no
    function word ('how', 'the') and none describing the named person ('former', 'actor')."""
    lower = token.lower
    return (
        token.text.isalpha()
        and token.text.islower()
        and lower not in lexicon.not_names
        and lower not in lexicon.person_words
        and lower not in lexicon.titles
    )


def _body_with_role(tokens: tuple[Token, ...], k: int, final: NameRun, lexicon: Lexicon) -> bool:
    """'Department of Corrections spokeswoman Ann Wu', 'Office of Management and Budget
    Director Tom Bell': an 'of' inside a body's name, and a role right before the
    person's name: the name is the role's holder, not the object of 'of'."""
    role = tokens[final.name_first - 1].lower
    inside = tokens[k - 1].cap and k + 1 < final.first and tokens[k + 1].cap
    return inside and (role in lexicon.person_roles or role in lexicon.titles)


def several(tokens: tuple[Token, ...], a: int, final: NameRun | None, runs: list[NameRun]) -> bool:
    """A phrase ending '... and Brandt' names more than one speaker; not two offices
    of one ('former Gov. and Party Chairman Ed Brandt'), nor a body's name before a
    title ('Office of Management and Budget Director Ed Brandt')."""
    if final is None or final.first <= a or final.kind not in ("person", "surname"):
        return False
    before = {r.kind for r in runs if r.last == final.first - 1}
    titled = final.name_first > final.first  # 'Budget Director Ed Brandt'
    office = "title" in before or ("organization" in before and titled)
    return tokens[final.first - 1].lower in ("and", "&") and not office


def joint(
    tokens: tuple[Token, ...], a: int, b: int, final: NameRun | None, runs: list[NameRun]
) -> bool:
    """'Craig Dunn and Neil Moran', 'producers Ann Wu and Tom Bell': two people named
    side by side, who speak together; not names inside a longer phrase ('clips of Ann
    Wu and Tom Bell', 'debt problems in Spain and Portugal', 'Office of Management
    and Budget Director Tom Bell')."""
    if final is None or any(tokens[k].lower in (*PREPOSITIONS, "of") for k in range(a, b)):
        return False
    return any(r.last == final.first - 1 and r.kind in ("person", "surname") for r in runs)
