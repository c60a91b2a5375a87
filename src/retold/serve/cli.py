"""The ``retold`` command: thin wrappers over the library, errors to exit codes at the edge."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import click

from retold import __version__
from retold.clean.dates import parse_date
from retold.config import load_settings
from retold.coverage.timeline import person_timeline, timeline_json
from retold.errors import RetoldError, UsageError
from retold.serve.analyzecmd import analyze_cmd
from retold.serve.cliopts import EPILOG, F, db_option, open_db
from retold.serve.detail import article_detail, detail_json, detail_view
from retold.serve.evalcmd import eval_group
from retold.serve.export import (
    ExportFormat,
    article_json,
    person_of,
    quote_groups,
    quote_json,
    story_json,
    write_csv_tables,
    write_export,
)
from retold.serve.filters import ArticleFilter, outlet_names, resolve_id
from retold.serve.glossary import glossary_help
from retold.serve.layout import output_console, width_option
from retold.serve.plain import plain
from retold.serve.storytext import coverage_text, story_text
from retold.serve.storyview import coverage_document, story_document
from retold.serve.timeline_view import timeline_view
from retold.serve.views import articles_table, quotes_table, stories_table
from retold.store import SQLStore


@click.group(
    epilog=glossary_help() + "\n\n" + EPILOG,
    context_settings={"help_option_names": ["-h", "--help"]},
)
@click.version_option(__version__, prog_name="retold")
def cli() -> None:
    """retold: see how one news story is retold across outlets.

    Start with `retold analyze FOLDER`, then `retold articles` and `retold show ID`.
    """


def filter_options(func: F) -> F:
    """--outlet, --since and --until, shared by the listing commands."""
    for option in reversed(
        (
            click.option(
                "--outlet",
                help="Only this outlet: any case, any name it goes by "
                "('the guardian', 'Guardian', 'guardian.com').",
            ),
            click.option("--since", metavar="YYYY-MM-DD", help="Published on or after."),
            click.option("--until", metavar="YYYY-MM-DD", help="Published on or before."),
        )
    ):
        func = option(func)
    return func


def _filter(
    outlet: str | None, since: str | None, until: str | None, story: str | None = None
) -> ArticleFilter:
    return ArticleFilter(outlet, _date_arg(since, "--since"), _date_arg(until, "--until"), story)


def _check_outlet(store: SQLStore, chosen: ArticleFilter) -> None:
    """A note on standard error when --outlet names no outlet in the database."""
    if chosen.outlet and not outlet_names(store, chosen.outlet):
        known = ", ".join(plain(o).plain for o in store.outlet_names()[:12])
        click.echo(
            f"no outlet goes by {chosen.outlet!r} here; outlets: {known or 'none'}", err=True
        )


@cli.command("articles", epilog=EPILOG)
@db_option
@filter_options
@click.option("--all-revisions", is_flag=True, help="Include superseded revisions.")
@click.option("--limit", type=click.IntRange(min=1), help="At most this many.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines instead of a table.")
@width_option
def articles_cmd(
    db_path: str | None,
    config_path: Path | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    all_revisions: bool,
    limit: int | None,
    as_json: bool,
) -> None:
    """List articles (latest revisions), oldest first."""
    chosen = _filter(outlet, since, until)
    with open_db(db_path, load_settings(config_path)) as store:
        _check_outlet(store, chosen)
        rows = list(store.articles(chosen.query(store, limit, all_revisions)))
        if as_json:
            for stored in rows:
                click.echo(json.dumps(article_json(stored), ensure_ascii=False))
            return
        console = output_console()
        console.print(articles_table(rows, console.width))
        click.echo(f"{len(rows)} article(s). `retold show ID` shows one.")


def _date_arg(value: str | None, name: str) -> str | None:
    if value is None:
        return None
    parsed = parse_date(value)
    if parsed is None or parsed != value:
        raise UsageError(f"{name} must be a date as YYYY-MM-DD, got {value!r}")
    return parsed


@cli.command("show", epilog=EPILOG)
@click.argument("article_id", metavar="ID")
@db_option
@click.option("--json", "as_json", is_flag=True, help="Everything shown, as JSON.")
@width_option
def show_cmd(article_id: str, db_path: str | None, config_path: Path | None, as_json: bool) -> None:
    """Show one article, or one story (an ID starting with "story-").

    An article: clean body, metadata and where each field came from, what was
    removed, its story and copies, credits, quotes and how other outlets carried
    them.  A story: its articles in time order, its copies and findings.
    ID may be abbreviated to any unique prefix; a prefix that starts several ids
    lists them (exit 5).
    """
    with open_db(db_path, load_settings(config_path)) as store:
        found = resolve_id(store, article_id)
        if found.startswith("story-"):
            _show_story(store, found, as_json)
            return
        detail = article_detail(store, found)
        if as_json:
            click.echo(json.dumps(detail_json(detail), ensure_ascii=False, indent=2))
            return
        output_console().print(detail_view(detail))


def _show_story(store: SQLStore, story_id: str, as_json: bool) -> None:
    document = story_document(store, story_id)
    if as_json:
        click.echo(json.dumps(document, ensure_ascii=False, indent=2))
        return
    console = output_console()
    console.print(story_text(document, console.width))


@cli.command("coverage", epilog=EPILOG)
@click.argument("story_id", metavar="STORY")
@db_option
@click.option("--json", "as_json", is_flag=True, help="The alignment as JSON.")
@width_option
def coverage_cmd(
    story_id: str, db_path: str | None, config_path: Path | None, as_json: bool
) -> None:
    """One story sentence by sentence: what each article shares with the others (and
    with whom), what only it says, the context it adds and the facts it leaves out.
    """
    with open_db(db_path, load_settings(config_path)) as store:
        document = coverage_document(store, story_id)
        if as_json:
            click.echo(json.dumps(document, ensure_ascii=False, indent=2))
            return
        output_console().print(coverage_text(document))


@cli.command("export", epilog=EPILOG)
@db_option
@click.option(
    "--format",
    "fmt",
    type=click.Choice(["json", "jsonl", "csv"]),
    required=True,
    help="json: one document (the documented contract); jsonl: one record a line, every "
    "record type; csv: with --out DIR (or a path without extension) one file per record "
    "type, else the articles table alone.",
)
@click.option(
    "--out",
    "out_path",
    type=click.Path(path_type=Path),
    help="Write here instead of standard output (csv: a folder, or FILE.csv for articles).",
)
def export_cmd(
    db_path: str | None, config_path: Path | None, fmt: ExportFormat, out_path: Path | None
) -> None:
    """Export the database: articles with what was removed, rejected inputs, copies,
    stories, findings, quotes and citations."""
    with open_db(db_path, load_settings(config_path)) as store:
        if out_path is None:
            write_export(store, fmt, sys.stdout)
            return
        if not out_path.parent.is_dir():
            raise UsageError(f"--out {out_path}: folder {out_path.parent} does not exist")
        if fmt == "csv" and _folder(out_path):
            out_path.mkdir(exist_ok=True)
            counts = write_csv_tables(store, out_path)
            done = ", ".join(f"{n} {name}" for name, n in counts.items())
            click.echo(f"wrote {done} to {out_path}/ (one CSV file each)", err=True)
            return
        if out_path.is_dir():
            raise UsageError(f"--out {out_path} is a folder: --format {fmt} writes one file")
        tmp = out_path.with_name(out_path.name + ".part")
        with tmp.open("w", encoding="utf-8", newline="") as out:
            count = write_export(store, fmt, out)
        tmp.replace(out_path)
        click.echo(f"wrote {count} article(s) to {out_path}", err=True)


def _folder(out_path: Path) -> bool:
    """Whether ``--out`` names a folder: one that exists, or a new path without extension
    (an existing file is written over, as it always was)."""
    return out_path.is_dir() or not (out_path.exists() or out_path.suffix)


@cli.command("stories", epilog=EPILOG)
@db_option
@filter_options
@click.option("--story", "story_id", metavar="ID", help="Only this story.")
@click.option("--json", "as_json", is_flag=True, help="JSON lines, as in the export.")
@width_option
def stories_cmd(
    db_path: str | None,
    config_path: Path | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    story_id: str | None,
    as_json: bool,
) -> None:
    """Stories: articles grouped by the event they report, oldest first.

    With --outlet, --since or --until: the stories with an article they keep.
    """
    chosen = _filter(outlet, since, until)
    with open_db(db_path, load_settings(config_path)) as store:
        _check_outlet(store, chosen)
        kept = chosen.article_ids(store)
        wanted = store.get_story(resolve_id(store, story_id, "story")).id if story_id else None
        stories = [
            s
            for s in store.stories()
            if (kept is None or kept & set(s.articles)) and wanted in (None, s.id)
        ]
        if as_json:
            for story in stories:
                click.echo(json.dumps(story_json(story), ensure_ascii=False))
            return
        outlets = {s.article.id: s.article.outlet for s in store.articles()}
        console = output_console()
        console.print(stories_table(stories, outlets, console.width))
        click.echo(f"{len(stories)} story(ies). `retold show STORY` shows one.")


@cli.command("quotes", epilog=EPILOG)
@db_option
@click.option(
    "--speaker",
    help="Only quotes by this speaker (part of the name will do; any article's form of it).",
)
@click.option("--story", "story_id", metavar="ID", help="Only quotes in this story.")
@click.option("--kind", type=click.Choice(["direct", "indirect"]), help="Only this kind.")
@filter_options
@click.option("--json", "as_json", is_flag=True, help="JSON lines, as in the export.")
@width_option
def quotes_cmd(
    db_path: str | None,
    config_path: Path | None,
    speaker: str | None,
    story_id: str | None,
    kind: str | None,
    outlet: str | None,
    since: str | None,
    until: str | None,
    as_json: bool,
) -> None:
    """Who said what: quotes with speakers, statement groups and fidelity across outlets.

    --outlet, --since and --until select the articles the quotes are in.
    """
    chosen = _filter(outlet, since, until, story_id)
    with open_db(db_path, load_settings(config_path)) as store:
        _check_outlet(store, chosen)
        kept = chosen.article_ids(store)
        members = None if kept is None else sorted(kept)
        found = store.quotes(speaker=speaker, article_ids=members, kind=kind)
        groups = quote_groups(store.statement_groups())
        people = person_of(store)
        if as_json:
            for quote in found:
                row = quote_json(quote, groups.get(quote.id), people)
                click.echo(json.dumps(row, ensure_ascii=False))
            return
        outlets = {s.article.id: s.article.outlet for s in store.articles()}
        console = output_console()
        console.print(quotes_table(found, groups, outlets, people, console.width))
        click.echo(f"{len(found)} quote(s).")


@cli.command("timeline", epilog=EPILOG)
@click.argument("person", metavar="PERSON")
@db_option
@click.option("--json", "as_json", is_flag=True, help="JSON lines, one statement a line.")
@width_option
def timeline_cmd(db_path: str | None, config_path: Path | None, person: str, as_json: bool) -> None:
    """One person's statements in time order, across stories.

    PERSON is a full name or a surname, in any case ("rasmussen"); when it fits
    several people they are listed.  Each statement is dated by its story's event
    date (the day the articles' ledes give), else by the earliest publication, and
    shown with its first outlet and the wording there.
    """
    with open_db(db_path, load_settings(config_path)) as store:
        name, entries = person_timeline(store, person)
        if as_json:
            for entry in entries:
                click.echo(json.dumps(timeline_json(entry), ensure_ascii=False))
            return
        output_console().print(timeline_view(name, entries))


@cli.command("serve", epilog=EPILOG)
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to listen on.")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--allow-writes", is_flag=True, help="Enable POST /api/articles (needs --token).")
@click.option("--token", envvar="RETOLD_TOKEN", help="Secret for writes [$RETOLD_TOKEN].")
def serve_cmd(
    db_path: str | None,
    config_path: Path | None,
    host: str,
    port: int,
    allow_writes: bool,
    token: str | None,
) -> None:
    """Serve the database as web pages and a JSON API (/api/, spec at /api/openapi.json).

    Read-only unless started with --allow-writes and a token.
    """
    from retold.web.server import serve  # the web stack loads only for this command

    serve(db_path or load_settings(config_path).db, host, port, allow_writes, token)


cli.add_command(analyze_cmd)
cli.add_command(eval_group)


def main(argv: list[str] | None = None) -> None:
    """Entry point: run the CLI and turn retold errors into documented exit codes."""
    try:
        cli.main(args=argv, prog_name="retold", standalone_mode=False)
    except click.exceptions.Exit as exc:
        sys.exit(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        sys.exit(UsageError.exit_code)
    except click.Abort:
        click.echo("aborted", err=True)
        sys.exit(1)
    except RetoldError as exc:
        click.echo(f"error: {exc}", err=True)
        sys.exit(exc.exit_code)
    sys.exit(0)
