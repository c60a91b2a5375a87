"""``person_names``: one name per person across articles, each article's own kept.

Articles name one speaker differently: a middle name dropped ("Anders Rasmussen" for
"Anders Fogh Rasmussen"), an initial, a transliteration ("Zelenskiy"; the variants are
data, ``data/aliases.toml``).  A name is mapped to a fuller one when

* inside its story, exactly one of the fullest names with that surname is compatible
  with it (same surname, given names an ordered part of the fuller one's, the first
  kept): two different Smiths in one story stay two, and a bare "Smith" between them
  stays as printed;
* across the corpus, when the surname belongs to one person only: every name with that
  surname anywhere is a form of that one fullest name.

One person's spellings ("Inés", "Ines") are reported in the form most quotes use.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence

from retold.analyze.aliases import Aliases, canonical_name, fold, form_of, load_aliases, name_key
from retold.analyze.records import ArticleAnalysis
from retold.compare.records import NameScope, PersonName

Use = tuple[str, str]  # (article id, speaker name as that article has it)


def person_names(
    analyses: Sequence[ArticleAnalysis],
    story_of: Mapping[str, str],
    aliases: Aliases | None = None,
) -> list[PersonName]:
    """The names that merge into a fuller one, per article (names already the fullest
    form of their person are left out: their person is themselves).  Linear in the
    uses: each story's names and each surname's names are ranked once."""
    aliases = aliases or load_aliases()
    uses = _uses(analyses)
    printed = _printed(uses, aliases)
    key_of = {name: name_key(name, aliases) for _, name in uses}
    by_story: dict[str, set[str]] = {}
    for article, name in uses:
        by_story.setdefault(story_of.get(article, article), set()).add(key_of[name])
    by_surname: dict[str, set[str]] = {}
    for key in {key for keys in by_story.values() for key in keys}:
        by_surname.setdefault(_surname(key), set()).add(key)
    in_story = {story: _Pool(keys) for story, keys in by_story.items()}
    in_corpus = {surname: _Pool(keys) for surname, keys in by_surname.items()}
    found = []
    for article, name in sorted(set(uses)):
        key = key_of[name]
        story_key = in_story[story_of.get(article, article)].fullest(key) or key
        person = in_corpus[_surname(story_key)].only_person(story_key) or story_key
        scope: NameScope = "story" if person == story_key != key else "corpus"
        if printed[person] != name:
            found.append(PersonName(article, name, printed[person], scope))
    return found


def _uses(analyses: Iterable[ArticleAnalysis]) -> list[Use]:
    return [
        (quote.article, quote.speaker)
        for analysis in analyses
        for quote in analysis.quotes
        if quote.speaker and quote.speaker_kind == "person"
    ]


def _printed(uses: list[Use], aliases: Aliases) -> dict[str, str]:
    """Name key -> the form to report: the alias table's name, else the most used
    spelling, then the longest."""
    counts = Counter(name for _, name in uses)

    def rank(name: str) -> tuple[bool, int, int, str]:
        known = canonical_name(name, aliases) == name and fold(name) in aliases.canonical
        return (known, counts[name], len(name), name)

    best: dict[str, str] = {}
    for name in counts:
        key = name_key(name, aliases)
        if key not in best or rank(name) > rank(best[key]):
            best[key] = name
    return best


def _surname(key: str) -> str:
    return key.split()[-1] if key.split() else ""


class _Pool:
    """A set of name keys, with its fullest names (those no other key in it is a
    fuller form of) found once."""

    def __init__(self, keys: set[str]) -> None:
        self.keys = keys
        self.tops = [k for k in keys if not any(o != k and form_of(k, o) for o in keys)]

    def fullest(self, key: str) -> str | None:
        """The one fullest name that ``key`` is a form of, if exactly one."""
        matches = [k for k in self.tops if form_of(key, k)]
        return matches[0] if len(matches) == 1 else None

    def only_person(self, key: str) -> str | None:
        """For a pool of one surname's names across the corpus: its fullest name when
        every name in it is a form of that one (and ``key`` is not it already)."""
        fullest = self.fullest(key)
        if fullest is None or not all(form_of(k, fullest) for k in self.keys):
            return None
        return fullest if fullest != key else None
