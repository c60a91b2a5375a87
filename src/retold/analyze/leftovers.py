"""Quoted words with no attribution of their own: partial quotes or scare quotes.

* Inside a reported clause ("X said Dravonia would 'draw conclusions'") a quoted
  fragment is X's words when it carries a verb or a negation or is long; a bare noun
  phrase ("embers were 'spotting'", "the 'coalition of the willing'") is a scare quote.
* After a naming cue ("so-called", "known as", "what the company calls its") it is a
  scare quote, unless a person "called", "labelled", "branded" or "dubbed" something, or
  "described" it as, a long quoted phrase that is no title or a short judgement ('called
  the sentences "excessive"', 'described the crews as "tireless"'; not '"the lake"').
* Elsewhere, short phrases are scare quotes and long ones unattributed statements.

Inside a reported clause, a participle counts as a verb in a fragment of three words
or more ('said the wall was "built too low"': a piece of the speaker's clause); alone
or in two words ('"reformed" police', '"binding targets"'), or in a capitalised title,
it names a thing.  Outside one it does not count: such a fragment would mostly be
found with no speaker.

Deciding whether a short fragment has a verb needs part-of-speech tags: that sentence
is handed to the parser; until its parse is there, the fragment counts as a scare quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retold.analyze.attribution import SPEAKING_FORMS
from retold.analyze.context import Attribution, Found, Prepared, Sentences
from retold.analyze.marks import QuoteSpan
from retold.analyze.parsed import Parses
from retold.analyze.placement import speaker_before
from retold.analyze.quoted_objects import in_words, object_speaker, possessed_claim
from retold.analyze.quoted_parse import CALLING, attribute_by_parse, subject_of_verb
from retold.analyze.text import Token
from retold.lang import HEADLINE_WORDS

NEGATIONS = frozenset({"not", "no", "never", "nothing", "none", "nobody", "cannot", "neither"})
NAMING = ("refer", "describ", "call", "known", "brand", "label", "dub", "term", "nicknam")
PARTICIPLE_WORDS = 3  # a participle in a fragment this long is a piece of a clause
OBJECT_WORDS = 3  # a judging verb's object this long is the judge's words, not a name


@dataclass
class Leftovers:
    found: list[Found] = field(default_factory=list)
    scare: list[tuple[QuoteSpan, str]] = field(default_factory=list)
    needs: set[str] = field(default_factory=set)
    dropped: set[int] = field(default_factory=set)  # ids of reported statements to drop


def classify_leftovers(
    prep: Prepared, spans: list[QuoteSpan], reports: list[Found], parses: Parses
) -> Leftovers:
    result = Leftovers()
    for span in spans:
        container = next(
            (f for f in reports if f.start <= span.open and span.last <= f.end + 1), None
        )
        _classify(prep, span, container, parses, result)
    for report in reports:
        if id(report) in result.dropped:
            continue
        inner = [f for f in result.found if f.attribution is report.attribution]
        if inner and (_opens_with(prep, report, inner) or _unquoted_words(prep, report, inner) < 6):
            result.dropped.add(id(report))
    return result


def _classify(
    prep: Prepared, span: QuoteSpan, container: Found | None, parses: Parses, result: Leftovers
) -> None:
    words = _words(prep, span)
    count = len(words)
    negated = any(w in NEGATIONS or w.endswith(("n't", "n’t")) for w in words)
    cue = _naming_cue(prep, span)
    if cue in VERBS_OF and (
        (count >= 4 and _clause_like(prep, span, count)) or _judges(prep, span)
    ):
        called = _called_by(prep, span, Sentences(parses, result.needs), VERBS_OF[cue])
        if called is not None:
            result.found.append(_found(span, "embedded", called))
            return
    if cue is not None:
        result.scare.append((span, f"after '{cue}'"))
        return
    if container is not None:
        if count == 1 and not _closes(prep, span):
            result.scare.append((span, "single word"))
        elif (
            negated
            or count >= 7
            or _closes(prep, span)
            or _has_verb(prep, span, parses, result, participles=_clause_like(prep, span, count))
        ):
            result.found.append(_found(span, "embedded", container.attribution))
        else:
            result.scare.append((span, "noun phrase inside reported speech"))
        return
    if count >= OBJECT_WORDS and _clause_like(prep, span, count):
        spoken = (
            possessed_claim(prep, span)
            or in_words(prep, span)
            or object_speaker(prep, span, Sentences(parses, result.needs))
        )
        if spoken is not None:  # 'dismissed the plan as "a stunt for the farm vote"'
            result.found.append(_found(span, "embedded", spoken))
            return
    if count <= 3 and not negated:
        result.scare.append((span, "short phrase"))
        return
    parsed = attribute_by_parse(prep, span, Sentences(parses, result.needs))  # one pass
    if count >= 7 or negated or _has_verb(prep, span, parses, result):
        if parsed is not None:
            result.found.append(_found(span, parsed[1], parsed[0]))
        else:
            result.found.append(_found(span, "unattributed", None))
    else:
        result.scare.append((span, "noun phrase"))


def _found(span: QuoteSpan, shape: str, attribution: Attribution | None) -> Found:
    return Found("direct", shape, span.segments, attribution, span.paragraphs[0])  # type: ignore[arg-type]


def _words(prep: Prepared, span: QuoteSpan) -> list[str]:
    return [token.lower for token in _word_tokens(prep, span)]


def _word_tokens(prep: Prepared, span: QuoteSpan) -> list[Token]:
    """The word tokens between the quotation's marks."""
    return [
        token
        for p in span.paragraphs
        for token in prep.tokens(p)
        if span.start <= token.start < span.end and token.is_word
    ]


def _opening(prep: Prepared, span: QuoteSpan) -> tuple[int, int, int]:
    """The paragraph of the opening mark, its token index and its sentence's first token."""
    p = span.paragraphs[0]
    mark = prep.index(p, span.open)
    si, _ = prep.paragraphs[p].sentence_of(mark)
    return p, mark, si


def _naming_cue(prep: Prepared, span: QuoteSpan) -> str | None:
    """A naming cue just before the opening mark ("so-called", "known as", "calls its")."""
    p, mark, si = _opening(prep, span)
    words = prep.words(p)
    before = words[max(si, mark - 6) : mark]
    for phrase in prep.book.lexicon.scare_cues:
        size = len(phrase)
        for end in range(len(before), size - 1, -1):
            if tuple(before[end - size : end]) == phrase and len(before) - end <= 2:
                return "called" if phrase[-1] in ("called", "calls", "call") else " ".join(phrase)
    if mark > si and words[mark - 1] == "as":
        earlier = words[si : mark - 1]
        if any(w.startswith(NAMING) for w in earlier):
            return "as"
    return None


def _judges(prep: Prepared, span: QuoteSpan) -> bool:
    """A short fragment that judges what was called ('called the sentences "excessive"'),
    not one that names it: no article or determiner first ('"the lake"'), no capital."""
    tokens = _word_tokens(prep, span)
    if not tokens or any(t.text[:1].isupper() for t in tokens):
        return False
    first = tokens[0].lower
    return first not in HEADLINE_WORDS.articles and first not in HEADLINE_WORDS.grammar


DESCRIBING = frozenset({"described", "describes", "describing"})
LABELLING = frozenset({"labelled", "labeled", "branded", "dubbed", "termed"})
# a naming cue -> the verbs whose subject speaks the quoted words after it
VERBS_OF = {"called": CALLING, "as": DESCRIBING} | {verb: LABELLING for verb in LABELLING}


def _called_by(
    prep: Prepared, span: QuoteSpan, sentences: Sentences, verbs: frozenset[str]
) -> Attribution | None:
    """'Anton Drecu called the decision "a political verdict ..."', 'Drecu described the
    verdict as "..."', 'Drecu labelled the plan "..."' (a verb that labels with its object
    printed) -> Drecu's words; the subject the parse gives the verb when no speaker stands
    right before it ('Drecu thanked them and called the union "..."':
    ``quoted_parse.subject_of_verb``)."""
    p, mark, si = _opening(prep, span)
    tokens, words = prep.tokens(p), prep.words(p)
    verb = next((k for k in range(mark - 1, si, -1) if words[k] in verbs), None)
    if verb is None or (words[verb] in LABELLING and verb == mark - 1):
        return None  # 'The candidate labeled "a leader ..." leads': labelled, not labelling
    speaker = speaker_before(tokens, si, verb, prep.book, prep.body)
    if speaker is None:
        return subject_of_verb(prep, p, verb, sentences)
    if speaker.form not in SPEAKING_FORMS:
        return None
    return Attribution(
        speaker, tokens[verb].text, speaker.start, tokens[verb].end, tokens[verb].start
    )


def _closes(prep: Prepared, span: QuoteSpan) -> bool:
    """Does the fragment end the speaker's sentence ("... remained 'remarkably resilient.'")?
    A term is quoted mid-sentence; words that close the report are the speaker's."""
    inner_end = prep.body[span.end - 1]
    after = prep.body[span.last : span.last + 3].lstrip(' ”"’')
    return inner_end in ".!?" or after[:1] in (".", "!", "?")


def _clause_like(prep: Prepared, span: QuoteSpan, count: int) -> bool:
    """Long enough for a participle to make it a piece of a clause, and not a title
    (two capitalised words or more, nothing else in lower case but short function
    words: '"Who Guards the Guards"')."""
    if count < PARTICIPLE_WORDS:
        return False
    words = [t.text for t in _word_tokens(prep, span) if t.text[:1].isalpha()]
    capitalised = sum(w[0].isupper() for w in words)
    return capitalised < 2 or any(w[0].islower() and len(w) > 3 for w in words)


def _has_verb(
    prep: Prepared, span: QuoteSpan, parses: Parses, result: Leftovers, participles: bool = False
) -> bool:
    """Does the quoted fragment carry a verb?  Needs the sentence's parse."""
    p = span.paragraphs[0]
    si, sj = prep.paragraphs[p].sentence_of(prep.index(p, span.open))
    found = Sentences(parses, result.needs).parse(prep, p, si, sj)
    if found is None:
        return False
    offset, parsed = found
    return parsed.has_verb(span.start - offset, span.end - offset, participles)


def _opens_with(prep: Prepared, report: Found, inner: list[Found]) -> bool:
    """The reported content opens with the quotation (`X said "…," on Monday …`): the
    words after it are circumstances of a direct quote, not a statement of their own."""
    first = min(f.start for f in inner)
    return report.start <= first and not any(c.isalnum() for c in prep.body[report.start : first])


def _unquoted_words(prep: Prepared, report: Found, inner: list[Found]) -> int:
    tokens = prep.tokens(report.paragraph)
    count = 0
    for token in tokens:
        if not (report.start <= token.start < report.end) or not token.is_word:
            continue
        if any(f.start - 1 <= token.start < f.end + 1 for f in inner):
            continue
        count += 1
    return count
