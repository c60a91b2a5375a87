"""The geometry of a story's copy and credit graph, for an inline SVG (no script).

The story's articles sit on one row in time order; outlets credited but without an
article in the story sit on a row below.  Copies are arcs above the row (original to
copy); credits are arcs below it to the credited outlet's earliest article, or lines down
to the outlet's own node when it is not in the story.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

STEP, LEFT, ROW, OUTSIDE = 130, 70, 120, 290
BELOW = ROW + 44  # under the node's labels


def graph_chart(timeline: Sequence[dict[str, Any]], graph: dict[str, Any]) -> dict[str, Any]:
    """Nodes and edges (SVG path data) for the story document's ``timeline`` and ``graph``."""
    x = {row["article"]: LEFT + n * STEP for n, row in enumerate(timeline)}
    first_of: dict[str, str] = {}
    for row in timeline:
        if row["outlet"]:
            first_of.setdefault(row["outlet"].casefold(), row["article"])
    credits = graph.get("credits", [])
    outside = list(
        dict.fromkeys(c["outlet"] for c in credits if c["outlet"].casefold() not in first_of)
    )
    width = max(760, LEFT * 2 + STEP * max(len(timeline), len(outside)))
    out_x = {
        name: LEFT + (n + 0.5) * (width - 2 * LEFT) / max(len(outside), 1)
        for n, name in enumerate(outside)
    }
    edges = [
        _arc(x[c["original"]], x[c["copy"]], -1, "copy", f"copy ({c['kind']})")
        for c in graph.get("copies", [])
        if c["original"] in x and c["copy"] in x
    ]
    edges += _credit_edges(credits, x, first_of, out_x)
    nodes = [
        {
            "x": x[r["article"]],
            "y": ROW,
            "article": r["article"],
            "outlet": r["outlet"] or "?",
            "date": r["published"] or "",
        }
        for r in timeline
    ]
    others = [{"x": round(out_x[name]), "y": OUTSIDE, "outlet": name} for name in outside]
    return {
        "width": width,
        "height": OUTSIDE + 40 if outside else BELOW + 100,
        "nodes": nodes,
        "outside": others,
        "edges": edges,
    }


def _credit_edges(
    credits: Sequence[dict[str, Any]],
    x: dict[str, int],
    first_of: dict[str, str],
    out_x: dict[str, float],
) -> list[dict[str, str]]:
    """Credits as arcs below the row to an article of the credited outlet, or as lines
    down to its own node when it has no article in the story."""
    edges = []
    for c in credits:
        if c["article"] not in x:
            continue
        target = first_of.get(c["outlet"].casefold())
        label = f"credits {c['outlet']}"
        if target is None:
            x1, x2 = x[c["article"]], round(out_x[c["outlet"]])
            edges.append(
                {"d": f"M{x1},{BELOW} L{x2},{OUTSIDE - 14}", "cls": "credit", "label": label}
            )
        elif target != c["article"]:
            edges.append(_arc(x[c["article"]], x[target], 1, "credit", label))
    return edges


def _arc(x1: int, x2: int, side: int, cls: str, label: str) -> dict[str, str]:
    """A curve from one node to another, above (side -1) or below (1) the row."""
    lift = 24 + 10 * abs(x2 - x1) // STEP
    y = ROW - 12 if side < 0 else BELOW
    mid = y + side * lift
    return {"d": f"M{x1},{y} Q{(x1 + x2) // 2},{mid} {x2},{y}", "cls": cls, "label": label}
