"""Link: across articles.  Near-duplicate copies, stories (events) and stale reprints.

Every entry point is a pure function over ``Article`` records with an options
dataclass; nothing is cached between calls.

    copies = find_copies(articles)                         # list[CopyLink]
    result = cluster_stories(articles)                     # StoryAssignment
    later = cluster_stories(new_articles, existing=StoryState.from_bytes(saved))
    findings = stale_reprints(articles, result.stories, copies)   # list[Finding]
    diff = copy_diff(original, copy, load_language())      # for ``retold show``
"""

from retold.link.copies import STAGE as COPIES_STAGE
from retold.link.copies import CopyOptions, find_copies
from retold.link.evidence import copy_diff
from retold.link.findings import STALE_REPRINT, StaleOptions, stale_reprints
from retold.link.language import Language, load_language
from retold.link.state import StoryState
from retold.link.stories import STAGE as STORIES_STAGE
from retold.link.stories import StoryAssignment, StoryOptions, cluster_stories
from retold.records import CopyDiff, CopyKind, CopyLink, Finding, Span, Story

__all__ = [
    "COPIES_STAGE",
    "STALE_REPRINT",
    "STORIES_STAGE",
    "CopyDiff",
    "CopyKind",
    "CopyLink",
    "CopyOptions",
    "Finding",
    "Language",
    "Span",
    "StaleOptions",
    "Story",
    "StoryAssignment",
    "StoryOptions",
    "StoryState",
    "cluster_stories",
    "copy_diff",
    "find_copies",
    "load_language",
    "stale_reprints",
]
