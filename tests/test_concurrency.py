"""Two ``retold analyze`` processes and ``retold serve`` on one database at once, on
SQLite and on PostgreSQL (real processes, a real server): both runs end well, no
"database is locked" reaches the user, the server answers 200 throughout, no write is
lost and the result equals one run over both inputs.  The longer run of the same check
is ``reliability/concurrency.py``."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "reliability"))
from concurrency import check_round, single_run, write_corpora


@pytest.fixture(scope="module")
def corpora(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """Two corpora of 16 articles, 4 per file, so that the runs' writes interleave."""
    folders, total = write_corpora(tmp_path_factory.mktemp("corpora"), 16, per_file=4)
    assert total == 32
    return folders


@pytest.fixture(scope="module")
def reference(corpora: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Any:
    """The export of one run over both corpora (on SQLite; the backends export alike)."""
    exported = single_run(corpora, str(tmp_path_factory.mktemp("reference") / "one.db"))
    assert len(exported["articles"]) == 32 and exported["stories"]
    return exported


def test_two_analyze_runs_and_serve_share_a_database(
    store_url: str, corpora: list[Path], reference: Any
) -> None:
    result = check_round(corpora, store_url, reference, limit=120)
    assert result["problems"] == []
    assert sum(result["answers"].values()) >= 3
