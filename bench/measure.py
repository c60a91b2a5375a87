"""Measuring tools shared by the report: one-core pinning, stage timers, peak memory.

Every figure the report gives is a ratio of two things timed in the same process, so the
tools here only time and count; they never judge.
"""

from __future__ import annotations

import contextlib
import os
import resource
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

THREAD_VARS = ("OMP_NUM_THREADS", "OPENBLAS_NUM_THREADS", "MKL_NUM_THREADS", "RAYON_NUM_THREADS")


def pin_one_thread() -> None:
    """Thread pools of numpy, BLAS, rayon (rensa) and spaCy's thinc to one thread, so
    "per core" means one core.  The environment (``THREAD_VARS``) only counts before
    numpy is imported, so the entry script sets it first; threadpoolctl then caps the
    pools already started."""
    for var in THREAD_VARS:
        os.environ.setdefault(var, "1")
    from threadpoolctl import threadpool_limits  # type: ignore[import-untyped]

    threadpool_limits(1)


_STATUS = Path("/proc/self/status")
_CLEAR_REFS = Path("/proc/self/clear_refs")


@dataclass
class Stopwatch:
    """Seconds spent inside each named function, summed over calls (nested calls of
    different names each count their own time)."""

    seconds: dict[str, float] = field(default_factory=dict)
    calls: dict[str, int] = field(default_factory=dict)

    def wrap(self, name: str, fn: Callable[..., Any]) -> Callable[..., Any]:
        def timed(*args: Any, **kwargs: Any) -> Any:
            start = time.perf_counter()
            try:
                return fn(*args, **kwargs)
            finally:
                self.seconds[name] = self.seconds.get(name, 0.0) + time.perf_counter() - start
                self.calls[name] = self.calls.get(name, 0) + 1

        return timed


@contextlib.contextmanager
def instrumented(module: Any, names: dict[str, str], watch: Stopwatch) -> Iterator[Stopwatch]:
    """Within the block, ``module``'s functions ``names`` (attribute -> stage name) run
    through ``watch``; the originals are put back after."""
    originals = {attr: getattr(module, attr) for attr in names}
    try:
        for attr, stage in names.items():
            setattr(module, attr, watch.wrap(stage, originals[attr]))
        yield watch
    finally:
        for attr, fn in originals.items():
            setattr(module, attr, fn)


def _status_kb(key: str) -> int | None:
    try:
        for line in _STATUS.read_text().splitlines():
            if line.startswith(key + ":"):
                return int(line.split()[1])
    except OSError:
        return None
    return None


@dataclass
class PeakMemory:
    """The growth of resident memory over a block: the peak resident set inside it
    (Linux ``VmHWM``, reset on entry through ``/proc/self/clear_refs``) less the resident
    set on entry.  Where the peak cannot be reset, ``ru_maxrss`` growth (a lower bound:
    zero when an earlier step went higher)."""

    method: str = ""
    bytes: int = 0

    @contextlib.contextmanager
    def over(self) -> Iterator[PeakMemory]:
        start_rss = _status_kb("VmRSS")
        try:
            _CLEAR_REFS.write_text("5")
            self.method = "VmHWM (reset) - VmRSS at start"
        except OSError:
            self.method = "ru_maxrss growth"
        start_max = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            yield self
        finally:
            peak = _status_kb("VmHWM") if self.method.startswith("VmHWM") else None
            if peak is not None and start_rss is not None:
                self.bytes = max(0, peak - start_rss) * 1024
            else:
                self.method = "ru_maxrss growth"
                now = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
                self.bytes = max(0, now - start_max) * 1024


def timed(fn: Callable[..., Any], *args: Any) -> tuple[float, Any]:
    """(seconds, value) of one call."""
    start = time.perf_counter()
    value = fn(*args)
    return time.perf_counter() - start, value


def floor_rate(texts: list[str], least_seconds: float = 0.2) -> float:
    """Bytes per second of the practical limit for a text pass: ``str.lower()`` then
    UTF-8 encoding of every text, repeated until ``least_seconds`` have passed."""
    size = sum(len(t.encode("utf-8")) for t in texts)
    rounds, start = 0, time.perf_counter()
    while True:
        for text in texts:
            text.lower().encode("utf-8")
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= least_seconds:
            return size * rounds / elapsed


def percentile(values: list[float], q: float) -> float:
    """The ``q`` quantile (0..1) by linear interpolation; nan for no values."""
    if not values:
        return float("nan")
    ordered = sorted(values)
    at = q * (len(ordered) - 1)
    low = int(at)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (at - low)
