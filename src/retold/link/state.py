"""What story clustering keeps between runs, and its byte forms.

The state holds, per article (sorted by id): its term counts and heaviest terms
(which stand until the next full run changes the weights), publication
date, title and story; the similarity edges with each edge's cosines (full text, names,
numbers) and probability; and
the document frequencies of the last full run (the IDF every run until the next
one weighs terms by, ``incremental.py``).  That is all a later run needs to
place new articles, re-cluster only the parts of the graph they touch, and
rebuild those stories' titles and dates, without the old ``Article`` records.

In bytes, a state is whole (``to_bytes``) or in parts: the shared part
(``shared_bytes``: what a run changes: edges, days, stories, frequencies and
vocabularies) and parts of rows (``row_bytes``: the rows of some articles, which stand
between full runs, with each row's serial when given), read back together and sorted
by id in one copy of the rows (``from_parts``; ``read_rows``, ``Rows.join`` and
``state_of`` when the shared arrays come from elsewhere: each part is sorted, so the
parts interleave in runs that are copied as slices, ``vectors.gather_rows``), but for
the term counts, which are numbered in id order, not copied (``vectors.PendingCounts``);
``retold.storystate`` keeps the state in the store in parts, and the shared part as a
log of what each run changed (``statelog``), so that a batch writes what it changes.
The rows' dates and names are flat arrays (``ragged.Ragged``), not a tuple per row.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, replace
from operator import itemgetter
from typing import Any, TypeVar

import numpy as np
import numpy.typing as npt

from retold.link.features import StoryTerms
from retold.link.graph import body_flags, empty_terms, part_facts
from retold.link.packing import (
    Arrays,
    narrow,
    pack,
    ragged,
    read_ragged,
    read_strings,
    strings,
    unpack,
    whole_counts,
)
from retold.link.ragged import Ragged
from retold.link.vectors import F32, I64, Frequencies, PartFacts, PendingCounts, TermCounts

FORMAT = "retold.story-state.v5"
RAGGED = {
    "mentions": "mention",
    "years": "year",
    "yearless": "yearless",
    "headline_names": "headline_name",
    "names": "name",
}
"""The rows of ints each article has, and the prefix of their arrays."""

T = TypeVar("T")


@dataclass(frozen=True)
class StoryState:
    """Story clustering state.  Rows are articles sorted by id; edges, days and stories
    index rows."""

    version: str
    ids: tuple[str, ...]
    published: tuple[str | None, ...]
    titles: tuple[str, ...]
    mentions: Sequence[tuple[int, ...]]  # ``Ragged`` when read from bytes or merged
    headline_names: Sequence[tuple[int, ...]]
    names: Sequence[tuple[int, ...]]
    terms: StoryTerms
    edge_a: I64
    edge_b: I64
    edge_cos: F32  # each edge's full-text cosine
    edge_p: F32  # each edge's probability (``stories.pair_probabilities``)
    days: I64  # each row's effective publication day (``stories.effective_days``), -1 none
    story_of: tuple[str, ...]
    idf: tuple[Frequencies, Frequencies]  # full and title document frequencies, last full run
    full_run_size: int = 0  # articles in the state when every story was last recomputed
    years: Sequence[tuple[int, ...]] = ()  # past years each text mentions (empty: unknown)
    yearless: Sequence[tuple[int, ...]] = ()  # undated texts' month-days (empty: unknown)
    tops: TermCounts | None = None  # each row's heaviest terms (``vectors.top_terms``)
    edge_channels: F32 | None = None  # each edge's names and numbers cosines (m x 2)
    heaviest: float | None = None  # the largest entry of the rows' vectors (``top_terms``)
    # each edge's index among the edges of the state a run grew (-1: new); None: unknown
    # (a state read, or clustered afresh).  Not saved: ``statelog.change`` reads it
    edge_source: I64 | None = None

    def __len__(self) -> int:
        return len(self.ids)

    def to_bytes(self) -> bytes:
        """The whole state (rows sorted by id)."""
        state = self.in_order()
        return pack({**Rows.of(state).arrays(), **state._shared()})

    def shared_bytes(self) -> bytes:
        """What a run changes: the state but the rows (``row_bytes``), over the rows
        sorted by id."""
        return pack(self.in_order()._shared())

    def in_order(self) -> StoryState:
        """This state with its rows sorted by id (itself when they are)."""
        if ascending(self.ids):
            return self
        order = id_order(self.ids)
        where = inverse(order)
        return replace(
            self,
            **Rows.of(self, order).fields(),
            edge_a=where[self.edge_a],
            edge_b=where[self.edge_b],
            days=self.days[order],
            story_of=picked(self.story_of, order.tolist()),
        )

    def row_bytes(self, rows: I64, serials: I64 | None = None) -> bytes:
        """The given rows, for ``from_parts`` (with their ``serials``: ``statelog``)."""
        return pack(replace(Rows.of(self, rows), serials=serials).arrays())

    @staticmethod
    def from_bytes(data: bytes) -> StoryState:
        z = unpack(data, FORMAT)
        return state_of(z, Rows.join([Rows.read(z, (z["full_vocab"], z["title_vocab"]))]))

    @staticmethod
    def from_parts(
        shared: bytes | memoryview, parts: Sequence[bytes]
    ) -> tuple[StoryState, list[tuple[str, ...]]]:
        """The state from its ``shared_bytes`` and the ``row_bytes`` of parts that hold
        each of its rows once (sorted by id across parts, in one copy of the rows); and
        the ids of each part's rows."""
        z = unpack(shared, FORMAT)
        rows = read_rows(parts, (z["full_vocab"], z["title_vocab"]))
        return state_of(z, Rows.join(rows)), [r.ids for r in rows]

    def _shared(self) -> dict[str, Any]:
        meta: dict[str, Any] = {
            "format": FORMAT,
            "version": self.version,
            "full_run_size": self.full_run_size,
        }
        if self.heaviest is not None:
            meta["heaviest"] = self.heaviest
        arrays: dict[str, Any] = {
            "meta": np.array(json.dumps(meta)),
            "story_of": strings(self.story_of),
            "edge_a": narrow(self.edge_a),
            "edge_b": narrow(self.edge_b),
            "edge_cos": self.edge_cos.astype(np.float32),
            "edge_p": self.edge_p.astype(np.float32),
            "days": narrow(self.days),
            "idf_docs": np.array(self.idf[0].n_docs),
            "idf_full": narrow(self.idf[0].df),
            "idf_title": narrow(self.idf[1].df),
            "full_vocab": self.terms.full.vocab,
            "title_vocab": self.terms.title.vocab,
        }
        if self.edge_channels is not None:
            arrays["edge_names"] = self.edge_channels[:, 0].astype(np.float32)
            arrays["edge_numbers"] = self.edge_channels[:, 1].astype(np.float32)
        return arrays


def empty_state(version: str) -> StoryState:
    none = np.zeros(0, np.int64)
    no_idf = Frequencies(none, 0)
    no_floats = np.zeros(0, np.float32)
    edges: dict[str, Any] = {"edge_a": none, "edge_b": none}
    edges |= {"edge_cos": no_floats, "edge_p": no_floats}
    return StoryState(
        version,
        (),
        (),
        (),
        (),
        (),
        (),
        empty_terms(),
        **edges,
        days=none,
        story_of=(),
        idf=(no_idf, no_idf),
    )


def read_rows(parts: Sequence[bytes], vocabs: tuple[np.ndarray, np.ndarray]) -> list[Rows]:
    """The rows of each of the ``row_bytes`` parts, over these vocabularies."""
    return [Rows.read(unpack(part, FORMAT), vocabs) for part in parts]


def state_of(z: Arrays, rows: Rows) -> StoryState:
    """The state from its shared arrays ``z`` (``story_of`` as stored, or an object
    array of str) and its ``rows`` (both sorted by id)."""
    meta = json.loads(str(z["meta"]))
    story = z["story_of"]
    story_of = tuple(story.tolist()) if story.dtype == object else read_strings(story)
    channels = ("edge_names", "edge_numbers")
    return StoryState(
        version=meta["version"],
        **rows.fields(),
        edge_a=z["edge_a"].astype(np.int64),
        edge_b=z["edge_b"].astype(np.int64),
        edge_cos=z["edge_cos"],
        edge_p=z["edge_p"],
        days=z["days"].astype(np.int64),
        story_of=story_of,
        idf=(
            Frequencies(z["idf_full"].astype(np.int64), int(z["idf_docs"])),
            Frequencies(z["idf_title"].astype(np.int64), int(z["idf_docs"])),
        ),
        full_run_size=int(meta.get("full_run_size", 0)),
        edge_channels=np.column_stack([z[c] for c in channels]) if channels[0] in z else None,
        heaviest=meta.get("heaviest"),
    )


@dataclass(frozen=True)
class Rows:
    """The state's rows of some articles (sorted by id): what stands between full runs."""

    ids: tuple[str, ...]
    published: tuple[str | None, ...]
    titles: tuple[str, ...]
    ragged: dict[str, Sequence[tuple[int, ...]]]  # by ``RAGGED`` field; empty: unknown
    full: TermCounts
    title: TermCounts
    tops: TermCounts | None
    serials: I64 | None = None  # each row's serial (``statelog``), when saved with one
    has_body: npt.NDArray[np.bool_] | None = None  # ``StoryTerms.has_body``; None: unknown

    @staticmethod
    def of(state: StoryState, rows: I64 | None = None) -> Rows:
        """The state's ``rows`` (every row when None)."""
        pick = None if rows is None else rows.tolist()

        def take(values: tuple[Any, ...]) -> tuple[Any, ...]:
            return values if pick is None or not values else picked(values, pick)

        def take_rows(values: Sequence[tuple[int, ...]]) -> Sequence[tuple[int, ...]]:
            return values if rows is None or not values else Ragged.of(values).take(rows)

        def take_counts(counts: TermCounts) -> TermCounts:
            return counts if rows is None else counts.take(rows)

        has_body = state.terms.has_body

        return Rows(
            take(state.ids),
            take(state.published),
            take(state.titles),
            {field: take_rows(getattr(state, field)) for field in RAGGED},
            take_counts(state.terms.full),
            take_counts(state.terms.title),
            None if state.tops is None else take_counts(state.tops),
            has_body=has_body if rows is None or has_body is None else has_body[rows],
        )

    def fields(self) -> dict[str, Any]:
        """These rows as the ``StoryState`` fields that hold them."""
        terms = StoryTerms(self.full, self.title, self.has_body)
        return dict(
            ids=self.ids, published=self.published, titles=self.titles, terms=terms, tops=self.tops
        ) | {field: self.ragged[field] for field in RAGGED}

    def arrays(self) -> dict[str, Any]:
        arrays: dict[str, Any] = {
            "meta": np.array(json.dumps({"format": FORMAT})),
            "ids": strings(self.ids),
            "published": strings([p or "" for p in self.published]),
            "titles": strings(self.titles),
            **_counts("full", self.full),
            **_counts("title", self.title),
            **_facts("full", self.full),
        }
        body = self.has_body
        if body is None:  # not kept (rows of a state read before it was): read off the counts
            body = body_flags(StoryTerms(self.full, self.title))
        arrays["has_body"] = body.astype(np.uint8)
        for field, prefix in RAGGED.items():
            arrays |= ragged(prefix, self.ragged[field])
        if self.serials is not None:
            arrays["serials"] = narrow(self.serials)
        if self.tops is not None:  # counts are ones
            arrays |= {"top_ids": narrow(self.tops.ids), "top_offsets": narrow(self.tops.offsets)}
        return arrays

    @staticmethod
    def read(z: Arrays, vocabs: tuple[np.ndarray, np.ndarray]) -> Rows:
        """The rows ``arrays`` stored, over the full and title ``vocabs``, their term
        columns as stored and their counts as float32 (``_read_counts``)."""
        full_vocab, title_vocab = (v.astype(np.int64) for v in vocabs)
        tops = None
        if "top_ids" in z:
            ids = z["top_ids"]
            tops = TermCounts(ids, np.ones(ids.size, np.float32), z["top_offsets"], full_vocab)
        return Rows(
            read_strings(z["ids"]),
            tuple(x or None for x in read_strings(z["published"])),
            read_strings(z["titles"]),
            {f: read_ragged(z, p) if f"{p}_values" in z else () for f, p in RAGGED.items()},
            _read_counts(z, "full", full_vocab),
            _read_counts(z, "title", title_vocab),
            tops,
            z["serials"].astype(np.int64) if "serials" in z else None,
            z["has_body"].astype(bool) if "has_body" in z else None,
        )

    @staticmethod
    def join(parts: Sequence[Rows]) -> Rows:
        """The rows of every part, sorted by id: one copy of each part's rows, which
        are sorted, so a few parts interleave in runs (``vectors.gather_rows``); the
        term counts are numbered in id order, not copied (``vectors.PendingCounts``:
        the title counts and the heaviest terms are copied by a run's merge, with its
        new rows; the full-text counts' rows when read).  One part is its rows as they
        are (no copy: a state after a full run is one part)."""
        if len(parts) == 1 and ascending(parts[0].ids):
            unknown = _unknown(len(parts[0].ids))
            return replace(parts[0], ragged={f: v or unknown for f, v in parts[0].ragged.items()})
        ids = tuple(i for p in parts for i in p.ids)
        order = id_order(ids)
        pick = order.tolist()
        published = tuple(x for p in parts for x in p.published)
        titles = tuple(x for p in parts for x in p.titles)
        tops = [p.tops for p in parts if p.tops is not None]
        serials = [p.serials for p in parts if p.serials is not None]
        body = [p.has_body for p in parts if p.has_body is not None]
        return Rows(
            picked(ids, pick),
            picked(published, pick),
            picked(titles, pick),
            {
                f: Ragged.gather([p.ragged[f] or _unknown(len(p.ids)) for p in parts], order)
                for f in RAGGED
            },
            PendingCounts([p.full for p in parts], order),
            PendingCounts([p.title for p in parts], order),
            PendingCounts(tops, order) if len(tops) == len(parts) else None,
            np.concatenate(serials)[order] if len(serials) == len(parts) else None,
            np.concatenate(body)[order] if len(body) == len(parts) else None,
        )


def _unknown(n: int) -> Ragged:
    """``n`` rows of nothing (a field a part does not hold)."""
    return Ragged(np.zeros(0, np.int64), np.zeros(n + 1, np.int64))


def _counts(prefix: str, counts: TermCounts) -> dict[str, np.ndarray]:
    """A row part's term counts (their vocabulary is in the shared part), whole
    counts as small unsigned ints (``whole_counts``)."""
    return {
        f"{prefix}_ids": narrow(counts.ids),
        f"{prefix}_counts": whole_counts(counts.counts),
        f"{prefix}_offsets": narrow(counts.offsets),
    }


def _facts(prefix: str, counts: TermCounts) -> dict[str, np.ndarray]:
    """A row part's term counts' ``PartFacts`` (``graph.part_facts``), read back with
    them so that the readers of every row need not read their entries."""
    facts = part_facts(counts)
    return {f"{prefix}_least": np.array(facts.least), f"{prefix}_ordered": np.array(facts.ordered)}


def _read_counts(z: Arrays, prefix: str, vocab: I64) -> TermCounts:
    """A row part's term counts as stored (int32 ids where they fit: ``narrow``), the
    counts as float32 (stored as small ints when whole: ``whole_counts``), with their
    ``PartFacts`` when stored."""
    ids, counts = z[f"{prefix}_ids"], z[f"{prefix}_counts"]
    least, ordered = z.get(f"{prefix}_least"), z.get(f"{prefix}_ordered")
    facts = None if least is None else PartFacts(float(least), bool(ordered))
    counts = counts.astype(np.float32, copy=False)
    return TermCounts(ids, counts, z[f"{prefix}_offsets"], vocab, facts)


def ascending(ids: Sequence[str]) -> bool:
    """Whether ``ids`` are in order (as ``id_order`` would leave them): a sort of sorted
    ids is one pass of comparisons in C, not a Python pass."""
    return sorted(ids) == list(ids)


def picked(values: Sequence[T], pick: Sequence[int]) -> tuple[T, ...]:
    """``values`` at the positions ``pick``, in one C call (``itemgetter``), not a
    Python pass over them."""
    if len(pick) < 2:  # itemgetter of one position gives the value, of none fails
        return tuple(values[i] for i in pick)
    return tuple(itemgetter(*pick)(values))


def id_order(ids: Sequence[str]) -> I64:
    """The row order that sorts ``ids`` (stable)."""
    return np.argsort(np.array(ids, dtype=object), kind="stable").astype(np.int64)


def inverse(order: I64) -> I64:
    """The inverse of the permutation ``order``: ``where[order[k]] == k``."""
    where = np.empty_like(order)
    where[order] = np.arange(order.size)
    return where
