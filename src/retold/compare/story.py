"""Everything compare finds inside one story, in one call (the pipeline's and the eval's)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from retold.analyze.records import ArticleAnalysis
from retold.compare.borrowed import borrowed_statements
from retold.compare.grouping import MatchOptions
from retold.compare.provenance import LinkLike, altered_quotes, uncredited_copies
from retold.compare.records import StatementGroup
from retold.compare.statements import match_statements
from retold.records import Article, Finding


def compare_story(
    members: Sequence[Article],
    analyses: Sequence[ArticleAnalysis],
    links: Iterable[LinkLike],
    story: str | None = None,
    options: MatchOptions | None = None,
) -> tuple[list[StatementGroup], list[Finding]]:
    """The story's statement groups, and its findings: altered quotes, uncredited copies
    by copy link (``links`` between members), then by the statements they carry.
    ``options``: the statement matcher's, read once by a caller comparing many stories."""
    groups = match_statements(members, analyses, story, options)
    findings = altered_quotes(groups, members)
    copied = uncredited_copies(members, analyses, links, story, groups)
    flagged = {f.subject for f in copied}
    findings += copied
    findings += borrowed_statements(members, analyses, groups, story, flagged)
    return groups, findings
