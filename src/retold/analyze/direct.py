"""Direct quotes: quoted words and their attribution, in every shape news prints them.

* postfix  ``"...," X said.`` / ``"...," said X, the ...``
* prefix   ``X said: "..."`` / ``X said, "..."`` (also across a paragraph break) /
           ``X did Y, saying, "..."`` (a participle speaks for its clause's subject)
* split    ``"...," X said. "..."`` (one statement, two segments)
* multi-paragraph: an opening mark per paragraph, one closing mark at the end
* dash     ``... - Rasmussen said.`` (translated press: no quote marks at all)
* transcript ``OKAFOR: ...`` (a printed transcript's line: ``retold.analyze.transcript``)

Spans with no attribution are returned as leftovers; the caller decides whether they
are embedded in reported speech, unattributed statements, or scare quotes.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retold.analyze.attribution import SPEAKING_FORMS, SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.lexicon import Lexicon
from retold.analyze.marks import QuoteSpan
from retold.analyze.placement import speaker_after, speaker_before
from retold.analyze.speaking import described, known_surname, participle_subject, quoted_as
from retold.analyze.text import DASHES, ENDS, Paragraph, Token, dateline_end
from retold.analyze.transcript import transcript_lines

POSTFIX_END = ",!?…—–-"
QUOTE_CHARS = frozenset('“”"«»„')


@dataclass
class DirectResult:
    found: list[Found] = field(default_factory=list)
    used_verbs: set[int] = field(default_factory=set)  # body offsets of consumed verbs
    leftovers: list[QuoteSpan] = field(default_factory=list)


def direct_quotes(prep: Prepared) -> DirectResult:
    result = DirectResult(found=transcript_lines(prep))
    lines = {f.paragraph for f in result.found}
    for paragraph in prep.paragraphs:
        for found in _dash_quotes(prep, paragraph) if paragraph.index not in lines else ():
            result.found.append(found)
            _use(result, found)
    unmarked = [f.segments[0] for f in result.found]  # words no quote marks hold
    last_postfix: tuple[int, int] | None = None  # (paragraph, token after the attribution)
    for span in prep.spans:
        if span.nested or any(a <= span.open < b for a, b in unmarked):
            continue
        attribution, region_end = _postfix(prep, span)
        shape = "postfix"
        if (
            attribution is None
            and last_postfix is not None
            and _continues(prep, span, last_postfix)
        ):
            # '"A," Mr. Obama said, "B."': the second piece is his, not a new 'prefix' quote
            result.found[-1] = _extended(result.found[-1], span)
            last_postfix = (span.paragraphs[-1], prep.index(span.paragraphs[-1], span.last))
            continue
        if attribution is None:
            attribution, shape = _prefix(prep, span), "prefix"
        if attribution is None:
            result.leftovers.append(span)
            if last_postfix is None or not _within_sentence(prep, span, last_postfix):
                last_postfix = None  # a title quoted inside the attribution keeps it open
            continue
        multi = len(span.paragraphs) > 1
        found = Found(
            "direct",
            "multi_paragraph" if multi else shape,  # type: ignore[arg-type]
            span.segments,
            attribution,
            span.paragraphs[0],
        )
        result.found.append(found)
        _use(result, found)
        last_postfix = (span.paragraphs[-1], region_end) if shape == "postfix" else None
    return result


def _use(result: DirectResult, found: Found) -> None:
    if found.attribution is not None and found.attribution.verb is not None:
        result.used_verbs.add(found.attribution.verb)


def _extended(found: Found, span: QuoteSpan) -> Found:
    return Found(
        "direct", "split", found.segments + span.segments, found.attribution, found.paragraph
    )


def _continues(prep: Prepared, span: QuoteSpan, last: tuple[int, int]) -> bool:
    """Does ``span`` open right after the previous quote's attribution ('"A," Obama
    said, "B."'), or right after the sentence that holds it ('"A," Trump told NBC's
    "Today" on Monday. "B."', 'said on ABC's "This Week." "B."')?  A quote inside that
    sentence ('after hinting that "changes" could come') is no continuation."""
    paragraph, after = last
    if span.paragraphs[0] != paragraph or len(span.paragraphs) > 1:
        return False
    tokens = prep.tokens(paragraph)
    mark = prep.index(paragraph, span.open)
    if mark > 0 and tokens[mark - 1].text not in (",", ".", ";") and not _title_ends(tokens, mark):
        return False
    _, sentence_end = prep.paragraphs[paragraph].sentence_of(max(after - 1, 0))
    gap = range(after, mark) if mark < sentence_end else range(max(after, sentence_end), mark)
    return all(tokens[k].text in (",", ".", ";") for k in gap)


def _title_ends(tokens: tuple[Token, ...], mark: int) -> bool:
    """Does a title in quotes end the sentence before ``mark`` ('on ABC's "This Week."')?"""
    return mark > 1 and tokens[mark - 1].text in QUOTE_CHARS and tokens[mark - 2].text == "."


def _within_sentence(prep: Prepared, span: QuoteSpan, last: tuple[int, int]) -> bool:
    """Is ``span`` inside the sentence of the attribution that ends at ``last``?"""
    paragraph, after = last
    if span.paragraphs[0] != paragraph:
        return False
    _, sentence_end = prep.paragraphs[paragraph].sentence_of(max(after - 1, 0))
    return prep.index(paragraph, span.open) < sentence_end


def _postfix(prep: Prepared, span: QuoteSpan) -> tuple[Attribution | None, int]:
    """``"...," X said`` -> the attribution, and the token index just past it."""
    if span.close is None:
        return None, 0
    p = span.paragraphs[-1]
    tokens, body = prep.tokens(p), prep.body
    k = prep.index(p, span.close + 1)
    if k >= len(tokens):
        return None, 0
    comma = tokens[k].text == ","
    k += int(comma)
    inner = body[span.start : span.end].rstrip("'’ ")  # '..., 'Title Sponsor,'" X said'
    inner_last = inner[-1:] or body[span.end - 1]
    if k >= len(tokens) or not (
        comma or inner_last in POSTFIX_END or (inner_last == "." and tokens[k].text[:1].islower())
    ):
        return None, 0
    end = _region_end(prep, p, k, span)
    according = None if _reported_before(prep, span) else _according_at(prep, p, k, end)
    return according or _attribution_at(prep, p, k, end), end


def _reported_before(prep: Prepared, span: QuoteSpan) -> bool:
    """Does a reporting verb stand before the quote in its sentence ('Ann Wu said it was
    "a mess," according to the Herald': the words are hers, the paper only reports them)?"""
    p = span.paragraphs[0]
    mark = prep.index(p, span.open)
    start, _ = prep.paragraphs[p].sentence_of(mark)
    words, lexicon = prep.words(p), prep.book.lexicon
    return any(lexicon.verb_at(words, v, loose=True) is not None for v in range(start, mark))


def _region_end(prep: Prepared, p: int, k: int, span: QuoteSpan) -> int:
    """End of the attribution after a quote: its sentence's end or the next quote mark,
    past a name in quotes inside it ('..., wearing "Ted Cruz" pins, said')."""
    _, end = prep.paragraphs[p].sentence_of(k)
    for other in prep.spans:
        if other.open >= span.last and other.paragraphs[0] == p and not _named(prep, other):
            end = min(end, prep.index(p, other.open))
            break
    return end


def _named(prep: Prepared, span: QuoteSpan) -> bool:
    """A few words in quotes that only name something ('"Ted Cruz" pins', a title): no
    punctuation ends them and no comma or colon leads to them."""
    words = prep.body[span.start : span.end].split()
    before = prep.body[max(0, span.open - 2) : span.open].strip()
    if span.close is None or not 0 < len(words) <= 4 or before[-1:] in (",", ":"):
        return False
    return words[-1][-1].isalnum()


def _attribution_at(prep: Prepared, p: int, k: int, end: int) -> Attribution | None:
    """An attribution that starts at token ``k``: 'X said ...' or 'said X ...'."""
    tokens, words, book, body = prep.tokens(p), prep.words(p), prep.book, prep.body
    lexicon = book.lexicon
    found = lexicon.verb_at(words, k, loose=True)
    if found is not None and found[1] != "quote":
        speaker = speaker_after(tokens, k + found[0], end, book, body)
        if speaker is None:
            return None
        return _attribution(prep, p, k, end, k, found[0], speaker)
    for v in range(k + 1, min(end, _reach_past_appositive(tokens, k, end))):
        if tokens[v].text in QUOTE_CHARS and not _inside_name(prep, tokens[v].start):
            return None
        found = lexicon.verb_at(words, v, loose=True)
        if found is not None and found[1] == "quote":
            quoted = quoted_as(prep, p, (k, v, v + found[0]), end)
            if quoted is not None:
                return _attribution(prep, p, k, end, v, quoted[1] - v, quoted[0])
        if found is None or found[1] == "quote":
            continue
        if words[v - 1] in lexicon.not_after:
            return None
        speaker = speaker_before(tokens, k, v, book, body) or described(prep, p, k, v)
        speaker = speaker or known_surname(prep, p, k, v)
        return None if speaker is None else _attribution(prep, p, k, end, v, found[0], speaker)
    return None


def _reach_past_appositive(tokens: tuple[Token, ...], k: int, end: int) -> int:
    """How far after ``k`` a verb may stand: 25 tokens, or a few past an appositive
    that commas close after a name ('"...," Lund, the harbour candidate and polling
    leader in the county after winning the spring primaries by a wide margin, said')."""
    commas = [c for c in range(k + 1, end) if tokens[c].text == ","]
    if len(commas) < 2 or commas[0] > k + 4 or not all(t.cap for t in tokens[k : commas[0]]):
        return k + 25
    return max(k + 25, commas[1] + 6)


def _inside_name(prep: Prepared, offset: int) -> bool:
    """Is the quote mark at ``offset`` one of a name in quotes (see ``_named``)?"""
    return any((s.open == offset or s.close == offset) and _named(prep, s) for s in prep.spans)


def _attribution(
    prep: Prepared, p: int, k: int, end: int, v: int, size: int, speaker: SpeakerPhrase | None
) -> Attribution:
    tokens = prep.tokens(p)
    last = end - 1
    while last > k and tokens[last].text in ENDS:
        last -= 1
    cue = prep.body[tokens[v].start : tokens[v + size - 1].end]
    return Attribution(speaker, cue, tokens[k].start, tokens[max(last, v)].end, tokens[v].start)


def _prefix(prep: Prepared, span: QuoteSpan) -> Attribution | None:
    """``X said: "..."`` in the quote's paragraph, or ending the paragraph before it."""
    p = span.paragraphs[0]
    mark = prep.index(p, span.open)
    if mark > 0 and prep.tokens(p)[mark - 1].text == ".":
        return _after_sentence(prep, p, mark - 1)
    if mark > 0:
        return _prefix_at(prep, p, mark - 1)
    if p == 0 or not prep.paragraphs[p - 1].tokens:
        return None
    previous = prep.paragraphs[p - 1]
    if previous.tokens[-1].text != ":":
        return None
    return _prefix_at(prep, p - 1, len(previous.tokens) - 1)


def _prefix_at(prep: Prepared, p: int, t: int) -> Attribution | None:
    """The attribution ending at the ':' or ',' at token ``t``."""
    tokens, words, book = prep.tokens(p), prep.words(p), prep.book
    if tokens[t].text not in (":", ","):
        return None
    start, _ = prep.paragraphs[p].sentence_of(t)
    for v in range(t - 1, start - 1, -1):
        if prep.inside_quote(tokens[v].start) is not None:
            return None
        found = book.lexicon.verb_at(words, v)
        beside = book.lexicon.verb_at(words, v, loose=True)  # 'Trump boomed: "..."'
        if found is None and beside is not None and v + beside[0] == t:
            found = beside
        if found is None or (tokens[t].text == "," and not _just_before(tokens, v, found, t)):
            continue
        size, kind = found
        if kind == "quote":
            speaker = speaker_after(tokens, v + size, t, book, prep.body)
        else:
            # an addressee between verb and comma: only a participle's subject is sure
            adjacent = v + size == t or tokens[t].text == ":"
            speaker = speaker_before(tokens, start, v, book, prep.body) if adjacent else None
            speaker = speaker or participle_subject(prep, p, start, v)
        if speaker is None:
            return None
        cue = prep.body[tokens[v].start : tokens[v + size - 1].end]
        first = min(speaker.start, tokens[v].start)
        return Attribution(speaker, cue, first, tokens[t - 1].end, tokens[v].start)
    return _according_to(prep, p, start, t) or _colon_name(prep, p, start, t)


def _just_before(tokens: tuple[Token, ...], v: int, found: tuple[int, str], t: int) -> bool:
    """Does the verb at ``v`` end right at the comma ``t``, or, a verb of telling, with
    its addressee between ('told reporters, "..."', 'telling the crowd, "..."')?"""
    size, kind = found
    between = tokens[v + size : t]
    if kind != "tell" or len(between) > 3:
        return not between
    return all(w.text.isalpha() and not w.cap for w in between)


def _after_sentence(prep: Prepared, p: int, t: int) -> Attribution | None:
    """'Ana Lindqvist said in a statement. "..."', 'Dale agreed. "..."': a sentence that
    is only an attribution (a speaker, a reporting verb and an adverbial tail, no
    reported clause) gives its speaker to the quote that opens the next sentence."""
    tokens, words, lexicon = prep.tokens(p), prep.words(p), prep.book.lexicon
    start, _ = prep.paragraphs[p].sentence_of(t)
    if any(prep.inside_quote(tokens[k].start) is not None for k in range(start, t)):
        return None
    for v in range(start + 1, t):
        found = lexicon.verb_at(words, v, loose=True)
        if found is None or found[1] == "quote":
            continue
        size, kind = found
        if not _bare_tail(words[v + size : t], kind, lexicon):
            return None
        speaker = speaker_before(tokens, start, v, prep.book, prep.body)
        if speaker is None or speaker.form not in SPEAKING_FORMS:
            return None
        cue = prep.body[tokens[v].start : tokens[v + size - 1].end]
        return Attribution(speaker, cue, speaker.start, tokens[t - 1].end, tokens[v].start)
    return None


def _bare_tail(tail: list[str], kind: str, lexicon: Lexicon) -> bool:
    """Words after the verb that report nothing: 'in a statement', 'on Tuesday', an
    addressee after 'told' ('told reporters'), at most eight of them."""
    if len(tail) > 8 or any(w in ("that", "to") or w in lexicon.pronouns for w in tail):
        return False
    if not tail or kind == "tell":
        return True
    first = tail[0]
    return first in PREPOSITIONS or first in lexicon.time_words or first in lexicon.weekdays


def _according_to(prep: Prepared, p: int, start: int, t: int) -> Attribution | None:
    """'According to Woodward, "..."': the source between the phrase and the mark."""
    return _according_at(prep, p, skip_lead_ins(prep.tokens(p), start, t, prep.book.lexicon), t)


def _according_at(prep: Prepared, p: int, a: int, t: int) -> Attribution | None:
    """'according to' at token ``a`` and the source after it, up to token ``t`` or a
    comma ('"...," according to Lt. Gerry Scherlinck, who ...'); not a document ('the
    report'), which is no speaker, unless it names who issued it ('a statement from
    Arvid Holm': ``attribution._issuer``)."""
    tokens, words, lexicon = prep.tokens(p), prep.words(p), prep.book.lexicon
    phrase = next((f for f in lexicon.according if tuple(words[a : a + len(f)]) == f), None)
    if phrase is None or a + len(phrase) >= t:
        return None
    source = a + len(phrase)
    t = next((m for m in range(source, t) if tokens[m].text in (",", ";")), t)
    while t > source and tokens[t - 1].text in ENDS:
        t -= 1
    speaker = classify_chunk(tokens, source, t, prep.book, prep.body)
    if speaker is None:
        return None
    if not speaker.issued and any(words[m] in lexicon.document_words for m in range(source, t)):
        return None
    cue = prep.body[tokens[a].start : tokens[source - 1].end]
    return Attribution(speaker, cue, tokens[a].start, tokens[t - 1].end, None)


def _colon_name(prep: Prepared, p: int, start: int, t: int) -> Attribution | None:
    """'Clinton: "..."', '- Philip Bump: "..."': a name alone before the colon, as
    transcripts and round-ups print a speaker (from the sentence start or a dash)."""
    tokens = prep.tokens(p)
    if tokens[t].text != ":":
        return None
    dashes = [k for k in range(start, t) if tokens[k].text in DASHES]
    a = dashes[-1] + 1 if dashes else start
    if t - a > 6:
        return None
    speaker = classify_chunk(tokens, a, t, prep.book, prep.body)
    if speaker is None or speaker.form not in ("name", "surname"):
        return None
    return Attribution(speaker, ":", speaker.start, tokens[t].end, None)


# -- trailing-dash attribution (no quote marks) ------------------------------------------


def _dash_quotes(prep: Prepared, paragraph: Paragraph) -> list[Found]:
    found: list[Found] = []
    tokens = paragraph.tokens
    for s, (si, sj) in enumerate(paragraph.sentences):
        lead = dateline_end(tokens, si, sj)  # "OBAN, March 3 (Kestrel Wire) -" opens a lede
        for d in [k for k in range(sj - 2, si, -1) if tokens[k].text in DASHES]:
            if d + 1 == lead or not _spaced_dash(prep, paragraph, d):
                continue
            attribution = _dash_attribution(prep, paragraph.index, d + 1, sj)
            if attribution is None:
                continue
            first = _content_start(prep, paragraph, s)
            if sum(1 for t in tokens[first:d] if t.is_word) < 4:
                break
            segment = (tokens[first].start, tokens[d - 1].end)
            found.append(Found("direct", "dash", (segment,), attribution, paragraph.index))
            break
    return found


def _spaced_dash(prep: Prepared, paragraph: Paragraph, d: int) -> bool:
    tokens = paragraph.tokens
    if tokens[d].text not in DASHES or not tokens[d].space_before:
        return False
    if d + 1 >= len(tokens) or not tokens[d + 1].space_before:
        return False
    return prep.inside_quote(tokens[d].start) is None


def _dash_attribution(prep: Prepared, p: int, k: int, sj: int) -> Attribution | None:
    words = prep.words(p)
    if tuple(words[k : k + 3]) in (("this", "is", "how"), ("that", "is", "how")):
        k += 3
    elif words[k] in ("so", "as"):
        k += 1
    attribution = _attribution_at(prep, p, k, sj)
    if attribution is None or attribution.speaker is None:
        return None
    return attribution if attribution.speaker.form in SPEAKING_FORMS else None


def _content_start(prep: Prepared, paragraph: Paragraph, s: int) -> int:
    """First token of a dash quote: back over sentences that carry no attribution cue."""
    first = paragraph.sentences[s][0]
    for si, sj in reversed(paragraph.sentences[:s]):
        if _has_cue(prep, paragraph, si, sj):
            break
        first = si
    return first


def _has_cue(prep: Prepared, paragraph: Paragraph, si: int, sj: int) -> bool:
    """Does the sentence attribute something itself (quote marks, "X said", "according to")?"""
    tokens, words = paragraph.tokens, prep.words(paragraph.index)
    lexicon = prep.book.lexicon
    for k in range(si, sj):
        if words[k] in QUOTE_CHARS or words[k] == "according":
            return True
        verb = lexicon.verb_at(words, k)
        if verb is not None and k > si and speaker_before(tokens, si, k, prep.book, prep.body):
            return True
    return False
