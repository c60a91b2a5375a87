"""Reported speech: "X said (that) ...", "..., X said." (``retold.analyze.fronted``),
"according to X, ...".

Word-list rules settle the common shapes.  A sentence with a reporting verb that the
rules can neither read nor rule out is handed to the dependency parser (``needs``);
when its parse is available, ``reported_by_parse`` reads subject and clause from it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from retold.analyze.attribution import SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.context import Attribution, Found, Prepared, Sentence, inside
from retold.analyze.fallback import reported_by_parse
from retold.analyze.fronted import all_quoted, fronted, tail_attribution
from retold.analyze.names import NameRun, find_runs
from retold.analyze.parsed import Parses
from retold.analyze.placement import speaker_before
from retold.analyze.subjects import possessive
from retold.analyze.text import ENDS, dateline_end

TELLING_ONLY = ("tell", "urge")
NO_SPEAKER = ("outlet",)


@dataclass
class Reports:
    found: list[Found] = field(default_factory=list)
    needs: set[str] = field(default_factory=set)  # sentences to parse
    parsed: int = 0  # sentences read from a parse
    # what each sentence (paragraph, first token) yielded without asking for its
    # parse: the same under any parses, so a later pass over the article reuses it
    settled: dict[tuple[int, int], tuple[Found, ...]] = field(default_factory=dict)


class _Unsure(Exception):
    """The rules cannot settle this verb: the sentence needs the parser."""


def reported_speech(
    prep: Prepared,
    direct: list[Found],
    used_verbs: set[int],
    quoted: list[tuple[int, int]],
    parses: Parses,
    earlier: Reports | None = None,
) -> Reports:
    """Reported statements outside the quoted spans; ``direct`` are the direct quotes
    (their attributions lend a speaker to ", adding that ..." in the same sentence).
    ``earlier``: this function's result on the same article, quotes and verbs with
    fewer parses at hand; the sentences it settled without a parse are taken from it."""
    reports = Reports()
    verbs = {f.attribution.verb: f for f in direct if f.attribution and f.attribution.verb}
    for paragraph in prep.paragraphs:
        for si, sj in paragraph.sentences:
            key = (paragraph.index, si)
            if earlier is not None and key in earlier.settled:
                reports.settled[key] = earlier.settled[key]
                reports.found.extend(earlier.settled[key])
                continue
            tokens = paragraph.tokens
            while sj > si and tokens[sj - 1].text in ENDS:
                sj -= 1
            if sj <= si or all_quoted(prep, paragraph.index, si, sj, quoted):
                reports.settled[key] = ()
                continue
            lo, hi = tokens[si].start, tokens[sj - 1].end
            attributed = next((f for v, f in verbs.items() if lo <= v < hi), None)
            scan = _Scan(used_verbs, quoted, parses, reports, attributed)
            before = len(reports.found)
            if not _sentence(prep, Sentence(paragraph.index, si, sj), scan):
                reports.settled[key] = tuple(reports.found[before:])
    return reports


@dataclass(frozen=True)
class _Scan:
    used: set[int]
    quoted: list[tuple[int, int]]
    parses: Parses
    reports: Reports
    attributed: Found | None  # a direct quote attributed in the sentence


def _sentence(prep: Prepared, s: Sentence, scan: _Scan) -> bool:
    """The reports of one sentence, into ``scan.reports``; True when its parse was
    asked for (read, or still missing)."""
    tokens, words, lexicon = prep.tokens(s.p), prep.words(s.p), prep.book.lexicon
    used, quoted, parses, reports = scan.used, scan.quoted, scan.parses, scan.reports
    previous: Found | None = scan.attributed
    unsure = False
    first = lexicon.verb_first_words  # a report opens with one of them or "according"
    k = s.si
    for at in [i for i in range(s.si, s.sj) if words[i] in first or words[i] == "according"]:
        if at < k:  # inside a report found or a verb read
            continue
        k = at
        if inside(tokens[k].start, quoted) or tokens[k].start in used:
            continue
        if words[k] == "according" and k + 1 < s.sj and words[k + 1] == "to":
            found = _according(prep, s, k, quoted)
            if found is not None:
                reports.found.append(found)
                return False
        verb = lexicon.verb_at(words, k)
        if verb is None or (k > s.si and words[k - 1] in lexicon.not_after):
            continue
        try:
            found = _at_verb(prep, s, k, verb[0], verb[1], previous, quoted)
        except _Unsure:
            unsure, found = True, None
        if found is not None:
            reports.found.append(found)
            previous = found
            k = max(prep.index(s.p, found.end), k + verb[0])
            continue
        k += verb[0]
    if unsure and (previous is None or previous is scan.attributed):
        _needs_parse(prep, s, parses, reports, quoted)
        return True
    return False


def _at_verb(
    prep: Prepared,
    s: Sentence,
    v: int,
    size: int,
    kind: str,
    previous: Found | None,
    quoted: list[tuple[int, int]],
) -> Found | None:
    tokens, book, body = prep.tokens(s.p), prep.book, prep.body
    if tokens[v].lower.endswith("ing") and tokens[v - 1].text == ",":
        if previous is not None:
            speaker = previous.attribution.speaker if previous.attribution else None
        else:
            speaker = _clause_subject(prep, s, v)
        if speaker is not None:
            return _report(prep, s, v, size, kind, speaker, tokens[v].start)
    found = fronted(prep, s, v, size, quoted)
    if found is not None:
        return found
    first = dateline_end(tokens, s.si, v)
    if v == first:
        return None
    speaker = speaker_before(tokens, first, v, book, body)
    if speaker is None:
        speech = kind in ("say", "tell") or _that_after(prep, s, v + size) is not None
        if speech and not _clearly_not_speech(prep, s, v):
            raise _Unsure
        return None
    return _report(prep, s, v, size, kind, speaker, speaker.start)


def _clearly_not_speech(prep: Prepared, s: Sentence, v: int) -> bool:
    """A verb inside a relative clause or far from the sentence start is left alone."""
    words = prep.words(s.p)
    first = dateline_end(prep.tokens(s.p), s.si, v)
    return v - first > 20 or any(words[k] in ("which", "who", "that") for k in range(first, v))


def _clause_subject(prep: Prepared, s: Sentence, v: int) -> SpeakerPhrase | None:
    """The named subject of the clause a participle hangs on ("Mayor X gave the order,
    telling residents ..."): a person's name opening one of the comma-set stretches."""
    tokens, book = prep.tokens(s.p), prep.book
    start = dateline_end(tokens, s.si, v)
    for k in range(start, v):
        if k != start and tokens[k - 1].text != ",":
            continue
        first = skip_lead_ins(tokens, k, v, book.lexicon)
        if first < v and tokens[first].lower in book.lexicon.pronouns:
            return classify_chunk(tokens, first, first + 1, book, prep.body)
        runs = find_runs(tokens, first, v, book)
        if runs and runs[0].first == first and _names_subject(prep, s.p, runs[0]):
            return classify_chunk(tokens, first, runs[0].last, book, prep.body)
    return None


def _names_subject(prep: Prepared, p: int, run: NameRun) -> bool:
    """Is the name opening a stretch its clause's subject: a person's name, or the
    surname of someone the article names ('Boudreau gave ..., telling'), and no
    possessor ('Trump's "excesses" are sickening, Hollande said, noting')?"""
    tokens = prep.tokens(p)
    if possessive(tokens, run):
        return False
    if run.kind == "person":
        return True
    word = tokens[run.last - 1].text
    return run.kind == "surname" and bool(prep.registry.by_word(word, prep.book))


def _report(
    prep: Prepared,
    s: Sentence,
    v: int,
    size: int,
    kind: str,
    speaker: SpeakerPhrase | None,
    start: int,
) -> Found | None:
    tokens = prep.tokens(s.p)
    content = _content_after(prep, s, v + size, kind)
    if content is None:
        return None
    a, b = content
    cue = prep.body[tokens[v].start : tokens[v + size - 1].end]
    attribution = Attribution(speaker, cue, start, tokens[a - 1].end, tokens[v].start)
    segment = (tokens[a].start, tokens[b - 1].end)
    return Found("indirect", "reported", (segment,), attribution, s.p)


def _content_after(prep: Prepared, s: Sentence, m: int, kind: str) -> tuple[int, int] | None:
    """Token range of the reported clause that starts after the verb (and addressee)."""
    tokens, words = prep.tokens(s.p), prep.words(s.p)
    if m >= s.sj:
        return None
    if kind == "tell":
        m = _skip_addressee(prep, s, m)
    that = _that_after(prep, s, m)
    if that is not None:
        start = that + 1
    elif kind == "announce" or m >= s.sj:
        return None
    elif words[m] == "to" and kind in TELLING_ONLY:
        start = m
    elif words[m] in PREPOSITIONS or words[m] == ",":
        start = _after_time(prep, s, m + 1) if words[m] in ("on", "in", "at") else m
        if start < s.sj and (words[start] in PREPOSITIONS or words[start] == ","):
            raise _Unsure
    else:
        start = _past_bare_time(prep, s, m)
    lexicon = prep.book.lexicon
    if start >= s.sj or words[start] in lexicon.not_clause_start:
        return None
    if that is None and words[start] in lexicon.auxiliaries:
        return None
    end = _content_end(prep, s, start)
    if sum(1 for t in tokens[start:end] if t.is_word) < 3:
        return None
    return start, end


def _skip_addressee(prep: Prepared, s: Sentence, m: int) -> int:
    tokens, words = prep.tokens(s.p), prep.words(s.p)
    if m >= s.sj:
        return m
    if words[m] in prep.book.lexicon.addressees:
        return m + 1
    to = next((k for k in range(m + 1, min(s.sj, m + 4)) if words[k] == "to"), None)
    blockers = prep.book.lexicon.speaker_blockers
    if to is not None and not any(words[k] in blockers for k in range(m, to)):
        return to  # "telling boat owners to move ..."
    k = m + 1 if words[m] in ("the", "a", "an", "state", "our", "this") else m
    if k < s.sj and tokens[k].cap:
        while k < s.sj and (tokens[k].cap or words[k] in prep.book.lexicon.name_particles):
            k += 1
        return k
    if k < s.sj and words[k] in prep.book.lexicon.content_fillers and k > m:
        return k + 1
    return m


def _that_after(prep: Prepared, s: Sentence, m: int) -> int | None:
    tokens, words, lexicon = prep.tokens(s.p), prep.words(s.p), prep.book.lexicon
    for q in range(m, min(s.sj, m + 14)):
        w = words[q]
        if w == "that":
            return q
        filler = (
            w in lexicon.content_fillers
            or tokens[q].cap
            or w[:1].isdigit()
            or w in lexicon.time_words
            or w in lexicon.weekdays
            or w in lexicon.months
        )
        if not filler:
            return None
    return None


DAY_WORDS = frozenset({"today", "tonight", "yesterday"})


def _past_bare_time(prep: Prepared, s: Sentence, m: int) -> int:
    """'said Thursday he has ...', 'said yesterday evening the fund ...': the day
    belongs to the saying, not to what was said."""
    words, lexicon = prep.words(s.p), prep.book.lexicon
    if m >= s.sj or not (words[m] in lexicon.weekdays or words[m] in DAY_WORDS):
        return m
    k = m + 1
    while k < s.sj and words[k] in lexicon.time_words:
        k += 1
    return k


def _after_time(prep: Prepared, s: Sentence, m: int) -> int:
    words, lexicon = prep.words(s.p), prep.book.lexicon
    start = m
    while m < s.sj and (
        words[m] in lexicon.weekdays
        or words[m] in lexicon.months
        or words[m] in lexicon.time_words
        or words[m][:1].isdigit()
        or words[m] in ("the", "a")
    ):
        m += 1
    return m if m > start else start - 1


def _content_end(prep: Prepared, s: Sentence, start: int) -> int:
    """The clause ends at the sentence end, or before ', according to' / ', adding' /
    a trailing attribution (', the Courier reported')."""
    tokens, words, lexicon = prep.tokens(s.p), prep.words(s.p), prep.book.lexicon
    for m in range(start + 1, s.sj):
        if words[m] not in (",", "—", "–"):
            continue
        if m + 2 < s.sj and words[m + 1] == "according" and words[m + 2] == "to":
            return m
        verb = lexicon.verb_at(words, m + 1) if m + 1 < s.sj else None
        if verb is not None and words[m + 1].endswith("ing"):
            return m
        if tail_attribution(prep, s, m + 1) is not None:
            return m
    end = s.sj
    while end > start and tokens[end - 1].text in (",", ";", ":"):
        end -= 1
    return end


def _according(prep: Prepared, s: Sentence, k: int, quoted: list[tuple[int, int]]) -> Found | None:
    """'According to X, CONTENT.', '..., according to X, CONTENT.' or 'CONTENT, according to X.'"""
    tokens, words, lexicon = prep.tokens(s.p), prep.words(s.p), prep.book.lexicon
    opens = k == skip_lead_ins(tokens, s.si, s.sj, lexicon) or words[k - 1] in (",", "that")
    comma = next((m for m in range(k + 2, s.sj) if words[m] == ","), None)
    if opens and comma is not None:
        source, content = (k + 2, comma), (comma + 1, s.sj)
    elif k > s.si and words[k - 1] == ",":
        source, content = (k + 2, comma if comma is not None else s.sj), (s.si, k - 1)
    else:
        return None
    speaker = classify_chunk(tokens, source[0], source[1], prep.book, prep.body)
    if speaker is None or speaker.form in NO_SPEAKER or speaker.role in lexicon.outlet_nouns:
        return None
    if any(words[m] in lexicon.document_words for m in range(*source)):
        return None
    a, b = content
    a = dateline_end(tokens, a, b)
    if sum(1 for t in tokens[a:b] if t.is_word) < 4 or any(
        inside(tokens[m].start, quoted) and tokens[m].is_word for m in range(a, min(b, a + 2))
    ):
        return None
    cue = prep.body[tokens[k].start : tokens[k + 1].end]
    end = tokens[source[1] - 1].end
    attribution = Attribution(speaker, cue, tokens[k].start, end, None)
    return Found("indirect", "according", ((tokens[a].start, tokens[b - 1].end),), attribution, s.p)


# -- sentences the rules leave to the parser ----------------------------------------------------------------


def _needs_parse(
    prep: Prepared,
    s: Sentence,
    parses: Parses,
    reports: Reports,
    quoted: list[tuple[int, int]],
) -> None:
    tokens = prep.tokens(s.p)
    first = dateline_end(tokens, s.si, s.sj)
    if first >= s.sj:
        return
    s = Sentence(s.p, first, s.sj)
    offset = tokens[first].start
    text = prep.body[offset : tokens[s.sj - 1].end]
    parsed = parses.get(text)
    if parsed is None:
        reports.needs.add(text)
        return
    reports.parsed += 1
    found = reported_by_parse(prep, s, offset, parsed, quoted)
    if found is not None:
        reports.found.append(found)
