"""Quoted words that are the complement of a verb of judging, accusing, describing or
promising, read from the parse: the words are the verb's subject's.

* 'Berg dismissed the report as "campaign literature on council letterhead."', 'accusing
  the mayor of "playing games with the harbour"' (the verb's preposition takes them);
* 'The speaker has promised "an override vote before the storms"' (its direct object);
* 'Berg answered with a promise of "a harbour patrol on every mile of the coast"' (the
  'of' of a speech noun the verb takes);
* 'Berg posted a statement accusing the mayor of "..."' (a verb describing what a verb
  that issues a document put out speaks for that verb's subject).

The verbs and nouns are word lists (``[quoted_speech]`` of ``data/speech.toml``); the
subject is read as any parsed subject is (``quoted_parse.subject_of_verb``): a passive
('Berg was accused of "..."') or a subject that names no one attributes nothing.
"""

from __future__ import annotations

from retold.analyze.context import Attribution, Prepared, Sentences
from retold.analyze.lexicon import Lexicon
from retold.analyze.marks import QuoteSpan
from retold.analyze.parsed import Parsed
from retold.analyze.quoted_parse import subject_of_verb

OBJECT_DEPS = frozenset({"pobj", "pcomp"})  # the quoted words under a preposition


def object_speaker(prep: Prepared, span: QuoteSpan, sentences: Sentences) -> Attribution | None:
    """The attribution of quoted words (one paragraph, one phrase in the parse) that are
    the complement of a verb of ``object_frames`` or the 'of' of a promise it takes."""
    if len(span.paragraphs) > 1:
        return None
    p = span.paragraphs[0]
    si, sj = prep.paragraphs[p].sentence_of(prep.index(p, span.open))
    found = sentences.parse(prep, p, si, sj)
    if found is None:
        return None
    offset, parsed = found
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
    return subject_of_verb(prep, p, prep.index(p, offset + toks[verb].start), sentences)


def _frame_verb(parsed: Parsed, root: int, lexicon: Lexicon) -> int | None:
    """The verb whose complement the phrase at ``root`` is, by ``object_frames``."""
    toks = parsed.tokens
    frames = lexicon.object_frames
    head = toks[root].head
    if toks[root].dep == "dobj":
        verb = head if toks[head].text.casefold() in frames.get("", ()) else None
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
