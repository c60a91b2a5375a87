"""Reported speech: "X said (that) ...", "..., X said.", "according to X, ...".

Word-list rules settle the common shapes.  A sentence with a reporting verb that the
rules can neither read nor rule out is handed to the dependency parser (``needs``);
when its parse is available, ``reported_by_parse`` reads subject and clause from it.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from retold.analyze.attribution import SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.complements import PREPOSITIONS
from retold.analyze.context import Attribution, Found, Prepared, Sentence, inside
from retold.analyze.fallback import reported_by_parse
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameRun, find_runs
from retold.analyze.parsed import Parses
from retold.analyze.placement import object_after, speaker_after, speaker_before, subject_set_off
from retold.analyze.subjects import possessive
from retold.analyze.text import ENDS, Token, dateline_end

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
            if sj <= si or _all_quoted(prep, paragraph.index, si, sj, quoted):
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


def _all_quoted(prep: Prepared, p: int, si: int, sj: int, quoted: list[tuple[int, int]]) -> bool:
    tokens = prep.tokens(p)
    return all(inside(tokens[k].start, quoted) for k in range(si, sj) if tokens[k].is_word)


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
    fronted = _fronted(prep, s, v, size, quoted)
    if fronted is not None:
        return fronted
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
        if _tail_attribution(prep, s, m + 1) is not None:
            return m
    end = s.sj
    while end > start and tokens[end - 1].text in (",", ";", ":"):
        end -= 1
    return end


def _tail_attribution(prep: Prepared, s: Sentence, a: int) -> tuple[SpeakerPhrase, int, int] | None:
    """'the Courier reported' / 'said the company' / 'Whitcombe said on Tuesday' ending
    the sentence from token ``a``: (speaker, verb index, verb size)."""
    tokens, words, book = prep.tokens(s.p), prep.words(s.p), prep.book
    for v in range(a, min(s.sj, a + 9)):
        verb = book.lexicon.verb_at(words, v)
        if verb is None:
            continue
        size = verb[0]
        if v == a:
            speaker = speaker_after(tokens, v + size, s.sj, book, prep.body)
            tail_from = v + size if speaker is None else prep.index(s.p, speaker.end)
            pronoun = v + size < s.sj and words[v + size] in book.lexicon.clause_subjects
            if pronoun and _has_words(tokens, v + size + 1, s.sj):
                return None  # 'said he backed Kent': the pronoun opens the reported clause
        else:
            speaker = speaker_before(tokens, a, v, book, prep.body)
            tail_from = v + size
            if verb[1] != "tell" and object_after(words, tail_from, s.sj, book.lexicon):
                return None  # 'X maintained his lead', 'X wrote an op-ed': its object
        if speaker is None:
            return None
        if not _only_adverbials(prep, s, tail_from) and not _appositive_tail(prep, s, tail_from):
            return None
        return speaker, v, size
    return None


def _has_words(tokens: Sequence[Token], start: int, end: int) -> bool:
    return any(t.is_word for t in tokens[start:end])


def _only_adverbials(prep: Prepared, s: Sentence, k: int) -> bool:
    words, lexicon = prep.words(s.p), prep.book.lexicon
    if s.sj - k > 10:
        return False
    blockers = lexicon.speaker_blockers - lexicon.time_words - {"to"}  # 'said this week'
    return not any(words[m] in blockers or words[m] == "that" for m in range(k, s.sj))


APPOSITIVE_WORDS = 25  # tokens of an appositive ending an inverted attribution
ROLE_WORDS = 5  # words of an appositive with no article, up to a role's
APPOSITIVE_JOINS = frozenset({"and", "or", "who", "whom", "whose", "as", "since", "when"})


def _appositive_tail(prep: Prepared, s: Sentence, k: int) -> bool:
    """'..., said Ann Wu, (35,) a pilot under Presidents Reagan and Bush.': the speaker's
    appositive, set off by a comma and opening as a noun phrase ('a', 'the', 'executive
    director of ...'), ends the sentence (words a list of names may hold, and anything
    after a relative 'who'; no verb of a clause of its own: 'said Wu, the mayor, would
    lose' is no attribution)."""
    tokens, words, lexicon = prep.tokens(s.p), prep.words(s.p), prep.book.lexicon
    if k + 3 < s.sj and words[k] == "," and words[k + 1].isdigit() and words[k + 2] == ",":
        k += 2  # an age first: 'said Ann Wu, 35, a pilot who ...'
    if k + 1 >= s.sj or words[k] != "," or s.sj - k > APPOSITIVE_WORDS:
        return False
    if not _opens_noun_phrase(tokens[k + 1 : k + 1 + ROLE_WORDS], lexicon):
        return False
    blockers = lexicon.speaker_blockers - APPOSITIVE_JOINS
    for m in range(k + 2, s.sj):
        if words[m] in ("who", "whose"):
            return True  # a relative clause says more of the speaker: 'who was ...'
        if tokens[m].is_word and words[m] in blockers:
            return False
    return True


def _opens_noun_phrase(tokens: Sequence[Token], lexicon: Lexicon) -> bool:
    """'a', 'the', 'his', or words that open with a lower-case one and reach a role
    ('executive director of ...', 'senior foreign exchange trader'), not a pronoun, an
    -ing form or a verb ('represents a ...', 'adding that ...')."""
    lower = tokens[0].lower
    if lower in ("a", "an", "the") or lower in lexicon.possessive_pronouns:
        return True
    if not tokens[0].text.islower() or lower.endswith("ing") or lower in lexicon.speaker_blockers:
        return False
    for token in tokens:
        if token.lower in lexicon.person_roles:
            return True
        if not token.text.isalpha() or token.lower in lexicon.pronouns:
            return False
    return False


def _fronted(
    prep: Prepared, s: Sentence, v: int, size: int, quoted: list[tuple[int, int]]
) -> Found | None:
    """'CONTENT, X said.' with the attribution ending the sentence."""
    tokens, words = prep.tokens(s.p), prep.words(s.p)
    comma = next((m for m in range(v - 1, s.si, -1) if words[m] == ","), None)
    if comma is None or comma - s.si < 4:
        return None
    tail = _tail_attribution(prep, s, comma + 1)
    if tail is None or tail[1] != v:
        return None
    start = dateline_end(tokens, s.si, comma)
    marks = [m for m in range(start, comma) if inside(tokens[m].start, quoted)]
    if marks and (marks[0] == start or _all_quoted(prep, s.p, start, comma, quoted)):
        return None  # a direct quote's own attribution ('"...," X said')
    if subject_set_off(tokens, start, comma, prep.book):
        return None
    speaker = tail[0]
    cue = prep.body[tokens[v].start : tokens[v + size - 1].end]
    attribution = Attribution(
        speaker, cue, tokens[comma + 1].start, tokens[s.sj - 1].end, tokens[v].start
    )
    segment = (tokens[start].start, tokens[comma - 1].end)
    return Found("indirect", "fronted", (segment,), attribution, s.p)


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
