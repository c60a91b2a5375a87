"""An age as words: '46-year-old', read as '46' '-' 'year-old', or with the hyphens
spaced as some corpora print them ('46 - year - old', five words).

'the 46-year-old said' and 'the 29-year-old man told police' refer back to someone
the article has named, as a pronoun does; the noun after the age, if any, is a
person noun or a role and may give a gender ('man', 'woman').  'a 46-year-old' introduces
someone new and refers back to no one.
"""

from __future__ import annotations

from retold.analyze.lexicon import Lexicon

SPELLINGS = (("-", "year-old"), ("-", "year", "-", "old"))  # after the number


def age_length(words: list[str], k: int) -> int:
    """How many of ``words`` from ``k`` write an age ('46' '-' 'year-old'); 0: none."""
    if not words[k][:1].isdigit() or not words[k].replace(",", "").isdigit():
        return 0
    for spelling in SPELLINGS:
        if tuple(words[k + 1 : k + 1 + len(spelling)]) == spelling:
            return 1 + len(spelling)
    return 0


def aged_referent(words: list[str], lexicon: Lexicon) -> tuple[bool, str | None]:
    """(refers back, gender) of a speaker phrase's lower-cased ``words``: 'the', an
    age, then at most one person noun or role ('the 46-year-old', 'the 29-year-old
    woman', 'the 57-year-old scientist'); (False, None) for any other phrase."""
    if len(words) < 3 or words[0] != "the":
        return False, None
    rest = words[1 + age_length(words, 1) :]
    if len(rest) == len(words) - 1 or len(rest) > 1:
        return False, None
    if rest and rest[0] not in lexicon.person_nouns and rest[0] not in lexicon.person_roles:
        return False, None
    return True, lexicon.gendered.get(rest[0]) if rest else None
