"""Helpers shared by the test modules (importable: pytest puts tests/ on sys.path)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from retold.analyze import load_nlp
from retold.clean import clean_document
from retold.errors import UsageError
from retold.link.stories import StoryAssignment
from retold.records import Article, Dateline, Origin, RawDocument, Rejected, Removed

SHARED = Path(__file__).resolve().parents[2] / "shared"  # the shared data beside the checkout

# Three paragraphs of fictional prose, long enough to read as article text.
P1 = (
    "The harbour authority in Lakeport said on Thursday that the new ferry terminal would "
    "open next spring, after two years of delays and a long dispute over the cost of dredging."
)
P2 = (
    "Officials told reporters that passenger numbers had doubled since the old pier closed, "
    "and that the council expected even more visitors during the summer season."
)
P3 = (
    "Local businesses welcomed the decision, though several fishermen said they worried "
    "about the noise from construction along the northern quay."
)
PARAGRAPHS = (P1, P2, P3)


def make_raw(
    text: str,
    *,
    path: str = "story.txt",
    record: str | None = None,
    markup: str = "text",
    fmt: str = "text",
    **meta: str,
) -> RawDocument:
    """A RawDocument built directly, as ingest would hand it to the cleaner."""
    return RawDocument(
        Origin(path, record),
        fmt,  # type: ignore[arg-type]
        text,
        markup,  # type: ignore[arg-type]
        "utf-8",
        tuple(meta.items()),
    )


def clean(text: str, **meta: str) -> Article:
    """Clean ``text`` and insist that it became an article."""
    result = clean_document(make_raw(text, **meta))
    assert not isinstance(result, Rejected), result
    return result


WriteFile = Callable[[str, bytes | str], Path]
RunCli = Callable[..., subprocess.CompletedProcess[str]]


def make_article(
    body: str,
    id: str = "a1",
    outlet: str | None = "The Harbour Herald",
    published: str | None = None,
    removed: tuple[str, ...] = (),
    *,
    title: str | None = None,
    dateline: Dateline | None = None,
) -> Article:
    """An Article built directly (no cleaning), for stages that start from clean text."""
    return Article(
        id=id,
        origin=Origin(f"{id}.txt"),
        format="text",
        encoding="utf-8",
        url=None,
        outlet=outlet,
        outlet_source="metadata",
        title=title,
        title_source="metadata" if title else "none",
        published=published,
        published_source="metadata" if published else "none",
        dateline=dateline,
        language="en",
        body=body,
        removed=tuple(Removed(text, "furniture", n) for n, text in enumerate(removed)),
    )


def nlp_or_skip() -> Any:
    """The spaCy pipeline, or skip the test where no English model is installed."""
    try:
        return load_nlp()
    except UsageError:
        pytest.skip("no spaCy English model installed")


def partition(assignment: StoryAssignment) -> set[frozenset[str]]:
    """The stories of an assignment as sets of article ids."""
    groups: dict[str, set[str]] = {}
    for aid, story in assignment.story_of.items():
        groups.setdefault(story, set()).add(aid)
    return {frozenset(g) for g in groups.values()}
