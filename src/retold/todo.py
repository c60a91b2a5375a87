"""The compare stage's to-do list, kept in the store between runs.

A story is compared again when its articles or their analyses changed (the link and
analysis stages put it on the list before they write), and when what coverage reads
from beyond the story changed for it: an outlet it credits came into the corpus (or
left it), or the forms the corpus prints of a person or place it names changed
(framing).  The compare stage empties the list once its tables are written, so a run
cut short leaves the list to the next.  Stories off the list keep what the last run
found, which is what one run over every article would find.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from retold.analyze.aliases import outlet_key
from retold.analyze.records import ArticleAnalysis
from retold.coverage.story import CoverageContext
from retold.records import Story
from retold.store import Store

COMPARE_TODO = "compare-todo"
"""State (JSON): ``version``, the compare stage's versions when it last ran; ``stories``,
the ids of the stories changed since (``null``: every story); ``context``, what it read
beyond the stories then (outlets, and a digest of each name's forms)."""


def _saved(store: Store) -> dict[str, Any]:
    try:
        saved = json.loads(store.get_state(COMPARE_TODO) or "{}")
    except ValueError:
        return {}
    return saved if isinstance(saved, dict) else {}


def mark(store: Store, stories: Iterable[str] | None) -> None:
    """Add ``stories`` (None: every story) to the list."""
    saved = _saved(store)
    if saved.get("stories") is None:
        return  # every story is to do already
    todo = None if stories is None else sorted({*saved["stories"], *stories})
    store.put_state(COMPARE_TODO, json.dumps({**saved, "stories": todo}))


def stories_to_do(
    store: Store,
    version: str,
    context: CoverageContext,
    stories: Sequence[Story],
    analysis_of: Mapping[str, ArticleAnalysis],
) -> set[str] | None:
    """The ids of the stories to compare under ``version`` with ``context`` (None: every
    one): those on the list, and those naming someone whose corpus forms changed."""
    saved = _saved(store)
    listed = saved.get("stories")
    before = saved.get("context") or {}
    if saved.get("version") != version or listed is None or not before:
        return None
    now = context_marks(context)
    old, new = before.get("forms", {}), now["forms"]
    names = {c for c in old.keys() | new.keys() if old.get(c) != new.get(c)}
    outlets = {outlet_key(o) for o in before.get("outlets", [])} ^ {
        outlet_key(o) for o in now["outlets"]
    }
    touched = {
        story.id
        for story in stories
        if any(_reads(analysis_of[a], names, outlets) for a in story.articles if a in analysis_of)
    }
    return set(listed) | touched


def _reads(analysis: ArticleAnalysis, names: set[str], outlets: set[str]) -> bool:
    """Whether the analysis names one of ``names`` or credits one of ``outlets`` (whether
    a credited outlet is in the corpus is part of the primary-source finding)."""
    return any(use.canonical in names for use in analysis.names) or any(
        outlet_key(c.source) in outlets for c in analysis.citations
    )


def done(store: Store, version: str, context: CoverageContext) -> None:
    """The list emptied: every story compared under ``version`` with ``context``."""
    marks = context_marks(context)
    store.put_state(COMPARE_TODO, json.dumps({"version": version, "stories": [], "context": marks}))


def context_marks(context: CoverageContext) -> dict[str, Any]:
    """The corpus's outlets, and per person or place a short digest of its forms and
    who prints each."""
    forms = {
        canonical: hashlib.sha256(
            repr(sorted((f, sorted(o)) for f, o in by_form.items())).encode("utf-8")
        ).hexdigest()[:12]
        for canonical, by_form in context.forms.items()
    }
    return {"outlets": sorted(context.outlets), "forms": forms}
