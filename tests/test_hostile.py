"""Hostile inputs: a small corpus from ``reliability/hostile.py`` (every kind, small
sizes) goes through ingest with no crash, every file gets an outcome with a reason, and
the per-file limits (time, size, decompressed size) reject with the file's name."""

from __future__ import annotations

import gzip
import sys
import time
from pathlib import Path

from helpers import WriteFile
from retold.ingest.limits import read_limited, time_limit
from retold.records import RawDocument, Rejected

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from hostile import COMMON, RARE, generate
from ingest_check import check


def test_small_hostile_corpus(tmp_path: Path) -> None:
    kinds = generate(tmp_path / "corpus", 100, seed=3, rare=1)
    assert set(kinds.values()) == set(COMMON) | set(RARE)
    report = check(tmp_path / "corpus", kinds)
    assert report["files_without_outcome"] == []
    assert report["unexpected_errors"] == []
    assert report["rejections_without_reason"] == 0
    assert report["files_ingested"] > 0 and report["files_rejected"] > 0
    assert report["rejected_by_kind"]["gzip-bomb"] == 1


def spin(document: RawDocument) -> RawDocument:
    while True:
        time.sleep(0.01)


def test_time_limit_rejects_the_slow_article_and_goes_on(write_file: WriteFile) -> None:
    slow = write_file("in/a-slow.txt", "Words enough to be an article about the harbour.")
    write_file("in/b-fine.txt", "Another article about the river and the bridge.")
    calls: list[str] = []

    def then(document: RawDocument) -> RawDocument:
        calls.append(document.origin.path)
        return spin(document) if document.origin.path == str(slow) else document

    found = list(read_limited([slow.parent], 1_000_000, 0.2, then))
    assert [type(f).__name__ for f in found] == ["Rejected", "RawDocument"]
    assert isinstance(found[0], Rejected) and found[0].origin.path == str(slow)
    assert "time limit" in found[0].reason and "0.2 s" in found[0].reason


def test_time_limit_is_disarmed_after_the_block() -> None:
    with time_limit(0.05):
        pass
    time.sleep(0.1)  # an alarm left armed would raise here


def test_gzip_bomb_is_rejected_without_inflating_it(write_file: WriteFile) -> None:
    bomb = gzip.compress(b"\x00" * 50_000_000, 9)  # 50 MB of zeros in about 50 KB
    path = write_file("bomb.txt.gz", bomb)
    [rejected] = list(read_limited([path], 1_000_000, 10, lambda d: d))
    assert isinstance(rejected, Rejected) and rejected.origin.path == str(path)
    assert "decompressed size exceeds the limit 1000000" in rejected.reason


def test_a_bug_on_one_input_rejects_it_and_the_batch_goes_on(write_file: WriteFile) -> None:
    folder = write_file("in/a.txt", "An article about the harbour and the storm last week.").parent
    write_file("in/b.txt", "An article about the river and the bridge this week.")

    def then(document: RawDocument) -> RawDocument:
        if document.origin.path.endswith("a.txt"):
            raise KeyError("bug")
        return document

    first, second = read_limited([folder], 1_000_000, 10, then)
    assert isinstance(first, Rejected) and "unexpected error" in first.reason
    assert "KeyError" in first.reason
    assert isinstance(second, RawDocument)
