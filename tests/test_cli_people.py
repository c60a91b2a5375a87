"""The command line for people, on the example corpus: every record type in every export
format, `show --json` with all the text view shows, tables that fit 80 columns, outlets
by any name, filters on stories and quotes, ambiguous ids, the glossary."""

from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest
from click.testing import CliRunner, Result
from rich.console import Console

from helpers import RunCli
from retold.errors import EXIT_CODES
from retold.serve.cli import cli
from retold.serve.detail import (
    ArticleDetail,
    article_detail,
    detail_json,
    detail_view,
    word_changes,
)
from retold.serve.export import RECORD_TYPES, csv_columns, export_document, export_schema
from retold.serve.filters import outlet_matcher
from retold.serve.glossary import GLOSSARY, glossary_markdown
from retold.store import open_store

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "examples" / "corpus"


@pytest.fixture(scope="module")
def demo(run_cli: RunCli, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The example corpus analysed, as `make demo` does."""
    db = tmp_path_factory.mktemp("people") / "demo.db"
    done = run_cli("analyze", CORPUS, "--db", db, "--quiet")
    assert done.returncode == 0, done.stderr
    return db


@pytest.fixture(scope="module")
def document(demo: Path) -> dict[str, Any]:
    with open_store(demo) as store:
        return export_document(store)


def invoke(*args: str | Path, env: dict[str, str | None] | None = None) -> Result:
    """The CLI in-process, through a pipe (CliRunner's output is no terminal)."""
    result = CliRunner().invoke(cli, [str(a) for a in args], env=env or {"COLUMNS": None})
    assert result.exit_code == 0, result.output
    return result


# -- 1. every record type in every export format -------------------------------------------


def test_the_example_corpus_has_every_record_type(document: dict[str, Any]) -> None:
    """Otherwise the tests below would pass on empty tables."""
    for kind in RECORD_TYPES:
        assert document[kind.name], kind.name


def test_record_types_are_the_schemas(document: dict[str, Any]) -> None:
    schema = export_schema()
    assert schema["$defs"]["record_type"]["enum"] == [k.record_type for k in RECORD_TYPES]
    for kind in RECORD_TYPES:
        assert document[kind.name] is not None
        assert schema["properties"][kind.name]["items"] == {"$ref": f"#/$defs/{kind.record_type}"}
        if kind.name != "articles":  # every field of a record is a CSV column
            for row in document[kind.name]:
                assert list(row) == list(csv_columns(kind)), kind.name


def test_jsonl_has_every_record_type(run_cli: RunCli, demo: Path, document: dict[str, Any]) -> None:
    done = run_cli("export", "--db", demo, "--format", "jsonl")
    assert done.returncode == 0, done.stderr
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    schema = export_schema()
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for row in rows:
        kind = row.pop("record_type")
        by_kind.setdefault(kind, []).append(row)
        line_schema = {"$defs": schema["$defs"], "$ref": f"#/$defs/{kind}"}
        jsonschema.validate(row, line_schema, cls=jsonschema.Draft202012Validator)
    assert [r["record_type"] for r in map(json.loads, done.stdout.splitlines())][:1] == ["article"]
    for kind in RECORD_TYPES:
        assert by_kind[kind.record_type] == document[kind.name], kind.name


def read_csv(path: Path) -> tuple[list[str], list[dict[str, str]]]:
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        return list(reader.fieldnames or []), list(reader)


def cell(value: Any) -> str:
    """What a CSV cell holds for ``value``."""
    if value is None:
        return ""
    if isinstance(value, dict | list):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@pytest.mark.parametrize("make_folder", [True, False], ids=["folder", "path-without-extension"])
def test_csv_one_file_per_record_type(
    run_cli: RunCli, demo: Path, document: dict[str, Any], tmp_path: Path, make_folder: bool
) -> None:
    out = tmp_path / "tables"
    if make_folder:
        out.mkdir()
    done = run_cli("export", "--db", demo, "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    assert sorted(p.name for p in out.iterdir()) == sorted(f"{k.name}.csv" for k in RECORD_TYPES)
    for kind in RECORD_TYPES:
        header, rows = read_csv(out / f"{kind.name}.csv")
        assert header == list(csv_columns(kind))
        assert len(rows) == len(document[kind.name]), kind.name
        if kind.name == "articles":
            assert [r["id"] for r in rows] == [a["id"] for a in document["articles"]]
            continue
        for row, record in zip(rows, document[kind.name], strict=True):
            assert row == {c: cell(record[c]) for c in header}, kind.name
    findings = read_csv(out / "findings.csv")[1]
    evidence = json.loads(findings[0]["evidence"])  # nested values survive as JSON
    assert evidence == document["findings"][0]["evidence"]


def test_csv_to_a_file_is_the_articles_table(run_cli: RunCli, demo: Path, tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    done = run_cli("export", "--db", demo, "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    header, rows = read_csv(out)
    assert header[:3] == ["id", "path", "record"] and "body" in header
    assert len(rows) == len(export_document_of(demo)["articles"])


def export_document_of(db: Path) -> dict[str, Any]:
    with open_store(db) as store:
        return export_document(store)


def test_json_into_a_folder_is_a_usage_error(run_cli: RunCli, demo: Path, tmp_path: Path) -> None:
    done = run_cli("export", "--db", demo, "--format", "json", "--out", tmp_path)
    assert done.returncode == 2
    assert "folder" in done.stderr


# -- 2. show --json has everything the text view shows -------------------------------------


@pytest.fixture(scope="module")
def rich_article(demo: Path) -> Iterator[ArticleDetail]:
    """The article whose view has the most kinds of things: copies, diffs, credits,
    quotes carried elsewhere with alterations, findings."""
    with open_store(demo) as store:
        details = [article_detail(store, s.article.id) for s in store.articles()]

        def kinds(d: ArticleDetail) -> int:
            alterations = [x for q in d.quotes for o in q.variants for x in o.alterations]
            changed = [c for x in d.diffs for c in x.changed]
            parts = (d.story, d.copies, changed, d.citations, alterations, d.findings)
            return sum(bool(p) for p in parts)

        yield max(details, key=kinds)


def view_text(detail: ArticleDetail) -> str:
    console = Console(width=2000, record=True, file=io.StringIO())
    console.print(detail_view(detail))
    return " ".join(console.export_text().split())


def flat(text: str) -> str:
    return " ".join(text.split())


def test_show_json_has_what_the_text_view_shows(rich_article: ArticleDetail) -> None:
    d = rich_article
    text = view_text(d)
    shown = detail_json(d)
    a = d.stored.article
    # the article's own fields
    for key in ("id", "outlet", "title", "published", "language", "url"):
        if getattr(a, key):
            assert str(getattr(a, key)) in text and shown[key] == getattr(a, key), key
    assert shown["body"] == a.body
    assert all(flat(p) in text for p in a.body.split("\n\n"))
    for removed, line in zip(a.removed, shown["removed"], strict=True):
        assert flat(removed.text) in text and line["text"] == removed.text
    # its story, copies and what each copy changed
    assert d.story and d.story in text and shown["story"] == d.story
    assert d.copies and len(shown["copies"]) == len(d.copies)
    for link, row in zip(d.copies, shown["copies"], strict=True):
        assert f"{link.similarity:.2f}" in text and row["similarity"] == round(link.similarity, 4)
        for other in (link.original, link.copy):
            assert other[:10] in text and shown["outlets"][other] == d.outlets[other]
            assert str(d.outlets[other]) in text
    changed = [(o, c) for x in d.diffs for o, c in x.changed]
    assert changed
    pairs = [p for x in shown["copy_diffs"] for p in x["changed"]]
    for (o, c), pair in zip(changed, pairs, strict=True):
        assert flat(o.text) in text and flat(c.text) in text
        assert pair["words"] == word_changes(o.text, c.text)
        assert "; ".join(pair["words"]) in text
    # credits
    credits = sorted({c.source for c in d.citations})
    assert credits and f"credits: {', '.join(credits)}" in text and shown["credits"] == credits
    # quotes, and how the story's other articles carried them
    assert len(shown["quotes"]) == len(d.quotes)
    for line, row in zip(d.quotes, shown["quotes"], strict=True):
        assert flat(line.quote.text) in text and row["text"] == line.quote.text
        assert row["speaker_label"] in text and row["fidelity"] == line.fidelity
        for o, variant in zip(line.variants, row["variants"], strict=True):
            outlet = d.outlets.get(o.article) or o.article[:10]
            assert f"{outlet} ({o.fidelity}): {flat(o.text)}" in text
            assert (variant["article"], variant["fidelity"], variant["text"]) == (
                o.article,
                o.fidelity,
                o.text,
            )
            assert shown["outlets"][o.article] == d.outlets.get(o.article)
            details = [x["detail"] for x in variant["alterations"]]
            assert details == [x.detail for x in o.alterations]
            assert all(f"⚠ {x}" in text for x in details)
    # findings
    assert len(shown["findings"]) == len(d.findings) > 0
    for finding, row in zip(d.findings, shown["findings"], strict=True):
        assert finding.kind in text and flat(finding.summary) in text
        assert f"{finding.confidence:.2f}" in text
        assert row["summary"] == finding.summary
        assert [e["text"] for e in row["evidence"]] == [e.text for e in finding.evidence]


def test_cli_show_json_is_the_detail(demo: Path, rich_article: ArticleDetail) -> None:
    article_id = rich_article.stored.article.id
    shown = json.loads(invoke("show", article_id[:8], "--db", demo, "--json").output)
    assert shown == json.loads(json.dumps(detail_json(rich_article)))


# -- 3. tables at 80 columns, and the width through a pipe ---------------------------------


def header_widths(output: str) -> dict[str, int]:
    """Column widths of the first table in ``output``, by header."""
    line = next(x for x in output.splitlines() if x.startswith("┃"))
    cells = line.strip("┃").split("┃")
    return {c.strip(): len(c) - 2 for c in cells}


def lines_fit(output: str, width: int) -> None:
    long = [x for x in output.splitlines() if len(x) > width]
    assert not long, f"{len(long)} lines over {width}: {long[:2]}"


TABLES = [("articles", "title"), ("stories", "title"), ("quotes", "quote")]


@pytest.mark.parametrize(("command", "main"), TABLES)
@pytest.mark.parametrize("how", ["--width", "COLUMNS"])
def test_tables_fit_80_columns(demo: Path, command: str, main: str, how: str) -> None:
    if how == "--width":
        output = invoke(command, "--db", demo, "--width", "80").output
    else:
        output = invoke(command, "--db", demo, env={"COLUMNS": "80"}).output
    lines_fit(output, 80)
    widths = header_widths(output)
    assert widths[main] >= 30, widths


@pytest.mark.parametrize(("command", "main"), TABLES)
def test_tables_through_a_pipe_are_100_columns(demo: Path, command: str, main: str) -> None:
    output = invoke(command, "--db", demo).output
    lines_fit(output, 100)
    assert max(len(x) for x in output.splitlines()) > 80  # the room is used
    assert header_widths(output)[main] >= 30


def test_titles_are_whole_at_80_columns(demo: Path, document: dict[str, Any]) -> None:
    """Titles wrap inside their column; none is cut."""
    output = invoke("articles", "--db", demo, "--width", "80").output
    title_cells: list[str] = []
    for line in output.splitlines():
        if line.startswith("│"):
            cells = line.strip("│").split("│")
            if cells[0].strip():
                title_cells.append("")
            title_cells[-1] += " " + cells[3].strip()
    assert [flat(t) for t in title_cells] == [flat(a["title"] or "—") for a in document["articles"]]


@pytest.mark.parametrize("story", [False, True], ids=["article", "story"])
def test_show_fits_80_columns(demo: Path, document: dict[str, Any], story: bool) -> None:
    target = document["stories"][0]["id"] if story else document["articles"][0]["id"]
    lines_fit(invoke("show", target, "--db", demo, "--width", "80").output, 80)


# -- 4. outlets by any name; filters on stories and quotes ---------------------------------

OUTLET_NAMES = [
    ("the guardian", "The Guardian", True),
    ("Guardian", "The Guardian", True),
    ("guardian.com", "The Guardian", True),
    ("www.theguardian.com", "The Guardian", True),
    ("THE GUARDIAN", "Guardian", True),
    ("AP", "The Associated Press", True),
    ("associated press", "AP", True),
    ("nationalbeacon.co.uk", "The National Beacon", True),
    ("Guardian", "The Guardian Weekly", False),
    ("Times", "The New York Times", False),
    ("Beacon", "The National Beacon", False),
]


@pytest.mark.parametrize(("wanted", "outlet", "same"), OUTLET_NAMES)
def test_outlet_matcher(wanted: str, outlet: str, same: bool) -> None:
    assert outlet_matcher(wanted)(outlet) is same


def json_lines(output: str) -> list[dict[str, Any]]:
    return [json.loads(line) for line in output.splitlines()]


@pytest.mark.parametrize(
    "name",
    ["The National Beacon", "the national beacon", "National Beacon", "nationalbeacon.co.uk"],
)
def test_articles_outlet_by_any_name(demo: Path, document: dict[str, Any], name: str) -> None:
    rows = json_lines(invoke("articles", "--db", demo, "--json", "--outlet", name).output)
    expected = [a["id"] for a in document["articles"] if a["outlet"] == "The National Beacon"]
    assert expected and [r["id"] for r in rows] == expected


def article_outlets(document: dict[str, Any]) -> dict[str, tuple[str, str]]:
    return {a["id"]: (a["outlet"], a["published"]) for a in document["articles"]}


@pytest.mark.parametrize(
    "args",
    [
        ["--outlet", "globegloss"],
        ["--since", "2025-03-01"],
        ["--until", "2025-01-31"],
        ["--outlet", "Sextant Wire", "--since", "2025-01-01", "--until", "2025-02-28"],
    ],
)
def test_stories_filters(demo: Path, document: dict[str, Any], args: list[str]) -> None:
    rows = json_lines(invoke("stories", "--db", demo, "--json", *args).output)
    keeps = article_filter(args)
    known = article_outlets(document)
    expected = [
        s["id"] for s in document["stories"] if any(keeps(*known[a]) for a in s["articles"])
    ]
    assert 0 < len(expected) < len(document["stories"])
    assert [r["id"] for r in rows] == expected


def article_filter(args: list[str]) -> Any:
    def value(name: str, default: str) -> str:
        return args[args.index(name) + 1] if name in args else default

    outlet = value("--outlet", "")
    since, until = value("--since", "0000"), value("--until", "9999")

    dated = "--since" in args or "--until" in args

    def keeps(article_outlet: str, published: str | None) -> bool:
        if outlet and article_outlet.casefold() != outlet.casefold():
            return False
        if not dated:
            return True
        return published is not None and since <= published <= until

    return keeps


@pytest.mark.parametrize(
    "args",
    [
        ["--outlet", "the morning clarion"],
        ["--since", "2025-03-01"],
        ["--outlet", "Ostreva 24", "--until", "2025-02-28"],
    ],
)
def test_quotes_filters(demo: Path, document: dict[str, Any], args: list[str]) -> None:
    rows = json_lines(invoke("quotes", "--db", demo, "--json", *args).output)
    keeps = article_filter(args)
    known = article_outlets(document)
    expected = [q["id"] for q in document["quotes"] if keeps(*known[q["article"]])]
    assert 0 < len(expected) < len(document["quotes"])
    assert sorted(r["id"] for r in rows) == sorted(expected)


def test_quotes_story_and_outlet(demo: Path, document: dict[str, Any]) -> None:
    story = max(document["stories"], key=lambda s: len(s["articles"]))
    args = ["--story", story["id"][:12], "--outlet", "wirestack"]
    rows = json_lines(invoke("quotes", "--db", demo, "--json", *args).output)
    known = article_outlets(document)
    expected = [
        q["id"]
        for q in document["quotes"]
        if q["article"] in story["articles"] and known[q["article"]][0] == "Wirestack"
    ]
    assert expected and sorted(r["id"] for r in rows) == sorted(expected)
    one = json_lines(invoke("stories", "--db", demo, "--json", "--story", story["id"][:12]).output)
    assert [s["id"] for s in one] == [story["id"]]


# -- 5. an ambiguous id lists its candidates -----------------------------------------------


def shared_prefix(ids: list[str]) -> tuple[str, list[str]]:
    """The shortest prefix that two or more of ``ids`` start, and those ids."""
    for n in range(1, 17):
        starts: dict[str, list[str]] = {}
        for i in ids:
            starts.setdefault(i[:n], []).append(i)
        several = [(p, m) for p, m in sorted(starts.items()) if len(m) > 1]
        if several:
            return several[0]
    raise AssertionError("no two ids share a prefix")


def test_ambiguous_article_prefix_lists_candidates(
    run_cli: RunCli, demo: Path, document: dict[str, Any]
) -> None:
    prefix, ids = shared_prefix([a["id"] for a in document["articles"]])
    done = run_cli("show", prefix, "--db", demo)
    assert done.returncode == 5
    assert done.stdout == ""
    titles = {a["id"]: a["title"] for a in document["articles"]}
    for article_id in ids:
        assert re.search(rf"{article_id}\s+article\s+{re.escape(titles[article_id])}", done.stderr)
    assert len(re.findall(r"^\s+[0-9a-f]{16}\s", done.stderr, re.M)) == len(ids)


def test_ambiguous_story_prefix_lists_candidates(
    run_cli: RunCli, demo: Path, document: dict[str, Any]
) -> None:
    done = run_cli("show", "story-", "--db", demo)
    assert done.returncode == 5
    for story in document["stories"]:
        assert re.search(rf"{story['id']}\s+story\s+{re.escape(story['title'])}", done.stderr)


def test_unique_prefix_still_shows(run_cli: RunCli, demo: Path, document: dict[str, Any]) -> None:
    story = document["stories"][0]
    done = run_cli("show", story["id"][:12], "--db", demo, "--json")
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["id"] == story["id"]


# -- 6. the glossary -----------------------------------------------------------------------

TERMS = [word for _, terms in GLOSSARY for word, _ in terms]


def test_glossary_covers_the_words_the_output_uses() -> None:
    assert {"verbatim", "edited", "paraphrased", "altered"} <= set(TERMS)
    assert {"exact", "near", "rewrite", "confidence"} <= set(TERMS)
    kinds = {"stale_reprint", "quote_altered", "uncredited_copy"}
    assert kinds | {"added_context", "omitted", "framing", "primary_source"} <= set(TERMS)


def test_glossary_in_help(run_cli: RunCli) -> None:
    done = run_cli("--help", env_extra={"COLUMNS": "80"})
    assert done.returncode == 0
    lines_fit(done.stdout, 80)
    for word in TERMS:
        assert re.search(rf"^\s+{word}: \S", done.stdout, re.M), word


def test_readme_glossary_is_the_modules() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    found = re.search(r"<!-- glossary:[^\n]*-->\n(.*?)<!-- /glossary -->", readme, re.S)
    assert found, "README.md has no glossary section"
    assert found.group(1) == glossary_markdown(), (
        "README's glossary differs: paste `python -m retold.serve.glossary` into it"
    )


def test_an_outlet_not_there_is_said(run_cli: RunCli, demo: Path) -> None:
    done = run_cli("articles", "--db", demo, "--outlet", "the guardian")
    assert done.returncode == 0
    assert "0 article(s)" in done.stdout
    assert "no outlet goes by 'the guardian'" in done.stderr and "Wirestack" in done.stderr


@pytest.mark.parametrize("command", ["stories", "quotes"])
def test_an_unknown_story_is_not_found(run_cli: RunCli, demo: Path, command: str) -> None:
    done = run_cli(command, "--db", demo, "--story", "story-0")
    assert done.returncode == 5
    assert "story-0" in done.stderr


def test_readme_exit_codes_are_the_cli_s() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    rows = dict(re.findall(r"^\| (\d) \| (.*?) \|$", readme, re.M))
    assert rows == {str(code): text for code, text in EXIT_CODES.items()}


def test_width_below_the_least_is_a_usage_error(run_cli: RunCli, demo: Path) -> None:
    done = run_cli("articles", "--db", demo, "--width", "10")
    assert done.returncode == 2 and "--width" in done.stderr


def test_csv_over_an_existing_file_without_extension(
    run_cli: RunCli, demo: Path, tmp_path: Path
) -> None:
    """A file that is there is written over with the articles table, as it always was."""
    out = tmp_path / "articles"
    out.write_text("old\n", encoding="utf-8")
    done = run_cli("export", "--db", demo, "--format", "csv", "--out", out)
    assert done.returncode == 0, done.stderr
    assert read_csv(out)[0][:2] == ["id", "path"]
