"""The learn stage: outlet furniture grown from each outlet's learn index
(``retold.clean.relearn``) by the articles not yet learned from, and written for all
outlets in as few transactions as the work allows."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from retold import storystate
from retold.clean import STAGE as CLEAN_STAGE
from retold.clean.learn import LearnOptions
from retold.clean.relearn import EmptyIndex, Learned, relearn
from retold.records import Article
from retold.store import Store


def learn_stage(store: Store, options: LearnOptions) -> list[str]:
    """Outlet furniture of each outlet with an article not yet learned from with these
    options, grown from the outlet's learn index by those articles alone
    (``clean.relearn``): they are cleaned, and so are the stored articles carrying a line
    whose furniture status they change; an outlet whose index was built under other
    options (or none) is learned from every stored article of it.  The stored result
    depends only on the set of articles stored, never on their order or on how runs
    split them.

    Returns the ids of the articles rewritten.  The outlets are written together, one
    transaction for as many as rewrite ``LEARNED_WRITE`` articles (outlets never share
    lines, so one outlet's learning reads nothing another's writes).  What was derived
    from the old bodies (their copy index entries included) is deleted by the store in
    the same transaction; before that, when one of them is in a story, the story state
    is dropped (the next link run clusters every article afresh), so a run cut short in
    between leaves nothing built from old bodies."""
    pipeline = f"{CLEAN_STAGE}+{options.version}"
    rewritten: list[str] = []
    waiting: list[Learned] = []
    for outlet in store.outlets_to_learn(pipeline):
        fresh = store.learn_version(outlet) != pipeline
        pending = store.outlet_articles(outlet, None if fresh else pipeline)
        learned = relearn(
            EmptyIndex() if fresh else store,
            partial(_by_id, store),
            outlet,
            pending,
            {} if fresh else store.outlet_lines(outlet),
            options,
        )
        if any(store.story_of(a.id) is not None for a in learned.rewritten):
            storystate.drop(store)
        waiting.append(Learned(outlet, learned, fresh))
        rewritten += [a.id for a in learned.rewritten]
        if sum(len(w.relearned.rewritten) for w in waiting) >= LEARNED_WRITE:
            store.put_learned(waiting, pipeline)
            waiting = []
    if waiting:
        store.put_learned(waiting, pipeline)
    return rewritten


LEARNED_WRITE = 2000
"""Rewritten articles the learn stage holds before it writes the outlets learned so far
(one transaction for many outlets: a commit per outlet was most of a batch's learning)."""


def _by_id(store: Store, ids: Sequence[str]) -> list[Article]:
    """The stored articles of ``ids``, by id."""
    return sorted((s.article for s in store.articles_by_id(ids)), key=lambda a: a.id)
