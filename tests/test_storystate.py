"""The story state kept in parts: a batch writes a part of its own rows (merged with the
last parts now and then), reads back the state it saved, and a save cut short at any
write leaves the state it found."""

from __future__ import annotations

import base64
import sys
from collections import Counter
from collections.abc import Callable
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from helpers import cut_at, make_article
from retold.link import graph, vectors
from retold.link.incremental import merge
from retold.link.packing import unpack, whole_counts
from retold.link.state import FORMAT, StoryState
from retold.link.stories import StoryOptions, cluster_stories
from retold.records import Article
from retold.store import open_store
from retold.storystate import LOG_PART, ROW_PART, STORY_STATE, Part, layout, load, save

TOPICS = ("harbour ferry engine", "orchard frost apples", "bridge repair river", "school roof")


def articles(n: int, start: int = 0) -> list[Article]:
    """Articles of a few topics, a day apart, ids in no particular order."""
    out = []
    for k in range(start, start + n):
        topic = TOPICS[k % len(TOPICS)]
        words = " ".join(f"{topic} detail{(k * 7 + j) % 23} town{k % 5}" for j in range(12))
        day = f"2024-03-{1 + k % 27:02d}"
        out.append(make_article(words, id=f"{(k * 7919) % 1000:03d}-{k}", published=day))
    return out


def events(n: int, start: int = 0, old: int = 0, common: bool = True) -> list[Article]:
    """Articles of many small events (four articles each, words of their own, and
    words every article has unless not ``common``), ids in no particular order; with
    ``old``, every third joins one of the first ``old`` events."""
    out = []
    shared = " common{}" if common else ""
    for k in range(start, start + n):
        event = (k * 5) % old if old and k % 3 == 0 else k // 4
        words = " ".join(
            f"e{event}x{j} e{event}y{(k + j) % 7}" + shared.format(j % 3) for j in range(10)
        )
        day = f"2024-03-{1 + event % 27:02d}"
        out.append(make_article(words, id=f"{(k * 7919) % 10007:05d}-{k}", published=day))
    return out


def same(x: StoryState, y: StoryState) -> bool:
    """Every field saved equal (arrays by value)."""
    for name in StoryState.__dataclass_fields__:
        if name == "edge_source":  # a run's note, not saved
            continue
        a, b = getattr(x, name), getattr(y, name)
        if name == "terms":
            a, b = (a.full, a.title), (b.full, b.title)
        if not _equal(a, b):
            return False
    return True


def _equal(a: Any, b: Any) -> bool:
    if isinstance(a, np.ndarray) or isinstance(b, np.ndarray):
        return bool(np.array_equal(a, b))
    if isinstance(a, tuple) and isinstance(b, tuple):
        return len(a) == len(b) and all(_equal(x, y) for x, y in zip(a, b, strict=True))
    if hasattr(a, "__dataclass_fields__") and isinstance(a, type(b)) | isinstance(b, type(a)):
        kept = [f for f, spec in a.__dataclass_fields__.items() if spec.compare]
        return all(_equal(getattr(a, f), getattr(b, f)) for f in kept)
    return bool(a == b)


def test_parts_hold_each_row_once_and_stay_few() -> None:
    ids: list[str] = []
    parts: tuple[Part, ...] = ()
    writes: Counter[str] = Counter()
    for batch in range(200):
        ids = sorted([*ids, *(f"{batch:04d}-{k}" for k in range(10))])
        before = {n for n, _ in parts}
        parts = layout(ids, parts)
        for number, held in parts:
            if number not in before:
                assert number > max(before, default=-1)  # a new part: a new number
                writes.update(held)
        assert sorted(i for _, held in parts for i in held) == ids
        assert all(list(held) == sorted(held) for _, held in parts)
        assert len(parts) <= 2 * np.log2(len(ids))
    assert max(writes.values()) <= 2 * np.log2(len(ids))  # a row is written O(log n) times
    assert layout([], ()) == ((0, ()),)
    whole = layout(ids, parts, whole=True)
    assert len(whole) == 1 and whole[0][0] > max(n for n, _ in parts)


def test_a_saved_state_reads_back_as_it_was(store_url: str) -> None:
    options = StoryOptions(full_below=0, rebuild_growth=10.0)  # no full run
    result = cluster_stories(articles(30), options)
    with open_store(store_url) as store:
        save(store, result.state, None, result.whole)
        most = 0
        for batch in range(1, 6):
            saved = load(store)
            assert saved is not None and same(saved.state, result.state)
            # the parts' rows sorted by id across parts, as the state was saved
            held = [i for _, part in saved.parts for i in part]
            assert saved.state.ids == tuple(sorted(held)) == result.state.ids
            most = max(most, len(saved.parts))
            new = articles(8, 30 * batch)
            result = cluster_stories(new, options, existing=saved.state, partial=())
            assert not result.whole
            save(store, result.state, saved, result.whole)
        saved = load(store)
        assert saved is not None and same(saved.state, result.state)
        names = set(store.blob_names(ROW_PART))
        assert names == {f"{ROW_PART}{n}" for n, _ in saved.parts} and most > 1


def _written(store: Any, state: StoryState, saved: Any, monkeypatch: pytest.MonkeyPatch) -> int:
    """Bytes ``save`` writes."""
    sizes: list[int] = []
    real = type(store).put_blob

    def put(self: Any, name: str, value: bytes) -> None:
        sizes.append(len(value))
        real(self, name, value)

    with monkeypatch.context() as m:
        m.setattr(type(store), "put_blob", put)
        save(store, state, saved, False)
    return sum(sizes)


def _saved_batch(path: Path, size: int, measure: Callable[..., int]) -> tuple[int, Any]:
    """A state of ``size`` articles saved at ``path``, the same batch (new events, and
    articles joining stored ones) grown on it and saved by ``measure(store, state,
    saved)``: what it measured, and the state read back (checked equal to the grown)."""
    options = StoryOptions(full_below=0, rebuild_growth=10.0)  # no full run
    result = cluster_stories(events(size), options)
    with open_store(path) as store:
        save(store, result.state, None, result.whole)
        saved = load(store)
        assert saved is not None
        grown = cluster_stories(events(12, 1000, 40), options, existing=saved.state)
        measured = measure(store, grown.state, saved)
        again = load(store)
        assert again is not None and same(again.state, grown.state)
    return measured, again


def test_a_batch_writes_bytes_of_its_own_not_of_the_stored_state(
    db_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same batch added to a state four times larger writes about as many bytes: its
    rows, edges, days, stories and terms."""
    written = []
    for size in (200, 800):
        path = db_path.with_name(f"base{size}.db")
        measured, again = _saved_batch(path, size, partial(_written, monkeypatch=monkeypatch))
        written.append(measured)
        assert len(again.logs) == 2  # the base and this batch's log
    assert written[1] < 1.2 * written[0]


def _steps(call: Any) -> int:
    """The Python steps (calls, C calls and generator resumptions: profiler events) of
    ``call()``."""
    count = 0

    def event(*_: Any) -> None:
        nonlocal count
        count += 1

    sys.setprofile(event)
    try:
        call()
    finally:
        sys.setprofile(None)
    return count


def test_a_save_takes_steps_of_its_batch_not_of_the_stored_rows(db_path: Any) -> None:
    """The same batch saved over a state four times larger takes about as many Python
    steps: the new rows' serials and places are found by set difference and bisection,
    the order checked by a sort in C (main walked every id: a lookup or a generator step
    each)."""

    def steps(store: Any, state: StoryState, saved: Any) -> int:
        return _steps(partial(save, store, state, saved, False))

    counted = [_saved_batch(db_path.with_name(f"base{n}.db"), n, steps)[0] for n in (200, 800)]
    assert counted[1] < counted[0] + 200, counted


def test_a_merge_takes_steps_of_its_batch_not_of_the_stored_rows() -> None:
    """A batch's rows merged into a state four times larger take as many Python steps:
    the rows' ids, dates, titles and stories are picked in one C call each
    (``state.picked``; main took a generator step per row)."""
    options = StoryOptions(full_below=0, rebuild_growth=10.0)
    steps = []
    for size in (200, 800):
        state = cluster_stories(events(size), options).state.in_order()
        steps.append(_steps(partial(merge, state, events(12, 1000, 40), options.language)))
    assert steps[1] < steps[0] + 200, steps


def _stored_rows_copied(size: int, monkeypatch: pytest.MonkeyPatch) -> int:
    """Rows of a state of ``size`` articles' full-text term counts copied while a batch
    (new events, and articles joining stored ones) grows it."""
    options = StoryOptions(full_below=0, rebuild_growth=10.0)  # no full run
    state = cluster_stories(events(size, common=False), options).state
    stored, real, copied = state.terms.full.ids, vectors.gather_rows, [0]

    def gather(sources: Any, rows: Any, dtypes: Any) -> Any:
        if any(arrays[0] is stored for _, arrays in sources):
            copied[0] += np.asarray(rows).size
        return real(sources, rows, dtypes)

    with monkeypatch.context() as m:
        m.setattr(vectors, "gather_rows", gather)
        batch = events(12, 1000, 40, common=False)
        cluster_stories(batch, options, existing=state, partial=())
    return copied[0]


def test_a_batch_copies_full_text_terms_of_its_rows_not_of_the_stored_rows(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A batch grown on a state four times larger copies as many stored rows of
    full-text term counts (the largest of the state's arrays): those whose vectors it
    computes.  The merge numbers the stored rows' counts in id order without copying
    them, and the readers of every row (row sums, the least count, the pair search's
    columns) read them in place (main copied every row in the merge: 212 / 812)."""
    copied = [_stored_rows_copied(size, monkeypatch) for size in (200, 800)]
    assert 0 < copied[1] < copied[0] + 20, copied


def test_the_readers_of_every_row_read_what_is_kept_with_the_stored_rows(
    store_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A batch grown on a saved state reads the stored rows' body flags and their
    parts' least count and sortedness as kept with them, not off their entries: the
    row sums and the sortedness read the new rows alone (main summed every row's full
    and title counts, 424, and read the stored part's order, 200), and the stories
    are those the state in memory grows to."""
    options = StoryOptions(full_below=0, rebuild_growth=10.0)  # no full run
    state = cluster_stories(events(200, common=False), options).state
    read = Counter[str]()
    sums, ordered = graph._part_sums, graph._sorted_rows

    def counted(name: str, real: Callable[[Any], Any]) -> Callable[[Any], Any]:
        def reader(counts: Any) -> Any:
            read[name] += len(counts)
            return real(counts)

        return reader

    with open_store(store_url) as store:
        save(store, state, None, True)
        saved = load(store)
        assert saved is not None and saved.state.terms.has_body is not None
        kept = saved.state.terms.has_body
        assert np.array_equal(kept, graph.body_flags(state.terms))
        batch = events(12, 1000, 40, common=False)
        with monkeypatch.context() as m:
            m.setattr(graph, "_part_sums", counted("sums", sums))
            m.setattr(graph, "_sorted_rows", counted("ordered", ordered))
            grown = cluster_stories(batch, options, existing=saved.state, partial=())
    new = len(grown.state) - len(state)
    assert new > 0 and read["sums"] == 2 * new and read["ordered"] <= new, read
    terms = grown.state.terms
    assert np.array_equal(terms.has_body, graph.body_flags(replace(terms, has_body=None)))
    again = cluster_stories(batch, options, existing=state, partial=()).state
    assert again.story_of == grown.state.story_of


def test_logs_stay_few_and_read_back_as_the_state_saved(db_path: Any) -> None:
    """Batches that add edges to stored rows and recompute others' probabilities: a
    log's edges drop those of their ends before, and an edge moved as it was takes its
    values from the logs before, merged logs too; where an edge was is the run's word
    for it or found by its ends."""
    options = StoryOptions(full_below=0, rebuild_growth=10.0)
    result = cluster_stories(events(200), options)
    most, moved = 0, 0
    with open_store(db_path) as store:
        save(store, result.state, None, result.whole)
        for batch in range(1, 14):
            saved = load(store)
            assert saved is not None and same(saved.state, result.state)
            most = max(most, len(saved.logs))
            moved += sum(
                int(log.unchanged.sum()) for _, log in saved.logs if log.unchanged is not None
            )
            new = events(12, 200 + 12 * batch, 50)
            result = cluster_stories(new, options, existing=saved.state, partial=())
            # every other batch without the run's word of where its edges were
            unsaid = replace(result.state, edge_source=None) if batch % 2 else result.state
            save(store, unsaid, saved, result.whole)
        saved = load(store)
        assert saved is not None and same(saved.state, result.state)
        assert set(store.blob_names(LOG_PART)) == {f"{LOG_PART}{n}" for n, _ in saved.logs}
    assert 2 < most <= 2 * np.log2(len(result.state)) and moved > 0


def test_a_state_of_one_part_is_read_as_stored_and_grows_as_the_one_in_memory(
    db_path: Any,
) -> None:
    """One row part (a state after a full run) is its rows as stored: its term columns
    are views of the stored bytes (read-only, no copy), its counts the float32 of the
    stored small ints (``whole_counts``), and the state grows as the state it was saved
    from does."""
    options = StoryOptions(full_below=0, rebuild_growth=10.0)  # no full run
    result = cluster_stories(articles(30), options)
    with open_store(db_path) as store:
        save(store, result.state, None, result.whole)
        saved = load(store)
    assert saved is not None and len(saved.parts) == 1 and same(saved.state, result.state)
    full = saved.state.terms.full
    assert not full.ids.flags.writeable and full.counts.dtype == np.float32
    new = articles(8, 30)
    grown = cluster_stories(new, options, existing=saved.state, partial=())
    expected = cluster_stories(new, options, existing=result.state, partial=())
    assert same(grown.state, expected.state) and grown.stories == expected.stories


def test_packed_arrays_are_read_from_a_view_of_larger_bytes() -> None:
    """A part read in place from the value that holds it (no copy of its bytes)."""
    data = cluster_stories(articles(12)).state.shared_bytes()
    value = b"header\n" + data
    z = unpack(memoryview(value)[len(b"header\n") :], FORMAT)
    assert np.array_equal(z["edge_a"], unpack(data, FORMAT)["edge_a"])


def test_whole_counts_are_stored_as_small_ints_and_read_back_as_they_were() -> None:
    """Term counts that are whole numbers (a text's count of each term) are stored as
    uint8 (uint16 past 255): a quarter of float32's bytes for every load to decompress;
    they read back as the float32 counts they were.  Others stay float32 (fractions,
    counts past uint16, a negative zero)."""
    state = cluster_stories(events(40)).state
    assert unpack(state.row_bytes(np.arange(len(state))), FORMAT)["full_counts"].dtype == np.uint8
    back = StoryState.from_bytes(state.to_bytes())
    assert back.terms.full.counts.dtype == np.float32 and same(back, state)
    for values, stored in (
        ([1, 300], np.uint16),
        ([1.5, 2], np.float32),
        ([1, 70_000], np.float32),
        ([-0.0, 1], np.float32),
        ([], np.float32),
    ):
        counts = np.array(values, np.float32)
        narrowed = whole_counts(counts)
        assert narrowed.dtype == stored
        assert np.array_equal(narrowed.astype(np.float32), counts)


def test_a_state_kept_whole_is_read_and_saved_in_parts(db_path: Any) -> None:
    state = cluster_stories(articles(20)).state
    with open_store(db_path) as store:
        store.put_state(STORY_STATE, base64.b64encode(state.to_bytes()).decode("ascii"))
        saved = load(store)
        assert saved is not None and same(saved.state, state) and saved.parts == ()
        save(store, saved.state, saved, whole=False)
        again = load(store)
        assert again is not None and same(again.state, state) and len(again.parts) == 1


def test_a_state_saved_with_its_shared_part_whole_is_read_and_saved_as_a_log(
    db_path: Any,
) -> None:
    """As earlier versions saved it: the shared part whole after the header, rows
    without serials: read, then written again in one part and one log."""
    state = cluster_stories(articles(20)).state
    with open_store(db_path) as store:
        store.put_blob(f"{ROW_PART}0", state.row_bytes(np.arange(len(state), dtype=np.int64)))
        store.put_blob(STORY_STATE, b'{"parts": [0]}\n' + state.shared_bytes())
        saved = load(store)
        assert saved is not None and same(saved.state, state) and saved.serials is None
        save(store, saved.state, saved, whole=False)
        again = load(store)
        assert again is not None and same(again.state, state)
        assert len(again.parts) == len(again.logs) == 1 and again.parts[0][0] == 1
        assert store.blob_names(ROW_PART) == [f"{ROW_PART}1"]


def test_a_state_saved_in_text_parts_is_read_and_saved_as_bytes(db_path: Any) -> None:
    first = cluster_stories(articles(20), StoryOptions(full_below=0))
    state = cluster_stories(articles(6, 20), StoryOptions(full_below=0), existing=first.state)
    text = {f"{ROW_PART}{n}": base64.b64encode(part) for n, part in enumerate(_parts(state))}
    with open_store(db_path) as store:
        for name, value in text.items():
            store.put_state(name, value.decode("ascii"))
        shared = base64.b64encode(state.state.shared_bytes()).decode("ascii")
        store.put_state(STORY_STATE, '{"parts": [0, 1]}\n' + shared)
        saved = load(store)
        assert saved is not None and same(saved.state, state.state) and saved.parts == ()
        save(store, saved.state, saved, whole=False)
        assert store.state_names(STORY_STATE) == [] and store.get_blob(STORY_STATE)
        again = load(store)
        assert again is not None and same(again.state, state.state) and len(again.parts) == 1


def _parts(result: Any) -> list[bytes]:
    """The rows of a state in two parts: its first ten, then the rest."""
    n = len(result.state)
    rows = np.arange(n, dtype=np.int64)
    return [result.state.row_bytes(rows[:10]), result.state.row_bytes(rows[10:])]


@pytest.mark.parametrize("sparse", [False, True])
@pytest.mark.parametrize("write", ["put_blob", "drop_blob"])
def test_a_save_cut_at_any_write_leaves_the_state_it_found(
    write: str, sparse: bool, db_path: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Dense batches (every log merged into the base) and sparse ones (a log of the
    batch's own, merged with the last logs now and then)."""
    options = StoryOptions(full_below=0)
    first = cluster_stories(events(120) if sparse else articles(30), options)
    states = [first.state]
    for batch in range(1, 4):
        new = events(12, 120 + 12 * batch, 30) if sparse else articles(20, 30 * batch)
        states.append(cluster_stories(new, options, existing=states[-1]).state)
    cuts, logs = 0, 0
    for call in range(1, 10):
        with open_store(db_path.with_name(f"cut{call}.db")) as store:
            save(store, states[0], None, True)
            for state in states[1:]:
                saved = load(store)
                assert saved is not None
                logs = max(logs, len(saved.logs))
                if state is not states[-1]:
                    save(store, state, saved, False)
                    continue
                try:
                    with cut_at(store, write, call, monkeypatch):
                        save(store, state, saved, False)
                except KeyboardInterrupt:
                    cuts += 1
            found = load(store)
            assert found is not None
            assert same(found.state, states[-2]) or same(found.state, states[-1])
            save(store, found.state, found, False)  # a later save tidies what is left
            kept = load(store)
            assert kept is not None
            for prefix, parts in ((ROW_PART, kept.parts), (LOG_PART, kept.logs)):
                assert set(store.blob_names(prefix)) == {f"{prefix}{n}" for n, _ in parts}
    assert cuts >= 2  # a part written or dropped, and the header (or a second part)
    assert (logs > 1) == sparse
