"""What one outlet adds to a story, and what it leaves out that most others report.

``added_context``: a paragraph only one article of the story carries (no sentence of it
aligned with any other member, ``retold.coverage.align``) that is context rather than
news of the event: in the outlet's own voice (no direct quote, no named person's
speech), and *background* — either looking away from the event's own days (a past
year or date, "since", "years ago"; and no weekday or "this morning") in two main
clauses at least (``retold.coverage.clauses``: "Smuggling has risen since 2022, and
the council has asked for checks" is two; without the parser, a sentence is one), or,
with no date and no reported speech at all, general statements: every main clause in
the present (or a modal), in two sentences, or in two clauses closing the article,
where news writing puts context — or about a head of state or government whom no
other article of the story names — *official* (state media adding its government's
view).  Outlet-specific detail of the event itself (a witness, a road closure on
Tuesday) is left alone: it is reporting, not framing.  At most one per article, the
strongest.

``omitted``: sentences of the earliest member that the articles of most other outlets
(three at least, three quarters of them) carry too, but that one article lacks; a
sentence of fewer than five words ("FULL TEXT.", "Seemed about right.") or one that
holds markup is no fact.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from retold.analyze.records import ArticleAnalysis
from retold.coverage.align import AlignedSentence
from retold.coverage.clauses import Clause, ClauseReader
from retold.lang import COVERAGE_WORDS, MONTHS, month_pattern, weekday_pattern
from retold.link.text import paragraph_spans, words
from retold.records import Article, Finding, Span

_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_MONTH_DAY = re.compile(rf"\b(?i:{month_pattern()})\b\.?(?:\s+(\d{{1,2}})\b)?")
NEAR_DAYS = 3  # a date this close to publication is the event's own
_BACKGROUND = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in COVERAGE_WORDS.background) + r")\b", re.IGNORECASE
)
_EVENT_TIME = re.compile(
    r"(?<!\w)(?:"
    + "|".join([weekday_pattern(), *(re.escape(w) for w in COVERAGE_WORDS.event_time)])
    + r")(?!\w)",
    re.IGNORECASE,
)
_TITLES = "|".join(re.escape(w.title()) for w in COVERAGE_WORDS.leaders)
_LEADER = re.compile(  # the capitalised title of a sitting leader, then a capitalised name
    r"(?<!Vice )(?<!Vice-)(?<!former )(?<!Former )(?<!late )(?<!then-)(?<!ex-)"
    rf"\b(?P<title>{_TITLES})\b((?:\s+[A-Z][\w'’-]+){{1,3}})"
)
MIN_BACKGROUND_STATEMENTS = 2  # main clauses: a one-clause aside is detail, not context
MIN_GENERIC_SENTENCES = 2  # undated background: a paragraph of general statements
MIN_OUTLETS_ADDED = 3  # members' outlets, the adding one included
MIN_OUTLETS_OMITTED = 4
OMITTED_SHARE = 0.75
MIN_FACT_WORDS = 5  # words of two characters or more in a sentence that states a fact
_MARKUP = re.compile(r"</?[A-Za-z][\w-]*(?:\s+[\w-]+=|\s*/?>)")
CONFIDENCE = {"background": 0.6, "official": 0.7}


@dataclass(frozen=True)
class Addition:
    """A paragraph one article adds, and why it reads as context."""

    article: str
    start: int
    end: int
    kind: str  # "background" | "official"
    markers: tuple[str, ...]  # the words that made it so, as printed
    score: float


def added_context(
    story: str,
    members: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    aligned: Sequence[AlignedSentence],
    copies: Sequence[tuple[str, str]] = (),
    clauses: ClauseReader | None = None,
) -> list[Finding]:
    """One ``added_context`` finding per article that adds a context paragraph.

    ``copies`` are (original, copy) links between members: a copy carrying the
    paragraph does not make it shared, and the copy itself adds nothing.  ``clauses``
    reads main clauses and tense; without it a sentence counts as one statement and
    background needs a marker.  The word rules screen every paragraph first; the
    parser reads, in one batch, only the paragraphs whose verdict waits on it
    (``screen_added``, ``settle``, ``added_findings``: the same over many stories
    with one batch for all)."""
    screened = screen_added(story, members, analyses, aligned, copies, clauses is not None)
    return added_findings(screened, settle(screened.pending, clauses))


@dataclass(frozen=True)
class Screened:
    """What the word rules made of one story's paragraphs, article by article: additions,
    and paragraphs whose verdict waits on their main clauses (``pending``)."""

    story: str
    articles: tuple[tuple[Article, tuple[Addition | _Pending, ...]], ...]

    @property
    def pending(self) -> list[_Pending]:
        return [f for _, found in self.articles for f in found if isinstance(f, _Pending)]


def screen_added(
    story: str,
    members: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    aligned: Sequence[AlignedSentence],
    copies: Sequence[tuple[str, str]],
    parse: bool,
) -> Screened:
    """The word rules over every paragraph only one outlet of the story carries
    (``added_context``); with ``parse``, a paragraph they cannot settle is left pending."""
    if len({_outlet(a) for a in members}) < MIN_OUTLETS_ADDED:
        return Screened(story, ())
    screened: list[tuple[Article, tuple[Addition | _Pending, ...]]] = []
    for article, analysis in zip(members, analyses, strict=True):
        if any(copy == article.id for _, copy in copies):
            continue
        others = [a.body for a in members if _outlet(a) != _outlet(article)]
        places = _own_paragraphs(article, aligned, copies)
        screens = [_screen(article, analysis, p, others, parse) for p in places]
        screened.append((article, tuple(f for f in screens if f is not None)))
    return Screened(story, tuple(screened))


def added_findings(screened: Screened, verdicts: dict[int, Addition | None]) -> list[Finding]:
    """The strongest addition of each article, its pending paragraphs judged by
    ``verdicts`` (``settle``)."""
    findings = []
    for article, found in screened.articles:
        settled = [f if isinstance(f, Addition) else verdicts[id(f)] for f in found]
        candidates = [c for c in settled if c is not None]
        if candidates:
            best = max(candidates, key=lambda c: c.score)
            findings.append(_finding(screened.story, article, best))
    return findings


@dataclass(frozen=True)
class _Paragraph:
    """A paragraph (after the first) that only its article's outlet carries."""

    span: tuple[int, int]
    sentences: tuple[AlignedSentence, ...]
    last: bool  # the article's closing paragraph


@dataclass(frozen=True)
class _Pending:
    """A paragraph the word rules leave to its main clauses: background when it holds two
    at least and has ``markers``, or, with none, when ``generic`` may hold and every
    clause states what holds in general."""

    article: str
    start: int
    end: int
    text: str
    markers: tuple[str, ...]
    generic: bool  # two sentences, or the closing paragraph, and no quote


def _own_paragraphs(
    article: Article, aligned: Sequence[AlignedSentence], copies: Sequence[tuple[str, str]]
) -> list[_Paragraph]:
    """Paragraphs after the lede that no other article carries a sentence of (its copies
    and what it copied aside)."""
    kin = {b for pair in copies if article.id in pair for b in pair}
    mine = [s for s in aligned if s.article == article.id]
    own = []
    spans = paragraph_spans(article.body)
    for index, span in enumerate(spans):
        sentences = tuple(s for s in mine if s.paragraph == index)
        if index > 0 and not any(set(s.shared_with) - kin for s in sentences):
            own.append(_Paragraph(span, sentences, index == len(spans) - 1))
    return own


def _screen(
    article: Article,
    analysis: ArticleAnalysis,
    place: _Paragraph,
    others: Sequence[str],
    parse: bool,
) -> Addition | _Pending | None:
    """What the word rules settle of one paragraph: an addition, nothing, or (``parse``)
    a paragraph whose verdict waits on its main clauses.  Without the parser a
    sentence is one statement."""
    start, end = place.span
    quotes = [q for q in analysis.quotes if q.start < end and q.end > start]
    if not place.sentences or any(_reported(q.kind, q.speaker_kind) for q in quotes):
        return None
    text = article.body[start:end]
    size = len(place.sentences)
    leaders = [
        m.group(0)
        for m in _LEADER.finditer(text)
        if _unnamed_elsewhere(m.group(2), others) and _about(m, text)
    ]
    if leaders:
        return Addition(article.id, start, end, "official", tuple(leaders), 2.0 + size)
    dates = _past_dates(text, article.published)
    # news of the event's own days is no background, unless it sets them against a
    # named earlier date ("Tuesday's flood is separate from the one on January 21")
    if _EVENT_TIME.search(text) and not dates:
        return None
    markers = tuple(dates + [m.group(0) for m in _BACKGROUND.finditer(text)])
    generic = (size >= MIN_GENERIC_SENTENCES or place.last) and not quotes
    if parse and (markers or generic):
        return _Pending(article.id, start, end, text, markers, generic)
    if parse or not markers or size < MIN_BACKGROUND_STATEMENTS:
        return None
    return Addition(article.id, start, end, "background", markers, len(markers) / 2 + size)


def settle(pending: Sequence[_Pending], clauses: ClauseReader | None) -> dict[int, Addition | None]:
    """The verdict on each pending paragraph (keyed by ``id``), its main clauses read in
    one batch (of one story's paragraphs or of many stories')."""
    if not pending or clauses is None:
        return {}
    verdicts: dict[int, Addition | None] = {}
    for place, found in zip(pending, clauses.read([p.text for p in pending]), strict=True):
        verdicts[id(place)] = _verdict(place, found)
    return verdicts


def _verdict(place: _Pending, found: Sequence[Clause]) -> Addition | None:
    statements = len(found)
    if statements < MIN_BACKGROUND_STATEMENTS:
        return None
    if place.markers:
        score = len(place.markers) / 2 + statements
        return Addition(place.article, place.start, place.end, "background", place.markers, score)
    if place.generic and _generic(found):
        verbs = tuple(c.text for c in found)
        return Addition(
            place.article, place.start, place.end, "background", verbs, float(statements)
        )
    return None


def _generic(found: Sequence[Clause]) -> bool:
    """Every main clause in the present (or a modal), one at least in the present: how
    a text states what holds in general, not what happened."""
    tenses = {c.tense for c in found}
    return "present" in tenses and tenses <= {"present", "modal"}


def _past_dates(text: str, published: str | None) -> list[str]:
    """Years before the publication year, and past dates named by month, as printed."""
    year = (published or "9999")[:4]
    return [m.group(0) for m in _YEAR.finditer(text) if m.group(0) < year] + _other_dates(
        text, published
    )


def _other_dates(text: str, published: str | None) -> list[str]:
    """Past dates named by month ("March", "July 8", capitalised): more than ``NEAR_DAYS``
    before the publication date, or an earlier month when no day is given."""
    if not published:
        return []
    day = date.fromisoformat(published)
    found = []
    for m in _MONTH_DAY.finditer(text):
        if not m.group(0)[0].isupper():
            continue  # "may", "march": verbs
        month = MONTHS[m.group(0).split()[0].rstrip(".").casefold()]
        year = day.year - (month > day.month)
        if m.group(1) is None:
            if (year, month) < (day.year, day.month):
                found.append(m.group(0))
            continue
        try:
            named = date(year, month, int(m.group(1)))
        except ValueError:
            continue
        if (day - named).days > NEAR_DAYS:
            found.append(m.group(0))
    return found


def _reported(kind: str, speaker_kind: str) -> bool:
    """A direct quote, or speech a named person is reported to have made."""
    return kind == "direct" or speaker_kind == "person"


def _about(leader: re.Match[str], text: str) -> bool:
    """The paragraph is about the leader: it opens with them, or after the name it comes
    back to them, by the title ("the President has instructed ...") or the surname."""
    if not text[: leader.start()].strip():
        return True
    surname = leader.group(2).split()[-1].removesuffix("'s").removesuffix("’s")
    again = rf"\b(?:[Tt]he {re.escape(leader.group('title'))}|{re.escape(surname)})\b"
    return re.search(again, text[leader.end() :]) is not None


def _unnamed_elsewhere(name: str, others: Sequence[str]) -> bool:
    """The leader's surname (the name's last word) appears in no other outlet's article."""
    surname = name.split()[-1]
    pattern = re.compile(rf"\b{re.escape(surname)}\b")
    return not any(pattern.search(body) for body in others)


def _finding(story: str, article: Article, added: Addition) -> Finding:
    outlet = article.label
    what = (
        "about a head of state or government no other outlet names"
        if added.kind == "official"
        else "background"
    )
    return Finding(
        kind="added_context",
        subject=article.id,
        story=story,
        articles=(article.id,),
        summary=f"{outlet} adds a paragraph no other outlet in the story carries ({what})",
        confidence=CONFIDENCE[added.kind],
        evidence=(Span.of(article, added.start, added.end),),
        details_json=json.dumps(
            {"kind": added.kind, "markers": list(added.markers)}, ensure_ascii=False
        ),
    )


def omitted(
    story: str, members: Sequence[Article], aligned: Sequence[AlignedSentence]
) -> list[Finding]:
    """One ``omitted`` finding per article that lacks facts most other outlets carry."""
    outlets = {_outlet(a) for a in members}
    if len(outlets) < MIN_OUTLETS_OMITTED:
        return []
    by_id = {a.id: a for a in members}
    reference = min(members, key=lambda a: (a.published or "9999", members.index(a)))
    body = reference.body
    facts = [
        s for s in aligned if s.article == reference.id and _states_a_fact(body[s.start : s.end])
    ]
    missing: dict[str, list[AlignedSentence]] = {}
    for fact in facts:
        carriers = {reference.id, *fact.shared_with}
        carrying = {_outlet(by_id[c]) for c in carriers}
        if len(carrying) < 3 or len(carrying) < OMITTED_SHARE * len(outlets):
            continue
        for article in members:
            if article.id not in carriers and _outlet(article) not in carrying:
                missing.setdefault(article.id, []).append(fact)
    return [
        _omission(story, by_id[a], reference, facts, len(outlets)) for a, facts in missing.items()
    ]


def _states_a_fact(sentence: str) -> bool:
    """A sentence long enough to state something, with no markup in it."""
    long_words = sum(len(w) > 1 for w in words(sentence))
    return long_words >= MIN_FACT_WORDS and not _MARKUP.search(sentence)


def _omission(
    story: str, article: Article, reference: Article, facts: list[AlignedSentence], outlets: int
) -> Finding:
    outlet = article.label
    evidence = tuple(Span.of(reference, f.start, f.end) for f in facts)
    return Finding(
        kind="omitted",
        subject=article.id,
        story=story,
        articles=(article.id, reference.id),
        summary=(
            f"{outlet} leaves out {len(facts)} fact(s) that most of the story's {outlets} "
            "outlets report"
        ),
        confidence=0.5,
        evidence=evidence,
        details_json=json.dumps({"reference": reference.id}),
    )


def _outlet(article: Article) -> str:
    return (article.outlet or article.id).casefold()
