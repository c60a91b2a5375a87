"""Compare: inside one story, the same statement across outlets, and who credits whom.

    groups, findings = compare_story(story_articles, analyses, copy_links, "S1")
    # the same, step by step:
    groups = match_statements(story_articles, analyses, story="S1")
    findings = altered_quotes(groups, story_articles)
    findings += uncredited_copies(story_articles, analyses, copy_links, "S1", groups)
    flagged = {f.subject for f in findings if f.kind == "uncredited_copy"}
    findings += borrowed_statements(story_articles, analyses, groups, "S1", flagged)
    names = person_names(all_analyses, story_of)  # "Anders Rasmussen" -> "Anders Fogh ..."

Records are in ``retold.compare.records``: ``StatementGroup``, ``Occurrence``,
``DiffOp`` and ``Alteration``; findings use ``retold.records.Finding``.
"""

from retold.compare.borrowed import BorrowOptions, borrowed_statements
from retold.compare.fidelity import Grade, grade
from retold.compare.grouping import MatchOptions
from retold.compare.people import person_names
from retold.compare.provenance import altered_quotes, uncredited_copies
from retold.compare.records import (
    Alteration,
    DiffOp,
    Fidelity,
    Occurrence,
    PersonName,
    StatementGroup,
)
from retold.compare.statements import by_quote, match_statements
from retold.compare.story import compare_story
from retold.compare.words import Vocabulary, load_vocabulary

STAGE = "compare.statements.v1"

__all__ = [
    "STAGE",
    "Alteration",
    "BorrowOptions",
    "DiffOp",
    "Fidelity",
    "Grade",
    "MatchOptions",
    "Occurrence",
    "PersonName",
    "StatementGroup",
    "Vocabulary",
    "altered_quotes",
    "borrowed_statements",
    "by_quote",
    "compare_story",
    "grade",
    "load_vocabulary",
    "match_statements",
    "person_names",
    "uncredited_copies",
]
