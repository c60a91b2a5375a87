"""Quoted words that are the complement of a verb of judging, accusing, describing or
promising, read from the parse: the words are the verb's subject's.

* 'Berg dismissed the report as "campaign literature on council letterhead."', 'accusing
  the mayor of "playing games with the harbour"' (the verb's preposition takes them, or
  a gerund under it: 'accusing the mayor of trying to "close the harbour"');
* 'The speaker has promised "an override vote before the storms"' (its direct object),
  'Berg called the vote "a betrayal of every family"' (what it calls its object);
* 'Berg answered with a promise of "a harbour patrol on every mile of the coast"' (the
  'of' of a speech noun the verb takes);
* 'Berg posted a statement accusing the mayor of "..."' (a verb describing what a verb
  that issues a document put out speaks for that verb's subject);
* 'Mr. Berg's provocative claim that "..."', 'her assertion during the debate that
  "..."' (the 'that' of a person's speech noun: ``possessed_claim``), 'in Berg's words,
  "..."', 'in his own words: "..."' (``in_words``).

The verbs and nouns are word lists (``[quoted_speech]`` of ``data/speech.toml``); the
subject is read as any parsed subject is (``quoted_parse.subject_of_verb``): a passive
('Berg was accused of "..."') or a subject that names no one attributes nothing.
"""

from __future__ import annotations

from retold.analyze.colon_leads import owner_ends, plain_words, possessor
from retold.analyze.context import Attribution, Prepared, Sentences
from retold.analyze.lexicon import Lexicon
from retold.analyze.marks import QuoteSpan
from retold.analyze.parsed import Parsed
from retold.analyze.quoted_parse import subject_of_verb

OBJECT_DEPS = frozenset({"pobj", "pcomp"})  # the quoted words under a preposition
BETWEEN = 4  # words between a possessor and its speech noun, or the noun and 'that'
SET_OFF = frozenset({"—", "–", "-", "--", ","})  # marks that set a 'that' clause off


def object_speaker(prep: Prepared, span: QuoteSpan, sentences: Sentences) -> Attribution | None:
    """The attribution of quoted words (one paragraph, one phrase in the parse) that are
    the complement of a verb of ``object_frames`` or the 'of' of a promise it takes."""
    if len(span.paragraphs) > 1:
        return None
    p = span.paragraphs[0]
    mark = prep.index(p, span.open)
    si, sj = prep.paragraphs[p].sentence_of(mark)
    if not _framed(prep.words(p)[si:mark], prep.book.lexicon):
        return None  # no verb or noun of the lists before the quote: no parse asked for
    parse = sentences.parse(prep, p, si, sj)
    if parse is None:
        return None
    offset, parsed = parse
    toks = parsed.tokens
    inside = {
        i
        for i, t in enumerate(toks)
        if span.start <= offset + t.start and offset + t.end <= span.end
    }
    roots = [i for i in inside if toks[i].dep != "punct" and toks[i].head not in inside]
    if len(roots) != 1:
        return None
    verb = _frame_verb(parsed, roots[0], prep.book.lexicon)
    if verb is None or verb in inside:
        return None
    found = subject_of_verb(prep, p, prep.index(p, offset + toks[verb].start), sentences)
    if found is None or found.speaker is None or prep.inside_quote(found.speaker.start):
        return None  # 'star of "Deep Water," thanked ...': no title speaks
    return found


def _framed(before: list[str], lexicon: Lexicon) -> bool:
    """Is one of ``before`` (the sentence's words before the quote) a verb of
    ``object_frames`` or a promise noun?"""
    frames = lexicon.object_frames.values()
    return any(w in lexicon.promise_nouns or any(w in verbs for verbs in frames) for w in before)


def _frame_verb(parsed: Parsed, root: int, lexicon: Lexicon) -> int | None:
    """The verb whose complement the phrase at ``root`` is, by ``object_frames``."""
    toks = parsed.tokens
    frames = lexicon.object_frames
    root = _through_gerund(parsed, root)
    head = toks[root].head
    if toks[root].dep in ("dobj", "oprd"):  # 'promised "..."', 'called the vote "..."'
        frame = frames.get("" if toks[root].dep == "dobj" else "predicate", frozenset())
        verb = head if toks[head].text.casefold() in frame else None
        return _issuer(parsed, verb, lexicon) if verb is not None else None
    if toks[root].dep not in OBJECT_DEPS or toks[head].dep != "prep":
        return None
    preposition, above = toks[head].text.casefold(), toks[head].head
    if toks[above].dep == "dobj" and toks[above].text.casefold() not in lexicon.promise_nouns:
        above = toks[above].head  # 'accusing Ms. Berg of "..."' with 'of' under 'Berg'
    if toks[above].text.casefold() in frames.get(preposition, ()):
        return _issuer(parsed, above, lexicon)
    if preposition == "of" and toks[above].text.casefold() in lexicon.promise_nouns:
        return _taking(parsed, above)
    return None


GERUND_DEPS = frozenset({"xcomp", "dobj", "acomp", "attr"})  # the quote under a gerund


def _through_gerund(parsed: Parsed, root: int) -> int:
    """The gerund the quoted words complete under a preposition ('accused Greer of
    trying to "change the rules"', 'praised Cruz for showing "the courage of his
    convictions"'): the accuser's words, as if the preposition took them; else ``root``."""
    toks = parsed.tokens
    head = toks[root].head
    if toks[root].dep in GERUND_DEPS and toks[head].dep == "pcomp" and toks[head].tag == "VBG":
        return head
    return root


def _taking(parsed: Parsed, noun: int) -> int | None:
    """The verb that takes the speech noun at ``noun``: as its object ('made a promise
    of'), or through a preposition ('answered with a promise of')."""
    toks = parsed.tokens
    head = toks[noun].head
    if toks[noun].dep == "pobj" and toks[head].dep == "prep":
        head = toks[head].head
    elif toks[noun].dep != "dobj":
        return None
    return head if toks[head].tag.startswith("VB") else None


def _issuer(parsed: Parsed, verb: int, lexicon: Lexicon) -> int | None:
    """The verb itself, or, where it describes the object of another, that verb when
    it issues a document ('posted a statement accusing': its subject put the words
    out); None for another ('read a report accusing': the report's words)."""
    toks = parsed.tokens
    head = toks[verb].head
    if toks[verb].dep != "acl":
        return verb
    if toks[head].dep == "dobj" and toks[toks[head].head].text.casefold() in lexicon.issuing:
        return toks[head].head
    return None


def possessed_claim(prep: Prepared, span: QuoteSpan) -> Attribution | None:
    """Quoted words in the 'that' clause of a speech noun a person possesses, a few
    plain words or a phrase with a preposition between ('Mr. Berg's admittedly
    provocative claim that "..."', 'her assertion during the debate that "..."', "Berg's
    rebuttal — that the bill \"...\""): the possessor's, read as a name, a role ('the
    mayor's') or a pronoun."""
    p = span.paragraphs[0]
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    mark = prep.index(p, span.open)
    that = next(
        (k for k in range(mark - 1, max(mark - 2 - BETWEEN, 0), -1) if tokens[k].lower == "that"),
        None,
    )
    if that is None or not plain_words(tokens[that + 1 : mark], preposition=False):
        return None  # 'that "..."', 'that the bill "..."'
    noun = next(
        (
            k
            for k in range(that - 1, max(that - 2 - BETWEEN, -1), -1)
            if tokens[k].lower in lexicon.speech_nouns
        ),
        None,
    )
    between = (
        [t for t in tokens[noun + 1 : that] if t.text not in SET_OFF] if noun is not None else []
    )
    if noun is None or not plain_words(tuple(between), preposition=True):
        return None
    owner = next(
        (
            k
            for k in range(noun - 1, max(noun - 2 - BETWEEN, -1), -1)
            if owner_ends(tokens, k, lexicon)
        ),
        None,
    )
    if owner is None or not plain_words(tokens[owner + 1 : noun], preposition=False):
        return None
    return possessor(prep, p, owner, tokens[noun].text)


def in_words(prep: Prepared, span: QuoteSpan) -> Attribution | None:
    """Quoted words right after 'in' and a person's 'words' ('in Berg's words, "..."',
    'in his own words: "..."'): the possessor's."""
    p = span.paragraphs[0]
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    k = prep.index(p, span.open) - 1
    k -= 1 if k > 0 and tokens[k].text in (",", ":") else 0
    if k < 3 or tokens[k].lower != "words":
        return None
    owner = k - 2 if tokens[k - 1].lower == "own" else k - 1
    if not owner_ends(tokens, owner, lexicon):
        return None
    found = possessor(prep, p, owner, tokens[k].text)
    if found is None or found.speaker is None:
        return None
    first = prep.index(p, found.speaker.start)
    return found if first > 0 and tokens[first - 1].lower == "in" else None
