"""Speakers of direct quotes whose sentence rules found no attribution, read from the
words around the quote; the speaker so found is less sure (``resolved.CONFIDENCE``).

* named beside a verb after the quote, where the phrase rules could not read the
  whole phrase: '"...," Fight for Ferries organizing director Lena Osei told' (the
  person named right before the verb), '"..." exhorted Berg's introducer, actress Ana
  Ruiz' (right after it, or in the appositive after a possessor);
* a lead-in that introduces the quote with a colon, or with a comma after a reporting
  verb, in the quote's paragraph or ending the paragraph before it: 'Osei's reply
  was: "..."', 'The vote does not surprise pollster Lena Osei: "..."': the first
  person the lead-in names who is no complement (not after 'of', 'the', ...; the
  agent of a passive: 'Berg was asked by host Ana Ruiz, "..."'), unless the lead-in
  hands the words to a thing ('a memo that reads:') or the quote's sentence goes on
  after it (there may be an attribution the rules cannot read: '"...?" a reporter
  can be heard asking Berg'); else 'his' or 'her' opening it, or a role as its subject
  ('The mayor put it this way:'), or the possessor of a speech noun before 'was,'
  ('Her answer was, "..."': ``retold.analyze.colon_leads``);
* the speaker of the statement just before (quoted or reported), when this quote
  opens in its sentence or right at the start of the next and nobody else is named
  between ('"A," Berg said after the vote. Then, "B."'; 'Berg said the report was
  bad. Adding, "B."'), or, a direct quote ending its paragraph, after a
  short colon lead-in opening the next ('Later, on the radio: "B."');
* the one person narration with no quote marks is about, for a quote that is the whole
  of the next paragraph ('Berg went on with his remarks.' then '"B."') or the last
  sentences of the narration's own paragraph ('Berg seemed taken aback. "B?"'); or the
  person such a paragraph opens with as its subject though it names others too, when
  the paragraph after the quote opens with a quote its own sentence gives to that
  person ('"C," Berg notes.'); or whom its opening 'he' or 'she' means, after a
  paragraph about one person ('"A," Berg told the crowd.' then 'He talked about the
  mill.' then '"B."'), or the subject of the narration's last sentence, read through an
  appositive or a possessed speech noun ('A spokeswoman for the port, Ana Ruiz,
  returned the favor.' then '"B."': ``retold.analyze.narration``), or a relative of
  someone named as that subject ('Her father laughed.': ``retold.analyze.kin``);
* the speaker of the statement that ends the paragraph before, for a quote that is the
  whole of its paragraph ('"A," Berg said.' then '"B."' then '"C."'), a quote over
  several paragraphs ending there too.

A quote with no such neighbour keeps no speaker: a wrong speaker is worse than none.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import NamedTuple

from retold.analyze.attribution import SpeakerPhrase, skip_lead_ins
from retold.analyze.candidates import surely_person
from retold.analyze.colon_leads import (
    hands_to_thing,
    owns_person,
    possessed_person,
    role_lead_in,
    said_was,
    said_was_lead,
)
from retold.analyze.colon_leads import name_phrase as _phrase
from retold.analyze.context import Attribution, Found, Prepared
from retold.analyze.continued import reach, speaks_of
from retold.analyze.direct import QUOTE_CHARS
from retold.analyze.kin import kin_subject
from retold.analyze.names import NameRun
from retold.analyze.narration import COMPLEMENT, last_subject, pronoun_narration
from retold.analyze.subjects import possessive
from retold.analyze.text import Token

MAX_AFTER = 14  # tokens between a closing mark and the verb of the attribution


class Neighbours(NamedTuple):
    """The statement that ends last before a quote, the first that starts after it (as
    the sentence rules found it), and all statements as attributed so far."""

    previous: Found | None
    following: Found | None
    statements: Sequence[Found]


def nearby_quotes(prep: Prepared, found: list[Found]) -> list[Found]:
    """``found`` with unattributed direct quotes attributed from their neighbourhood,
    in body order: a quote so attributed is the statement before the next one."""
    result = list(found)
    for n in sorted(range(len(found)), key=lambda n: found[n].start):
        near = Neighbours(_previous(result, found[n]), _following(found, found[n]), result)
        result[n] = _nearby(prep, found[n], near) or found[n]
    return result


def _previous(found: list[Found], item: Found) -> Found | None:
    """The statement that ends last before ``item`` starts."""
    before = [f for f in found if f.end <= item.start]
    return max(before, key=lambda f: f.end) if before else None


def _following(found: list[Found], item: Found) -> Found | None:
    """The statement that starts first after ``item`` ends."""
    after = [f for f in found if f.start >= item.end]
    return min(after, key=lambda f: f.start) if after else None


def _nearby(prep: Prepared, item: Found, near: Neighbours) -> Found | None:
    if item.kind != "direct" or item.shape != "unattributed":
        return None
    attribution = next((a for rule in RULES if (a := rule(prep, item, near))), None)
    if attribution is None:
        return None
    return Found("direct", "nearby", item.segments, attribution, item.paragraph)


def _paragraph_at(prep: Prepared, offset: int) -> int | None:
    return next((q.index for q in prep.paragraphs if q.start <= offset < q.end and q.tokens), None)


def _after_close(prep: Prepared, item: Found) -> tuple[int, int, int] | None:
    """(paragraph, first token, end of its sentence) of the words after the quote's
    closing mark (and a comma after it); None at the end of the paragraph."""
    p = _paragraph_at(prep, max(item.end - 1, 0))
    if p is None:
        return None
    tokens = prep.tokens(p)
    k = prep.index(p, item.end)
    while k < len(tokens) and (tokens[k].text in QUOTE_CHARS or tokens[k].text == ","):
        k += 1
    if k >= len(tokens) or k == 0:
        return None
    return p, k, prep.paragraphs[p].sentence_of(k)[1]


def _goes_past(prep: Prepared, item: Found) -> bool:
    """Do words of the quote's sentence follow its closing mark?"""
    after = _after_close(prep, item)
    if after is None:
        return False
    p, k, _ = after
    paragraph = prep.paragraphs[p]
    inside = max(prep.index(p, item.end) - 1, 0)
    return paragraph.sentence_of(inside) == paragraph.sentence_of(k) and paragraph.tokens[k].is_word


def _named_after(prep: Prepared, item: Found, _: Neighbours) -> Attribution | None:
    """A person named right before or right after the first reporting verb that
    follows the quote's closing mark in its sentence (not after a full stop closing
    the quoted words)."""
    after = _after_close(prep, item)
    if after is None or prep.body[item.start : item.end].rstrip("'’ ").endswith("."):
        return None  # '"The pier is safe." Will said ...': a new sentence
    p, k, end = after
    tokens, words = prep.tokens(p), prep.words(p)
    lexicon = prep.book.lexicon
    for v in range(k, min(end, k + MAX_AFTER)):
        if tokens[v].text in QUOTE_CHARS:
            return None
        found = lexicon.verb_at(words, v, loose=True)
        if found is None or found[1] == "quote":
            continue
        size = found[0]
        speaker = _person_ending(prep, p, k, v) or _person_at(prep, p, v + size, end)
        if speaker is None:
            return None
        cue_end = tokens[v + size - 1].end
        start = min(speaker.start, tokens[v].start)
        return Attribution(
            speaker,
            prep.body[tokens[v].start : cue_end],
            start,
            max(speaker.end, cue_end),
            tokens[v].start,
        )
    return None


def _person_ending(prep: Prepared, p: int, k: int, v: int) -> SpeakerPhrase | None:
    """The person whose run ends the words tokens[k:v] ('"...," Fight for Ferries
    organizing director Lena Osei told')."""
    for q, run in prep.runs:
        if q == p and run.last == v and run.first >= k and surely_person(prep, p, run):
            return _phrase(prep, p, run.name_first, run.last, run.titles)
    return None


def _person_at(prep: Prepared, p: int, first: int, end: int) -> SpeakerPhrase | None:
    """The person whose run starts at token ``first`` ('said Tomas Berg, chair ...'),
    or, after a description naming no one, the person its appositive names ('said
    Berg's deputy, harbour engineer Ana Ruiz')."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    comma = next((c for c in range(first, min(end, first + 8)) if tokens[c].text == ","), None)
    for q, run in prep.runs:
        if q != p or not surely_person(prep, p, run) or possessive(tokens, run):
            continue
        if run.first == first:
            return _phrase(prep, p, run.name_first, run.last, run.titles)
        if comma is None or not comma < run.first <= comma + 3 or run.last > end:
            continue
        between = prep.words(p)[comma + 1 : run.first]
        plain = all(w.isalpha() and w.islower() for w in between)
        if plain and not any(lexicon.verb_at(between, i) for i in range(len(between))):
            return _phrase(prep, p, run.name_first, run.last, run.titles)
    return None


def _lead_in(prep: Prepared, item: Found, _: Neighbours) -> Attribution | None:
    """The subject of the sentence that introduces the quote with a colon (or a comma
    after a reporting verb)."""
    p = item.paragraph
    tokens = prep.tokens(p)
    mark = prep.index(p, item.start) - 1
    if mark < 0 or tokens[mark].text not in QUOTE_CHARS:
        return None
    if mark > 0:
        t = mark - 1
    elif (colon := prep.colon_before(p, item.start)) is not None:
        p, t = p - 1, colon
        tokens = prep.tokens(p)
    else:
        return None
    if tokens[t].text not in (":", ","):
        return None
    start = prep.paragraphs[p].sentence_of(t)[0]
    said = tokens[t].text == "," and said_was(tokens, start, t, prep.book.lexicon)
    if tokens[t].text == "," and not (said or _reporting(prep, p, start, t)):
        return None
    if _goes_past(prep, item):
        return None  # '"...?" a reporter can be heard asking Berg': words that may attribute
    if said:
        return said_was_lead(prep, p, start, t)
    run = _subject(prep, p, start, t)
    if run is None:
        return _possessed_lead_in(prep, p, start, t) or role_lead_in(prep, p, start, t)
    if any(tokens[k].text in QUOTE_CHARS for k in range(start, run.last)):
        return None  # quoted words before the subject may have a speaker of their own
    speaker = _phrase(prep, p, run.name_first, run.last, run.titles)
    return Attribution(speaker, tokens[t].text, speaker.start, tokens[t].end, None)


def _possessed_lead_in(prep: Prepared, p: int, start: int, t: int) -> Attribution | None:
    """A colon lead-in that opens with 'his' or 'her' and a thing of theirs ('His
    statement:', 'Her promise to the crowd was specific:'): the pronoun, resolved as
    any ('"...," he said'); not a person of theirs ('Her mother was blunt:' is the
    mother's), nor where a name, a quote or a pronoun of the other gender is in it."""
    tokens, lexicon = prep.tokens(p), prep.book.lexicon
    k = skip_lead_ins(tokens, start, t, lexicon)
    gender = lexicon.possessive_pronouns.get(tokens[k].lower) if k + 1 < t else None
    if gender is None or tokens[t].text != ":":
        return None
    lead = tokens[k + 1 : t]
    if owns_person(tokens, k + 1, t, lexicon) or any(w.text in QUOTE_CHARS for w in lead):
        return None
    if any(q == p and k < run.first < t and surely_person(prep, p, run) for q, run in prep.runs):
        return None  # 'His reply to Ana Ruiz:'
    if any(lexicon.pronouns.get(w.lower, gender) != gender for w in lead):
        return None
    pronoun = tokens[k]
    speaker = SpeakerPhrase("pronoun", pronoun.start, pronoun.end, pronoun.text, None, None, gender)
    return Attribution(speaker, tokens[t].text, pronoun.start, tokens[t].end, None)


def _reporting(prep: Prepared, p: int, start: int, t: int) -> bool:
    words = prep.words(p)
    lexicon = prep.book.lexicon
    return any(lexicon.verb_at(words, k, loose=True) for k in range(start, t))


def _subject(prep: Prepared, p: int, start: int, t: int) -> NameRun | None:
    """The first person named in tokens[start:t] who is no complement (not after a
    preposition or a determiner), unless a passive ('by') follows it."""
    tokens: tuple[Token, ...] = prep.tokens(p)
    for q, run in prep.runs:
        if q != p or not start <= run.first < t or not surely_person(prep, p, run):
            continue
        before = tokens[run.first - 1].lower if run.first > start else ""
        if before in COMPLEMENT:
            continue
        if hands_to_thing(tokens, run.last, t, prep.book.lexicon):
            return None  # 'Berg's office released a memo that says: "..."'
        if possessed_person(tokens, run, t, prep.book.lexicon):
            return None  # 'Berg's mother was blunt:': the mother's words
        agent = next((k for k in range(run.last, t) if tokens[k].lower == "by"), None)
        return run if agent is None else _agent(prep, p, agent, t)
    return None


def _agent(prep: Prepared, p: int, by: int, t: int) -> NameRun | None:
    """'Berg was asked by host Ana Ruiz, who ...: "..."': the person after 'by'."""
    for q, run in prep.runs:
        if q == p and by < run.first <= by + 3 and run.last <= t and surely_person(prep, p, run):
            return run
    return None


SPEAKING = ("name", "surname", "pronoun", "role")
LEAD_WORDS = 3  # tokens before a quote opening the next sentence ('Then, "..."')
NEXT_LEAD_WORDS = 8  # tokens before a quote opening the next paragraph ('Later, on TV: "')


def _goes_on(prep: Prepared, item: Found, near: Neighbours) -> Attribution | None:
    """The speaker of the statement just before, when nobody else is named between:
    this quote opens in that quote's sentence or right at the start of the next ('"A,"
    Berg said, waving at the crowd. Then, "B."'), or, a direct quote ending its
    paragraph, after a short colon lead-in that names no one opening the next ('Later,
    on the radio: "B."')."""
    previous = near.previous
    attribution = previous.attribution if previous is not None else None
    if previous is None or attribution is None or attribution.speaker is None:
        return None
    if attribution.speaker.form not in SPEAKING:
        return None
    if previous.paragraph == item.paragraph:
        goes_on = _same_sentence(prep, item, previous, attribution.speaker)
    else:
        goes_on = previous.paragraph == item.paragraph - 1 and _short_lead(prep, item, previous)
        goes_on = goes_on and previous.kind == "direct"
    return attribution if goes_on else None


def _same_sentence(prep: Prepared, item: Found, previous: Found, speaker: SpeakerPhrase) -> bool:
    p = item.paragraph
    if not prep.paragraphs[p].start <= previous.end <= item.start:
        return False
    tokens = prep.tokens(p)
    a, mark = prep.index(p, previous.end), prep.index(p, item.start) - 1
    if mark < a or any(tokens[k].text in QUOTE_CHARS for k in range(a + 1, mark)):
        return False
    stops = [k for k in range(max(a - 2, 0), mark) if _stop(tokens, k, mark)]
    if len(stops) > 1 or (stops and not _goes_on_about(prep, p, stops[-1] + 1, mark)):
        return False  # a sentence between, or one of its own before the mark
    for q, run in prep.runs:
        spoke = speaker.start <= tokens[run.first].start < speaker.end if q == p else False
        if q == p and a <= run.first < mark and surely_person(prep, p, run) and not spoke:
            return False  # someone else named between
    return True


def _goes_on_about(prep: Prepared, p: int, opens: int, mark: int) -> bool:
    """Does the sentence from token ``opens`` to the mark keep to the speaker: a few
    words ('Then, "B."'), or a sentence whose subject is 'he' or 'she' ('He cited the
    delays as "B."')?"""
    tokens = prep.tokens(p)
    while opens < mark and tokens[opens].text in QUOTE_CHARS:
        opens += 1
    return mark - opens <= LEAD_WORDS or tokens[opens].lower in ("he", "she")


def _stop(tokens: tuple[Token, ...], k: int, mark: int) -> bool:
    """Does a sentence end at token ``k`` (a full stop, '?' or '!', a capital next)?"""
    if tokens[k].text not in (".", "?", "!"):
        return False
    nxt = next((t for t in tokens[k + 1 : mark + 1] if t.text not in QUOTE_CHARS), None)
    return nxt is not None and nxt.cap


def _short_lead(prep: Prepared, item: Found, previous: Found) -> bool:
    """Does ``previous`` (with its attribution) end its paragraph, and ``item`` open the
    next after a few words that name no one and report nothing?"""
    p = item.paragraph
    before = prep.tokens(p - 1)
    if not before or prep.index(p - 1, reach(previous)) < len(before) - 2:
        return False
    tokens, mark = prep.tokens(p), prep.index(p, item.start) - 1
    if not 0 < mark <= NEXT_LEAD_WORDS or tokens[mark - 1].text != ":":
        return False
    if any(q == p and run.first < mark and surely_person(prep, p, run) for q, run in prep.runs):
        return False
    return not _reporting(prep, p, 0, mark)


def _about(prep: Prepared, item: Found, near: Neighbours) -> Attribution | None:
    """A quote after narration with no quote marks about one person: the quote is its
    paragraph's only words, after such a paragraph, or the last sentences of its
    paragraph, after such sentences ('Quintan seemed taken aback. "Does that not
    speak to your judgment?"').  The narration opens with the person's name as its
    subject and names nobody else ('Berg is upbeat about the ferry. He sees it as ...'
    then '"It will pay for itself."'), or names others too while the next paragraph
    opens with a quote its attribution gives to that person ('"...," Berg notes.'); or
    it opens with 'he' or 'she' and names no one (``narration.pronoun_narration``)."""
    narration = _narration(prep, item)
    if narration is None:
        return None
    q, end = narration
    tokens = prep.tokens(q)[:end]
    if not tokens or any(t.text in QUOTE_CHARS for t in tokens):
        return None
    people = [
        run for r, run in prep.runs if r == q and run.last <= end and surely_person(prep, q, run)
    ]
    start = skip_lead_ins(tokens, 0, len(tokens), prep.book.lexicon)
    if not people:
        return pronoun_narration(prep, q, start, end, near.statements)
    if people[0].first != start or possessive(tokens, people[0]):
        return None
    last = tokens[people[0].last - 1].lower
    others = any(tokens[run.last - 1].lower != last for run in people)
    if others and not _closed_by(prep, item, near.following, last):
        return None  # someone else named too
    speaker = _phrase(prep, q, people[0].name_first, people[0].last, people[0].titles)
    return Attribution(speaker, None, speaker.start, speaker.end, None)


def _narration(prep: Prepared, item: Found) -> tuple[int, int] | None:
    """(paragraph, end token) of the narration a quote follows: the paragraph before a
    quote that is its paragraph's only words, or the sentences before a quote that
    opens a sentence and ends its paragraph."""
    p = item.paragraph
    if _whole_paragraph(prep, item):
        return (p - 1, len(prep.tokens(p - 1))) if p > 0 else None
    tokens = prep.tokens(p)
    if any(t.is_word and t.start >= item.end for t in tokens):
        return None
    mark = prep.index(p, item.start) - 1  # the opening mark
    if mark <= 0 or prep.paragraphs[p].sentence_of(mark)[0] != mark:
        return None
    return p, mark


def _closed_by(prep: Prepared, item: Found, following: Found | None, last: str) -> bool:
    """Does the paragraph after ``item`` open with a direct quote its own sentence
    gives to a name ending in ``last``?"""
    if following is None or following.kind != "direct" or following.attribution is None:
        return False
    speaker = following.attribution.speaker
    if following.paragraph != item.paragraph + 1 or speaker is None or speaker.name is None:
        return False
    if (
        speaker.form not in ("name", "surname")
        or prep.index(following.paragraph, following.start) > 1
    ):
        return False
    return speaker.name.split()[-1].lower() == last


def _next_paragraph(prep: Prepared, item: Found, near: Neighbours) -> Attribution | None:
    """A quote that is its paragraph's only words, right after a paragraph whose last
    statement is attributed to someone and that ends in its sentence with nothing more
    of anyone (no other name, no quote, no reporting verb: '"A," Berg said.' then
    '"B."' then '"C."'): the same speaker goes on, unless the quote speaks of them by
    name ('"Berg's plan ..."').  A sentence of narration between ends the speaker.  The
    statement before may be a quote over several paragraphs: where it ends counts."""
    previous = near.previous
    attribution = previous.attribution if previous is not None else None
    if previous is None or attribution is None or attribution.speaker is None:
        return None
    p, speaker = item.paragraph, attribution.speaker
    if _asks(prep, previous):
        return None  # '"...?"' then '"Congressman, I ..."': an exchange, not a run
    if speaker.form not in SPEAKING or _paragraph_at(prep, reach(previous) - 1) != p - 1:
        return None
    if not _whole_paragraph(prep, item) or speaks_of(prep, item, speaker.name):
        return None
    tokens = prep.tokens(p - 1)
    rest = prep.index(p - 1, reach(previous))
    while rest < len(tokens) and not tokens[rest].is_word:
        rest += 1  # its closing mark
    if rest < len(tokens) and prep.paragraphs[p - 1].sentence_of(rest)[0] >= rest:
        return None  # a sentence of narration between ('The crowd cheered.')
    if any(t.text in QUOTE_CHARS for t in tokens[rest:]):
        return None
    if _reporting(prep, p - 1, rest, len(tokens)):
        return None
    if any(
        q == p - 1 and run.first >= rest and surely_person(prep, q, run) for q, run in prep.runs
    ):
        return None
    return attribution


def _asks(prep: Prepared, item: Found) -> bool:
    """Does the direct quote end with a question?"""
    a, b = item.segments[-1]
    return item.kind == "direct" and prep.body[a:b].rstrip(" \u201d\u2019\"'").endswith("?")


def _whole_paragraph(prep: Prepared, item: Found) -> bool:
    tokens = prep.tokens(item.paragraph)
    return all(item.start <= t.start < item.end for t in tokens if t.is_word)


def _last_subject(prep: Prepared, item: Found, near: Neighbours) -> Attribution | None:
    """A quote after narration whose last sentence is about one person, its subject
    ('She laughed.', 'Lindqvist grimaced.'; ``narration.last_subject``), or a relative
    of someone named ('Her father laughed.': ``kin.kin_subject``)."""
    narration = _narration(prep, item)
    if narration is None:
        return None
    found = last_subject(prep, *narration) or kin_subject(prep, *narration, near.previous)
    if found is None:
        return None
    if isinstance(found, SpeakerPhrase):
        return Attribution(found, None, found.start, found.end, None)
    speaker = _phrase(prep, narration[0], found.name_first, found.last, found.titles)
    return Attribution(speaker, None, speaker.start, speaker.end, None)


Rule = Callable[[Prepared, Found, Neighbours], Attribution | None]
# The rules in the order they are tried (``bench/speakers_cv.py`` scores each apart).
RULES: tuple[Rule, ...] = (
    _named_after,
    _lead_in,
    _goes_on,
    _about,
    _next_paragraph,
    _last_subject,
)
