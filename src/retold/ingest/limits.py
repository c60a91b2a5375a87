"""Per-file limits on reading: a file, and each article in it, get a time budget.

A file that takes too long to read (decode, split) or an article that takes too long
to clean becomes a ``Rejected`` naming the file and the limit, and the batch goes on.
The clock is a ``SIGALRM`` interval timer, so it interrupts Python code wherever it
is; it is only armed in the main thread of a process (elsewhere no limit applies).
"""

from __future__ import annotations

import signal
import threading
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import FrameType
from typing import TypeVar

from retold.ingest.files import read_path, walk
from retold.records import Origin, RawDocument, Rejected

T = TypeVar("T")


class TimeLimitExceeded(Exception):
    """Raised inside a ``time_limit`` block when its seconds run out."""


@contextmanager
def time_limit(seconds: float) -> Iterator[None]:
    """Raise TimeLimitExceeded in this block after ``seconds`` (0 or less: no limit)."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise TimeLimitExceeded

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def read_limited(
    paths: Iterable[str | Path],
    max_bytes: int,
    max_seconds: float,
    then: Callable[[RawDocument], T],
) -> Iterator[T | Rejected]:
    """Every file under ``paths`` read and each of its documents passed through ``then``
    (cleaning), reading a file and each ``then`` each limited to ``max_seconds``."""
    for item in walk(paths):
        if isinstance(item, Rejected):
            yield item
            continue
        documents = _read_one(item, max_bytes, max_seconds)
        for document in documents:
            if isinstance(document, Rejected):
                yield document
                continue
            try:
                with time_limit(max_seconds):
                    result: T | Rejected = then(document)
            except TimeLimitExceeded:
                result = Rejected(document.origin, _too_slow("cleaning this article", max_seconds))
            except Exception as exc:  # a bug met on one input must not end the batch
                result = Rejected(document.origin, unexpected("cleaning this article", exc))
            yield result


def _read_one(path: Path, max_bytes: int, max_seconds: float) -> list[RawDocument | Rejected]:
    try:
        with time_limit(max_seconds):
            return list(read_path(path, max_bytes))
    except TimeLimitExceeded:
        return [Rejected(Origin(str(path)), _too_slow("reading this file", max_seconds))]
    except Exception as exc:  # a bug met on one input must not end the batch
        return [Rejected(Origin(str(path)), unexpected("reading this file", exc))]


UNEXPECTED = "unexpected error"


def unexpected(what: str, exc: Exception) -> str:
    """The reason for an input that raised: a bug to fix, named with the exception."""
    return f"{UNEXPECTED} {what}: {type(exc).__name__}: {exc}"[:500]


def _too_slow(what: str, seconds: float) -> str:
    return f"time limit: {what} took longer than {seconds:g} s (the per-file limit)"
