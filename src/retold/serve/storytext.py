"""The story view as terminal text, from ``storyview.story_document``.

Every string from an input reaches the console as ``Text`` (``serve.plain``), never as
markup.  Word differences: what the reference has and a wording dropped is struck
through in red; what a wording added is underlined in green.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.table import Table
from rich.text import Text

from retold.serve.layout import Col, fitted_table
from retold.serve.plain import plain

MAX_BLOCKS = 8  # statement blocks shown in text; the JSON has them all
KIND_NAMES = {
    "quote_altered": "altered quote",
    "uncredited_copy": "uncredited copy",
    "stale_reprint": "stale reprint",
    "framing": "framing",
    "added_context": "added context",
    "omitted": "omission",
}


def story_text(doc: dict[str, Any], width: int = 100) -> RenderableType:
    """The story view, its tables fitted to ``width`` columns."""
    parts: list[RenderableType] = [_head(doc), _summary(doc["summary"]), _timeline(doc, width)]
    parts += _statements(doc["statements"])
    if doc["outlets"]:
        parts.append(_outlets(doc["outlets"], width))
    if doc["copies"]:
        parts.append(_copies(doc, width))
    for title, kinds in (
        ("framing", ("framing",)),
        ("added and left out", ("added_context", "omitted")),
        (
            "provenance and copying",
            ("primary_source", "uncredited_copy", "stale_reprint", "quote_altered"),
        ),
    ):
        chosen = [f for f in doc["findings"] if f["kind"] in kinds]
        if chosen:
            parts.append(Text(f"\n{title}", style="bold underline"))
            parts.extend(finding_text(f) for f in chosen)
    return Group(*parts)


def _head(doc: dict[str, Any]) -> Text:
    head = Text()
    head.append(doc["title"] or "(untitled story)", style="bold")
    head.append(
        f"\n{doc['id']} · first published {doc['first_published'] or 'unknown'} · "
        f"{len(doc['articles'])} article(s)",
        style="dim",
    )
    if doc["related"]:
        head.append(f"\nrelated stories: {', '.join(doc['related'])}", style="dim")
    return head


def _summary(summary: dict[str, Any]) -> Text:
    text = Text("\nin 20 seconds\n", style="bold underline")
    when = summary["when"]
    span = when["first"] or "unknown"
    if when["last"] and when["last"] != when["first"]:
        span += f" to {when['last']}"
    differs = ", ".join(f"{n} {KIND_NAMES.get(k, k)}" for k, n in summary["differs"].items())
    rows = [
        ("who", ", ".join(summary["who"]) or "no named speaker"),
        ("what", summary["what"] or "—"),
        ("when", _when(when, span)),
        ("source", summary["primary_source"] or "none credited by two articles"),
        ("outlets", ", ".join(summary["outlets"])),
        ("differs", differs or "nothing found"),
    ]
    for label, value in rows:
        text.append(f"{label:>8}  ", style="bold")
        text.append(f"{value}\n")
    return text


TIMELINE_COLUMNS = (
    Col("published", 10),
    Col("outlet", 10, want=14, most=22, weight=1, truncate=True),
    Col("title", 24, want=36, weight=4),
    Col("shared", 5, most=18, weight=1),
    Col("id", 8, most=10, weight=1, prefix=True, drop=1),
)


def _when(when: dict[str, Any], span: str) -> str:
    event = when.get("event")
    if event and when.get("event_source") == "text":
        return f"{event} (as the ledes tell it); published {span}"
    return f"published {span}"


def _timeline(doc: dict[str, Any], width: int) -> Table:
    rows = []
    for row in doc["timeline"]:
        shared = (
            "—"
            if row["outlet_sentences"] is None
            else f"{row['outlet_shared']}/{row['outlet_sentences']}"
        )
        if row["adds_nothing"]:
            shared += " (adds nothing)"
        rows.append(
            [
                row["published"] or "—",
                row["outlet"] or "—",
                row["title"] or "—",
                shared,
                row["article"],
            ]
        )
    return fitted_table(
        TIMELINE_COLUMNS, rows, width, title="articles in time order", title_justify="left"
    )


def _statements(blocks: list[dict[str, Any]]) -> list[RenderableType]:
    shown = [b for b in blocks if len(b["wordings"]) > 1][:MAX_BLOCKS]
    if not shown:
        return []
    parts: list[RenderableType] = [
        Text("\nstatements, each outlet's wording in time order", style="bold underline")
    ]
    for block in shown:
        ref = block["reference"]
        head = Text(f"\n{block['speaker'] or 'unnamed speaker'}", style="bold")
        against = (
            f"the statement's original in story {block['statement_story']}"
            if block.get("statement_story")
            else f"{ref['outlet'] or 'article ' + ref['article'][:10]} "
            f"({ref['published'] or 'undated'})"
        )
        head.append(f" · {len(block['wordings'])} wordings · graded against {against}", style="dim")
        parts.append(head)
        parts.extend(_Wording(w, ref) for w in block["wordings"])
    return parts


@dataclass(frozen=True)
class _Wording:
    """One wording's line, its word diff in colour on a colour console, and marked
    ``[-removed-]`` ``{+added+}`` on one without colour (a pipe, a file)."""

    wording: dict[str, Any]
    reference: dict[str, Any]

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        yield _wording(self.wording, self.reference, marked=console.color_system is None)


def _wording(wording: dict[str, Any], reference: dict[str, Any], marked: bool = False) -> Text:
    line = Text(f"  {wording['published'] or 'undated':<10} ", style="dim")
    outlet = wording["outlet"] or wording["article"][:10]
    outlet = outlet if len(outlet) <= 18 else outlet[:17] + "…"
    line.append(f"{outlet:<18} ", style="cyan")
    if wording["quote"] == reference["quote"]:
        line.append(f"{'reference':<12}", style="bold")
        line.append(f"“{wording['text']}”")
        return line
    grade = wording["fidelity"]
    line.append(f"{grade:<12}", style="bold red" if grade == "altered" else "bold")
    line.append("“")
    diff = wording["diff"]
    line.append_text(diff_text(diff, marked) if diff else plain(wording["text"]))
    line.append("”")
    for alteration in wording["alterations"]:
        line.append(f"\n{'':>33}! {alteration['detail']}", style="red")
    return line


def diff_text(ops: list[dict[str, str]], marked: bool = False) -> Text:
    """A word diff: removed words struck through in red, added words underlined in green;
    ``marked``: also between ``[-`` ``-]`` and ``{+`` ``+}``, for a reader without colour."""
    text = Text()
    removed, added = (("[-", "-]"), ("{+", "+}")) if marked else (("", ""), ("", ""))
    for op in ops:
        if op["op"] == "equal":
            text.append(op["occurrence"] + " ")
            continue
        if op["original"]:
            text.append(removed[0] + op["original"] + removed[1], style="red strike")
            text.append(" ")
        if op["occurrence"]:
            text.append(added[0] + op["occurrence"] + added[1], style="green underline")
            text.append(" ")
    text.rstrip()
    return text


OUTLET_COLUMNS = (
    Col("outlet", 10, want=14, most=22, weight=1, truncate=True),
    Col("credits", 8, want=14, most=30, weight=1),
    Col("spellings", 24, want=36, weight=4),
)


def _outlets(outlets: list[dict[str, Any]], width: int) -> Table:
    rows = []
    for row in outlets:
        spellings = "; ".join(
            f"{', '.join(forms)}" + ("" if forms == [name] else f" ({name})")
            for name, forms in row["spellings"].items()
        )
        rows.append([row["outlet"], ", ".join(row["credits"]) or "none", spellings or "—"])
    return fitted_table(
        OUTLET_COLUMNS, rows, width, title="sources and spellings per outlet", title_justify="left"
    )


def finding_text(finding: dict[str, Any]) -> Text:
    text = Text(f"{finding['kind']}", style="bold red")
    text.append(f"  ({finding['confidence']:.2f})  {finding['summary']}")
    for e in finding["evidence"][:6]:
        text.append(f"\n  {e['article'][:10]} [{e['start']}:{e['end']}] ", style="dim")
        text.append(f"“{e['text']}”")
    if len(finding["evidence"]) > 6:
        text.append(f"\n  … {len(finding['evidence']) - 6} more span(s) in the JSON", style="dim")
    return text


COPY_COLUMNS = (
    Col("original", 16, want=24, weight=1),
    Col("copy", 16, want=24, weight=1),
    Col("kind", 7),
    Col("similarity", 10, justify="right", drop=1),
)


def _copies(doc: dict[str, Any], width: int) -> Table:
    outlets = {row["article"]: row["outlet"] or "—" for row in doc["timeline"]}
    rows = [
        [
            f"{outlets.get(c['original'], '—')} {c['original'][:10]}",
            f"{outlets.get(c['copy'], '—')} {c['copy'][:10]}",
            c["kind"],
            f"{c['similarity']:.2f}",
        ]
        for c in doc["copies"]
    ]
    return fitted_table(COPY_COLUMNS, rows, width, title="copies", title_justify="left")


def coverage_text(doc: dict[str, Any]) -> RenderableType:
    """Each article's sentences: shared (with which outlets) or only in that article."""
    parts: list[RenderableType] = [_head(doc)]
    if doc["primary_source"]:
        parts.append(Text(f"primary source: {doc['primary_source']}"))
    for article in doc["articles"]:
        sentences = article["sentences"]
        shared = sum(1 for s in sentences if s["shared_with"])
        head = Text(f"\n{article['outlet'] or 'unknown outlet'}", style="bold")
        head.append(
            f"  {article['article'][:10]} · {shared} of {len(sentences)} sentences shared",
            style="dim",
        )
        parts.append(head)
        for s in sentences:
            line = Text("  ")
            if s["shared_with"]:
                names = sorted({w["outlet"] or w["article"][:10] for w in s["shared_with"]})
                line.append(f"shared with {', '.join(names)}: ", style="dim")
                line.append(s["text"])
            else:
                line.append("only here: ", style="bold yellow")
                line.append(s["text"])
            parts.append(line)
    for finding in doc["added_context"] + doc["omitted"]:
        parts.append(finding_text(finding))
    return Group(*parts)
