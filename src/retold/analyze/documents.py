"""Quotes a document speaks, given to its author or issuer: a memo, letter, post, tweet,
statement, ad, caption, paper or filing (``authored`` in speech.toml's ``[documents]``)
whose author the text names, no surer than an issuer (``CONFIDENCE["issuer"]``; beside
the quote's sentence, ``CONFIDENCE["nearby"]``).

The author of a document mention is read from its phrase or the clause that issues it:

* its possessor or a name before it: "Berg's memo", "Her campaign's new ad" (a pronoun
  resolves as any), 'the Berg ad', 'One Harbour Watch ad';
* the one it is from or by: 'a memo from Ana Ruiz', 'a paper from the left-leaning
  Harbour Institute', 'The memo, written in 2025 by Berg's chief of staff, Ana Ruiz,'
  (the appositive after a possessor: not Berg); an outlet it is in ('an editorial in
  The Lakeport Gazette');
* the subject that issues it: 'Ana Ruiz posted and later deleted a Facebook message',
  "Berg's campaign quickly posted a clip";
* for 'the memo' that names none of these, its last mention before, in this paragraph
  or the two before, read the same way; with no mention, whoever issues a document in
  the sentence before ('Berg posted a clip.' then 'The caption: "..."').

A direct quote no rule attributes takes that author when the document is the subject of
its sentence ('The memo, signed by Ana Ruiz, asks officials to give it "..."'), when a
lead-in ending in a colon or comma names it ("From Berg's Facebook post: '...'"), when
the sentence's subject issues it and words after it open what it says ('Ruiz released
a statement saying "..."', 'a memo titled "..."'), when a few words after the quote
name it ('"...," read the email'), or when the quote opens the sentence or paragraph
right after one in which someone issues it ('Ruiz issued a statement.' then '"..."').
An attribution that names the document ('Her campaign's new ad asks voters: "..."') or
its voice ('a narrator asks' in a sentence about Berg's ad) gives the words to the
author too; a voice of an ad of no known author is no one.  Nothing where documents of
different or unknown authors are named (one in a relative clause aside: 'a statement
that omits the memo'), where someone else is said to speak between the document and the
quote, or where words after the quote may attribute it: a wrong speaker is worse than
none.
"""

from __future__ import annotations

from dataclasses import replace

from retold.analyze.attribution import POSSESSIVE, SpeakerForm, SpeakerPhrase, skip_lead_ins
from retold.analyze.candidates import surely_person
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.lexicon import Lexicon
from retold.analyze.names import NameRun
from retold.analyze.subjects import QUALIFIED
from retold.analyze.text import Token

ISSUERS = frozenset({"person", "surname", "organization", "outlet"})
DETERMINERS = QUALIFIED | {"one", "another"}  # before a document ('One Harbour Watch ad')
DEFINITE = frozenset({"the", "this", "that"})  # 'the memo': mentioned before
MODIFIERS = 3  # words between a determiner or possessor and the document
BY_REACH = 10  # tokens from a document to 'by' its author ('written in 2025 by')
NO_ONE = SpeakerPhrase("unnamed", 0, 0, "", None, None, None)  # a voice of no known author
OTHER_VOICES = frozenset({"he", "she", "they", "i", "we", "quoted", "quoting", "quotes"})


def authored_quotes(prep: Prepared, found: list[Found]) -> list[Found]:
    """``found`` with direct quotes a document speaks given to the document's author."""
    return [_authored(prep, item) or item for item in found]


def _authored(prep: Prepared, item: Found) -> Found | None:
    if item.kind != "direct":
        return None
    if item.attribution is None and item.shape == "unattributed":
        speaker = _unattributed(prep, item)
        if speaker is None:
            return None
        lead = Attribution(speaker, None, speaker.start, speaker.end, None)
        return Found("direct", "nearby", item.segments, lead, item.paragraph)
    attribution = item.attribution
    if attribution is None or (attribution.speaker is not None and attribution.speaker.issued):
        return None
    speaker = _attributed(prep, item, attribution)
    if speaker is None:
        return None
    if speaker is NO_ONE:  # 'a narrator asks' in an ad of no known author: no one
        return replace(item, attribution=replace(attribution, speaker=None))
    return replace(item, attribution=replace(attribution, speaker=speaker))


# -- who wrote a document ----------------------------------------------------------------


def author_of(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """The author of the document at token ``k`` of paragraph ``p``, read from its phrase
    or the clause that issues it; for 'the memo', from its last mention before."""
    found = _named_author(prep, p, k)
    if found is not None:
        return found
    start = _phrase_start(prep.tokens(p), k, prep)
    if prep.tokens(p)[start].lower in DEFINITE:
        return _antecedent(prep, p, k)
    return None


def _named_author(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """The author the phrase of the document at token ``k``, or its clause, names."""
    readers = (_possessor, _by, _issuing_subject, _relative_issuer, _opening_phrase)
    return next((a for read in readers if (a := read(prep, p, k)) is not None), None)


def _phrase_start(tokens: tuple[Token, ...], k: int, prep: Prepared) -> int:
    """The token before the modifiers of the document at ``k`` (its determiner or
    possessor's ending, where there is one)."""
    lexicon = prep.book.lexicon
    j, n = k - 1, 0
    while j >= 0 and n < MODIFIERS and tokens[j].is_word:
        lower = tokens[j].lower
        if lower in DETERMINERS or lower in POSSESSIVE or lower in lexicon.possessive_pronouns:
            break
        if lower in lexicon.issuing or lower in lexicon.auxiliaries:
            break
        j, n = j - 1, n + 1
    return max(j, 0)


def _possessor(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """ "Berg's memo", 'his new ad', "Her campaign's new ad", 'the Berg campaign ad'."""
    tokens = prep.tokens(p)
    j = _phrase_start(tokens, k, prep)
    body = k - 1 if k > 0 and tokens[k - 1].lower in prep.book.lexicon.issuer_bodies else k
    run = _run(prep, p, last=body)  # 'the Rove ad', 'a Club for Growth ad'
    if run is not None and run.first == j + 1 and tokens[j].lower in DETERMINERS:
        return _issuer_phrase(prep, p, run)
    return _owner(prep, p, j)


def _owner(prep: Prepared, p: int, j: int) -> SpeakerPhrase | None:
    """Who owns what follows token ``j``: 'his'/'her' there, or the name ending before a
    possessive ending there (through one issuing body: "Berg's campaign's")."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    gender = lexicon.possessive_pronouns.get(tokens[j].lower)
    if gender is not None:
        t = tokens[j]
        return SpeakerPhrase("pronoun", t.start, t.end, t.text, None, None, gender, issued=True)
    if tokens[j].lower not in POSSESSIVE or j == 0:
        return None
    if tokens[j - 1].lower in lexicon.issuer_bodies and j >= 2:
        return _owner(prep, p, j - 2)
    run = _run(prep, p, last=j)
    return _issuer_phrase(prep, p, run) if run is not None else None


def _by(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """'a memo from Ana Ruiz', 'a paper from the left-leaning Harbour Institute', 'The
    memo, written in 2025 by Berg's chief of staff, Ana Ruiz,', 'an editorial in The
    Harbour Herald': the author named after 'from' or 'by' (an outlet after 'in')."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    authoring = False
    for m in range(k + 1, min(len(tokens), k + BY_REACH)):
        lower = tokens[m].lower
        if lower in (".", ";", ":", "that", "which") or tokens[m].text in QUOTE_CHARS:
            return None
        authoring = authoring or lower in lexicon.authoring
        if (m == k + 1 and lower in ("from", "in")) or (
            lower == "by" and (authoring or m == k + 1)
        ):
            run = _named_after(prep, p, m + 1)
            if run is None or (lower == "in" and run.kind != "outlet"):
                return None
            if run.last < len(tokens) and tokens[run.last].lower in POSSESSIVE:
                return _appositive(prep, p, run.last)
            return _issuer_phrase(prep, p, run)
    return None


def _named_after(prep: Prepared, p: int, a: int) -> NameRun | None:
    """The name at token ``a``, or after 'the' and a few lower-case words there ('the
    left-leaning Harbour Institute')."""
    tokens = prep.tokens(p)
    for first in range(a, min(len(tokens), a + 3)):
        run = _run(prep, p, first=first)
        if run is not None:
            return run
        if first == a and tokens[first].lower not in ("the", "a"):
            return None
        if first > a and not (tokens[first].is_word and tokens[first].text.islower()):
            return None
    return None


def _appositive(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """The person named after the comma that follows token ``k`` ("Berg's chief of
    staff, Ana Ruiz"), a few words on."""
    tokens = prep.tokens(p)
    comma = next((c for c in range(k, min(len(tokens), k + 6)) if tokens[c].text == ","), None)
    run = _run(prep, p, first=comma + 1) if comma is not None else None
    if run is None or not surely_person(prep, p, run):
        return None
    return _issuer_phrase(prep, p, run)


def _issuing_subject(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """'Ana Ruiz posted and later deleted a Facebook message', 'Ruiz, the chair, issued a
    statement', "Berg's campaign quickly posted a clip": the name before the issuing
    words (one of them a verb) and the document's determiner."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    j = _phrase_start(tokens, k, prep)
    if tokens[j].lower not in DETERMINERS:
        return None
    g, verb = j - 1, False
    while g >= 0 and j - g <= 4 and _issuing(lexicon, tokens[g]):
        verb = verb or tokens[g].lower in lexicon.issuing - lexicon.particles
        g -= 1
    while g >= 0 and j - g <= 5 and tokens[g].lower in lexicon.auxiliaries:
        g -= 1
    if not verb or g < 0 or g == j - 1:
        return None
    if tokens[g].lower in lexicon.issuer_bodies and g >= 1:
        return _owner(prep, p, g - 1)
    if (pronoun := _pronoun_at(prep, p, g)) is not None:  # 'He sent a statement.'
        return pronoun
    run = _run(prep, p, last=g + 1)
    return _issuer_phrase(prep, p, run) if run is not None else None


def _pronoun_at(prep: Prepared, p: int, g: int) -> SpeakerPhrase | None:
    """'he' or 'she' at token ``g``, as an issuer's phrase (resolved as any pronoun)."""
    t, lexicon = prep.tokens(p)[g], prep.book.lexicon
    if t.lower not in lexicon.clause_subjects or lexicon.pronouns.get(t.lower) is None:
        return None
    return SpeakerPhrase(
        "pronoun", t.start, t.end, t.text, None, None, lexicon.pronouns[t.lower], issued=True
    )


def _relative_issuer(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """'a letter he had sent to Adair', 'the memo Ana Ruiz wrote': the name or pronoun
    right after the document, before auxiliaries and an issuing verb."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    if k + 2 >= len(tokens):
        return None
    run = _run(prep, p, first=k + 1)
    after = run.last if run is not None else k + 2
    while after < len(tokens) and tokens[after].lower in lexicon.auxiliaries:
        after += 1
    if after >= len(tokens) or tokens[after].lower not in lexicon.issuing - lexicon.particles:
        return None
    return _issuer_phrase(prep, p, run) if run is not None else _pronoun_at(prep, p, k + 1)


def _opening_phrase(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """'In a memo to Duchamp dated Monday, Amir Sadeghi laid out ...': a document in the
    phrase opening the sentence speaks for the name the sentence goes on with."""
    tokens = prep.tokens(p)
    si, sj = prep.paragraphs[p].sentence_of(k)
    if tokens[si].lower not in ("in", "through"):
        return None
    comma = next((c for c in range(k + 1, sj) if tokens[c].text == ","), None)
    if comma is None or any(t.text in QUOTE_CHARS for t in tokens[si:comma]):
        return None
    run = _run(prep, p, first=comma + 1)
    return _issuer_phrase(prep, p, run) if run is not None else None


def _issuing(lexicon: Lexicon, token: Token) -> bool:
    return token.lower in lexicon.issuing or token.lower in lexicon.particles or token.text == ","


def _antecedent(prep: Prepared, p: int, k: int) -> SpeakerPhrase | None:
    """The author of the last mention of the document word at token ``k`` before it,
    in this paragraph or the two before, outside quotes; with none, whoever issues a
    document in the sentence before (the caption of the clip they posted)."""
    word = prep.tokens(p)[k].lower
    for q in range(p, max(-1, p - 3), -1):
        tokens = prep.tokens(q)
        end = k if q == p else len(tokens)
        for j in range(end - 1, -1, -1):
            if tokens[j].lower == word and prep.inside_quote(tokens[j].start) is None:
                return _named_author(prep, q, j)
    s = prep.paragraphs[p].sentence_of(k)[0]
    before = _sentence_before(prep, p, s)  # 'Berg posted a clip.' then 'The caption: "'
    return _issued_before(prep, *before) if before is not None else None


def _run(
    prep: Prepared, p: int, first: int | None = None, last: int | None = None
) -> NameRun | None:
    """The name run of paragraph ``p`` starting at ``first`` or ending before ``last``."""
    for q, run in prep.runs:
        if q == p and (run.first == first or run.last == last) and run.kind in ISSUERS:
            return run
    return None


def _issuer_phrase(prep: Prepared, p: int, run: NameRun) -> SpeakerPhrase | None:
    """The speaker phrase of an author's name run: a person's name or surname (one the
    article names in full), or an organisation."""
    tokens = prep.tokens(p)
    start, end = tokens[run.name_first].start, tokens[run.last - 1].end
    text = prep.body[start:end]
    if run.kind in ("organization", "outlet"):
        return SpeakerPhrase("organization", start, end, text, text, None, None, issued=True)
    if not surely_person(prep, p, run):
        return None
    form: SpeakerForm = "name" if run.last - run.name_first > 1 else "surname"
    return SpeakerPhrase(form, start, end, text, text, None, None, run.titles, issued=True)


# -- quotes a document speaks -----------------------------------------------------------


def _unattributed(prep: Prepared, item: Found) -> SpeakerPhrase | None:
    """The author of the document that speaks a quote no rule attributes: the subject of
    its sentence, named in its lead-in, or issued in the sentence just before."""
    p = item.paragraph
    tokens = prep.tokens(p)
    mark = prep.index(p, item.start) - 1
    if mark < 0 or tokens[mark].text not in QUOTE_CHARS:
        return None
    after = _document_after(prep, item)
    if after is not None or _attributed_after(prep, item):
        return after
    s = prep.paragraphs[p].sentence_of(mark)[0]
    if any(t.is_word for t in tokens[s:mark]):
        return _in_lead(prep, p, s, mark)
    before = _sentence_before(prep, p, s)
    return _issued_before(prep, *before) if before is not None else None


def _in_lead(prep: Prepared, p: int, s: int, mark: int) -> SpeakerPhrase | None:
    """The author of a document that is the subject of the quote's sentence, or that a
    lead-in ending in a colon or comma names (one author for all it names)."""
    tokens = prep.tokens(p)
    docs = _documents(prep, p, s, mark)
    if not docs:
        return None
    if _subject(prep, p, s, docs[0]) or tokens[mark - 1].text in (":", ","):
        return _one_author(prep, p, docs, mark)
    if _issuing_subject(prep, p, docs[0]) and _content(prep, p, docs[0], mark):
        return _one_author(prep, p, docs, mark)  # 'Ruiz released a statement saying "'
    return None


def _content(prep: Prepared, p: int, k: int, mark: int) -> bool:
    """Do words right after the document at ``k`` open what it says ('a statement
    saying', 'a statement Wednesday evening, saying', 'a memo titled', 'a report that
    calls')?  Only a time may stand between: after another noun ('a statement on the
    protesters chanting') the words may be that noun's."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    for t in tokens[k + 1 : mark]:
        if t.lower in lexicon.content or t.lower.endswith("ing"):
            return True
        when = lexicon.weekdays | lexicon.months | lexicon.time_words
        if t.text != "," and t.lower not in when and not t.lower[:1].isdigit():
            return False
    return False


def _subject(prep: Prepared, p: int, s: int, k: int) -> bool:
    """Does the phrase of the document at ``k`` open its sentence ('The memo', "Berg's
    new ad", after lead-in words)?"""
    tokens = prep.tokens(p)
    start = skip_lead_ins(tokens, s, k, prep.book.lexicon)
    return _opens(prep, p, _phrase_start(tokens, k, prep), start)


def _opens(prep: Prepared, p: int, j: int, start: int) -> bool:
    """Does the phrase whose determiner or possessive ending is token ``j`` begin at
    token ``start``: 'The', 'His', "Berg's", "Her campaign's"?"""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    if j + 1 == start or (j == start and tokens[j].lower in DETERMINERS):
        return True
    if tokens[j].lower not in POSSESSIVE or j < 2:
        return False
    if tokens[j - 1].lower in lexicon.issuer_bodies:
        return _opens(prep, p, j - 2, start)
    owner = _run(prep, p, last=j)
    return owner is not None and owner.first == start


def _one_author(prep: Prepared, p: int, docs: list[int], mark: int) -> SpeakerPhrase | None:
    """The one author of the documents at ``docs``, where nobody else speaks after them."""
    relative = next((r for r in range(docs[0], mark) if _relative(prep, p, r)), mark)
    docs = [k for k in docs if k < relative]  # not 'a statement that omits the memo'
    authors = [author_of(prep, p, k) for k in docs]
    named = [a for a in authors if a is not None]
    if len(named) < len(authors) or len({a.text for a in named}) != 1:
        return None  # 'Berg's release linked to the report, which notes: "..."'
    return None if _voices_between(prep, p, docs[-1], mark) else named[-1]


def _relative(prep: Prepared, p: int, r: int) -> bool:
    return prep.tokens(p)[r].lower in prep.book.lexicon.inscription_relatives


def _issued_before(prep: Prepared, p: int, si: int, sj: int) -> SpeakerPhrase | None:
    """The one who issues a document in tokens[si:sj] of paragraph ``p`` (a sentence
    with no quote in it): 'Ruiz issued a statement on Monday.'"""
    tokens = prep.tokens(p)
    if any(t.text in QUOTE_CHARS for t in tokens[si:sj]):
        return None
    docs = _documents(prep, p, si, sj)
    authors = [a for k in docs if (a := _issuing_subject(prep, p, k) or _by(prep, p, k))]
    if not authors or len({a.text for a in authors}) > 1:
        return None
    return authors[0]


def _documents(prep: Prepared, p: int, a: int, b: int) -> list[int]:
    """Tokens in [a, b) of paragraph ``p`` that name a document, outside quotes (a
    capital one only opening the sentence: 'The Post' is an outlet)."""
    tokens, authored = prep.tokens(p), prep.book.lexicon.authored
    return [
        k
        for k in range(a, b)
        if tokens[k].lower in authored
        and (not tokens[k].cap or k == a)
        and prep.inside_quote(tokens[k].start) is None
    ]


def _voices_between(prep: Prepared, p: int, k: int, mark: int) -> bool:
    """Is someone else said to speak between the document and the quote ('The report
    quotes Ana Ruiz as saying', '... he said')?"""
    tokens, words = prep.tokens(p), prep.words(p)
    if any(t.lower in OTHER_VOICES for t in tokens[k + 1 : mark]):
        return True
    lexicon = prep.book.lexicon
    for q, run in prep.runs:
        if q != p or not k < run.first < mark or run.last >= mark:
            continue
        if lexicon.verb_at(words, run.last, loose=True) or tokens[run.last].lower == "as":
            return True
    return False


def _attributed_after(prep: Prepared, item: Found) -> bool:
    """Do words after the quote in its sentence report speech ('"...?" a reporter can
    be heard asking Berg')?"""
    p = item.paragraph
    tokens, words = prep.tokens(p), prep.words(p)
    k = prep.index(p, item.end)
    if k >= len(tokens):
        return False
    end = prep.paragraphs[p].sentence_of(max(k - 1, 0))[1]
    lexicon = prep.book.lexicon
    return any(lexicon.verb_at(words, v, loose=True) for v in range(k, end))


TAIL = 10  # words after a quote: 'reads a Wednesday editorial in The Harbour Herald'


def _document_after(prep: Prepared, item: Found) -> SpeakerPhrase | None:
    """'"...," read the email.': the author of the document named in the few words
    after the quote that end its sentence, with no person named there."""
    p = item.paragraph
    tokens = prep.tokens(p)
    k = prep.index(p, item.end)
    while k < len(tokens) and (tokens[k].text in QUOTE_CHARS or tokens[k].text == ","):
        k += 1
    end = prep.paragraphs[p].sentence_of(max(k - 1, 0))[1] if k < len(tokens) else k
    if sum(t.is_word for t in tokens[k:end]) > TAIL:
        return None
    if any(t.lower in OTHER_VOICES for t in tokens[k:end]):
        return None
    runs = (run for q, run in prep.runs if q == p and k <= run.first < end)
    if any(surely_person(prep, p, run) for run in runs):
        return None
    docs = _documents(prep, p, k, end)
    return author_of(prep, p, docs[-1]) if docs else None


def _sentence_before(prep: Prepared, p: int, s: int) -> tuple[int, int, int] | None:
    """(paragraph, start, end) of the sentence before the one starting at token ``s``:
    in this paragraph, or the last of the paragraph before."""
    if s > 0:
        si, _ = prep.paragraphs[p].sentence_of(s - 1)
        return p, si, s
    if p == 0 or not prep.tokens(p - 1):
        return None
    before = prep.tokens(p - 1)
    si, _ = prep.paragraphs[p - 1].sentence_of(len(before) - 1)
    return p - 1, si, len(before)


def _attributed(prep: Prepared, item: Found, attribution: Attribution) -> SpeakerPhrase | None:
    """The author of the document an attribution names ('Her campaign's new ad asks'),
    or of the ad whose voice it names ('a narrator asks' beside "Berg's new ad")."""
    phrase = attribution.speaker
    lexicon = prep.book.lexicon
    p = next((q.index for q in prep.paragraphs if q.start <= attribution.start < q.end), None)
    if p is None:
        return None
    if phrase is None:  # the words before the verb: 'Her campaign's new ad asks'
        end = attribution.verb if attribution.verb is not None else attribution.start
        a, b = prep.index(p, attribution.start), prep.index(p, end)
    else:
        a, b = prep.index(p, phrase.start), prep.index(p, phrase.end)
    if a < b and prep.tokens(p)[b - 1].lower in lexicon.authored:
        return author_of(prep, p, b - 1)
    if phrase is None:
        return None
    if phrase.role not in lexicon.voices and phrase.text.split()[-1].lower() not in lexicon.voices:
        return None
    si, sj = prep.paragraphs[p].sentence_of(a)
    docs = [k for k in _documents(prep, p, si, sj) if k < a]
    return (_one_author(prep, p, docs, a) or NO_ONE) if docs else None
