"""Who a pronoun inside a clause may stand for, read from its own sentence's parse.

'Mayor Osei rejected the plan, which she called "..."', 'The minister denounced what
he called "..."': a pronoun that is the subject of a clause hanging under another verb
most often stands for that verb's subject, printed before it.  ``subjects_above``
climbs the parse from the pronoun's verb and gives those subjects, nearest first, over
pronouns ('Osei said she had backed the plan, which she called ...') and plural nouns,
a relative 'who' or 'which' read as the noun its clause hangs off; it gives
``CANNOT`` when a person owns a noun on the way ('the rival's attack on what he called
...': the rival may be 'he').  Which of them names someone of the pronoun's gender is
for the speaker rules to say (``quoted_parse.subject_of_verb``).
"""

from __future__ import annotations

from collections.abc import Iterator

from retold.analyze.lexicon import Lexicon
from retold.analyze.parsed import Parsed

SUBJECTS = frozenset({"nsubj", "nsubjpass"})
PROPER_TAGS = frozenset({"NNP", "NNPS"})
PLURAL_TAGS = frozenset({"NNS", "NNPS"})  # 'Americans are hungry for what she calls'
CLIMB = 8  # heads climbed at most from the pronoun's verb
CANNOT = -1  # ``subjects_above``: the sentence leaves the pronoun's antecedent in doubt


def subjects_above(parsed: Parsed, pronoun: int, lexicon: Lexicon) -> Iterator[int]:
    """The indices of the subjects of the verbs above the pronoun at ``pronoun``
    printed before it, nearest first, that may stand for it: no plural noun, no
    pronoun ('he said he backed the plan, which he called': further up); a relative
    word read as the noun its clause hangs off ('Wu, who ... when she called': Wu).
    ``CANNOT`` last when a person owns a noun on the way ('the rival's attack on what
    he called')."""
    toks = parsed.tokens
    node = toks[pronoun].head
    for _ in range(CLIMB):
        head = toks[node].head
        if head == node:
            return
        node = head
        if _owned_by_person(parsed, node, pronoun, lexicon):
            yield CANNOT
            return
        subjects = [c for c in parsed.children(node) if toks[c].dep in SUBJECTS and c < pronoun]
        for subject in sorted(subjects, reverse=True):
            word = toks[subject].text.casefold()
            if word in lexicon.relative_words and toks[node].dep == "relcl":
                subject = toks[node].head  # 'Wu, who ...': Wu; 'the plan, which ...'
            if toks[subject].tag in PLURAL_TAGS or word in lexicon.pronouns:
                continue
            yield subject


def _owned_by_person(parsed: Parsed, node: int, pronoun: int, lexicon: Lexicon) -> bool:
    """Has the noun at ``node`` a possessor before the pronoun that may be the
    pronoun's person ('the rival's attack on what he called')?  A possessive pronoun
    ('his attack on what he called') is no other one."""
    return any(
        parsed.tokens[c].dep == "poss" and c < pronoun and may_be_person(parsed, c, lexicon)
        for c in parsed.children(node)
    )


def may_be_person(parsed: Parsed, i: int, lexicon: Lexicon) -> bool:
    """May the noun at ``i`` name a person: a proper noun, or a person's role or noun?"""
    token = parsed.tokens[i]
    return token.tag in PROPER_TAGS or token.text.casefold() in lexicon.person_words
