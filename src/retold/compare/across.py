"""One statement across stories: a speaker's words quoted again in a later story.

Statements are grouped inside one story (``match_statements``).  A follow-up weeks
later often quotes again a part of what someone said in the first story.  Groups of
two stories are joined when one person speaks in both (the same full name: a surname
alone may be anyone across stories) and a direct wording of one holds a direct wording
of the other verbatim, all of its words in a row, and that wording has at least
``AcrossOptions.words`` words (5): shorter runs ("Make America Great Again", "do
the right thing") are slogans and stock phrases (on PolNeAR train, 4 words add 7 joins
to the 8 right ones of 5: 2 wrong, a slogan, and 3 doubtful).  Reported wordings never join: their words are the
outlet's.  A join never puts two groups of one story together (the story kept them
apart).

Joined groups keep their story and their id, and share ``StatementGroup.statement``:
the id of the group that holds the statement's original, the original wording that
no other joined wording holds (a fragment is never the original), then the earliest
published.  The other joined groups' wordings are graded against that original.  A
wording the story graded 'altered' stays altered (its finding is the story's), and
across stories no grade becomes 'altered': a cut is no alteration there (the later
story quotes the part it needs) and alterations are judged where the wordings were
printed together.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from retold.analyze.aliases import Aliases, load_aliases, name_key
from retold.analyze.records import Quote
from retold.compare.fidelity import grade_wording
from retold.compare.grouping import same_person
from retold.compare.records import Occurrence, StatementGroup
from retold.compare.words import Vocabulary, Word, load_vocabulary, phrase_in, words
from retold.records import Article


@dataclass(frozen=True)
class AcrossOptions:
    vocabulary: Vocabulary = field(default_factory=load_vocabulary)
    aliases: Aliases = field(default_factory=load_aliases)
    words: int = 5  # the fewest words of a wording held verbatim that joins two stories


@dataclass(frozen=True, eq=False)
class _Group:
    group: StatementGroup
    person: str | None  # the one person key of the group's named speakers, if one
    direct: tuple[list[Word], ...]  # its direct wordings' words


def join_stories(
    groups: Sequence[StatementGroup],
    quotes: Mapping[str, Quote],
    articles: Mapping[str, Article],
    options: AcrossOptions | None = None,
) -> list[StatementGroup]:
    """``groups`` (of every story) with ``statement`` set on those joined across
    stories and their wordings graded against the statement's original; a group no
    longer joined is graded against its own original again."""
    options = options or AcrossOptions()
    prepared = [_prepare(g, quotes, options) for g in groups]
    lead_of: dict[int, StatementGroup] = {}
    for members in _components(prepared, options):
        first = min(members, key=lambda i: _rank(prepared, i, members, articles, options))
        lead_of.update({i: groups[first] for i in members})
    joined = []
    for i, group in enumerate(groups):
        lead = lead_of.get(i)
        statement = lead.id if lead is not None else None
        if statement == group.statement and (lead is None or lead is group):
            joined.append(group)  # as the story graded it
            continue
        joined.append(_graded(group, lead, articles, options))
    return joined


def _prepare(group: StatementGroup, quotes: Mapping[str, Quote], options: AcrossOptions) -> _Group:
    found = [quotes.get(o.quote) for o in group.occurrences]
    people = {
        name_key(q.speaker, options.aliases)
        for q in found
        if q is not None and q.speaker and q.speaker_kind == "person"
    }
    full = [p for p in people if len(p.split()) > 1]
    person = max(full, key=len) if full else None
    if person is None or not all(p == person or p in person.split() for p in people):
        person = None  # unnamed, or named as people who need not be one
    direct = tuple(
        words(o.text, options.vocabulary) for o in group.occurrences if o.kind == "direct"
    )
    return _Group(group, person, direct)


def _components(prepared: list[_Group], options: AcrossOptions) -> list[list[int]]:
    """Groups joined by a shared wording, strongest (longest) first, one per story."""
    links = []
    for i, j in sorted(_candidates(prepared, options.words)):
        a, b = prepared[i], prepared[j]
        if a.group.story == b.group.story or not same_person(a.person, b.person):
            continue
        held = _held(a.direct, b.direct, options.words)
        if held:
            links.append((-held, i, j))
    parent = {i: i for _, i, j in links} | {j: j for _, i, j in links}
    stories = {i: {prepared[i].group.story} for i in parent}

    def root(i: int) -> int:
        while parent[i] != i:
            i = parent[i]
        return i

    for _, i, j in sorted(links):
        ri, rj = root(i), root(j)
        if ri != rj and not stories[ri] & stories[rj]:
            parent[rj] = ri
            stories[ri] |= stories[rj]
    components: dict[int, list[int]] = {}
    for i in parent:
        components.setdefault(root(i), []).append(i)
    return [sorted(c) for c in components.values()]


def _candidates(prepared: list[_Group], least: int) -> set[tuple[int, int]]:
    """Pairs of named groups where a wording's first ``least`` words are a run of the
    other's: every pair one of whose wordings the other holds (an index of runs, not
    every pair of a speaker's groups: a corpus quotes some people thousands of times)."""
    holders: dict[tuple[str, ...], set[int]] = {}
    named = [(i, g) for i, g in enumerate(prepared) if g.person is not None]
    for i, g in named:
        for wording in g.direct:
            norms = tuple(w.norm for w in wording)
            for k in range(len(norms) - least + 1):
                holders.setdefault(norms[k : k + least], set()).add(i)
    pairs: set[tuple[int, int]] = set()
    for i, g in named:
        for wording in g.direct:
            if len(wording) >= least:
                head = tuple(w.norm for w in wording[:least])
                pairs.update((min(i, j), max(i, j)) for j in holders[head] if j != i)
    return pairs


def _held(a: tuple[list[Word], ...], b: tuple[list[Word], ...], least: int) -> int:
    """The longest wording of one side that the other side holds verbatim (0: none of
    ``least`` words or more)."""
    best = 0
    for x in a:
        for y in b:
            short, long = (x, y) if len(x) <= len(y) else (y, x)
            if best < len(short) >= least and phrase_in(short, long):
                best = len(short)
    return best


def _rank(
    prepared: list[_Group],
    i: int,
    members: list[int],
    articles: Mapping[str, Article],
    options: AcrossOptions,
) -> tuple[bool, str, str]:
    """The statement's original first: a group whose original no other group's
    direct wording holds, then the earliest published, then by id."""
    group = prepared[i].group
    original = next(o for o in group.occurrences if o.quote == group.original)
    own = words(original.text, options.vocabulary)
    held = any(
        len(own) < len(other) and phrase_in(own, other)
        for j in members
        if j != i
        for other in prepared[j].direct
    )
    return held, articles[original.article].published or "9999", group.id


def _graded(
    group: StatementGroup,
    lead: StatementGroup | None,
    articles: Mapping[str, Article],
    options: AcrossOptions,
) -> StatementGroup:
    """``group`` graded against the original of ``lead`` (None or itself: its own)."""
    source = lead or group
    original = next(o for o in source.occurrences if o.quote == source.original)
    own = next(o for o in group.occurrences if o.quote == group.original)
    occurrences = []
    for o in group.occurrences:
        mine = _grade(own, o, articles, options, cuts=True)
        if source is not group and mine.fidelity != "altered":
            across = _grade(original, o, articles, options, cuts=False)
            mine = across if across.fidelity != "altered" else mine
        occurrences.append(mine)
    reasons = tuple(r for r in group.reasons if not r.startswith("statement of story "))
    if source is not group:
        reasons += (f"statement of story {source.story}: graded against its original",)
    statement = lead.id if lead is not None else None
    return replace(group, occurrences=tuple(occurrences), reasons=reasons, statement=statement)


def _grade(
    original: Occurrence,
    occurrence: Occurrence,
    articles: Mapping[str, Article],
    options: AcrossOptions,
    cuts: bool,
) -> Occurrence:
    """``occurrence`` graded against ``original`` as ``match_statements`` grades it."""
    wording = original if occurrence.quote == original.quote else occurrence
    body = articles[occurrence.article].body
    result = grade_wording(original, wording, body, options.vocabulary, cuts=cuts)
    return replace(
        occurrence,
        fidelity=result.fidelity,
        similarity=round(result.similarity, 4),
        diff=result.diff,
        alterations=result.alterations,
    )
