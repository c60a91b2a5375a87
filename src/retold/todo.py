"""The compare stage's to-do list, kept in the store between runs.

A story is compared again when its articles or their analyses changed (the link and
analysis stages put it on the list before they write), and when what coverage reads
from beyond the story changed: the corpus's outlets (a credit names an outlet as the
corpus spells it) or the forms the corpus prints of a person or place the story names
(framing).  The compare stage empties the list once its tables are written, so a run
cut short leaves the list to the next.  Stories off the list keep what the last run
found, which is what one run over every article would find.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

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
    now = context_marks(context)
    if saved.get("version") != version or listed is None or before.get("outlets") != now["outlets"]:
        return None
    old, new = before.get("forms", {}), now["forms"]
    changed = {c for c in old.keys() | new.keys() if old.get(c) != new.get(c)}
    touched = {
        story.id
        for story in stories
        if any(
            use.canonical in changed
            for a in story.articles
            if a in analysis_of
            for use in analysis_of[a].names
        )
    }
    return set(listed) | touched


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
