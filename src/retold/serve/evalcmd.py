"""``retold eval``: score retold against gold files, as they are."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from retold.errors import EvalGateError
from retold.eval.clean import run_pipeline, score_clean
from retold.eval.coverage import main as coverage_main
from retold.eval.gate import main as gate_main
from retold.eval.gold import load_gold
from retold.eval.pages import is_page_gold, score_pages
from retold.eval.quotes import main as quotes_main
from retold.eval.stories import main as stories_main


def gold_option(help_text: str) -> Callable[[Any], Any]:
    """The ``--gold FILE`` option every scoring command takes."""
    return click.option(
        "--gold",
        "gold_path",
        required=True,
        type=click.Path(exists=True, dir_okay=False, path_type=Path),
        help=help_text,
    )


def inputs_argument() -> Callable[[Any], Any]:
    """One or more INPUT paths; the first is the corpus folder the gold keys are relative to."""
    return click.argument(
        "inputs",
        nargs=-1,
        required=True,
        metavar="INPUT...",
        type=click.Path(exists=True, path_type=Path),
    )


def report_options() -> Callable[[Any], Any]:
    """``--json`` and ``--misses``, for the scoring commands that can list their misses."""

    as_json = click.option("--json", "as_json", is_flag=True, help="Scores and misses as JSON.")
    misses = click.option("--misses", is_flag=True, help="List every miss.")

    def decorate(func: Any) -> Any:
        return as_json(misses(func))

    return decorate


@click.group("eval")
def eval_group() -> None:
    """Score retold against gold labels (newsdev schema)."""


@eval_group.command("clean")
@gold_option(
    "Gold file: newsdev schema (articles keyed by file[#record]) or page schema "
    "(titles, body, site, published per page; keys match on the file stem)."
)
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, path_type=Path))
@report_options()
def eval_clean(gold_path: Path, input_path: Path, as_json: bool, misses: bool) -> None:
    """Outlet, title, date, dateline accuracy; furniture removed; text kept.  With page
    gold: body recall and precision, title, outlet and date, averaged over pages.

    INPUT is the corpus folder the gold keys are relative to.
    """
    gold = load_gold(gold_path)
    articles, rejected = run_pipeline([input_path])
    if is_page_gold(gold):
        pages = score_pages(gold, articles, rejected)
        scores, counts, missed = pages.scores(), pages.counts(), pages.misses
        lines = [f"{m:<22} {v:.4f}  ({counts[m]} pages)" for m, v in scores.items()]
    else:
        result = score_clean(gold, input_path, articles, rejected)
        scores, counts, missed = result.scores(), result.totals, result.misses
        lines = [f"{m:<22} {v:.4f}  ({result.hits[m]}/{counts[m]})" for m, v in scores.items()]
    if as_json:
        click.echo(json.dumps({"scores": scores, "counts": counts, "misses": missed}, indent=2))
        return
    for line in lines:
        click.echo(line)
    if misses:
        for miss in missed:
            click.echo(f"  miss {miss}")


@eval_group.command("quotes")
@gold_option("Gold file (newsdev schema: quotes with occurrences, credits per article).")
@inputs_argument()
@report_options()
@click.option(
    "--oracle-stories",
    is_flag=True,
    help="Group statements inside the gold stories and take the gold duplicate groups "
    "as copy links (default: retold's own stories and copy links, end to end).",
)
def eval_quotes(
    gold_path: Path, inputs: tuple[Path, ...], as_json: bool, misses: bool, oracle_stories: bool
) -> None:
    """Quote spans (P/R by overlap), speakers, grouping B-cubed, fidelity, citations,
    uncredited copies.

    The first INPUT is the corpus folder the gold keys are relative to.  Scores are
    end to end unless --oracle-stories is given.
    """
    args = ["--gold", str(gold_path), *map(str, inputs)]
    flags = [("--json", as_json), ("--misses", misses), ("--oracle-stories", oracle_stories)]
    quotes_main(args + [flag for flag, on in flags if on])


@eval_group.command("coverage")
@gold_option("Gold file (newsdev schema: framing_terms and context_added per article).")
@click.argument("input_path", metavar="INPUT", type=click.Path(exists=True, path_type=Path))
@report_options()
def eval_coverage(gold_path: Path, input_path: Path, as_json: bool, misses: bool) -> None:
    """Framing terms and added context (precision, recall), and the share of evidence
    spans that are exact substrings of their article's body; end to end.

    INPUT is the corpus folder the gold keys are relative to.
    """
    flags = [("--json", as_json), ("--misses", misses)]
    coverage_main(["--gold", str(gold_path), str(input_path)] + [f for f, on in flags if on])


@eval_group.command("stories")
@gold_option("Gold file: newsdev schema, or ECB+ style (article id -> story label).")
@click.option("--topics", metavar="A-B", help="ECB+ topic range to keep, e.g. 28-35.")
@inputs_argument()
def eval_stories(gold_path: Path, topics: str | None, inputs: tuple[Path, ...]) -> None:
    """Stories: B-cubed precision/recall/F1; copies: pair precision/recall.

    No number of stories is given to the clustering.
    """
    args = ["--gold", str(gold_path), *(["--topics", topics] if topics else []), *map(str, inputs)]
    stories_main(args)


@eval_group.command("gate")
@click.option(
    "--shared",
    type=click.Path(path_type=Path),
    default=Path("../shared"),
    show_default=True,
    help="The shared evaluation folder.",
)
@click.option(
    "--floors",
    type=click.Path(path_type=Path),
    default=Path("eval/floors.json"),
    show_default=True,
    help="Pinned floors.",
)
def eval_gate(shared: Path, floors: Path) -> None:
    """Run every suite in the floors file; exit 6 when a score is below its floor."""
    code = gate_main(["--shared", str(shared), "--floors", str(floors)])
    if code:
        raise EvalGateError("quality gate failed")
