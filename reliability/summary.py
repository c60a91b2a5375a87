"""RELIABILITY.md from the reports of ``reliability/report.py``'s checks."""

from __future__ import annotations

from typing import Any


def write_markdown(results: dict[str, Any], invoked: str, machine: str, stamp: str) -> str:
    lines = [
        "# retold reliability",
        "",
        f"Written by `make reliability` ({invoked}) on {stamp}.",
        f"Machine: {machine}. The load average (1, 5, 15 min) is given beside each check:",
        "other work on the machine shares its CPUs, so timings are as noisy as it says.",
        "",
        "| check | result | wall s | load before | load after | command |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for name, r in results.items():
        verdict = "pass" if r["exit"] == 0 else f"FAIL (exit {r['exit']})"
        lines.append(
            f"| {name} | {verdict} | {r['seconds']} | {_load(r['load_before'])} "
            f"| {_load(r['load_after'])} | `{r['command']}` |"
        )
    for name, section in (
        ("hostile", _hostile),
        ("crash", _crash),
        ("concurrency", _concurrency),
        ("load", _load_section),
    ):
        if name in results:
            report = results[name]["report"]
            lines += ["", f"## {name}", ""]
            lines += section(report) if report else ["No report: " + results[name]["stderr_tail"]]
    return "\n".join(lines) + "\n"


def _load(values: list[float]) -> str:
    return " ".join(f"{v:.2f}" for v in values)


def _hostile(r: dict[str, Any]) -> list[str]:
    return [
        f"{r['files']} hostile files of {r['kinds']} kinds: {r['files_ingested']} ingested, "
        f"{r['files_rejected']} rejected with a reason; files without an outcome: "
        f"{len(r['files_without_outcome'])}; unexpected errors: {len(r['unexpected_errors'])}; "
        f"rejections without a reason: {r['rejections_without_reason']}.",
    ]


def _crash(r: dict[str, Any]) -> list[str]:
    return [
        f"{r['articles']} articles; reference run {r['reference_run_seconds']} s; "
        f"{r['kills']} SIGKILLs at random moments over {r['rounds']} rounds; rounds ending "
        f"with the reference export: {r['rounds_ending_as_reference']} of {r['rounds']}; "
        f"problems after a kill: {len(r['problems'])}.",
        *[f"- {p}" for p in r["problems"][:10]],
    ]


def _concurrency(report: list[dict[str, Any]]) -> list[str]:
    lines = [
        "| backend | articles | rounds ok | seconds per round | server answers | problems |",
        "| --- | --- | --- | --- | --- | --- |",
    ]
    for r in report:
        seconds = ", ".join(str(x["seconds"]) for x in r["results"])
        answers = "; ".join(str(x["answers"]) for x in r["results"])
        problems = sum(len(x["problems"]) for x in r["results"])
        lines.append(
            f"| {r['backend']} | {r['articles']} | {r['rounds_ok']} of {r['rounds']} "
            f"| {seconds} | {answers} | {problems} |"
        )
    for r in report:
        lines += [f"- {r['backend']}: {p}" for x in r["results"] for p in x["problems"]]
    return lines


def _load_section(r: dict[str, Any]) -> list[str]:
    lines = [
        f"Database: {r['database']}; {r['connections']} connections, each one request after "
        "another (closed loop), generator and server on the same machine.",
        "",
        "| pages | distinct | req/s | p50 ms | p99 ms | max ms | codes | first visits: req/s, "
        "p99 ms | target | load before | load after |",
        "| --- | --- | --- | --- | --- | --- | --- | --- | --- | --- | --- |",
    ]
    for kind, p in r["pages"].items():
        first = p["first_visits"]
        target = f"{p['target']}: {'met' if p['target_met'] else 'missed'}" if "target" in p else ""
        lines.append(
            f"| {kind} | {p['distinct_pages']} | {p['req_per_s']} | {p['p50_ms']} | {p['p99_ms']} "
            f"| {p['max_ms']} | {p['codes']} | {first['req_per_s']}, {first['p99_ms']} "
            f"| {target} | {_load(p['load_before'])} | {_load(p['load_after'])} |"
        )
    return lines
