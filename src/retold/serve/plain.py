"""Untrusted text for the terminal: what came from an input (titles, bodies, outlet names,
URLs, quotes, speakers, evidence, file names) reaches rich as `Text`, never read as markup or
emoji codes, so "[people]" or a bare "[/]" is printed as it is written."""

from __future__ import annotations

from rich.console import Console, RenderableType
from rich.table import Table
from rich.text import Text

Cell = RenderableType | None


def plain(value: str | None, *, empty: str = "—", style: str = "") -> Text:
    """``value`` as literal text (``empty`` when missing or blank)."""
    return Text(value or empty, style=style)


def add_row(table: Table, *cells: Cell) -> None:
    """``table.add_row`` with every string cell taken literally."""
    table.add_row(*(plain(c, empty="") if isinstance(c, str) else c for c in cells))


def console(*, stderr: bool = False, width: int | None = None) -> Console:
    """A console that reads no markup or emoji codes in plain strings, a backstop for any
    string that reaches it without `plain`."""
    return Console(stderr=stderr, width=width, markup=False, emoji=False)
