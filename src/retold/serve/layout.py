"""How wide the output is, and tables that fit it.

The width is ``--width`` when given, else ``COLUMNS``, else the terminal's, else
``PIPE_WIDTH`` when the output is a file or a pipe: never unlimited.  A table gives
each column a fixed width so that it fits: the main column (a title, a quote) keeps
at least its ``least`` room, and the least useful columns are dropped first when
the width is short.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Literal, TypeVar

import click
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from retold.serve.plain import Cell, add_row
from retold.serve.plain import console as plain_console

F = TypeVar("F", bound=Callable[..., Any])
PIPE_WIDTH = 100
"""The width when the output is no terminal and neither ``--width`` nor ``COLUMNS`` says."""
MIN_WIDTH = 40


def width_option(func: F) -> F:
    """``--width N``, shared by the commands that print tables."""
    return click.option(
        "--width",
        type=click.IntRange(min=MIN_WIDTH),
        expose_value=False,
        callback=_remember_width,
        help=f"Columns to fit the output in [default: $COLUMNS, the terminal's, or "
        f"{PIPE_WIDTH} through a pipe].",
    )(func)


def _remember_width(ctx: click.Context, param: click.Parameter, value: int | None) -> None:
    if value is not None:
        ctx.meta["retold.width"] = value


def output_console() -> Console:
    """Standard output at the width chosen (see the module's docstring)."""
    ctx = click.get_current_context(silent=True)
    width: int | None = ctx.meta.get("retold.width") if ctx else None
    columns = os.environ.get("COLUMNS", "")
    if width is None and columns.isdigit() and int(columns) > 0:
        width = int(columns)
    console = plain_console(width=width)
    if width is None and not console.is_terminal:
        console = plain_console(width=PIPE_WIDTH)
    return console


Justify = Literal["left", "right"]


@dataclass(frozen=True)
class Col:
    """One column: ``least`` cells at the narrowest, at most ``most`` (None: as wide as
    its widest cell).  Columns with a ``drop`` rank go (1 first; 0 never) until every
    column left can have its ``want``; then each gets its ``least`` and the room left
    over is shared by ``weight``, none growing past its widest cell."""

    header: str
    least: int
    want: int = 0
    most: int | None = None
    weight: int = 0
    drop: int = 0
    justify: Justify = "left"
    truncate: bool = False  # cut with an ellipsis instead of wrapping
    prefix: bool = False  # an id: cut to the width, since any unique prefix of it will do


BORDER = 3  # a cell's padding and its rule; the table adds one more


def fit_columns(cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int) -> list[int]:
    """The widths of ``cols`` (0 for a column dropped) so the table fits ``width``."""
    kept = list(range(len(cols)))

    def need(attr: str) -> int:
        return sum(max(getattr(cols[i], attr), cols[i].least) for i in kept)

    droppable = sorted((c.drop, i) for i, c in enumerate(cols) if c.drop)
    while droppable and need("want") + BORDER * len(kept) + 1 > width:
        kept.remove(droppable.pop(0)[1])
    widths = [cols[i].least if i in kept else 0 for i in range(len(cols))]
    natural = [_natural(c, [r[i] for r in rows]) for i, c in enumerate(cols)]
    room = width - sum(widths) - BORDER * len(kept) - 1
    while room > 0:
        growing = [i for i in kept if cols[i].weight and widths[i] < natural[i]]
        if not growing:
            break
        total = sum(cols[i].weight for i in growing)
        given = 0
        for i in growing:
            share = max(1, room * cols[i].weight // total)
            step = min(share, natural[i] - widths[i], room - given)
            widths[i] += step
            given += step
        room -= given
        if not given:
            break
    return widths


def _natural(col: Col, cells: Sequence[Cell]) -> int:
    longest = max([cell_len(col.header), *(_cell_width(c) for c in cells)])
    return max(col.least, min(longest, col.most) if col.most else longest)


def _cell_width(cell: Cell) -> int:
    if isinstance(cell, str):
        return cell_len(cell)
    if isinstance(cell, Text):
        return max((cell_len(line) for line in cell.plain.split("\n")), default=0)
    return 0


def fitted_table(
    cols: Sequence[Col], rows: Sequence[Sequence[Cell]], width: int, **table: Any
) -> Table:
    """A table of ``rows`` laid out by ``fit_columns`` for ``width``."""
    widths = fit_columns(cols, rows, width)
    out = Table(header_style="bold", **table)
    kept = [i for i, w in enumerate(widths) if w]
    for i in kept:
        col = cols[i]
        out.add_column(
            col.header,
            width=widths[i],
            justify=col.justify,
            no_wrap=col.truncate,
            overflow="ellipsis" if col.truncate else "fold",
        )
    for row in rows:
        add_row(out, *(_cut(row[i], widths[i]) if cols[i].prefix else row[i] for i in kept))
    return out


def _cut(cell: Cell, width: int) -> Cell:
    return cell[:width] if isinstance(cell, str) else cell
