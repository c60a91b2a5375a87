"""``retold timeline PERSON`` on the terminal: a person's statements in time order.

One heading per day and story (the date, and where it comes from: the event date the
story's ledes give, with the phrase that gives it, or a publication date), then each
statement under it: its kind, first outlet, how many articles carry it, and the
wording of its first occurrence.  A list, not a table, so it reads at 80 columns.
Everything that came from an input reaches rich as literal text (``serve.plain``).
"""

from __future__ import annotations

from collections.abc import Sequence

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from retold.coverage.timeline import TimelineEntry
from retold.serve.plain import plain

_SOURCES = {
    "event": "event date from the ledes",
    "story_published": "the story's earliest publication",
    "published": "earliest publication of the statement",
    "unknown": "no date",
}


def timeline_view(person: str, entries: Sequence[TimelineEntry]) -> RenderableType:
    """The person's name and counts, then the statements under day-and-story headings."""
    stories = {e.story for e in entries}
    dated = [e.date for e in entries if e.date]
    span = f", {dated[0]} to {dated[-1]}" if dated else ""
    title = plain(person, style="bold").append(
        f": {len(entries)} statement(s) in {len(stories)} story(ies){span}"
    )
    parts: list[RenderableType] = [title]
    heading: tuple[str | None, str | None] | None = None
    for entry in entries:
        if (entry.date, entry.story) != heading:
            heading = (entry.date, entry.story)
            parts.append(Text(""))
            parts.append(_heading(entry))
        parts.append(Padding(_statement(entry), (0, 0, 0, 2)))
    return Group(*parts)


def _heading(entry: TimelineEntry) -> Text:
    text = Text(entry.date or "undated", style="bold")
    text.append(f"  {entry.story or 'no story'}  ({_SOURCES[entry.date_source]}", style="dim")
    event = entry.event
    if entry.date_source == "event" and event and event.evidence:
        phrases = sorted({f"“{m.text}”" for m in event.evidence})
        text.append(": ", style="dim").append(plain(", ".join(phrases[:3]), style="dim"))
    return text.append(")", style="dim")


def _statement(entry: TimelineEntry) -> Text:
    line = Text(f"• {entry.kind}, first in ", style="dim")
    line.append(plain(entry.outlet, empty="an unnamed outlet"))
    line.append(f" ({entry.first_published or 'undated'})", style="dim")
    others = [o for o in entry.outlets if o != entry.outlet]
    if others:
        line.append("; also ", style="dim").append(plain(", ".join(others)))
    if entry.said_on:
        line.append(f"; said on {entry.said_on.date} (", style="dim")
        line.append(plain(f"“{entry.said_on.text}”", style="dim")).append(")", style="dim")
    line.append(f"; {entry.occurrences} occurrence(s)\n", style="dim")
    return line.append(plain(entry.text))
