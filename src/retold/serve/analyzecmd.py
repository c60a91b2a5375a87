"""``retold analyze``: read files and folders into the database, with progress."""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from pathlib import Path

import click
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

from retold.config import load_settings
from retold.errors import NothingReadError
from retold.pipeline import Engine, RunOptions, run
from retold.records import IngestSummary, Origin
from retold.serve.cliopts import EPILOG, db_option, open_db
from retold.serve.layout import output_console
from retold.serve.plain import console as plain_console
from retold.serve.views import summary_view


@click.command("analyze", epilog=EPILOG)
@click.argument("paths", nargs=-1, required=True, metavar="PATH...")
@db_option
@click.option("--max-file-bytes", type=int, help="Reject input files larger than this.")
@click.option(
    "--max-file-seconds",
    type=float,
    help="Reject a file that takes longer than this to read, or an article that takes "
    "longer to clean [default: 60; 0: no limit].",
)
@click.option("--quiet", "-q", is_flag=True, help="Print only the summary.")
@click.option(
    "--each",
    is_flag=True,
    help="Print one line per input item on standard error: its outcome (new, unchanged, "
    "revised, rejected) and origin, once it is stored.",
)
@click.option(
    "--engine",
    type=click.Choice(["local", "spark"]),
    default="local",
    show_default=True,
    help="Where the heavy stages run: this process, or Spark (reads Parquet too; needs Java).",
)
@click.option("--master", default="local[2]", show_default=True, help="Spark master URL.")
@click.option(
    "--parquet",
    "parquet_dir",
    type=click.Path(file_okay=False, path_type=Path),
    help="With --engine spark: also write copies, stories and articles as Parquet here.",
)
def analyze_cmd(
    paths: tuple[str, ...],
    db_path: str | None,
    config_path: Path | None,
    max_file_bytes: int | None,
    max_file_seconds: float | None,
    quiet: bool,
    each: bool,
    engine: str,
    master: str,
    parquet_dir: Path | None,
) -> None:
    """Read articles from files and folders (recursively) into the database.

    Formats: plain text, HTML, JSONL, RSS and Atom feeds, and gzip of any of
    these, in any encoding.  Re-running on the same input stores nothing twice;
    an edited version of a URL or record id is kept as a new revision.
    """
    settings = load_settings(config_path)
    options = RunOptions.from_settings(settings)
    if max_file_bytes:
        options = replace(options, max_file_bytes=max_file_bytes)
    if max_file_seconds is not None:
        options = replace(options, max_file_seconds=max_file_seconds)
    err = plain_console(stderr=True)
    with open_db(db_path, settings, must_exist=False) as store, _engine(engine, master) as chosen:
        with _progress(err, quiet, each) as tell:
            summary = run(paths, store, options, progress=tell, engine=chosen)
        if parquet_dir is not None:
            from retold.scale.output import write_parquet

            write_parquet(store, parquet_dir)
        output_console().print(summary_view(summary, store.path))
    _check_something_read(summary)


@contextmanager
def _engine(name: str, master: str) -> Iterator[Engine]:
    """The local engine, or the Spark engine on ``master`` (imported only when asked for)."""
    if name != "spark":
        yield Engine()
        return
    from retold.scale import spark_engine

    with spark_engine(master) as engine:
        yield engine


def _check_something_read(summary: IngestSummary) -> None:
    if summary.ingested + summary.unchanged == 0:
        raise NothingReadError(
            "nothing could be read: "
            + ("every input was rejected" if summary.rejected else "no input files found")
        )


@contextmanager
def _progress(
    console: Console, quiet: bool, each: bool = False
) -> Iterator[Callable[[str, Origin], None]]:
    """A live bar on a terminal; plain lines (rejections, every 1000 items) otherwise;
    with ``each``, one line per item."""
    if console.is_terminal and not quiet and not each:
        columns = (
            TextColumn("analyzing"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("{task.fields[last]}", markup=False),  # a file name, as it is
            TimeElapsedColumn(),
        )
        with Progress(*columns, console=console, transient=True) as bar:
            task = bar.add_task("analyze", total=None, last="")

            def tell_bar(outcome: str, origin: Origin) -> None:
                bar.update(task, advance=1, last=Path(origin.path).name[:40])

            yield tell_bar
        return
    seen = 0

    def tell_lines(outcome: str, origin: Origin) -> None:
        nonlocal seen
        seen += 1
        if each:
            print(f"{outcome}: {origin}", file=sys.stderr, flush=True)
        elif quiet:
            return
        elif outcome == "rejected":
            print(f"rejected: {origin}", file=sys.stderr)
        elif seen % 1000 == 0:
            print(f"analyzed {seen} items", file=sys.stderr)

    yield tell_lines
