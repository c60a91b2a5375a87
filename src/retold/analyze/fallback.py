"""Reported speech read from a dependency parse, for sentences the rules cannot settle.

The reporting verb's subject is read with the same speaker rules as elsewhere, and its
clausal complement (``ccomp``; ``xcomp`` for "urge"/"tell") is the reported content.
A content that neither follows the verb nor stands before the subject and a comma is
not taken: the parse of a long sentence is not trusted beyond that.
"""

from __future__ import annotations

from retold.analyze.context import Attribution, Found, Prepared, Sentence, inside
from retold.analyze.parsed import Parsed
from retold.analyze.placement import speaker_before

TELLING_ONLY = ("tell", "urge")


def reported_by_parse(
    prep: Prepared, s: Sentence, offset: int, parsed: Parsed, quoted: list[tuple[int, int]]
) -> Found | None:
    """Subject and clause of the sentence's reporting verb, read from its parse."""
    words = [t.text.casefold() for t in parsed.tokens]
    lexicon = prep.book.lexicon
    for i, token in enumerate(parsed.tokens):
        verb = lexicon.verb_at(words, i)
        if verb is None or token.dep not in ("ROOT", "conj", "ccomp", "advcl"):
            continue
        children = parsed.children(i)
        subject = next((c for c in children if parsed.tokens[c].dep == "nsubj"), None)
        deps = ("ccomp", "xcomp") if verb[1] in TELLING_ONLY else ("ccomp",)
        clauses = [c for c in children if parsed.tokens[c].dep in deps]
        if subject is None:  # the parser lost the subject: only a clause after the verb
            clauses = [c for c in clauses if c > i]
            subject = 0 if i > 0 else None
        if subject is None or not clauses:
            continue
        clause = clauses[0]
        found = _from_parse(prep, s, offset, parsed, (i, verb[0]), subject, clause, quoted)
        if found is not None:
            return found
    return None


def _from_parse(
    prep: Prepared,
    s: Sentence,
    offset: int,
    parsed: Parsed,
    verb: tuple[int, int],
    subject: int,
    clause: int,
    quoted: list[tuple[int, int]],
) -> Found | None:
    tokens, book = prep.tokens(s.p), prep.book
    sub_first, sub_last = parsed.subtree(subject)
    v_first = prep.index(s.p, offset + parsed.tokens[verb[0]].start)
    a = prep.index(s.p, offset + parsed.tokens[sub_first].start)
    speaker = speaker_before(tokens, a, v_first, book, prep.body)
    first, last = parsed.subtree(clause)
    start = offset + parsed.tokens[first].start
    end = offset + parsed.tokens[last].end
    if parsed.tokens[first].text.casefold() == "that" and first < last:
        start = offset + parsed.tokens[first + 1].start
    if end - start < 10 or inside(start, quoted):
        return None
    verb_start = offset + parsed.tokens[verb[0]].start
    subject_start = offset + parsed.tokens[sub_first].start
    after = start > verb_start
    fronted = end <= subject_start and "," in prep.body[end:subject_start]
    if not (after or fronted):
        return None
    cue_end = offset + parsed.tokens[verb[0] + verb[1] - 1].end
    attribution = Attribution(
        speaker,
        prep.body[offset + parsed.tokens[verb[0]].start : cue_end],
        speaker.start if speaker is not None else tokens[v_first].start,
        cue_end,
        tokens[v_first].start,
    )
    del sub_last
    segment = _trimmed(prep.body, start, end)
    return Found("indirect", "parsed", (segment,), attribution, s.p)


def _trimmed(body: str, start: int, end: int) -> tuple[int, int]:
    while end > start and body[end - 1] in ",;:. ":
        end -= 1
    return start, end
