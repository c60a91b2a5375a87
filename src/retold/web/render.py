"""Page helpers with no HTML in them: text cut into marked pieces for highlighting, the
timeline chart's geometry, links that are safe to follow.

Templates turn the pieces into ``<mark>``/``<span>`` elements with Jinja2's autoescape on,
so article text never reaches the page unescaped.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import pairwise
from typing import Any
from urllib.parse import urlsplit

from retold.clean.dates import iso_day


@dataclass(frozen=True)
class Mark:
    """A span of a text to highlight: ``cls`` names the CSS class, ``label`` the tooltip;
    ``anchor`` gives the piece where the span starts an id to link to."""

    start: int
    end: int
    cls: str
    label: str = ""
    anchor: str | None = None


@dataclass(frozen=True)
class Piece:
    text: str
    classes: tuple[str, ...]
    labels: tuple[str, ...]
    anchor: str | None


def pieces(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """``text`` cut at every mark's start and end; each piece carries the marks over it."""
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    cuts = sorted({0, len(text), *(m.start for m in inside), *(m.end for m in inside)})
    out = []
    for a, b in pairwise(cuts):
        over = [m for m in inside if m.start <= a and b <= m.end]
        anchor = next((m.anchor for m in over if m.start == a and m.anchor), None)
        out.append(
            Piece(
                text[a:b],
                tuple(dict.fromkeys(m.cls for m in over)),
                tuple(dict.fromkeys(m.label for m in over if m.label)),
                anchor,
            )
        )
    return out


def safe_url(url: str | None) -> str | None:
    """``url`` when it is an http(s) link; None for anything else (javascript:, data:...)."""
    if not url:
        return None
    try:
        scheme = urlsplit(url.strip()).scheme.lower()
    except ValueError:
        return None
    return url.strip() if scheme in ("http", "https") else None


WIDTH, LANE, LEFT, TOP = 760, 26, 170, 24


def timeline_chart(rows: Sequence[dict[str, Any]]) -> dict[str, Any] | None:
    """Where each article of a story sits on a date axis, one lane per outlet.

    ``rows`` are the story document's ``timeline`` rows.  None when fewer than one
    article has a publication date."""
    dated = [(r, iso_day(r.get("published"))) for r in rows]
    days = [d for _, d in dated if d]
    if not days:
        return None
    first, last = min(days), max(days)
    span = max((last - first).days, 1)
    lanes = list(dict.fromkeys(r.get("outlet") or "unknown outlet" for r, d in dated if d))
    plot = WIDTH - LEFT - 60

    def x(day: date) -> int:
        return LEFT + round((day - first).days / span * plot)

    points = [
        {
            "x": x(d),
            "y": TOP + lanes.index(r.get("outlet") or "unknown outlet") * LANE,
            "article": r["article"],
            "label": f"{r.get('outlet') or 'unknown outlet'}, {d.isoformat()}: {r.get('title') or ''}",
        }
        for r, d in dated
        if d
    ]
    ticks = sorted(set(days)) if len(set(days)) <= 8 else [first, last]
    return {
        "width": WIDTH,
        "height": TOP + len(lanes) * LANE + 10,
        "left": LEFT,
        "lanes": [{"y": TOP + n * LANE, "name": name} for n, name in enumerate(lanes)],
        "points": points,
        "ticks": [{"x": x(d), "label": d.isoformat()} for d in ticks],
    }
