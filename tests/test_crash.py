"""Crash safety: ``retold analyze`` killed with SIGKILL mid-run leaves a database that
passes its checks after every kill, and the re-run ends where an uninterrupted run
does (``reliability/crash.py``; ``make reliability`` runs it at full size)."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from crash import run


def test_three_kills_leave_a_database_the_rerun_completes() -> None:
    report = run(articles=100, kills=3, seed=5)
    assert report["kills"] == 3
    assert report["problems"] == []
    assert report["rounds"] >= 1
    assert report["rounds_ending_as_reference"] == report["rounds"]
