"""Direct quotes the word-list rules could not attribute, read from the parse.

News attributes a quote with any verb: '"...," Hannity started.', 'Kasich resisted:
"..."', '..., saying: "..."' after a subject earlier in the sentence.  The rules know
a closed list of reporting verbs; the parser knows the sentence.  A verb outside the
quote counts when the quoted words are its complement (their head is the verb) or the
verb hangs off them (an inverted '"...," X said' parsed as parataxis), on the side of
the quote the attribution stands, and it has a subject outside the quote (a verb that
names its object counts too when the quoted words are that object's appositive:
'calling the rival "a man who ..."'); a quote that is a subject ('"..." was the
slogan') or under a preposition ('thanked him for "..."') is never attributed this
way.  The subject is read with the same speaker rules as everywhere else, so a
subject that names nobody attributes nothing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from retold.analyze.attribution import SpeakerPhrase, classify_chunk, skip_lead_ins
from retold.analyze.binding import CANNOT, may_be_person, subjects_above
from retold.analyze.candidates import by_text
from retold.analyze.context import Attribution, Prepared, Sentences
from retold.analyze.descriptions import describe
from retold.analyze.direct import POSTFIX_END
from retold.analyze.lexicon import Lexicon
from retold.analyze.marks import QuoteSpan
from retold.analyze.parsed import Parsed

# How the quoted words may hang off the attributing verb, and it off them.
QUOTE_DEPS = frozenset(
    {"ccomp", "dobj", "parataxis", "xcomp", "advcl", "dep", "attr", "oprd", "intj"}
)
VERB_DEPS = frozenset({"parataxis", "ccomp", "advcl", "conj", "ROOT"})
SUBJECT_CLIMB = frozenset({"advcl", "xcomp", "conj", "dep"})  # 'reacted ..., saying: "..."'
# A verb after these prepositions speaks for the subject of the verb they hang off;
# not after 'for' ('thanked him for saying "..."' is his words).
CLIMB_PREPOSITIONS = frozenset({"before", "after", "by", "while", "upon", "on"})
# '"...?" Scarborough continued.': the parser makes the quote and the attribution two
# roots; a verb standing alone after the quote, with only these around it, is its cue.
ALONE_DEPS = frozenset({"nsubj", "advmod", "npadvmod", "prep", "punct", "prt", "cc", "conj"})
SUBJECT_CLAUSES = frozenset({"acl", "relcl"})  # 'a source speaking to ...', 'who spoke'
STOP_SUBJECT = frozenset({",", "(", ";", ":", "—", "–"})
# Verbs that name what their object is: the quoted words may be the object's
# appositive ('calling the rival "a man who ..."') and still be the subject's words.
CALLING = frozenset({"called", "calls", "calling"})
# the subjects a naming verb's parse reads (a pronoun: by whom it stands for)
NAMED = frozenset({"name", "surname", "role", "pronoun"})


def attribute_by_parse(
    prep: Prepared, span: QuoteSpan, sentences: Sentences
) -> tuple[Attribution, str] | None:
    """(attribution, shape) of ``span`` from the parse of the sentence that closes it
    (postfix) or opens it (prefix); sentences not parsed yet are asked for.  Words on a
    thing ("a hat reading, '...'") have no speaker."""
    if _inscribed(prep, span):
        return None
    sides = (
        ("postfix", span.paragraphs[-1], span.close),
        ("prefix", span.paragraphs[0], span.open),
    )
    for side, p, mark in sides:
        if mark is None:
            continue
        tokens = prep.tokens(p)
        at = min(prep.index(p, mark), len(tokens) - 1)
        si, sj = prep.paragraphs[p].sentence_of(at)
        if side == "postfix" and sj <= at + 1 < len(tokens):
            sj = prep.paragraphs[p].sentence_of(at + 1)[1]  # '"...?" X continued.'
        if sj <= si or not _words_beside(prep, span, side, (p, si, sj)):
            continue  # no word beside the quote on this side: no verb to attribute it
        found_parse = sentences.parse(prep, p, si, sj)
        if found_parse is None:
            continue
        offset, parsed = found_parse
        words = (max(span.start, offset) - offset, min(span.end - offset, len(parsed.text)))
        bare = side == "postfix" and not _closes_words(prep, span)
        found = _speech_verb(parsed, words, (side, bare), prep.book.lexicon)
        if found is None:
            continue
        attribution = _attribution(prep, p, offset, parsed, found, sentences)
        if attribution is not None:
            return attribution, side
    return _lead_in(prep, span, sentences)


def _words_beside(
    prep: Prepared, span: QuoteSpan, side: str, sentence: tuple[int, int, int]
) -> bool:
    """Does the sentence (paragraph, first token, end token) print a letter or digit
    outside the quote on ``side``: after its words (postfix), or before them (prefix)?
    The verb that attributes a quote is a word on that side, so a sentence with none
    there is not parsed for it."""
    p, si, sj = sentence
    tokens = prep.tokens(p)
    if side == "postfix":
        start, end = span.end, tokens[sj - 1].end
    else:
        start, end = tokens[si].start, span.start
    return any(c.isalnum() for c in prep.body[start:end])


def _closes_words(prep: Prepared, span: QuoteSpan) -> bool:
    """Do the quoted words end as words an attribution follows: with a comma, '?', '!',
    a period or a dash inside or right after the closing mark ('"...," Hale started');
    not a title before a noun ('"Deep Water" star Ana Ruiz opened up about ...')."""
    inner = prep.body[span.start : span.end].rstrip("'’ ")
    after = prep.body[span.last : span.last + 3].lstrip(' ”"’')
    return inner[-1:] in POSTFIX_END + "." or after[:1] in (",", ".")


def _inscribed(prep: Prepared, span: QuoteSpan) -> bool:
    """Do the words just before the opening mark put the quote on a thing?"""
    p = span.paragraphs[0]
    words = prep.words(p)
    mark = prep.index(p, span.open)
    before = [w for w in words[max(0, mark - 4) : mark] if w not in (",", ":")]
    return any(tuple(before[-len(cue) :]) == cue for cue in prep.book.lexicon.inscription_cues)


def _lead_in(
    prep: Prepared, span: QuoteSpan, sentences: Sentences
) -> tuple[Attribution, str] | None:
    """'Republican nominee Donald Trump issued the following statement:' closing the
    paragraph before a quote that opens its own: the subject of that sentence's verb."""
    p = span.paragraphs[0]
    colon = prep.colon_before(p, span.open)
    if colon is None:
        return None
    found = sentences.parse(prep, p - 1, *prep.paragraphs[p - 1].sentence_of(colon))
    if found is None:
        return None
    offset, parsed = found
    toks = parsed.tokens
    clauses = [  # verbs with a subject of their own, the one nearest the colon last
        (v, subject)
        for v, token in enumerate(toks)
        if token.dep in ("ROOT", "conj")
        and token.tag.startswith("VB")
        and (subject := next((c for c in parsed.children(v) if toks[c].dep == "nsubj"), None))
        is not None
    ]
    if not clauses or toks[clauses[-1][0]].dep != "ROOT":
        return None  # 'X did Y, and NBC News has proof:': whose words follow is unclear
    attribution = _attribution(prep, p - 1, offset, parsed, clauses[-1], sentences)
    return None if attribution is None else (attribution, "prefix")


def _speech_verb(
    parsed: Parsed, words: tuple[int, int], where: tuple[str, bool], lexicon: Lexicon
) -> tuple[int, int] | None:
    """(verb, subject) token indices for the quoted words at ``words`` (sentence offsets):
    the verb nearest the quote, a reporting verb of the word lists before any other
    ('"...," that Lund can win, said Ellison': not 'win'); ``where``: the side of the
    quote to look on, and whether the words end bare (``_closes_words``), when a verb
    the parser hangs off them as their complement does not attribute them."""
    side, bare = where
    q0, q1 = words
    toks = parsed.tokens
    inside = {i for i, t in enumerate(toks) if q0 <= t.start and t.end <= q1}
    roots = [
        i
        for i in inside
        if toks[i].dep != "punct" and (toks[i].head not in inside or toks[i].head == i)
    ]
    if not roots:
        return None
    lowers = [t.text.casefold() for t in toks]
    order = range(len(toks)) if side == "postfix" else range(len(toks) - 1, -1, -1)
    reports = {v for v in order if lexicon.verb_at(lowers, v, loose=True) is not None}
    found = [
        (v, s)
        for v in order
        if (
            s := _cue(
                parsed, v, (words, inside), roots, (side, bare, _issuing(lexicon, v in reports))
            )
        )
        is not None
    ]
    if side == "postfix":
        found = [(v, s) for v, s in found if not _subordinate(parsed, v, inside, v in reports)]
    reporting = [(v, s) for v, s in found if v in reports]
    chosen = reporting or found
    return chosen[0] if chosen else None


def _subordinate(parsed: Parsed, v: int, inside: set[int], reporting: bool) -> bool:
    """Is verb ``v``, after the quote, the head of a clause of time or reason that the
    parser hangs off the quoted words ('shouted "..." as the governor left', '"..."
    when Ruiz walked in'):
    no attribution of them, unless 'as' opens a reporting verb, one that takes 'it' or
    one that stands for another ('"...," as Lund said', 'as Lund put it', 'as Lund did')."""
    toks = parsed.tokens
    if toks[v].head not in inside or toks[v].dep != "advcl":
        return False
    children = parsed.children(v)
    marks = [toks[c].text.casefold() for c in children if toks[c].dep == "mark"]
    put_it = any(toks[c].dep == "dobj" and toks[c].text.casefold() == "it" for c in children)
    did = toks[v].text.casefold() in ("did", "does", "do")  # 'as Lund recently did'
    return bool(marks) and not (marks == ["as"] and (reporting or put_it or did))


def _issuing(lexicon: Lexicon, reporting: bool) -> frozenset[str]:
    """The verbs whose document a reporting verb may describe; none for another verb."""
    return lexicon.issuing if reporting else frozenset()


def _cue(
    parsed: Parsed,
    v: int,
    quoted: tuple[tuple[int, int], set[int]],
    roots: list[int],
    how: tuple[str, bool, frozenset[str]],
) -> int | None:
    """The subject of ``v`` if ``v`` is a verb that attributes the quoted words
    (``quoted``: their sentence offsets, and the indices of the tokens inside them;
    ``how``: the side of the quote the verb stands, whether the words end bare, and
    the verbs that issue a document the verb may describe: ``_subject``)."""
    (q0, q1), inside = quoted
    side, bare, issuing = how
    toks = parsed.tokens
    token = toks[v]
    if v in inside or not token.tag.startswith("VB"):
        return None
    if (side == "postfix" and token.start < q1) or (side == "prefix" and token.end > q0):
        return None
    complement = any(toks[r].head == v and toks[r].dep in QUOTE_DEPS for r in roots) or (
        token.text.casefold() in CALLING and any(_names_object(parsed, v, r) for r in roots)
    )
    hanging = token.head in inside and token.dep in VERB_DEPS
    if not (complement or hanging or (side == "postfix" and _alone(parsed, v, roots))):
        return None
    if bare and not complement and token.dep == "ccomp":
        return None  # '"Deep Water" star Ana Ruiz opened up': the title's verb took hers
    return _subject(parsed, v, inside, issuing)


def _names_object(parsed: Parsed, v: int, r: int) -> bool:
    """Is quote root ``r`` an appositive of verb ``v``'s object ('calling the rival
    "a man who ..."')?"""
    toks = parsed.tokens
    head = toks[r].head
    return toks[r].dep == "appos" and toks[head].head == v and toks[head].dep == "dobj"


def _alone(parsed: Parsed, v: int, roots: list[int]) -> bool:
    toks = parsed.tokens
    if toks[v].dep != "ROOT" or not all(toks[r].dep == "ROOT" for r in roots):
        return False
    return all(toks[c].dep in ALONE_DEPS for c in parsed.children(v))


def _subject(parsed: Parsed, v: int, inside: set[int], issuing: frozenset[str]) -> int | None:
    """The verb's subject, else that of the verb it hangs off ('endorsed Clinton,
    saying', 'leaned in and boomed', 'said before adding'; a passive one's too: 'was
    joined on stage and joked'), three verbs up at most.  A verb that describes the
    object of one of ``issuing`` ('released a statement saying') speaks for that
    verb's subject; words on a thing held up ('held a sign saying') are no one's, nor
    those a passive verb gives its subject ('was voted "..."')."""
    toks = parsed.tokens
    if any(toks[c].dep == "auxpass" for c in parsed.children(v)):
        return None  # 'was voted "Most Likely to Succeed"': the words are not hers
    verb = v
    for _ in range(4):
        deps = ("nsubj",) if verb == v else ("nsubj", "nsubjpass")  # 'was joined and joked'
        subjects = [c for c in parsed.children(verb) if toks[c].dep in deps and c not in inside]
        if subjects:  # the nearest: not a word of another quote in the sentence
            return min(subjects, key=lambda c: abs(c - verb))
        head = toks[verb].head
        if toks[verb].dep == "pcomp" and toks[head].text.lower() in CLIMB_PREPOSITIONS:
            head = toks[head].head  # 'said before adding: "..."', 'went on by saying'
        elif verb == v and toks[verb].dep == "acl" and toks[head].dep == "dobj":
            head = toks[head].head  # 'issued a statement saying: "..."'
            if toks[head].text.casefold() not in issuing:
                return None
        elif toks[verb].dep not in SUBJECT_CLIMB:
            return None
        if head == verb or head in inside:
            return None
        verb = head
    return None


def _attribution(
    prep: Prepared,
    p: int,
    offset: int,
    parsed: Parsed,
    found: tuple[int, int],
    sentences: Sentences,
) -> Attribution | None:
    v, subject = found
    toks = parsed.tokens
    verb = prep.index(p, offset + toks[v].start)
    speaking = prep.book.lexicon.verb_at(prep.words(p), verb, loose=True) is not None
    speaker = None
    # the verb's own subject (not one climbed to), and no clause of its own besides
    # the quote ('- "...?" - Democrats who watched said they were unfazed')
    own = speaking and toks[subject].head == v and not _clause_outside(prep, offset, parsed, v)
    for first, end in _subject_spans(parsed, subject, own):
        a = prep.index(p, offset + toks[first].start)
        b = prep.index(p, offset + toks[end - 1].start) + 1
        speaker = _speaker(prep, (p, a, b), speaking, sentences)
        if speaker is not None:
            break
    if speaker is None:
        return None
    verb_start = offset + toks[v].start
    verb_end = offset + toks[v].end
    return Attribution(
        speaker,
        prep.body[verb_start:verb_end],
        min(speaker.start, verb_start),
        max(speaker.end, verb_end),
        verb_start,
    )


def subject_of_verb(prep: Prepared, p: int, verb: int, sentences: Sentences) -> Attribution | None:
    """The attribution of the verb at token ``verb`` of paragraph ``p`` by its subject
    in the parse, or that of the verb it hangs off ('thanked them and called the union
    "..."'); None until the sentence is parsed, and None unless the subject's head is
    in a name or a role the speaker rules read ('a collection by X called "..."' is
    not X's words), or a pronoun: then by the subject it stands for in the sentence
    ('Osei rejected the plan, which she called'), else as 'she said' there would be
    read (``_bound``)."""
    si, sj = prep.paragraphs[p].sentence_of(verb)
    found = sentences.parse(prep, p, si, sj)
    if found is None:
        return None
    offset, parsed = found
    at = prep.tokens(p)[verb].start - offset
    v = next((k for k, t in enumerate(parsed.tokens) if t.start == at), None)
    if v is None or not parsed.tokens[v].tag.startswith("VB"):
        return None
    subject = _subject(parsed, v, set(), frozenset())
    if subject is None:
        return None
    attribution = _named_subject(prep, (p, offset, parsed), (v, subject), sentences)
    if attribution is None or attribution.speaker is None:
        return None
    if attribution.speaker.form != "pronoun":
        return attribution
    return _bound(prep, (p, offset, parsed), (v, subject), sentences, attribution)


def _bound(
    prep: Prepared,
    where: tuple[int, int, Parsed],
    found: tuple[int, int],
    sentences: Sentences,
    pronoun: Attribution,
) -> Attribution | None:
    """The attribution of verb ``found[0]`` whose subject ``found[1]`` is a pronoun
    (``pronoun``): by the nearest subject above it in the sentence that names someone
    of its gender, ``binding.subjects_above`` ('Osei rejected the plan, which she
    called'); the pronoun's, read as 'she said' there would be, when no subject above it
    names anyone; None when one names someone of the other gender, or a name the
    speaker rules cannot read ('Cross'), or the sentence leaves it in doubt."""
    gender = pronoun.speaker.gender if pronoun.speaker is not None else None
    doubt = False
    for subject in subjects_above(where[2], found[1], prep.book.lexicon):
        if subject == CANNOT:
            return None
        bound = _named_subject(prep, where, (found[0], subject), sentences)
        named = bound.speaker if bound is not None else None
        if named is None and may_be_person(where[2], subject, prep.book.lexicon):
            return None  # a name the speaker rules cannot read ('Cross'): may be his
        if bound is None or named is None:
            continue  # 'the plan, which she called': not the plan
        if _gender(prep, named) not in (None, gender):
            doubt = True  # 'Osei met Bell, whom he called': not Osei
            continue
        return replace(bound, speaker=replace(named, gender=gender))
    return None if doubt else pronoun


def _named_subject(
    prep: Prepared, where: tuple[int, int, Parsed], found: tuple[int, int], sentences: Sentences
) -> Attribution | None:
    """The attribution of verb ``found[0]`` by subject ``found[1]`` of the sentence
    ``where`` (paragraph, offset, parse) when the subject's head, or the name in
    apposition to it (``_apposed_name``), is in a speaker phrase of a form in ``NAMED``."""
    p, offset, parsed = where
    attribution = _attribution(prep, p, offset, parsed, found, sentences)
    speaker = attribution.speaker if attribution is not None else None
    if speaker is None or speaker.form not in NAMED:
        return None
    head = offset + parsed.tokens[found[1]].start
    named = _apposed_name(parsed, found[1])  # or the name in apposition to it
    if named is not None:
        a, b = (offset + parsed.tokens[k].start for k in (named[0], named[1] - 1))
        return attribution if a <= speaker.start <= b else None
    return attribution if speaker.start <= head < speaker.end else None


def _gender(prep: Prepared, phrase: SpeakerPhrase) -> str | None:
    """The gender a speaker phrase gives ('Mr.', 'the spokeswoman'), else that of the
    one person of the article its name may be."""
    if phrase.gender is not None or phrase.name is None:
        return phrase.gender
    people = by_text(prep, phrase.name, phrase.form == "name")
    return people[0].gender if len(people) == 1 else None


def _clause_outside(prep: Prepared, offset: int, parsed: Parsed, v: int) -> bool:
    """Has verb ``v`` a clausal complement outside every quote?"""
    toks = parsed.tokens
    clauses = [c for c in parsed.children(v) if toks[c].dep == "ccomp"]
    return any(not prep.inside_quote(offset + toks[c].start) for c in clauses)


def _subject_spans(parsed: Parsed, subject: int, trim: bool) -> list[tuple[int, int]]:
    """Token ranges [first, end) to read the subject from: a name in apposition to it
    first; its words up to a comma or a bracket; then, when a clause follows its head ('a source speaking to the paper',
    'an aide who spoke on condition of anonymity') and it is a reporting verb's own
    subject (``trim``), its words up to the head alone."""
    toks = parsed.tokens
    first, last = parsed.subtree(subject)
    end = next((k for k in range(first, last + 1) if toks[k].text in STOP_SUBJECT), last + 1)
    if end <= first:
        return []
    spans = [(first, end)]
    named = _apposed_name(parsed, subject)
    if named is not None:  # 'the party's executive director, Rhonda Vail, was on X ...'
        spans.insert(0, named)
    clause = any(toks[c].dep in SUBJECT_CLAUSES for c in parsed.children(subject) if c > subject)
    if clause and trim and subject + 1 < end:
        spans.append((first, subject + 1))
    return spans


def _apposed_name(parsed: Parsed, subject: int) -> tuple[int, int] | None:
    """The tokens [a, b) of a name of two words or more in apposition to a subject that
    is a common noun ('the party's executive director, Rhonda Vail,'; not 'Sen. Ted Cruz
    (Tex.)' nor 'Rep. Ann Wu, the committee's top Democrat,')."""
    toks = parsed.tokens
    if not toks[subject].tag.startswith("NN") or toks[subject].tag.startswith("NNP"):
        return None
    for c in parsed.children(subject):
        a, b = parsed.subtree(c)
        if toks[c].dep == "appos" and b > a and all(t.tag == "NNP" for t in toks[a : b + 1]):
            return a, b + 1
    return None


def _speaker(
    prep: Prepared, where: tuple[int, int, int], speaking: bool, sentences: Sentences
) -> SpeakerPhrase | None:
    """The speaker tokens [a, b) of paragraph ``p`` name (a word of the verb group the
    parser gave the subject left out: 'himself'), by the speaker rules, or by the
    fallbacks when the verb is a reporting verb (``speaking``)."""
    p, a, b = where
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    a = skip_lead_ins(tokens, a, b, lexicon)
    while b - a > 1 and not tokens[b - 1].cap and tokens[b - 1].lower in lexicon.verb_group:
        b -= 1  # 'Sanders himself acknowledged "..."'
    speaker = classify_chunk(tokens, a, b, prep.book, prep.body)
    if speaker is None and speaking:
        speaker = next((s for f in FALLBACKS if (s := f(prep, (p, a, b), sentences))), None)
    return speaker


def described_subject(
    prep: Prepared, where: tuple[int, int, int], sentences: Sentences
) -> SpeakerPhrase | None:
    """The subject of a reporting verb that the word-list rules cannot read as a
    speaker phrase, when it is a description of one ('a person close to the family',
    'the retired surgeon', 'the Lakeport senator and mayoral candidate':
    ``retold.analyze.descriptions``) and no word of it is quoted; tokens [a, b) of
    paragraph ``p``."""
    p, a, b = where
    if a >= b:
        return None
    tokens = prep.tokens(p)
    start, end = tokens[a].start, tokens[b - 1].end
    if prep.inside_quote(start) or prep.inside_quote(tokens[b - 1].start):
        return None
    phrase = SpeakerPhrase("unnamed", start, end, prep.body[start:end], None, None, None)
    return phrase if describe(prep, phrase, sentences) is not None else None


Fallback = Callable[[Prepared, tuple[int, int, int], Sentences], SpeakerPhrase | None]
# Readings of a parsed subject the speaker rules reject, tried in order
# (``bench/speakers_cv.py`` switches each off).
FALLBACKS: tuple[Fallback, ...] = (described_subject,)
