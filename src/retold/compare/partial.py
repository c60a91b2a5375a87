"""Quoted words inside reported speech that are the speaker's own, by the story's evidence.

Analysis reads one article: a lone quoted word or a bare noun phrase inside a
reported statement ('Sarnov said the sentences were "excessive"') is a scare quote
there, since a term is quoted that way too ('embers were "spotting"').  What decides
is whether the speaker said those words: when a direct quote of the reported
statement's speaker, in any article of the story, holds the quoted words verbatim
('"The sentences are excessive," Sarnov said'), they are the speaker's words: no
scare quote, but words of the speaker's reported statement, which the story groups
and grades.  Nowhere else: without the speaker's own direct quote, outside a
reported statement, or after a naming cue ('known as "take"'), a scare quote stays one.  (Made a partial quote of its own, the
examples' gold would count the reported statement around it an extra span: it names
the two quoted pieces of 'said the sentences were "excessive" and promised that ...
"will help ..."' and not the statement that holds them.)
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from retold.analyze.aliases import Aliases, load_aliases, name_key
from retold.analyze.records import ArticleAnalysis, Quote, ScareQuote
from retold.compare.grouping import may_be_same
from retold.compare.words import Vocabulary, load_vocabulary, phrase_in, words


def speakers_words(
    analyses: Sequence[ArticleAnalysis],
    vocabulary: Vocabulary | None = None,
    aliases: Aliases | None = None,
) -> list[ArticleAnalysis]:
    """One story's analyses without the scare quotes that their reported statement's
    speaker said in a direct quote (an analysis with nothing to change is returned as
    it was)."""
    vocabulary = vocabulary or load_vocabulary()
    aliases = aliases or load_aliases()
    direct = [
        (name_key(q.speaker, aliases), words(q.text, vocabulary))
        for analysis in analyses
        for q in analysis.quotes
        if q.kind == "direct" and q.speaker and q.speaker_kind == "person"
    ]
    result = []
    for analysis in analyses:
        spoken: set[ScareQuote] = set()
        for scare in analysis.scare_quotes:
            if scare.reason.startswith("after "):
                continue  # a naming cue ('known as "take"'): a term, whoever says it
            report = _reported(analysis, scare)
            if report is None or report.speaker is None:
                continue
            said = words(scare.text, vocabulary)
            key = name_key(report.speaker, aliases)
            if any(may_be_same(key, k) and phrase_in(said, held) for k, held in direct):
                spoken.add(scare)
        if spoken:
            kept = tuple(s for s in analysis.scare_quotes if s not in spoken)
            analysis = replace(analysis, scare_quotes=kept)
        result.append(analysis)
    return result


def _reported(analysis: ArticleAnalysis, scare: ScareQuote) -> Quote | None:
    """The reported statement of a named person that holds the scare quote."""
    return next(
        (
            q
            for q in analysis.quotes
            if q.kind == "indirect"
            and q.speaker_kind == "person"
            and q.start <= scare.start
            and scare.end <= q.end
        ),
        None,
    )
