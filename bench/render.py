"""``REPORT.md`` from the report dict that ``report.build_report`` makes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

STAGE_NAMES = {
    "ingest_clean": "ingest + clean + store",
    "learn": "learn outlet furniture",
    "link_copies": "link: copies",
    "stories": "link: stories",
    "link_rest": "link: stale reprints, writes",
    "analysis": "analysis (quotes, speakers, credits)",
    "compare": "compare (statements across outlets)",
    "coverage": "coverage",
}


def _n(value: Any, digits: int = 1) -> str:
    if isinstance(value, (int, float)):
        return f"{value:,.{digits}f}"
    return "-"


def _table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> list[str]:
    lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
    lines += ["| " + " | ".join(row) + " |" for row in rows]
    return [*lines, ""]


def _missing(section: Any) -> str | None:
    if not isinstance(section, dict) or section.get("status") in ("not available", "failed"):
        reason = section.get("reason") if isinstance(section, dict) else None
        return f"_{(section or {}).get('status', 'not available')}: {reason or section}_\n"
    return None


def _bcubed(side: dict[str, Any], part: str) -> str:
    scores = (side.get("stories_bcubed") or {}).get(part)
    if not scores:
        return "-"
    return f"{scores['precision']:.3f} / {scores['recall']:.3f} / {scores['f1']:.3f}"


def _end_to_end(e: dict[str, Any]) -> list[str]:
    out = [f"Data: `{e['data']}` ({e['articles']} records; both sides read the same file).", ""]
    rows = []
    for name in ("retold", "peer"):
        side = e.get(name, {})
        if _missing(side):
            rows.append([name, "-", "-", "-", "-", "-", side.get("reason", "")])
            continue
        rows.append(
            [
                name,
                _n(side["docs_per_second"]),
                _n(side["seconds"]),
                _n(side["model_load_seconds"], 2),
                _n(side["peak_bytes_per_article"] / 1024, 0),
                _bcubed(side, "all"),
                _bcubed(side, "topics_28_35"),
            ]
        )
    out += _table(
        [
            "pipeline",
            "docs/s per core",
            "seconds",
            "model load s (not counted)",
            "peak KiB/article",
            "stories B-cubed P / R / F1 (all)",
            "P / R / F1 (topics 28-35)",
        ],
        rows,
    )
    if "retold_over_peer_speed" in e:
        peer = e["peer"]
        steps = ", ".join(f"{k} {v:.1f} s" for k, v in peer["step_seconds"].items())
        out += [
            f"**retold / peer speed: {e['retold_over_peer_speed']:.2f}x** "
            f"(peer steps: {steps}; textacy refused {peer['textacy_refused_docs']} documents "
            f"for an odd number of quotation marks).",
            "",
            f"Found: retold {e['retold']['copies']} copy links, {e['retold']['stories']} stories, "
            f"{e['retold']['quotes']} quotes; peer {peer['copies']} copy pairs, "
            f"{peer['stories']} stories, {peer['quotes']} direct quotations.",
            "",
        ]
    return out


def _stages(e: dict[str, Any]) -> list[str]:
    total = sum(row["seconds"] for row in e["stages"].values())
    rows = [
        [
            STAGE_NAMES.get(name, name),
            _n(row["seconds"], 2),
            _n(row["articles_per_second"]),
            f"{row['seconds'] / total:.0%}" if total else "-",
        ]
        for name, row in e["stages"].items()
    ]
    return _table(["stage", "seconds", "articles/s per core", "share"], rows)


def _rates(e: dict[str, Any]) -> list[str]:
    rows = [
        [
            name,
            _n(r["megabytes"], 2),
            _n(r["retold_mb_per_second"], 3),
            _n(r["limit_mb_per_second"], 0),
            f"{r['share_of_limit']:.2e}",
        ]
        for name, r in e["text_rates"].items()
    ]
    return _table(["pass", "MB", "retold MB/s", "str.lower()+encode MB/s", "retold / limit"], rows)


def _quotes(q: dict[str, Any]) -> list[str]:
    out = [f"Data: `{q['data']}` ({q['articles']} articles, retold's clean bodies for both).", ""]
    rows = [
        [
            name,
            _n(q[name]["recall"], 3),
            _n(q[name]["precision"], 3),
            _n(q[name]["speaker_accuracy"], 3),
            _n(q[name]["seconds"], 2),
        ]
        for name in ("retold", "peer")
    ]
    out += _table(["quotes", "direct recall", "precision", "speaker accuracy", "seconds"], rows)
    return [*out, f"retold / peer speed: {q['retold_over_peer_speed']:.2f}x", ""]


def _incremental(i: dict[str, Any]) -> list[str]:
    out = [
        f"Base: {i['base_articles']:,} synthetic articles built in {i['build_seconds']:.0f} s "
        f"({i['build_articles_per_second']:.0f} articles/s, ingest to stories, no quotes); "
        f"then {i['batches']} batches of {i['batch_size']}.",
        "",
    ]
    out += _table(
        ["ms per added article", "p50", "p99", "max"],
        [
            [
                f"{i['batches']} batches",
                _n(i["ms_per_article_p50"]),
                _n(i["ms_per_article_p99"]),
                _n(i["ms_per_article_max"]),
            ]
        ],
    )
    out += _table(
        ["adding articles", "seconds", "ratio"],
        [
            [
                f"{i['add_articles']} into the {i['final_articles'] - i['add_articles']:,}",
                _n(i["add_into_large_seconds"]),
                _n(i["add_large_over_empty"]),
            ],
            [f"{i['add_articles']} into an empty database", _n(i["add_into_empty_seconds"]), "1"],
        ],
    )
    out += _table(
        ["index, bytes per article", "bytes"],
        [
            ["story state (saved)", _n(i["story_state_bytes_per_article"], 0)],
            ["copy index (stored: keys, verified pairs)", _n(i["copy_index_bytes_per_article"], 0)],
            ["rewrite word counts (saved)", _n(i["rewrite_word_counts_bytes_per_article"], 0)],
            [
                "stale-reprint word counts (saved)",
                _n(i.get("reprint_word_counts_bytes_per_article", 0.0), 0),
            ],
            ["copy links table", _n(i["copy_links_table_bytes_per_article"], 0)],
            ["whole database", _n(i["database_bytes_per_article"], 0)],
        ],
    )
    q = i.get("story_quality")
    if q:
        out += _table(
            [
                f"stories, {q['base_articles']:,} then {q['added_articles']:,} more "
                f"in {q['batches']} batches (last full run at {q['full_run_size']:,})",
                "B-cubed P",
                "R",
                "F1",
            ],
            [
                [name, _n(b["precision"], 4), _n(b["recall"], 4), _n(b["f1"], 4)]
                for name, b in (
                    ("single run, against the planted stories", q["single_run"]),
                    ("batches, against the planted stories", q["batches_run"]),
                    ("batches, against the single run", q["batches_against_single_run"]),
                )
            ],
        )
    stages = i.get("batch_stage_ms_per_article", {})
    out += _table(
        ["batch time by stage", "ms per added article"],
        [[STAGE_NAMES.get(name, name), _n(ms)] for name, ms in stages.items() if ms > 0],
    )
    return out


def _spark(s: dict[str, Any]) -> list[str]:
    rows = [
        ["local engine", _n(s["local_docs_per_second"]), _n(s["local_seconds"])],
        [f"spark {s['master']}", _n(s["spark_docs_per_second"]), _n(s["spark_seconds"])],
    ]
    return [
        *_table(["engine", "docs/s", "seconds"], rows),
        f"spark / local speed {s['spark_over_local_speed']:.2f}x "
        f"(spark per core {s['spark_docs_per_second_per_core']:.1f} docs/s); "
        f"same stories: {s['same_stories']}",
        "",
    ]


def _part(title: str, section: Any, body: Callable[[Any], list[str]]) -> list[str]:
    missing = _missing(section)
    return [f"## {title}", "", *([missing] if missing else body(section))]


def markdown(report: dict[str, Any]) -> str:
    """The whole report as Markdown."""
    from run import table

    meta = report["meta"]
    e = report.get("end_to_end", {})
    lines = [
        "# retold benchmark report",
        "",
        f"{meta['date']}, {meta['machine']}, {meta['cpus']} CPUs, load average at start "
        f"{', '.join(f'{x:.1f}' for x in meta['load_average_at_start'])}; thread pools pinned "
        "to one thread.  Absolute numbers depend on the machine and its load; read the ratios, "
        "each measured in this run.  `bench/README.md` says what each section measures.",
        "",
    ]
    lines += _part("End to end: retold analyze against the peer pipeline", e, _end_to_end)
    lines += _part("retold's stages (the same instrumented run)", e, _stages)
    lines += _part("Text passes against the practical limit", e, _rates)
    if not _missing(e):
        lines += [f"Peak memory: {e['retold']['memory_method']}.", ""]
    lines += _part("Direct quotes on newsdev", report.get("quote_recall"), _quotes)
    lines += _part(
        "Synthetic corpus: copies and stories",
        report.get("synthetic"),
        lambda s: ["```", table(s), "```", ""],
    )
    lines += _part("Incremental add", report.get("incremental"), _incremental)
    lines += _part("Spark local[2] against the local engine", report.get("spark"), _spark)
    seconds = ", ".join(f"{k} {v:.0f} s" for k, v in meta["section_seconds"].items())
    lines += [f"Sections took: {seconds}; total {meta.get('total_seconds', 0):.0f} s.", ""]
    return "\n".join(lines)
